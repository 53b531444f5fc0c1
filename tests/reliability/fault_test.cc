// Faults on purpose, against the real binary: kill -9 under audit writes, a full disk, a corrupt
// policy at reload. Each test shows what the user or the DPO would see.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "service_process.h"
#include "store/store.h"

namespace vermeld::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

const char* kDraft =
    "Beste collega's,\n\nDe nieuwe fietsstraat in de Stationsstraat gaat open op 3 juni. Bewoners "
    "krijgen een brief en er komt een infomarkt op het marktplein.\n\nGroeten,\nDienst mobiliteit";

// A temporary data directory that outlives several service processes.
struct DataDir {
  std::string path = MakeTempDir("vermeld-fault");
  ~DataDir() { fs::remove_all(path); }
};

bool WaitForOutput(ServiceProcess& service, const std::string& text, int seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    if (service.output().find(text) != std::string::npos) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

TEST(Faults, KillNineLosesNoAcknowledgedAuditEvent) {
  DataDir dir;
  std::atomic<int> disclosed{0}, recorded{0};
  {
    ServiceProcess service({}, dir.path);
    ASSERT_TRUE(service.WaitUntilListening()) << service.output();
    std::atomic<bool> killed{false};
    std::vector<std::thread> clients;
    for (int c = 0; c < 4; ++c) {
      clients.emplace_back([&, c] {
        for (int i = 0; !killed; ++i) {
          try {
            // Every request writes one audit event; provenance also writes a ledger row.
            const bool disclose = (i + c) % 2 == 0;
            const std::string text =
                std::string(kDraft) + " (" + std::to_string(c * 100000 + i) + ")";
            const auto r =
                disclose
                    ? service.PostJson("/api/v1/disclose", {{"text", text}, {"tool", "chatgpt"}})
                    : service.PostJson("/api/v1/provenance", {{"text", text}, {"tool", "chatgpt"}});
            if (r.status == 200) ++(disclose ? disclosed : recorded);
          } catch (const std::exception&) {
            // The connection died with the process: that request was never acknowledged.
          }
        }
      });
    }
    while (disclosed + recorded < 60) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    service.Stop(SIGKILL);  // mid-stream: requests are in flight on every client
    killed = true;
    for (auto& t : clients) t.join();
  }
  // The store opens cleanly (Open runs the migrations and PRAGMA quick_check) ...
  std::unique_ptr<Store> store;
  ASSERT_NO_THROW(store = Store::Open(dir.path + "/vermeld.db"));
  int64_t inserted = 0, outputs = 0;
  for (const auto& row : store->Register()) {
    inserted += row.disclosures_inserted;
    outputs += row.outputs_recorded;
  }
  // ... and holds every acknowledged event. It may hold a few more: requests that were written
  // but killed before their answer went out.
  EXPECT_GE(inserted, disclosed.load());
  EXPECT_GE(outputs, recorded.load());
  EXPECT_LE(inserted + outputs, disclosed + recorded + 4)
      << "at most one unanswered request per client";
  store.reset();

  // The service itself restarts on that store and keeps recording.
  ServiceProcess again({}, dir.path);
  ASSERT_TRUE(again.WaitUntilListening()) << again.output();
  EXPECT_EQ(again.PostJson("/api/v1/disclose", {{"text", kDraft}, {"tool", "chatgpt"}}).status,
            200);
}

// A full disk: the service runs with a file-size limit (RLIMIT_FSIZE, with SIGXFSZ ignored, both
// inherited through fork and exec), so once the store's write-ahead log reaches the limit every
// write comes back short, as on a full disk. (The tests run as root, which ignores file modes, so
// chmod cannot make the store read-only here; SQLite also refuses a WAL that is a symlink, so
// the WAL cannot be pointed at /dev/full.)
TEST(Faults, FullDiskFailsWritesClearlyAndAnalyzeKeepsAnswering) {
  DataDir dir;
  {
    ServiceProcess first({}, dir.path);  // creates and migrates the store
    ASSERT_TRUE(first.WaitUntilListening()) << first.output();
    ASSERT_EQ(first.Stop(SIGTERM), 0);  // a clean stop checkpoints and removes the WAL
  }
  rlimit old_limit;
  getrlimit(RLIMIT_FSIZE, &old_limit);
  rlimit limit = old_limit;
  limit.rlim_cur = fs::file_size(dir.path + "/vermeld.db") + 128 * 1024;
  auto old_handler = signal(SIGXFSZ, SIG_IGN);
  setrlimit(RLIMIT_FSIZE, &limit);
  ServiceProcess service({}, dir.path);
  setrlimit(RLIMIT_FSIZE, &old_limit);
  signal(SIGXFSZ, old_handler);
  ASSERT_TRUE(service.WaitUntilListening()) << service.output();

  // Writes succeed until the disk is full, then each one fails clearly.
  HttpResult r;
  int written = 0;
  for (; written < 1000; ++written) {
    r = service.PostJson("/api/v1/disclose", {{"text", kDraft}, {"tool", "chatgpt"}});
    if (r.status != 200) break;
  }
  ASSERT_EQ(r.status, 503) << "after " << written << " writes: " << r.body;
  EXPECT_EQ(r.Json()["error"]["code"], "store_unavailable") << r.body;
  EXPECT_THAT(r.Json()["error"]["message"].get<std::string>(), HasSubstr("vermeld.db")) << r.body;
  // The store's checkpointer may move the log into the database file in between and so free
  // room in the log for a moment: other writes then succeed until the limit is met again, and
  // fail the same clear way.
  for (int i = 0; i < 1000; ++i) {
    r = service.PostJson("/api/v1/provenance", {{"text", kDraft}, {"tool", "chatgpt"}});
    if (r.status != 200) break;
  }
  EXPECT_EQ(r.status, 503) << r.body;
  EXPECT_EQ(r.Json()["error"]["code"], "store_unavailable") << r.body;
  // Analysis needs no store: it keeps answering, and so does /health.
  EXPECT_EQ(service.PostJson("/api/v1/analyze", {{"text", kDraft}}).status, 200);
  EXPECT_EQ(service.Request("GET", "/health").status, 200);

  // Every acknowledged write survived; with room again, a restarted service writes normally.
  service.Stop(SIGKILL);
  ServiceProcess recovered({}, dir.path);
  ASSERT_TRUE(recovered.WaitUntilListening()) << recovered.output();
  EXPECT_EQ(recovered.PostJson("/api/v1/disclose", {{"text", kDraft}, {"tool", "chatgpt"}}).status,
            200);
  recovered.Stop(SIGTERM);
  int64_t inserted = 0;
  for (const auto& row : Store::Open(dir.path + "/vermeld.db")->Register())
    inserted += row.disclosures_inserted;
  EXPECT_EQ(inserted, written + 1);
}

std::string OrganizationOf(const ServiceProcess& service) {
  return service.Request("GET", "/health").Json()["policy"]["organization"];
}

TEST(Faults, CorruptPolicyAtReloadKeepsTheLastGoodPolicy) {
  DataDir dir;
  const std::string policy = dir.path + "/policy.json";
  const fs::path examples = fs::path(VERMELD_SOURCE_ROOT) / "examples/policies";
  fs::copy_file(examples / "kortenberg.json", policy);
  ServiceProcess service({"--policy", policy}, dir.path);
  ASSERT_TRUE(service.WaitUntilListening()) << service.output();
  const std::string good = OrganizationOf(service);

  // Half a file, as an editor or a copy that was cut short leaves it; SIGHUP asks for a reload.
  std::string text;
  {
    std::ifstream in(examples / "talent-brussels.json");
    text.assign(std::istreambuf_iterator<char>(in), {});
  }
  std::ofstream(policy, std::ios::trunc) << text.substr(0, text.size() / 2);
  kill(service.pid(), SIGHUP);
  ASSERT_TRUE(WaitForOutput(service, "keeping the last good policy", 10)) << service.output();
  EXPECT_EQ(OrganizationOf(service), good);
  EXPECT_EQ(service.PostJson("/api/v1/analyze", {{"text", kDraft}}).status, 200);

  // The fixed file is picked up by the mtime poll alone (every 2 s), no signal needed.
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // a new mtime on coarse clocks
  std::ofstream(policy, std::ios::trunc) << text;
  ASSERT_TRUE(WaitForOutput(service, "policy reloaded", 10)) << service.output();
  EXPECT_NE(OrganizationOf(service), good);
}

}  // namespace
}  // namespace vermeld::testing
