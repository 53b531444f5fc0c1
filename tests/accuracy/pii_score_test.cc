#include "pii_score.h"

#include <gtest/gtest.h>

namespace vermeld::accuracy {
namespace {

LabelledDocument Doc(const char* labelled) {
  return ParseLabelledFile(std::string("@@@ d\n") + labelled, "test")[0];
}

TEST(PiiScore, CountsExactOverlapMissAndFalsePositive) {
  // "Beste Jan Peeters, bel 0470 12 34 56 of mail jan@x.be."
  auto doc =
      Doc("Beste [[PERSON:Jan Peeters]], bel [[PHONE:0470 12 34 56]] of mail [[EMAIL:jan@x.be]].");
  PiiScore score;
  score.Add(doc,
            {{"PERSON", 6, 9, 0.8},   // "Jan": overlap, not exact
             {"PHONE", 23, 36, 0.9},  // exact
             {"IBAN", 0, 5, 0.5}},    // "Beste": false positive
            {});
  const auto& person = score.by_type().at("PERSON");
  EXPECT_EQ(person.gold, 1u);
  EXPECT_EQ(person.gold_found, 1u);
  EXPECT_EQ(person.gold_exact, 0u);
  EXPECT_EQ(score.by_type().at("PHONE").gold_exact, 1u);
  EXPECT_EQ(score.by_type().at("EMAIL").gold_found, 0u);
  EXPECT_EQ(score.by_type().at("IBAN").predicted, 1u);
  EXPECT_EQ(score.by_type().at("IBAN").predicted_true, 0u);

  TypeCounts all = score.Overall();
  EXPECT_EQ(all.gold, 3u);
  EXPECT_NEAR(all.Recall(), 2.0 / 3, 1e-9);
  EXPECT_NEAR(all.Precision(), 2.0 / 3, 1e-9);
  EXPECT_NEAR(all.ExactRecall(), 1.0 / 3, 1e-9);
  ASSERT_EQ(score.misses().size(), 1u);
  EXPECT_EQ(score.misses()[0].text, "jan@x.be");
  ASSERT_EQ(score.false_positives().size(), 1u);
  EXPECT_EQ(score.false_positives()[0].text, "Beste");
  ASSERT_EQ(score.partial_hits().size(), 1u);
  EXPECT_EQ(score.documents().with_data_flagged, 1u);
}

TEST(PiiScore, WrongTypeIsAMissAndAFalsePositive) {
  auto doc = Doc("nr [[BE_NATIONAL_NUMBER:85.07.30-033.28]]");
  PiiScore score;
  score.Add(doc, {{"PHONE", 3, 18, 0.5}}, {});
  EXPECT_EQ(score.by_type().at("BE_NATIONAL_NUMBER").gold_found, 0u);
  ASSERT_EQ(score.false_positives().size(), 1u);
  EXPECT_NE(score.false_positives()[0].note.find("BE_NATIONAL_NUMBER"), std::string::npos);
  EXPECT_EQ(score.documents().with_data_hit, 0u);
}

TEST(PiiScore, OptionalSpansAreNeitherHitNorFalsePositive) {
  auto doc = Doc("Vragen: [[?EMAIL:pers@stad.be]]");
  PiiScore score;
  score.Add(doc, {{"EMAIL", 8, 20, 0.3}}, {});
  EXPECT_EQ(score.Overall().predicted, 0u);
  EXPECT_EQ(score.Overall().gold, 0u);
  EXPECT_EQ(score.documents().clean, 1u);
  EXPECT_EQ(score.documents().clean_flagged, 0u);
}

TEST(PiiScore, CleanDocumentWithAFindingIsFlagged) {
  PiiScore score;
  score.Add(Doc("Factuur 2025/0193 van 12 maart."), {{"PHONE", 8, 17, 0.4}}, {});
  score.Add(Doc("Niets te melden."), {}, {});
  EXPECT_EQ(score.documents().clean, 2u);
  EXPECT_EQ(score.documents().clean_flagged, 1u);
  EXPECT_DOUBLE_EQ(score.documents().CleanFlaggedRate(), 0.5);
}

TEST(PiiScore, FlaggedCleanDocumentsAreCountedOncePerTypeOfFalsePositive) {
  PiiScore score;
  score.Add(Doc("Zaal Jan Palfijn, lokaal 0470 12, zaal Sint-Jan."),
            {{"PERSON", 5, 16, 0.6}, {"PHONE", 25, 32, 0.4}, {"PERSON", 39, 47, 0.5}}, {});
  score.Add(Doc("Bel [[PHONE:0470 12 34 56]] of lokaal 2025/0193."),
            {{"PHONE", 4, 17, 0.9}, {"PERSON", 28, 37, 0.4}}, {});
  score.Add(Doc("Ook hier: zaal Jan Palfijn."), {{"PERSON", 15, 26, 0.6}}, {});
  const std::map<std::string, size_t> expected = {{"PERSON", 2}, {"PHONE", 1}};
  EXPECT_EQ(score.documents().clean_flagged_by_type, expected);
  EXPECT_EQ(score.documents().clean_flagged, 2u);
}

TEST(PiiScore, DocumentRecallCountsDocumentsWithoutAnyFinding) {
  PiiScore score;
  score.Add(Doc("Dag [[PERSON:An]]"), {}, {});
  score.Add(Doc("Dag [[PERSON:Bo]]"), {{"PERSON", 4, 6, 1}}, {});
  EXPECT_EQ(score.documents().with_data, 2u);
  EXPECT_EQ(score.documents().with_data_flagged, 1u);
  EXPECT_DOUBLE_EQ(score.documents().Recall(), 0.5);
}

TEST(PiiScore, ConfidentialMarkersAreScoredApart) {
  auto doc = Doc("[[CONFIDENTIAL:Vertrouwelijk]] verslag");
  PiiScore score;
  score.Add(doc, {}, {{"Vertrouwelijk", 0, 13}, {"verslag", 14, 21}});
  EXPECT_EQ(score.confidential().gold_found, 1u);
  EXPECT_EQ(score.confidential().predicted, 2u);
  EXPECT_DOUBLE_EQ(score.confidential().Precision(), 0.5);
  EXPECT_EQ(score.Overall().predicted, 0u);
  EXPECT_EQ(score.documents().clean_flagged, 0u);
}

TEST(TypeCounts, EmptyCountsAreNeutral) {
  TypeCounts none;
  EXPECT_DOUBLE_EQ(none.Recall(), 1.0);
  EXPECT_DOUBLE_EQ(none.Precision(), 1.0);
}

}  // namespace
}  // namespace vermeld::accuracy
