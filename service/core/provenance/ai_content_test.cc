#include "core/provenance/ai_content.h"

#include <gtest/gtest.h>

#include "core/provenance/fingerprint.h"

namespace vermeld {
namespace {

TEST(DetectAiContent, CombinesRecordedPassagesAndMarkers) {
  const std::string output =
      "Het nieuwe parkeerbeleid gaat in op 1 maart. Bewoners kunnen hun vergunning online "
      "aanvragen via het digitale loket, en bezoekers betalen voortaan met de app of aan de "
      "automaat.";
  LedgerIndex index;
  index.Add({1, "gemini", 0, 0, FingerprintText(output)});
  const std::string draft = "Natuurlijk! Hier is een tekst voor de website:\n\n" + output;
  const AiContent r = DetectAiContent(index, draft);
  ASSERT_EQ(r.passages.size(), 2u);
  EXPECT_EQ(r.passages[0].source, AiSource::kMarker);
  EXPECT_EQ(r.passages[1].source, AiSource::kProvenance);
  EXPECT_EQ(r.passages[1].tool, "gemini");
  EXPECT_GT(r.coverage, 0.8);
  EXPECT_LT(r.coverage, 1.0);  // "tekst website" lies outside both passages
}

TEST(DetectAiContent, HumanTextHasNoPassagesAndNoCoverage) {
  LedgerIndex index;
  const AiContent r =
      DetectAiContent(index, "Dag Pieter, de vergadering van morgen gaat niet door.");
  EXPECT_TRUE(r.passages.empty());
  EXPECT_EQ(r.coverage, 0.0);
}

}  // namespace
}  // namespace vermeld
