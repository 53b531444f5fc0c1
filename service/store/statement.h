// A prepared SQLite statement that finalizes itself and turns errors into StoreError.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "store/store.h"

namespace vermeld {

class Statement {
 public:
  Statement(sqlite3* db, const std::string& path, std::string_view sql) : db_(db), path_(path) {
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &st_, nullptr) !=
        SQLITE_OK) {
      Fail();
    }
  }
  ~Statement() { sqlite3_finalize(st_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  void Bind(int i, int64_t v) { Check(sqlite3_bind_int64(st_, i, v)); }
  void Bind(int i, const std::string& v) {
    Check(sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
  }
  void BindBlob(int i, const void* data, size_t size) {
    Check(sqlite3_bind_blob(st_, i, data, static_cast<int>(size), SQLITE_TRANSIENT));
  }
  // True while a row is available.
  bool Step() {
    const int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) Fail();
    return false;
  }
  void Run() { Step(); }
  int ColumnInt(int i) const { return sqlite3_column_int(st_, i); }
  int64_t ColumnInt64(int i) const { return sqlite3_column_int64(st_, i); }
  std::string ColumnText(int i) const {
    const auto* p = sqlite3_column_text(st_, i);
    return p ? std::string(reinterpret_cast<const char*>(p), sqlite3_column_bytes(st_, i)) : "";
  }
  std::string_view ColumnBlob(int i) const {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(st_, i));
    return p ? std::string_view(p, sqlite3_column_bytes(st_, i)) : std::string_view();
  }

 private:
  void Check(int rc) {
    if (rc != SQLITE_OK) Fail();
  }
  [[noreturn]] void Fail() { throw StoreError("store " + path_ + ": " + sqlite3_errmsg(db_)); }

  sqlite3* db_;
  const std::string& path_;
  sqlite3_stmt* st_ = nullptr;
};

}  // namespace vermeld
