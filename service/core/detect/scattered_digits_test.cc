#include "core/detect/scattered_digits.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vermeld {
namespace {

using Spans = std::vector<ByteSpan>;

std::vector<std::string> Texts(const std::string& text, const Spans& spans) {
  std::vector<std::string> out;
  for (const ByteSpan& s : spans) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(ScatteredDigitsTest, ChainsOfRunsJoinedByShortSeparators) {
  const std::string text = "nr 1 6 1 9 . 9 1 4 . 3 5 1\nen 80 63 60 835, of 806360835.";
  const ScanText s(text);
  EXPECT_EQ(Texts(text, ScatteredNumbers(s, 10)),
            (std::vector<std::string>{"1 6 1 9 . 9 1 4 . 3 5 1"}));
  // One run alone is no scattered number; the chain must hold exactly the digits asked.
  EXPECT_EQ(Texts(text, ScatteredNumbers(s, 9)), (std::vector<std::string>{"80 63 60 835"}));
  EXPECT_TRUE(ScatteredNumbers(s, 8).empty());
}

TEST(ScatteredDigitsTest, NothingGluedBeforeOrAfterAndNoLongJoints) {
  EXPECT_TRUE(ScatteredNumbers(ScanText("+32 478 12 34 56"), 11).empty());  // a phone
  EXPECT_TRUE(ScatteredNumbers(ScanText("A80 63 60 835"), 9).empty());
  EXPECT_TRUE(ScatteredNumbers(ScanText("80 63 60 835x"), 9).empty());
  EXPECT_TRUE(ScatteredNumbers(ScanText("80 63    60 835"), 9).empty());   // four blanks
  EXPECT_TRUE(ScatteredNumbers(ScanText("80 63 60 835 / 2"), 9).empty());  // goes on
}

TEST(ScatteredDigitsTest, OnlyRightAfterALabelAndNotWhereThePatternFoundOne) {
  const std::string text = "BSN: 80 63 60 835. Klant 77 83 53 370. BSN 778 353 370";
  const ScanText s(text);
  EXPECT_EQ(Texts(text, LabelledScatteredNumbers(s, 9, {"bsn"}, {})),
            (std::vector<std::string>{"80 63 60 835", "778 353 370"}));
  const size_t found = text.rfind("778");
  const std::vector<Finding> patterned = {{"NL_BSN", found, found + 11, 0.95}};
  EXPECT_EQ(Texts(text, LabelledScatteredNumbers(s, 9, {"bsn"}, patterned)),
            (std::vector<std::string>{"80 63 60 835"}));
}

TEST(ScatteredDigitsTest, DigitsAfterACountryCodeASCanSplit) {
  const std::string text = "a: BE 4 4 1533 4410 3545; b: B E96 2921 89 84 1305; c: NL 12 3456";
  EXPECT_EQ(Texts(text, ScatteredAfterCountryCode(ScanText(text))),
            (std::vector<std::string>{"BE 4 4 1533 4410 3545", "B E96 2921 89 84 1305"}));
  // Not a code in lower case or glued to a longer word, nor a number in one run.
  for (const char* t : {"be 4 4 1533 4410 3545", "XBE 4 4 1533 4410 3545", "BE 44153344103545"}) {
    EXPECT_TRUE(ScatteredAfterCountryCode(ScanText(t)).empty()) << t;
  }
}

}  // namespace
}  // namespace vermeld
