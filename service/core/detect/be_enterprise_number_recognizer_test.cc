#include "core/detect/be_enterprise_number_recognizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/detect/test_util.h"

namespace vermeld {
namespace {

using test_util::Hits;
using test_util::Texts;
using ::testing::ElementsAre;

class BeEnterpriseNumberTest : public ::testing::Test {
 protected:
  std::unique_ptr<Recognizer> r_ = NewBeEnterpriseNumberRecognizer();
};

TEST_F(BeEnterpriseNumberTest, FindsDottedAndPrefixedForms) {
  EXPECT_THAT(Texts(*r_, "Stad Gent, 0207.451.227, Botermarkt 1"), ElementsAre("0207.451.227"));
  EXPECT_THAT(Texts(*r_, "BE 0403.448.635 - RPR Brussel"), ElementsAre("BE 0403.448.635"));
  // With "BE" and no enterprise word it is written as a VAT number: left to VAT_NUMBER.
  EXPECT_TRUE(Hits(*r_, "BE0403448635").empty());
  EXPECT_THAT(Texts(*r_, "is 0403.448.635 nog actief in de KBO? hun factuur vermeldt BE0403448635"),
              ElementsAre("0403.448.635"));
  // Grouped 4-3-3 with spaces as the KBO prints it, far from any label (a table row).
  EXPECT_THAT(Texts(*r_, "| Alina | naaiatelier | 0403 448 635 | uitgesteld |"),
              ElementsAre("0403 448 635"));
}

TEST_F(BeEnterpriseNumberTest, DigitsAScanSpreadOutRightAfterTheLabel) {
  EXPECT_THAT(Texts(*r_, "Ondernemingsnummer :   0 4 0 3 . 4 4 8 . 6 3 5\nStatus : Actief"),
              ElementsAre("0 4 0 3 . 4 4 8 . 6 3 5"));
  EXPECT_TRUE(Hits(*r_, "Bestelling:   0 4 0 3 . 4 4 8 . 6 3 5").empty());
  EXPECT_TRUE(Hits(*r_, "Ondernemingsnummer :   0 4 0 3 . 4 4 8 . 6 3 6").empty());
}

TEST_F(BeEnterpriseNumberTest, TenDigitsAfterTheirAbbreviationInCapitals) {
  EXPECT_THAT(Texts(*r_, "(extern - Schoonmaak Zuiderkempen, ON 1403448656)"),
              ElementsAre("1403448656"));
  EXPECT_THAT(Texts(*r_, "Peeters bv - ON: 0403448635"), ElementsAre("0403448635"));
  EXPECT_TRUE(Hits(*r_, "call me on 0403448635").empty());
  EXPECT_TRUE(Hits(*r_, "DOSSIERNON 0403448635").empty());
}

TEST_F(BeEnterpriseNumberTest, PeppolIdentifiersUnderTheBelgianScheme) {
  EXPECT_THAT(Texts(*r_, "via Peppol naar 0208:0239184776 (ontvanger)"), ElementsAre("0239184776"));
  EXPECT_THAT(Texts(*r_, "<cbc:EndpointID schemeID=\"0208\">1565174677</cbc:EndpointID>"),
              ElementsAre("1565174677"));
  EXPECT_THAT(Texts(*r_, "lookup?scheme=0208&id=0239184776"), ElementsAre("0239184776"));
  // Another scheme, or 0208 ending a longer number.
  EXPECT_TRUE(Hits(*r_, "0106:0239184776, 10208:0239184776").empty());
}

TEST_F(BeEnterpriseNumberTest, DotsSetOffByBlanksAsAScanPastedAsText) {
  EXPECT_THAT(Texts(*r_, "Ond.nr   1565 .174 . 677          Datum :  14/1O/2025"),
              ElementsAre("1565 .174 . 677"));
  EXPECT_THAT(Texts(*r_, "Ondernemingsnummer 1619 . 914 . 351"), ElementsAre("1619 . 914 . 351"));
  // Invoices' abbreviated labels, with a blank or as initials; not another number's.
  EXPECT_THAT(Texts(*r_, "Ond. nr. 0403448635"), ElementsAre("0403448635"));
  EXPECT_THAT(Texts(*r_, "O.N. 0403448635"), ElementsAre("0403448635"));
  EXPECT_TRUE(Hits(*r_, "bon. nr. 0403448635").empty());
  // The register's own name and the English abbreviation label it too.
  EXPECT_THAT(Texts(*r_, "Kruispuntbank van Ondernemingen: 0403448635; Company no. 0403448635"),
              ElementsAre("0403448635", "0403448635"));
  // Its checksum still decides: the last digit changed.
  EXPECT_TRUE(Hits(*r_, "Ondernemingsnummer 1619 . 914 . 352").empty());
}

TEST_F(BeEnterpriseNumberTest, AColumnHeadedForTheVatFormHoldsNone) {
  EXPECT_THAT(Texts(*r_, test_util::kFirmsCsv), ElementsAre("1978.272.636", "1565.174.677"));
}

TEST_F(BeEnterpriseNumberTest, BareDigitsNeedContext) {
  EXPECT_THAT(Texts(*r_, "ondernemingsnummer 0403448635"), ElementsAre("0403448635"));
  EXPECT_THAT(Texts(*r_, "n° BCE 0403 448 635"), ElementsAre("0403 448 635"));
  EXPECT_TRUE(Hits(*r_, "bel 0403448635").empty());
  // The nine-digit form of before 2005, only beside a context word.
  EXPECT_THAT(Texts(*r_, "ondernemingsnr. 403.448.635"), ElementsAre("403.448.635"));
  EXPECT_TRUE(Hits(*r_, "referentie 403.448.635").empty());
}

TEST_F(BeEnterpriseNumberTest, DashedGroupsNeedTheirLabel) {
  EXPECT_THAT(Texts(*r_, "KBO 0403-448-635"), ElementsAre("0403-448-635"));
  // Dashes join the groups of a phone number too ("0475-123-456").
  EXPECT_TRUE(Hits(*r_, "bel 0403-448-635").empty());
  EXPECT_TRUE(Hits(*r_, "| Alina | naaiatelier | 0403-448-635 | uitgesteld |").empty());
}

TEST_F(BeEnterpriseNumberTest, ALabelTypedWithoutItsBlank) {
  EXPECT_THAT(Texts(*r_, "KBO-nr.0403.448.635"), ElementsAre("0403.448.635"));
}

TEST_F(BeEnterpriseNumberTest, FailingChecksumIsNeverReported) {
  for (const char* t : {"ondernemingsnummer 0403.448.636", "KBO 0207.451.228", "BE 0123.456.748"}) {
    EXPECT_TRUE(Hits(*r_, t).empty()) << t;
  }
}

TEST_F(BeEnterpriseNumberTest, LeavesNumbersAfterAVatLabelToTheVatRecognizer) {
  EXPECT_TRUE(Hits(*r_, "btw BE 0403.448.635").empty());
}

}  // namespace
}  // namespace vermeld
