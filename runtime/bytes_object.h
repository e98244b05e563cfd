// runtime/bytes_object.h: Python bytes, an immutable byte string, and the
// codecs between str and bytes (UTF-8, ASCII, Latin-1 with the strict,
// replace and ignore error handlers).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace minipy::rt {

struct BytesObject : Object {
    std::string data;
    std::int64_t hash = -1;  // -1: not computed yet
    explicit BytesObject(std::string d);
    std::string_view view() const { return data; }
};

Value make_bytes(std::string_view data);
// Like make_bytes, but takes over [data] instead of copying it.
Value make_bytes_owned(std::string data);
inline bool is_bytes(Value v) { return v.is_object() && v.as_object()->type == g_types.bytes; }
inline std::string_view bytes_view(Value v) { return v.as<BytesObject>()->view(); }

// repr() of bytes: b'...' with CPython's choice of quotes and \xNN escapes.
std::string bytes_repr(std::string_view data);

// str.encode / bytes.decode. [encoding] is any spelling CPython accepts for
// utf-8, ascii or latin-1 (LookupError "unknown encoding: x" otherwise);
// [errors] is "strict", "replace" or "ignore". Failures raise
// UnicodeEncodeError/UnicodeDecodeError with CPython's messages (as
// UnicodeError while the exception table lacks those subclasses).
Result<Value> encode_str(Value str, std::string_view encoding, std::string_view errors);
Result<Value> decode_bytes(std::string_view data, std::string_view encoding, std::string_view errors);

// bytes.decode(encoding='utf-8', errors='strict') and bytes.hex(sep, bytes_per_sep).
Result<Value> bytes_decode_method(Value self, const CallArgs& args);
Result<Value> bytes_hex_method(Value self, const CallArgs& args);

void init_bytes_type();
// Registers bytes' methods; runtime/str_methods.cpp, which writes the
// search/split/strip/join methods once for str and bytes. Called by
// init_bytes_type.
void add_bytes_methods();

}  // namespace minipy::rt
