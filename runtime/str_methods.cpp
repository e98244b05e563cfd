// runtime/str_methods.cpp: the methods of str, and the methods of bytes that
// share their algorithms (find/count/index, startswith/endswith, split,
// splitlines, strip, join, replace, partition, removeprefix).
//
// The shared ones are templates over a Kind (StrKind or BytesKind) that
// says how to view, build and index the text and which CPython messages to
// use. Inside the algorithms every position is a byte offset; code point
// indices appear only at the edges (start/end arguments, find's result).
// That is sound because UTF-8 is self-synchronising: a byte match of valid
// UTF-8 inside valid UTF-8 always starts and ends on code point boundaries.
//
// Argument errors follow CPython 3.11, whose built-in methods use three
// parsers with three wordings; each method says which one it mimics.
#include <algorithm>
#include <string>
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
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/unicode_ctype.h"

namespace minipy::rt {

namespace {

bool is_continuation_byte(unsigned char c) { return (c & 0xC0) == 0x80; }

// ---- the two kinds of text ----

struct StrKind {
    static constexpr const char* kType = "str";
    static constexpr const char* kNotFound = "substring not found";
    static bool check(Value v) { return is_str(v); }
    static std::string_view view(Value v) { return str_view(v); }
    static Value make(std::string_view s) { return make_str(s); }
    static Value make_owned(std::string s) { return make_str_owned(std::move(s)); }
    static std::int64_t length(Value v) { return v.as<StrObject>()->length; }
    static std::int64_t length(std::string_view s) { return utf8_length(s); }
    static std::size_t byte_offset(Value v, std::int64_t index) { return v.as<StrObject>()->byte_offset(index); }
    static std::int64_t index_of_byte(Value v, std::size_t byte) { return v.as<StrObject>()->index_of_byte(byte); }
    static std::uint32_t next_char(std::string_view s, std::size_t& pos) { return decode_utf8(s, pos); }
    // Steps [pos] back over one code point and returns it.
    static std::uint32_t prev_char(std::string_view s, std::size_t& pos) {
        do --pos;
        while (pos > 0 && is_continuation_byte(s[pos]));
        std::size_t at = pos;
        return decode_utf8(s, at);
    }
    static bool is_space(std::uint32_t c) { return unicode::is_space(c); }
    static bool is_linebreak(std::uint32_t c) { return unicode::is_linebreak(c); }
    // [v] as text, or a TypeError with str's wording for this argument
    // ([message] may name the type with "{}").
    static Result<std::string_view> require(Value v, std::string_view message) {
        if (!is_str(v)) return raise_error(g_exc.TypeError, message, {type_name(v)});
        return str_view(v);
    }
    // The `sub` argument of find/count/index.
    static Result<std::string_view> needle(Value v, std::string&) { return require(v, "must be str, not {}"); }
    static Error bad_join_item(std::size_t i, Value v) {
        return raise_error(g_exc.TypeError, "sequence item {}: expected str instance, {} found",
                           {std::to_string(i), type_name(v)});
    }
    static Error bad_affix(std::string_view method, Value v) {
        return raise_error(g_exc.TypeError, "{} first arg must be str or a tuple of str, not {}", {method, type_name(v)});
    }
    static Error bad_affix_item(std::string_view method, Value v) {
        return raise_error(g_exc.TypeError, "tuple for {} must only contain str, not {}", {method, type_name(v)});
    }
};

struct BytesKind {
    static constexpr const char* kType = "bytes";
    static constexpr const char* kNotFound = "subsection not found";
    static bool check(Value v) { return is_bytes(v); }
    static std::string_view view(Value v) { return bytes_view(v); }
    static Value make(std::string_view s) { return make_bytes(s); }
    static Value make_owned(std::string s) { return make_bytes_owned(std::move(s)); }
    static std::int64_t length(Value v) { return static_cast<std::int64_t>(bytes_view(v).size()); }
    static std::int64_t length(std::string_view s) { return static_cast<std::int64_t>(s.size()); }
    static std::size_t byte_offset(Value, std::int64_t index) { return static_cast<std::size_t>(index); }
    static std::int64_t index_of_byte(Value, std::size_t byte) { return static_cast<std::int64_t>(byte); }
    static std::uint32_t next_char(std::string_view s, std::size_t& pos) { return static_cast<unsigned char>(s[pos++]); }
    static std::uint32_t prev_char(std::string_view s, std::size_t& pos) { return static_cast<unsigned char>(s[--pos]); }
    // bytes methods split and strip on ASCII whitespace only.
    static bool is_space(std::uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
    static bool is_linebreak(std::uint32_t c) { return c == '\n' || c == '\r'; }
    static Result<std::string_view> require(Value v, std::string_view) {
        if (!is_bytes(v))
            return raise_error(g_exc.TypeError, "a bytes-like object is required, not '{}'", {type_name(v)});
        return bytes_view(v);
    }
    // bytes.find and friends also accept a single byte as an int.
    static Result<std::string_view> needle(Value v, std::string& storage) {
        if (is_bytes(v)) return bytes_view(v);
        if (!is_int(v))
            return raise_error(g_exc.TypeError, "argument should be integer or bytes-like object, not '{}'",
                               {type_name(v)});
        std::int64_t byte = -1;
        if (!int_to_int64(v, byte) || byte < 0 || byte > 255)
            return raise_error(g_exc.ValueError, "byte must be in range(0, 256)");
        storage.assign(1, static_cast<char>(byte));
        return std::string_view(storage);
    }
    static Error bad_join_item(std::size_t i, Value v) {
        return raise_error(g_exc.TypeError, "sequence item {}: expected a bytes-like object, {} found",
                           {std::to_string(i), type_name(v)});
    }
    static Error bad_affix(std::string_view method, Value v) {
        return raise_error(g_exc.TypeError, "{} first arg must be bytes or a tuple of bytes, not {}",
                           {method, type_name(v)});
    }
    static Error bad_affix_item(std::string_view, Value v) {
        return raise_error(g_exc.TypeError, "a bytes-like object is required, not '{}'", {type_name(v)});
    }
};

// ---- argument checking, in CPython's three wordings ----

template <class K>
std::string qualified(std::string_view name) {
    return std::string(K::kType) + "." + std::string(name);
}

// Methods parsed by PyArg_ParseTuple: "find() takes at least 1 argument (0 given)".
Result<void> check_tuple_args(const CallArgs& args, std::string_view name, std::size_t min, std::size_t max) {
    MINIPY_TRY(no_keywords(args, name));
    if (args.nargs < min || args.nargs > max) {
        bool few = args.nargs < min;
        std::size_t bound = few ? min : max;
        return raise_error(g_exc.TypeError, "{}() takes {} {} argument{} ({} given)",
                           {name, few ? "at least" : "at most", std::to_string(bound), bound == 1 ? "" : "s",
                            std::to_string(args.nargs)});
    }
    return {};
}

// Positional-only methods generated by Argument Clinic: "strip expected at
// most 1 argument, got 2", but "str.strip() takes no keyword arguments".
template <class K>
Result<void> check_clinic_args(const CallArgs& args, std::string_view name, std::size_t min, std::size_t max) {
    MINIPY_TRY(no_keywords(args, qualified<K>(name)));
    return check_positional(args, name, min, max);
}

// An optional argument that is absent or None.
bool omitted(Value v) { return v.is_null() || v.is_none(); }

// A size argument (width, count, maxsplit): __index__ semantics, and
// CPython's OverflowError for ints beyond ssize_t.
Result<std::int64_t> ssize_arg(Value v) {
    std::int64_t out = 0;
    if (is_int(v) && !int_to_int64(v, out))
        return raise_error(g_exc.OverflowError, "Python int too large to convert to C ssize_t");
    return as_index(v, "");
}

// ---- the search window: find/count/startswith's (sub, start, end) ----

// A slice of the receiver resolved as CPython's ADJUST_INDICES: [start,
// end) in characters (start may exceed end, meaning "nothing fits"), with
// the byte range when the slice is not empty-by-inversion.
struct Window {
    std::int64_t start = 0, end = 0;
    std::string_view bytes;   // the text of the window
    std::size_t byte_start = 0;

    std::int64_t size() const { return end - start; }
};

Result<std::int64_t> slice_bound(Value v, std::int64_t if_omitted) {
    if (omitted(v)) return if_omitted;
    if (!is_int(v))
        return raise_error(g_exc.TypeError, "slice indices must be integers or None or have an __index__ method");
    std::int64_t out = 0;
    // A bound beyond int64 clamps like any out-of-range bound.
    if (!int_to_int64(v, out)) out = int_compare(v, Value::small_int(0)) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    return out;
}

template <class K>
Result<Window> window(Value self, Value start_arg, Value end_arg) {
    std::int64_t len = K::length(self);
    Window w;
    w.start = MINIPY_TRY(slice_bound(start_arg, 0));
    w.end = MINIPY_TRY(slice_bound(end_arg, len));
    if (w.end > len) w.end = len;
    else if (w.end < 0) w.end = std::max<std::int64_t>(w.end + len, 0);
    if (w.start < 0) w.start = std::max<std::int64_t>(w.start + len, 0);
    if (w.start <= w.end) {
        w.byte_start = K::byte_offset(self, w.start);
        std::size_t byte_end = K::byte_offset(self, w.end);
        w.bytes = K::view(self).substr(w.byte_start, byte_end - w.byte_start);
    }
    return w;
}

// ---- find, rfind, index, rindex, count ----

enum class Search { Find, RFind, Index, RIndex, Count };

constexpr const char* search_name(Search s) {
    switch (s) {
        case Search::Find: return "find";
        case Search::RFind: return "rfind";
        case Search::Index: return "index";
        case Search::RIndex: return "rindex";
        case Search::Count: return "count";
    }
    return "";
}

// Non-overlapping occurrences of [sub] (non-empty) in [text].
Result<std::int64_t> count_occurrences(std::string_view text, std::string_view sub) {
    std::int64_t n = 0;
    for (std::size_t pos = text.find(sub); pos != std::string_view::npos; pos = text.find(sub, pos + sub.size())) {
        ++n;
        MINIPY_TRY(poll_breaker());
    }
    return n;
}

template <class K, Search op>
Result<Value> search_method(Value self, const CallArgs& args) {
    MINIPY_TRY(check_tuple_args(args, search_name(op), 1, 3));
    std::string storage;
    std::string_view sub = MINIPY_TRY(K::needle(args[0], storage));
    Window w = MINIPY_TRY(window<K>(self, args.nargs > 1 ? args[1] : Value(), args.nargs > 2 ? args[2] : Value()));
    std::int64_t sub_len = K::length(sub);
    if (op == Search::Count) {
        if (w.size() < sub_len) return Value::small_int(0);
        if (sub.empty()) return make_int(w.size() + 1);
        return make_int(MINIPY_TRY(count_occurrences(w.bytes, sub)));
    }
    std::size_t pos = std::string_view::npos;
    if (w.size() >= sub_len) pos = (op == Search::RFind || op == Search::RIndex) ? w.bytes.rfind(sub) : w.bytes.find(sub);
    if (pos == std::string_view::npos) {
        if (op == Search::Index || op == Search::RIndex) return raise_error(g_exc.ValueError, K::kNotFound);
        return Value::small_int(-1);
    }
    return make_int(K::index_of_byte(self, w.byte_start + pos));
}

// ---- startswith, endswith ----

template <class K, bool at_end>
Result<Value> affix_method(Value self, const CallArgs& args) {
    constexpr const char* name = at_end ? "endswith" : "startswith";
    MINIPY_TRY(check_tuple_args(args, name, 1, 3));
    Window w = MINIPY_TRY(window<K>(self, args.nargs > 1 ? args[1] : Value(), args.nargs > 2 ? args[2] : Value()));
    // CPython's tailmatch: the window must hold the whole affix.
    auto matches = [&](std::string_view affix) {
        if (w.size() < K::length(affix)) return false;
        return at_end ? w.bytes.ends_with(affix) : w.bytes.starts_with(affix);
    };
    Value arg = args[0];
    if (is_tuple(arg)) {
        for (Value item : arg.as<TupleObject>()->items) {
            if (!K::check(item)) return K::bad_affix_item(name, item);
            if (matches(K::view(item))) return Value::boolean(true);
        }
        return Value::boolean(false);
    }
    if (!K::check(arg)) return K::bad_affix(name, arg);
    return Value::boolean(matches(K::view(arg)));
}

// ---- split, rsplit, splitlines ----

// The byte offset after the run of characters from [pos] that satisfy [pred].
template <class K, class Pred>
std::size_t skip_forward(std::string_view s, std::size_t pos, Pred pred) {
    while (pos < s.size()) {
        std::size_t next = pos;
        if (!pred(K::next_char(s, next))) break;
        pos = next;
    }
    return pos;
}

// The byte offset where the run of characters before [pos] that satisfy [pred] begins.
template <class K, class Pred>
std::size_t skip_backward(std::string_view s, std::size_t pos, Pred pred) {
    while (pos > 0) {
        std::size_t prev = pos;
        if (!pred(K::prev_char(s, prev))) break;
        pos = prev;
    }
    return pos;
}

template <class K>
bool is_space_char(std::uint32_t c) { return K::is_space(c); }
template <class K>
bool is_word_char(std::uint32_t c) { return !K::is_space(c); }

// CPython's split on runs of whitespace: leading and trailing whitespace
// never yield empty pieces, and once [maxsplit] splits are made the rest,
// minus its leading whitespace, is the last piece. A negative [maxsplit]
// never counts down to 0, so it means "no limit".
template <class K>
Result<std::vector<std::string_view>> split_whitespace(std::string_view s, std::int64_t maxsplit) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    for (; maxsplit != 0; --maxsplit) {
        i = skip_forward<K>(s, i, is_space_char<K>);
        if (i == s.size()) break;
        std::size_t end = skip_forward<K>(s, i, is_word_char<K>);
        out.push_back(s.substr(i, end - i));
        i = end;
        MINIPY_TRY(poll_breaker());
    }
    i = skip_forward<K>(s, i, is_space_char<K>);
    if (i < s.size()) out.push_back(s.substr(i));
    return out;
}

template <class K>
Result<std::vector<std::string_view>> rsplit_whitespace(std::string_view s, std::int64_t maxsplit) {
    std::vector<std::string_view> out;
    std::size_t i = s.size();
    for (; maxsplit != 0; --maxsplit) {
        i = skip_backward<K>(s, i, is_space_char<K>);
        if (i == 0) break;
        std::size_t begin = skip_backward<K>(s, i, is_word_char<K>);
        out.push_back(s.substr(begin, i - begin));
        i = begin;
        MINIPY_TRY(poll_breaker());
    }
    i = skip_backward<K>(s, i, is_space_char<K>);
    if (i > 0) out.push_back(s.substr(0, i));
    std::reverse(out.begin(), out.end());
    return out;
}

Result<std::vector<std::string_view>> split_on(std::string_view s, std::string_view sep, std::int64_t maxsplit) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    for (; maxsplit != 0; --maxsplit) {
        std::size_t at = s.find(sep, i);
        if (at == std::string_view::npos) break;
        out.push_back(s.substr(i, at - i));
        i = at + sep.size();
        MINIPY_TRY(poll_breaker());
    }
    out.push_back(s.substr(i));
    return out;
}

Result<std::vector<std::string_view>> rsplit_on(std::string_view s, std::string_view sep, std::int64_t maxsplit) {
    std::vector<std::string_view> out;
    std::size_t end = s.size();
    for (; maxsplit != 0 && end >= sep.size(); --maxsplit) {
        std::size_t at = s.rfind(sep, end - sep.size());
        if (at == std::string_view::npos) break;
        out.push_back(s.substr(at + sep.size(), end - at - sep.size()));
        end = at;
        MINIPY_TRY(poll_breaker());
    }
    out.push_back(s.substr(0, end));
    std::reverse(out.begin(), out.end());
    return out;
}

template <class K>
Value pieces_to_list(const std::vector<std::string_view>& pieces) {
    std::vector<Value> items;
    items.reserve(pieces.size());
    for (std::string_view p : pieces) items.push_back(K::make(p));
    return make_list(std::move(items));
}

template <class K, bool from_right>
Result<Value> split_method(Value self, const CallArgs& args) {
    Value a[2];
    MINIPY_TRY(bind_args(args, from_right ? "rsplit" : "split", {"sep", "maxsplit"}, 0, a));
    std::int64_t maxsplit = a[1].is_null() ? -1 : MINIPY_TRY(ssize_arg(a[1]));
    std::string_view s = K::view(self);
    std::vector<std::string_view> pieces;
    if (omitted(a[0])) {
        pieces = from_right ? MINIPY_TRY(rsplit_whitespace<K>(s, maxsplit)) : MINIPY_TRY(split_whitespace<K>(s, maxsplit));
    } else {
        std::string_view sep = MINIPY_TRY(K::require(a[0], "must be str or None, not {}"));
        if (sep.empty()) return raise_error(g_exc.ValueError, "empty separator");
        pieces = from_right ? MINIPY_TRY(rsplit_on(s, sep, maxsplit)) : MINIPY_TRY(split_on(s, sep, maxsplit));
    }
    return pieces_to_list<K>(pieces);
}

template <class K>
Result<Value> splitlines_method(Value self, const CallArgs& args) {
    Value a[1];
    MINIPY_TRY(bind_args(args, "splitlines", {"keepends"}, 0, a));
    bool keepends = a[0].is_null() ? false : MINIPY_TRY(ssize_arg(a[0])) != 0;
    std::string_view s = K::view(self);
    std::vector<std::string_view> lines;
    std::size_t begin = 0;
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t line_end = pos;
        std::uint32_t c = K::next_char(s, pos);
        if (!K::is_linebreak(c)) continue;
        if (c == '\r' && pos < s.size() && s[pos] == '\n') ++pos;  // "\r\n" is one break
        lines.push_back(s.substr(begin, (keepends ? pos : line_end) - begin));
        begin = pos;
    }
    if (begin < s.size()) lines.push_back(s.substr(begin));
    return pieces_to_list<K>(lines);
}

// ---- join ----

template <class K>
Result<Value> join_method(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, qualified<K>("join"), 1, 1));
    Value iterable = args[0];
    // Like CPython's PySequence_Fast: a list or tuple is read in place;
    // anything else is drained into a rooted vector first, since its
    // iterator may run Python code (and so a collection) between items.
    std::vector<Value> drained;
    RootVector root_drained(drained);
    const std::vector<Value>* items = &drained;
    if (is_list(iterable)) {
        items = &iterable.as<ListObject>()->items;
    } else if (is_tuple(iterable)) {
        items = &iterable.as<TupleObject>()->items;
    } else {
        auto it = iter(iterable);
        if (it.is_error()) {
            if (!exception_matches(g_exc.TypeError)) return kError;
            clear_exception();
            return raise_error(g_exc.TypeError, "can only join an iterable");
        }
        Root root_it(it.value());
        for (;;) {
            Value item = MINIPY_TRY(next(root_it.get()));
            if (item.is_exhausted()) break;
            drained.push_back(item);
        }
    }
    if (items->size() == 1 && K::check((*items)[0])) return (*items)[0];
    std::string_view sep = K::view(self);
    std::size_t total = 0;
    for (std::size_t i = 0; i < items->size(); ++i) {
        Value item = (*items)[i];
        if (!K::check(item)) return K::bad_join_item(i, item);
        total += K::view(item).size() + (i ? sep.size() : 0);
    }
    std::string out;
    out.reserve(total);
    for (std::size_t i = 0; i < items->size(); ++i) {
        if (i) out += sep;
        out += K::view((*items)[i]);
        MINIPY_TRY(poll_breaker());
    }
    return K::make_owned(std::move(out));
}

// ---- strip, lstrip, rstrip ----

enum class Strip { Both, Left, Right };

constexpr const char* strip_name(Strip which) {
    return which == Strip::Both ? "strip" : which == Strip::Left ? "lstrip" : "rstrip";
}

template <class K, Strip which>
Result<Value> strip_method(Value self, const CallArgs& args) {
    constexpr const char* name = strip_name(which);
    MINIPY_TRY(check_clinic_args<K>(args, name, 0, 1));
    bool whitespace = args.nargs == 0 || args[0].is_none();
    std::vector<std::uint32_t> chars;  // the characters to strip, unless whitespace
    if (!whitespace) {
        std::string_view set = MINIPY_TRY(K::require(args[0], std::string(name) + " arg must be None or str"));
        for (std::size_t pos = 0; pos < set.size();) chars.push_back(K::next_char(set, pos));
    }
    auto strippable = [&](std::uint32_t c) {
        return whitespace ? K::is_space(c) : std::find(chars.begin(), chars.end(), c) != chars.end();
    };
    std::string_view s = K::view(self);
    std::size_t end = which == Strip::Left ? s.size() : skip_backward<K>(s, s.size(), strippable);
    std::size_t begin = which == Strip::Right ? 0 : skip_forward<K>(s.substr(0, end), 0, strippable);
    if (begin == 0 && end == s.size()) return self;
    return K::make(s.substr(begin, end - begin));
}

// ---- replace, partition, removeprefix ----

template <class K>
Result<Value> replace_method(Value self, const CallArgs& args) {
    MINIPY_TRY(check_clinic_args<K>(args, "replace", 2, 3));
    std::string_view old_text = MINIPY_TRY(K::require(args[0], "replace() argument 1 must be str, not {}"));
    std::string_view new_text = MINIPY_TRY(K::require(args[1], "replace() argument 2 must be str, not {}"));
    std::int64_t count = args.nargs > 2 ? MINIPY_TRY(ssize_arg(args[2])) : -1;  // negative: no limit
    std::string_view s = K::view(self);
    std::string out;
    std::size_t i = 0;
    bool replaced = false;
    if (old_text.empty()) {
        // CPython inserts [new_text] before every character and at the end,
        // at most [count] times: 'abc'.replace('', '-') == '-a-b-c-'.
        for (; count != 0; --count) {
            out += new_text;
            replaced = true;
            if (i == s.size()) break;
            std::size_t from = i;
            K::next_char(s, i);
            out += s.substr(from, i - from);
        }
    } else {
        for (; count != 0; --count) {
            std::size_t at = s.find(old_text, i);
            if (at == std::string_view::npos) break;
            out += s.substr(i, at - i);
            out += new_text;
            replaced = true;
            i = at + old_text.size();
            MINIPY_TRY(poll_breaker());
        }
    }
    if (!replaced) return self;
    out += s.substr(i);
    return K::make_owned(std::move(out));
}

template <class K, bool from_right>
Result<Value> partition_method(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, qualified<K>(from_right ? "rpartition" : "partition"), 1, 1));
    std::string_view sep = MINIPY_TRY(K::require(args[0], "must be str, not {}"));
    if (sep.empty()) return raise_error(g_exc.ValueError, "empty separator");
    std::string_view s = K::view(self);
    std::size_t at = from_right ? s.rfind(sep) : s.find(sep);
    Value empty = K::make("");
    if (at == std::string_view::npos) return from_right ? make_tuple({empty, empty, self}) : make_tuple({self, empty, empty});
    return make_tuple({K::make(s.substr(0, at)), args[0], K::make(s.substr(at + sep.size()))});
}

template <class K, bool suffix>
Result<Value> remove_affix_method(Value self, const CallArgs& args) {
    constexpr const char* name = suffix ? "removesuffix" : "removeprefix";
    MINIPY_TRY(check_positional(args, qualified<K>(name), 1, 1));
    std::string_view affix = MINIPY_TRY(K::require(args[0], std::string(name) + "() argument must be str, not {}"));
    std::string_view s = K::view(self);
    if (affix.empty() || !(suffix ? s.ends_with(affix) : s.starts_with(affix))) return self;
    return K::make(suffix ? s.substr(0, s.size() - affix.size()) : s.substr(affix.size()));
}

// ---- case conversion (str only) ----

enum class Case { Upper, Lower, Casefold, Swapcase, Capitalize, Title };

constexpr const char* case_name(Case op) {
    switch (op) {
        case Case::Upper: return "str.upper";
        case Case::Lower: return "str.lower";
        case Case::Casefold: return "str.casefold";
        case Case::Swapcase: return "str.swapcase";
        case Case::Capitalize: return "str.capitalize";
        case Case::Title: return "str.title";
    }
    return "";
}

// The fast path for pure ASCII text, where every mapping is one byte.
std::string convert_ascii_case(std::string_view s, Case op) {
    std::string out(s);
    bool previous_is_cased = false;
    for (std::size_t i = 0; i < out.size(); ++i) {
        char& c = out[i];
        bool upper = c >= 'A' && c <= 'Z';
        bool lower = c >= 'a' && c <= 'z';
        bool want_upper = false;
        switch (op) {
            case Case::Upper: want_upper = true; break;
            case Case::Lower: case Case::Casefold: want_upper = false; break;
            case Case::Swapcase: want_upper = lower; break;
            case Case::Capitalize: want_upper = i == 0; break;
            case Case::Title: want_upper = !previous_is_cased; break;
        }
        if (want_upper && lower) c = static_cast<char>(c - 32);
        else if (!want_upper && upper) c = static_cast<char>(c + 32);
        previous_is_cased = upper || lower;
    }
    return out;
}

// CPython's Final_Sigma test for a capital sigma at [i]: a cased letter
// before it and none after it, skipping case-ignorable characters both ways.
bool is_final_sigma(const std::vector<std::uint32_t>& cps, std::size_t i) {
    std::size_t before = i;
    while (before > 0 && unicode::is_case_ignorable(cps[before - 1])) --before;
    if (before == 0 || !unicode::is_cased(cps[before - 1])) return false;
    std::size_t after = i + 1;
    while (after < cps.size() && unicode::is_case_ignorable(cps[after])) ++after;
    return after == cps.size() || !unicode::is_cased(cps[after]);
}

unicode::CaseMapping lower_at(const std::vector<std::uint32_t>& cps, std::size_t i) {
    return unicode::to_lower(cps[i], cps[i] == 0x3A3 && is_final_sigma(cps, i));
}

std::string convert_case(std::string_view s, Case op) {
    std::vector<std::uint32_t> cps;
    for (std::size_t pos = 0; pos < s.size();) cps.push_back(decode_utf8(s, pos));
    std::string out;
    out.reserve(s.size());
    bool previous_is_cased = false;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        std::uint32_t c = cps[i];
        unicode::CaseMapping m{{c, 0, 0}, 1};
        switch (op) {
            case Case::Upper: m = unicode::to_upper(c); break;
            case Case::Lower: m = lower_at(cps, i); break;
            case Case::Casefold: m = unicode::casefold(c); break;
            case Case::Swapcase:
                if (unicode::is_upper(c)) m = lower_at(cps, i);
                else if (unicode::is_lower(c)) m = unicode::to_upper(c);
                break;
            case Case::Capitalize: m = i == 0 ? unicode::to_title(c) : lower_at(cps, i); break;
            case Case::Title:
                m = previous_is_cased ? lower_at(cps, i) : unicode::to_title(c);
                previous_is_cased = unicode::is_cased(c);
                break;
        }
        for (int k = 0; k < m.count; ++k) append_utf8(out, m.chars[k]);
    }
    return out;
}

template <Case op>
Result<Value> case_method(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, case_name(op), 0, 0));
    auto* s = self.as<StrObject>();
    return make_str_owned(s->ascii ? convert_ascii_case(s->view(), op) : convert_case(s->view(), op));
}

// ---- the is*() predicates (str only) ----

enum class Class { Alpha, Alnum, Decimal, Digit, Numeric, Space, Printable, Ascii, Identifier, Upper, Lower, Title };

constexpr const char* class_name(Class c) {
    switch (c) {
        case Class::Alpha: return "str.isalpha";
        case Class::Alnum: return "str.isalnum";
        case Class::Decimal: return "str.isdecimal";
        case Class::Digit: return "str.isdigit";
        case Class::Numeric: return "str.isnumeric";
        case Class::Space: return "str.isspace";
        case Class::Printable: return "str.isprintable";
        case Class::Ascii: return "str.isascii";
        case Class::Identifier: return "str.isidentifier";
        case Class::Upper: return "str.isupper";
        case Class::Lower: return "str.islower";
        case Class::Title: return "str.istitle";
    }
    return "";
}

bool in_class(Class c, std::uint32_t cp) {
    switch (c) {
        case Class::Alpha: return unicode::is_alpha(cp);
        case Class::Alnum:
            return unicode::is_alpha(cp) || unicode::is_numeric(cp);  // numeric covers decimal and digit
        case Class::Decimal: return unicode::is_decimal(cp);
        case Class::Digit: return unicode::is_digit(cp);
        case Class::Numeric: return unicode::is_numeric(cp);
        case Class::Space: return unicode::is_space(cp);
        case Class::Printable: return unicode::is_printable(cp);
        default: return false;
    }
}

// isupper/islower: at least one cased character, and none of the other
// case or titlecase.
bool has_only_case(const std::vector<std::uint32_t>& cps, bool upper) {
    bool cased = false;
    for (std::uint32_t c : cps) {
        if (unicode::is_title(c) || (upper ? unicode::is_lower(c) : unicode::is_upper(c))) return false;
        if (upper ? unicode::is_upper(c) : unicode::is_lower(c)) cased = true;
    }
    return cased;
}

// istitle: upper- or titlecase only after uncased characters, lowercase
// only after cased ones.
bool is_titlecased(const std::vector<std::uint32_t>& cps) {
    bool cased = false, previous_is_cased = false;
    for (std::uint32_t c : cps) {
        if (unicode::is_upper(c) || unicode::is_title(c)) {
            if (previous_is_cased) return false;
            previous_is_cased = cased = true;
        } else if (unicode::is_lower(c)) {
            if (!previous_is_cased) return false;
            previous_is_cased = cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    return cased;
}

template <Class cls>
Result<Value> class_method(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, class_name(cls), 0, 0));
    auto* s = self.as<StrObject>();
    if (cls == Class::Ascii) return Value::boolean(s->ascii);
    std::vector<std::uint32_t> cps;
    for (std::size_t pos = 0; pos < s->data.size();) cps.push_back(decode_utf8(s->view(), pos));
    switch (cls) {
        case Class::Upper: return Value::boolean(has_only_case(cps, true));
        case Class::Lower: return Value::boolean(has_only_case(cps, false));
        case Class::Title: return Value::boolean(is_titlecased(cps));
        case Class::Identifier: {
            if (cps.empty() || !unicode::is_xid_start(cps[0])) return Value::boolean(false);
            return Value::boolean(std::all_of(cps.begin() + 1, cps.end(), unicode::is_xid_continue));
        }
        default: break;
    }
    // CPython: the empty string is printable but nothing else.
    if (cps.empty()) return Value::boolean(cls == Class::Printable);
    return Value::boolean(std::all_of(cps.begin(), cps.end(), [](std::uint32_t c) { return in_class(cls, c); }));
}

// ---- padding: center, ljust, rjust, zfill, expandtabs (str only) ----

enum class Justify { Left, Right, Center };

template <Justify how>
Result<Value> justify_method(Value self, const CallArgs& args) {
    constexpr const char* name = how == Justify::Left ? "ljust" : how == Justify::Right ? "rjust" : "center";
    MINIPY_TRY(check_clinic_args<StrKind>(args, name, 1, 2));
    std::int64_t width = MINIPY_TRY(ssize_arg(args[0]));
    std::string_view fill = " ";
    if (args.nargs > 1) {
        if (!is_str(args[1]))
            return raise_error(g_exc.TypeError, "The fill character must be a unicode character, not {}",
                               {type_name(args[1])});
        if (args[1].as<StrObject>()->length != 1)
            return raise_error(g_exc.TypeError, "The fill character must be exactly one character long");
        fill = str_view(args[1]);
    }
    std::int64_t len = StrKind::length(self);
    if (width <= len) return self;
    std::int64_t margin = width - len;
    // CPython's pad(): center puts the odd character on the right, except
    // when both margin and width are odd.
    std::int64_t left = how == Justify::Left ? 0 : how == Justify::Right ? margin : margin / 2 + (margin & width & 1);
    std::string out;
    out.reserve(static_cast<std::size_t>(margin) * fill.size() + str_view(self).size());
    for (std::int64_t i = 0; i < left; ++i) out += fill;
    out += str_view(self);
    for (std::int64_t i = left; i < margin; ++i) out += fill;
    return make_str_owned(std::move(out));
}

Result<Value> zfill_method(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "str.zfill", 1, 1));
    std::int64_t width = MINIPY_TRY(ssize_arg(args[0]));
    std::int64_t len = StrKind::length(self);
    if (width <= len) return self;
    std::string_view s = str_view(self);
    auto zeros = static_cast<std::size_t>(width - len);
    std::string out(zeros, '0');
    out += s;
    // The sign, if any, moves in front of the zeros.
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        out[0] = s[0];
        out[zeros] = '0';
    }
    return make_str_owned(std::move(out));
}

Result<Value> expandtabs_method(Value self, const CallArgs& args) {
    Value a[1];
    MINIPY_TRY(bind_args(args, "expandtabs", {"tabsize"}, 0, a));
    std::int64_t tabsize = a[0].is_null() ? 8 : MINIPY_TRY(ssize_arg(a[0]));
    std::string_view s = str_view(self);
    std::string out;
    std::int64_t column = 0;
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t from = pos;
        std::uint32_t c = decode_utf8(s, pos);
        if (c == '\t') {
            if (tabsize > 0) {
                std::int64_t spaces = tabsize - column % tabsize;
                out.append(static_cast<std::size_t>(spaces), ' ');
                column += spaces;
            }
        } else {
            out += s.substr(from, pos - from);
            column = (c == '\n' || c == '\r') ? 0 : column + 1;
        }
    }
    return make_str_owned(std::move(out));
}

// ---- encode and __format__ (str only) ----

Result<Value> encode_method(Value self, const CallArgs& args) {
    Value a[2];
    MINIPY_TRY(bind_args(args, "encode", {"encoding", "errors"}, 0, a));
    std::string_view encoding = "utf-8", errors = "strict";
    if (!a[0].is_null()) encoding = MINIPY_TRY(StrKind::require(a[0], "encode() argument 'encoding' must be str, not {}"));
    if (!a[1].is_null()) errors = MINIPY_TRY(StrKind::require(a[1], "encode() argument 'errors' must be str, not {}"));
    return encode_str(self, encoding, errors);
}

Result<Value> format_dunder_method(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "str.__format__", 1, 1));
    std::string_view spec = MINIPY_TRY(StrKind::require(args[0], "__format__() argument must be str, not {}"));
    return format_value(self, spec);
}

// ---- registration ----

// A method name usable as a template argument (C++20 class-type NTTP), so
// that each registered method gets its own receiver check below.
template <std::size_t N>
struct MethodName {
    char text[N];
    constexpr MethodName(const char (&s)[N]) { std::copy_n(s, N, text); }
};

// Calls [fn] after checking the receiver: an unbound call such as
// `str.upper(5)` hands the method whatever came first.
template <class K, MethodName name, NativeFn fn>
Result<Value> checked(Value self, const CallArgs& args) {
    if (!K::check(self))
        return raise_error(g_exc.TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                           {name.text, K::kType, type_name(self)});
    return fn(self, args);
}

template <class K, MethodName name, NativeFn fn>
void def(TypeObject* type) {
    add_method(type, name.text, checked<K, name, fn>);
}

// The methods str and bytes share.
template <class K>
void add_text_methods(TypeObject* t) {
    def<K, "find", search_method<K, Search::Find>>(t);
    def<K, "rfind", search_method<K, Search::RFind>>(t);
    def<K, "index", search_method<K, Search::Index>>(t);
    def<K, "rindex", search_method<K, Search::RIndex>>(t);
    def<K, "count", search_method<K, Search::Count>>(t);
    def<K, "startswith", affix_method<K, false>>(t);
    def<K, "endswith", affix_method<K, true>>(t);
    def<K, "split", split_method<K, false>>(t);
    def<K, "rsplit", split_method<K, true>>(t);
    def<K, "splitlines", splitlines_method<K>>(t);
    def<K, "join", join_method<K>>(t);
    def<K, "strip", strip_method<K, Strip::Both>>(t);
    def<K, "lstrip", strip_method<K, Strip::Left>>(t);
    def<K, "rstrip", strip_method<K, Strip::Right>>(t);
    def<K, "replace", replace_method<K>>(t);
    def<K, "partition", partition_method<K, false>>(t);
    def<K, "rpartition", partition_method<K, true>>(t);
    def<K, "removeprefix", remove_affix_method<K, false>>(t);
    def<K, "removesuffix", remove_affix_method<K, true>>(t);
}

}  // namespace

void add_str_methods() {
    using K = StrKind;
    TypeObject* t = g_types.str;
    add_text_methods<K>(t);
    def<K, "upper", case_method<Case::Upper>>(t);
    def<K, "lower", case_method<Case::Lower>>(t);
    def<K, "casefold", case_method<Case::Casefold>>(t);
    def<K, "swapcase", case_method<Case::Swapcase>>(t);
    def<K, "capitalize", case_method<Case::Capitalize>>(t);
    def<K, "title", case_method<Case::Title>>(t);
    def<K, "isalpha", class_method<Class::Alpha>>(t);
    def<K, "isalnum", class_method<Class::Alnum>>(t);
    def<K, "isdecimal", class_method<Class::Decimal>>(t);
    def<K, "isdigit", class_method<Class::Digit>>(t);
    def<K, "isnumeric", class_method<Class::Numeric>>(t);
    def<K, "isspace", class_method<Class::Space>>(t);
    def<K, "isprintable", class_method<Class::Printable>>(t);
    def<K, "isascii", class_method<Class::Ascii>>(t);
    def<K, "isidentifier", class_method<Class::Identifier>>(t);
    def<K, "isupper", class_method<Class::Upper>>(t);
    def<K, "islower", class_method<Class::Lower>>(t);
    def<K, "istitle", class_method<Class::Title>>(t);
    def<K, "center", justify_method<Justify::Center>>(t);
    def<K, "ljust", justify_method<Justify::Left>>(t);
    def<K, "rjust", justify_method<Justify::Right>>(t);
    def<K, "zfill", zfill_method>(t);
    def<K, "expandtabs", expandtabs_method>(t);
    def<K, "encode", encode_method>(t);
    def<K, "format", str_format_method>(t);
    def<K, "format_map", str_format_map_method>(t);
    def<K, "__format__", format_dunder_method>(t);
}

void add_bytes_methods() {
    using K = BytesKind;
    TypeObject* t = g_types.bytes;
    add_text_methods<K>(t);
    def<K, "decode", bytes_decode_method>(t);
    def<K, "hex", bytes_hex_method>(t);
}

}  // namespace minipy::rt
