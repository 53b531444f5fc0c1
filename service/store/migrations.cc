#include "store/migrations.h"

namespace vermeld {

const std::vector<std::string_view>& Migrations() {
  static const std::vector<std::string_view> migrations = {
      // 1: the audit trail. finding_counts is a JSON object of type -> count (no values).
      R"sql(
      CREATE TABLE audit_event (
        id INTEGER PRIMARY KEY,
        time INTEGER NOT NULL,
        kind TEXT NOT NULL,
        tool TEXT NOT NULL DEFAULT '',
        decision TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        finding_counts TEXT NOT NULL DEFAULT '{}',
        request_bytes INTEGER NOT NULL DEFAULT 0,
        response_bytes INTEGER NOT NULL DEFAULT 0,
        reviewed INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX audit_event_time ON audit_event(time);
      )sql",
      // 2: the provenance ledger: fingerprints of recorded AI outputs, packed 4 bytes each.
      R"sql(
      CREATE TABLE ledger_output (
        id INTEGER PRIMARY KEY,
        tool TEXT NOT NULL,
        time INTEGER NOT NULL,
        length INTEGER NOT NULL,
        fingerprints BLOB NOT NULL
      );
      )sql",
  };
  return migrations;
}

}  // namespace vermeld
