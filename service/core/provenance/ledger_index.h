// In-memory index of recorded AI outputs: fingerprint -> outputs that hold it.
//
// Built for a million outputs: postings live in flat arrays sorted by fingerprint behind a
// directory on the top bits (two memory reads per lookup); new records go to a small hash map
// that is folded into the arrays when it grows past an eighth of them (amortised O(1) per add).
// Fingerprints held by more than kMaxPostings outputs are common phrases and give no evidence,
// so Lookup skips them. Thread-safe: one writer at a time, many readers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <shared_mutex>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/provenance/ledger_record.h"

namespace vermeld {

inline constexpr size_t kMaxPostings = 64;

// A query fingerprint at word position `pos` of the draft found in output `output`.
struct LedgerHit {
  uint32_t pos;
  uint32_t output;  // handle, see LedgerIndex::Meta
};

class LedgerIndex {
 public:
  struct Meta {
    int64_t id;
    uint32_t tool;  // index into tools()
    int64_t time;
    uint32_t length;
  };

  // Adds a recorded output (record.fingerprints sorted and unique, as FingerprintText returns).
  void Add(const LedgerRecord& record);
  // Adds every record of the store and builds the index once.
  void Load(LedgerStore& store);

  // Appends a hit for every (i, output) where output holds hashes[i]; pos = i.
  void Lookup(std::span<const uint32_t> hashes, std::vector<LedgerHit>& hits) const;

  size_t size() const;
  Meta meta(uint32_t output) const;
  std::string tool(uint32_t tool_index) const;

 private:
  void AddLocked(const LedgerRecord& record);
  // Folds pending_ and `staged` (fingerprint, output) pairs into the sorted arrays.
  void Rebuild(std::vector<std::pair<uint32_t, uint32_t>> staged);

  mutable std::shared_mutex mu_;
  std::vector<Meta> meta_;
  std::vector<std::string> tools_;
  std::unordered_map<std::string, uint32_t> tool_ids_;
  // Sorted postings: keys_[i] held by outputs_[i]; bucket b spans dir_[b] .. dir_[b + 1].
  std::vector<uint32_t> keys_, outputs_, dir_;
  int shift_ = 32;
  std::unordered_map<uint32_t, std::vector<uint32_t>> pending_;
  size_t pending_count_ = 0;
};

}  // namespace vermeld
