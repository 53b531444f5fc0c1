#include "core/detect/byte_lanes.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace vermeld {
namespace {

// The classes the scanners ask for, as a bit mask of the 16 bytes at p, through one implementation.
template <typename Ops>
struct Classes {
  static std::vector<unsigned> Of(const char* p) {
    const auto v = Ops::Load(p);
    return {Ops::TopBits(Ops::InRange(v, 'A', 26)),
            Ops::TopBits(Ops::InRange(v, '0', 10)),
            Ops::TopBits(Ops::InRange(Ops::Or(v, Ops::Splat(0x20)), 'a', 26)),
            Ops::TopBits(Ops::InRange(v, '\x80', 64)),
            Ops::TopBits(Ops::Equal(v, '\n')),
            Ops::TopBits(Ops::Equal(v, '\xC2')),
            Ops::TopBits(Ops::And(Ops::Equal(v, '.'), Ops::InRange(v, '-', 3))),
            Ops::TopBits(v)};
  }
};

TEST(ByteLanesTest, PortableLanesClassifyEachByte) {
  const std::string text = "Ab9\n.-z\xC2\xA0Z@[`{/:";
  ASSERT_EQ(text.size(), 16u);
  const std::vector<unsigned> c = Classes<PortableLanes>::Of(text.data());
  EXPECT_EQ(c[0], 0b0000'0010'0000'0001u);  // A Z
  EXPECT_EQ(c[1], 0b0000'0000'0000'0100u);  // 9
  EXPECT_EQ(c[2], 0b0000'0010'0100'0011u);  // A b z Z, folded
  EXPECT_EQ(c[3], 0b0000'0001'0000'0000u);  // \xA0 (0x80..0xBF: not \xC2)
  EXPECT_EQ(c[4], 0b0000'0000'0000'1000u);  // \n
  EXPECT_EQ(c[5], 0b0000'0000'1000'0000u);  // \xC2
  EXPECT_EQ(c[6], 0b0000'0000'0001'0000u);  // . (in '-'..'/' and equal to '.')
  EXPECT_EQ(c[7], 0b0000'0001'1000'0000u);  // the top bit: \xC2 \xA0
}

TEST(ByteLanesTest, PortableLanesStoreWhatTheyLoad) {
  char bytes[16];
  for (int i = 0; i < 16; ++i) bytes[i] = static_cast<char>('A' + i);
  PortableLanes::Store(bytes,
                       PortableLanes::Or(PortableLanes::Load(bytes), PortableLanes::Splat(0x20)));
  EXPECT_EQ(std::string(bytes, 16), "abcdefghijklmnop");
}

#if defined(__SSE2__) || defined(_M_X64)
// Every byte value in every lane, then random blocks: SSE2 and the portable loops agree.
TEST(ByteLanesTest, Sse2LanesAgreeWithPortableLanes) {
  char block[16];
  for (int value = 0; value < 256; ++value) {
    for (int lane = 0; lane < 16; ++lane) block[lane] = static_cast<char>(value + lane);
    ASSERT_EQ(Classes<Sse2Lanes>::Of(block), Classes<PortableLanes>::Of(block))
        << "from byte " << value;
  }
  std::mt19937 random(20261205);
  for (int round = 0; round < 10000; ++round) {
    for (char& b : block) b = static_cast<char>(random());
    ASSERT_EQ(Classes<Sse2Lanes>::Of(block), Classes<PortableLanes>::Of(block))
        << "round " << round;
  }
}
#endif

}  // namespace
}  // namespace vermeld
