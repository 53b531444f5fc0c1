#include "core/detect/date_of_birth_patterns.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace vermeld {
namespace {

// Every match of the cue pattern in `text`: CueDateStart gives RE2's group 1, or declines.
// Returns how many it gave.
size_t ExpectSameDateStarts(const RE2& re, const std::string& text) {
  const re2::StringPiece input(text);
  re2::StringPiece m[2];
  size_t given = 0;
  for (size_t pos = 0;
       pos <= text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, m, 2);) {
    const auto begin = static_cast<size_t>(m[0].data() - text.data());
    const size_t end = begin + m[0].size();
    const size_t start = CueDateStart(text, begin, end);
    if (start != std::string_view::npos) {
      ++given;
      EXPECT_EQ(start, static_cast<size_t>(m[1].data() - text.data())) << text;
    }
    pos = std::max(end, pos + 1);
  }
  return given;
}

TEST(DateOfBirthPatternsTest, DateStartsLikeRe2OnExamples) {
  const RE2 re(BirthCuePattern(), BirthPatternOptions());
  for (const std::string text :
       {"geboren op 12/03/1980", "Geboortedatum: 1980-03-12", "° 12.03.1980", "(°1975)",
        "née le 3 mars 1980", "born on March 3, 1980", "DOB 12-03-1980",
        "geboren te Gent op 12 maart 1980", "1°12-03-1980", "Geboortedatum kind: 4 mei 2019",
        "geboren in Maart 1980", "geboren te Gent Maart 1980", "geb. sept. 1980"}) {
    ExpectSameDateStarts(re, text);
  }
}

// Random texts from cue, gap, month and date fragments in any case, with accented and folded
// letters beside the months where CueDateStart must decline.
TEST(DateOfBirthPatternsTest, DateStartsLikeRe2OnRandomTexts) {
  // clang-format off
  const std::vector<std::string> words = {
      "geboren", "Geboren", "op", "in", "te", "Gent", "Maart", "maart", "mars", "sept", "Sept.",
      "MEI", "décembre", "\xE2\x84\xAA", "ſept", "né", "née", "le", "à", "Liège", "born", "on",
      "March", "geboortedatum", "Geboortedatum", "geb.", "date de naissance", "DOB", "°", "(°",
      "kind", "(dd/mm/jjjj)", "maandag", "12", "3", "1980", "12/03/1980", "12.03.80",
      "1980-03-12", "4e", "3rd", "x", "1°"};
  const std::vector<std::string> separators = {" ", " ", " ", "  ", "\t", ": ", ":", ", ", ".",
                                               "", "\n", " | ", " ... "};
  // clang-format on
  std::mt19937 rng(5);
  auto any = [&](const std::vector<std::string>& v) {
    return v[std::uniform_int_distribution<size_t>(0, v.size() - 1)(rng)];
  };
  std::uniform_int_distribution<int> length(1, 9);
  const RE2 re(BirthCuePattern(), BirthPatternOptions());
  size_t given = 0;
  for (int n = 0; n < 30000; ++n) {
    std::string text = any(words);
    for (int i = length(rng); i > 0; --i) text += any(separators) + any(words);
    given += ExpectSameDateStarts(re, text);
  }
  EXPECT_GT(given, 2000u);  // the fragments make many matches
}

}  // namespace
}  // namespace vermeld
