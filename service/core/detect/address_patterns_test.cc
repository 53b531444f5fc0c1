#include "core/detect/address_patterns.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/detect/name_lists.h"

namespace vermeld {
namespace {

using Groups = std::vector<std::string_view>;

const AddressPatterns& Patterns() {
  static const AddressPatterns patterns(ReadListFile(VERMELD_DATA_DIR "/address/street_types.txt"));
  return patterns;
}

// The groups of every match as RE2's submatch engine finds them: what ForEachMatchGroups gave
// before it split whole matches itself.
std::vector<Groups> Re2Groups(const RE2& re, std::string_view text) {
  std::vector<re2::StringPiece> pieces(1 + re.NumberOfCapturingGroups());
  const re2::StringPiece whole(text.data(), text.size());
  std::vector<Groups> found;
  for (size_t pos = 0; pos <= text.size();) {
    if (!re.Match(whole, pos, text.size(), RE2::UNANCHORED, pieces.data(),
                  static_cast<int>(pieces.size()))) {
      break;
    }
    Groups& g = found.emplace_back();
    for (const auto& p : pieces) g.emplace_back(p.data(), p.size());
    const size_t end = pieces[0].data() - text.data() + pieces[0].size();
    pos = end > pos ? end : pos + 1;
  }
  return found;
}

std::vector<Groups> SplitGroups(const GroupedPattern& p, std::string_view text) {
  std::vector<Groups> found;
  ForEachMatchGroups(p, text, {{0, text.size()}}, [&](const Groups& g) { found.push_back(g); });
  return found;
}

// Same groups at the same offsets, unset groups unset.
void ExpectSame(const std::vector<Groups>& want, const std::vector<Groups>& got,
                const std::string& text) {
  ASSERT_EQ(want.size(), got.size()) << text;
  for (size_t m = 0; m < want.size(); ++m) {
    ASSERT_EQ(want[m].size(), got[m].size()) << text;
    for (size_t i = 0; i < want[m].size(); ++i) {
      EXPECT_EQ(want[m][i].data(), got[m][i].data()) << text << " match " << m << " group " << i;
      EXPECT_EQ(want[m][i].size(), got[m][i].size()) << text << " match " << m << " group " << i;
    }
  }
}

TEST(AddressPatternsTest, SplitsLikeRe2OnExamples) {
  const AddressPatterns& p = Patterns();
  for (const std::string text :
       {"Kerkstraat 12 bus 3, 9000 Gent", "Rue de la Loi 16, B-1040 Bruxelles", "16, avenue Louise",
        "Postbus 123, 2500 AB Den Haag", "rue Haute 5", "1015 CJ Amsterdam", "(1015CJ)",
        "B-3000 Leuven", "x 3000 Leuven", "«Avenue des Arts 3»"}) {
    for (const GroupedPattern* g : {&p.dutch_street, &p.french_street, &p.number_first, &p.postbus,
                                    &p.nl_postcode, &p.be_postcode}) {
      ExpectSame(Re2Groups(g->re, text), SplitGroups(*g, text), text);
    }
  }
}

// Random texts from address fragments, in every case, with non-ASCII letters and separators
// where the split must decline or count a prefix character's bytes.
TEST(AddressPatternsTest, SplitsLikeRe2OnRandomTexts) {
  // clang-format off
  const std::vector<std::string> words = {
      "rue", "Rue", "AVENUE", "av.", "chaussée", "ſtraat", "Kerkstraat", "Loi", "Louise",
      "Élise", "Ærø", "Den", "Haag", "Sint", "AB", "CJ", "SS", "Gent", "Liège", "de", "la", "l'",
      "d’", "van", "aan", "sur", "12", "1015", "3000", "9", "12A", "bus", "bte", "/", "Postbus",
      "postbus", "boîte postale", "b.p.", "B-3000", "B", "NL", "NL-1015", "«", "é",
      "\xE2\x84\xAA", "x", "12/3", "5", "rue de la Loi", "Avenue Louise", "16, avenue", "1015 CJ", "1015CJ"};
  const std::vector<std::string> separators = {
      " ", " ", " ", " ", "\t", ", ", ",", "\n", "\r\n", " à ", " te ", "(", "-", ".", ""};
  // clang-format on
  std::mt19937 rng(7);
  auto any = [&](const std::vector<std::string>& v) {
    return v[std::uniform_int_distribution<size_t>(0, v.size() - 1)(rng)];
  };
  std::uniform_int_distribution<int> length(1, 10);
  const AddressPatterns& p = Patterns();
  const std::vector<const GroupedPattern*> grouped = {&p.dutch_street, &p.french_street,
                                                      &p.number_first, &p.postbus,
                                                      &p.nl_postcode,  &p.be_postcode};
  std::vector<size_t> matches(grouped.size());
  size_t postcodes = 0;
  for (int n = 0; n < 30000; ++n) {
    std::string text = any(words);
    for (int i = length(rng); i > 0; --i) text += any(separators) + any(words);
    for (size_t k = 0; k < grouped.size(); ++k) {
      const std::vector<Groups> want = Re2Groups(grouped[k]->re, text);
      matches[k] += want.size();
      ExpectSame(want, SplitGroups(*grouped[k], text), text);
    }
    for (size_t pos = 0; pos <= text.size(); ++pos) {
      re2::StringPiece rest(text.data() + pos, text.size() - pos);
      re2::StringPiece letters;
      const bool want = RE2::Consume(&rest, p.postcode_after, &letters);
      size_t end = 0;
      std::string_view got_letters;
      ASSERT_EQ(want, p.PostcodeAfter(text, pos, &end, &got_letters)) << text << " at " << pos;
      if (!want) continue;
      ++postcodes;
      EXPECT_EQ(end, text.size() - rest.size()) << text << " at " << pos;
      EXPECT_EQ(letters.data(), got_letters.data()) << text << " at " << pos;
      EXPECT_EQ(letters.size(), got_letters.size()) << text << " at " << pos;
    }
  }
  // The fragments make every pattern match often.
  for (size_t k = 0; k < grouped.size(); ++k) EXPECT_GT(matches[k], 500u) << "pattern " << k;
  EXPECT_GT(postcodes, 500u);
}

}  // namespace
}  // namespace vermeld
