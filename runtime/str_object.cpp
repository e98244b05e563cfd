// runtime/str_object.cpp: the str object itself: construction, interning,
// hashing, the UTF-8 helpers, repr(), and the type's slots (operators,
// indexing, slicing, iteration and the str() constructor). The methods are
// in runtime/str_methods.cpp, formatting in runtime/format.cpp.
#include "runtime/str_object.h"

#include "runtime/class_object.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdio>
#include <cstring>
#include <limits>
#include <unordered_map>
#include <vector>

#include "runtime/args.h"
#include "runtime/bytes_object.h"
#include "runtime/exceptions.h"
#include "runtime/format.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/tuple_object.h"
#include "runtime/unicode_ctype.h"

namespace minipy::rt {

namespace {

bool is_continuation_byte(unsigned char c) { return (c & 0xC0) == 0x80; }

// The interned strings, keyed by views of their own (immutable) text.
// Allocated once and never freed, so no destructor runs at exit while
// other static objects may still intern.
std::unordered_map<std::string_view, StrObject*>& intern_table() {
    static auto* table = new std::unordered_map<std::string_view, StrObject*>();
    return *table;
}

// One-character strings of U+0000..U+00FF, and (at index 256) the empty string.
std::array<StrObject*, 257> g_small_strs{};

StrObject* small_str(std::uint32_t cp_or_256) {
    StrObject*& slot = g_small_strs[cp_or_256];
    if (!slot) {
        std::string text;
        if (cp_or_256 < 256) append_utf8(text, cp_or_256);
        slot = intern(text);
    }
    return slot;
}

}  // namespace

StrObject::StrObject(std::string s, std::int64_t code_points, bool is_ascii)
    : Object(g_types.str), data(std::move(s)), length(code_points), ascii(is_ascii) {
    g_heap.add_pressure(data.size());
}

StrObject::StrObject(std::string s) : Object(g_types.str), data(std::move(s)) {
    g_heap.add_pressure(data.size());
    // Every new str is measured, so eight bytes at a time: a continuation
    // byte (10xxxxxx) has bit 7 set and bit 6 clear, which `w & ~(w << 1)`
    // shows in each byte's top bit.
    constexpr std::uint64_t kTopBits = 0x8080808080808080ull;
    const char* bytes = data.data();
    const std::size_t size = data.size();
    std::uint64_t any_high = 0;
    std::int64_t continuations = 0;
    std::size_t i = 0;
    for (; i + 8 <= size; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, bytes + i, 8);
        // ASCII words, the common case, skip the (library call) popcount.
        if (!(w & kTopBits)) continue;
        any_high |= w;
        continuations += std::popcount(w & ~(w << 1) & kTopBits);
    }
    for (; i < size; ++i) {
        auto c = static_cast<unsigned char>(bytes[i]);
        any_high |= c;
        if (is_continuation_byte(c)) ++continuations;
    }
    ascii = (any_high & kTopBits) == 0;
    length = static_cast<std::int64_t>(size) - continuations;
}

std::size_t StrObject::byte_offset(std::int64_t index) const {
    if (ascii) return static_cast<std::size_t>(index);
    // Walk from whichever known position is nearest: the start, the
    // cursor or the end.
    std::int64_t at = 0;
    std::size_t byte = 0;
    std::int64_t from_cursor = index >= cursor_index ? index - cursor_index : cursor_index - index;
    if (from_cursor < index) {
        at = cursor_index;
        byte = cursor_byte;
    }
    if (length - index < (at > index ? at - index : index - at)) {
        at = length;
        byte = data.size();
    }
    while (at < index) {
        ++byte;
        while (byte < data.size() && is_continuation_byte(data[byte])) ++byte;
        ++at;
    }
    while (at > index) {
        --byte;
        while (byte > 0 && is_continuation_byte(data[byte])) --byte;
        --at;
    }
    cursor_index = index;
    cursor_byte = byte;
    return byte;
}

std::int64_t StrObject::index_of_byte(std::size_t byte) const {
    if (ascii) return static_cast<std::int64_t>(byte);
    std::int64_t index = byte >= cursor_byte
                             ? cursor_index + utf8_length(view().substr(cursor_byte, byte - cursor_byte))
                             : utf8_length(view().substr(0, byte));
    cursor_index = index;
    cursor_byte = byte;
    return index;
}

Value make_str(std::string_view utf8) {
    if (utf8.empty()) return Value::object(small_str(256));
    if (utf8.size() == 1 && static_cast<unsigned char>(utf8[0]) < 0x80)
        return Value::object(small_str(static_cast<unsigned char>(utf8[0])));
    return Value::object(make<StrObject>(std::string(utf8)));
}

Value make_str_owned(std::string utf8) {
    if (utf8.size() <= 1) return make_str(utf8);
    return Value::object(make<StrObject>(std::move(utf8)));
}

Value concat_strs(const Value* pieces, std::size_t n) {
    std::size_t size = 0;
    std::int64_t length = 0;
    bool ascii = true;
    for (std::size_t i = 0; i < n; ++i) {
        const StrObject* piece = pieces[i].as<StrObject>();
        size += piece->data.size();
        length += piece->length;
        ascii = ascii && piece->ascii;
    }
    std::string out;
    out.reserve(size);
    for (std::size_t i = 0; i < n; ++i) out += pieces[i].as<StrObject>()->data;
    if (out.size() <= 1) return make_str(out);
    return Value::object(make<StrObject>(std::move(out), length, ascii));
}

Value str_from_code_point(std::uint32_t cp) {
    if (cp < 256) return Value::object(small_str(cp));
    std::string text;
    append_utf8(text, cp);
    return make_str_owned(std::move(text));
}

StrObject* intern(std::string_view s) {
    auto& table = intern_table();
    if (auto it = table.find(s); it != table.end()) return it->second;
    auto* obj = make<StrObject>(std::string(s));
    obj->interned = true;
    g_heap.add_permanent(obj);
    table.emplace(obj->view(), obj);
    return obj;
}

std::int64_t hash_bytes(std::string_view data) {
    // FNV-1a, then MurmurHash3's finaliser so that the low bits the hash
    // tables index with depend on every byte.
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : data) {
        h ^= c;
        h *= 0x100000001b3ull;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    auto result = static_cast<std::int64_t>(h);
    return result == -1 ? -2 : result;  // -1 is the "not computed" mark, as in CPython
}

std::int64_t str_hash(StrObject* s) {
    if (s->hash == -1) s->hash = hash_bytes(s->view());
    return s->hash;
}

bool str_equal(StrObject* a, StrObject* b) {
    if (a == b) return true;
    if (a->interned && b->interned) return false;
    if (a->data.size() != b->data.size()) return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
    return a->data == b->data;
}

std::int64_t utf8_length(std::string_view s) {
    std::int64_t n = 0;
    for (unsigned char c : s)
        if (!is_continuation_byte(c)) ++n;
    return n;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    // Surrogates are encoded like any other code point (as CPython's
    // internal representation allows lone surrogates in str).
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::uint32_t decode_utf8(std::string_view s, std::size_t& pos) {
    auto lead = static_cast<unsigned char>(s[pos++]);
    if (lead < 0x80) return lead;
    int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
    std::uint32_t cp = lead & (0x3F >> extra);
    // The bounds check only matters for invalid input, which str never holds.
    for (int i = 0; i < extra && pos < s.size(); ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[pos++]) & 0x3F);
    return cp;
}

namespace {

void append_hex_escape(std::string& out, std::uint32_t cp) {
    char buf[12];
    if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
    else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
    else std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(cp));
    out += buf;
}

}  // namespace

std::string str_repr(std::string_view s) {
    // CPython: single quotes, unless the text has a ' and no ".
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out;
    out.reserve(s.size() + 2);
    out += quote;
    for (std::size_t pos = 0; pos < s.size();) {
        std::uint32_t c = decode_utf8(s, pos);
        if (c == static_cast<std::uint32_t>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (unicode::is_printable(c)) {
            append_utf8(out, c);
        } else {
            append_hex_escape(out, c);
        }
    }
    out += quote;
    return out;
}

std::string ascii_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        std::uint32_t c = decode_utf8(text, pos);
        if (c < 0x80) out += static_cast<char>(c);
        else append_hex_escape(out, c);
    }
    return out;
}

Result<std::string> repeat_text(std::string_view text, Value count) {
    std::int64_t n = 0;
    if (!int_to_int64(count, n))
        return raise_error(g_exc.OverflowError, "cannot fit 'int' into an index-sized integer");
    if (n <= 0 || text.empty()) return std::string();
    if (static_cast<std::uint64_t>(n) > std::numeric_limits<std::int64_t>::max() / text.size())
        return raise_error(g_exc.OverflowError, "repeated string is too long");
    const std::size_t total = text.size() * static_cast<std::size_t>(n);
    // Doubling copies (memcpy-fast) in steps of at most a few megabytes,
    // each followed by a breaker check: a huge repetition stays
    // interruptible within about a millisecond.
    constexpr std::size_t kStep = std::size_t{4} << 20;
    std::string out;
    out.reserve(total);
    out.append(text);
    while (out.size() < total) {
        out.append(out.data(), std::min({out.size(), total - out.size(), kStep}));
        if (out.size() >= kStep) MINIPY_TRY(poll_breaker_now());
    }
    return out;
}

namespace {

StrObject* as_str(Value v) { return v.as<StrObject>(); }

// ---- slots ----

Result<Value> str_repr_slot(Value self) { return make_str_owned(str_repr(str_view(self))); }

Result<Value> str_str_slot(Value self) { return self; }

Result<std::int64_t> str_hash_slot(Value self) { return str_hash(as_str(self)); }

Result<Value> str_compare(Value a, Value b, CompareOp op) {
    if (!is_str(a) || !is_str(b)) return g_not_implemented;
    if (op == CompareOp::Eq) return Value::boolean(str_equal(as_str(a), as_str(b)));
    if (op == CompareOp::Ne) return Value::boolean(!str_equal(as_str(a), as_str(b)));
    // Byte order of UTF-8 is code point order, which is what Python compares.
    int c = str_view(a).compare(str_view(b));
    switch (op) {
        case CompareOp::Lt: return Value::boolean(c < 0);
        case CompareOp::Le: return Value::boolean(c <= 0);
        case CompareOp::Gt: return Value::boolean(c > 0);
        default: return Value::boolean(c >= 0);
    }
}

Result<Value> str_concat(Value a, Value b) {
    if (!is_str(b)) {
        if (!user_dunder(type_of(b), intern("__radd__")).is_null()) return g_not_implemented;
        return raise_error(g_exc.TypeError, "can only concatenate str (not \"{}\") to str", {type_name(b)});
    }
    if (as_str(a)->length == 0) return b;
    if (as_str(b)->length == 0) return a;
    const Value pieces[2] = {a, b};
    return concat_strs(pieces, 2);
}

// `text * count` or `count * text`; [seq] is the operand that is a str.
Result<Value> str_repeat(Value seq, Value count, Value left) {
    if (!is_int(count)) {
        // `text * x` leaves x's __rmul__ its turn; for `x * text`, x's
        // __mul__ has already declined.
        if (seq.is(left) && !user_dunder(type_of(count), intern("__rmul__")).is_null()) return g_not_implemented;
        // CPython names the right operand when the left is itself a
        // sequence whose repeat failed first (`[1] * 'a'` names 'str').
        bool left_is_sequence = !seq.is(left) && (is_list(left) || is_tuple(left) || is_bytes(left));
        return raise_error(g_exc.TypeError, "can't multiply sequence by non-int of type '{}'",
                           {left_is_sequence ? "str" : type_name(count)});
    }
    std::string out = MINIPY_TRY(repeat_text(str_view(seq), count));
    return make_str_owned(std::move(out));
}

Result<Value> str_binary(BinaryOp op, Value a, Value b) {
    // In-place forms are left to the plain ones: str is immutable.
    switch (op) {
        case BinaryOp::Add:
            return is_str(a) ? str_concat(a, b) : g_not_implemented;
        case BinaryOp::Multiply:
            return is_str(a) ? str_repeat(a, b, a) : str_repeat(b, a, a);
        case BinaryOp::Remainder:
            return is_str(a) ? percent_format(str_view(a), b) : g_not_implemented;
        default:
            return g_not_implemented;
    }
}

Result<std::int64_t> str_len(Value self) { return as_str(self)->length; }

Result<bool> str_truthy(Value self) { return as_str(self)->length != 0; }

Value char_at(StrObject* s, std::int64_t index) {
    if (s->ascii) return str_from_code_point(static_cast<unsigned char>(s->data[static_cast<std::size_t>(index)]));
    std::size_t pos = s->byte_offset(index);
    return str_from_code_point(decode_utf8(s->view(), pos));
}

Value slice_str(StrObject* s, std::int64_t start, std::int64_t step, std::int64_t count) {
    if (count <= 0) return make_str("");
    if (step == 1) {
        std::size_t from = s->byte_offset(start);
        std::size_t to = s->byte_offset(start + count);
        if (from == 0 && to == s->data.size()) return Value::object(s);
        return make_str(s->view().substr(from, to - from));
    }
    std::string out;
    if (s->ascii) {
        out.reserve(static_cast<std::size_t>(count));
        for (std::int64_t i = 0, at = start; i < count; ++i, at += step) out += s->data[static_cast<std::size_t>(at)];
        return make_str_owned(std::move(out));
    }
    // Record where every code point starts once, then pick.
    std::vector<std::size_t> starts;
    starts.reserve(static_cast<std::size_t>(s->length) + 1);
    for (std::size_t pos = 0; pos < s->data.size(); ++pos)
        if (!is_continuation_byte(s->data[pos])) starts.push_back(pos);
    starts.push_back(s->data.size());
    for (std::int64_t i = 0, at = start; i < count; ++i, at += step) {
        std::size_t from = starts[static_cast<std::size_t>(at)];
        out.append(s->data, from, starts[static_cast<std::size_t>(at) + 1] - from);
    }
    return make_str_owned(std::move(out));
}

Result<Value> str_getitem(Value self, Value key) {
    StrObject* s = as_str(self);
    if (is_int(key)) {
        std::int64_t index = 0;
        if (!int_to_int64(key, index))
            return raise_error(g_exc.IndexError, "cannot fit 'int' into an index-sized integer");
        if (!normalize_index(index, s->length)) return raise_error(g_exc.IndexError, msg::kIndexOutOfRange, {"string"});
        return char_at(s, index);
    }
    if (is_type(key, g_types.slice)) {
        std::int64_t start = 0, stop = 0, step = 0, count = 0;
        MINIPY_TRY(key.as<SliceObject>()->indices(s->length, start, stop, step, count));
        return slice_str(s, start, step, count);
    }
    return raise_error(g_exc.TypeError, "string indices must be integers, not '{}'", {type_name(key)});
}

Result<bool> str_contains(Value self, Value item) {
    if (!is_str(item))
        return raise_error(g_exc.TypeError, "'in <string>' requires string as left operand, not {}", {type_name(item)});
    return str_view(self).find(str_view(item)) != std::string_view::npos;
}

// str(), str(object), str(bytes, encoding[, errors]).
Result<Value> str_construct(TypeObject*, const CallArgs& args) {
    Value out[3];
    MINIPY_TRY(bind_args(args, "str", {"object", "encoding", "errors"}, 0, out));
    Value object = out[0], encoding = out[1], errors = out[2];
    if (object.is_null()) return make_str("");
    if (encoding.is_null() && errors.is_null()) return str(object);
    for (Value text : {encoding, errors})
        if (!text.is_null() && !is_str(text))
            return raise_error(g_exc.TypeError, "str() argument '{}' must be str, not {}",
                               {text.is(encoding) ? "encoding" : "errors", type_name(text)});
    if (is_str(object)) return raise_error(g_exc.TypeError, "decoding str is not supported");
    if (!is_bytes(object))
        return raise_error(g_exc.TypeError, "decoding to str: need a bytes-like object, {} found", {type_name(object)});
    return decode_bytes(bytes_view(object), encoding.is_null() ? "utf-8" : str_view(encoding),
                        errors.is_null() ? "strict" : str_view(errors));
}

// ---- the iterator: yields one-character strings ----

struct StrIteratorObject : Object {
    StrObject* str;
    std::size_t byte_pos = 0;
    explicit StrIteratorObject(StrObject* s) : Object(g_types.str_iterator), str(s) {}
    void trace(Tracer& t) override { t.mark(str); }
};

Result<Value> str_iter(Value self) { return Value::object(make<StrIteratorObject>(as_str(self))); }


Result<Value> str_iterator_next(Value self) {
    auto* it = self.as<StrIteratorObject>();
    std::string_view text = it->str->view();
    if (it->byte_pos >= text.size()) return Value::exhausted();
    return str_from_code_point(decode_utf8(text, it->byte_pos));
}

}  // namespace

void init_str_type() {
    TypeSlots& s = g_types.str->slots;
    s.repr = str_repr_slot;
    s.str = str_str_slot;
    s.hash = str_hash_slot;
    s.compare = str_compare;
    s.binary = str_binary;
    s.len = str_len;
    s.truthy = str_truthy;
    s.getitem = str_getitem;
    s.contains = str_contains;
    s.iter = str_iter;
    s.construct = str_construct;

    // CPython 3.11 names the iterator of an ASCII string this way.
    g_types.str_iterator = make_builtin_type("str_ascii_iterator", nullptr);
    g_types.str_iterator->slots.iter = iter_self;
    g_types.str_iterator->slots.next = str_iterator_next;

    add_str_methods();
}

}  // namespace minipy::rt
