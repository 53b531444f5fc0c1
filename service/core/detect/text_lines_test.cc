#include "core/detect/text_lines.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace vermeld {
namespace {

// The lines as a find('\n') loop splits them.
std::vector<std::string_view> SplitByFind(std::string_view text) {
  std::vector<std::string_view> lines;
  for (size_t begin = 0;;) {
    const size_t nl = text.find('\n', begin);
    if (nl == std::string_view::npos) {
      lines.push_back(text.substr(begin));
      return lines;
    }
    lines.push_back(text.substr(begin, nl - begin));
    begin = nl + 1;
  }
}

TEST(TextLinesTest, SplitsAtEveryLineBreak) {
  const TextLines lines("Beste Jan,\n\nTot morgen\n");
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines.Line(0), "Beste Jan,");
  EXPECT_EQ(lines.Line(1), "");
  EXPECT_EQ(lines.Line(2), "Tot morgen");
  EXPECT_EQ(lines.Line(3), "");
  EXPECT_EQ(TextLines("").size(), 1u);
}

TEST(TextLinesTest, SameLinesAsFindOnRandomTexts) {
  std::mt19937 rng(7);
  for (int round = 0; round < 20000; ++round) {
    std::string text(rng() % 80, 'a');
    for (char& c : text) c = "ab \n\r\xC3"[rng() % 6];
    const TextLines lines(text);
    const std::vector<std::string_view> expected = SplitByFind(text);
    ASSERT_EQ(lines.size(), expected.size()) << text;
    for (size_t i = 0; i < expected.size(); ++i) {
      EXPECT_EQ(lines.Line(i), expected[i]) << text;
      EXPECT_EQ(lines.Line(i).data(), expected[i].data()) << text;
      for (size_t pos = lines.Begin(i); pos <= lines.End(i); ++pos) {
        ASSERT_EQ(lines.LineOf(pos), i) << text << " at " << pos;
      }
    }
  }
}

}  // namespace
}  // namespace vermeld
