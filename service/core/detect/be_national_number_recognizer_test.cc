#include "core/detect/be_national_number_recognizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/detect/test_util.h"

namespace vermeld {
namespace {

using test_util::Hits;
using test_util::Texts;
using ::testing::ElementsAre;

class BeNationalNumberTest : public ::testing::Test {
 protected:
  std::unique_ptr<Recognizer> r_ = NewBeNationalNumberRecognizer();
};

TEST_F(BeNationalNumberTest, FindsFormattedAndBareNumbers) {
  for (const char* n : {"85.07.30-033.28", "85073003328", "850730 033 28", "85-07-30-033-28"}) {
    const std::string t = std::string("Rijksregisternummer: ") + n + ".";
    EXPECT_THAT(Texts(*r_, t), ElementsAre(n)) << n;
  }
}

// A blank on either side of a separator, as typed or read from a scanned form.
TEST_F(BeNationalNumberTest, BlanksAroundSeparators) {
  for (const char* n : {"85.07.30 - 033.28", "85.07.30 -033.28", "85 . 07 . 30 - 033 . 28"}) {
    const std::string t = std::string("RRN ") + n + " (kopie)";
    EXPECT_THAT(Texts(*r_, t), ElementsAre(n)) << n;
  }
  // Never two separators ("85..07.30-033.28"); two blanks only right after the label, as a scan
  // spreads the digits (DigitsAScanSpreadOutRightAfterTheLabel).
  EXPECT_THAT(Texts(*r_, "RRN 85..07.30-033.28"), ::testing::IsEmpty());
  EXPECT_THAT(Texts(*r_, "RRN is 85 07 30  033 28"), ElementsAre("85 07 30  033 28"));
  EXPECT_THAT(Texts(*r_, "RRN volgt; 85 07 30  033 28"), ::testing::IsEmpty());
  // The abbreviations forms print: "Rijksreg.nr", "RR-nr", "N° national".
  for (const char* label : {"Rijksreg.nr :", "Uw RR-nr :", "N° national :"}) {
    EXPECT_THAT(Texts(*r_, std::string(label) + " 85.07.30 -033.28"),
                ElementsAre("85.07.30 -033.28"))
        << label;
  }
  // Without a national-number word, a date and an amount: "01.03.24 - 101.26 Colruyt".
  EXPECT_THAT(Texts(*r_, "01.03.24 - 101.26 Colruyt Halle"), ::testing::IsEmpty());
}

TEST_F(BeNationalNumberTest, DigitsAScanSpreadOutRightAfterTheLabel) {
  EXPECT_THAT(Texts(*r_, "RRN 85 . 07 . 30 - 0 3 3 . 2 8 (onleesbaar)"),
              ElementsAre("85 . 07 . 30 - 0 3 3 . 2 8"));
  EXPECT_THAT(Texts(*r_, "Rijksregisternr :  8 5 0 7 3 0 0 3 3 2 8"),
              ElementsAre("8 5 0 7 3 0 0 3 3 2 8"));
  // Not without the label right before, nor when the checksum fails.
  EXPECT_THAT(Texts(*r_, "RRN onbekend; ref. 8 5 0 7 3 0 0 3 3 2 8"), ::testing::IsEmpty());
  EXPECT_THAT(Texts(*r_, "RRN 85 . 07 . 30 - 0 3 3 . 2 9"), ::testing::IsEmpty());
}

TEST_F(BeNationalNumberTest, ALabelTypedWithoutItsBlank) {
  EXPECT_THAT(Texts(*r_, "rijksregisternr.57071697681 en INSZ-57.07.16-976.81"),
              ElementsAre("57071697681", "57.07.16-976.81"));
}

TEST_F(BeNationalNumberTest, BirthsFrom2000UseThePrefixTwo) {
  EXPECT_THAT(Texts(*r_, "INSZ 05.03.12-345.32"), ElementsAre("05.03.12-345.32"));
  EXPECT_TRUE(IsValidBeNationalNumber("05031234532"));
  EXPECT_TRUE(IsValidBeNationalNumber("05031234503"));  // the same digits for a birth in 1905
  EXPECT_FALSE(IsValidBeNationalNumber("05031234504"));
}

TEST_F(BeNationalNumberTest, BisNumbers) {
  EXPECT_TRUE(IsValidBeNationalNumber("85473003317"));   // month + 40
  EXPECT_TRUE(IsValidBeNationalNumber("85273003371"));   // month + 20
  EXPECT_FALSE(IsValidBeNationalNumber("85133003370"));  // month 13 is no month
}

TEST_F(BeNationalNumberTest, FailingChecksumsAreNeverReported) {
  for (const char* t : {"rijksregisternummer 85.07.30-033.29", "numéro national 85073003327",
                        "INSZ 05.03.12-345.33"}) {
    EXPECT_TRUE(Hits(*r_, t).empty()) << t;
  }
}

TEST_F(BeNationalNumberTest, ContextRaisesScore) {
  const auto plain = Hits(*r_, "nummer 85.07.30-033.28 staat");
  const auto ctx = Hits(*r_, "Rijksregisternummer 85.07.30-033.28");
  ASSERT_EQ(plain.size(), 1u);
  ASSERT_EQ(ctx.size(), 1u);
  EXPECT_GT(ctx[0].score, plain[0].score);
  // "NN", as Belgian forms abbreviate the national number, is such a word too.
  const auto nn = Hits(*r_, "NN 85.07.30-033.28");
  ASSERT_EQ(nn.size(), 1u);
  EXPECT_EQ(nn[0].score, ctx[0].score);
}

TEST_F(BeNationalNumberTest, HardNegatives) {
  for (const char* t : {"factuur 2024-001234", "bel +32470123456 nu", "€ 1.250.000,00",
                        "12345678901234", "ref. 85.07.30-033.28.4"}) {
    EXPECT_TRUE(Hits(*r_, t).empty()) << t;
  }
}

}  // namespace
}  // namespace vermeld
