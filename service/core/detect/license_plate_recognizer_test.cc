#include "core/detect/license_plate_recognizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/detect/test_util.h"

namespace vermeld {
namespace {

using test_util::Hits;
using test_util::Texts;
using ::testing::ElementsAre;

class LicensePlateTest : public ::testing::Test {
 protected:
  std::unique_ptr<Recognizer> r_ = NewLicensePlateRecognizer();
};

TEST_F(LicensePlateTest, FindsBelgianAndDutchPlates) {
  for (const char* p : {"1-ABC-123", "GB-123-X", "12-BDF-3", "1-KBB-23", "X-123-BB", "BBB-12-X",
                        "B-12-BBB", "1-BB-123", "123-BB-1", "BB-12-BB", "12-BB-BB", "WV-84-TN"}) {
    const std::string t = std::string("De wagen met ") + p + " stond fout.";
    EXPECT_THAT(Texts(*r_, t), ElementsAre(p)) << p;
  }
}

TEST_F(LicensePlateTest, AWOnlyOpensATrailersPlate) {
  EXPECT_THAT(Texts(*r_, "de trailer (WV-84-TN) staat er nog"), ElementsAre("WV-84-TN"));
  EXPECT_THAT(Texts(*r_, "zie WW-12-XX en BW-12-XX"), ::testing::IsEmpty());
}

TEST_F(LicensePlateTest, OlderFormsNeedContext) {
  EXPECT_THAT(Texts(*r_, "nummerplaat ABC-123"), ElementsAre("ABC-123"));
  EXPECT_THAT(Texts(*r_, "kenteken 12-34-BB"), ElementsAre("12-34-BB"));
  EXPECT_THAT(Texts(*r_, "kenteken BB-12-34"), ElementsAre("BB-12-34"));
  EXPECT_THAT(Texts(*r_, "kenteken 12-BB-34"), ElementsAre("12-BB-34"));
  // French plates, and vans and trucks as plate words.
  EXPECT_THAT(Texts(*r_, "mon compagnon, immatricul\u00e9 en France : GH-417-TK"),
              ElementsAre("GH-417-TK"));
  EXPECT_THAT(Texts(*r_, "et une ancienne camionnette TXK-482."), ElementsAre("TXK-482"));
  EXPECT_THAT(Texts(*r_, "Truck 14 ( YLP-482 ) staat stil op de E40"), ElementsAre("YLP-482"));
  EXPECT_TRUE(Hits(*r_, "Formulier AB-123-CD invullen").empty());
  // Sidecode 5 numbers documents' rules too.
  EXPECT_THAT(Texts(*r_, "kenteken BB-BB-12"), ElementsAre("BB-BB-12"));
  EXPECT_TRUE(Hits(*r_, "Richtlijn RL-HR-07 - Verwerking van gegevens").empty());
  EXPECT_TRUE(Hits(*r_, "niet noteren volgens PR-HD-04, laat staan").empty());
  EXPECT_TRUE(Hits(*r_, "formulier ABC-123 invullen").empty());
  EXPECT_TRUE(Hits(*r_, "procedure 12-34-BB").empty());
  // Belgian plates written without dashes, or with blanks, beside a plate word.
  EXPECT_THAT(Texts(*r_, "nummerplaat 1ABC234"), ElementsAre("1ABC234"));
  EXPECT_THAT(Texts(*r_, "plaque 1 ABC 234"), ElementsAre("1 ABC 234"));
  EXPECT_THAT(Texts(*r_, "nummerplaat ABC 123"), ElementsAre("ABC 123"));
  // German plates after a plate word.
  EXPECT_THAT(Texts(*r_, "duitse plaat K-LU 2281, Kennzeichen AC-RT 418"),
              ElementsAre("K-LU 2281", "AC-RT 418"));
  EXPECT_TRUE(Hits(*r_, "PV 2025 en NR-KL 2281 zonder plaatwoord").empty());
  // "plaat" is a board or a record as well: it names no plate of three capitals and a number.
  for (const char* t : {"Bestel een plaat MDF 122 x 244 cm", "Zaag de plaat OSB 180 op maat.",
                        "Deze plaat van EMI 145 is zeldzaam"}) {
    EXPECT_TRUE(Hits(*r_, t).empty()) << t;
  }
  EXPECT_TRUE(Hits(*r_, "bestelling 1ABC234").empty());
  // Models and amounts beside a car word are no plates.
  for (const char* t : {"De herstelling van de auto kostte EUR 450",
                        "Mevr. Claes rijdt met een "
                        "BMW 320 als auto van de zaak.",
                        "La voiture, une Mercedes CLA 180"}) {
    EXPECT_TRUE(Hits(*r_, t).empty()) << t;
  }
}

TEST_F(LicensePlateTest, TemplatesOfAFormAreNoPlates) {
  EXPECT_TRUE(Hits(*r_, "Vul het kenteken in zonder streepjes (dus niet \"XX-999-X\")").empty());
  EXPECT_TRUE(Hits(*r_, "nummerplaat: 1-XXX-999").empty());
  EXPECT_THAT(Texts(*r_, "kenteken: XT-919-K"), ElementsAre("XT-919-K"));
}

TEST_F(LicensePlateTest, ExamplesOfAFormAreNoPlates) {
  EXPECT_TRUE(Hits(*r_, "Nummerplaat: _-___-___ (vb. 1-ABC-234; buitenlandse plaat)").empty());
  EXPECT_TRUE(Hits(*r_, "Plaque (p. ex. 2-KLM-554)").empty());
  EXPECT_TRUE(Hits(*r_, "Nummerplaat (bv. 1-ABC-234), plaque (par ex. 2-KLM-554)").empty());
  EXPECT_TRUE(Hits(*r_, "kenteken, bijvoorbeeld 1ABC234").empty());
  EXPECT_THAT(Texts(*r_, "Mijn wagen: 1-ABC-234"), ElementsAre("1-ABC-234"));
  // A firm's "bv" and someone's "ex" give no example.
  EXPECT_THAT(Texts(*r_, "Voertuig Peeters bv 1-KLM-554. Mijn ex 1-ABC-234 staat daar."),
              ElementsAre("1-KLM-554", "1-ABC-234"));
}

TEST_F(LicensePlateTest, OrdinaryCodesAreNotPlates) {
  for (const char* t :
       {"COVID-19", "ISO-27001", "B-1000 Brussel", "2024-001234", "EU-12-AB", "1ABC123",
        "A-1-ABC-123-B", "art. 5-1-2", "12-03-2024", "ADR UN1263 art.nr. 3-KBT-114 (verf)",
        "productcode 2-PLT-120", "PROCEDURE PR-HR-09 - medische attesten"}) {
    EXPECT_TRUE(Hits(*r_, t).empty()) << t;
  }
}

TEST_F(LicensePlateTest, ContextRaisesScore) {
  const auto plain = Hits(*r_, "met 1-ABC-123 gezien");
  const auto ctx = Hits(*r_, "nummerplaat 1-ABC-123");
  ASSERT_EQ(plain.size(), 1u);
  ASSERT_EQ(ctx.size(), 1u);
  EXPECT_GT(ctx[0].score, plain[0].score);
}

}  // namespace
}  // namespace vermeld
