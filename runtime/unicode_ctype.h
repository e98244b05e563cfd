// runtime/unicode_ctype.h: the Unicode character properties str's methods
// and repr() need, on code points: case mapping, the is*() classes,
// whitespace, line breaks and printability. No UTF-8 and no objects here, so
// the tables can be checked against CPython code point by code point.
//
// Coverage (CPython 3.11 uses Unicode 14.0), checked code point by code
// point against CPython when the tables were written:
//  - exact: is_space, is_linebreak, and in the BMP is_alpha, is_decimal,
//    is_digit, is_numeric (outside the BMP only the CJK ideographs count as
//    letters, and no digits or numerals are known);
//  - case mapping (upper/lower/title/casefold with their one-to-many
//    expansions, and so is_upper, is_lower, is_title, is_cased) is exact
//    for U+0000-U+058F (Latin, IPA, Greek and Coptic with the final-sigma
//    rule, Cyrillic, Armenian), Latin Extended Additional (Vietnamese) and
//    the Latin ligatures U+FB00-U+FB06. Other blocks (Greek Extended,
//    Georgian, Cherokee, Latin Extended-C/D, fullwidth, Deseret, ...) are
//    treated as caseless, so e.g. 'Ａ'.lower() comes back unchanged;
//  - is_printable knows every assigned non-printable character but treats
//    unassigned code points as printable; is_xid_start/is_xid_continue are
//    is_alpha plus the letter numbers, combining marks, digits and
//    connectors identifiers commonly use (no NFKC subtleties).
#pragma once

#include <cstdint>

namespace minipy::rt::unicode {

// A full case mapping: one code point may become up to three
// (CPython 3.11: 'ß'.upper() == 'SS', 'ΐ'.upper() is three code points).
struct CaseMapping {
    std::uint32_t chars[3];
    int count;
};

CaseMapping to_upper(std::uint32_t cp);
// [final_sigma] selects 'ς' for U+03A3 at the end of a word; the caller
// decides it with is_cased/is_case_ignorable on the neighbours, as CPython does.
CaseMapping to_lower(std::uint32_t cp, bool final_sigma = false);
CaseMapping to_title(std::uint32_t cp);
CaseMapping casefold(std::uint32_t cp);

bool is_upper(std::uint32_t cp);
bool is_lower(std::uint32_t cp);
// Titlecase letters (the digraphs 'ǅ', 'ǈ', 'ǋ', 'ǲ'), which are neither of the above.
bool is_title(std::uint32_t cp);
bool is_cased(std::uint32_t cp);
// Characters a word may contain without breaking it for the final-sigma
// rule (apostrophes, combining marks, modifier letters).
bool is_case_ignorable(std::uint32_t cp);

bool is_alpha(std::uint32_t cp);
bool is_decimal(std::uint32_t cp);
bool is_digit(std::uint32_t cp);
bool is_numeric(std::uint32_t cp);
// str.split()/strip() whitespace: Unicode White_Space plus \x1c-\x1f.
bool is_space(std::uint32_t cp);
// The boundaries str.splitlines() splits at (besides "\r\n").
bool is_linebreak(std::uint32_t cp);
// What repr() shows as is rather than escaping.
bool is_printable(std::uint32_t cp);
bool is_xid_start(std::uint32_t cp);
bool is_xid_continue(std::uint32_t cp);

}  // namespace minipy::rt::unicode
