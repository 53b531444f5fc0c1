#include "core/detect/vat_number_recognizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/detect/test_util.h"

namespace vermeld {
namespace {

using test_util::Hits;
using test_util::Texts;
using ::testing::ElementsAre;

class VatNumberTest : public ::testing::Test {
 protected:
  std::unique_ptr<Recognizer> r_ = NewVatNumberRecognizer();
};

TEST_F(VatNumberTest, ALabelTypedWithoutItsBlank) {
  EXPECT_THAT(Texts(*r_, "btw-nr.BE0403448635"), ElementsAre("BE0403448635"));
}

TEST_F(VatNumberTest, FindsDutchVatNumbers) {
  EXPECT_THAT(Texts(*r_, "btw-id NL123456782B01."), ElementsAre("NL123456782B01"));
  EXPECT_THAT(Texts(*r_, "NL 123456782 B01"), ElementsAre("NL 123456782 B01"));
  EXPECT_THAT(Texts(*r_, "btw-id NL 1234.56.782 B01"), ElementsAre("NL 1234.56.782 B01"));
  EXPECT_TRUE(Hits(*r_, "btw-id NL 1234.56.783 B01").empty());
  // The Belastingdienst's own layout sets the "B" off by a dot.
  EXPECT_THAT(Texts(*r_, "btw-nummer NL1234.56.782.B01"), ElementsAre("NL1234.56.782.B01"));
  EXPECT_THAT(Texts(*r_, "NL123456782.B01"), ElementsAre("NL123456782.B01"));
  // Sole-trader numbers since 2020 pass mod 97-10 instead of the 11-proef.
  EXPECT_THAT(Texts(*r_, "NL000099998B57"), ElementsAre("NL000099998B57"));
}

TEST_F(VatNumberTest, FindsBelgianVatNumbersAfterALabel) {
  EXPECT_THAT(Texts(*r_, "BTW BE 0403.448.635"), ElementsAre("BE 0403.448.635"));
  EXPECT_THAT(Texts(*r_, "N° TVA : BE0403448635"), ElementsAre("BE0403448635"));
  EXPECT_THAT(Texts(*r_, "TVA BE-0403.448.635"), ElementsAre("BE-0403.448.635"));
  // A nearer enterprise-number label makes the second one the enterprise number.
  EXPECT_THAT(Texts(*r_, "btw BE 0403.448.635 en KBO 0403.448.635"),
              ElementsAre("BE 0403.448.635"));
  EXPECT_THAT(Texts(*r_, "btw-nr. BE 403.448.635"), ElementsAre("BE 403.448.635"));
  EXPECT_TRUE(Hits(*r_, "ondernemingsnummer 0403.448.635 (btw-plichtig)").empty());
  // Dashed groups only after a VAT label, even with the prefix: a phone number looks so too.
  EXPECT_THAT(Texts(*r_, "btw BE 0403-448-635"), ElementsAre("BE 0403-448-635"));
  EXPECT_TRUE(Hits(*r_, "Leverancier: Drukkerij Peeters, BE 0403-448-635.").empty());
}

TEST_F(VatNumberTest, BelgianVatFormWithItsPrefixNeedsNoLabel) {
  EXPECT_THAT(Texts(*r_, "Leverancier: Drukkerij Peeters, BE0403448635."),
              ElementsAre("BE0403448635"));
  EXPECT_THAT(Texts(*r_, "Bijlage: uittreksel_BE0403448635_2025-03.pdf"),
              ElementsAre("BE0403448635"));
  // Next to an enterprise-number word it is the enterprise number; further off, that word names
  // the firm's number in its other form.
  EXPECT_TRUE(Texts(*r_, "BE 0403.448.635 - RPR Brussel").empty());
  EXPECT_THAT(Texts(*r_, "is 0403.448.635 nog actief in de KBO? hun factuur vermeldt BE0403448635"),
              ElementsAre("BE0403448635"));
  // Unless a VAT label before it is nearer, a few words away: the prefix is the VAT form.
  const std::string asked =
      "je ondernemingsnummer is 0604.943.963. Ook je btw-nummer in het juiste formaat: ";
  EXPECT_THAT(Texts(*r_, asked + "BE0604943963."), ElementsAre("BE0604943963"));
  // Nor when an enterprise-number word stands nearer than the VAT label.
  EXPECT_TRUE(
      Texts(*r_, "Vrijgesteld van btw; ondernemingsnummer van de vzw: BE 0403.448.635.").empty());
  // Without the prefix a number that far from a VAT label is not taken for one.
  EXPECT_TRUE(Texts(*r_, "btw-nummer in het juiste formaat staat hier: 0604.943.963").empty());
}

TEST_F(VatNumberTest, DotsSetOffByBlanksAsAScanPastedAsText) {
  EXPECT_THAT(Texts(*r_, "BTW  BE0438 .667 .256\nBtw-plichtig sinds 01.04.2023 (BE 1619 .914.351)"),
              ElementsAre("BE0438 .667 .256", "BE 1619 .914.351"));
}

TEST_F(VatNumberTest, ATableColumnsHeaderTellsTheForm) {
  // Whatever the header beside it and the rows above say ("btw verlegd").
  EXPECT_THAT(Texts(*r_, test_util::kFirmsCsv), ElementsAre("BE1978272636", "BE1565174677"));
  // French and English headers, the enterprise-number words of BE_ENTERPRISE_NUMBER.
  EXPECT_THAT(Texts(*r_,
                    "nom;numéro d'entreprise;n° tva;ville\n"
                    "Imprimerie;1978.272.636;BE1978272636;Kortrijk\n"),
              ElementsAre("BE1978272636"));
  EXPECT_THAT(Texts(*r_, "name;company number;VAT\nDatalus;1565.174.677;BE1565174677\n"),
              ElementsAre("BE1565174677"));
  // A header naming both forms: the "BE" prefix tells.
  EXPECT_THAT(Texts(*r_,
                    "naam;kbo / btw;gemeente\nDrukkerij;1978.272.636;Kortrijk\n"
                    "Datalus;BE1565174677;Leuven\n"),
              ElementsAre("BE1565174677"));
}

TEST_F(VatNumberTest, FailingChecksumsAreNeverReported) {
  for (const char* t : {"NL123456789B01", "NL000099998B58", "btw BE 0403.448.636"}) {
    EXPECT_TRUE(Hits(*r_, t).empty()) << t;
  }
}

}  // namespace
}  // namespace vermeld
