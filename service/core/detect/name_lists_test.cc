#include "core/detect/name_lists.h"

#include <gtest/gtest.h>

#include <string>

namespace vermeld {
namespace {

TEST(NameListsTest, LowerAsciiLettersLowersOnlyAToZAtEveryOffset) {
  // Every byte value, at every offset of the sixteen- and eight-byte blocks and the tail.
  std::string text;
  for (int round = 0; round < 3; ++round) {
    for (int c = 0; c < 256; ++c) text += static_cast<char>(c);
    text += "X";
  }
  for (size_t from = 0; from < 17; ++from) {
    std::string lowered = text;
    LowerAsciiLetters(lowered.data() + from, lowered.size() - from);
    for (size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      const bool upper = i >= from && c >= 'A' && c <= 'Z';
      ASSERT_EQ(lowered[i], upper ? static_cast<char>(c + 32) : c) << "byte " << i;
    }
  }
}

TEST(NameListsTest, FindLoweredLooksUpTheLowerCaseForm) {
  NameTable table;
  table.Add("bloeddruk", 1);
  table.Add("école", 2);
  const std::string long_word(40, 'x');
  table.Add(long_word, 4);
  EXPECT_EQ(FindLowered(table, "BloedDRUK"), 1u);
  EXPECT_EQ(FindLowered(table, "École"), 2u);               // beyond ASCII: LowerUtf8
  EXPECT_EQ(FindLowered(table, std::string(40, 'X')), 4u);  // longer than the stack buffer
  EXPECT_EQ(FindLowered(table, "bloeddrukken"), 0u);
  EXPECT_EQ(FindLowered(table, ""), 0u);
}

TEST(NameListsTest, StreetCompoundsButNotNounsOfVerbs) {
  const auto lists = LoadNameLists(VERMELD_DATA_DIR);
  EXPECT_TRUE(IsNonNameCompound(*lists, "binnenring"));
  EXPECT_TRUE(IsNonNameCompound(*lists, "noorderring"));
  EXPECT_FALSE(IsNonNameCompound(*lists, "digitalisering"));
  EXPECT_FALSE(IsNonNameCompound(*lists, "besturing"));
}

TEST(NameListsTest, StreetsNamedAfterSomeone) {
  const auto lists = LoadNameLists(VERMELD_DATA_DIR);
  EXPECT_TRUE(NamesItsStem(*lists, "willemsstraat"));  // the genitive s
  EXPECT_TRUE(NamesItsStem(*lists, "peeterslaan"));
  EXPECT_FALSE(NamesItsStem(*lists, "kerkstraat"));
  EXPECT_FALSE(NamesItsStem(*lists, "beukenstraat"));
  EXPECT_FALSE(NamesItsStem(*lists, "bosstraat"));  // "bos" is a word before a surname
}

}  // namespace
}  // namespace vermeld
