#include "core/detect/scan_text.h"

#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include <vector>

namespace vermeld {
namespace {

using Spans = std::vector<ByteSpan>;

Spans Copy(std::span<const ByteSpan> windows) { return {windows.begin(), windows.end()}; }

TEST(ScanTextTest, DigitRunsAreMaximalRunsOfAsciiDigits) {
  EXPECT_EQ(ScanText("ab 12 c345.6").DigitRuns(), (Spans{{3, 5}, {7, 10}, {11, 12}}));
  EXPECT_TRUE(ScanText("geen cijfers, ² of ٣").DigitRuns().empty());
  EXPECT_EQ(ScanText("2024").DigitRuns(), (Spans{{0, 4}}));
}

TEST(ScanTextTest, DigitRunsAcrossEightByteBlocks) {
  // Digits at block edges, next to '/' and ':' (the bytes around '0'-'9') and non-ASCII bytes.
  // Bytes: "abcdefg" 0-6, digits 7-14, é 15-16, '/' 17, '9' 18, ':' 19, '0' 20.
  EXPECT_EQ(ScanText("abcdefg12345678\xC3\xA9/9:0abc").DigitRuns(),
            (Spans{{7, 15}, {18, 19}, {20, 21}}));
  EXPECT_EQ(ScanText("////////::::::::\xC3\xBF\xC3\xBF\xC3\xBF\xC3\xBF"
                     "1")
                .DigitRuns(),
            (Spans{{24, 25}}));
}

TEST(ScanTextTest, DigitWindowsWidenClipAndMergeRuns) {
  //                 0123456789012345678
  const ScanText s("12 abcdef 34 x 5678");
  EXPECT_EQ(Copy(s.DigitWindows(1)), (Spans{{0, 3}, {9, 13}, {14, 19}}));
  // Runs at most 2 * margin apart share a window.
  EXPECT_EQ(Copy(s.DigitWindows(2)), (Spans{{0, 4}, {8, 19}}));
  EXPECT_EQ(Copy(s.DigitWindows(4)), (Spans{{0, 19}}));
  EXPECT_TRUE(ScanText("geen cijfers").DigitWindows(3).empty());
}

TEST(ScanTextTest, DigitWindowsDropWindowsWithTooFewDigits) {
  const ScanText s("12 abcdef 34 x 5678");
  EXPECT_EQ(Copy(s.DigitWindows(1, 3)), (Spans{{14, 19}}));
  EXPECT_EQ(Copy(s.DigitWindows(2, 6)), (Spans{{8, 19}}));  // 34 and 5678 together
  EXPECT_TRUE(s.DigitWindows(4, 9).empty());
}

bool IsMailByte(char c) { return (c >= 'a' && c <= 'z') || c == '.' || c == '@'; }

TEST(ScanTextTest, RunsAroundAnAnchorStopAtBytesOutsideTheRun) {
  //                 0123456789012345678901
  const ScanText s("mail an.b@c.be, x@y z");
  EXPECT_EQ(s.RunsAround('@', IsMailByte), (Spans{{5, 14}, {16, 19}}));
  EXPECT_EQ(ScanText("a@b@c").RunsAround('@', IsMailByte), (Spans{{0, 5}}));
  EXPECT_TRUE(ScanText("geen apenstaart").RunsAround('@', IsMailByte).empty());
}

TEST(ScanTextTest, InUrlCoversLinksUpToBlankOrQuote) {
  //                 012345678901234567890123456789012345678
  const ScanText s("zie https://x.be/a?b=12 en WWW.Y.BE/3\"x");
  EXPECT_TRUE(s.InUrl(4, 5));
  EXPECT_TRUE(s.InUrl(20, 23));
  EXPECT_FALSE(s.InUrl(23, 27));
  EXPECT_TRUE(s.InUrl(27, 28));
  EXPECT_TRUE(s.InUrl(36, 37));
  EXPECT_FALSE(s.InUrl(37, 39));
}

TEST(ScanTextTest, InUrlNeedsASchemeAtAWordStartAndAPath) {
  EXPECT_FALSE(ScanText("xhttp://a.be").InUrl(0, 12));
  EXPECT_FALSE(ScanText("sftp://a.be").InUrl(0, 11));
  EXPECT_FALSE(ScanText("http:// a.be").InUrl(0, 12));
  EXPECT_FALSE(ScanText("awww.a.be").InUrl(0, 9));
  EXPECT_TRUE(ScanText("(ftp://a.be)").InUrl(1, 2));
  EXPECT_TRUE(ScanText("é http://a").InUrl(3, 4));
}

TEST(ScanTextTest, HasContextFindsAWordAtEveryOffsetOfTheBlocksItTests) {
  // The context area is tested for word starts 16 bytes at a time: a word, or a longer word
  // holding it, at each offset of the blocks and of the bytes after the last.
  for (size_t pad = 0; pad < 40; ++pad) {
    const std::string before(pad, 'x');
    for (std::string_view sep : {" ", "\xC3\xA9", "9", "-"}) {
      const std::string text = before + std::string(sep) + "Tel" + "1234567";
      const ScanText s(text);
      const size_t number = text.size() - 7;
      const bool boundary = sep == " " || sep == "-";
      EXPECT_EQ(s.HasContext(number, text.size(), {"tel1234567"}), boundary) << text;
    }
    const std::string text = "Tel " + before + " 1234567";
    EXPECT_TRUE(ScanText(text).HasContext(text.size() - 7, text.size(), {"tel"})) << text;
  }
}

TEST(ScanTextTest, HasContextFindsWholeWordsIgnoringAsciiCase) {
  //                 0123456789012345678
  const ScanText s("TEL: 0470 12 34 56 Tél");
  EXPECT_TRUE(s.HasContext(5, 18, {"tel"}));
  EXPECT_TRUE(s.HasContext(5, 18, {"tél"}));
  EXPECT_FALSE(s.HasContext(5, 18, {"te"}));
  EXPECT_FALSE(s.HasContext(5, 18, {"tel"}, 2));  // too far
  EXPECT_TRUE(s.HasContextBefore(5, {"tel"}, 5));
  EXPECT_FALSE(s.HasContextBefore(5, {"tél"}, 5));
}

TEST(ScanTextTest, AWordCutByTheWindowsEdgeIsNoWord) {
  //                 0123456789012345678901
  const ScanText s("op 10.42.17.88 Tom Verhaeghe");
  EXPECT_FALSE(s.HasContext(3, 3, {"v"}, 17));  // the window ends in "Tom V|erhaeghe"
  EXPECT_TRUE(s.HasContext(3, 3, {"tom"}, 17));
  EXPECT_FALSE(s.HasContextBefore(15, {"p"}, 13));  // starts in "o|p"
}

TEST(ScanTextTest, IdentifierTextReadsUnderscoresAsBlanksAndCsvCommasAsTabs) {
  const std::string text = "loonstrook_806360835_2025.pdf";
  const ScanText s(text);
  EXPECT_EQ(s.IdentifierText(), "loonstrook 806360835 2025.pdf");
  const std::string csv = "Naam,Geboren,BSN,Uren\nPiet,1985,530956251,32\nTotaal: 1,250";
  EXPECT_EQ(ScanText(csv).IdentifierText(),
            "Naam,Geboren,BSN,Uren\nPiet\t1985\t530956251\t32\nTotaal: 1,250");
  const ScanText plain("geen liggend streepje");
  EXPECT_EQ(plain.IdentifierText().data(), plain.text().data());  // no copy
}

TEST(ScanTextTest, HasContextLooksAtTheHeaderOfTheTableColumn) {
  const std::string text =
      "Naam | BSN | Uren\n" + std::string(200, '-') + " | x | 1\nSanne | 744782922 | 32\n";
  const ScanText s(text);
  const size_t at = text.find("744782922");
  EXPECT_TRUE(s.HasContext(at, at + 9, {"bsn"}, 20));   // the header, 200+ bytes up
  EXPECT_FALSE(s.HasContext(at, at + 9, {"uren"}, 5));  // another column's header
}

}  // namespace
}  // namespace vermeld
