#include "core/detect/literal_windows.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

namespace vermeld {
namespace {

std::vector<std::string> Windows(const LiteralWindows& lw, std::string_view text) {
  std::vector<std::string> found;
  for (const ByteSpan& w : lw.Find(text)) found.emplace_back(text.substr(w.begin, w.end - w.begin));
  return found;
}

using Strings = std::vector<std::string>;

TEST(LiteralWindowsTest, FindsLiteralsInAnyCaseAndMergesOverlaps) {
  const LiteralWindows lw({"ziekte", "ziekteverlof", "hiv", "épilepsie"});
  EXPECT_EQ(Windows(lw, "Zijn ZIEKTEVERLOF, hiv en Épilepsie."),
            (Strings{"ZIEKTEVERLOF", "hiv", "Épilepsie"}));
  EXPECT_EQ(Windows(lw, "hiv"), (Strings{"hiv"}));
  EXPECT_TRUE(lw.Find("niets hier").empty());
}

TEST(LiteralWindowsTest, TheTypographicApostropheIsCaseless) {
  const LiteralWindows lw({"crise d\u2019angoisse"});
  EXPECT_EQ(Windows(lw, "Une CRISE D\u2019ANGOISSE hier."), (Strings{"CRISE D\u2019ANGOISSE"}));
  EXPECT_TRUE(lw.Find("x").empty());  // not the whole text
}

TEST(LiteralWindowsTest, WholeTextWhenRe2FoldsFromOutsideAsciiOrLatin1) {
  const LiteralWindows lw({"kanker"});
  const std::string kelvin =
      "\xE2\x84\xAA"
      "anker";  // RE2's (?i)k matches the Kelvin sign
  EXPECT_EQ(Windows(lw, kelvin), (Strings{kelvin}));
  EXPECT_EQ(Windows(LiteralWindows({"straße"}), "x"), (Strings{"x"}));  // ß folds to ẞ
  EXPECT_EQ(Windows(LiteralWindows({"ms"}), "x"), (Strings{"x"}));      // too short for the key
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
