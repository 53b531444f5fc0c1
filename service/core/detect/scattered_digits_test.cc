#include "core/detect/scattered_digits.h"

#include "core/detect/checksum.h"
#include "core/detect/test_util.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vermeld {
namespace {

using Spans = std::vector<ByteSpan>;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

bool Any(std::string_view) { return true; }

// The numbers of `digits` digits AddLabelledScatteredNumbers finds after the label "nr" or
// "bsn", any checksum passing, beside the pattern's findings `found`.
std::vector<std::string> Found(const std::string& text, size_t digits,
                               std::vector<Finding> found = {}) {
  const size_t first = found.size();
  AddLabelledScatteredNumbers(
      ScanText(text), {.digits = digits, .labels = {"nr", "bsn"}, .valid = Any, .type = "X"}, 0,
      found);
  Spans spans;
  for (size_t i = first; i < found.size(); ++i) spans.push_back({found[i].begin, found[i].end});
  return test_util::SpanTexts(text, spans);
}

TEST(ScatteredDigitsTest, ChainsOfRunsJoinedByShortSeparators) {
  const std::string text = "nr 1 6 1 9 . 9 1 4 . 3 5 1\nnr 80 63  60 835, nr 806360835.";
  EXPECT_THAT(Found(text, 10), ElementsAre("1 6 1 9 . 9 1 4 . 3 5 1"));
  // One run alone is no scattered number; the chain must hold exactly the digits asked.
  EXPECT_THAT(Found(text, 9), ElementsAre("80 63  60 835"));
  EXPECT_THAT(Found(text, 8), IsEmpty());
}

TEST(ScatteredDigitsTest, NothingGluedBeforeOrAfterAndNoLongJoints) {
  EXPECT_THAT(Found("nr +32 478 12 34 56", 11), IsEmpty());  // a phone
  EXPECT_THAT(Found("nr A80 63 60 835", 9), IsEmpty());
  EXPECT_THAT(Found("nr 80 63 60 835x", 9), IsEmpty());
  EXPECT_THAT(Found("nr 80 63   60 835", 9), IsEmpty());    // three blanks
  EXPECT_THAT(Found("nr 80 63 .. 60 835", 9), IsEmpty());   // two dots
  EXPECT_THAT(Found("nr 80 63 60 835 / 2", 9), IsEmpty());  // goes on
}

TEST(ScatteredDigitsTest, OnlyRightAfterItsOwnLabel) {
  EXPECT_THAT(Found("BSN: 80 63 60 835", 9), ElementsAre("80 63 60 835"));
  // No other number, line, clause or sentence between them; a label's own dot is no end.
  for (const char* t :
       {"BSN 1: 80 63 60 835", "BSN\n80 63 60 835", "BSN, tel 80 63 60 835",
        "BSN; tel 80 63 60 835", "BSN onbekend. Tel 80 63 60 835", "Zie: 80 63 60 835"}) {
    EXPECT_THAT(Found(t, 9), IsEmpty()) << t;
  }
  EXPECT_THAT(Found("BSN-nr. 80 63 60 835", 9), ElementsAre("80 63 60 835"));
}

TEST(ScatteredDigitsTest, GluedToALabelOfOneWord) {
  EXPECT_THAT(Found("aanvraag_BSN750804592.pdf", 9), ElementsAre("750804592"));
  for (const char* t : {"XBSN750804592", "1BSN750804592", "abc750804592"}) {
    EXPECT_THAT(Found(t, 9), IsEmpty()) << t;
  }
}

TEST(ScatteredDigitsTest, NotWhereThePatternFoundOneNorFailingTheChecksum) {
  const std::string text = "BSN: 80 63 60 835. BSN 778 353 370";
  const size_t at = text.rfind("778");
  EXPECT_THAT(Found(text, 9, {{"NL_BSN", at, at + 11, 0.95}}), ElementsAre("80 63 60 835"));
  std::vector<Finding> out;
  AddLabelledScatteredNumbers(ScanText(text),
                              {.digits = 9, .labels = {"bsn"}, .valid = BsnElevenProofOk}, 0, out);
  EXPECT_EQ(out.size(), 2u);  // both pass the 11-proof
  out.clear();
  AddLabelledScatteredNumbers(ScanText("BSN: 80 63 60 836"),
                              {.digits = 9, .labels = {"bsn"}, .valid = BsnElevenProofOk}, 0, out);
  EXPECT_TRUE(out.empty());
}

TEST(ScatteredDigitsTest, DigitsAfterACountryCodeASCanSplit) {
  const std::string text = "a: BE 4 4 1533 4410 3545; b: B E96 2921 89 84 1305; c: NL 12 3456";
  EXPECT_EQ(test_util::SpanTexts(text, ScatteredAfterCountryCode(ScanText(text))),
            (std::vector<std::string>{"BE 4 4 1533 4410 3545", "B E96 2921 89 84 1305"}));
  // Not a code in lower case or glued to a longer word, nor a number in one run.
  for (const char* t : {"be 4 4 1533 4410 3545", "XBE 4 4 1533 4410 3545", "BE 44153344103545"}) {
    EXPECT_TRUE(ScatteredAfterCountryCode(ScanText(t)).empty()) << t;
  }
}

}  // namespace
}  // namespace vermeld
