#include "core/provenance/provenance_match.h"

#include <gtest/gtest.h>

#include <random>

namespace vermeld {
namespace {

const char* kOutput =
    "De gemeente investeert de komende jaren fors in duurzame mobiliteit. Zo worden er extra "
    "fietspaden aangelegd langs de belangrijkste invalswegen, komen er meer laadpalen voor "
    "elektrische wagens en wordt het openbaar vervoer beter afgestemd op de noden van pendelaars. "
    "Daarnaast start een proefproject met deelfietsen in drie wijken.";

void Record(LedgerIndex& index, const char* tool, std::string_view output) {
  index.Add({static_cast<int64_t>(index.size()) + 1, tool, 0, 0, FingerprintText(output)});
}

TEST(MatchProvenance, FindsAnUnchangedCopyInsideADraftWithExactSpans) {
  LedgerIndex index;
  Record(index, "chatgpt", kOutput);
  const std::string intro = "Beste collega's,\n\nHierbij de tekst voor de nieuwsbrief.\n\n";
  const std::string draft = intro + kOutput + "\n\nGroeten,\nAn";
  const AiContent r = MatchProvenance(index, draft);
  ASSERT_EQ(r.passages.size(), 1u);
  const AiPassage& p = r.passages[0];
  EXPECT_EQ(p.tool, "chatgpt");
  EXPECT_EQ(p.source, AiSource::kProvenance);
  EXPECT_DOUBLE_EQ(p.score, 1.0);
  EXPECT_EQ(p.begin, intro.size());
  EXPECT_EQ(p.end, intro.size() + std::string(kOutput).size() - 1);  // without the final period
  EXPECT_GT(r.coverage, 0.7);
  EXPECT_LT(r.coverage, 1.0);
}

TEST(MatchProvenance, FindsALightlyEditedCopy) {
  LedgerIndex index;
  Record(index, "copilot", kOutput);
  const std::string edited =
      "De stad investeert de komende jaren sterk in duurzame mobiliteit! Zo wordt er een extra "
      "fietspad aangelegd langs de belangrijkste invalswegen. Er komen meer laadpalen voor "
      "elektrische auto's en het openbaar vervoer wordt beter afgestemd op de noden van de "
      "pendelaar.";
  const AiContent r = MatchProvenance(index, edited);
  ASSERT_EQ(r.passages.size(), 1u);
  EXPECT_EQ(r.passages[0].tool, "copilot");
  EXPECT_GT(r.passages[0].score, 0.3);
  EXPECT_LT(r.passages[0].score, 1.0);
}

TEST(MatchProvenance, IgnoresTextOnTheSameTopic) {
  LedgerIndex index;
  Record(index, "chatgpt", kOutput);
  const AiContent r = MatchProvenance(
      index,
      "Vanaf volgend jaar legt de stad nieuwe fietspaden aan. Wie een elektrische wagen heeft, "
      "vindt straks meer laadpalen in de buurt, en de bus rijdt vaker tijdens de spits.");
  EXPECT_TRUE(r.passages.empty());
  EXPECT_EQ(r.coverage, 0.0);
}

TEST(MatchProvenance, MergesTwoOutputsQuotedBackToBack) {
  const char* other =
      "Inwoners kunnen hun mening geven tijdens een infoavond in het cultureel centrum op "
      "dinsdag. Wie niet aanwezig kan zijn, vult het online formulier in op de website.";
  LedgerIndex index;
  Record(index, "chatgpt", kOutput);
  Record(index, "gemini", other);
  const AiContent r = MatchProvenance(index, std::string(kOutput) + " " + other);
  ASSERT_EQ(r.passages.size(), 1u);
  EXPECT_EQ(r.passages[0].tool, "chatgpt");  // the longer output holds more hits
  EXPECT_DOUBLE_EQ(r.coverage, 1.0);
}

// The reporting guarantee on random edits: every unchanged run of kReportedRun words of a
// recorded output overlaps a reported passage.
TEST(MatchProvenance, ReportsEveryUnchangedRunOfReportedLength) {
  std::mt19937_64 rng(5);
  auto word = [&](const char* prefix) { return prefix + std::to_string(rng() % 100000) + "q"; };
  for (int trial = 0; trial < 100; ++trial) {
    std::vector<std::string> output(60 + rng() % 200);
    for (std::string& w : output) w = word("w");
    std::string output_text;
    for (const std::string& w : output) output_text += w + " ";
    LedgerIndex index;
    Record(index, "t", output_text);
    // Draft with about one word in five replaced; remember byte spans of unchanged runs.
    std::string draft;
    std::vector<std::pair<size_t, size_t>> runs;  // byte span of each long unchanged run
    size_t run_begin = 0, run_words = 0;
    auto close_run = [&] {
      if (run_words >= kReportedRun) runs.emplace_back(run_begin, draft.size() - 1);
      run_words = 0;
    };
    for (const std::string& w : output) {
      if (rng() % 5 == 0) {
        close_run();
        draft += word("x") + " ";
        continue;
      }
      if (run_words++ == 0) run_begin = draft.size();
      draft += w + " ";
    }
    close_run();
    const AiContent r = MatchProvenance(index, draft);
    for (auto [b, e] : runs) {
      bool covered = false;
      for (const AiPassage& p : r.passages) covered |= p.begin < e && b < p.end;
      ASSERT_TRUE(covered) << "trial " << trial << ": run " << b << ".." << e;
    }
  }
}

}  // namespace
}  // namespace vermeld
