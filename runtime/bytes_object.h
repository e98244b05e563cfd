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

void init_bytes_type();
// Registers bytes' search/split/strip/join methods, which share their code
// with str's; runtime/str_methods.cpp, called by init_bytes_type.
void add_bytes_text_methods();

}  // namespace minipy::rt
