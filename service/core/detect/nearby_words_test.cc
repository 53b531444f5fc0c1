#include "core/detect/nearby_words.h"

#include <optional>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/detect/literal_windows.h"
#include "core/detect/name_lists.h"

namespace vermeld {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// The pairs found with the anchors of LiteralWindows, checked against those found by RE2.
std::vector<std::string> Spans(const NearbyWords& pairs, std::string_view text) {
  const LiteralWindows anchors({pairs.anchors()});
  const std::vector<ByteSpan> found =
      pairs.Find(text, anchors.Matches(text, anchors.Find(text)[0], 0));
  EXPECT_EQ(found, pairs.Find(text, std::nullopt));
  std::vector<std::string> out;
  for (const ByteSpan& s : found) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

std::string List(const char* name) { return std::string(VERMELD_DATA_DIR) + "/health/" + name; }

std::vector<std::string> Complaints(std::string_view text) {
  static const NearbyWords body({{ReadListFile(List("body_parts.txt")),
                                  ReadListFile(List("complaints.txt")),
                                  {"rechter", "linker"}}});
  return Spans(body, text);
}

std::vector<std::string> Limits(std::string_view text) {
  static const NearbyWords functions({{ReadListFile(List("bodily_functions.txt")),
                                       ReadListFile(List("function_limits.txt")),
                                       {}}});
  return Spans(functions, text);
}

TEST(NearbyWordsTest, ComplaintBeforeOrAfterABodyPart) {
  EXPECT_THAT(Complaints("Wel pijn aan rechterheup bij belasten."),
              ElementsAre("pijn aan rechterheup"));
  EXPECT_THAT(Complaints("Hij heeft al jaren last van zijn rug."),
              ElementsAre("last van zijn rug"));
  EXPECT_THAT(Complaints("Zijn knie is sterk gezwollen."), ElementsAre("knie is sterk gezwollen"));
  EXPECT_THAT(Complaints("Elle a une douleur à l'épaule droite."),
              ElementsAre("douleur à l'épaule"));
  EXPECT_THAT(Complaints("Une douleur à l'Œil gauche."), ElementsAre("douleur à l'Œil"));
}

TEST(NearbyWordsTest, EitherWordAloneOrAcrossASentenceIsNone) {
  EXPECT_THAT(Complaints("Hou de leuning vast met je hand."), IsEmpty());
  EXPECT_THAT(Complaints("Dat is een last. Zijn rug is sterk."), IsEmpty());
  // Parts of other words: "terug", "dossier", "rugzak".
  EXPECT_THAT(Complaints("Ik kom terug met pijn in het dossier en de rugzak."), IsEmpty());
}

TEST(NearbyWordsTest, OnlyTheGivenPrefixesMakeCompounds) {
  EXPECT_THAT(Complaints("Pijn in de linkerknie."), ElementsAre("Pijn in de linkerknie"));
  EXPECT_THAT(Complaints("Pijn in de bovenknie."), IsEmpty());  // not given in this test
}

TEST(NearbyWordsTest, ABodilyFunctionWithItsLimit) {
  EXPECT_THAT(Limits("Ze slaapt slecht sinds de operatie."), ElementsAre("slaapt slecht"));
  EXPECT_THAT(Limits("'s Middags eet hij amper."), ElementsAre("eet hij amper"));
  EXPECT_THAT(Limits("Sinds het CVA kan hij niet meer slikken."), ElementsAre("niet meer slikken"));
  EXPECT_THAT(Limits("Boit très peu, à stimuler."), ElementsAre("Boit très peu"));
  EXPECT_THAT(Limits("Elle ne peut plus marcher sans aide."), ElementsAre("ne peut plus marcher"));
}

TEST(NearbyWordsTest, EachAnchorPairsWithTheCompanionsOfItsOwnList) {
  static const NearbyWords both({{{"knie"}, {"gezwollen"}, {}}, {{"slaapt"}, {"slecht"}, {}}});
  EXPECT_THAT(Spans(both, "Ze slaapt slecht. Zijn knie is gezwollen."),
              ElementsAre("slaapt slecht", "knie is gezwollen"));
  EXPECT_THAT(Spans(both, "Ze slaapt gezwollen. Zijn knie is slecht."), IsEmpty());
}

TEST(NearbyWordsTest, AnAnchorInTwoListsPairsWithTheCompanionsOfEither) {
  static const NearbyWords both({{{"knie"}, {"gezwollen"}, {}}, {{"knie"}, {"zijn"}, {}, true}});
  EXPECT_THAT(Spans(both, "De knie is gezwollen. Ook zijn knie doet pijn."),
              ElementsAre("knie is gezwollen", "zijn knie"));
}

std::vector<std::string> Owned(std::string_view text) {
  static const NearbyWords owned({{ReadListFile(List("owned_conditions.txt")),
                                   ReadListFile(List("owners.txt")),
                                   {"rechter", "linker"},
                                   true,
                                   ReadListFile(List("owner_verbs.txt"))}});
  return Spans(owned, text);
}

TEST(NearbyWordsTest, OnePersonsPossessiveRightBeforeAnOwnedCondition) {
  EXPECT_THAT(Owned("Ze kan haar linkerarm amper gebruiken."), ElementsAre("haar linkerarm"));
  EXPECT_THAT(Owned("Mijn rug is helemaal vast."), ElementsAre("Mijn rug"));
  EXPECT_THAT(Owned("Hij is gestopt met z'n medicatie."), ElementsAre("z'n medicatie"));
  EXPECT_THAT(Owned("Elle a mal depuis sa chute."), ElementsAre("sa chute"));
  EXPECT_THAT(Owned("He forgot his meds again."), ElementsAre("his meds"));
}

TEST(NearbyWordsTest, APossessiveFartherAwayOrOfEveryReaderIsNone) {
  EXPECT_THAT(Owned("De rug zijn we kwijt."), IsEmpty());                    // after, a verb
  EXPECT_THAT(Owned("Neem uw medicatie mee naar de afspraak."), IsEmpty());  // every reader
  EXPECT_THAT(Owned("Haar dossier over de rug van de stoel."), IsEmpty());
  EXPECT_THAT(Owned("Haar ziekte-uitkering is stopgezet."), IsEmpty());  // a compound's head
  EXPECT_THAT(Owned("Zijn  rug."), IsEmpty());                           // one blank only
  // "zijn" as a verb; "dat" before another owner stays ("zegt dat haar knie ...").
  EXPECT_THAT(Owned("Dit zijn pillen voor de hond. Ze zijn medicijnen vergeten."), IsEmpty());
  EXPECT_THAT(Owned("Ze zegt dat haar knie opgezwollen is."), ElementsAre("haar knie"));
  // Everyday senses are no owned conditions.
  EXPECT_THAT(Owned("Hij durft zijn nek uit te steken; dit zijn enkel voorbeelden."), IsEmpty());
  EXPECT_THAT(Owned("Tout repose sur son dos. Ze zijn arm."), IsEmpty());
}

TEST(NearbyWordsTest, AFunctionWithoutALimitIsNone) {
  EXPECT_THAT(Limits("We eten samen en daarna slapen de kinderen in de tent."), IsEmpty());
  EXPECT_THAT(Limits("De gesprekken lopen moeizaam."), IsEmpty());  // "lopen" is no anchor
}

}  // namespace
}  // namespace vermeld
