// runtime/int_object.cpp: Python int and bool. Small ints are computed with
// int64 arithmetic and overflow checks; anything wider goes through GMP, and
// every result is normalised back to a small int when it fits (the invariant
// int_object.h promises). Also: CPython's int hash, int <-> str and
// int <-> float conversions with CPython's rounding and error messages.
#include "runtime/int_object.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

#include "runtime/args.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/heap.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/unicode_ctype.h"

namespace minipy::rt {

BigIntObject::BigIntObject() : Object(g_types.int_) { mpz_init(value); }
BigIntObject::~BigIntObject() { mpz_clear(value); }

namespace {

// An owned GMP temporary.
class Mpz {
public:
    Mpz() { mpz_init(m_z); }
    explicit Mpz(std::int64_t i) { mpz_init_set_si(m_z, i); }
    ~Mpz() { mpz_clear(m_z); }
    Mpz(const Mpz&) = delete;
    Mpz& operator=(const Mpz&) = delete;
    mpz_ptr get() { return m_z; }

private:
    mpz_t m_z;
};

// Any int-like Value seen as an mpz: borrows a BigInt's digits, or holds a
// temporary for a small int or bool. Read-only.
class MpzView {
public:
    explicit MpzView(Value v) {
        if (v.is_object()) {
            m_ptr = v.as<BigIntObject>()->value;
        } else {
            mpz_init_set_si(m_local, v.is_small_int() ? v.as_small_int() : (v.is_true() ? 1 : 0));
            m_ptr = m_local;
            m_owned = true;
        }
    }
    ~MpzView() {
        if (m_owned) mpz_clear(m_local);
    }
    MpzView(const MpzView&) = delete;
    MpzView& operator=(const MpzView&) = delete;
    mpz_srcptr get() const { return m_ptr; }

private:
    mpz_t m_local;
    mpz_srcptr m_ptr;
    bool m_owned = false;
};

// Results wider than this many bits raise MemoryError instead of asking GMP,
// which aborts the process when it cannot allocate (512 MiB per int).
constexpr std::uint64_t kMaxBits = std::uint64_t{1} << 32;

// CPython 3.11's default sys.get_int_max_str_digits(): decimal conversion of
// longer ints raises ValueError (CVE-2020-10735).
// FIXME: sys.set_int_max_str_digits() cannot change it yet.
constexpr std::size_t kMaxStrDigits = 4300;

// The modulus of CPython's numeric hash, 2**61 - 1 (Python/pyhash.c).
constexpr std::uint64_t kHashModulus = (std::uint64_t{1} << 61) - 1;

// Small ints and bools as int64 (the caller has checked !is_object()).
inline std::int64_t small_value(Value v) { return v.is_small_int() ? v.as_small_int() : (v.is_true() ? 1 : 0); }

// Moves [z] into a new int Value without copying its digits.
Value take_mpz(Mpz& z) {
    if (mpz_fits_slong_p(z.get())) {
        long l = mpz_get_si(z.get());
        if (Value::fits_small(l)) return Value::small_int(l);
    }
    auto* big = make<BigIntObject>();
    mpz_swap(big->value, z.get());
    return Value::object(big);
}

Error memory_error() { return raise(make_exception(g_exc.MemoryError, empty_tuple())); }

Error overflow_to_float() { return raise_error(g_exc.OverflowError, msg::kIntTooLargeForFloat); }

// Rounds |[z]| to the nearest double, ties to even (CPython's
// PyLong_AsDouble; GMP's mpz_get_d truncates instead). Infinity if too big.
double mpz_to_double_rounded(mpz_srcptr z) {
    std::size_t bits = mpz_sizeinbase(z, 2);
    if (bits <= 53) return std::fabs(mpz_get_d(z));  // exact
    if (bits > 1025) return HUGE_VAL;
    // Keep 54 bits: the 53 of the mantissa and the rounding bit.
    std::size_t shift = bits - 54;
    Mpz top;
    mpz_tdiv_q_2exp(top.get(), z, shift);
    std::uint64_t q = mpz_getlimbn(top.get(), 0);  // limbs hold the absolute value
    bool round_bit = q & 1;
    q >>= 1;
    bool sticky = shift > 0 && mpz_scan1(z, 0) < shift;
    if (round_bit && (sticky || (q & 1))) ++q;
    return std::ldexp(static_cast<double>(q), static_cast<int>(shift + 1));
}

// a / b correctly rounded, for operands that are not both exact doubles
// (CPython's long_true_divide). [b] is non-zero.
Result<Value> big_true_divide(mpz_srcptr a, mpz_srcptr b) {
    bool negative = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0) return Value::number(negative ? -0.0 : 0.0);
    Mpz num, den;
    mpz_abs(num.get(), a);
    mpz_abs(den.get(), b);
    // The quotient lies in (2**(e-1), 2**(e+1)).
    long e = static_cast<long>(mpz_sizeinbase(num.get(), 2)) - static_cast<long>(mpz_sizeinbase(den.get(), 2));
    if (e > 1025) return raise_error(g_exc.OverflowError, "integer division result too large for a float");
    if (e < -1080) return Value::number(negative ? -0.0 : 0.0);
    // Scale so the integer quotient has at least 55 bits: 53 kept, a
    // rounding bit, and room for the sticky bit below it.
    long scale = 55 - e;
    if (scale >= 0) mpz_mul_2exp(num.get(), num.get(), static_cast<mp_bitcnt_t>(scale));
    else mpz_mul_2exp(den.get(), den.get(), static_cast<mp_bitcnt_t>(-scale));
    Mpz q, r;
    mpz_tdiv_qr(q.get(), r.get(), num.get(), den.get());
    bool sticky = mpz_sgn(r.get()) != 0;
    long bits = static_cast<long>(mpz_sizeinbase(q.get(), 2));
    // Value of the lowest kept bit: 53 significant bits, or fewer once the
    // result is subnormal (its lowest bit is then 2**-1074).
    long lsb = std::max(bits - 1 - scale - 52, -1074L);
    long drop = lsb + scale;  // >= 2
    bool round_bit = mpz_tstbit(q.get(), static_cast<mp_bitcnt_t>(drop - 1));
    if (!sticky) sticky = mpz_scan1(q.get(), 0) < static_cast<mp_bitcnt_t>(drop - 1);
    mpz_tdiv_q_2exp(q.get(), q.get(), static_cast<mp_bitcnt_t>(drop));
    std::uint64_t m = mpz_getlimbn(q.get(), 0);
    if (round_bit && (sticky || (m & 1))) ++m;
    double d = std::ldexp(static_cast<double>(m), static_cast<int>(lsb));
    if (std::isinf(d)) return raise_error(g_exc.OverflowError, "integer division result too large for a float");
    return Value::number(negative ? -d : d);
}

Result<Value> int_power(Value a, Value b) {
    MpzView exp_view(b);
    if (mpz_sgn(exp_view.get()) < 0) {
        // CPython 3.11: 2 ** -1 == 0.5 (a negative exponent means float
        // power, so 0 ** -1 raises float's ZeroDivisionError).
        double x = MINIPY_TRY(int_to_double(a));
        double y = MINIPY_TRY(int_to_double(b));
        return float_binary(BinaryOp::Power, Value::number(x), Value::number(y));
    }
    MpzView base(a);
    // Bases whose powers never grow, so a huge exponent is fine.
    if (mpz_cmpabs_ui(base.get(), 1) <= 0) {
        if (mpz_sgn(base.get()) == 0) return Value::small_int(mpz_sgn(exp_view.get()) == 0 ? 1 : 0);
        if (mpz_sgn(base.get()) > 0) return Value::small_int(1);
        return Value::small_int(mpz_odd_p(exp_view.get()) ? -1 : 1);
    }
    if (!mpz_fits_ulong_p(exp_view.get())) return memory_error();
    unsigned long exponent = mpz_get_ui(exp_view.get());
    std::uint64_t base_bits = mpz_sizeinbase(base.get(), 2);
    if (exponent != 0 && base_bits > kMaxBits / exponent) return memory_error();
    Mpz result;
    mpz_pow_ui(result.get(), base.get(), exponent);
    return take_mpz(result);
}

// x ** y for small x and 0 <= y: int64 square-and-multiply, or null on
// overflow (the caller falls back to GMP).
Value small_power(std::int64_t x, std::int64_t y) {
    std::int64_t result = 1;
    std::int64_t base = x;
    while (y > 0) {
        if (y & 1) {
            if (__builtin_mul_overflow(result, base, &result)) return Value::null();
        }
        y >>= 1;
        // The square is needed only if more bits follow; if it overflows
        // then so would the result.
        if (y > 0 && __builtin_mul_overflow(base, base, &base)) return Value::null();
    }
    return make_int(result);
}

Result<Value> small_int_binary(BinaryOp op, std::int64_t x, std::int64_t y) {
    switch (op) {
        // Both operands have 48 bits, so + and - cannot overflow int64.
        case BinaryOp::Add: return make_int(x + y);
        case BinaryOp::Subtract: return make_int(x - y);
        case BinaryOp::Multiply: {
            std::int64_t r;
            if (!__builtin_mul_overflow(x, y, &r)) return make_int(r);
            break;
        }
        case BinaryOp::FloorDivide: {
            if (y == 0) return raise_error(g_exc.ZeroDivisionError, msg::kIntDivisionByZero);
            // CPython 3.11: -7 // 2 == -4 (floors, where C truncates).
            std::int64_t q = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
            return make_int(q);
        }
        case BinaryOp::Remainder: {
            // CPython 3.11 says "modulo" here but "division or modulo" for //.
            if (y == 0) return raise_error(g_exc.ZeroDivisionError, "integer modulo by zero");
            // CPython 3.11: -7 % 2 == 1, 7 % -3 == -2 (the sign follows y).
            std::int64_t r = x % y;
            if (r != 0 && ((r < 0) != (y < 0))) r += y;
            return make_int(r);
        }
        case BinaryOp::TrueDivide:
            if (y == 0) return raise_error(g_exc.ZeroDivisionError, msg::kDivisionByZero);
            // Both are exact doubles (48 bits), so IEEE division rounds correctly.
            return Value::number(static_cast<double>(x) / static_cast<double>(y));
        case BinaryOp::Power: {
            if (y < 0) break;
            Value r = small_power(x, y);
            if (!r.is_null()) return r;
            break;
        }
        case BinaryOp::LShift: {
            if (y < 0) return raise_error(g_exc.ValueError, "negative shift count");
            if (x == 0) return Value::small_int(0);
            if (y < 64) {
                __int128 r = static_cast<__int128>(x) << y;
                if (r >= Value::kSmallIntMin && r <= Value::kSmallIntMax)
                    return Value::small_int(static_cast<std::int64_t>(r));
            }
            break;
        }
        case BinaryOp::RShift:
            if (y < 0) return raise_error(g_exc.ValueError, "negative shift count");
            // C++20 defines >> on negatives as arithmetic, i.e. floor(x / 2**y).
            return Value::small_int(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
        // Two's complement bit operations on int64 are Python's semantics.
        case BinaryOp::And: return Value::small_int(x & y);
        case BinaryOp::Or: return Value::small_int(x | y);
        case BinaryOp::Xor: return Value::small_int(x ^ y);
        default: return g_not_implemented;
    }
    // Overflowed: the caller redoes it with GMP. (Not null: inside a
    // Result<Value> null means "an exception is pending".)
    return Value::exhausted();
}

Result<Value> big_int_binary(BinaryOp op, Value a, Value b) {
    if (op == BinaryOp::Power) return int_power(a, b);
    MpzView x(a), y(b);
    Mpz r;
    switch (op) {
        case BinaryOp::Add: mpz_add(r.get(), x.get(), y.get()); break;
        case BinaryOp::Subtract: mpz_sub(r.get(), x.get(), y.get()); break;
        case BinaryOp::Multiply: mpz_mul(r.get(), x.get(), y.get()); break;
        case BinaryOp::FloorDivide:
            if (mpz_sgn(y.get()) == 0) return raise_error(g_exc.ZeroDivisionError, msg::kIntDivisionByZero);
            mpz_fdiv_q(r.get(), x.get(), y.get());
            break;
        case BinaryOp::Remainder:
            if (mpz_sgn(y.get()) == 0) return raise_error(g_exc.ZeroDivisionError, "integer modulo by zero");
            mpz_fdiv_r(r.get(), x.get(), y.get());
            break;
        case BinaryOp::TrueDivide:
            if (mpz_sgn(y.get()) == 0) return raise_error(g_exc.ZeroDivisionError, msg::kDivisionByZero);
            return big_true_divide(x.get(), y.get());
        case BinaryOp::LShift: {
            if (mpz_sgn(y.get()) < 0) return raise_error(g_exc.ValueError, "negative shift count");
            if (mpz_sgn(x.get()) == 0) return Value::small_int(0);
            if (!mpz_fits_ulong_p(y.get())) return memory_error();
            unsigned long shift = mpz_get_ui(y.get());
            if (shift >= kMaxBits || mpz_sizeinbase(x.get(), 2) + shift > kMaxBits) return memory_error();
            mpz_mul_2exp(r.get(), x.get(), shift);
            break;
        }
        case BinaryOp::RShift: {
            if (mpz_sgn(y.get()) < 0) return raise_error(g_exc.ValueError, "negative shift count");
            if (!mpz_fits_ulong_p(y.get())) return Value::small_int(mpz_sgn(x.get()) < 0 ? -1 : 0);
            // fdiv floors: CPython 3.11: -17 >> 2 == -5.
            mpz_fdiv_q_2exp(r.get(), x.get(), mpz_get_ui(y.get()));
            break;
        }
        // GMP's logical operations use two's complement on negatives, as Python does.
        case BinaryOp::And: mpz_and(r.get(), x.get(), y.get()); break;
        case BinaryOp::Or: mpz_ior(r.get(), x.get(), y.get()); break;
        case BinaryOp::Xor: mpz_xor(r.get(), x.get(), y.get()); break;
        default: return g_not_implemented;
    }
    return take_mpz(r);
}


bool compare_result(int c, CompareOp op) {
    switch (op) {
        case CompareOp::Lt: return c < 0;
        case CompareOp::Le: return c <= 0;
        case CompareOp::Eq: return c == 0;
        case CompareOp::Ne: return c != 0;
        case CompareOp::Gt: return c > 0;
        case CompareOp::Ge: return c >= 0;
    }
    return false;
}

int digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

// [text] without leading and trailing Unicode whitespace (str.strip()).
std::string_view strip_whitespace(std::string_view text) {
    std::size_t pos = 0, begin = text.size(), end = 0;
    while (pos < text.size()) {
        std::size_t start = pos;
        std::uint32_t cp = decode_utf8(text, pos);
        if (!unicode::is_space(cp)) {
            if (begin == text.size()) begin = start;
            end = pos;
        }
    }
    return begin >= end ? std::string_view() : text.substr(begin, end - begin);
}

// CPython's "%.200R": the repr, cut to 200 code points.
std::string short_repr(std::string_view text) {
    std::string r = str_repr(text);
    std::size_t pos = 0;
    for (int n = 0; n < 200 && pos < r.size(); ++n) decode_utf8(r, pos);
    r.resize(pos);
    return r;
}

Error invalid_literal(std::string_view text, int base) {
    return raise_error(g_exc.ValueError, "invalid literal for int() with base {}: {}",
                       {std::to_string(base), short_repr(text)});
}

// ---- the type's slots ---------------------------------------------------------

Result<Value> int_repr_slot(Value self) {
    std::string s = int_to_string(self, 10);
    if (s.size() - (s[0] == '-') > kMaxStrDigits)
        return raise_error(g_exc.ValueError,
                           "Exceeds the limit (4300 digits) for integer string conversion; "
                           "use sys.set_int_max_str_digits() to increase the limit");
    return make_str(s);
}

Result<std::int64_t> int_hash_slot(Value self) { return int_hash(self); }

Result<Value> int_compare_slot(Value a, Value b, CompareOp op) {
    if (is_int(b)) return Value::boolean(compare_result(int_compare(a, b), op));
    if (b.is_double()) return Value::boolean(compare_int_float(a, b.as_double(), op));
    return g_not_implemented;
}

// Either operand may be the int (ops.cpp calls the right operand's slot for
// the reflected operation); a float on either side hands over to float.
Result<Value> int_binary_slot(BinaryOp op, Value a, Value b) {
    if (is_int(a) && is_int(b)) return int_binary(op, a, b);
    if ((a.is_double() && is_int(b)) || (is_int(a) && b.is_double())) return float_binary(op, a, b);
    return g_not_implemented;
}

// CPython 3.11: True & True is True, but True + True == 2.
Result<Value> bool_binary_slot(BinaryOp op, Value a, Value b) {
    if (a.is_bool() && b.is_bool()) {
        switch (plain_op(op)) {
            case BinaryOp::And: return Value::boolean(a.is_true() && b.is_true());
            case BinaryOp::Or: return Value::boolean(a.is_true() || b.is_true());
            case BinaryOp::Xor: return Value::boolean(a.is_true() != b.is_true());
            default: break;
        }
    }
    return int_binary_slot(op, a, b);
}

Result<Value> int_unary_slot(UnaryOp op, Value self) { return int_unary(op, self); }

Result<bool> int_truthy_slot(Value self) {
    if (self.is_object()) return true;  // a BigInt is never zero
    return small_value(self) != 0;
}

Result<Value> bool_repr_slot(Value self) { return make_str(self.is_true() ? "True" : "False"); }

Result<Value> int_bit_length(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "bit_length", 0, 0));
    MpzView z(self);
    if (mpz_sgn(z.get()) == 0) return Value::small_int(0);
    return make_int(static_cast<std::int64_t>(mpz_sizeinbase(z.get(), 2)));
}

Result<Value> int_bit_count(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "bit_count", 0, 0));
    MpzView z(self);
    Mpz magnitude;
    mpz_abs(magnitude.get(), z.get());
    return make_int(static_cast<std::int64_t>(mpz_popcount(magnitude.get())));
}

Result<Value> int_conjugate(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "conjugate", 0, 0));
    if (self.is_bool()) return Value::small_int(self.is_true() ? 1 : 0);
    return self;
}

}  // namespace

// ---- construction and conversion ------------------------------------------------

Value make_big_int(std::int64_t i) {
    auto* big = make<BigIntObject>();
    mpz_set_si(big->value, i);
    return Value::object(big);
}

Value make_int(mpz_srcptr z) {
    if (mpz_fits_slong_p(z)) {
        long l = mpz_get_si(z);
        if (Value::fits_small(l)) return Value::small_int(l);
    }
    auto* big = make<BigIntObject>();
    mpz_set(big->value, z);
    return Value::object(big);
}

bool is_big_int(Value v) { return v.is_object() && v.as_object()->type == g_types.int_; }

void int_to_mpz(Value v, mpz_t out) {
    if (v.is_object()) mpz_set(out, v.as<BigIntObject>()->value);
    else mpz_set_si(out, small_value(v));
}

bool int_to_int64(Value v, std::int64_t& out) {
    if (!v.is_object()) {
        out = small_value(v);
        return true;
    }
    mpz_srcptr z = v.as<BigIntObject>()->value;
    if (!mpz_fits_slong_p(z)) return false;
    out = mpz_get_si(z);
    return true;
}

Result<double> int_to_double(Value v) {
    if (!v.is_object()) return static_cast<double>(small_value(v));  // 48 bits: exact
    mpz_srcptr z = v.as<BigIntObject>()->value;
    double d = mpz_to_double_rounded(z);
    if (std::isinf(d)) return overflow_to_float();
    return mpz_sgn(z) < 0 ? -d : d;
}

Result<Value> int_from_double(double d) {
    if (std::isnan(d)) return raise_error(g_exc.ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) return raise_error(g_exc.OverflowError, "cannot convert float infinity to integer");
    d = std::trunc(d);
    if (std::fabs(d) < 140737488355328.0) return Value::small_int(static_cast<std::int64_t>(d));  // 2**47
    Mpz z;
    mpz_set_d(z.get(), d);  // exact: d is integral
    return take_mpz(z);
}

// ---- arithmetic -----------------------------------------------------------------

Result<Value> int_binary(BinaryOp op, Value a, Value b) {
    op = plain_op(op);
    if (!a.is_object() && !b.is_object()) {
        Value r = MINIPY_TRY(small_int_binary(op, small_value(a), small_value(b)));
        if (!r.is_exhausted()) return r;
    }
    return big_int_binary(op, a, b);
}

Result<Value> int_unary(UnaryOp op, Value v) {
    if (!v.is_object()) {
        std::int64_t x = small_value(v);
        switch (op) {
            case UnaryOp::Negative: return make_int(-x);
            case UnaryOp::Positive: return Value::small_int(x);
            case UnaryOp::Invert: return make_int(~x);  // -(x + 1)
        }
    }
    mpz_srcptr z = v.as<BigIntObject>()->value;
    Mpz r;
    switch (op) {
        case UnaryOp::Negative: mpz_neg(r.get(), z); break;
        case UnaryOp::Positive: return v;
        case UnaryOp::Invert: mpz_com(r.get(), z); break;
    }
    return take_mpz(r);
}

int int_compare(Value a, Value b) {
    if (!a.is_object() && !b.is_object()) {
        std::int64_t x = small_value(a), y = small_value(b);
        return (x > y) - (x < y);
    }
    MpzView x(a), y(b);
    int c = mpz_cmp(x.get(), y.get());
    return (c > 0) - (c < 0);
}

// CPython's long_hash: the value modulo 2**61 - 1 with the sign of the
// value, and -1 (the C API's error mark) replaced by -2.
std::int64_t int_hash(Value v) {
    if (!v.is_object()) {
        std::int64_t x = small_value(v);  // |x| < 2**47 < the modulus
        return x == -1 ? -2 : x;
    }
    mpz_srcptr z = v.as<BigIntObject>()->value;
    auto h = static_cast<std::int64_t>(mpz_tdiv_ui(z, kHashModulus));
    if (mpz_sgn(z) < 0) h = -h;
    return h == -1 ? -2 : h;
}

std::string int_to_string(Value v, int base) {
    if (!v.is_object()) {
        char buf[72];
        auto [end, ec] = std::to_chars(buf, buf + sizeof buf, small_value(v), base);
        return std::string(buf, end);
    }
    mpz_srcptr z = v.as<BigIntObject>()->value;
    std::string s(mpz_sizeinbase(z, base) + 2, '\0');
    mpz_get_str(s.data(), base, z);  // lowercase digits for bases <= 36
    s.resize(std::strlen(s.c_str()));
    return s;
}

// CPython's PyLong_FromString: whitespace around, one sign, single
// underscores between digits (and after a base prefix), and for base 0 a
// prefix or a decimal literal without leading zeros.
Result<Value> int_from_string(std::string_view text, int base) {
    if (base != 0 && (base < 2 || base > 36))
        return raise_error(g_exc.ValueError, "int() base must be >= 2 and <= 36, or 0");
    std::string_view s = strip_whitespace(text);
    std::size_t i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    int effective_base = base;
    bool prefixed = false;
    if (i + 1 < s.size() && s[i] == '0') {
        char p = static_cast<char>(s[i + 1] | 0x20);
        int prefix_base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (prefix_base != 0 && (base == 0 || base == prefix_base)) {
            effective_base = prefix_base;
            prefixed = true;
            i += 2;
        }
    }
    bool leading_zero_check = false;
    if (effective_base == 0) {
        effective_base = 10;
        // CPython 3.11: int('010', 0) is an error, int('00', 0) == 0.
        leading_zero_check = i < s.size() && s[i] == '0';
    }
    std::string digits;
    digits.reserve(s.size() - i);
    bool need_digit = true;  // at the start, and after an underscore
    if (prefixed && i < s.size() && s[i] == '_') {
        ++i;  // CPython 3.11: int('0b_1', 0) == 1
    }
    for (; i < s.size(); ++i) {
        char c = s[i];
        if (c == '_') {
            if (need_digit) return invalid_literal(text, base);
            need_digit = true;
            continue;
        }
        if (digit_value(static_cast<unsigned char>(c)) >= effective_base) return invalid_literal(text, base);
        if (leading_zero_check && c != '0') return invalid_literal(text, base);
        digits.push_back(c);
        need_digit = false;
    }
    if (need_digit) return invalid_literal(text, base);
    // Power-of-two bases are linear to convert, so CPython only limits the rest.
    if ((effective_base & (effective_base - 1)) != 0 && digits.size() > kMaxStrDigits)
        return raise_error(g_exc.ValueError,
                           "Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; "
                           "use sys.set_int_max_str_digits() to increase the limit",
                           {std::to_string(digits.size())});
    // Up to 18 decimal or 12 base-36 digits cannot overflow int64.
    if (digits.size() <= (effective_base <= 10 ? 18u : 12u)) {
        std::int64_t value = 0;
        for (char c : digits) value = value * effective_base + digit_value(static_cast<unsigned char>(c));
        return make_int(negative ? -value : value);
    }
    Mpz z;
    mpz_set_str(z.get(), digits.c_str(), effective_base);
    if (negative) mpz_neg(z.get(), z.get());
    return take_mpz(z);
}

// ---- the exact int/float comparison shared with float_object.cpp ---------------

bool compare_int_float(Value i, double d, CompareOp op) {
    // NaN is unordered: only != holds.
    if (std::isnan(d)) return op == CompareOp::Ne;
    int c;
    if (!i.is_object()) {
        // 48-bit ints are exact doubles, so the double comparison is exact.
        double x = static_cast<double>(small_value(i));
        c = (x > d) - (x < d);
    } else {
        // mpz_cmp_d compares exactly (and accepts infinities).
        // CPython 3.11: 2**53 + 1 > float(2**53) is True.
        int r = mpz_cmp_d(i.as<BigIntObject>()->value, d);
        c = (r > 0) - (r < 0);
    }
    return compare_result(c, op);
}

void init_int_type() {
    TypeSlots& s = g_types.int_->slots;
    s.repr = int_repr_slot;
    s.hash = int_hash_slot;
    s.compare = int_compare_slot;
    s.binary = int_binary_slot;
    s.unary = int_unary_slot;
    s.truthy = int_truthy_slot;
    // int(x), bool(x): construct is left to stdlib/builtins_types.cpp, which
    // also handles __int__/__index__ and bytes.
    add_method(g_types.int_, "bit_length", int_bit_length);
    add_method(g_types.int_, "bit_count", int_bit_count);
    add_method(g_types.int_, "conjugate", int_conjugate);

    // bool inherits everything else from int through the base chain.
    TypeSlots& b = g_types.bool_->slots;
    b.repr = bool_repr_slot;
    b.binary = bool_binary_slot;
}

}  // namespace minipy::rt
