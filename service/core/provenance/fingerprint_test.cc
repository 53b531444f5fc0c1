#include "core/provenance/fingerprint.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace vermeld {
namespace {

std::vector<uint64_t> RandomWords(std::mt19937_64& rng, size_t n) {
  std::vector<uint64_t> words(n);
  for (uint64_t& w : words) w = WordHash("w" + std::to_string(rng() % 5000));
  return words;
}

TEST(Fingerprint, KGramsNeedKWords) {
  std::mt19937_64 rng(1);
  EXPECT_TRUE(KGramHashes(RandomWords(rng, kK - 1)).empty());
  EXPECT_EQ(KGramHashes(RandomWords(rng, kK + 9)).size(), 10u);
  EXPECT_TRUE(FingerprintText("te kort").empty());
}

TEST(Fingerprint, NormalisationEditsKeepFingerprints) {
  const std::string a = "De gemeente publiceert vandaag het nieuwe reglement voor de markt.";
  const std::string b = "de GEMEENTE publiceert  vandaag, het nieuwe\u00A0reglement voor de markt!";
  EXPECT_EQ(FingerprintText(a), FingerprintText(b));
  EXPECT_NE(FingerprintText(a), FingerprintText("De stad publiceert morgen een ander reglement."));
}

TEST(Fingerprint, WinnowingKeepsAboutTwoPerWindowPlusOne) {
  std::mt19937_64 rng(2);
  const auto kgrams = KGramHashes(RandomWords(rng, 20000));
  const double density = static_cast<double>(Winnow(kgrams).size()) / kgrams.size();
  EXPECT_NEAR(density, 2.0 / (kWindow + 1), 0.03);
}

// The winnowing guarantee on random edits: any unchanged run of kGuaranteedRun words that a
// draft shares with an output contains one of the output's fingerprints.
TEST(Fingerprint, EveryUnchangedRunOfGuaranteedLengthHoldsAFingerprint) {
  std::mt19937_64 rng(3);
  for (int trial = 0; trial < 200; ++trial) {
    const std::vector<uint64_t> output = RandomWords(rng, 50 + rng() % 400);
    const std::vector<uint32_t> recorded = Winnow(KGramHashes(output));
    // Draft: the output with random words replaced, deleted or inserted (about 1 in 6);
    // src[i] = index of draft word i in the output, or -1 for an edit.
    std::vector<uint64_t> draft;
    std::vector<long> src;
    for (size_t i = 0; i < output.size(); ++i) {
      const auto edit = rng() % 18;
      if (edit == 0 || edit == 2) {  // replace, or insert before
        draft.push_back(WordHash("edit" + std::to_string(rng())));
        src.push_back(-1);
      }
      if (edit == 0 || edit == 1) continue;  // replaced or deleted
      draft.push_back(output[i]);
      src.push_back(static_cast<long>(i));
    }
    const std::vector<uint32_t> draft_kgrams = KGramHashes(draft);
    size_t run_start = 0;
    for (size_t i = 0; i <= draft.size(); ++i) {
      const bool continues =
          i < draft.size() && i > run_start && src[i] >= 0 && src[i] == src[i - 1] + 1;
      if (continues || (i < draft.size() && i == run_start && src[i] >= 0)) continue;
      if (i - run_start >= kGuaranteedRun && src[run_start] >= 0) {
        bool found = false;
        for (size_t p = run_start; p + kK <= i; ++p) {
          found |= std::binary_search(recorded.begin(), recorded.end(), draft_kgrams[p]);
        }
        ASSERT_TRUE(found) << "trial " << trial << ", run at " << run_start;
      }
      run_start = (i < draft.size() && src[i] >= 0) ? i : i + 1;
    }
  }
}

}  // namespace
}  // namespace vermeld
