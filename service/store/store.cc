#include "store/store.h"

#include <sqlite3.h>

#include <ctime>
#include <nlohmann/json.hpp>

#include "store/migrations.h"
#include "store/statement.h"
#include "store/wal_checkpointer.h"

namespace vermeld {
namespace {

void Exec(sqlite3* db, const std::string& path, std::string_view sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, std::string(sql).c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errmsg(db);
    sqlite3_free(err);
    throw StoreError("store " + path + ": " + msg);
  }
}

int UserVersion(sqlite3* db, const std::string& path) {
  Statement st(db, path, "PRAGMA user_version");
  st.Step();
  return st.ColumnInt(0);
}

void Migrate(sqlite3* db, const std::string& path) {
  const auto& migrations = Migrations();
  int version = UserVersion(db, path);
  if (version > static_cast<int>(migrations.size())) {
    throw StoreError("store " + path + ": schema version " + std::to_string(version) +
                     " is newer than this vermeld (" + std::to_string(migrations.size()) +
                     "); use a newer vermeld or another --data-dir");
  }
  for (; version < static_cast<int>(migrations.size()); ++version) {
    Exec(db, path, "BEGIN IMMEDIATE");
    try {
      Exec(db, path, migrations[version]);
      Exec(db, path, "PRAGMA user_version = " + std::to_string(version + 1));
      Exec(db, path, "COMMIT");
    } catch (...) {
      sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
      throw;
    }
  }
}

}  // namespace

std::unique_ptr<Store> Store::Open(const std::string& path) {
  sqlite3* db = nullptr;
  const int rc =
      sqlite3_open_v2(path.c_str(), &db,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    throw StoreError("cannot open store " + path + ": " + msg);
  }
  std::unique_ptr<Store> store(new Store(path, db));
  sqlite3_busy_timeout(db, 5000);
  // Reading the schema is the first access to the file: a corrupt or foreign file fails here.
  Exec(db, path, "PRAGMA journal_mode = WAL");
  // WAL + NORMAL: a committed event survives a crash or kill of vermeld (it is in the WAL the
  // moment the call returns); only a power cut can lose the last moments before the OS flushes.
  // FULL would add an fsync to every gateway request (measured: about 2 ms each).
  Exec(db, path, "PRAGMA synchronous = NORMAL");
  Exec(db, path, "PRAGMA foreign_keys = ON");
  Migrate(db, path);
  Statement check(db, path, "PRAGMA quick_check");
  check.Step();
  if (check.ColumnText(0) != "ok") {
    throw StoreError("store " + path + " is corrupt (" + check.ColumnText(0) +
                     "); move it aside and restart to begin a new store");
  }
  // Checkpoints leave the commit path (wal_checkpointer.h); one a second keeps the log small.
  Exec(db, path, "PRAGMA wal_autocheckpoint = 0");
  store->checkpointer_ = std::make_unique<WalCheckpointer>(path, std::chrono::seconds(1));
  return store;
}

Store::Store(std::string path, sqlite3* db) : path_(std::move(path)), db_(db) {}

Store::~Store() {
  checkpointer_.reset();
  sqlite3_close_v2(db_);
}

int Store::SchemaVersion() { return static_cast<int>(Migrations().size()); }

void Store::RecordAudit(const AuditEvent& e) {
  nlohmann::json counts = e.finding_counts;
  std::lock_guard lock(mu_);
  Statement st(db_, path_,
               "INSERT INTO audit_event (time, kind, tool, decision, reason, finding_counts, "
               "request_bytes, response_bytes, reviewed) VALUES (?,?,?,?,?,?,?,?,?)");
  st.Bind(1, e.time ? e.time : static_cast<int64_t>(std::time(nullptr)));
  st.Bind(2, e.kind);
  st.Bind(3, e.tool);
  st.Bind(4, e.decision);
  st.Bind(5, e.reason);
  st.Bind(6, counts.dump());
  st.Bind(7, e.request_bytes);
  st.Bind(8, e.response_bytes);
  st.Bind(9, static_cast<int64_t>(e.reviewed));
  st.Run();
}

int64_t Store::AuditEventCount() const {
  std::lock_guard lock(mu_);
  Statement st(db_, path_, "SELECT count(*) FROM audit_event");
  st.Step();
  return st.ColumnInt64(0);
}

std::vector<RegisterRow> Store::Register() const {
  std::lock_guard lock(mu_);
  Statement st(
      db_, path_,
      "SELECT strftime('%Y-%m', time, 'unixepoch') AS month, tool, kind, decision, reason, "
      "count(*) FROM audit_event GROUP BY month, tool, kind, decision, reason "
      "ORDER BY month, tool");
  std::vector<RegisterRow> rows;
  while (st.Step()) {
    const std::string month = st.ColumnText(0), tool = st.ColumnText(1), kind = st.ColumnText(2),
                      decision = st.ColumnText(3), reason = st.ColumnText(4);
    const int64_t n = st.ColumnInt64(5);
    if (rows.empty() || rows.back().month != month || rows.back().tool != tool) {
      rows.push_back({month, tool});
    }
    RegisterRow& row = rows.back();
    if (kind == "gateway") {
      row.requests += n;
      if (decision == "blocked") row.blocked[reason] += n;
      if (decision == "pseudonymised") row.pseudonymised += n;
    }
    // Every AI answer the gateway passed on, and every text declared as AI-made, is recorded.
    if (kind == "provenance" ||
        (kind == "gateway" && (decision == "forwarded" || decision == "pseudonymised"))) {
      row.outputs_recorded += n;
    }
    if (kind == "disclose" && decision == "inserted") row.disclosures_inserted += n;
  }
  return rows;
}

}  // namespace vermeld
