#include "core/detect/confidential.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace vermeld {
namespace {

std::vector<std::string> Markers(std::string_view text, const std::vector<std::string>& extra = {}) {
  std::vector<std::string> out;
  for (const auto& f : FindConfidentialMarkers(text, extra)) {
    EXPECT_EQ(text.substr(f.begin, f.end - f.begin), f.marker);
    out.push_back(f.marker);
  }
  return out;
}

TEST(Confidential, LabelsOnTheirOwnLine) {
  EXPECT_THAT(Markers("VERTROUWELIJK\nNota aan het college"), ::testing::ElementsAre("VERTROUWELIJK"));
  EXPECT_THAT(Markers("Onderwerp: begroting\nVertrouwelijk: niet bestemd voor de pers"),
              ::testing::Contains("Vertrouwelijk"));
  EXPECT_THAT(Markers("**Confidentiel**\nNote au collège"), ::testing::ElementsAre("Confidentiel"));
  EXPECT_THAT(Markers("CONCEPT - niet verspreiden\nBeleidsnota"), ::testing::SizeIs(1));
  EXPECT_THAT(Markers("Intern\n\nDe dienst personeel meldt"), ::testing::ElementsAre("Intern"));
}

TEST(Confidential, PhrasesAnywhere) {
  EXPECT_THAT(Markers("Deze nota is alleen voor intern gebruik."),
              ::testing::ElementsAre("alleen voor intern gebruik"));
  EXPECT_THAT(Markers("Merci de ne pas diffuser ce document."), ::testing::ElementsAre("ne pas diffuser"));
  EXPECT_THAT(Markers("Internal use only - budget 2027"), ::testing::Contains("Internal use only"));
  EXPECT_THAT(Markers("TLP:AMBER incident report"), ::testing::ElementsAre("TLP:AMBER"));
}

TEST(Confidential, SensitivityLabels) {
  EXPECT_THAT(Markers("Classificatie: Intern"), ::testing::ElementsAre("Classificatie: Intern"));
  EXPECT_THAT(Markers("Sensitivity: Confidential"), ::testing::ElementsAre("Sensitivity: Confidential"));
  EXPECT_TRUE(Markers("Classificatie: Openbaar").empty());
}

TEST(Confidential, OrdinaryProseDoesNotTrigger) {
  EXPECT_TRUE(Markers("We hielden een interne vergadering over de internal market.").empty());
  EXPECT_TRUE(Markers("Het gesprek verliep in vertrouwen; het concept van de nota is klaar.").empty());
  EXPECT_TRUE(Markers("Het intern reglement wordt aangepast.").empty());
  EXPECT_TRUE(Markers("Concept voor een persbericht over het zwembad").empty());
  EXPECT_TRUE(Markers("Wij behandelen uw gegevens vertrouwelijk.").empty());
}

TEST(Confidential, PolicyMarkersExtendTheList) {
  EXPECT_TRUE(Markers("Dossier Rubicon, stand van zaken").empty());
  EXPECT_THAT(Markers("Dossier Rubicon, stand van zaken", {"Dossier Rubicon"}),
              ::testing::ElementsAre("Dossier Rubicon"));
  EXPECT_THAT(Markers("zie dep. v (x)", {"dep. v"}), ::testing::ElementsAre("dep. v"));
}

}  // namespace
}  // namespace vermeld
