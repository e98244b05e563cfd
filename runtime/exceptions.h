// runtime/exceptions.h: exception objects, the built-in exception hierarchy,
// and raise_error(), the one way C++ code raises a Python exception.
//
// Raising stores the exception in the thread state and returns Error; the
// caller propagates it with MINIPY_TRY until the eval loop unwinds to a
// handler. Messages use CPython's exact wording; the ones used in several
// places are named in `msg` below so the wording lives in one place.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "runtime/object.h"

namespace minipy::rt {

// One line of a traceback: where the exception passed through.
struct TracebackEntry {
    StrObject* filename;
    StrObject* function;
    int line;
    // Columns of the failing operation (see vm::SourceSpan); col < 0: unknown.
    int end_line = 0;
    int col = -1;
    int end_col = -1;
};

struct ExceptionObject : Object {
    Value args;                       // a tuple
    std::vector<TracebackEntry> traceback;  // innermost first
    Value cause = Value::none();      // `raise X from Y`
    Value context = Value::none();    // the exception being handled when raised
    bool suppress_context = false;
    DictObject* dict = nullptr;       // attributes set by user code (e.g. `value` of StopIteration)

    ExceptionObject(TypeObject* t, Value a);
    void trace(Tracer& t) override;
};

struct ExceptionTypes {
    TypeObject *BaseException, *SystemExit, *KeyboardInterrupt, *GeneratorExit, *Exception,
        *ArithmeticError, *ZeroDivisionError, *OverflowError, *FloatingPointError,
        *LookupError, *IndexError, *KeyError, *ValueError, *UnicodeError, *UnicodeEncodeError,
        *UnicodeDecodeError, *TypeError,
        *NameError, *UnboundLocalError, *AttributeError, *RuntimeError, *RecursionError,
        *NotImplementedError, *StopIteration, *StopAsyncIteration, *AssertionError,
        *ImportError, *ModuleNotFoundError, *MemoryError, *SyntaxError, *IndentationError,
        *TabError, *EOFError, *OSError, *BrokenPipeError, *ChildProcessError,
        *InterruptedError, *TimeoutError, *FileNotFoundError, *FileExistsError,
        *PermissionError, *ProcessLookupError, *IsADirectoryError, *NotADirectoryError,
        *ConnectionError, *BufferError, *Warning, *UserWarning, *DeprecationWarning,
        *RuntimeWarning;
};
extern ExceptionTypes g_exc;

// Every built-in exception type, for the builtins module.
const std::vector<TypeObject*>& all_exception_types();

namespace msg {
inline constexpr const char* kDivisionByZero = "division by zero";
inline constexpr const char* kIntDivisionByZero = "integer division or modulo by zero";
inline constexpr const char* kFloatDivisionByZero = "float division by zero";
inline constexpr const char* kFloatModuloByZero = "float modulo";
inline constexpr const char* kNotCallable = "'{}' object is not callable";
inline constexpr const char* kNotSubscriptable = "'{}' object is not subscriptable";
inline constexpr const char* kNotIterable = "'{}' object is not iterable";
inline constexpr const char* kNoAttribute = "'{}' object has no attribute '{}'";
inline constexpr const char* kModuleNoAttribute = "module '{}' has no attribute '{}'";
inline constexpr const char* kUnsupportedBinary = "unsupported operand type(s) for {}: '{}' and '{}'";
inline constexpr const char* kUnsupportedCompare = "'{}' not supported between instances of '{}' and '{}'";
inline constexpr const char* kBadUnary = "bad operand type for unary {}: '{}'";
inline constexpr const char* kNameNotDefined = "name '{}' is not defined";
inline constexpr const char* kUnboundLocal = "cannot access local variable '{}' where it is not associated with a value";
inline constexpr const char* kFreeVarUnbound = "cannot access free variable '{}' where it is not associated with a value in enclosing scope";
inline constexpr const char* kUnhashable = "unhashable type: '{}'";
inline constexpr const char* kIndicesMustBeInt = "{} indices must be integers or slices, not {}";
inline constexpr const char* kIndexOutOfRange = "{} index out of range";
inline constexpr const char* kNoLen = "object of type '{}' has no len()";
inline constexpr const char* kTooManyToUnpack = "too many values to unpack (expected {})";
inline constexpr const char* kNotEnoughToUnpack = "not enough values to unpack (expected {}, got {})";
inline constexpr const char* kRecursion = "maximum recursion depth exceeded";
inline constexpr const char* kIntTooLargeForFloat = "int too large to convert to float";
}  // namespace msg

// Substitutes each "{}" in [fmt] with the next argument.
std::string format_message(std::string_view fmt, std::initializer_list<std::string_view> args);

// Sets the pending exception and returns Error.
Error raise(Value exception);
Error raise_error(TypeObject* type, std::string_view message);
Error raise_error(TypeObject* type, std::string_view fmt, std::initializer_list<std::string_view> args);
// KeyError(key): its message is the repr of the key.
Error raise_key_error(Value key);
// OSError subclass chosen by errno, with CPython's "[Errno N] text" message.
Error raise_os_error(int err, std::string_view filename = {});

// Creates an exception instance of [type] with the given args tuple.
Value make_exception(TypeObject* type, Value args_tuple);
Value make_exception(TypeObject* type, std::string_view message);
inline bool is_exception(Value v) { return v.is_object() && v.as_object()->type->is_exception; }

// The pending exception (set by raise), or null.
Value pending_exception();
// Takes the pending exception out of the thread state.
Value take_exception();
void clear_exception();
// True if the pending exception is an instance of [type]; does not clear.
bool exception_matches(TypeObject* type);

void init_exception_types();

}  // namespace minipy::rt
