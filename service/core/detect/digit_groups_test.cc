#include "core/detect/digit_groups.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

#include "core/detect/scan_text.h"

namespace vermeld {
namespace {

bool Fits(std::string_view text, std::initializer_list<size_t> groups, size_t gap = 1) {
  const ScanText scan(text);
  return HasDigitGroups(scan.DigitRuns(), {0, text.size()}, groups, gap);
}

TEST(DigitGroupsTest, SeparatorsMayBeLeftOutButNotMoved) {
  for (const char* yes :
       {"0403 448 635", "0403448635", "0403.448635", "BE0403.448.635.", "tel 12 0403-448-635 x"}) {
    EXPECT_TRUE(Fits(yes, {4, 3, 3})) << yes;
  }
  for (const char* no : {"040 3448635", "0403  448 635", "04034486351", "0403 448 63",
                         "10403 448 635", "0470 12 34 56"}) {
    EXPECT_FALSE(Fits(no, {4, 3, 3})) << no;
  }
}

TEST(DigitGroupsTest, OnlyRunsInsideTheWindowCount) {
  const std::string text = "0403 448 635 and 1234";
  const ScanText scan(text);
  EXPECT_TRUE(HasDigitGroups(scan.DigitRuns(), {0, 12}, {4, 3, 3}));
  EXPECT_FALSE(HasDigitGroups(scan.DigitRuns(), {0, 11}, {4, 3, 3}));
  EXPECT_FALSE(HasDigitGroups(scan.DigitRuns(), {5, 21}, {4, 3, 3}));
}

// The same as a pattern of the groups with at most `gap` non-digit bytes between them, bounded
// by non-digits, on random texts of digits and separators.
void ExpectSameAsPattern(std::initializer_list<size_t> groups, size_t gap = 1) {
  const std::string between = "[^0-9]{0," + std::to_string(gap) + "}";
  std::string pattern = "(?:^|[^0-9])";
  for (size_t g : groups) {
    pattern +=
        (pattern.back() == ')' ? "" : between) + std::string("[0-9]{") + std::to_string(g) + "}";
  }
  const RE2 re(pattern + "(?:$|[^0-9])");
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> byte(0, 15);
  std::uniform_int_distribution<int> length(1, 24);
  size_t fits = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    for (int i = length(rng); i > 0; --i) {
      const int b = byte(rng);
      text += b < 11 ? static_cast<char>('0' + b % 10) : " .-x/"[b - 11];
    }
    const bool want = RE2::PartialMatch(text, re);
    fits += want;
    ASSERT_EQ(want, Fits(text, groups, gap)) << text;
  }
  EXPECT_GT(fits, 200u);
}

TEST(DigitGroupsTest, AgreesWithThePatternItStandsFor) {
  ExpectSameAsPattern({4, 3, 3});
  ExpectSameAsPattern({2, 2, 2, 3, 2});
  ExpectSameAsPattern({4, 2, 3});
  ExpectSameAsPattern({8});
  ExpectSameAsPattern({2, 2, 2, 3, 2}, 3);  // "85 . 07 . 30 - 033 . 28"
}

}  // namespace
}  // namespace vermeld
