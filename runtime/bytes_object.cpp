// runtime/bytes_object.cpp: the bytes object (repr, operators, indexing,
// iteration, the bytes() constructor, decode and hex) and the codecs
// shared with str.encode. The search/split/strip/join methods are written
// once for str and bytes in runtime/str_methods.cpp.
#include "runtime/bytes_object.h"

#include "runtime/class_object.h"

#include <cctype>
#include <cstdio>

#include "runtime/args.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy::rt {

BytesObject::BytesObject(std::string d) : Object(g_types.bytes), data(std::move(d)) { g_heap.add_pressure(data.size()); }

Value make_bytes(std::string_view data) { return Value::object(make<BytesObject>(std::string(data))); }

Value make_bytes_owned(std::string data) { return Value::object(make<BytesObject>(std::move(data))); }

std::string bytes_repr(std::string_view data) {
    // CPython: single quotes, unless the bytes hold a ' and no ".
    bool has_single = data.find('\'') != std::string_view::npos;
    bool has_double = data.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out = "b";
    out += quote;
    for (unsigned char c : data) {
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < ' ' || c >= 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    out += quote;
    return out;
}

// ---- codecs ----

namespace {

enum class Codec { Utf8, Ascii, Latin1 };

// The codec an encoding name designates, with CPython's normalisation
// (case, and '-' or ' ' as '_') and its common aliases.
Result<Codec> lookup_codec(std::string_view encoding) {
    std::string name;
    for (char c : encoding) name += (c == '-' || c == ' ') ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* alias : {"utf_8", "utf8", "u8", "utf", "cp65001"})
        if (name == alias) return Codec::Utf8;
    for (const char* alias : {"ascii", "us_ascii", "646"})
        if (name == alias) return Codec::Ascii;
    for (const char* alias : {"latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819"})
        if (name == alias) return Codec::Latin1;
    return raise_error(g_exc.LookupError, "unknown encoding: {}", {encoding});
}

const char* codec_name(Codec c) { return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1"; }

enum class Handler { Strict, Replace, Ignore };

// The error handler, checked (like CPython) only once an error occurs.
Result<Handler> lookup_handler(std::string_view errors) {
    if (errors == "strict") return Handler::Strict;
    if (errors == "replace") return Handler::Replace;
    if (errors == "ignore") return Handler::Ignore;
    return raise_error(g_exc.LookupError, "unknown error handler name '{}'", {errors});
}

// The reason a UTF-8 sequence at a byte position is invalid, and how many
// bytes CPython's decoder reports (and skips) for it.
struct Utf8Error {
    std::size_t length;
    const char* reason;
};

// The length of the valid UTF-8 sequence at [pos], or 0 with [error] set.
std::size_t utf8_sequence(std::string_view s, std::size_t pos, Utf8Error& error) {
    auto lead = static_cast<unsigned char>(s[pos]);
    if (lead < 0x80) return 1;
    std::size_t extra = 0;
    unsigned char low = 0x80, high = 0xBF;  // the allowed range of the first continuation byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        extra = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        extra = 2;
        if (lead == 0xE0) low = 0xA0;   // no overlong forms
        if (lead == 0xED) high = 0x9F;  // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        extra = 3;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
    } else {
        error = {1, "invalid start byte"};
        return 0;
    }
    for (std::size_t i = 1; i <= extra; ++i) {
        if (pos + i >= s.size()) {
            error = {s.size() - pos, "unexpected end of data"};
            return 0;
        }
        auto c = static_cast<unsigned char>(s[pos + i]);
        if (c < (i == 1 ? low : 0x80) || c > (i == 1 ? high : 0xBF)) {
            error = {i, "invalid continuation byte"};
            return 0;
        }
    }
    return extra + 1;
}

Error decode_error(Codec codec, std::string_view data, std::size_t start, std::size_t length, const char* reason) {
    std::string message = std::string("'") + codec_name(codec) + "' codec can't decode ";
    if (length == 1) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "0x%02x", static_cast<unsigned char>(data[start]));
        message += format_message("byte {} in position {}: {}", {buf, std::to_string(start), reason});
    } else {
        message += format_message("bytes in position {}-{}: {}",
                                  {std::to_string(start), std::to_string(start + length - 1), reason});
    }
    return raise_error(g_exc.UnicodeDecodeError, message);
}

Error encode_error(Codec codec, std::uint32_t first_bad, std::int64_t start, std::int64_t end, const char* reason) {
    std::string message = std::string("'") + codec_name(codec) + "' codec can't encode ";
    if (end - start == 1) {
        char buf[16];
        if (first_bad <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(first_bad));
        else if (first_bad <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(first_bad));
        else std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(first_bad));
        message += format_message("character '{}' in position {}: {}", {buf, std::to_string(start), reason});
    } else {
        message += format_message("characters in position {}-{}: {}",
                                  {std::to_string(start), std::to_string(end - 1), reason});
    }
    return raise_error(g_exc.UnicodeEncodeError, message);
}

}  // namespace

Result<Value> encode_str(Value str, std::string_view encoding, std::string_view errors) {
    Codec codec = MINIPY_TRY(lookup_codec(encoding));
    auto* s = str.as<StrObject>();
    if (s->ascii) return make_bytes(s->view());
    // The limit a code point must stay under: UTF-8 only rejects surrogates.
    std::uint32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
    auto encodable = [&](std::uint32_t cp) { return cp < limit && !(cp >= 0xD800 && cp <= 0xDFFF); };
    const char* reason = codec == Codec::Utf8 ? "surrogates not allowed"
                         : codec == Codec::Ascii ? "ordinal not in range(128)"
                                                 : "ordinal not in range(256)";
    std::string_view text = s->view();
    std::string out;
    out.reserve(text.size());
    std::int64_t index = 0;
    for (std::size_t pos = 0; pos < text.size(); ++index) {
        std::size_t from = pos;
        std::uint32_t cp = decode_utf8(text, pos);
        if (encodable(cp)) {
            if (codec == Codec::Utf8) out.append(text, from, pos - from);
            else out += static_cast<char>(cp);
            continue;
        }
        // CPython reports the whole run of unencodable characters at once.
        std::int64_t run_end = index + 1;
        for (std::size_t at = pos; at < text.size(); ++run_end) {
            std::size_t next = at;
            if (encodable(decode_utf8(text, next))) break;
            at = pos = next;
        }
        Handler handler = MINIPY_TRY(lookup_handler(errors));
        if (handler == Handler::Strict) return encode_error(codec, cp, index, run_end, reason);
        if (handler == Handler::Replace) out.append(static_cast<std::size_t>(run_end - index), '?');
        index = run_end - 1;
    }
    return make_bytes_owned(std::move(out));
}

Result<Value> decode_bytes(std::string_view data, std::string_view encoding, std::string_view errors) {
    Codec codec = MINIPY_TRY(lookup_codec(encoding));
    std::string out;
    out.reserve(data.size());
    for (std::size_t pos = 0; pos < data.size();) {
        auto byte = static_cast<unsigned char>(data[pos]);
        if (byte < 0x80) {
            out += static_cast<char>(byte);
            ++pos;
            continue;
        }
        if (codec == Codec::Latin1) {
            append_utf8(out, byte);
            ++pos;
            continue;
        }
        Utf8Error error{1, "ordinal not in range(128)"};
        std::size_t length = codec == Codec::Utf8 ? utf8_sequence(data, pos, error) : 0;
        if (length > 0) {
            out.append(data, pos, length);
            pos += length;
            continue;
        }
        Handler handler = MINIPY_TRY(lookup_handler(errors));
        if (handler == Handler::Strict) return decode_error(codec, data, pos, error.length, error.reason);
        if (handler == Handler::Replace) append_utf8(out, 0xFFFD);
        pos += error.length;
    }
    return make_str_owned(std::move(out));
}

// ---- slots ----

namespace {

BytesObject* as_bytes(Value v) { return v.as<BytesObject>(); }

Result<Value> bytes_repr_slot(Value self) { return make_str_owned(bytes_repr(bytes_view(self))); }

Result<std::int64_t> bytes_hash_slot(Value self) {
    BytesObject* b = as_bytes(self);
    if (b->hash == -1) b->hash = hash_bytes(b->view());
    return b->hash;
}

Result<Value> bytes_compare(Value a, Value b, CompareOp op) {
    if (!is_bytes(a) || !is_bytes(b)) return g_not_implemented;
    int c = bytes_view(a).compare(bytes_view(b));
    switch (op) {
        case CompareOp::Lt: return Value::boolean(c < 0);
        case CompareOp::Le: return Value::boolean(c <= 0);
        case CompareOp::Eq: return Value::boolean(c == 0);
        case CompareOp::Ne: return Value::boolean(c != 0);
        case CompareOp::Gt: return Value::boolean(c > 0);
        default: return Value::boolean(c >= 0);
    }
}

Result<Value> bytes_binary(BinaryOp op, Value a, Value b) {
    if (op == BinaryOp::Add && is_bytes(a)) {
        if (!is_bytes(b)) {
            if (!user_dunder(type_of(b), intern("__radd__")).is_null()) return g_not_implemented;
            return raise_error(g_exc.TypeError, "can't concat {} to bytes", {type_name(b)});
        }
        std::string out(bytes_view(a));
        out += bytes_view(b);
        return make_bytes_owned(std::move(out));
    }
    if (op == BinaryOp::Multiply) {
        Value seq = is_bytes(a) ? a : b;
        Value count = is_bytes(a) ? b : a;
        if (!is_int(count)) {
            if (seq.is(a) && !user_dunder(type_of(count), intern("__rmul__")).is_null()) return g_not_implemented;
            return raise_error(g_exc.TypeError, "can't multiply sequence by non-int of type '{}'", {type_name(count)});
        }
        return make_bytes_owned(MINIPY_TRY(repeat_text(bytes_view(seq), count)));
    }
    return g_not_implemented;
}

Result<std::int64_t> bytes_len(Value self) { return static_cast<std::int64_t>(bytes_view(self).size()); }

Result<Value> bytes_getitem(Value self, Value key) {
    std::string_view data = bytes_view(self);
    auto length = static_cast<std::int64_t>(data.size());
    if (is_int(key)) {
        std::int64_t index = 0;
        if (!int_to_int64(key, index))
            return raise_error(g_exc.IndexError, "cannot fit 'int' into an index-sized integer");
        if (!normalize_index(index, length)) return raise_error(g_exc.IndexError, "index out of range");
        return Value::small_int(static_cast<unsigned char>(data[static_cast<std::size_t>(index)]));
    }
    if (is_type(key, g_types.slice)) {
        std::int64_t start = 0, stop = 0, step = 0, count = 0;
        MINIPY_TRY(key.as<SliceObject>()->indices(length, start, stop, step, count));
        if (step == 1) {
            if (count == length) return self;
            return make_bytes(data.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(std::max<std::int64_t>(count, 0))));
        }
        std::string out;
        for (std::int64_t i = 0, at = start; i < count; ++i, at += step) out += data[static_cast<std::size_t>(at)];
        return make_bytes_owned(std::move(out));
    }
    return raise_error(g_exc.TypeError, msg::kIndicesMustBeInt, {"byte", type_name(key)});
}

Result<bool> bytes_contains(Value self, Value item) {
    if (is_int(item)) {
        std::int64_t byte = -1;
        if (!int_to_int64(item, byte) || byte < 0 || byte > 255)
            return raise_error(g_exc.ValueError, "byte must be in range(0, 256)");
        return bytes_view(self).find(static_cast<char>(byte)) != std::string_view::npos;
    }
    if (!is_bytes(item))
        return raise_error(g_exc.TypeError, "a bytes-like object is required, not '{}'", {type_name(item)});
    return bytes_view(self).find(bytes_view(item)) != std::string_view::npos;
}

Result<bool> bytes_truthy(Value self) { return !bytes_view(self).empty(); }

// One item of bytes(iterable): an int in range(0, 256).
Result<char> byte_from(Value item) {
    std::int64_t byte = MINIPY_TRY(as_index(item, "bytes"));
    if (byte < 0 || byte > 255) return raise_error(g_exc.ValueError, "bytes must be in range(0, 256)");
    return static_cast<char>(byte);
}

Result<Value> bytes_from_iterable(Value source) {
    std::string out;
    if (is_list(source) || is_tuple(source)) {
        const auto& items = is_list(source) ? source.as<ListObject>()->items : source.as<TupleObject>()->items;
        for (Value item : items) out += MINIPY_TRY(byte_from(item));
        return make_bytes_owned(std::move(out));
    }
    auto it = iter(source);
    if (it.is_error()) {
        if (!exception_matches(g_exc.TypeError)) return kError;
        clear_exception();
        return raise_error(g_exc.TypeError, "cannot convert '{}' object to bytes", {type_name(source)});
    }
    // The iterator may run Python code between items; the bytes so far
    // are plain chars, so only the iterator needs rooting.
    Root root_it(it.value());
    for (;;) {
        Value item = MINIPY_TRY(next(root_it.get()));
        if (item.is_exhausted()) break;
        out += MINIPY_TRY(byte_from(item));
    }
    return make_bytes_owned(std::move(out));
}

// bytes(), bytes(n), bytes(iterable of ints), bytes(bytes), bytes(str, encoding[, errors]).
Result<Value> bytes_construct(TypeObject*, const CallArgs& args) {
    Value a[3];
    MINIPY_TRY(bind_args(args, "bytes", {"source", "encoding", "errors"}, 0, a));
    Value source = a[0], encoding = a[1], errors = a[2];
    for (Value text : {encoding, errors})
        if (!text.is_null() && !is_str(text))
            return raise_error(g_exc.TypeError, "bytes() argument '{}' must be str, not {}",
                               {text.is(encoding) ? "encoding" : "errors", type_name(text)});
    if (source.is_null()) {
        if (!encoding.is_null() || !errors.is_null())
            return raise_error(g_exc.TypeError, "encoding or errors without sequence argument");
        return make_bytes("");
    }
    if (is_str(source)) {
        if (encoding.is_null()) return raise_error(g_exc.TypeError, "string argument without an encoding");
        return encode_str(source, str_view(encoding), errors.is_null() ? "strict" : str_view(errors));
    }
    if (!encoding.is_null()) return raise_error(g_exc.TypeError, "encoding without a string argument");
    if (!errors.is_null()) return raise_error(g_exc.TypeError, "errors without a string argument");
    if (is_bytes(source)) return source;
    if (is_int(source)) {
        std::int64_t count = MINIPY_TRY(as_index(source, "bytes"));
        if (count < 0) return raise_error(g_exc.ValueError, "negative count");
        return make_bytes_owned(std::string(static_cast<std::size_t>(count), '\0'));
    }
    return bytes_from_iterable(source);
}

// ---- the iterator: yields ints ----

struct BytesIteratorObject : Object {
    BytesObject* bytes;
    std::size_t pos = 0;
    explicit BytesIteratorObject(BytesObject* b) : Object(g_types.bytes_iterator), bytes(b) {}
    void trace(Tracer& t) override { t.mark(bytes); }
};

Result<Value> bytes_iter(Value self) { return Value::object(make<BytesIteratorObject>(as_bytes(self))); }


Result<Value> bytes_iterator_next(Value self) {
    auto* it = self.as<BytesIteratorObject>();
    if (it->pos >= it->bytes->data.size()) return Value::exhausted();
    return Value::small_int(static_cast<unsigned char>(it->bytes->data[it->pos++]));
}

}  // namespace

// ---- methods ----

Result<Value> bytes_decode_method(Value self, const CallArgs& args) {
    Value a[2];
    MINIPY_TRY(bind_args(args, "decode", {"encoding", "errors"}, 0, a));
    for (int i = 0; i < 2; ++i)
        if (!a[i].is_null() && !is_str(a[i]))
            return raise_error(g_exc.TypeError, "decode() argument '{}' must be str, not {}",
                               {i == 0 ? "encoding" : "errors", type_name(a[i])});
    return decode_bytes(bytes_view(self), a[0].is_null() ? "utf-8" : str_view(a[0]),
                        a[1].is_null() ? "strict" : str_view(a[1]));
}

// bytes.hex([sep[, bytes_per_sep]]): groups count from the right, or from the
// left when bytes_per_sep is negative, as in CPython.
Result<Value> bytes_hex_method(Value self, const CallArgs& args) {
    Value a[2];
    MINIPY_TRY(bind_args(args, "hex", {"sep", "bytes_per_sep"}, 0, a));
    std::string_view sep;
    if (!a[0].is_null()) {
        if (!is_str(a[0]) && !is_bytes(a[0]))
            return raise_error(g_exc.TypeError, msg::kNoLen, {type_name(a[0])});
        sep = is_str(a[0]) ? str_view(a[0]) : bytes_view(a[0]);
        if ((is_str(a[0]) ? a[0].as<StrObject>()->length : static_cast<std::int64_t>(sep.size())) != 1)
            return raise_error(g_exc.ValueError, "sep must be length 1.");
        if (static_cast<unsigned char>(sep[0]) >= 0x80) return raise_error(g_exc.ValueError, "sep must be ASCII.");
    }
    std::int64_t per = a[1].is_null() ? 1 : MINIPY_TRY(as_index(a[1], "bytes_per_sep"));
    std::string_view data = bytes_view(self);
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    auto n = static_cast<std::int64_t>(data.size());
    std::int64_t group = per < 0 ? -per : per;
    for (std::int64_t i = 0; i < n; ++i) {
        // A separator goes before byte i when a group boundary falls there.
        std::int64_t boundary = per < 0 ? i : n - i;
        if (!sep.empty() && group > 0 && i > 0 && boundary % group == 0) out += sep;
        auto c = static_cast<unsigned char>(data[static_cast<std::size_t>(i)]);
        out += kDigits[c >> 4];
        out += kDigits[c & 15];
    }
    return make_str_owned(std::move(out));
}

void init_bytes_type() {
    TypeSlots& s = g_types.bytes->slots;
    s.repr = bytes_repr_slot;
    s.hash = bytes_hash_slot;
    s.compare = bytes_compare;
    s.binary = bytes_binary;
    s.len = bytes_len;
    s.truthy = bytes_truthy;
    s.getitem = bytes_getitem;
    s.contains = bytes_contains;
    s.iter = bytes_iter;
    s.construct = bytes_construct;

    g_types.bytes_iterator = make_builtin_type("bytes_iterator", nullptr);
    g_types.bytes_iterator->slots.iter = iter_self;
    g_types.bytes_iterator->slots.next = bytes_iterator_next;

    add_bytes_methods();
}

}  // namespace minipy::rt
