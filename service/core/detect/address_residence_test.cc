#include "core/detect/address_residence.h"

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/detect/test_util.h"

namespace vermeld {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> Streets(std::string_view text) {
  auto street_word = [](std::string_view w) { return w.ends_with("straat"); };
  auto place = [](std::string_view w) { return w == "Gent"; };
  return test_util::SpanTexts(text, StreetsAfterResidenceVerb(text, street_word, place));
}

TEST(StreetsAfterResidenceVerbTest, AnyCapitalisedStreetAfterTheVerb) {
  EXPECT_THAT(Streets("merci! ma woont op Molenwijk 31, ik geef het door"),
              ElementsAre("Molenwijk 31"));
  EXPECT_THAT(Streets("Hij woont aan de Kouter 14 in Lochristi."), ElementsAre("Kouter 14"));
  EXPECT_THAT(Streets("Ze zijn verhuisd naar de Sint-Jansstraat 3b."),
              ElementsAre("Sint-Jansstraat 3b"));
  // "in" takes a street's word only: people live in towns and wards too.
  EXPECT_THAT(Streets("Ze woont in de Dorpsstraat 14."), ElementsAre("Dorpsstraat 14"));
  EXPECT_THAT(Streets("Hij woont in Hoek 3 jaar, zij in Gent 2 maanden."), IsEmpty());
  // A word or two of how or since when before the preposition; not other words, nor "in".
  EXPECT_THAT(Streets("Ze woont nog zelfstandig aan de Wijde Noorderhorne 11 in Sneek."),
              ElementsAre("Wijde Noorderhorne 11"));
  EXPECT_THAT(Streets("Hij woont sinds kort op Molenwijk 31."), ElementsAre("Molenwijk 31"));
  EXPECT_THAT(Streets("Ze wonen graag aan Kouter 14; ze woont nog in Hoek 3."), IsEmpty());
  EXPECT_THAT(Streets("Hij woont er al op Pagina 3; ze woont op Facebook 24/7."), IsEmpty());
}

TEST(StreetsAfterResidenceVerbTest, LowerCaseOnlyWhenTheWordEndsLikeAStreet) {
  EXPECT_THAT(Streets("vdb woont op molenstraat 42 he, niet 44?"), ElementsAre("molenstraat 42"));
  EXPECT_THAT(Streets("ze woont op kamer 12 sinds maart"), IsEmpty());
}

TEST(StreetsAfterResidenceVerbTest, RoomsBuildingsAndSystemsAreNoStreets) {
  EXPECT_THAT(Streets("De afdeling HR verhuist naar Gebouw 2 in maart."), IsEmpty());
  EXPECT_THAT(Streets("Alle laptops verhuizen naar Windows 11 in mei."), IsEmpty());
  EXPECT_THAT(Streets("Mevrouw Peeters woont op Afdeling 3 sinds maart."), IsEmpty());
  EXPECT_THAT(Streets("Hij woont op Lokaal 204 van het internaat."), IsEmpty());
}

TEST(StreetsAfterResidenceVerbTest, DistancesTownsAndYearsAreNoStreets) {
  EXPECT_THAT(Streets("Hij woont op 2 km van het werk."), IsEmpty());
  EXPECT_THAT(Streets("Ze verhuist naar Gent 2 jaar lang."), IsEmpty());
  EXPECT_THAT(Streets("Wij verhuizen naar Brussel 2025 of later."), IsEmpty());
  EXPECT_THAT(Streets("Zij woont op de derde verdieping."), IsEmpty());
  EXPECT_THAT(Streets("Hij bewoont op Kerkstraat 12 niets."), IsEmpty());
}

}  // namespace
}  // namespace vermeld
