// The local store: an SQLite file in the data directory (WAL mode, schema migrations by
// PRAGMA user_version). It keeps the audit trail and the AI-use register; it never holds draft
// text or personal data -- only tools, decisions, finding types and counts, sizes and times.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

struct sqlite3;

namespace vermeld {

class WalCheckpointer;

// Thrown when the store cannot be opened or written; the message names the file and the cause.
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct AuditEvent {
  int64_t time = 0;      // Unix seconds; 0 = now
  std::string kind;      // "gateway", "disclose", "provenance"
  std::string tool;      // policy tool id (may be empty)
  std::string decision;  // "forwarded", "pseudonymised", "blocked", "upstream_error", "inserted",
                         // "recorded"
  std::string reason;  // for blocks: tool_not_allowed, personal_data, confidential, policy_expired
  std::map<std::string, int> finding_counts;  // entity type -> count
  int64_t request_bytes = 0;
  int64_t response_bytes = 0;
  bool reviewed = false;  // disclosure: the user confirmed they reviewed the text
};

// One line of the AI-use register: one tool in one month.
struct RegisterRow {
  std::string month;  // YYYY-MM
  std::string tool;
  int64_t requests = 0;
  std::map<std::string, int64_t> blocked;  // reason -> count
  int64_t pseudonymised = 0;
  int64_t outputs_recorded = 0;
  int64_t disclosures_inserted = 0;
};

class Store {
 public:
  // Opens (creating if needed) the database at `path` and migrates it to the current schema.
  // Throws StoreError naming the file when it is unreadable, not a database or corrupt.
  static std::unique_ptr<Store> Open(const std::string& path);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Committed when it returns: survives a crash or kill of the process (WAL, synchronous=NORMAL).
  // The log is copied into the database file by a background thread (wal_checkpointer.h), never
  // inside this call. Throws StoreError on write failure.
  void RecordAudit(const AuditEvent& event);
  std::vector<RegisterRow> Register() const;
  int64_t AuditEventCount() const;

  const std::string& path() const { return path_; }
  // Current schema version after migrations.
  static int SchemaVersion();

  // Runs fn(db) under the store's lock (for ledger persistence living beside the store).
  template <typename Fn>
  auto WithDb(Fn&& fn) const {
    std::lock_guard lock(mu_);
    return fn(db_);
  }

 private:
  Store(std::string path, sqlite3* db);
  std::string path_;
  sqlite3* db_;
  std::unique_ptr<WalCheckpointer> checkpointer_;
  mutable std::mutex mu_;
};

}  // namespace vermeld
