#include "store/wal_checkpointer.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <thread>

#include "store/store.h"
#include "store/store_test_dir.h"

namespace vermeld {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

class WalCheckpointerTest : public StoreDirTest {
 protected:
  // Audit events found in a copy of the main database file alone: what a checkpoint copied.
  int64_t EventsInMainFileOnly() const {
    // A log left by the previous copy's connection would be replayed into this one.
    fs::remove(Path("copy.db-wal"));
    fs::remove(Path("copy.db-shm"));
    fs::copy_file(Path(), Path("copy.db"), fs::copy_options::overwrite_existing);
    auto copy = Store::Open(Path("copy.db"));
    return copy->AuditEventCount();
  }

  void Record(Store& store, int n) {
    AuditEvent e;
    e.kind = "gateway";
    e.decision = "forwarded";
    for (int i = 0; i < n; ++i) store.RecordAudit(e);
  }
};

TEST_F(WalCheckpointerTest, CommitsNeverCheckpointThemselves) {
  auto store = Store::Open(Path());
  const int pages = store->WithDb([](sqlite3* db) {
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA wal_autocheckpoint", -1, &st, nullptr);
    sqlite3_step(st);
    const int v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return v;
  });
  EXPECT_EQ(pages, 0);
}

TEST_F(WalCheckpointerTest, CheckpointNowCopiesTheLogIntoTheFile) {
  auto store = Store::Open(Path());
  WalCheckpointer checkpointer(Path(), 1h);  // the thread stays out of the way
  Record(*store, 5);
  EXPECT_EQ(checkpointer.CheckpointNow(), 0);
  EXPECT_EQ(EventsInMainFileOnly(), 5);
}

TEST_F(WalCheckpointerTest, TheThreadCopiesWithoutBeingAsked) {
  auto store = Store::Open(Path());
  Record(*store, 3);
  // The store's own checkpointer runs once a second; give it ample time on a loaded machine. A
  // copy taken while it writes may be torn: that is "not yet".
  int64_t copied = 0;
  for (int i = 0; i < 300 && copied < 3; ++i) {
    std::this_thread::sleep_for(100ms);
    try {
      copied = EventsInMainFileOnly();
    } catch (const StoreError&) {
      copied = 0;
    }
  }
  EXPECT_EQ(copied, 3);
}

TEST_F(WalCheckpointerTest, StopsPromptlyAndCopiesOnTheWayOut) {
  auto store = Store::Open(Path());
  {
    WalCheckpointer checkpointer(Path(), 1h);
    Record(*store, 2);
  }  // must not wait an hour
  EXPECT_EQ(EventsInMainFileOnly(), 2);
}

TEST_F(WalCheckpointerTest, UnopenableFileIsAStoreError) {
  EXPECT_THROW(WalCheckpointer((dir_ / "missing" / "x.db").string(), 1s), StoreError);
}

}  // namespace
}  // namespace vermeld
