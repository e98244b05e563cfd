// runtime/float_object.cpp: Python float. The double lives in the Value
// word; this file holds what CPython's Objects/floatobject.c does with it:
// the shortest round-trip repr, arithmetic with Python's floor/modulo sign
// rules and pow's special cases, the numeric hash shared with int, parsing,
// and the builtin round() for ints and floats.
#include "runtime/float_object.h"

#include <gmp.h>
#include <locale.h>

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/args.h"
#include "runtime/exceptions.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/unicode_ctype.h"

namespace minipy::rt {

namespace {

// CPython's numeric hash parameters (Include/cpython/pyhash.h).
constexpr int kHashBits = 61;
constexpr std::uint64_t kHashModulus = (std::uint64_t{1} << kHashBits) - 1;
constexpr std::int64_t kHashInf = 314159;



bool is_odd_integer(double d) { return std::fmod(std::fabs(d), 2.0) == 1.0; }

// strtod in the "C" locale whatever setlocale() says, so '.' is the point.
double parse_c_double(const char* text) {
    static locale_t c_locale = newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(nullptr));
    return strtod_l(text, nullptr, c_locale);
}

// CPython 3.11 float_pow, special case for special case: IEEE pow()
// disagrees with Python on several of them, and libm's errno decides
// overflow.
Result<Value> float_power(double iv, double iw) {
    if (iw == 0.0) return Value::number(1.0);  // v**0 is 1, even 0**0 and nan**0
    if (std::isnan(iv)) return Value::number(iv);
    if (std::isnan(iw)) return Value::number(iv == 1.0 ? 1.0 : iw);
    if (std::isinf(iw)) {
        // |v| < 1: v**inf == 0, v**-inf == inf; |v| > 1 the other way round.
        iv = std::fabs(iv);
        if (iv == 1.0) return Value::number(1.0);
        if ((iw > 0.0) == (iv > 1.0)) return Value::number(std::fabs(iw));
        return Value::number(0.0);
    }
    if (std::isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0) return Value::number(odd ? iv : std::fabs(iv));
        return Value::number(odd ? std::copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        if (iw < 0.0) return raise_error(g_exc.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return Value::number(is_odd_integer(iw) ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != std::floor(iw))
            // FIXME: CPython returns a complex here; minipy has no complex type.
            return raise_error(g_exc.ValueError,
                               "negative number cannot be raised to a fractional power "
                               "(complex numbers are not supported)");
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    // (-1) ** huge_even_int: some libms return nan (CPython's comment).
    if (iv == 1.0) return Value::number(negate ? -1.0 : 1.0);
    errno = 0;
    double r = std::pow(iv, iw);
    // _Py_ADJUST_ERANGE1: an infinite result is an overflow, underflow to 0 is fine.
    if (errno == 0 && std::isinf(r)) errno = ERANGE;
    else if (errno == ERANGE && r == 0.0) errno = 0;
    if (errno != 0) {
        // CPython raises OverflowError(errno, strerror): its str() is
        // "(34, 'Numerical result out of range')".
        bool range = errno == ERANGE;
        Value args = make_tuple({Value::small_int(errno), make_str(std::strerror(errno))});
        return raise(make_exception(range ? g_exc.OverflowError : g_exc.ValueError, args));
    }
    return Value::number(negate ? -r : r);
}

// CPython's _float_div_mod: the remainder takes the sign of [y] and the
// quotient is snapped to the integer the remainder implies.
// CPython 3.11: -7.5 // 2 == -4.0, 7.5 % -2 == -0.5.
double float_floor_divide(double x, double y) {
    double mod = std::fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) div -= 1.0;
    }
    if (div != 0.0) {
        double floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
        return floordiv;
    }
    return std::copysign(0.0, x / y);  // a zero with the sign of the true quotient
}

double float_remainder(double x, double y) {
    double mod = std::fmod(x, y);
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) mod += y;
    } else {
        mod = std::copysign(0.0, y);  // CPython 3.11: 0.0 % -1 == -0.0
    }
    return mod;
}

bool compare_doubles(double x, double y, CompareOp op) {
    switch (op) {
        case CompareOp::Lt: return x < y;
        case CompareOp::Le: return x <= y;
        case CompareOp::Eq: return x == y;
        case CompareOp::Ne: return x != y;
        case CompareOp::Gt: return x > y;
        case CompareOp::Ge: return x >= y;
    }
    return false;
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

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool equals_ignoring_case(std::string_view s, std::string_view lower) {
    if (s.size() != lower.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if ((s[i] | 0x20) != lower[i]) return false;
    return true;
}

// Checks Python's decimal float syntax on [s] (sign stripped, underscores
// removed): digits [. [digits]] | . digits, then an optional exponent.
bool is_decimal_float(std::string_view s) {
    std::size_t i = 0, int_digits = 0, frac_digits = 0;
    while (i < s.size() && is_digit(s[i])) ++i, ++int_digits;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && is_digit(s[i])) ++i, ++frac_digits;
    }
    if (int_digits + frac_digits == 0) return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        std::size_t exp_digits = 0;
        while (i < s.size() && is_digit(s[i])) ++i, ++exp_digits;
        if (exp_digits == 0) return false;
    }
    return i == s.size();
}

Result<std::int64_t> ndigits_value(Value ndigits) {
    if (!is_int(ndigits))
        return raise_error(g_exc.TypeError, "'{}' object cannot be interpreted as an integer", {type_name(ndigits)});
    std::int64_t n = 0;
    // Out-of-range counts clamp, as PyNumber_AsSsize_t(x, NULL) does.
    if (!int_to_int64(ndigits, n)) n = int_compare(ndigits, Value::small_int(0)) < 0 ? -(1LL << 40) : (1LL << 40);
    return n;
}

// round(x, n) for a float: CPython's double_round rounds the exact binary
// value half-even to n decimals, then reads that decimal back correctly
// rounded.
Result<double> round_double(double x, std::int64_t n) {
    // NDIGITS_MAX/NDIGITS_MIN of floatobject.c: beyond them the result is
    // x itself, or a zero with x's sign.
    if (n > 323) return x;
    if (n < -308) return 0.0 * x;
    if (x == 0.0 || !std::isfinite(x)) return x;
    std::string decimal;
    if (n >= 0) {
        // glibc prints the exact binary value rounded half-even, which is
        // exactly the rounding CPython's _Py_dg_dtoa(mode 3) does.
        std::size_t size = 330 + static_cast<std::size_t>(n);
        decimal.resize(size);
        int len = std::snprintf(decimal.data(), size, "%.*f", static_cast<int>(n), x);
        decimal.resize(static_cast<std::size_t>(len));
    } else {
        // Rounding to tens, hundreds, ...: exact rational arithmetic on |x|.
        mpq_t exact;
        mpq_init(exact);
        mpq_set_d(exact, std::fabs(x));  // exact: doubles are dyadic rationals
        mpz_t num, den, q, r, scale;
        mpz_inits(num, den, q, r, scale, nullptr);
        mpz_set(num, mpq_numref(exact));
        mpz_ui_pow_ui(scale, 10, static_cast<unsigned long>(-n));
        mpz_mul(den, mpq_denref(exact), scale);
        mpz_tdiv_qr(q, r, num, den);
        mpz_mul_2exp(r, r, 1);
        int c = mpz_cmp(r, den);
        if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
        std::string digits(mpz_sizeinbase(q, 10) + 2, '\0');
        mpz_get_str(digits.data(), 10, q);
        digits.resize(std::strlen(digits.c_str()));
        decimal = (x < 0 ? "-" : "") + digits + "e" + std::to_string(-n);
        mpz_clears(num, den, q, r, scale, nullptr);
        mpq_clear(exact);
    }
    double z = parse_c_double(decimal.c_str());
    if (std::isinf(z)) return raise_error(g_exc.OverflowError, "rounded value too large to represent");
    return z;
}

// ---- the type's slots ---------------------------------------------------------

Result<Value> float_repr_slot(Value self) { return make_str(float_repr(self.as_double())); }

Result<std::int64_t> float_hash_slot(Value self) { return float_hash(self.as_double()); }

Result<Value> float_compare_slot(Value a, Value b, CompareOp op) {
    if (!a.is_double()) return g_not_implemented;
    if (b.is_double()) return Value::boolean(compare_doubles(a.as_double(), b.as_double(), op));
    if (is_int(b)) return Value::boolean(compare_int_float(b, a.as_double(), reflected(op)));
    return g_not_implemented;
}

Result<Value> float_unary_slot(UnaryOp op, Value self) {
    double d = self.as_double();
    switch (op) {
        case UnaryOp::Negative: return Value::number(-d);
        case UnaryOp::Positive: return self;
        case UnaryOp::Invert: break;
    }
    return g_not_implemented;
}

Result<bool> float_truthy_slot(Value self) { return self.as_double() != 0.0; }

Result<Value> float_is_integer(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "is_integer", 0, 0));
    double d = self.as_double();
    return Value::boolean(std::isfinite(d) && d == std::floor(d));
}

Result<Value> float_as_integer_ratio(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "as_integer_ratio", 0, 0));
    double d = self.as_double();
    if (std::isinf(d)) return raise_error(g_exc.OverflowError, "cannot convert Infinity to integer ratio");
    if (std::isnan(d)) return raise_error(g_exc.ValueError, "cannot convert NaN to integer ratio");
    mpq_t q;
    mpq_init(q);
    mpq_set_d(q, d);  // exact, and already in lowest terms
    Value num = make_int(mpq_numref(q));
    Value den = make_int(mpq_denref(q));
    mpq_clear(q);
    return make_tuple({num, den});
}

Result<Value> float_conjugate(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "conjugate", 0, 0));
    return self;
}

}  // namespace

// ---- repr, hash, parsing ----------------------------------------------------------

// CPython's repr: the shortest digits that round-trip (float_repr_style
// 'short'), positional when the decimal exponent is in [-4, 16), otherwise
// d.ddde+XX with at least two exponent digits.
// CPython 3.11: repr(1e16) == '1e+16', repr(1e-05) == '1e-05', repr(100.0) == '100.0'.
std::string float_repr(double d) {
    if (std::isnan(d)) return "nan";
    if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
    if (d == 0.0) return std::signbit(d) ? "-0.0" : "0.0";
    char buf[48];
    // Shortest round-trip digits in the form [-]d[.ddd]e(+|-)xx.
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    std::string_view sci(buf, static_cast<std::size_t>(end - buf));
    std::size_t e_pos = sci.find('e');
    std::string out;
    std::size_t i = 0;
    if (sci[0] == '-') {
        out.push_back('-');
        i = 1;
    }
    std::string digits;
    for (; i < e_pos; ++i)
        if (sci[i] != '.') digits.push_back(sci[i]);
    int exponent = 0;
    std::size_t j = e_pos + 1;
    bool negative_exponent = sci[j] == '-';
    if (sci[j] == '-' || sci[j] == '+') ++j;
    for (; j < sci.size(); ++j) exponent = exponent * 10 + (sci[j] - '0');
    if (negative_exponent) exponent = -exponent;

    auto ndigits = static_cast<int>(digits.size());
    if (exponent >= -4 && exponent < 16) {
        int point = exponent + 1;  // digits before the decimal point
        if (point <= 0) {
            out += "0.";
            out.append(static_cast<std::size_t>(-point), '0');
            out += digits;
        } else if (point >= ndigits) {
            out += digits;
            out.append(static_cast<std::size_t>(point - ndigits), '0');
            out += ".0";
        } else {
            out.append(digits, 0, static_cast<std::size_t>(point));
            out.push_back('.');
            out.append(digits, static_cast<std::size_t>(point));
        }
        return out;
    }
    out.push_back(digits[0]);
    if (ndigits > 1) {
        out.push_back('.');
        out.append(digits, 1);
    }
    out.push_back('e');
    out.push_back(exponent < 0 ? '-' : '+');
    int magnitude = exponent < 0 ? -exponent : exponent;
    if (magnitude < 10) out.push_back('0');
    out += std::to_string(magnitude);
    return out;
}

// CPython's _Py_HashDouble: the value as a fraction m * 2**e reduced modulo
// 2**61 - 1, so that hash(x) == hash(int(x)) when x is integral.
// CPython 3.11: hash(0.5) == 1152921504606846976, hash(inf) == 314159.
// Difference: CPython 3.10+ hashes a NaN by object identity; minipy's
// floats have no identity, so every NaN hashes to 0 (as CPython < 3.10).
std::int64_t float_hash(double d) {
    if (!std::isfinite(d)) {
        if (std::isinf(d)) return d > 0 ? kHashInf : -kHashInf;
        return 0;
    }
    // Integral values in the small-int range hash as the int does.
    if (std::fabs(d) < 140737488355328.0 && d == std::trunc(d)) {
        auto i = static_cast<std::int64_t>(d);
        return i == -1 ? -2 : i;
    }
    int e = 0;
    double m = std::frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    // Take 28 bits of the mantissa at a time.
    std::uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
        m *= 268435456.0;  // 2**28
        e -= 28;
        auto y = static_cast<std::uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= kHashModulus) x -= kHashModulus;
    }
    // Multiply by 2**e, i.e. rotate left by e modulo 61.
    e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
    x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
    auto h = static_cast<std::int64_t>(x) * sign;
    return h == -1 ? -2 : h;
}

// CPython's float(str): whitespace around, a sign, inf/infinity/nan in any
// case, and single underscores only between two digits.
Result<Value> float_from_string(std::string_view text) {
    std::string_view s = strip_whitespace(text);
    auto fail = [&]() -> Result<Value> {
        return raise_error(g_exc.ValueError, "could not convert string to float: {}", {str_repr(text)});
    };
    std::string clean;
    clean.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '_') {
            if (i == 0 || i + 1 == s.size() || !is_digit(s[i - 1]) || !is_digit(s[i + 1])) return fail();
            continue;
        }
        clean.push_back(s[i]);
    }
    std::string_view body = clean;
    bool negative = false;
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
        negative = body[0] == '-';
        body.remove_prefix(1);
    }
    if (equals_ignoring_case(body, "inf") || equals_ignoring_case(body, "infinity"))
        return Value::number(negative ? -HUGE_VAL : HUGE_VAL);
    if (equals_ignoring_case(body, "nan")) return Value::number(NAN);
    if (!is_decimal_float(body)) return fail();
    // Valid syntax, so strtod consumes all of it; it rounds correctly and
    // gives inf on overflow and 0 on underflow, as CPython does.
    return Value::number(parse_c_double(clean.c_str()));
}

Result<double> to_double(Value v) {
    if (v.is_double()) return v.as_double();
    if (is_int(v)) return int_to_double(v);
    return raise_error(g_exc.TypeError, "must be real number, not {}", {type_name(v)});
}

// ---- arithmetic -------------------------------------------------------------------

Result<Value> float_binary(BinaryOp op, Value a, Value b) {
    op = plain_op(op);
    switch (op) {
        case BinaryOp::Add: case BinaryOp::Subtract: case BinaryOp::Multiply: case BinaryOp::TrueDivide:
        case BinaryOp::FloorDivide: case BinaryOp::Remainder: case BinaryOp::Power: break;
        default: return g_not_implemented;  // & | ^ << >> @ are not float operators
    }
    if (!(a.is_double() || is_int(a)) || !(b.is_double() || is_int(b))) return g_not_implemented;
    double x = a.is_double() ? a.as_double() : MINIPY_TRY(int_to_double(a));
    double y = b.is_double() ? b.as_double() : MINIPY_TRY(int_to_double(b));
    switch (op) {
        case BinaryOp::Add: return Value::number(x + y);
        case BinaryOp::Subtract: return Value::number(x - y);
        case BinaryOp::Multiply: return Value::number(x * y);
        case BinaryOp::TrueDivide:
            if (y == 0.0) return raise_error(g_exc.ZeroDivisionError, msg::kFloatDivisionByZero);
            return Value::number(x / y);
        case BinaryOp::FloorDivide:
            if (y == 0.0) return raise_error(g_exc.ZeroDivisionError, "float floor division by zero");
            return Value::number(float_floor_divide(x, y));
        case BinaryOp::Remainder:
            if (y == 0.0) return raise_error(g_exc.ZeroDivisionError, msg::kFloatModuloByZero);
            return Value::number(float_remainder(x, y));
        case BinaryOp::Power: return float_power(x, y);
        default: break;
    }
    return g_not_implemented;
}

Result<Value> round_value(Value x, Value ndigits) {
    bool to_int = ndigits.is_null() || ndigits.is_none();
    if (is_int(x)) {
        Value self = x.is_bool() ? Value::small_int(x.is_true() ? 1 : 0) : x;
        if (to_int) return self;
        std::int64_t n = MINIPY_TRY(ndigits_value(ndigits));
        if (n >= 0) return self;
        // CPython's long_round: x - r where r is x's remainder modulo
        // 10**-n, rounded half to even. round(25, -1) == 20, round(15, -1) == 20.
        mpz_t z, scale, q, r;
        mpz_inits(z, scale, q, r, nullptr);
        int_to_mpz(self, z);
        Value result = Value::small_int(0);
        // |x| < 10**-n / 2 rounds to 0 (and spares computing huge powers;
        // CPython 3.11 would try to build 10**(2**70)).
        if (static_cast<std::uint64_t>(-n) <= mpz_sizeinbase(z, 10) + 1) {
            mpz_ui_pow_ui(scale, 10, static_cast<unsigned long>(-n));
            mpz_fdiv_qr(q, r, z, scale);  // floor: 0 <= r < scale
            mpz_mul_2exp(r, r, 1);
            int c = mpz_cmp(r, scale);
            if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
            mpz_mul(q, q, scale);
            result = make_int(q);
        }
        mpz_clears(z, scale, q, r, nullptr);
        return result;
    }
    if (x.is_double()) {
        double d = x.as_double();
        if (to_int) {
            // Half to even: CPython 3.11: round(2.5) == 2, round(-0.5) == 0.
            double r = std::round(d);
            if (std::fabs(d - r) == 0.5) r = 2.0 * std::round(d / 2.0);
            return int_from_double(r);
        }
        std::int64_t n = MINIPY_TRY(ndigits_value(ndigits));
        return Value::number(MINIPY_TRY(round_double(d, n)));
    }
    return raise_error(g_exc.TypeError, "type {} doesn't define __round__ method", {type_name(x)});
}

void init_float_type() {
    TypeSlots& s = g_types.float_->slots;
    s.repr = float_repr_slot;
    s.hash = float_hash_slot;
    s.compare = float_compare_slot;
    // float_binary itself declines anything that is not a float or an int.
    s.binary = float_binary;
    s.unary = float_unary_slot;
    s.truthy = float_truthy_slot;
    // float(x): construct is left to stdlib/builtins_types.cpp (it also
    // handles __float__, __index__ and bytes).
    add_method(g_types.float_, "is_integer", float_is_integer);
    add_method(g_types.float_, "as_integer_ratio", float_as_integer_ratio);
    add_method(g_types.float_, "conjugate", float_conjugate);
}

}  // namespace minipy::rt
