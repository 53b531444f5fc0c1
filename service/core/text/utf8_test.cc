#include "core/text/utf8.h"

#include <gtest/gtest.h>

namespace vermeld {
namespace {

TEST(Utf8, AcceptsValidText) {
  EXPECT_FALSE(FindInvalidUtf8("Café in Brussel — €5 😀").has_value());
  EXPECT_FALSE(FindInvalidUtf8("").has_value());
}

TEST(Utf8, ReportsOffsetOfFirstBadSequence) {
  EXPECT_EQ(FindInvalidUtf8("ab\xff"), 2u);
  EXPECT_EQ(FindInvalidUtf8("ab\xc3"), 2u);          // truncated
  EXPECT_EQ(FindInvalidUtf8("\xc0\xaf"), 0u);        // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("x\xed\xa0\x80"), 1u);   // surrogate
  EXPECT_EQ(FindInvalidUtf8("\xf4\x90\x80\x80"), 0u);  // above U+10FFFF
}

TEST(Utf16Index, CountsSurrogatePairsAsTwoUnits) {
  const std::string s = "é😀a";  // 2 + 4 + 1 bytes; 1 + 2 + 1 units
  Utf16Index idx(s);
  EXPECT_EQ(idx.ToUtf16(0), 0u);
  EXPECT_EQ(idx.ToUtf16(2), 1u);
  EXPECT_EQ(idx.ToUtf16(6), 3u);
  EXPECT_EQ(idx.ToUtf16(7), 4u);
  EXPECT_EQ(idx.Utf16Length(), 4u);
}

TEST(Utf8, DecodeAndAppendRoundTrip) {
  const std::string s = "aé€😀";
  std::string out;
  for (size_t pos = 0; pos < s.size();) AppendUtf8(DecodeUtf8(s, pos), out);
  EXPECT_EQ(out, s);
}

}  // namespace
}  // namespace vermeld
