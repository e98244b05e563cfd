// runtime/format.cpp: the format-spec mini-language (format(), f-strings),
// str.format's replacement fields, and printf-style `%` formatting.
//
// The layout of a formatted number follows CPython's calc_number_widths:
//   <left padding> <sign> <prefix> <sign padding> <grouped digits> <remainder> <right padding>
// where "remainder" is everything after the integer digits (".25e+10",
// "%", or all of "inf"). Float digits come from C's snprintf, which rounds
// exactly as CPython's dtoa does; only the one CPython rule C lacks (an
// empty presentation type with a precision) is laid out by hand.
#include "runtime/format.h"

#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <string>

#include "runtime/args.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy::rt {

namespace {

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

std::string hex_code(std::uint32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%x", static_cast<unsigned>(cp));
    return buf;
}

// A code point as CPython's messages show it: printable ASCII as itself,
// anything else as \xNN ("Unknown format code '\xe9' ...").
std::string shown_code(std::uint32_t cp) {
    if (cp > 32 && cp < 128) return std::string(1, static_cast<char>(cp));
    return "\\x" + hex_code(cp);
}

// Parses the digits at [pos] into [out]; returns how many there were.
// CPython's get_integer, with its message for values beyond ssize_t.
Result<int> parse_count(std::string_view s, std::size_t& pos, std::int64_t& out) {
    int digits = 0;
    out = 0;
    for (; pos < s.size() && is_ascii_digit(s[pos]); ++pos, ++digits) {
        int d = s[pos] - '0';
        if (out > (INT64_MAX - d) / 10) return raise_error(g_exc.ValueError, "Too many decimal digits in format string");
        out = out * 10 + d;
    }
    return digits;
}

// ---- the format spec ----

// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
struct FormatSpec {
    std::string fill = " ";   // one code point, as UTF-8
    char align = '>';         // '<' '>' '^' '='; the object's default unless given
    char sign = '\0';         // '+' '-' ' ', or none
    bool no_neg_zero = false; // 'z': -0.0 rounds to "0"
    bool alternate = false;   // '#'
    std::int64_t width = -1;
    char grouping = '\0';     // ',' or '_'
    std::int64_t precision = -1;
    std::uint32_t type = 0;   // the presentation type, or 0
};

bool is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

Error unknown_presentation_type(std::uint32_t type, std::string_view type_name) {
    return raise_error(g_exc.ValueError, "Unknown format code '{}' for object of type '{}'",
                       {shown_code(type), type_name});
}

// CPython's parse_internal_render_format_spec. [default_type] and
// [default_align] are the object's: 's' and '<' for str, 'd' and '>' for
// int, none and '>' for float.
Result<FormatSpec> parse_spec(std::string_view spec, std::uint32_t default_type, char default_align,
                              std::string_view type_name) {
    FormatSpec f;
    f.align = default_align;
    f.type = default_type;
    std::size_t pos = 0;
    // A fill character is any code point, recognised by the align after it.
    std::size_t after_first = 0;
    if (!spec.empty()) decode_utf8(spec, after_first);
    bool fill_given = false, align_given = false;
    if (after_first < spec.size() && is_align(spec[after_first])) {
        f.fill = std::string(spec.substr(0, after_first));
        f.align = spec[after_first];
        fill_given = align_given = true;
        pos = after_first + 1;
    } else if (!spec.empty() && is_align(spec[0])) {
        f.align = spec[0];
        align_given = true;
        pos = 1;
    }
    if (pos < spec.size() && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) f.sign = spec[pos++];
    if (pos < spec.size() && spec[pos] == 'z') {
        f.no_neg_zero = true;
        ++pos;
    }
    if (pos < spec.size() && spec[pos] == '#') {
        f.alternate = true;
        ++pos;
    }
    // The "0" flag: zero fill, and sign-aware padding for numbers.
    if (!fill_given && pos < spec.size() && spec[pos] == '0') {
        f.fill = "0";
        if (!align_given && default_align == '>') f.align = '=';
        ++pos;
    }
    std::int64_t count = 0;
    if (MINIPY_TRY(parse_count(spec, pos, count)) > 0) f.width = count;
    if (pos < spec.size() && spec[pos] == ',') {
        f.grouping = ',';
        ++pos;
    }
    if (pos < spec.size() && spec[pos] == '_') {
        if (f.grouping) return raise_error(g_exc.ValueError, "Cannot specify both ',' and '_'.");
        f.grouping = '_';
        ++pos;
    }
    if (pos < spec.size() && spec[pos] == ',' && f.grouping == '_')
        return raise_error(g_exc.ValueError, "Cannot specify both ',' and '_'.");
    if (pos < spec.size() && spec[pos] == '.') {
        ++pos;
        if (MINIPY_TRY(parse_count(spec, pos, count)) == 0)
            return raise_error(g_exc.ValueError, "Format specifier missing precision");
        f.precision = count;
    }
    std::string_view rest = spec.substr(pos);
    if (utf8_length(rest) > 1)
        return raise_error(g_exc.ValueError, "Invalid format specifier '{}' for object of type '{}'", {spec, type_name});
    if (!rest.empty()) {
        std::size_t at = 0;
        f.type = decode_utf8(rest, at);
    }
    if (f.grouping) {
        switch (f.type) {
            case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                break;
            case 'b': case 'o': case 'x': case 'X':
                if (f.grouping == '_') break;  // grouped by four, PEP 515
                [[fallthrough]];
            default:
                return raise_error(g_exc.ValueError, "Cannot specify '{}' with '{}'.",
                                   {std::string(1, f.grouping), shown_code(f.type)});
        }
    }
    return f;
}

// ---- laying out numbers ----

// [digits] with [separator] every [group] digits from the right, padded
// with leading zeros to at least [min_width] characters; a separator never
// comes first, so "0,001,234" answers a minimum width of 8.
std::string group_digits(std::string_view digits, std::int64_t min_width, char separator, std::int64_t group) {
    auto grouped_length = [&](std::int64_t n) { return separator ? n + (n - 1) / group : n; };
    auto n = static_cast<std::int64_t>(digits.size());
    while (grouped_length(n) < min_width) ++n;
    std::string padded(static_cast<std::size_t>(n) - digits.size(), '0');
    padded += digits;
    if (!separator) return padded;
    std::string out;
    out.reserve(static_cast<std::size_t>(grouped_length(n)));
    for (std::int64_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % group == 0) out += separator;
        out += padded[static_cast<std::size_t>(i)];
    }
    return out;
}

void append_fill(std::string& out, const std::string& fill, std::int64_t count) {
    for (std::int64_t i = 0; i < count; ++i) out += fill;
}

// Pads [body] (already signed and prefixed) to the spec's width.
std::string pad(std::string_view body, const FormatSpec& f, std::int64_t body_length) {
    std::int64_t padding = f.width - body_length;
    std::string out;
    if (padding <= 0) return std::string(body);
    std::int64_t left = f.align == '>' ? padding : f.align == '^' ? padding / 2 : 0;
    append_fill(out, f.fill, left);
    out += body;
    append_fill(out, f.fill, padding - left);
    return out;
}

std::string render_number(const FormatSpec& f, bool negative, std::string_view prefix, std::string_view digits,
                          std::string_view remainder, std::int64_t group = 3) {
    std::string sign;
    if (negative) sign = "-";
    else if (f.sign == '+' || f.sign == ' ') sign = std::string(1, f.sign);
    auto non_digits = static_cast<std::int64_t>(sign.size() + prefix.size()) + utf8_length(remainder);
    // Zero padding with '=' is made of digits, so it is grouped too.
    std::int64_t min_width = f.fill == "0" && f.align == '=' ? f.width - non_digits : 0;
    std::string grouped = digits.empty() ? std::string() : group_digits(digits, min_width, f.grouping, group);
    std::int64_t padding = f.width - non_digits - static_cast<std::int64_t>(grouped.size());
    std::string out;
    if (padding > 0 && f.align == '>') append_fill(out, f.fill, padding);
    if (padding > 0 && f.align == '^') append_fill(out, f.fill, padding / 2);
    out += sign;
    out += prefix;
    if (padding > 0 && f.align == '=') append_fill(out, f.fill, padding);
    out += grouped;
    out += remainder;
    if (padding > 0 && f.align == '<') append_fill(out, f.fill, padding);
    if (padding > 0 && f.align == '^') append_fill(out, f.fill, padding - padding / 2);
    return out;
}

// |v| written in [base], and whether v < 0.
std::string int_magnitude(Value v, int base, bool& negative) {
    std::int64_t small = 0;
    if (int_to_int64(v, small)) {
        negative = small < 0;
        std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(small) : static_cast<std::uint64_t>(small);
        char buf[72];
        auto result = std::to_chars(buf, buf + sizeof buf, magnitude, base);
        return std::string(buf, result.ptr);
    }
    std::string text = int_to_string(v, base);
    negative = !text.empty() && text[0] == '-';
    std::size_t start = negative ? 1 : 0;
    // Skip a "0x"-style prefix, should int_to_string write one.
    if (base != 10 && text.size() > start + 1 && text[start] == '0' && !is_ascii_digit(text[start + 1])) start += 2;
    return text.substr(start);
}

// ---- floats ----

// True if the mantissa of a formatted float is all zeros ("-0.00",
// "0e+00"), for the 'z' option.
bool is_zero_text(std::string_view text) {
    for (char c : text) {
        if (c == 'e' || c == 'E' || c == '%') break;
        if (c != '0' && c != '.') return false;
    }
    return true;
}

std::string sprintf_float(const char* format, int precision, double x) {
    int n = std::snprintf(nullptr, 0, format, precision, x);
    std::string out(static_cast<std::size_t>(n), '\0');
    std::snprintf(out.data(), out.size() + 1, format, precision, x);
    return out;
}

// CPython's 'g' with Py_DTSF_ADD_DOT_0, used for an empty presentation
// type with a precision: like %g, but an exponent is used from
// 10**(precision-1) on, and a result with no exponent keeps a digit after
// the point (format(2.0, '.3') == '2.0', format(100.0, '.3') == '1e+02').
// [x] is finite and non-negative. A transcription of format_float_short.
std::string format_g_add_dot_0(double x, int precision, bool alternate) {
    if (precision == 0) precision = 1;
    std::string sci = sprintf_float("%.*e", precision - 1, x);  // "d.ddde±XX"
    std::size_t e = sci.find('e');
    std::string digits;
    for (std::size_t i = 0; i < e; ++i)
        if (sci[i] != '.') digits += sci[i];
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    auto digits_len = static_cast<std::int64_t>(digits.size());
    std::int64_t decpt = std::stoi(sci.substr(e + 1)) + 1;  // digits[0] is at 10**(decpt-1)
    bool use_exp = decpt <= -4 || decpt > precision - 1;
    std::int64_t exponent = 0;
    if (use_exp) {
        exponent = decpt - 1;
        decpt = 1;
    }
    std::int64_t vdigits_end = alternate ? precision : digits_len;
    vdigits_end = std::max(vdigits_end, use_exp ? decpt : decpt + 1);
    std::string out;
    if (decpt <= 0) {
        out += "0.";
        out.append(static_cast<std::size_t>(-decpt), '0');
        out += digits;
    } else if (decpt <= digits_len) {
        out += digits.substr(0, static_cast<std::size_t>(decpt));
        out += '.';
        out += digits.substr(static_cast<std::size_t>(decpt));
    } else {
        out += digits;
    }
    if (digits_len < decpt) {
        out.append(static_cast<std::size_t>(decpt - digits_len), '0');
        out += '.';
        out.append(static_cast<std::size_t>(vdigits_end - decpt), '0');
    } else if (vdigits_end > digits_len) {
        out.append(static_cast<std::size_t>(vdigits_end - digits_len), '0');
    }
    if (out.back() == '.' && !alternate) out.pop_back();
    if (use_exp) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "e%+.02d", static_cast<int>(exponent));
        out += buf;
    }
    return out;
}

// |x| as CPython's PyOS_double_to_string writes it: [type] is one of
// e E f F g G, or 'r' for repr; [add_dot_0] selects format_g_add_dot_0 for 'g'.
std::string float_body(double x, char type, int precision, bool alternate, bool add_dot_0) {
    x = std::fabs(x);
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (std::isnan(x)) return upper ? "NAN" : "nan";
    if (std::isinf(x)) return upper ? "INF" : "inf";
    if (type == 'r') {
        std::string text = float_repr(x);
        // '#' keeps a decimal point even before an exponent: '1.e+16'.
        if (alternate && text.find('.') == std::string::npos) {
            std::size_t e = text.find('e');
            text.insert(e == std::string::npos ? text.size() : e, ".");
        }
        return text;
    }
    if (type == 'g' && add_dot_0) return format_g_add_dot_0(x, precision, alternate);
    if (!alternate) {
        // std::to_chars rounds exactly as printf does, several times faster
        // (f-strings like f"{x:.2f}" sit in inner loops).
        char lower = static_cast<char>(type | 0x20);
        auto format = lower == 'f' ? std::chars_format::fixed
                      : lower == 'e' ? std::chars_format::scientific : std::chars_format::general;
        char buf[512];
        auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x, format, precision);
        if (ec == std::errc()) {
            std::string out(buf, end);
            if (upper)
                for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            return out;
        }
    }
    char format[8] = "%";
    std::snprintf(format + 1, sizeof format - 1, "%s.*%c", alternate ? "#" : "", type);
    return sprintf_float(format, precision, x);
}

Result<Value> format_float(double x, const FormatSpec& f, std::string_view type_name) {
    switch (f.type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
        default: return unknown_presentation_type(f.type, type_name);
    }
    if (f.precision > INT_MAX) return raise_error(g_exc.ValueError, "precision too big");
    char type = static_cast<char>(f.type);
    int default_precision = 6;
    bool add_dot_0 = type == 0;
    if (type == 0) {
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';  // the C locale: 'n' is 'g'
    bool percent = type == '%';
    if (percent) {
        type = 'f';
        x *= 100;
    }
    int precision = f.precision < 0 ? default_precision : static_cast<int>(f.precision);
    if (f.precision >= 0 && type == 'r') type = 'g';
    std::string body = float_body(x, type, precision, f.alternate, add_dot_0);
    bool negative = std::signbit(x) && !std::isnan(x);
    if (f.no_neg_zero && negative && is_zero_text(body)) negative = false;
    if (percent) body += '%';
    std::size_t int_digits = 0;
    while (int_digits < body.size() && is_ascii_digit(body[int_digits])) ++int_digits;
    return make_str_owned(render_number(f, negative, "", std::string_view(body).substr(0, int_digits),
                                        std::string_view(body).substr(int_digits)));
}

// ---- ints and strs ----

Result<Value> format_int(Value v, const FormatSpec& f, std::string_view type_name) {
    int base = 10;
    switch (f.type) {
        case 'b': base = 2; break;
        case 'o': base = 8; break;
        case 'x': case 'X': base = 16; break;
        case 'c': case 'd': case 'n': break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
            return format_float(MINIPY_TRY(int_to_double(v)), f, type_name);
        default:
            return unknown_presentation_type(f.type, type_name);
    }
    if (f.precision != -1) return raise_error(g_exc.ValueError, "Precision not allowed in integer format specifier");
    if (f.no_neg_zero)
        return raise_error(g_exc.ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (f.type == 'c') {
        if (f.sign) return raise_error(g_exc.ValueError, "Sign not allowed with integer format specifier 'c'");
        if (f.alternate)
            return raise_error(g_exc.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        std::int64_t cp = 0;
        if (!int_to_int64(v, cp)) return raise_error(g_exc.OverflowError, "Python int too large to convert to C long");
        if (cp < 0 || cp > 0x10FFFF) return raise_error(g_exc.OverflowError, "%c arg not in range(0x110000)");
        std::string ch;
        append_utf8(ch, static_cast<std::uint32_t>(cp));
        return make_str_owned(render_number(f, false, "", "", ch));
    }
    bool negative = false;
    std::string digits = int_magnitude(v, base, negative);
    std::string prefix;
    if (f.alternate && base != 10) prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    if (f.type == 'X') {
        for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        for (char& c : prefix) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return make_str_owned(render_number(f, negative, prefix, digits, "", base == 10 ? 3 : 4));
}

Result<Value> format_str(Value v, const FormatSpec& f) {
    if (f.type != 's') return unknown_presentation_type(f.type, "str");
    if (f.sign == ' ') return raise_error(g_exc.ValueError, "Space not allowed in string format specifier");
    if (f.sign) return raise_error(g_exc.ValueError, "Sign not allowed in string format specifier");
    if (f.no_neg_zero)
        return raise_error(g_exc.ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate)
        return raise_error(g_exc.ValueError, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=') return raise_error(g_exc.ValueError, "'=' alignment not allowed in string format specifier");
    auto* s = v.as<StrObject>();
    std::string_view text = s->view();
    std::int64_t length = s->length;
    if (f.precision >= 0 && f.precision < length) {
        text = text.substr(0, s->byte_offset(f.precision));
        length = f.precision;
    }
    if (f.width <= length && text.size() == s->data.size()) return v;
    return make_str_owned(pad(text, f, length));
}

// A user class's own __format__, or null: object's and the built-in
// types' are the code above.
Value user_format_method(Value v) {
    TypeObject* t = type_of(v);
    if (t->is_builtin) return Value::null();
    Value method = type_lookup(t, intern("__format__"));
    if (method.is_null() || is_type(method, g_types.builtin_function)) return Value::null();
    return method;
}

}  // namespace

Result<Value> format_value(Value v, std::string_view spec) {
    if (is_str(v)) return spec.empty() ? v : format_str(v, MINIPY_TRY(parse_spec(spec, 's', '<', "str")));
    if (v.is_bool()) {
        // bool inherits int.__format__, which gives str(v) for an empty spec.
        if (spec.empty()) return make_str(v.is_true() ? "True" : "False");
        return format_int(Value::small_int(v.is_true() ? 1 : 0), MINIPY_TRY(parse_spec(spec, 'd', '>', "bool")), "bool");
    }
    if (is_int(v)) {
        if (spec.empty()) return make_str_owned(int_to_string(v));
        return format_int(v, MINIPY_TRY(parse_spec(spec, 'd', '>', "int")), "int");
    }
    if (v.is_double()) {
        if (spec.empty()) return make_str_owned(float_repr(v.as_double()));
        return format_float(v.as_double(), MINIPY_TRY(parse_spec(spec, 0, '>', "float")), "float");
    }
    Value method = user_format_method(v);
    if (!method.is_null()) {
        Value result = MINIPY_TRY(call2(method, v, make_str(spec)));
        if (!is_str(result))
            return raise_error(g_exc.TypeError, "__format__ must return a str, not {}", {type_name(result)});
        return result;
    }
    if (spec.empty()) return str(v);
    return raise_error(g_exc.TypeError, "unsupported format string passed to {}.__format__", {type_name(v)});
}

Result<Value> convert_value(Value v, char32_t conversion) {
    switch (conversion) {
        case 'r': return repr(v);
        case 's': return str(v);
        case 'a': return make_str_owned(ascii_escape(MINIPY_TRY(repr_string(v))));
    }
    std::string shown = conversion > 32 && conversion < 127 ? std::string(1, static_cast<char>(conversion))
                                                            : "\\x" + hex_code(conversion);
    return raise_error(g_exc.ValueError, "Unknown conversion specifier {}", {shown});
}

// ---- str.format ----

namespace {

// Where the replacement fields of str.format / format_map get their values.
struct FieldSource {
    const Value* positional = nullptr;
    std::size_t npositional = 0;
    bool has_positional = true;           // false for format_map
    const CallArgs* keywords = nullptr;   // str.format's keyword arguments
    Value mapping;                        // format_map's mapping
    enum class Numbering { Unset, Auto, Manual } numbering = Numbering::Unset;
    std::size_t next_auto = 0;
};

// One "{name!conversion:spec}" field.
struct Field {
    std::string_view name;
    std::string_view spec;
    char32_t conversion = 0;
    bool spec_needs_expanding = false;  // the spec holds nested fields
};

// A field name part that is all digits is an index, else -1.
Result<std::int64_t> field_index(std::string_view text) {
    if (text.empty()) return -1;
    for (char c : text)
        if (!is_ascii_digit(c)) return -1;
    std::size_t pos = 0;
    std::int64_t index = 0;
    MINIPY_TRY(parse_count(text, pos, index));
    return index;
}

// CPython's parse_field: [pos] is just past the '{'; on success it is
// just past the closing '}'.
Result<Field> parse_field(std::string_view fmt, std::size_t& pos) {
    Field field;
    std::size_t start = pos;
    char c = 0;
    while (pos < fmt.size()) {
        c = fmt[pos++];
        if (c == '{') return raise_error(g_exc.ValueError, "unexpected '{' in field name");
        if (c == '[') {
            // Brackets may hold ':' or '!' without ending the name.
            while (pos < fmt.size() && fmt[pos] != ']') ++pos;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    field.name = fmt.substr(start, pos - 1 - start);
    if (c != '!' && c != ':') {
        if (c != '}') return raise_error(g_exc.ValueError, "expected '}' before end of string");
        return field;
    }
    if (c == '!') {
        if (pos >= fmt.size())
            return raise_error(g_exc.ValueError, "end of string while looking for conversion specifier");
        field.conversion = decode_utf8(fmt, pos);
        if (pos < fmt.size()) {
            c = fmt[pos++];
            if (c == '}') return field;
            if (c != ':') return raise_error(g_exc.ValueError, "expected ':' after conversion specifier");
        }
    }
    std::size_t spec_start = pos;
    for (int depth = 1; pos < fmt.size();) {
        c = fmt[pos++];
        if (c == '{') {
            field.spec_needs_expanding = true;
            ++depth;
        } else if (c == '}' && --depth == 0) {
            field.spec = fmt.substr(spec_start, pos - 1 - spec_start);
            return field;
        }
    }
    return raise_error(g_exc.ValueError, "unmatched '{' in format spec");
}

Result<Value> keyword_value(FieldSource& src, std::string_view name) {
    if (!src.mapping.is_null()) return getitem(src.mapping, make_str(name));
    if (src.keywords)
        for (std::size_t k = 0; k < src.keywords->nkw(); ++k)
            if (str_view(src.keywords->kwnames->items[k]) == name) return src.keywords->kwvalues()[k];
    return raise_key_error(make_str(name));
}

Result<Value> positional_value(FieldSource& src, std::string_view first) {
    using Numbering = FieldSource::Numbering;
    bool automatic = first.empty();
    std::int64_t index = MINIPY_TRY(field_index(first));
    if (src.numbering == Numbering::Unset) src.numbering = automatic ? Numbering::Auto : Numbering::Manual;
    if (src.numbering == Numbering::Manual && automatic)
        return raise_error(g_exc.ValueError,
                           "cannot switch from manual field specification to automatic field numbering");
    if (src.numbering == Numbering::Auto && !automatic)
        return raise_error(g_exc.ValueError,
                           "cannot switch from automatic field numbering to manual field specification");
    if (automatic) index = static_cast<std::int64_t>(src.next_auto++);
    if (!src.has_positional) return raise_error(g_exc.ValueError, "Format string contains positional fields");
    if (static_cast<std::size_t>(index) >= src.npositional)
        return raise_error(g_exc.IndexError, "Replacement index {} out of range for positional args tuple",
                           {std::to_string(index)});
    return src.positional[index];
}

// The object a field name designates: "0", "name", "", then any chain of
// ".attr" and "[key]" (a key of digits is an int).
Result<Value> field_value(FieldSource& src, std::string_view name) {
    std::size_t split = name.find_first_of(".[");
    if (split == std::string_view::npos) split = name.size();
    std::string_view first = name.substr(0, split);
    bool numeric = first.empty() || MINIPY_TRY(field_index(first)) >= 0;
    Root obj(numeric ? MINIPY_TRY(positional_value(src, first)) : MINIPY_TRY(keyword_value(src, first)));
    std::string_view rest = name.substr(split);
    while (!rest.empty()) {
        char kind = rest[0];
        rest.remove_prefix(1);
        std::string_view part;
        if (kind == '.') {
            std::size_t end = rest.find_first_of(".[");
            if (end == std::string_view::npos) end = rest.size();
            part = rest.substr(0, end);
            rest.remove_prefix(end);
        } else if (kind == '[') {
            std::size_t end = rest.find(']');
            if (end == std::string_view::npos) return raise_error(g_exc.ValueError, "Missing ']' in format string");
            part = rest.substr(0, end);
            rest.remove_prefix(end + 1);
        } else {
            return raise_error(g_exc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (part.empty()) return raise_error(g_exc.ValueError, "Empty attribute in format string");
        if (kind == '.') {
            obj.set(MINIPY_TRY(getattr(obj.get(), intern(part))));
        } else {
            std::int64_t index = MINIPY_TRY(field_index(part));
            obj.set(MINIPY_TRY(getitem(obj.get(), index >= 0 ? make_int(index) : make_str(part))));
        }
    }
    return obj.get();
}

// CPython's build_string: literal text with "{{" and "}}" unescaped, and
// each field replaced. [depth] bounds nesting of fields inside specs.
Result<std::string> build_string(std::string_view fmt, FieldSource& src, int depth) {
    if (depth <= 0) return raise_error(g_exc.ValueError, "Max string recursion exceeded");
    std::string out;
    std::size_t pos = 0;
    while (pos < fmt.size()) {
        std::size_t brace = fmt.find_first_of("{}", pos);
        if (brace == std::string_view::npos) {
            out += fmt.substr(pos);
            break;
        }
        out += fmt.substr(pos, brace - pos);
        char c = fmt[brace];
        pos = brace + 1;
        bool doubled = pos < fmt.size() && fmt[pos] == c;
        if (doubled) {
            out += c;
            ++pos;
            continue;
        }
        if (c == '}') return raise_error(g_exc.ValueError, "Single '}' encountered in format string");
        if (pos >= fmt.size()) return raise_error(g_exc.ValueError, "Single '{' encountered in format string");
        Field field = MINIPY_TRY(parse_field(fmt, pos));
        Root value(MINIPY_TRY(field_value(src, field.name)));
        if (field.conversion) value.set(MINIPY_TRY(convert_value(value.get(), field.conversion)));
        std::string expanded;
        std::string_view spec = field.spec;
        if (field.spec_needs_expanding) {
            expanded = MINIPY_TRY(build_string(field.spec, src, depth - 1));
            spec = expanded;
        }
        Value text = MINIPY_TRY(format_value(value.get(), spec));
        out += str_view(text);
    }
    return out;
}

}  // namespace

Result<Value> str_format_method(Value self, const CallArgs& args) {
    FieldSource src;
    src.positional = args.args;
    src.npositional = args.nargs;
    src.keywords = &args;
    return make_str_owned(MINIPY_TRY(build_string(str_view(self), src, 2)));
}

Result<Value> str_format_map_method(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "str.format_map", 1, 1));
    FieldSource src;
    src.has_positional = false;
    src.mapping = args[0];
    return make_str_owned(MINIPY_TRY(build_string(str_view(self), src, 2)));
}

// ---- printf-style formatting: str % args ----

namespace {

// One `%` conversion's parsed flags.
struct Conversion {
    bool left = false, sign = false, blank = false, alternate = false, zero = false;
    std::int64_t width = -1;
    std::int64_t precision = -1;
};

// A transcription of CPython's PyUnicode_Format. The argument source is
// either the tuple (consumed in order), a single non-tuple value, or the
// value a `%(key)` looked up; arglen -1 marks the single-value cases.
class PercentFormatter {
public:
    PercentFormatter(std::string_view fmt, Value args) : m_fmt(fmt), m_args(args) {
        if (is_tuple(args)) {
            m_arglen = static_cast<std::int64_t>(args.as<TupleObject>()->size());
            m_argidx = 0;
        }
        // CPython: any object with __getitem__ that is not a tuple or str
        // serves `%(key)s`, and then unused arguments are no error: `'hi' % []`.
        if (!is_tuple(args) && !is_str(args) && has_getitem(type_of(args))) m_dict.set(args);
    }

    Result<Value> run() {
        while (m_pos < m_fmt.size()) {
            std::size_t percent = m_fmt.find('%', m_pos);
            if (percent == std::string_view::npos) {
                m_out += m_fmt.substr(m_pos);
                break;
            }
            m_out += m_fmt.substr(m_pos, percent - m_pos);
            m_pos = percent + 1;
            MINIPY_TRY(format_one());
        }
        if (m_argidx < m_arglen && m_dict.get().is_null())
            return raise_error(g_exc.TypeError, "not all arguments converted during string formatting");
        return make_str_owned(std::move(m_out));
    }

private:
    static bool has_getitem(TypeObject* t) {
        for (; t; t = t->base)
            if (t->slots.getitem) return true;
        return false;
    }

    Result<Value> next_arg() {
        if (m_argidx < m_arglen) {
            ++m_argidx;
            if (m_arglen < 0) return m_args.get();
            return m_args.get().as<TupleObject>()->items[static_cast<std::size_t>(m_argidx - 1)];
        }
        return raise_error(g_exc.TypeError, "not enough arguments for format string");
    }

    // The value of a `*` width or precision.
    Result<std::int64_t> star_arg() {
        Value v = MINIPY_TRY(next_arg());
        if (!is_int(v)) return raise_error(g_exc.TypeError, "* wants int");
        std::int64_t n = 0;
        if (!int_to_int64(v, n)) return raise_error(g_exc.OverflowError, "Python int too large to convert to C ssize_t");
        return n;
    }

    bool at_end() const { return m_pos >= m_fmt.size(); }

    // Parses [m_pos] on as in "%(key)-08.3f" (after the '%') and appends
    // the conversion.
    Result<void> format_one() {
        if (!at_end() && m_fmt[m_pos] == '%') {
            m_out += '%';
            ++m_pos;
            return {};
        }
        if (!at_end() && m_fmt[m_pos] == '(') MINIPY_TRY(lookup_key());
        Conversion c;
        for (; !at_end(); ++m_pos) {
            char f = m_fmt[m_pos];
            if (f == '-') c.left = true;
            else if (f == '+') c.sign = true;
            else if (f == ' ') c.blank = true;
            else if (f == '#') c.alternate = true;
            else if (f == '0') c.zero = true;
            else break;
        }
        if (!at_end() && m_fmt[m_pos] == '*') {
            c.width = MINIPY_TRY(star_arg());
            if (c.width < 0) {
                c.left = true;
                c.width = -c.width;
            }
            ++m_pos;
        } else if (!at_end() && is_ascii_digit(m_fmt[m_pos])) {
            c.width = MINIPY_TRY(parse_digits("width too big", INT64_MAX));
        }
        if (!at_end() && m_fmt[m_pos] == '.') {
            ++m_pos;
            c.precision = 0;
            if (!at_end() && m_fmt[m_pos] == '*') {
                std::int64_t p = MINIPY_TRY(star_arg());
                if (p > INT_MAX || p < INT_MIN)
                    return raise_error(g_exc.OverflowError, "Python int too large to convert to C int");
                c.precision = p < 0 ? 0 : p;
                ++m_pos;
            } else if (!at_end() && is_ascii_digit(m_fmt[m_pos])) {
                c.precision = MINIPY_TRY(parse_digits("precision too big", INT_MAX));
            }
        }
        if (!at_end() && (m_fmt[m_pos] == 'h' || m_fmt[m_pos] == 'l' || m_fmt[m_pos] == 'L')) ++m_pos;
        if (at_end()) return raise_error(g_exc.ValueError, "incomplete format");
        std::size_t code_pos = m_pos;
        std::uint32_t code = decode_utf8(m_fmt, m_pos);
        // CPython fetches the argument before it looks at the code.
        Value arg = MINIPY_TRY(next_arg());
        return convert(c, code, code_pos, arg);
    }

    Result<void> lookup_key() {
        if (m_dict.get().is_null()) return raise_error(g_exc.TypeError, "format requires a mapping");
        std::size_t key_start = ++m_pos;
        // Parentheses inside the key must balance: "%(a(b))s" has key "a(b)".
        for (int depth = 1; depth > 0; ++m_pos) {
            if (at_end()) return raise_error(g_exc.ValueError, "incomplete format key");
            if (m_fmt[m_pos] == ')') --depth;
            else if (m_fmt[m_pos] == '(') ++depth;
        }
        std::string_view key = m_fmt.substr(key_start, m_pos - 1 - key_start);
        m_args.set(MINIPY_TRY(getitem(m_dict.get(), make_str(key))));
        m_arglen = -1;
        m_argidx = -2;
        return {};
    }

    Result<std::int64_t> parse_digits(const char* too_big, std::int64_t limit) {
        std::int64_t n = 0;
        for (; !at_end() && is_ascii_digit(m_fmt[m_pos]); ++m_pos) {
            int d = m_fmt[m_pos] - '0';
            if (n > (limit - d) / 10) return raise_error(g_exc.ValueError, too_big);
            n = n * 10 + d;
        }
        return n;
    }

    Result<void> convert(const Conversion& c, std::uint32_t code, std::size_t code_pos, Value arg) {
        switch (code) {
            case 's': case 'r': case 'a': {
                std::string text;
                if (code == 's') text = MINIPY_TRY(str_string(arg));
                else if (code == 'r') text = MINIPY_TRY(repr_string(arg));
                else text = ascii_escape(MINIPY_TRY(repr_string(arg)));
                std::string_view body = text;
                if (c.precision >= 0 && c.precision < utf8_length(body)) {
                    std::size_t cut = 0;
                    for (std::int64_t i = 0; i < c.precision; ++i) decode_utf8(body, cut);
                    body = body.substr(0, cut);
                }
                emit(c, false, false, "", body);
                return {};
            }
            case 'c': {
                std::uint32_t cp = MINIPY_TRY(char_arg(arg));
                std::string ch;
                append_utf8(ch, cp);
                emit(c, false, false, "", ch);
                return {};
            }
            case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
                return convert_int(c, static_cast<char>(code), arg);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                if (!is_int(arg) && !arg.is_double())
                    return raise_error(g_exc.TypeError, "must be real number, not {}", {type_name(arg)});
                double x = MINIPY_TRY(to_double(arg));
                std::string body = float_body(x, static_cast<char>(code), c.precision < 0 ? 6 : static_cast<int>(c.precision),
                                              c.alternate, false);
                emit(c, true, std::signbit(x) && !std::isnan(x), "", body);
                return {};
            }
        }
        char shown = code >= 31 && code <= 126 ? static_cast<char>(code) : '?';
        return raise_error(g_exc.ValueError, "unsupported format character '{}' (0x{}) at index {}",
                           {std::string(1, shown), hex_code(code), std::to_string(utf8_length(m_fmt.substr(0, code_pos)))});
    }

    static Result<std::uint32_t> char_arg(Value arg) {
        if (is_str(arg)) {
            if (arg.as<StrObject>()->length != 1) return raise_error(g_exc.TypeError, "%c requires int or char");
            std::size_t pos = 0;
            return decode_utf8(str_view(arg), pos);
        }
        if (!is_int(arg)) return raise_error(g_exc.TypeError, "%c requires int or char");
        std::int64_t cp = 0;
        if (!int_to_int64(arg, cp) || cp < 0 || cp > 0x10FFFF)
            return raise_error(g_exc.OverflowError, "%c arg not in range(0x110000)");
        return static_cast<std::uint32_t>(cp);
    }

    Result<void> convert_int(const Conversion& c, char code, Value arg) {
        bool decimal = code == 'd' || code == 'i' || code == 'u';
        Root number(arg);
        if (!is_int(arg)) {
            if (decimal && arg.is_double()) {
                number.set(MINIPY_TRY(int_from_double(arg.as_double())));  // truncates, as int() does
            } else {
                std::string code_text(1, code);
                if (decimal)
                    return raise_error(g_exc.TypeError, "%{} format: a real number is required, not {}",
                                       {code_text, type_name(arg)});
                return raise_error(g_exc.TypeError, "%{} format: an integer is required, not {}",
                                   {code_text, type_name(arg)});
            }
        }
        bool negative = false;
        std::string digits = int_magnitude(number.get(), decimal ? 10 : code == 'o' ? 8 : 16, negative);
        if (code == 'X')
            for (char& ch : digits) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        if (c.precision > static_cast<std::int64_t>(digits.size()))
            digits.insert(0, static_cast<std::size_t>(c.precision) - digits.size(), '0');
        std::string prefix;
        if (c.alternate && !decimal) prefix = std::string("0") + (code == 'o' ? 'o' : code);
        emit(c, true, negative, prefix, digits);
        return {};
    }

    // CPython's unicode_format_arg_output: sign and prefix, then zero
    // padding for numbers with the 0 flag, else space padding on the side
    // the - flag picks.
    void emit(const Conversion& c, bool numeric, bool negative, std::string_view prefix, std::string_view body) {
        std::string sign;
        if (numeric) {
            if (negative) sign = "-";
            else if (c.sign) sign = "+";
            else if (c.blank) sign = " ";
        }
        std::int64_t length = static_cast<std::int64_t>(sign.size() + prefix.size()) + utf8_length(body);
        std::int64_t padding = c.width > length ? c.width - length : 0;
        bool zero_fill = numeric && c.zero && !c.left;
        if (!c.left && !zero_fill) m_out.append(static_cast<std::size_t>(padding), ' ');
        m_out += sign;
        m_out += prefix;
        if (zero_fill) m_out.append(static_cast<std::size_t>(padding), '0');
        m_out += body;
        if (c.left) m_out.append(static_cast<std::size_t>(padding), ' ');
    }

    std::string_view m_fmt;
    std::size_t m_pos = 0;
    Root m_args;   // the tuple, the single value, or the last %(key) value
    Root m_dict;   // the mapping for %(key), or null
    std::int64_t m_arglen = -1;
    std::int64_t m_argidx = -2;
    std::string m_out;
};

}  // namespace

Result<Value> percent_format(std::string_view fmt, Value args) { return PercentFormatter(fmt, args).run(); }

}  // namespace minipy::rt
