#include "core/detect/literal_windows.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

namespace vermeld {
namespace {

std::vector<std::string> Windows(const LiteralWindows& lw, std::string_view text) {
  std::vector<std::string> found;
  const auto windows = lw.Find(text);  // the first group's
  for (const ByteSpan& w : windows[0]) found.emplace_back(text.substr(w.begin, w.end - w.begin));
  return found;
}

using Strings = std::vector<std::string>;
using Groups = std::vector<Strings>;

TEST(LiteralWindowsTest, FindsLiteralsInAnyCaseAndMergesOverlaps) {
  const LiteralWindows lw(Groups{{"ziekte", "ziekteverlof", "hiv", "épilepsie"}});
  EXPECT_EQ(Windows(lw, "Zijn ZIEKTEVERLOF, hiv en Épilepsie."),
            (Strings{"ZIEKTEVERLOF", "hiv", "Épilepsie"}));
  EXPECT_EQ(Windows(lw, "hiv"), (Strings{"hiv"}));
  EXPECT_TRUE(lw.Find("niets hier")[0].empty());
}

TEST(LiteralWindowsTest, TheTypographicApostropheIsCaseless) {
  const LiteralWindows lw(Groups{{"crise d\u2019angoisse"}});
  EXPECT_EQ(Windows(lw, "Une CRISE D\u2019ANGOISSE hier."), (Strings{"CRISE D\u2019ANGOISSE"}));
  EXPECT_TRUE(lw.Find("x")[0].empty());  // not the whole text
}

TEST(LiteralWindowsTest, WholeTextWhenRe2FoldsFromOutsideAsciiOrLatin1) {
  const LiteralWindows lw(Groups{{"kanker"}});
  const std::string kelvin =
      "\xE2\x84\xAA"
      "anker";  // RE2's (?i)k matches the Kelvin sign
  EXPECT_EQ(Windows(lw, kelvin), (Strings{kelvin}));
  EXPECT_EQ(Windows(LiteralWindows(Groups{{"ms"}}), "x"), (Strings{"x"}));  // too short for the key
}

TEST(LiteralWindowsTest, OtherCasePartnersAreVariantsOfTheLiteral) {
  // ß folds to ẞ, œ to Œ: partners that differ in more than bit 0x20.
  const LiteralWindows lw(Groups{{"straße", "œil"}});
  EXPECT_EQ(Windows(lw, "STRAẞE, Œil, œil"), (Strings{"STRAẞE", "Œil", "œil"}));
}

TEST(LiteralWindowsTest, KeepsTheWindowsOfEachGroupApart) {
  const LiteralWindows lw(Groups{{"rug"}, {"terug", "pijn"}});
  const auto windows = lw.Find("Terug met pijn in de rug");
  EXPECT_EQ(windows[0], (std::vector<ByteSpan>{{2, 5}, {21, 24}}));
  EXPECT_EQ(windows[1], (std::vector<ByteSpan>{{0, 5}, {10, 14}}));
}

// The matches RE2 reports for `re`.
std::vector<ByteSpan> Re2Matches(const RE2& re, std::string_view text) {
  std::vector<ByteSpan> found;
  ForEachMatch(re, text, [&](size_t begin, size_t end) { found.push_back({begin, end}); });
  return found;
}

TEST(LiteralWindowsTest, MatchesAreRe2sMatches) {
  const std::vector<std::string> literals = {"rug",          "rugpijn", "pijn",   "ziekte",
                                             "ziekteverlof", "œil",     "straße", "hiv",
                                             "épaule",       "épaules", "a-b c",  "dm2"};
  const LiteralWindows lw(Groups{{"x-y-z"}, literals});
  const RE2 re(LiteralAlternation(literals), Utf8Options(false, true));
  std::mt19937 random(7);
  const std::vector<std::string> pieces = {
      "rug",          "RUG",      "Rug",  "pijn",   "PIJN",    "rugpijn", "ziekte",
      "ZiekteVerlof", "verlof",   "Œil",  "œIL",    "oeil",    "STRAẞE",  "straße",
      "STRASSE",      "hiv",      "HIV",  "Épaule", "ÉPAULES", "épaule",  "A-B C",
      "a-b\tc",       "DM2",      "dm2",  "dM2",    " ",       "  ",      ".",
      "\n",           "-",        "é",    "É",      "x",       "te",      "ter",
      "\xE2\x84\xAA", "\xC5\xBF", "\xC3", "\xA9",   "'",       "’"};
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int count = 1 + static_cast<int>(random() % 12);
    for (int i = 0; i < count; ++i) text += pieces[random() % pieces.size()];
    const auto windows = lw.Find(text);
    const auto matches = lw.Matches(text, windows[1], 1);
    if (!matches) {
      EXPECT_EQ(windows[1], (std::vector<ByteSpan>{{0, text.size()}})) << text;
      continue;
    }
    ASSERT_EQ(*matches, Re2Matches(re, text)) << text;
  }
}

TEST(LiteralWindowsTest, Re2FoldsAsciiLettersOnlyToKelvinAndLongS) {
  // The contract of Find: no other character matches a case-insensitive ASCII letter.
  const RE2 letter("(?i)[a-z]");
  for (unsigned cp = 0x80; cp < 0x800; ++cp) {  // Kelvin (U+212A) is checked above
    std::string s = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    EXPECT_EQ(RE2::FullMatch(s, letter), cp == 0x17F) << std::hex << cp;
  }
}

}  // namespace
}  // namespace vermeld
