// The provenance ledger's persistence in the store: one row per recorded AI output holding its
// tool, time, length and packed fingerprints -- never the text.
#pragma once

#include "core/provenance/ledger_record.h"
#include "store/store.h"

namespace vermeld {

class SqliteLedgerStore : public LedgerStore {
 public:
  explicit SqliteLedgerStore(Store& store) : store_(store) {}
  // Committed when it returns (as Store::RecordAudit); assigns record.id. Throws StoreError on
  // failure.
  void Save(LedgerRecord& record) override;
  void LoadAll(const std::function<void(LedgerRecord&&)>& sink) override;

 private:
  Store& store_;
};

}  // namespace vermeld
