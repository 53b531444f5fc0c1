#include "core/detect/allow_list.h"

#include <gtest/gtest.h>

namespace vermeld {
namespace {

TEST(AllowListTest, MatchesIgnoringCaseAndExtraWhiteSpace) {
  const AllowList allow({"  Koen  Van den Broeck ", "pers@gent.be"});
  EXPECT_TRUE(allow.Matches("koen van den broeck"));
  EXPECT_TRUE(allow.Matches("KOEN\n Van\tden Broeck"));
  EXPECT_TRUE(allow.Matches("PERS@Gent.be"));
  EXPECT_FALSE(allow.Matches("Koen Van den Broek"));
  EXPECT_FALSE(allow.Matches("KoenVan den Broeck"));
}

TEST(AllowListTest, FoldsNonAsciiLetters) {
  const AllowList allow({"Élise Dupré"});
  EXPECT_TRUE(allow.Matches("élise DUPRÉ"));
}

TEST(AllowListTest, FindsOccurrencesWithOriginalOffsets) {
  const AllowList allow({"pers@gent.be"});
  const std::string text = "Mail  PERS@gent.be of jan@gent.be";
  const auto spans = allow.Occurrences(text);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(text.substr(spans[0].first, spans[0].second - spans[0].first), "PERS@gent.be");
}

TEST(AllowListTest, OccurrenceSpansCollapsedWhiteSpace) {
  const AllowList allow({"Koen Van den Broeck"});
  const std::string text = "zegt  koen\n  van den broeck, schepen";
  const auto spans = allow.Occurrences(text);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].first, text.find("koen"));
  EXPECT_EQ(spans[0].second, text.find(','));
}

TEST(AllowListTest, EmptyEntriesAreIgnored) {
  const AllowList allow({"", "   "});
  EXPECT_TRUE(allow.empty());
  EXPECT_TRUE(allow.Occurrences("anything").empty());
  EXPECT_FALSE(allow.Matches(""));
}

}  // namespace
}  // namespace vermeld
