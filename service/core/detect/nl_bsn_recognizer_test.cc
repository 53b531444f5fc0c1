#include "core/detect/nl_bsn_recognizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/detect/person_evidence.h"
#include "core/detect/test_util.h"

namespace vermeld {
namespace {

using test_util::Hits;
using test_util::Texts;
using ::testing::ElementsAre;

class NlBsnTest : public ::testing::Test {
 protected:
  // The numbers found scoring more than a bare nine digits (which a text must name someone for).
  std::vector<std::string> Sure(std::string_view text) const {
    std::vector<std::string> out;
    for (const auto& h : Hits(*r_, text)) {
      if (h.score > kBareBsnScore) out.push_back(h.text);
    }
    return out;
  }

  std::unique_ptr<Recognizer> r_ = NewNlBsnRecognizer();
};

TEST_F(NlBsnTest, FindsAllFormsNextToContext) {
  for (const char* n : {"123456782", "1234.56.782", "123 456 782", "123.456.782", "12345672",
                        "1234 56 782", "1234-56-782", "123-456-782"}) {
    const std::string t = std::string("Mijn BSN is ") + n + ".";
    EXPECT_THAT(Texts(*r_, t), ElementsAre(n)) << n;
  }
  EXPECT_THAT(Texts(*r_, "burgerservicenummer: 111222333"), ElementsAre("111222333"));
  // Spread out in an odd grouping, only right after the label.
  EXPECT_THAT(Texts(*r_, "BSN nummer: 80 63 60 835"), ElementsAre("80 63 60 835"));
  EXPECT_THAT(Texts(*r_, "field=bsn value=\"6887356 91\""), ElementsAre("6887356 91"));
  EXPECT_TRUE(Texts(*r_, "BSN volgt; klant 80 63 60 835").empty());
  // In a CSV export, after a number in the cell before.
  EXPECT_THAT(Texts(*r_, "Naam,Geboortedatum,BSN,Uren\nPiet de Jong,12-03-1985,530956251,32"),
              ElementsAre("530956251"));
  // Glued to its label, in a file name; not to a longer word.
  EXPECT_THAT(Texts(*r_, "Bestand: Aanvraag_BSN750804592_Rahimi.pdf"), ElementsAre("750804592"));
  EXPECT_TRUE(Texts(*r_, "code XBSN750804592 en abcBSN750804592").empty());
  // In a file name, its words joined by '_'.
  EXPECT_THAT(Texts(*r_, "BSN-brief: scan_Raghunathan_849547945.pdf"), ElementsAre("849547945"));
  EXPECT_THAT(Texts(*r_, "Bestand met BSN: loonstrook_392605090_2025-08.pdf"),
              ElementsAre("392605090"));
  // Short forms people type; "sofinr" is no other number's label; "Sofi" is a given name.
  EXPECT_THAT(Texts(*r_, "S. de Vries - sofinr: 512249283; BSN-nr 836869825"),
              ElementsAre("512249283", "836869825"));
  EXPECT_TRUE(Sure("Contact: Sofi Peeters, 448225839 (intern)").empty());
  // The answer lines after the question in a chat; not a page further.
  const std::string chat =
      "Mark  10:14\nheb jij het sofinummer van die nieuwe stagiair al? moet de loonheffing nog "
      "aanmelden voor vrijdag\nIlse  10:16\nja stond op zn formulier: 141415940.";
  EXPECT_THAT(Texts(*r_, chat), ElementsAre("141415940"));
  EXPECT_TRUE(Texts(*r_, "Uw BSN staat op uw paspoort." + std::string(300, ' ') + "Order 141415940")
                  .empty());
  // Farther than a line or two, a number labelled as another one is not the BSN.
  const std::string far = "Uw BSN is bij ons bekend." + std::string(150, ' ');
  EXPECT_TRUE(Texts(*r_, far + "Uw dossiernummer: 141415940").empty());
  EXPECT_TRUE(Texts(*r_, far + "KvK 41415940").empty());
  // Three groups of three, a leading 0 too, count as far as a bare number; a bare nine-digit
  // number with a leading 0 only near the word (a Belgian landline has nine digits).
  const std::string farther = "Jullie BSN's graag." + std::string(150, ' ');
  EXPECT_THAT(Texts(*r_, farther + "Voor haar heb ik 006 784 112."), ElementsAre("006 784 112"));
  EXPECT_TRUE(Sure(farther + "Voor haar heb ik 006784112.").empty());
  // So does the four-two-three grouping a BSN is written in, with blanks or dashes.
  EXPECT_THAT(Texts(*r_, farther + "Anne: 4689 78 148 bu mu"), ElementsAre("4689 78 148"));
  EXPECT_THAT(Texts(*r_, farther + "Anne: 4689-78-148"), ElementsAre("4689-78-148"));
  // Not an amount, nor a Belgian service number ("078 ...").
  EXPECT_TRUE(Texts(*r_, farther + "Samen ruim \u20AC 123.456.782 aan toeslagen.").empty());
  EXPECT_TRUE(Texts(*r_, farther + "Bel op 078 150 000 (werkdagen).").empty());
}

// A label typed without its blank: "BSN-864403148", "sofinr.682065407".
TEST_F(NlBsnTest, ALabelTypedWithoutItsBlank) {
  EXPECT_THAT(Texts(*r_, "BSN-864403148 en sofinr.682065407"),
              ElementsAre("864403148", "682065407"));
}

TEST_F(NlBsnTest, AbbreviatedLabels) {
  EXPECT_THAT(Texts(*r_, "burgerservicenr. 123456782, sofi-nr 864403148, sofi nr: 682065407"),
              ElementsAre("123456782", "864403148", "682065407"));
  // With the letters' dots; a number failing the 11-proof stays out.
  EXPECT_THAT(Texts(*r_, "B.S.N. 799751820; B.S.N.: 799 751 821"), ElementsAre("799751820"));
}

TEST_F(NlBsnTest, BareNumbersInTheColumnOfABsn) {
  EXPECT_THAT(
      Texts(*r_,
            "naam | geb. | nummer | uren\nSanne | 09-02-1999 | 744782922 | 32\n"
            "Kemal | 03-12-1986 | 0707.52.618 | 38\nTomasz | 17-09-1990 | 622 604 946 | 40\n"),
      ElementsAre("0707.52.618", "744782922", "622 604 946"));
  EXPECT_TRUE(Texts(*r_, "naam | order\nSanne | 744782922\nKemal | 622 604 946\n").empty());
}

TEST_F(NlBsnTest, ABsnFoundWrittenAnotherWay) {
  const std::string page(300, ' ');
  EXPECT_THAT(Texts(*r_, "Anne: 4689 78 148 bu mu" + page + "naam Hatice Demir, BSN 468978148"),
              ElementsAre("468978148", "4689 78 148"));
  // Another number that passes the 11-proof stays unreported.
  EXPECT_THAT(Texts(*r_, "Anne: 1234 56 782 bu mu" + page + "naam Hatice Demir, BSN 468978148"),
              ElementsAre("468978148"));
}

TEST_F(NlBsnTest, BareNumbersNeedContext) {
  EXPECT_TRUE(Sure("Er kwamen 123456782 bezoekers.").empty());
  EXPECT_TRUE(Hits(*r_, "order 123 456 782").empty());
}

TEST_F(NlBsnTest, BareNineDigitsWithoutAWordScoreLow) {
  const auto hits = Hits(*r_, "Casus mevrouw K. Mahabier (806360835)");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].text, "806360835");
  EXPECT_EQ(hits[0].score, kBareBsnScore);
  // Not with a leading 0 (a Belgian landline), after another number's label or a currency, under
  // a table column's header, nor grouped, nor eight digits.
  for (const char* t :
       {"Mahabier (058740430)", "Ordernummer 806360835", "klant 806360835", "EUR 806360835",
        "naam | order\nSanne | 806360835", "ref. 806 360 835", "12345672"}) {
    EXPECT_TRUE(Hits(*r_, t).empty()) << t;
  }
}

TEST_F(NlBsnTest, TypicalFormCountsOnItsOwnWithLowerScore) {
  const auto hits = Hits(*r_, "nummer 1234.56.782 genoteerd");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_LT(hits[0].score, 0.9);
}

TEST_F(NlBsnTest, FailingElevenProofIsNeverReported) {
  for (const char* t : {"BSN 123456789", "BSN 1234.56.783", "bsn 000000000", "BSN 12345678"}) {
    EXPECT_TRUE(Hits(*r_, t).empty()) << t;
  }
}

TEST_F(NlBsnTest, NotAFragmentOfALongerNumber) {
  EXPECT_TRUE(Hits(*r_, "BSN-lijst 2024-123456782").empty());
  EXPECT_TRUE(Hits(*r_, "BSN 1123456782").empty());
}

}  // namespace
}  // namespace vermeld
