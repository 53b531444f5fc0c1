// vermeld_bench_ai: provenance matching of a 10 KB draft against a ledger of 1,000,000 recorded
// outputs, and the ledger's size on disk per recorded 1 KB output.
//
// The synthetic ledger holds 1,000,000 outputs of 1 KB each: 32 fingerprints per output (what
// FingerprintText keeps for 1 KB of prose), uniformly random as winnowed hashes are, plus the
// corpus's AI passages, so the draft has real matches to find.
#include <benchmark/benchmark.h>

#include <fstream>
#include <random>
#include <sstream>

#include "core/provenance/ai_content.h"
#include "core/provenance/fingerprint.h"
#include "core/provenance/ledger_record.h"

namespace vermeld {
namespace {

std::string CorpusFile(const char* name) {
  std::ifstream in(std::string(VERMELD_AI_CORPUS_DIR) + "/" + name);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Paragraphs of a corpus file (lines that are not "### " headers).
std::vector<std::string> Paragraphs(const char* name) {
  std::vector<std::string> out;
  std::istringstream in(CorpusFile(name));
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.rfind("### ", 0) != 0) out.push_back(line);
  }
  return out;
}

class SyntheticStore : public LedgerStore {
 public:
  explicit SyntheticStore(size_t outputs) : outputs_(outputs) {}
  void Save(LedgerRecord&) override {}
  void LoadAll(const std::function<void(LedgerRecord&&)>& sink) override {
    std::mt19937 rng(1);
    int64_t id = 0;
    for (const std::string& p : Paragraphs("ai_passages.txt")) {
      sink({++id, "chatgpt", 0, static_cast<uint32_t>(p.size()), FingerprintText(p)});
    }
    for (size_t i = 0; i < outputs_; ++i) {
      LedgerRecord r{++id, i % 3 ? "copilot" : "chatgpt", 0, 1024, {}};
      for (int f = 0; f < 32; ++f) r.fingerprints.push_back(rng());
      sink(std::move(r));
    }
  }

 private:
  size_t outputs_;
};

const LedgerIndex& MillionOutputLedger() {
  static LedgerIndex* index = [] {
    auto* idx = new LedgerIndex;
    SyntheticStore store(1000000);
    idx->Load(store);
    return idx;
  }();
  return *index;
}

// About 10 KB: AI passages (recorded) interleaved with human passages.
std::string TenKilobyteDraft() {
  const auto ai = Paragraphs("ai_passages.txt"), human = Paragraphs("human_passages.txt");
  std::string draft;
  for (size_t i = 0; draft.size() < 10240; ++i) {
    draft += (i % 2 ? ai[i % ai.size()] : human[i % human.size()]) + "\n\n";
  }
  return draft.substr(0, draft.rfind(' ', 10240));
}

void BM_Match10KbDraftAgainstMillionOutputs(benchmark::State& state) {
  const LedgerIndex& index = MillionOutputLedger();
  const std::string draft = TenKilobyteDraft();
  size_t passages = 0;
  for (auto _ : state) {
    const AiContent r = DetectAiContent(index, draft);
    passages = r.passages.size();
    benchmark::DoNotOptimize(r);
  }
  state.counters["draft_bytes"] = static_cast<double>(draft.size());
  state.counters["outputs"] = static_cast<double>(index.size());
  state.counters["passages"] = static_cast<double>(passages);
}
BENCHMARK(BM_Match10KbDraftAgainstMillionOutputs)->Unit(benchmark::kMillisecond);

// Fingerprint BLOB bytes per 1 KB of recorded AI output (the row adds id, tool, time, length).
void BM_BlobBytesPerKilobyteOutput(benchmark::State& state) {
  std::string all;
  for (const std::string& p : Paragraphs("ai_passages.txt")) all += p + "\n";
  size_t blob = 0;
  for (auto _ : state) {
    blob = PackFingerprints(FingerprintText(all)).size();
    benchmark::DoNotOptimize(blob);
  }
  state.counters["blob_bytes_per_kb"] = 1024.0 * static_cast<double>(blob) / all.size();
}
BENCHMARK(BM_BlobBytesPerKilobyteOutput)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace vermeld

BENCHMARK_MAIN();
