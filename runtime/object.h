// runtime/object.h: the header every heap object shares, the type object with
// its slots, and the tracer the collector marks through.
//
// A heap object is a C++ object deriving from Object: `type` is its Python
// type, `gc_next` threads it onto the heap's list of all objects, and
// trace() names every Value or Object* it holds so the mark phase can find
// them. Built-in types fill TypeSlots with C++ functions; user classes
// (issue 3) fill them with dispatchers to their dunder methods.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/result.h"
#include "runtime/value.h"

namespace minipy::rt {

struct TypeObject;
struct StrObject;
struct TupleObject;
struct DictObject;

// Gray stack of the mark phase: mark() pushes an unmarked object, the heap
// pops and traces until empty, so deep structures never recurse in C++.
class Tracer {
public:
    void mark(Value v) {
        if (v.is_object()) mark(v.as_object());
    }
    void mark(Object* o);
    std::vector<Object*>& gray() { return m_gray; }

private:
    std::vector<Object*> m_gray;
};

struct Object {
    TypeObject* type;
    Object* gc_next = nullptr;
    bool gc_marked = false;

    explicit Object(TypeObject* t) : type(t) {}
    Object(const Object&) = delete;
    Object& operator=(const Object&) = delete;
    virtual ~Object() = default;
    // Marks every Value/Object* this object holds (the type is marked by the heap).
    virtual void trace(Tracer&) {}
};

inline void Tracer::mark(Object* o) {
    if (o && !o->gc_marked) {
        o->gc_marked = true;
        m_gray.push_back(o);
    }
}

// Arguments of a call in CPython's vectorcall layout: [nargs] positional
// values, then one value per name in [kwnames]. The values live on the
// caller's VM stack or in a rooted C++ array, so they survive collection.
struct CallArgs {
    const Value* args = nullptr;
    std::size_t nargs = 0;
    TupleObject* kwnames = nullptr;

    std::size_t nkw() const;
    Value operator[](std::size_t i) const { return args[i]; }
    const Value* kwvalues() const { return args + nargs; }
};

// A built-in function or method body. [self] is the bound receiver for
// methods and null for plain functions.
using NativeFn = Result<Value> (*)(Value self, const CallArgs& args);

// The CPython BINARY_OP order; codegen emits these numbers as the argument.
enum class BinaryOp : std::uint8_t {
    Add, And, FloorDivide, LShift, MatMul, Multiply, Remainder, Or, Power, RShift,
    Subtract, TrueDivide, Xor,
    InplaceAdd, InplaceAnd, InplaceFloorDivide, InplaceLShift, InplaceMatMul,
    InplaceMultiply, InplaceRemainder, InplaceOr, InplacePower, InplaceRShift,
    InplaceSubtract, InplaceTrueDivide, InplaceXor,
};
inline constexpr int kBinaryOpCount = 13;  // ops before the in-place forms
// `x += y` computes as `x + y` unless the left operand mutates itself.
constexpr BinaryOp plain_op(BinaryOp op) { return static_cast<BinaryOp>(static_cast<int>(op) % kBinaryOpCount); }
constexpr bool is_inplace(BinaryOp op) { return static_cast<int>(op) >= kBinaryOpCount; }
// "+", "//", ... for messages and listings (without the "=" of in-place forms).
constexpr const char* binary_op_symbol(BinaryOp op) {
    constexpr const char* kSymbols[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
    return kSymbols[static_cast<int>(plain_op(op))];
}
// The CPython COMPARE_OP order.
enum class CompareOp : std::uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
constexpr const char* compare_op_symbol(CompareOp op) {
    constexpr const char* kSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
    return kSymbols[static_cast<int>(op)];
}
// The operator with the operands swapped: a < b is b > a.
constexpr CompareOp reflected(CompareOp op) {
    switch (op) {
        case CompareOp::Lt: return CompareOp::Gt;
        case CompareOp::Le: return CompareOp::Ge;
        case CompareOp::Gt: return CompareOp::Lt;
        case CompareOp::Ge: return CompareOp::Le;
        default: return op;
    }
}
enum class UnaryOp : std::uint8_t { Negative, Positive, Invert };

struct TypeSlots {
    Result<Value> (*repr)(Value self) = nullptr;
    Result<Value> (*str)(Value self) = nullptr;  // null: use repr
    Result<std::int64_t> (*hash)(Value self) = nullptr;  // null: identity hash
    // Returns NotImplemented to let the other operand try.
    Result<Value> (*compare)(Value a, Value b, CompareOp op) = nullptr;
    // Called for either operand's type; returns NotImplemented when it cannot.
    Result<Value> (*binary)(BinaryOp op, Value a, Value b) = nullptr;
    Result<Value> (*unary)(UnaryOp op, Value self) = nullptr;
    Result<bool> (*truthy)(Value self) = nullptr;  // null: len, else true
    Result<std::int64_t> (*len)(Value self) = nullptr;
    Result<Value> (*getitem)(Value self, Value key) = nullptr;
    // A null [value] deletes the item.
    Result<void> (*setitem)(Value self, Value key, Value value) = nullptr;
    Result<bool> (*contains)(Value self, Value item) = nullptr;
    Result<Value> (*iter)(Value self) = nullptr;
    // Returns Value::exhausted() at the end instead of raising StopIteration.
    Result<Value> (*next)(Value self) = nullptr;
    Result<Value> (*call)(Value self, const CallArgs& args) = nullptr;
    // Full attribute lookup override; null uses the generic lookup.
    Result<Value> (*getattr)(Value self, StrObject* name) = nullptr;
    // A null [value] deletes the attribute.
    Result<void> (*setattr)(Value self, StrObject* name, Value value) = nullptr;
    // What calling the type object does: `int("3")`, `list(x)`.
    Result<Value> (*construct)(TypeObject* type, const CallArgs& args) = nullptr;
};

struct TypeObject : Object {
    std::string name;
    std::string qualname;  // a Python class's __qualname__ ("f.<locals>.C"); empty: name
    TypeObject* base = nullptr;
    DictObject* dict = nullptr;  // methods and class attributes
    TypeSlots slots;
    bool is_exception = false;   // BaseException or a subclass
    // A Python class whose own dict holds a property: instance attribute
    // lookups must then check the class before the instance dict.
    bool has_properties = false;
    // A Python class that defines __setattr__ or __delattr__ itself (the
    // chain decides: see class_object.cpp).
    bool custom_setattr = false;
    bool is_builtin = true;      // a C++ type, not a user `class`

    TypeObject(TypeObject* meta, std::string n, TypeObject* b) : Object(meta), name(std::move(n)), base(b) {}
    void trace(Tracer& t) override;
    bool is_subtype_of(const TypeObject* other) const {
        for (const TypeObject* t = this; t; t = t->base)
            if (t == other) return true;
        return false;
    }
};

// The built-in types, created once at start-up by rt::init_types() and
// rooted by the heap for the life of the process.
struct BuiltinTypes {
    TypeObject* object = nullptr;
    TypeObject* type = nullptr;
    TypeObject* none = nullptr;
    TypeObject* not_implemented = nullptr;
    TypeObject* ellipsis = nullptr;
    TypeObject* bool_ = nullptr;
    TypeObject* int_ = nullptr;
    TypeObject* float_ = nullptr;
    TypeObject* str = nullptr;
    TypeObject* bytes = nullptr;
    TypeObject* list = nullptr;
    TypeObject* tuple = nullptr;
    TypeObject* dict = nullptr;
    TypeObject* set = nullptr;
    TypeObject* frozenset = nullptr;
    TypeObject* range = nullptr;
    TypeObject* slice = nullptr;
    TypeObject* function = nullptr;
    TypeObject* generator = nullptr;  // made by vm/generator.cpp
    TypeObject* builtin_function = nullptr;
    TypeObject* method = nullptr;
    TypeObject* module = nullptr;
    TypeObject* code = nullptr;
    TypeObject* cell = nullptr;
    TypeObject* traceback = nullptr;
    TypeObject* frame = nullptr;
    // Iterator types.
    TypeObject* list_iterator = nullptr;
    TypeObject* tuple_iterator = nullptr;
    TypeObject* range_iterator = nullptr;
    TypeObject* str_iterator = nullptr;
    TypeObject* dict_keyiterator = nullptr;
    TypeObject* dict_valueiterator = nullptr;
    TypeObject* dict_itemiterator = nullptr;
    TypeObject* set_iterator = nullptr;
    TypeObject* bytes_iterator = nullptr;
    TypeObject* dict_keys = nullptr;
    TypeObject* dict_values = nullptr;
    TypeObject* dict_items = nullptr;
    TypeObject* enumerate = nullptr;
    TypeObject* zip = nullptr;
    TypeObject* map = nullptr;
    TypeObject* filter = nullptr;
    TypeObject* reversed = nullptr;
    TypeObject* callable_iterator = nullptr;
};
extern BuiltinTypes g_types;

// The singletons that are heap objects.
extern Value g_not_implemented;
extern Value g_ellipsis;

// The Python type of any value.
inline TypeObject* type_of(Value v) {
    if (v.is_object()) return v.as_object()->type;
    if (v.is_small_int()) return g_types.int_;
    if (v.is_double()) return g_types.float_;
    if (v.is_none()) return g_types.none;
    return g_types.bool_;
}

// Creates a built-in type named [name] deriving from [base] (object when
// null), with an empty method dict; it lives for the whole process.
TypeObject* make_builtin_type(std::string name, TypeObject* base);

inline bool is_type(Value v, const TypeObject* t) { return v.is_object() && v.as_object()->type == t; }
inline bool isinstance_of(Value v, const TypeObject* t) { return type_of(v)->is_subtype_of(t); }

}  // namespace minipy::rt
