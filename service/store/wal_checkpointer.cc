#include "store/wal_checkpointer.h"

#include <sqlite3.h>

#include <iostream>

#include "store/store.h"

namespace vermeld {

WalCheckpointer::WalCheckpointer(const std::string& path, std::chrono::milliseconds interval)
    : interval_(interval) {
  if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr) !=
      SQLITE_OK) {
    const std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    throw StoreError("cannot open store " + path + " for checkpoints: " + msg);
  }
  sqlite3_busy_timeout(db_, 5000);
  // A connection learns that the file is in WAL mode when it first reads it; until then a
  // checkpoint is a silent no-op.
  if (sqlite3_exec(db_, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) !=
      SQLITE_OK) {
    const std::string msg = sqlite3_errmsg(db_);
    sqlite3_close(db_);
    throw StoreError("cannot read store " + path + " for checkpoints: " + msg);
  }
  thread_ = std::thread([this] { Run(); });
}

WalCheckpointer::~WalCheckpointer() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  wake_.notify_one();
  thread_.join();
  CheckpointNow();
  sqlite3_close_v2(db_);
}

int WalCheckpointer::CheckpointNow() {
  std::lock_guard lock(checkpoint_mu_);
  int log_frames = 0, copied = 0;
  // PASSIVE: copies what it can without waiting for, or blocking, the writer and readers.
  const int rc =
      sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_PASSIVE, &log_frames, &copied);
  if (rc != SQLITE_OK && rc != SQLITE_BUSY) {
    // Not fatal: the WAL keeps every commit; the next round tries again. Said once per outage.
    if (!failing_) std::cerr << "vermeld: store checkpoint failed: " << sqlite3_errstr(rc) << "\n";
    failing_ = true;
    return log_frames;
  }
  failing_ = false;
  return log_frames - copied;
}

void WalCheckpointer::Run() {
  std::unique_lock lock(mu_);
  while (!stop_) {
    wake_.wait_for(lock, interval_, [this] { return stop_; });
    if (stop_) break;
    lock.unlock();
    CheckpointNow();
    lock.lock();
  }
}

}  // namespace vermeld
