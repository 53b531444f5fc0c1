#include "core/detect/person_introductions.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/detect/test_util.h"

namespace vermeld {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> Names(std::string_view text) {
  std::vector<Finding> found;
  FindSelfIntroductions(text, TextWords(text), test_util::Lists(), found);
  return test_util::FindingTexts(text, found);
}

TEST(PersonIntroductionsTest, WritersAndCallersWhoSayWhoTheyAre) {
  EXPECT_THAT(Names("hallo, hier Ahmad van de Zonnestraat 4 in Kessel-Lo."), ElementsAre("Ahmad"));
  EXPECT_THAT(Names("Hallo, met Ilse Maes. Kan iemand terugbellen?"), ElementsAre("Ilse Maes"));
  EXPECT_THAT(Names("Goedemiddag, u spreekt met Ahmad."), ElementsAre("Ahmad"));
  EXPECT_THAT(Names("hoi, Ahmad hier. ik kom later"), ElementsAre("Ahmad"));
  EXPECT_THAT(Names("Hoi, Ahmad hier."), ElementsAre("Ahmad"));  // "hier" the text's last word
  EXPECT_THAT(Names("Bonjour, ici Samir, je vous appelle pour"), ElementsAre("Samir"));
  EXPECT_THAT(Names("Hi, this is Priya from the 3rd floor"), ElementsAre("Priya"));
  EXPECT_THAT(Names("hey t is tuur ik sta aan het station"), ElementsAre("tuur"));
  EXPECT_THAT(Names("Hallo, het is Ilse. Ik bel terug."), ElementsAre("Ilse"));
  EXPECT_THAT(Names("Goeiemiddag Zarghona, hier Ellen van Interim Noord."), ElementsAre("Ellen"));
  // A given name that is also a word, capitalised after the cue.
  EXPECT_THAT(Names("Goeiemorgen Dirk, hier Lieve. Gisteren gevallen."), ElementsAre("Lieve"));
}

TEST(PersonIntroductionsTest, NoGreetingOrNoNameNoFinding) {
  // Not without the greeting, nor a word or a place after it.
  EXPECT_THAT(Names("Ik kom met Ahmad. Hier Samir en Priya."), IsEmpty());
  EXPECT_THAT(Names("Hallo, met de trainer van de U15. Bonjour, ici Bruxelles."), IsEmpty());
  EXPECT_THAT(Names("Hallo,\nmet Ahmad"), IsEmpty());
  EXPECT_THAT(Names("Hallo, met lieve groeten. Hoi, Lieve hier."), IsEmpty());
  EXPECT_THAT(Names("hey, het is koud. Het is Ilse die belt."), IsEmpty());
}

}  // namespace
}  // namespace vermeld
