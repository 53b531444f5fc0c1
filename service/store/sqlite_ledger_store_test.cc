#include "store/sqlite_ledger_store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

namespace vermeld {
namespace {

namespace fs = std::filesystem;

TEST(SqliteLedgerStore, SavesAndLoadsRecordsWithoutText) {
  const fs::path dir = fs::temp_directory_path() / ("vermeld-ledger-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string path = (dir / "v.db").string();
  {
    auto store = Store::Open(path);
    SqliteLedgerStore ledger(*store);
    LedgerRecord a{0, "chatgpt", 1767225600, 1024, {1, 5, 9, 4000000000u}};
    LedgerRecord b{0, "mistral", 1767225700, 10, {}};
    ledger.Save(a);
    ledger.Save(b);
    EXPECT_GT(b.id, a.id);
  }
  auto store = Store::Open(path);
  SqliteLedgerStore ledger(*store);
  std::vector<LedgerRecord> loaded;
  ledger.LoadAll([&](LedgerRecord&& r) { loaded.push_back(std::move(r)); });
  ASSERT_EQ(loaded.size(), 2u);
  EXPECT_EQ(loaded[0].tool, "chatgpt");
  EXPECT_EQ(loaded[0].length, 1024u);
  EXPECT_EQ(loaded[0].fingerprints, (std::vector<uint32_t>{1, 5, 9, 4000000000u}));
  EXPECT_TRUE(loaded[1].fingerprints.empty());
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vermeld
