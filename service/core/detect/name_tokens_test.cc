#include "core/detect/name_tokens.h"

#include <gtest/gtest.h>

namespace vermeld {
namespace {

TEST(NameTokensTest, AnInnerHyphenIsMarkedOnItsToken) {
  const auto tokens = TokenizeWords("de CLB-medewerker Jean-Marie - Sofie");
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_FALSE(tokens[0].hyphen);
  EXPECT_TRUE(tokens[1].hyphen);
  EXPECT_TRUE(tokens[2].hyphen);
  EXPECT_FALSE(tokens[3].hyphen);  // a dash between blanks joins no parts
}

TEST(NameTokensTest, SentencesAndLinesStartAfterTheirMarks) {
  const auto tokens = TokenizeWords("trainer U13. Kobe\nvalt");
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_TRUE(tokens[0].sentence_start);
  EXPECT_TRUE(tokens[1].has_digit);
  EXPECT_TRUE(tokens[1].dot_after);
  EXPECT_TRUE(tokens[2].sentence_start);
  EXPECT_TRUE(tokens[3].line_start);
}

TEST(NameTokensTest, APersonNounOfAnAbbreviationIsNoCapitalisedWord) {
  const auto tokens = TokenizeWords("EHBO'er Stijn, ICT\u2019ers, O'Neill");
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_FALSE(tokens[0].capitalised);
  EXPECT_TRUE(tokens[1].capitalised);
  EXPECT_FALSE(tokens[2].capitalised);
  EXPECT_TRUE(tokens[3].capitalised);  // a name with an apostrophe stays one
}

}  // namespace
}  // namespace vermeld
