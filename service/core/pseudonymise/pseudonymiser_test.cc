#include "core/pseudonymise/pseudonymiser.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

namespace vermeld {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// Findings for every occurrence of `value` in `text`.
std::vector<Finding> FindAll(std::string_view text,
                             std::vector<std::pair<std::string, std::string>> typed_values) {
  std::vector<Finding> out;
  for (const auto& [type, value] : typed_values) {
    for (size_t pos = text.find(value); pos != std::string_view::npos;
         pos = text.find(value, pos + value.size())) {
      out.push_back({type, pos, pos + value.size(), 1.0});
    }
  }
  std::sort(out.begin(), out.end(),
            [](const Finding& a, const Finding& b) { return a.begin < b.begin; });
  return out;
}

TEST(PlaceholderLabelTest, DutchLabelsPerType) {
  EXPECT_EQ(PlaceholderLabel("PERSON"), "PERSOON");
  EXPECT_EQ(PlaceholderLabel("PHONE"), "TELEFOON");
  EXPECT_EQ(PlaceholderLabel("EMAIL"), "EMAIL");
  EXPECT_EQ(PlaceholderLabel("IBAN"), "IBAN");
  EXPECT_EQ(PlaceholderLabel("BE_NATIONAL_NUMBER"), "RIJKSREGISTERNUMMER");
  EXPECT_EQ(PlaceholderLabel("ADDRESS"), "ADRES");
  EXPECT_EQ(PlaceholderLabel("SOMETHING_NEW"), "GEGEVEN");
  EXPECT_EQ(PlaceholderLabel(""), "GEGEVEN");
}

TEST(PseudonymiserTest, ReplacesFindingsAndKeepsTheRest) {
  const std::string text = "Beste Koen Van den Broeck, bel 0470 12 34 56 of mail koen@telenet.be.";
  Pseudonymiser p;
  const std::string out = p.Replace(text, FindAll(text, {{"PERSON", "Koen Van den Broeck"},
                                                         {"PHONE", "0470 12 34 56"},
                                                         {"EMAIL", "koen@telenet.be"}}));
  EXPECT_EQ(out, "Beste [PERSOON_1], bel [TELEFOON_1] of mail [EMAIL_1].");
  EXPECT_EQ(p.size(), 3u);
}

TEST(PseudonymiserTest, SameValueSamePlaceholderAcrossTexts) {
  Pseudonymiser p;
  const std::string a = "An Peeters schreef aan Jan Janssens.";
  const std::string b = "Jan Janssens antwoordde An Peeters.";
  const auto values = std::vector<std::pair<std::string, std::string>>{{"PERSON", "An Peeters"},
                                                                       {"PERSON", "Jan Janssens"}};
  EXPECT_EQ(p.Replace(a, FindAll(a, values)), "[PERSOON_1] schreef aan [PERSOON_2].");
  EXPECT_EQ(p.Replace(b, FindAll(b, values)), "[PERSOON_2] antwoordde [PERSOON_1].");
}

TEST(PseudonymiserTest, NumberingIsPerLabel) {
  Pseudonymiser p;
  const std::string text = "a@x.be b@x.be BE71 0961 2345 6769";
  EXPECT_EQ(p.Replace(text, FindAll(text, {{"EMAIL", "a@x.be"},
                                           {"EMAIL", "b@x.be"},
                                           {"IBAN", "BE71 0961 2345 6769"}})),
            "[EMAIL_1] [EMAIL_2] [IBAN_1]");
}

TEST(PseudonymiserTest, RestoreRoundTripsIncludingMultibyteText) {
  Pseudonymiser p;
  const std::string text = "Élodie Dupont (née à Liège) — élodie@exemple.be 😀";
  const std::string replaced =
      p.Replace(text, FindAll(text, {{"PERSON", "Élodie Dupont"}, {"EMAIL", "élodie@exemple.be"}}));
  EXPECT_THAT(replaced, Not(HasSubstr("Dupont")));
  EXPECT_EQ(p.Restore(replaced), text);
  EXPECT_EQ(p.Restore("Geachte [PERSOON_1], zie [EMAIL_1]."),
            "Geachte Élodie Dupont, zie élodie@exemple.be.");
}

TEST(PseudonymiserTest, RestoreLeavesUnknownAndBrokenPlaceholders) {
  Pseudonymiser p;
  const std::string text = "Jan Peeters";
  p.Replace(text, FindAll(text, {{"PERSON", "Jan Peeters"}}));
  EXPECT_EQ(p.Restore("[PERSOON_2] [PERSOON_1 [[PERSOON_1]] [persoon_1] ["),
            "[PERSOON_2] [PERSOON_1 [Jan Peeters] [persoon_1] [");
}

TEST(PseudonymiserTest, SkipsOverlappingAndOutOfRangeFindings) {
  Pseudonymiser p;
  const std::string text = "Jan Peeters";
  const std::vector<Finding> findings = {
      {"PERSON", 0, 11, 1}, {"PERSON", 4, 11, 1}, {"EMAIL", 5, 40, 1}};
  EXPECT_EQ(p.Replace(text, findings), "[PERSOON_1]");
}

TEST(PseudonymiserTest, PlaceholderPrefixes) {
  Pseudonymiser p;
  const std::string text = "Jan Peeters";
  p.Replace(text, FindAll(text, {{"PERSON", "Jan Peeters"}}));
  EXPECT_TRUE(p.IsPlaceholderPrefix("["));
  EXPECT_TRUE(p.IsPlaceholderPrefix("[PERSOON_"));
  EXPECT_FALSE(p.IsPlaceholderPrefix("[PERSOON_1]"));
  EXPECT_FALSE(p.IsPlaceholderPrefix("[EMAIL"));
  EXPECT_EQ(p.longest_placeholder(), std::string("[PERSOON_1]").size());
}

TEST(PseudonymiserTest, WithoutFindingsNothingChanges) {
  Pseudonymiser p;
  EXPECT_EQ(p.Replace("Geen gegevens [hier].", {}), "Geen gegevens [hier].");
  EXPECT_EQ(p.Restore("[PERSOON_1]"), "[PERSOON_1]");
  EXPECT_FALSE(p.IsPlaceholderPrefix("["));
}

}  // namespace
}  // namespace vermeld
