#include "core/detect/health_recognizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/detect/test_util.h"

namespace vermeld {
namespace {

using test_util::Hits;
using test_util::Texts;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

const Recognizer& Health() {
  static const auto r = NewHealthRecognizer(VERMELD_DATA_DIR);
  return *r;
}

TEST(HealthRecognizerTest, TermNearPronounOrPossessive) {
  EXPECT_THAT(Texts(Health(), "Zij is sinds maart met een burn-out thuis."),
              ElementsAre("burn-out"));
  EXPECT_THAT(Texts(Health(), "Mijn zoon heeft diabetes en moet vaak naar de dokter."),
              ElementsAre("diabetes"));
  EXPECT_THAT(Texts(Health(), "Elle est enceinte de cinq mois."), ElementsAre("enceinte"));
}

TEST(HealthRecognizerTest, TermNearANameOrTitleScoresHigher) {
  const auto hits = Hits(Health(), "Sofie is nog steeds ziek, ze komt pas in juni terug.");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].text, "ziek");
  const auto pronoun = Hits(Health(), "Hij is nog steeds ziek.");
  ASSERT_EQ(pronoun.size(), 1u);
  EXPECT_GT(hits[0].score, pronoun[0].score);
  EXPECT_THAT(Texts(Health(), "Madame Dupont est hospitalisée depuis lundi."),
              ElementsAre("hospitalisée"));
}

TEST(HealthRecognizerTest, LongestTermAndCompounds) {
  EXPECT_THAT(Texts(Health(), "Hij neemt ziekteverlof."), ElementsAre("ziekteverlof"));
  EXPECT_THAT(Texts(Health(), "Haar moeder heeft borstkanker."), ElementsAre("borstkanker"));
}

TEST(HealthRecognizerTest, PolicyAndArticleTextIsNotPersonal) {
  EXPECT_THAT(Texts(Health(),
                    "Het beleid rond burn-out en ziekteverzuim wordt herzien. Kanker blijft een "
                    "belangrijke doodsoorzaak in België. Le congé de maternité dure 15 semaines."),
              IsEmpty());
}

TEST(HealthRecognizerTest, CueInAnotherSentenceDoesNotCount) {
  EXPECT_THAT(Texts(Health(), "Hij schreef het verslag.\nDiabetes komt vaak voor."), IsEmpty());
}

TEST(HealthRecognizerTest, PartsOfOtherWordsAreNotTerms) {
  EXPECT_THAT(Texts(Health(), "Hij maakte een geluidsopname en zij leest Ziektekunde."), IsEmpty());
}

}  // namespace
}  // namespace vermeld
