#include "core/detect/detector.h"

#include <gtest/gtest.h>

namespace vermeld {
namespace {

// Reports every occurrence of a fixed word with a fixed score: lets the tests control overlaps.
class WordRecognizer : public Recognizer {
 public:
  WordRecognizer(std::string type, std::string word, double score)
      : type_(std::move(type)), word_(std::move(word)), score_(score) {}
  std::string_view Type() const override { return type_; }
  void Find(const ScanText& text, std::vector<Finding>& out) const override {
    for (size_t p = text.text().find(word_); p != std::string_view::npos;
         p = text.text().find(word_, p + 1)) {
      out.push_back({type_, p, p + word_.size(), score_});
    }
  }

 private:
  std::string type_, word_;
  double score_;
};

PersonalDataDetector Make(std::vector<std::unique_ptr<Recognizer>> r) {
  return PersonalDataDetector(std::move(r));
}

std::vector<std::unique_ptr<Recognizer>> Recognizers(
    std::initializer_list<std::tuple<const char*, const char*, double>> specs) {
  std::vector<std::unique_ptr<Recognizer>> r;
  for (const auto& [type, word, score] : specs) {
    r.push_back(std::make_unique<WordRecognizer>(type, word, score));
  }
  return r;
}

TEST(DetectorTest, SortsFindingsByBegin) {
  const auto d = Make(Recognizers({{"B", "beta", 0.5}, {"A", "alpha", 0.5}}));
  const auto f = d.Detect("beta alpha beta", {});
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].type, "B");
  EXPECT_EQ(f[1].type, "A");
  EXPECT_EQ(f[2].begin, 11u);
}

TEST(DetectorTest, OverlapKeepsHigherScore) {
  const auto d = Make(Recognizers({{"LONG", "12345678", 0.4}, {"SHORT", "3456", 0.9}}));
  const auto f = d.Detect("x 12345678 y", {});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].type, "SHORT");
}

TEST(DetectorTest, OverlapWithEqualScoreKeepsLongerSpan) {
  const auto d = Make(Recognizers({{"SHORT", "3456", 0.8}, {"LONG", "12345678", 0.8}}));
  const auto f = d.Detect("x 12345678 y", {});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].type, "LONG");
}

TEST(DetectorTest, AdjacentFindingsDoNotOverlap) {
  const auto d = Make(Recognizers({{"A", "ab", 0.5}, {"C", "cd", 0.9}}));
  EXPECT_EQ(d.Detect("abcd", {}).size(), 2u);
}

TEST(DetectorTest, AllowEntryEqualToFindingDropsIt) {
  const auto d = Make(Recognizers({{"EMAIL", "Pers@Gent.be", 0.9}}));
  EXPECT_TRUE(d.Detect("mail Pers@Gent.be", {"pers@gent.be"}).empty());
  EXPECT_EQ(d.Detect("mail Pers@Gent.be", {"info@gent.be"}).size(), 1u);
}

TEST(DetectorTest, FindingInsideAllowedStringIsDropped) {
  // The allowed spokesperson's full name covers a finding on the surname alone.
  const auto d = Make(Recognizers({{"PERSON", "Peeters", 0.9}}));
  const auto f = d.Detect("Woordvoerder An  Peeters zegt dat Peeters niet", {"an peeters"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].begin, std::string_view("Woordvoerder An  Peeters zegt dat ").size());
}

TEST(DetectorTest, LoadBuildsTheRegistry) {
  const auto d = PersonalDataDetector::Load(VERMELD_DATA_DIR);
  ASSERT_NE(d, nullptr);
  EXPECT_TRUE(d->Detect("", {}).empty());
}

}  // namespace
}  // namespace vermeld
