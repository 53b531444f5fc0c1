// Sixteen bytes classified at once, for the scanners that read a whole text: SSE2 on x86-64 (part
// of its base instruction set), plain loops elsewhere (an ARM laptop's build), one source for both.
// Each lane of a mask is 0xFF (true) or 0x00; TopBits gathers the lanes' top bits as bits 0..15.
#ifndef VERMELD_SERVICE_CORE_DETECT_BYTE_LANES_H_
#define VERMELD_SERVICE_CORE_DETECT_BYTE_LANES_H_

#include <cstdint>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#endif

namespace vermeld {

// Plain loops, always built so that a test can hold the SSE2 lanes against them.
struct PortableLanes {
  struct Vector {
    uint8_t b[16];
  };

  static Vector Load(const char* p) {
    Vector v;
    std::memcpy(v.b, p, 16);
    return v;
  }
  static void Store(char* p, Vector v) { std::memcpy(p, v.b, 16); }
  static Vector Splat(char c) {
    Vector v;
    std::memset(v.b, c, 16);
    return v;
  }
  // The bytes in [lo, lo + n), n <= 128, counted as unsigned bytes from lo.
  static Vector InRange(Vector v, char lo, int n) {
    for (uint8_t& x : v.b) x = static_cast<uint8_t>(x - static_cast<uint8_t>(lo)) < n ? 0xFF : 0;
    return v;
  }
  static Vector Equal(Vector v, char c) {
    for (uint8_t& x : v.b) x = x == static_cast<uint8_t>(c) ? 0xFF : 0;
    return v;
  }
  static Vector Or(Vector a, Vector b) {
    for (int i = 0; i < 16; ++i) a.b[i] |= b.b[i];
    return a;
  }
  static Vector And(Vector a, Vector b) {
    for (int i = 0; i < 16; ++i) a.b[i] &= b.b[i];
    return a;
  }
  static unsigned TopBits(Vector v) {
    unsigned bits = 0;
    for (int i = 0; i < 16; ++i) bits |= unsigned{v.b[i]} >> 7 << i;
    return bits;
  }
};

#if defined(__SSE2__) || defined(_M_X64)  // MSVC on x64 has SSE2 without the macro
struct Sse2Lanes {
  using Vector = __m128i;

  static Vector Load(const char* p) { return _mm_loadu_si128(reinterpret_cast<const Vector*>(p)); }
  static void Store(char* p, Vector v) { _mm_storeu_si128(reinterpret_cast<Vector*>(p), v); }
  static Vector Splat(char c) { return _mm_set1_epi8(c); }
  // One signed compare after shifting [lo, lo + n) to the bottom of the signed bytes.
  static Vector InRange(Vector v, char lo, int n) {
    const Vector shifted = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - lo)));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(0x80 + n)));
  }
  static Vector Equal(Vector v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); }
  static Vector Or(Vector a, Vector b) { return _mm_or_si128(a, b); }
  static Vector And(Vector a, Vector b) { return _mm_and_si128(a, b); }
  static unsigned TopBits(Vector v) { return static_cast<uint16_t>(_mm_movemask_epi8(v)); }
};
using Lanes = Sse2Lanes;
#else
using Lanes = PortableLanes;
#endif

}  // namespace vermeld

#endif  // VERMELD_SERVICE_CORE_DETECT_BYTE_LANES_H_
