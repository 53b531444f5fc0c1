#include "core/detect/pattern_scan.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vermeld {
namespace {

std::vector<std::string> All(const RE2& re, std::string_view text) {
  std::vector<std::string> found;
  ForEachMatch(re, text, [&](size_t b, size_t e) { found.emplace_back(text.substr(b, e - b)); });
  return found;
}

std::vector<std::string> In(const RE2& re, std::string_view text,
                            const std::vector<ByteSpan>& windows) {
  std::vector<std::string> found;
  ForEachMatchIn(re, text, windows,
                 [&](size_t b, size_t e) { found.emplace_back(text.substr(b, e - b)); });
  return found;
}

using Strings = std::vector<std::string>;

TEST(PatternScanTest, ForEachMatchReportsGroupOneOrTheWholeMatch) {
  const RE2 whole(R"(\b[0-9]{3}\b)");
  EXPECT_EQ(All(whole, "123 4567 890"), (Strings{"123", "890"}));
  const RE2 labelled(R"(btw:? ?([0-9]{4}))");
  EXPECT_EQ(All(labelled, "btw 1234, btw:5678"), (Strings{"1234", "5678"}));
}

TEST(PatternScanTest, ForEachMatchResumesWhereTheCallbackSays) {
  const RE2 re(R"([0-9]+(?: [0-9]+)*)");
  const std::string_view text = "12 34 56";
  std::vector<std::string> found;
  // Accept only the first group of each match: scanning resumes right after it.
  ForEachMatch(re, text, [&](size_t b, size_t) -> size_t {
    found.emplace_back(text.substr(b, 2));
    return b + 2;
  });
  EXPECT_EQ(found, (Strings{"12", "34", "56"}));
}

TEST(PatternScanTest, ForEachMatchInSeesTheTextAroundItsWindows) {
  const RE2 re(R"(\b[0-9]{2}\b)");
  //                          0123456789
  const std::string_view text = "x123 12 34";
  // [1, 3) holds "12" but \b looks at the '3' after the window.
  EXPECT_TRUE(In(re, text, {{1, 3}}).empty());
  EXPECT_EQ(In(re, text, {{4, 7}, {8, 10}}), (Strings{"12", "34"}));
  // A window that cuts a match short finds the truncated part only where the pattern allows.
  EXPECT_TRUE(In(re, text, {{5, 6}}).empty());
}

TEST(PatternScanTest, ForEachMatchInFindsWhatTheWholeScanFindsWhenWindowsHoldTheMatches) {
  const RE2 re(R"(\b[0-9]{4}[ .]?[0-9]{2}\b)");
  const std::string text = "tel 0470.12 of 1234 56, nummer 999999 en 12 x 3";
  std::vector<ByteSpan> windows;
  ForEachMatch(re, text, [&](size_t b, size_t e) { windows.push_back({b, e}); });
  EXPECT_EQ(In(re, text, windows), All(re, text));
  EXPECT_EQ(All(re, text).size(), 3u);
}

TEST(PatternScanTest, ForEachMatchInWithAMarkFindsWhatItFindsWithout) {
  // Every match holds a digit: a window's rest without one is not searched, and nothing is lost.
  const RE2 re(R"([a-z]*[0-9]+[a-z]*)");
  const std::string text = "ab12 cd 3ef gh, x4 y";
  const std::vector<ByteSpan> windows = {{0, 11}, {16, 20}};
  std::vector<std::string> found;
  ForEachMatchIn(re, text, windows, DigitByte{},
                 [&](size_t b, size_t e) { found.emplace_back(text.substr(b, e - b)); });
  EXPECT_EQ(found, In(re, text, windows));
  EXPECT_EQ(found, (Strings{"ab12", "3ef", "x4"}));
}

TEST(PatternScanTest, StandsAloneRejectsGluedNeighbours) {
  EXPECT_TRUE(StandsAlone("nr 123.", 3, 6));
  EXPECT_FALSE(StandsAlone("2024-123", 5, 8));
  EXPECT_FALSE(StandsAlone("a123", 1, 4));
  // Commas glue digits ("1,250"), not the fields of a CSV line.
  EXPECT_FALSE(StandsAlone("1,250", 2, 5));
  EXPECT_FALSE(StandsAlone("250,5", 0, 3));
  EXPECT_TRUE(StandsAlone("ziggo.nl,010-4123456,Schoonmaak", 9, 20));
  EXPECT_TRUE(ContinuesDigitGroup("BE68 5390", 5));
  EXPECT_FALSE(ContinuesDigitGroup("nr 5390", 3));
  // A '+' opens a number; a chat's time is no group of the number after it.
  EXPECT_FALSE(ContinuesDigitGroup("12 +32 477", 3));
  EXPECT_FALSE(ContinuesDigitGroup("08:45 0477", 6));
  EXPECT_TRUE(ContinuesDigitGroup("08.45 0477", 6));
}

TEST(PatternScanTest, AddWindowMergesOverlappingAndTouchingWindows) {
  std::vector<ByteSpan> windows;
  AddWindow(windows, {2, 5});
  AddWindow(windows, {8, 10});
  AddWindow(windows, {10, 12});  // touches
  EXPECT_EQ(windows, (std::vector<ByteSpan>{{2, 5}, {8, 12}}));
  AddWindow(windows, {1, 9});  // starts earlier, reaches into both
  EXPECT_EQ(windows, (std::vector<ByteSpan>{{1, 12}}));
}

TEST(PatternScanTest, LiteralAlternationQuotesAndUtf8OptionsFold) {
  const RE2 re(LiteralAlternation({"a.b", "ziek", "ziekteverlof"}), Utf8Options(false, true));
  ASSERT_TRUE(re.ok());
  EXPECT_TRUE(RE2::FullMatch("a.b", re));
  EXPECT_FALSE(RE2::FullMatch("axb", re));  // the dot is quoted
  re2::StringPiece m;
  ASSERT_TRUE(re.Match("Ziekteverlof", 0, 12, RE2::UNANCHORED, &m, 1));
  EXPECT_EQ(m, "Ziekteverlof");  // case folded, the longest alternative
}

TEST(PatternScanTest, AnIdentifierMayFollowItsLabelGluedByAPunctuationMark) {
  auto alone = [](std::string_view text, std::string_view id) {
    const size_t at = text.find(id);
    return IdentifierStandsAlone(text, at, at + id.size());
  };
  EXPECT_TRUE(alone("rijksregisternr.57071697681 ok", "57071697681"));
  EXPECT_TRUE(alone("BSN-864403148", "864403148"));
  EXPECT_TRUE(alone("rek.nr.BE97985834003649.", "BE97985834003649"));
  // Not after another word, a code or a digit, nor with something glued after.
  EXPECT_FALSE(alone("REF-57071697681", "57071697681"));
  EXPECT_FALSE(alone("v2.57071697681", "57071697681"));
  EXPECT_FALSE(alone("xnr.57071697681", "57071697681"));
  EXPECT_FALSE(alone("nr.57071697681-2", "57071697681"));
  // A word joined by a dash ends it too, as in a file name or a subject; a code's suffix does not.
  EXPECT_TRUE(alone("bezwaar-BSN-864403148-dossier", "864403148"));
  EXPECT_FALSE(alone("BSN 864403148-A", "864403148"));
  EXPECT_FALSE(alone("BSN 864403148-b2", "864403148"));
  // A file name's extension ends the name; other letters after a dot continue it.
  EXPECT_TRUE(alone("BSN 864403148.pdf", "864403148"));
  EXPECT_TRUE(alone("BSN 864403148.XLSX, ok", "864403148"));
  EXPECT_FALSE(alone("BSN 864403148.pdfx", "864403148"));
  EXPECT_FALSE(alone("BSN 864403148.b", "864403148"));
}

}  // namespace
}  // namespace vermeld
