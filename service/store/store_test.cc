#include "store/store.h"

#include "store/store_test_dir.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <sqlite3.h>
#include <unistd.h>

namespace vermeld {
namespace {

namespace fs = std::filesystem;

using StoreTest = StoreDirTest;

AuditEvent Gateway(int64_t time, const std::string& tool, const std::string& decision,
                   const std::string& reason = "") {
  AuditEvent e;
  e.time = time;
  e.kind = "gateway";
  e.tool = tool;
  e.decision = decision;
  e.reason = reason;
  return e;
}

TEST_F(StoreTest, CreatesWalDatabaseAtCurrentSchema) {
  auto store = Store::Open(Path());
  store->RecordAudit(Gateway(0, "chatgpt", "forwarded"));
  EXPECT_TRUE(fs::exists(Path("vermeld.db-wal")));
  const int version = store->WithDb([](sqlite3* db) {
    sqlite3_stmt* st;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr);
    sqlite3_step(st);
    int v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return v;
  });
  EXPECT_EQ(version, Store::SchemaVersion());
}

TEST_F(StoreTest, KeepsEventsAcrossReopen) {
  Store::Open(Path())->RecordAudit(Gateway(0, "chatgpt", "forwarded"));
  auto again = Store::Open(Path());
  EXPECT_EQ(again->AuditEventCount(), 1);
}

TEST_F(StoreTest, RegisterGroupsByMonthAndTool) {
  auto store = Store::Open(Path());
  const int64_t jan = 1767225600;  // 2026-01-01
  const int64_t feb = 1769904000;  // 2026-02-01
  store->RecordAudit(Gateway(jan, "chatgpt", "forwarded"));
  store->RecordAudit(Gateway(jan + 10, "chatgpt", "blocked", "personal_data"));
  store->RecordAudit(Gateway(jan + 20, "chatgpt", "blocked", "personal_data"));
  store->RecordAudit(Gateway(jan + 30, "chatgpt", "pseudonymised"));
  store->RecordAudit(Gateway(feb, "mistral", "blocked", "tool_not_allowed"));
  AuditEvent d;
  d.time = feb + 5;
  d.kind = "disclose";
  d.tool = "mistral";
  d.decision = "inserted";
  d.reviewed = true;
  store->RecordAudit(d);

  auto rows = store->Register();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].month, "2026-01");
  EXPECT_EQ(rows[0].tool, "chatgpt");
  EXPECT_EQ(rows[0].requests, 4);
  EXPECT_EQ(rows[0].blocked.at("personal_data"), 2);
  EXPECT_EQ(rows[0].pseudonymised, 1);
  EXPECT_EQ(rows[0].outputs_recorded, 2);
  EXPECT_EQ(rows[1].month, "2026-02");
  EXPECT_EQ(rows[1].requests, 1);
  EXPECT_EQ(rows[1].blocked.at("tool_not_allowed"), 1);
  EXPECT_EQ(rows[1].disclosures_inserted, 1);
}

TEST_F(StoreTest, ForeignFileGivesErrorNamingTheFile) {
  std::ofstream(Path()) << std::string(8192, 'x');
  try {
    Store::Open(Path());
    FAIL() << "expected StoreError";
  } catch (const StoreError& e) {
    EXPECT_THAT(e.what(), ::testing::HasSubstr(Path()));
    EXPECT_THAT(e.what(), ::testing::HasSubstr("not a database"));
  }
}

TEST_F(StoreTest, CorruptPagesGiveErrorNamingTheFile) {
  {
    auto store = Store::Open(Path());
    for (int i = 0; i < 500; ++i) store->RecordAudit(Gateway(0, "chatgpt", "forwarded"));
  }
  // Overwrite everything after the header page: the schema survives, the data does not.
  {
    std::fstream f(Path(), std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(4096);
    const std::string junk(16384, '\x5a');
    f.write(junk.data(), junk.size());
  }
  fs::remove(Path("vermeld.db-wal"));
  try {
    auto store = Store::Open(Path());
    store->AuditEventCount();
    FAIL() << "expected StoreError";
  } catch (const StoreError& e) {
    EXPECT_THAT(e.what(), ::testing::HasSubstr(Path()));
  }
}

TEST_F(StoreTest, UnreadablePathGivesError) {
  fs::create_directories(Path("is-a-directory"));
  EXPECT_THROW(Store::Open(Path("is-a-directory")), StoreError);
  EXPECT_THROW(Store::Open((dir_ / "missing" / "x.db").string()), StoreError);
}

TEST_F(StoreTest, RefusesNewerSchema) {
  {
    auto store = Store::Open(Path());
    store->WithDb(
        [](sqlite3* db) { return sqlite3_exec(db, "PRAGMA user_version = 999", 0, 0, 0); });
  }
  EXPECT_THROW(Store::Open(Path()), StoreError);
}

}  // namespace
}  // namespace vermeld
