// runtime/str_object.h: Python str. The text is kept as UTF-8 with its
// length in code points; an all-ASCII string (the common case) indexes in
// O(1), others walk the bytes. Hashes are cached, and identifiers are
// interned so that attribute and global lookups compare pointers first.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace minipy::rt {

struct StrObject : Object {
    std::string data;           // UTF-8
    std::int64_t length = 0;    // in code points
    std::int64_t hash = -1;     // -1: not computed yet
    bool ascii = true;
    bool interned = false;

    // The last (code point, byte) position byte_offset() found in a
    // non-ASCII string, so that indexing it in order costs O(1) per step
    // instead of a scan from the start.
    mutable std::int64_t cursor_index = 0;
    mutable std::size_t cursor_byte = 0;

    explicit StrObject(std::string s);
    // For text made of strs whose measures are known (concatenation):
    // no scan of the bytes.
    StrObject(std::string s, std::int64_t code_points, bool is_ascii);
    std::string_view view() const { return data; }
    // Byte offset of code point [index] (0 <= index <= length).
    std::size_t byte_offset(std::int64_t index) const;
    // Code point index of byte offset [byte], which starts a code point.
    std::int64_t index_of_byte(std::size_t byte) const;
};

// make_str and make_str_owned return the shared interned object for the
// empty string and every one-character ASCII string.
Value make_str(std::string_view utf8);
// Like make_str, but takes over [utf8] instead of copying it.
Value make_str_owned(std::string utf8);
// The concatenation of [pieces] (strs), measured from theirs.
Value concat_strs(const Value* pieces, std::size_t n);
// The one-character string of code point [cp]; the 256 Latin-1 ones are cached.
Value str_from_code_point(std::uint32_t cp);
// The unique StrObject for [s]; lives for the whole process.
StrObject* intern(std::string_view s);
inline bool is_str(Value v) { return v.is_object() && v.as_object()->type == g_types.str; }
inline std::string_view str_view(Value v) { return v.as<StrObject>()->view(); }
std::int64_t str_hash(StrObject* s);
bool str_equal(StrObject* a, StrObject* b);
// The hash of a byte string; str and bytes share it, so hash(b'a') ==
// hash('a') as in CPython. Never -1.
std::int64_t hash_bytes(std::string_view data);

// Number of code points in a UTF-8 string (assumed valid).
std::int64_t utf8_length(std::string_view s);
// Appends code point [cp] as UTF-8.
void append_utf8(std::string& out, std::uint32_t cp);
// Decodes the code point at byte [pos] and advances [pos].
std::uint32_t decode_utf8(std::string_view s, std::size_t& pos);

// repr() of a str: quotes chosen as CPython does, escapes for control chars.
std::string str_repr(std::string_view s);
// What ascii() makes of a repr: every non-ASCII code point of [text]
// escaped as \xNN, \uNNNN or \UNNNNNNNN.
std::string ascii_escape(std::string_view text);

// Shared by the sequence operators of str and bytes.
// [text] repeated [count] times (any int Value; <= 0 gives empty), with
// CPython's OverflowErrors for counts or results that cannot be sizes.
Result<std::string> repeat_text(std::string_view text, Value count);

void init_str_type();
// Registers str's methods; runtime/str_methods.cpp, called by init_str_type.
void add_str_methods();

}  // namespace minipy::rt
