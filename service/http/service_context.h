// What route handlers share: the active policy, the core engines and the store. Built once by
// Service at start; handlers only read it (the policy through its thread-safe source).
#pragma once

#include <memory>
#include <string>

#include "core/analyze/analyzer.h"
#include "core/detect/detector.h"
#include "core/policy/policy_source.h"
#include "core/provenance/ledger_index.h"
#include "core/provenance/ledger_record.h"
#include "store/store.h"

namespace vermeld {

struct ServiceContext {
  PolicySource* policy = nullptr;
  std::shared_ptr<const PersonalDataDetector> detector;
  Store* store = nullptr;
  LedgerIndex* ledger = nullptr;        // recorded AI outputs, in memory
  LedgerStore* ledger_store = nullptr;  // their fingerprints on disk
  std::string origin;                   // https://localhost:PORT, the add-in's origin
  std::string addin_dir;                // files served at /addin/ come from addin_dir/public
  std::string manifest_dir;             // manifest templates with __ORIGIN__

  Engines engines() const { return Engines{detector.get(), ledger}; }
};

// What the store records for a tool the policy does not know: a client-chosen name could be
// anything, even a person's name, so it is never stored.
inline constexpr const char* kUnknownTool = "(onbekend)";

// Fingerprints an AI output and records it in the ledger (store first, then the in-memory
// index), so later drafts that reuse it are found. Returns the record id. Throws StoreError.
int64_t RecordAiOutput(const ServiceContext& ctx, std::string_view text, const std::string& tool);

}  // namespace vermeld
