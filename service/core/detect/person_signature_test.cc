#include "core/detect/person_signature.h"

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace vermeld {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> Signatures(std::string_view text) {
  std::vector<Finding> found;
  FindSignatureNames(TextLines(text), *LoadNameLists(VERMELD_DATA_DIR), found);
  std::vector<std::string> spans;
  for (const Finding& f : found) spans.emplace_back(text.substr(f.begin, f.end - f.begin));
  return spans;
}

TEST(PersonSignatureTest, NameLineAfterDutchClosing) {
  EXPECT_THAT(Signatures("Tot morgen.\n\nMet vriendelijke groeten,\n\nLieselot Vandermeersch\n"
                         "Diensthoofd Communicatie\n"),
              ElementsAre("Lieselot Vandermeersch"));
  EXPECT_THAT(Signatures("Vriendelijke groet\r\nA.M. van der Berg\r\n"),
              ElementsAre("A.M. van der Berg"));
}

TEST(PersonSignatureTest, UnknownNamesCountAfterAClosing) {
  EXPECT_THAT(Signatures("Merci.\nCordialement,\nQ. Vanhaelewijck\n"),
              ElementsAre("Q. Vanhaelewijck"));
  EXPECT_THAT(Signatures("Bien à vous,\n  Xhavit Berisha  \n"), ElementsAre("Xhavit Berisha"));
  // Surnames that end like a street name does (names/surname_endings.txt).
  EXPECT_THAT(Signatures("Met vriendelijke groet,\nAnouk Kruitberg\n"),
              ElementsAre("Anouk Kruitberg"));
  EXPECT_THAT(Signatures("Groeten,\nSanne Oosterveld\n"), ElementsAre("Sanne Oosterveld"));
  EXPECT_THAT(Signatures("Groeten,\nBram Zuiderdijk\n"), ElementsAre("Bram Zuiderdijk"));
}

TEST(PersonSignatureTest, NameOnTheClosingLine) {
  EXPECT_THAT(Signatures("Groeten, Jan Peeters"), ElementsAre("Jan Peeters"));
  EXPECT_THAT(Signatures("> Met vriendelijke groet, Ruud Kuijpers, HR-adviseur, 013-5 72 40 00"),
              ElementsAre("Ruud Kuijpers"));
}

TEST(PersonSignatureTest, TeamsDepartmentsAndSentencesAreNotNames) {
  EXPECT_THAT(Signatures("Kind regards,\nTeam Communicatie\n"), IsEmpty());
  EXPECT_THAT(Signatures("Met vriendelijke groet,\nStad Gent\n"), IsEmpty());
  EXPECT_THAT(Signatures("Met vriendelijke groet,\nhet projectteam\n"), IsEmpty());
  EXPECT_THAT(Signatures("Groeten,\nTel. 02 123 45 67\n"), IsEmpty());
  EXPECT_THAT(Signatures("Groeten uit Gent\nJan Peeters\n"), IsEmpty());
  // A desk behind a French article; a surname keeps its capital after the apostrophe.
  EXPECT_THAT(Signatures("Bien à vous,\nL'économat\n"), IsEmpty());
  EXPECT_THAT(Signatures("Cordialement,\nL'Échevinat de la Culture\n"), IsEmpty());
  EXPECT_THAT(Signatures("Bien à vous,\nMarc L'Hoest\n"), ElementsAre("Marc L'Hoest"));
  EXPECT_THAT(Signatures("Bien à vous,\nMarie L'Écluse\n"), ElementsAre("Marie L'Écluse"));
}

TEST(PersonSignatureTest, InformalClosingsAndNameBesideDepartment) {
  EXPECT_THAT(Signatures("Tot morgen,\nLeen\n"), ElementsAre("Leen"));
  EXPECT_THAT(Signatures("Alvast bedankt!\n\nKarim Amrani\n"), ElementsAre("Karim Amrani"));
  EXPECT_THAT(Signatures("Groet,\nWagenparkbeheer, Annemiek\n"), ElementsAre("Annemiek"));
  EXPECT_THAT(Signatures("Groeten, Jan Peeters | Dienst Burgerzaken\n"),
              ElementsAre("Jan Peeters"));
}

TEST(PersonSignatureTest, SportsClubsClosings) {
  EXPECT_THAT(Signatures("Met sportieve groeten,\nHilde Van Wassenhove\nRegiovoorzitter"),
              ElementsAre("Hilde Van Wassenhove"));
  EXPECT_THAT(Signatures("Sportivement,\nJulie Lambert"), ElementsAre("Julie Lambert"));
}

TEST(PersonSignatureTest, OrganisationCompoundsAreNotNames) {
  EXPECT_THAT(Signatures("Groeten,\nProjectteam Digitaal Loket\n"), IsEmpty());
  EXPECT_THAT(Signatures("Met vriendelijke groet,\nCrediteurenadministratie\n"), IsEmpty());
  EXPECT_THAT(Signatures("Bedankt,\nGroendienst Herentals\n"), IsEmpty());
  EXPECT_THAT(Signatures("Cordialement,\nSecrétariat Général\n"), IsEmpty());
}

TEST(PersonSignatureTest, GivesUpAfterTooManyBlankLines) {
  EXPECT_THAT(Signatures("Groetjes,\n\n\n\n\nSofie Claes\n"), IsEmpty());
}

TEST(PersonSignatureTest, SignaturesInAQuotedReply) {
  EXPECT_THAT(Signatures("> Le propriétaire m'a appelée.\n> Merci, An\n"), ElementsAre("An"));
  EXPECT_THAT(Signatures("> > Groeten,\n>\n> > Els Peeters\n"), ElementsAre("Els Peeters"));
}

TEST(PersonSignatureTest, AClosingWithAWishAndANameWithItsRole) {
  EXPECT_THAT(Signatures("Groetjes en tot dinsdag,\nGriet (coördinator) – 0473 11 62 09\n"),
              ElementsAre("Griet"));
  EXPECT_THAT(Signatures("Met vriendelijke groet,\nJan Peeters - Dienst Communicatie\n"),
              ElementsAre("Jan Peeters"));
  // A part after a spaced dash starts after the dash.
  EXPECT_THAT(Signatures("Cordialement,\nXylda Qworp - Vande Kerckhove\n"),
              ElementsAre("Xylda Qworp", "Vande Kerckhove"));
  // A line that lower-casing lengthens ("Ⱥ" -> "ⱥ") keeps its offsets in the text.
  EXPECT_THAT(Signatures("Hallo,\n\nGroetjes \u023A\u023A\u023A\u023A\u023A\u023A,\nJan"),
              ElementsAre("Jan"));
  // A sentence that opens with a closing word is no closing.
  EXPECT_THAT(Signatures("Groeten uit Gent en tot dinsdag, want morgen\nGeen Naam Hier\n"),
              IsEmpty());
}

}  // namespace
}  // namespace vermeld
