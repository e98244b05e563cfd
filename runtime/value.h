// runtime/value.h: the one-word Python value. Only this file knows its bits.
//
// minipy NaN-boxes: a Value is 64 bits that are either an IEEE double, or,
// in the negative quiet-NaN space no real computation produces, a tagged
// payload. Chosen over low-bit tagging because nbody-style float code would
// otherwise allocate a box per arithmetic result; ints stay inline up to 48
// bits, which covers every loop counter and checksum in ../shared/bench.
//
//   top 16 bits   meaning
//   0xFFFC        heap object pointer (48-bit address)
//   0xFFFD        small int, 48-bit two's complement payload
//   0xFFFE        special: None, False, True, null, the exhausted-iterator mark
//   anything else a double (NaNs are canonicalised to 0x7FF8... on entry)
//
// Ints outside [-2**47, 2**47) live on the heap as BigInt; the invariant that
// an int which fits is always small keeps `==` on small ints a word compare.
#pragma once

#include <bit>
#include <cmath>
#include <cstdint>

namespace minipy::rt {

struct Object;

class Value {
public:
    static constexpr std::uint64_t kTagShift = 48;
    static constexpr std::uint64_t kPtrTag = 0xFFFC;
    static constexpr std::uint64_t kIntTag = 0xFFFD;
    static constexpr std::uint64_t kSpecialTag = 0xFFFE;
    static constexpr std::uint64_t kPayloadMask = (std::uint64_t{1} << kTagShift) - 1;
    static constexpr std::int64_t kSmallIntMin = -(std::int64_t{1} << 47);
    static constexpr std::int64_t kSmallIntMax = (std::int64_t{1} << 47) - 1;
    // Any NaN a computation yields is stored as this one, so it never
    // collides with the tagged space.
    static constexpr std::uint64_t kCanonicalNaN = 0x7FF8000000000000ull;

    constexpr Value() : m_bits(special_bits(Special::Null)) {}

    static constexpr Value none() { return from_bits(special_bits(Special::None)); }
    static constexpr Value boolean(bool b) { return from_bits(special_bits(b ? Special::True : Special::False)); }
    // The "no value" marker: an empty local slot, a NULL stack entry, or
    // (inside Result<Value>) a failed operation whose exception is pending.
    static constexpr Value null() { return Value(); }
    // What an iterator's next slot returns when it is done, so that plain
    // `for` loops never allocate a StopIteration. Never visible to Python.
    static constexpr Value exhausted() { return from_bits(special_bits(Special::Exhausted)); }
    static Value number(double d) {
        if (d != d) return from_bits(kCanonicalNaN);
        return from_bits(std::bit_cast<std::uint64_t>(d));
    }
    // [i] must be within the small range; use rt::make_int for any int64.
    static constexpr Value small_int(std::int64_t i) {
        return from_bits((kIntTag << kTagShift) | (static_cast<std::uint64_t>(i) & kPayloadMask));
    }
    static Value object(const Object* o) {
        return from_bits((kPtrTag << kTagShift) | reinterpret_cast<std::uintptr_t>(o));
    }
    static constexpr bool fits_small(std::int64_t i) { return i >= kSmallIntMin && i <= kSmallIntMax; }

    constexpr std::uint64_t tag() const { return m_bits >> kTagShift; }
    constexpr bool is_double() const { return (m_bits >> 50) != 0x3FFF; }
    constexpr bool is_small_int() const { return tag() == kIntTag; }
    constexpr bool is_object() const { return tag() == kPtrTag; }
    constexpr bool is_none() const { return m_bits == special_bits(Special::None); }
    constexpr bool is_null() const { return m_bits == special_bits(Special::Null); }
    constexpr bool is_exhausted() const { return m_bits == special_bits(Special::Exhausted); }
    constexpr bool is_bool() const {
        return m_bits == special_bits(Special::True) || m_bits == special_bits(Special::False);
    }
    constexpr bool is_true() const { return m_bits == special_bits(Special::True); }
    constexpr bool is_false() const { return m_bits == special_bits(Special::False); }
    // Both small ints, in one test: every live tag other than 0xFFFD lacks
    // one of its bits, so the AND keeps 0xFFFD only if both operands had it.
    static constexpr bool both_small_ints(Value a, Value b) { return ((a.m_bits & b.m_bits) >> kTagShift) == kIntTag; }

    double as_double() const { return std::bit_cast<double>(m_bits); }
    constexpr std::int64_t as_small_int() const { return static_cast<std::int64_t>(m_bits << 16) >> 16; }
    Object* as_object() const { return reinterpret_cast<Object*>(m_bits & kPayloadMask); }
    template <class T> T* as() const { return static_cast<T*>(as_object()); }

    constexpr std::uint64_t bits() const { return m_bits; }
    static constexpr Value from_bits(std::uint64_t b) { Value v; v.m_bits = b; return v; }
    // Identity, i.e. Python's `is`.
    constexpr bool is(Value o) const { return m_bits == o.m_bits; }

private:
    enum class Special : std::uint64_t { Null = 0, None = 1, False = 2, True = 3, Exhausted = 4 };
    static constexpr std::uint64_t special_bits(Special s) {
        return (kSpecialTag << kTagShift) | static_cast<std::uint64_t>(s);
    }
    std::uint64_t m_bits;
};

static_assert(sizeof(Value) == 8);

}  // namespace minipy::rt
