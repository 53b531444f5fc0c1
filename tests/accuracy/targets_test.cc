#include "targets.h"

#include <gtest/gtest.h>

namespace vermeld::accuracy {
namespace {

LabelledDocument Doc(const char* labelled) {
  return ParseLabelledFile(std::string("@@@ d\n") + labelled, "test")[0];
}

bool Mentions(const std::vector<std::string>& unmet, const std::string& what) {
  for (const auto& line : unmet) {
    if (line.find(what) != std::string::npos) return true;
  }
  return false;
}

TEST(UnmetTargets, PerfectScoreMeetsAll) {
  PiiScore score;
  score.Add(Doc("[[IBAN:BE68539007547034]]"), {{"IBAN", 0, 16, 1}}, {});
  score.Add(Doc("niets"), {}, {});
  EXPECT_TRUE(UnmetTargets(score, Targets{}).empty());
}

TEST(UnmetTargets, NamesEachShortfall) {
  PiiScore score;
  score.Add(Doc("[[IBAN:BE68539007547034]] [[PERSON:Jan]]"), {{"PERSON", 17, 20, 1}}, {});
  score.Add(Doc("factuur 2025"), {{"PHONE", 0, 7, 1}}, {});
  auto unmet = UnmetTargets(score, Targets{});
  EXPECT_TRUE(Mentions(unmet, "IBAN recall"));
  EXPECT_TRUE(Mentions(unmet, "entity recall"));
  EXPECT_TRUE(Mentions(unmet, "precision"));
  EXPECT_TRUE(Mentions(unmet, "clean documents flagged"));
  EXPECT_FALSE(Mentions(unmet, "PERSON recall"));
  EXPECT_FALSE(Mentions(unmet, "document recall"));
}

TEST(UnmetTargets, ThresholdsAreConfigurable) {
  PiiScore score;
  score.Add(Doc("[[PERSON:Jan]] en [[PERSON:Piet]]"), {{"PERSON", 0, 3, 1}}, {});
  Targets lenient;
  lenient.min_recall = 0.5;
  lenient.min_person_recall = 0.5;
  EXPECT_TRUE(UnmetTargets(score, lenient).empty());
  Targets strict = lenient;
  strict.min_person_recall = 0.6;
  EXPECT_TRUE(Mentions(UnmetTargets(score, strict), "PERSON recall"));
}

}  // namespace
}  // namespace vermeld::accuracy
