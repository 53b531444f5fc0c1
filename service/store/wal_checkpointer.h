// Copies the store's write-ahead log into the database file on a thread of its own, so that no
// request waits for a checkpoint. SQLite's automatic checkpoint runs inside the commit that
// crosses its threshold and fsyncs the database file there: on disk that commit took several
// milliseconds, the gateway's p99 (docs/performance.md). Commits themselves stay durable the
// moment they return (they are in the WAL); only the copy into the main file moves.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

struct sqlite3;

namespace vermeld {

class WalCheckpointer {
 public:
  // Opens a second connection to `path` (already a WAL database) and starts the thread, which
  // checkpoints every `interval` (a no-op when the log holds nothing new). Throws StoreError.
  WalCheckpointer(const std::string& path, std::chrono::milliseconds interval);
  // Stops the thread after a last checkpoint.
  ~WalCheckpointer();
  WalCheckpointer(const WalCheckpointer&) = delete;
  WalCheckpointer& operator=(const WalCheckpointer&) = delete;

  // Checkpoints now and waits for it (tests, shutdown). Returns the WAL frames still not copied.
  int CheckpointNow();

 private:
  void Run();

  sqlite3* db_ = nullptr;
  std::chrono::milliseconds interval_;
  std::mutex mu_;
  std::condition_variable wake_;
  bool stop_ = false;
  std::mutex checkpoint_mu_;  // one checkpoint at a time on db_
  bool failing_ = false;      // under checkpoint_mu_
  std::thread thread_;
};

}  // namespace vermeld
