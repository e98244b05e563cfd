// stdlib/math_module.cpp: the `math` module. Float functions call the C
// library (the same glibc CPython uses here, so results match to the bit)
// and turn NaN/inf results into CPython's "math domain error" /
// "math range error"; integer functions (gcd, factorial, comb, isqrt, ...)
// work on any size of int through GMP; fsum and hypot are ports of
// CPython's exact algorithms.
#include <gmpxx.h>

#include <cfloat>
#include <climits>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "runtime/args.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "stdlib/iteration.h"
#include "stdlib/modules.h"
#include "stdlib/special_methods.h"

namespace minipy::stdlib {

using rt::CallArgs;
using rt::Result;
using rt::Value;

namespace {

rt::Error domain_error() { return rt::raise_error(rt::g_exc.ValueError, "math domain error"); }
rt::Error range_error() { return rt::raise_error(rt::g_exc.OverflowError, "math range error"); }

// A float argument: a float, an int, or an object with __float__ or __index__.
Result<double> real_arg(Value x) {
    if (x.is_double()) return x.as_double();
    if (rt::is_int(x)) return rt::int_to_double(x);
    for (const char* method : {"__float__", "__index__"}) {
        Value r = MINIPY_TRY(call_special(x, method));
        if (!r.is_exhausted()) return real_arg(r);
    }
    return rt::raise_error(rt::g_exc.TypeError, "must be real number, not {}", {rt::type_name(x)});
}

Result<mpz_class> mpz_arg(Value x) {
    Value i = MINIPY_TRY(index_value(x));
    mpz_class z;
    rt::int_to_mpz(i, z.get_mpz_t());
    return z;
}

Value make_int(const mpz_class& z) { return rt::make_int(z.get_mpz_t()); }

// ---- one float in, one float out -------------------------------------------

// CPython's math_1: a NaN from a non-NaN is a domain error; an infinity
// from a finite input is a range error for functions that can overflow
// (exp, cosh) and a domain error otherwise (log(0), atanh(1)).
Result<Value> checked_result(double r, double x, bool can_overflow) {
    if (std::isnan(r) && !std::isnan(x)) return domain_error();
    if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error() : domain_error();
    return Value::number(r);
}

struct UnaryMath {
    const char* name;
    const char* qualified_name;  // for arity errors: "math.sqrt() takes exactly one argument"
    double (*fn)(double);
    bool can_overflow;
};

constexpr UnaryMath kUnary[] = {
    {"sqrt", "math.sqrt", ::sqrt, false},     {"exp", "math.exp", ::exp, true},
    {"exp2", "math.exp2", ::exp2, true},      {"expm1", "math.expm1", ::expm1, true},
    {"log1p", "math.log1p", ::log1p, false},  {"sin", "math.sin", ::sin, false},
    {"cos", "math.cos", ::cos, false},        {"tan", "math.tan", ::tan, false},
    {"asin", "math.asin", ::asin, false},     {"acos", "math.acos", ::acos, false},
    {"atan", "math.atan", ::atan, false},     {"sinh", "math.sinh", ::sinh, true},
    {"cosh", "math.cosh", ::cosh, true},      {"tanh", "math.tanh", ::tanh, false},
    {"asinh", "math.asinh", ::asinh, false},  {"acosh", "math.acosh", ::acosh, false},
    {"atanh", "math.atanh", ::atanh, false},  {"erf", "math.erf", ::erf, false},
    {"erfc", "math.erfc", ::erfc, false},     {"cbrt", "math.cbrt", ::cbrt, false},
    {"fabs", "math.fabs", ::fabs, false},
};

template <std::size_t I>
Result<Value> math_unary(Value, const CallArgs& args) {
    constexpr const UnaryMath& f = kUnary[I];
    MINIPY_TRY(rt::check_positional(args, f.qualified_name, 1, 1));
    double x = MINIPY_TRY(real_arg(args[0]));
    return checked_result(f.fn(x), x, f.can_overflow);
}

template <std::size_t... I>
void add_unary_functions(rt::ModuleObject* module, std::index_sequence<I...>) {
    (rt::add_function(module, kUnary[I].name, math_unary<I>), ...);
}

Result<Value> math_degrees(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "math.degrees", 1, 1));
    return Value::number(MINIPY_TRY(real_arg(args[0])) * (180.0 / M_PI));
}

Result<Value> math_radians(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "math.radians", 1, 1));
    return Value::number(MINIPY_TRY(real_arg(args[0])) * (M_PI / 180.0));
}

// ---- rounding to ints ----------------------------------------------------------

// floor/ceil: ints pass through, floats round, user objects may define
// [special] (__floor__/__ceil__), anything else converts via __float__.
Result<Value> round_to_int(const CallArgs& args, const char* fname, double (*round)(double), const char* special) {
    MINIPY_TRY(rt::check_positional(args, fname, 1, 1));
    Value x = args[0];
    if (rt::is_int(x)) return index_value(x);
    if (!x.is_double()) {
        Value r = MINIPY_TRY(call_special(x, special));
        if (!r.is_exhausted()) return r;
    }
    return rt::int_from_double(round(MINIPY_TRY(real_arg(x))));
}

Result<Value> math_floor(Value, const CallArgs& args) { return round_to_int(args, "math.floor", ::floor, "__floor__"); }
Result<Value> math_ceil(Value, const CallArgs& args) { return round_to_int(args, "math.ceil", ::ceil, "__ceil__"); }

Result<Value> math_trunc(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "math.trunc", 1, 1));
    Value x = args[0];
    if (rt::is_int(x)) return index_value(x);
    if (x.is_double()) return rt::int_from_double(std::trunc(x.as_double()));
    Value r = MINIPY_TRY(call_special(x, "__trunc__"));
    if (!r.is_exhausted()) return r;
    return rt::raise_error(rt::g_exc.TypeError, "type {} doesn't define __trunc__ method", {rt::type_name(x)});
}

// ---- logarithms ------------------------------------------------------------------

// CPython's loghelper: ints too big for a double are split as m * 2**e so
// that log(10**400) still works; ints <= 0 are a domain error.
Result<double> log_of(Value x, double (*log)(double)) {
    if (rt::is_int(x)) {
        mpz_class z;
        rt::int_to_mpz(x, z.get_mpz_t());
        if (z <= 0) return domain_error();
        if (mpz_sizeinbase(z.get_mpz_t(), 2) > DBL_MAX_EXP) {
            long e = 0;
            double m = mpz_get_d_2exp(&e, z.get_mpz_t());
            return log(m) + log(2.0) * static_cast<double>(e);
        }
    }
    double d = MINIPY_TRY(real_arg(x));
    Value r = MINIPY_TRY(checked_result(log(d), d, false));
    return r.as_double();
}

Result<Value> math_log(Value, const CallArgs& args) {
    MINIPY_TRY(rt::no_keywords(args, "log"));
    if (args.nargs < 1 || args.nargs > 2)
        return rt::raise_error(rt::g_exc.TypeError, "math.log requires 1 to 2 arguments");
    double num = MINIPY_TRY(log_of(args[0], ::log));
    if (args.nargs == 1) return Value::number(num);
    double den = MINIPY_TRY(log_of(args[1], ::log));
    if (den == 0.0) return rt::raise_error(rt::g_exc.ZeroDivisionError, "float division by zero");
    return Value::number(num / den);
}

Result<Value> math_log2(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "math.log2", 1, 1));
    return Value::number(MINIPY_TRY(log_of(args[0], ::log2)));
}

Result<Value> math_log10(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "math.log10", 1, 1));
    return Value::number(MINIPY_TRY(log_of(args[0], ::log10)));
}

// ---- two floats in ---------------------------------------------------------------

Result<std::pair<double, double>> two_reals(const CallArgs& args, const char* fname) {
    MINIPY_TRY(rt::check_positional(args, fname, 2, 2));
    double x = MINIPY_TRY(real_arg(args[0]));
    double y = MINIPY_TRY(real_arg(args[1]));
    return std::pair{x, y};
}

Result<Value> math_pow(Value, const CallArgs& args) {
    auto [x, y] = MINIPY_TRY(two_reals(args, "pow"));
    double r = std::pow(x, y);
    // C99 already gives IEEE results for inf/nan operands; for finite ones
    // a NaN means (-x)**fraction and an infinity 0**-y or overflow.
    if (std::isfinite(x) && std::isfinite(y) && !std::isfinite(r)) {
        if (std::isnan(r) || x == 0.0) return domain_error();
        return range_error();
    }
    return Value::number(r);
}

Result<Value> math_atan2(Value, const CallArgs& args) {
    auto [y, x] = MINIPY_TRY(two_reals(args, "atan2"));
    return Value::number(std::atan2(y, x));
}

Result<Value> math_copysign(Value, const CallArgs& args) {
    auto [x, y] = MINIPY_TRY(two_reals(args, "copysign"));
    return Value::number(std::copysign(x, y));
}

Result<Value> math_fmod(Value, const CallArgs& args) {
    auto [x, y] = MINIPY_TRY(two_reals(args, "fmod"));
    if (std::isinf(y) && std::isfinite(x)) return Value::number(x);
    double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
    return Value::number(r);
}

Result<Value> math_nextafter(Value, const CallArgs& args) {
    auto [x, y] = MINIPY_TRY(two_reals(args, "nextafter"));
    return Value::number(std::nextafter(x, y));
}

Result<Value> math_ulp(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "math.ulp", 1, 1));
    double x = std::fabs(MINIPY_TRY(real_arg(args[0])));
    if (!std::isfinite(x)) return Value::number(x);
    double up = std::nextafter(x, INFINITY);
    // The largest float has no successor: measure the gap below it.
    if (std::isinf(up)) return Value::number(x - std::nextafter(x, -INFINITY));
    return Value::number(up - x);
}

// ---- float classification and decomposition ----------------------------------------

template <bool (*Test)(double)>
Result<Value> classify(const CallArgs& args, const char* fname) {
    MINIPY_TRY(rt::check_positional(args, fname, 1, 1));
    return Value::boolean(Test(MINIPY_TRY(real_arg(args[0]))));
}

bool is_nan(double x) { return std::isnan(x); }
bool is_inf(double x) { return std::isinf(x); }
bool is_finite(double x) { return std::isfinite(x); }

Result<Value> math_isnan(Value, const CallArgs& args) { return classify<is_nan>(args, "math.isnan"); }
Result<Value> math_isinf(Value, const CallArgs& args) { return classify<is_inf>(args, "math.isinf"); }
Result<Value> math_isfinite(Value, const CallArgs& args) { return classify<is_finite>(args, "math.isfinite"); }

Result<Value> math_isclose(Value, const CallArgs& args) {
    Value params[4];
    MINIPY_TRY(rt::bind_args(args, "isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, params));
    double a = MINIPY_TRY(real_arg(params[0]));
    double b = MINIPY_TRY(real_arg(params[1]));
    double rel_tol = params[2].is_null() ? 1e-09 : MINIPY_TRY(real_arg(params[2]));
    double abs_tol = params[3].is_null() ? 0.0 : MINIPY_TRY(real_arg(params[3]));
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return rt::raise_error(rt::g_exc.ValueError, "tolerances must be non-negative");
    if (a == b) return Value::boolean(true);
    if (std::isinf(a) || std::isinf(b)) return Value::boolean(false);
    double diff = std::fabs(b - a);
    return Value::boolean(diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) || diff <= abs_tol);
}

Result<Value> math_modf(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "math.modf", 1, 1));
    double x = MINIPY_TRY(real_arg(args[0]));
    if (std::isinf(x)) return rt::make_tuple({Value::number(std::copysign(0.0, x)), Value::number(x)});
    double whole = 0.0;
    double frac = std::modf(x, &whole);
    return rt::make_tuple({Value::number(frac), Value::number(whole)});
}

Result<Value> math_frexp(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "math.frexp", 1, 1));
    double x = MINIPY_TRY(real_arg(args[0]));
    int e = 0;
    double m = std::isfinite(x) && x != 0.0 ? std::frexp(x, &e) : x;
    return rt::make_tuple({Value::number(m), rt::make_int(e)});
}

Result<Value> math_ldexp(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "ldexp", 2, 2));
    double x = MINIPY_TRY(real_arg(args[0]));
    if (!rt::is_int(args[1]))
        return rt::raise_error(rt::g_exc.TypeError, "Expected an int as second argument to ldexp.");
    std::int64_t e = 0;
    if (!rt::int_to_int64(args[1], e)) e = rt::int_compare(args[1], Value::small_int(0)) < 0 ? INT64_MIN : INT64_MAX;
    if (x == 0.0 || !std::isfinite(x)) return Value::number(x);
    if (e > INT_MAX) return range_error();
    if (e < INT_MIN) return Value::number(std::copysign(0.0, x));
    double r = std::ldexp(x, static_cast<int>(e));
    if (std::isinf(r)) return range_error();
    return Value::number(r);
}

// ---- vectors: hypot and dist -------------------------------------------------------

// CPython 3.11's vector_norm: the Euclidean norm of [v] (absolute values,
// largest [max]) with the squares summed in double-length arithmetic and a
// final correction, so hypot(3, 4) == 5.0 exactly and results are
// correctly rounded in nearly all cases. Scaling by a power of two first
// avoids overflow and underflow.
double vector_norm(std::vector<double>& v, double max, bool found_nan) {
    if (std::isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || v.size() <= 1) return max;
    int max_e = 0;
    std::frexp(max, &max_e);
    if (max_e < -1023) {
        // ldexp(1.0, -max_e) would overflow: make subnormals normal first.
        for (double& x : v) x /= DBL_MIN;
        return DBL_MIN * vector_norm(v, max / DBL_MIN, found_nan);
    }
    double scale = std::ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    // Exact a*b as hi + lo, and exact a+b (|a| >= |b|) as hi + lo.
    auto add_product = [&](double a, double b) {
        double hi = a * b;
        double lo = std::fma(a, b, -hi);
        double sum = csum + hi;
        frac2 += (csum - sum) + hi;
        frac1 += lo;
        csum = sum;
    };
    for (double x : v) {
        x *= scale;
        add_product(x, x);
    }
    double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
    add_product(-h, h);
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

// Adds |x| to a hypot/dist coordinate list, tracking the maximum and NaNs.
struct Coordinates {
    std::vector<double> values;
    double max = 0.0;
    bool found_nan = false;
    void add(double x) {
        x = std::fabs(x);
        values.push_back(x);
        found_nan |= std::isnan(x);
        if (x > max) max = x;
    }
    double norm() { return vector_norm(values, max, found_nan); }
};

Result<Value> math_hypot(Value, const CallArgs& args) {
    MINIPY_TRY(rt::no_keywords(args, "hypot"));
    Coordinates c;
    for (std::size_t i = 0; i < args.nargs; ++i) c.add(MINIPY_TRY(real_arg(args[i])));
    return Value::number(c.norm());
}

Result<Value> math_dist(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "dist", 2, 2));
    std::vector<Value> p, q;
    rt::RootVector keep_p(p);
    rt::RootVector keep_q(q);
    MINIPY_TRY(collect_iterable(args[0], p));
    MINIPY_TRY(collect_iterable(args[1], q));
    if (p.size() != q.size())
        return rt::raise_error(rt::g_exc.ValueError, "both points must have the same number of dimensions");
    Coordinates c;
    for (std::size_t i = 0; i < p.size(); ++i) c.add(MINIPY_TRY(real_arg(p[i])) - MINIPY_TRY(real_arg(q[i])));
    return Value::number(c.norm());
}

// ---- integers --------------------------------------------------------------------

Result<Value> math_gcd(Value, const CallArgs& args) {
    MINIPY_TRY(rt::no_keywords(args, "gcd"));
    mpz_class g = 0;
    for (std::size_t i = 0; i < args.nargs; ++i) {
        mpz_class x = MINIPY_TRY(mpz_arg(args[i]));
        mpz_gcd(g.get_mpz_t(), g.get_mpz_t(), x.get_mpz_t());
    }
    return make_int(g);
}

Result<Value> math_lcm(Value, const CallArgs& args) {
    MINIPY_TRY(rt::no_keywords(args, "lcm"));
    mpz_class l = 1;
    for (std::size_t i = 0; i < args.nargs; ++i) {
        mpz_class x = MINIPY_TRY(mpz_arg(args[i]));
        mpz_lcm(l.get_mpz_t(), l.get_mpz_t(), x.get_mpz_t());
    }
    return make_int(l);
}

// [z] as an unsigned long, or the OverflowError CPython gives with [message].
Result<unsigned long> small_enough(const mpz_class& z, const char* message) {
    if (!mpz_fits_slong_p(z.get_mpz_t())) return rt::raise_error(rt::g_exc.OverflowError, message);
    return static_cast<unsigned long>(z.get_si());
}

Result<Value> factorial_of(Value x) {
    mpz_class n = MINIPY_TRY(mpz_arg(x));
    if (n < 0) return rt::raise_error(rt::g_exc.ValueError, "factorial() not defined for negative values");
    unsigned long k = MINIPY_TRY(small_enough(n, "factorial() argument should not exceed 9223372036854775807"));
    mpz_class r;
    mpz_fac_ui(r.get_mpz_t(), k);
    return make_int(r);
}

Result<Value> math_factorial(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "math.factorial", 1, 1));
    return factorial_of(args[0]);
}

Result<Value> math_isqrt(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "math.isqrt", 1, 1));
    mpz_class n = MINIPY_TRY(mpz_arg(args[0]));
    if (n < 0) return rt::raise_error(rt::g_exc.ValueError, "isqrt() argument must be nonnegative");
    mpz_class r;
    mpz_sqrt(r.get_mpz_t(), n.get_mpz_t());
    return make_int(r);
}

// comb/perm's (n, k) with CPython's checks; [k_known] is false when k > n
// (the answer is then 0).
Result<std::pair<mpz_class, mpz_class>> n_and_k(Value n_value, Value k_value) {
    mpz_class n = MINIPY_TRY(mpz_arg(n_value));
    mpz_class k = MINIPY_TRY(mpz_arg(k_value));
    if (n < 0) return rt::raise_error(rt::g_exc.ValueError, "n must be a non-negative integer");
    if (k < 0) return rt::raise_error(rt::g_exc.ValueError, "k must be a non-negative integer");
    return std::pair{n, k};
}

Result<Value> math_comb(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "comb", 2, 2));
    auto [n, k] = MINIPY_TRY(n_and_k(args[0], args[1]));
    if (k > n) return Value::small_int(0);
    mpz_class smaller = n - k < k ? mpz_class(n - k) : k;
    unsigned long j = MINIPY_TRY(small_enough(smaller, "min(n - k, k) must not exceed 9223372036854775807"));
    mpz_class r;
    mpz_bin_ui(r.get_mpz_t(), n.get_mpz_t(), j);
    return make_int(r);
}

Result<Value> math_perm(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "perm", 1, 2));
    if (args.nargs == 1 || args[1].is_none()) return factorial_of(args[0]);
    auto [n, k] = MINIPY_TRY(n_and_k(args[0], args[1]));
    if (k > n) return Value::small_int(0);
    unsigned long j = MINIPY_TRY(small_enough(k, "k must not exceed 9223372036854775807"));
    // n! / (n-k)! as C(n, k) * k!.
    mpz_class r, k_factorial;
    mpz_bin_ui(r.get_mpz_t(), n.get_mpz_t(), j);
    mpz_fac_ui(k_factorial.get_mpz_t(), j);
    r *= k_factorial;
    return make_int(r);
}

Result<Value> math_prod(Value, const CallArgs& args) {
    Value params[2];
    MINIPY_TRY(rt::bind_args(args, "prod", {"iterable", "start"}, 1, params));
    rt::Root product(params[1].is_null() ? Value::small_int(1) : params[1]);
    MINIPY_TRY(for_each_item(params[0], [&](Value item) -> Result<bool> {
        product.set(MINIPY_TRY(rt::binary_op(rt::BinaryOp::Multiply, product.get(), item)));
        return true;
    }));
    return product.get();
}

// ---- fsum ---------------------------------------------------------------------------

// CPython's math_fsum: Shewchuk's algorithm keeps the running sum as a
// list of non-overlapping partials, so the result is the correctly rounded
// sum of all the inputs (fsum([0.1] * 10) == 1.0).
class ExactSum {
public:
    Result<void> add(double x) {
        double original = x;
        std::size_t kept = 0;
        for (double y : m_partials) {
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) m_partials[kept++] = lo;
            x = hi;
        }
        m_partials.resize(kept);
        if (x == 0.0) return {};
        if (std::isfinite(x)) {
            m_partials.push_back(x);
            return {};
        }
        // A non-finite x comes from an inf/nan input or from overflow.
        if (std::isfinite(original))
            return rt::raise_error(rt::g_exc.OverflowError, "intermediate overflow in fsum");
        if (std::isinf(original)) m_inf_sum += original;
        m_special_sum += original;
        m_partials.clear();
        return {};
    }

    Result<double> total() const {
        if (m_special_sum != 0.0) {
            if (std::isnan(m_inf_sum)) return rt::raise_error(rt::g_exc.ValueError, "-inf + inf in fsum");
            return m_special_sum;
        }
        std::size_t n = m_partials.size();
        if (n == 0) return 0.0;
        double hi = m_partials[--n];
        double lo = 0.0;
        // Sum from the top down while the sum stays exact.
        while (n > 0) {
            double x = hi;
            double y = m_partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) break;
        }
        // Round half-even across partials: sum([1e-16, 1, 1e16]) must round up.
        if (n > 0 && ((lo < 0.0 && m_partials[n - 1] < 0.0) || (lo > 0.0 && m_partials[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi) hi = x;
        }
        return hi;
    }

private:
    std::vector<double> m_partials;
    double m_special_sum = 0.0;
    double m_inf_sum = 0.0;
};

Result<Value> math_fsum(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "math.fsum", 1, 1));
    ExactSum sum;
    MINIPY_TRY(for_each_item(args[0], [&](Value item) -> Result<bool> {
        MINIPY_TRY(sum.add(MINIPY_TRY(real_arg(item))));
        return true;
    }));
    return Value::number(MINIPY_TRY(sum.total()));
}

struct MathFunction {
    const char* name;
    rt::NativeFn fn;
};

constexpr MathFunction kFunctions[] = {
    {"degrees", math_degrees},   {"radians", math_radians},     {"floor", math_floor},
    {"ceil", math_ceil},         {"trunc", math_trunc},         {"log", math_log},
    {"log2", math_log2},         {"log10", math_log10},         {"pow", math_pow},
    {"atan2", math_atan2},       {"copysign", math_copysign},   {"fmod", math_fmod},
    {"nextafter", math_nextafter}, {"ulp", math_ulp},           {"isnan", math_isnan},
    {"isinf", math_isinf},       {"isfinite", math_isfinite},   {"isclose", math_isclose},
    {"modf", math_modf},         {"frexp", math_frexp},         {"ldexp", math_ldexp},
    {"hypot", math_hypot},       {"dist", math_dist},           {"gcd", math_gcd},
    {"lcm", math_lcm},           {"factorial", math_factorial}, {"isqrt", math_isqrt},
    {"comb", math_comb},         {"perm", math_perm},           {"prod", math_prod},
    {"fsum", math_fsum},
};

}  // namespace

rt::ModuleObject* make_math_module() {
    auto* math = rt::make_module("math").as<rt::ModuleObject>();
    add_unary_functions(math, std::make_index_sequence<std::size(kUnary)>());
    for (const MathFunction& f : kFunctions) rt::add_function(math, f.name, f.fn);
    rt::set_attr_str(math, "pi", Value::number(M_PI));
    rt::set_attr_str(math, "e", Value::number(M_E));
    rt::set_attr_str(math, "tau", Value::number(2.0 * M_PI));
    rt::set_attr_str(math, "inf", Value::number(INFINITY));
    rt::set_attr_str(math, "nan", Value::number(NAN));
    return math;
}

}  // namespace minipy::stdlib
