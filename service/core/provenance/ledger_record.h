// One recorded AI output as the ledger keeps it: never the text, only its fingerprints, and the
// persistence interface the store implements (SQLite: one row per output, fingerprints packed in
// one BLOB with PackFingerprints).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace vermeld {

struct LedgerRecord {
  int64_t id = 0;                      // assigned by the store
  std::string tool;                    // policy tool id or name, e.g. "chatgpt"
  int64_t time = 0;                    // Unix seconds (UTC) when recorded
  uint32_t length = 0;                 // length of the output in UTF-8 bytes
  std::vector<uint32_t> fingerprints;  // FingerprintText(output): sorted, unique
};

// Fingerprints as one BLOB: 4 bytes each, little-endian, in the (sorted) order given.
std::string PackFingerprints(const std::vector<uint32_t>& fingerprints);
// Inverse of PackFingerprints; a trailing partial value (a corrupt BLOB) is ignored.
std::vector<uint32_t> UnpackFingerprints(std::string_view blob);

// Implemented by the store. Save assigns record.id; LoadAll calls `sink` once per record, in id
// order, at start so the in-memory LedgerIndex can be rebuilt.
class LedgerStore {
 public:
  virtual ~LedgerStore() = default;
  virtual void Save(LedgerRecord& record) = 0;
  virtual void LoadAll(const std::function<void(LedgerRecord&&)>& sink) = 0;
};

}  // namespace vermeld
