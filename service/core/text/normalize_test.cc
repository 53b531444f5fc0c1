#include "core/text/normalize.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace vermeld {
namespace {

std::vector<std::string> Keys(std::string_view text) {
  std::vector<std::string> keys;
  for (const NormalizedWord& w : NormalizeWords(text)) keys.push_back(w.key);
  return keys;
}

TEST(NormalizeWords, FoldsCaseWidthAndDiacritics) {
  EXPECT_EQ(Keys("Café ÉÉN ＡＢＣ"), Keys("cafe een abc"));
  EXPECT_EQ(Keys("ﬁnanciële"), Keys("financiele"));
}

TEST(NormalizeWords, InvisibleCharactersNeitherSplitNorChangeWords) {
  EXPECT_EQ(Keys("ge\u200Bmeente\uFEFF raad\u2063"), Keys("gemeente raad"));
  EXPECT_EQ(Keys("tekst\uFE0F"), Keys("tekst"));
}

TEST(NormalizeWords, SpacesAndPunctuationOnlySeparate) {
  EXPECT_EQ(Keys("de\u00A0gemeente,\u202Fvandaag...\n\n  morgen!"),
            Keys("de gemeente vandaag morgen"));
  EXPECT_EQ(Keys("AI-tool"), Keys("AI tool"));
}

TEST(NormalizeWords, SpansPointIntoTheOriginalText) {
  const std::string text = "  Één  w\u200Boord.";
  const auto words = NormalizeWords(text);
  ASSERT_EQ(words.size(), 2u);
  EXPECT_EQ(text.substr(words[0].begin, words[0].end - words[0].begin), "Één");
  EXPECT_EQ(text.substr(words[1].begin, words[1].end - words[1].begin), "w\u200Boord");
}

TEST(NormalizeWords, EmptyAndSeparatorOnlyInputs) {
  EXPECT_TRUE(NormalizeWords("").empty());
  EXPECT_TRUE(NormalizeWords(" ,.\u200B\u00A0\n").empty());
}

TEST(StemDutch, InflectedFormsShareAKey) {
  EXPECT_EQ(StemDutch("maken"), StemDutch("maak"));
  EXPECT_EQ(StemDutch("grote"), StemDutch("groot"));
  EXPECT_EQ(StemDutch("resultaten"), StemDutch("resultaat"));
  EXPECT_EQ(StemDutch("mogelijkheden"), StemDutch("mogelijkheid"));
  EXPECT_EQ(StemDutch("huisjes"), StemDutch("huisje"));
  EXPECT_EQ(StemDutch("bakken"), StemDutch("bak"));
  EXPECT_EQ(StemDutch("leven"), StemDutch("leef"));
  EXPECT_EQ(StemDutch("tools"), StemDutch("tool"));
  EXPECT_EQ(StemDutch("grotere"), StemDutch("groter"));
}

TEST(StemDutch, KeepsShortWordsAndDistinctWordsApart) {
  EXPECT_EQ(StemDutch("de"), "de");
  EXPECT_EQ(StemDutch("en"), "en");
  EXPECT_NE(StemDutch("brief"), StemDutch("bericht"));
}

}  // namespace
}  // namespace vermeld
