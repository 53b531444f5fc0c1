#include "core/provenance/ledger_index.h"

#include <gtest/gtest.h>

#include <random>

namespace vermeld {
namespace {

LedgerRecord Record(int64_t id, std::string tool, std::vector<uint32_t> fingerprints) {
  return {id, std::move(tool), 1700000000 + id, 1000, std::move(fingerprints)};
}

std::vector<LedgerHit> LookupOne(const LedgerIndex& index, uint32_t f) {
  std::vector<LedgerHit> hits;
  const uint32_t q[] = {f};
  index.Lookup(q, hits);
  return hits;
}

TEST(PackFingerprints, RoundTripsAndIgnoresATruncatedTail) {
  const std::vector<uint32_t> f = {0, 1, 0x01020304, 0xFFFFFFFF};
  const std::string blob = PackFingerprints(f);
  EXPECT_EQ(blob.size(), 16u);
  EXPECT_EQ(UnpackFingerprints(blob), f);
  EXPECT_EQ(UnpackFingerprints(blob.substr(0, 15)), std::vector<uint32_t>(f.begin(), f.end() - 1));
}

TEST(LedgerIndex, FindsEveryOutputHoldingAFingerprint) {
  LedgerIndex index;
  index.Add(Record(7, "chatgpt", {10, 20, 30}));
  index.Add(Record(8, "copilot", {20, 40}));
  ASSERT_EQ(index.size(), 2u);
  EXPECT_EQ(LookupOne(index, 30).size(), 1u);
  EXPECT_EQ(LookupOne(index, 20).size(), 2u);
  EXPECT_TRUE(LookupOne(index, 25).empty());
  const auto hit = LookupOne(index, 40).at(0);
  EXPECT_EQ(index.meta(hit.output).id, 8);
  EXPECT_EQ(index.tool(index.meta(hit.output).tool), "copilot");
}

TEST(LedgerIndex, SkipsFingerprintsOfCommonPhrases) {
  LedgerIndex index;
  for (int i = 0; i <= static_cast<int>(kMaxPostings); ++i)
    index.Add(Record(i, "t", {5, 100u + i}));
  EXPECT_TRUE(LookupOne(index, 5).empty());
  EXPECT_EQ(LookupOne(index, 100).size(), 1u);
}

class VectorStore : public LedgerStore {
 public:
  void Save(LedgerRecord& r) override {
    r.id = static_cast<int64_t>(records.size()) + 1;
    records.push_back(r);
  }
  void LoadAll(const std::function<void(LedgerRecord&&)>& sink) override {
    for (LedgerRecord r : records) sink(std::move(r));
  }
  std::vector<LedgerRecord> records;
};

// Many adds (folded into the sorted arrays several times) and a bulk load answer alike.
TEST(LedgerIndex, IncrementalAddsAndBulkLoadAgree) {
  std::mt19937 rng(4);
  VectorStore store;
  LedgerIndex incremental;
  for (int i = 0; i < 20000; ++i) {
    LedgerRecord r = Record(0, i % 2 ? "a" : "b", {});
    for (int j = 0; j < 12; ++j) r.fingerprints.push_back(rng());
    store.Save(r);
    incremental.Add(r);
  }
  LedgerIndex loaded;
  loaded.Load(store);
  ASSERT_EQ(loaded.size(), 20000u);
  for (int i = 0; i < 20000; i += 997) {
    for (uint32_t f : store.records[i].fingerprints) {
      const auto a = LookupOne(incremental, f), b = LookupOne(loaded, f);
      ASSERT_EQ(a.size(), b.size());
      bool found = false;
      for (const LedgerHit& h : b) found |= loaded.meta(h.output).id == store.records[i].id;
      EXPECT_TRUE(found);
    }
  }
}

}  // namespace
}  // namespace vermeld
