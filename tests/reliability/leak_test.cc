// Nothing leaks: known personal data goes into every kind of request the service takes -- good,
// malformed, invalid, refused -- and afterwards not one byte sequence of it is in the database,
// its write-ahead log or anything the process wrote to stdout or stderr. Gateway calls cover the
// allowed-but-failing and the blocked paths (no upstream answers in CI).
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "service_process.h"

namespace vermeld::testing {
namespace {

namespace fs = std::filesystem;

// Valid identifiers (checksums hold), so every recognizer really fires on them.
const std::vector<std::string> kPlanted = {"Marieke Vandenbroucke",
                                           "Vandenbroucke",
                                           "marieke.vandenbroucke@telenet.be",
                                           "85.07.30-033.28",
                                           "85073003328",
                                           "BE71 0961 2345 6769",
                                           "BE71096123456769",
                                           "NL91ABNA0417164300",
                                           "111222333",
                                           "0470 12 34 56",
                                           "Kerkstraat 17, 9000 Gent"};

std::string Draft() {
  return "Beste Marieke Vandenbroucke,\n\nUw rijksregisternummer 85.07.30-033.28 (85073003328) en "
         "rekening BE71 0961 2345 6769 (BE71096123456769, NL91ABNA0417164300) zijn genoteerd. BSN "
         "111222333. Bel 0470 12 34 56 of mail marieke.vandenbroucke@telenet.be. Adres: Kerkstraat "
         "17, 9000 Gent.\n\nMet vriendelijke groet,\nDienst burgerzaken";
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Every planted value found in `haystack`, for a readable failure message.
std::vector<std::string> Leaks(const std::string& haystack) {
  std::vector<std::string> found;
  for (const auto& value : kPlanted) {
    if (haystack.find(value) != std::string::npos) found.push_back(value);
  }
  return found;
}

void SendEveryKindOfRequest(const ServiceProcess& service) {
  const std::string draft = Draft();
  const std::string html = "<p>" + draft + "</p><!--[if mso]>" + draft + "<![endif]-->";
  const std::map<std::string, std::string> json = {{"Content-Type", "application/json"}};
  // Accepted requests: analysis, disclosure, provenance (which stores fingerprints of the text).
  EXPECT_EQ(service.PostJson("/api/v1/analyze", {{"text", draft}}).status, 200);
  EXPECT_EQ(
      service.PostJson("/api/v1/analyze", {{"text", html}, {"format", "html"}, {"host", "outlook"}})
          .status,
      200);
  EXPECT_EQ(
      service
          .PostJson("/api/v1/disclose", {{"text", draft}, {"tool", "chatgpt"}, {"reviewed", true}})
          .status,
      200);
  EXPECT_EQ(
      service
          .PostJson("/api/v1/disclose", {{"text", html}, {"format", "html"}, {"tool", "copilot"}})
          .status,
      200);
  EXPECT_EQ(service.PostJson("/api/v1/provenance", {{"text", draft}, {"tool", "chatgpt"}}).status,
            200);
  // Malformed JSON, cut off inside the draft and with a bad escape right after personal data.
  for (const char* route : {"/api/v1/analyze", "/api/v1/disclose", "/api/v1/provenance"}) {
    EXPECT_EQ(service.Request("POST", route, "{\"text\": \"" + draft, json).status, 400);
    EXPECT_EQ(
        service.Request("POST", route, "{\"text\": \"Marieke Vandenbroucke\\q\"}", json).status,
        400);
    // Invalid UTF-8 inside the draft.
    EXPECT_EQ(
        service
            .Request("POST", route,
                     "{\"text\": \"" + draft.substr(0, 60) + "\xff\xfe\", \"tool\": \"x\"}", json)
            .status,
        400);
    // Wrong field types and a wrong content type.
    EXPECT_EQ(service.PostJson(route, {{"text", {draft}}, {"tool", "chatgpt"}}).status, 400);
    EXPECT_EQ(service.Request("POST", route, draft, {{"Content-Type", "text/plain"}}).status, 415);
  }
  // The gateway (Kortenberg's policy: personal data is pseudonymised): an approved tool whose
  // upstream fails (its API key variable is unset), a tool the policy forbids (blocked), a
  // streamed request, and a malformed one.
  const nlohmann::json messages = {{{"role", "system"}, {"content", "Je bent een assistent."}},
                                   {{"role", "user"}, {"content", draft}}};
  EXPECT_EQ(service.PostJson("/v1/chat/completions", {{"model", "gpt-4o"}, {"messages", messages}})
                .status,
            502);
  EXPECT_EQ(service
                .PostJson("/v1/chat/completions",
                          {{"model", "gpt-4o"}, {"stream", true}, {"messages", messages}})
                .status,
            502);
  EXPECT_EQ(
      service.PostJson("/v1/chat/completions", {{"model", "deepseek-chat"}, {"messages", messages}})
          .status,
      403);
  EXPECT_EQ(service
                .Request("POST", "/v1/chat/completions",
                         "{\"model\": \"gpt-4o\", \"messages\": [" + draft, json)
                .status,
            400);
  // Refused before any handler: a foreign page, and a body over the size limit.
  EXPECT_EQ(service
                .Request("POST", "/api/v1/analyze", nlohmann::json{{"text", draft}}.dump(),
                         {{"Content-Type", "application/json"}, {"Origin", "https://evil.example"}})
                .status,
            403);
  std::string big = draft;
  while (big.size() < 3 * 1024 * 1024) big += "\n" + draft;
  EXPECT_EQ(service.PostJson("/api/v1/analyze", {{"text", big}}).status, 413);
}

TEST(Leaks, PlantedPersonalDataIsNeverStoredOrLogged) {
  const std::string dir = MakeTempDir("vermeld-leak");
  ServiceProcess service(
      {"--policy", std::string(VERMELD_SOURCE_ROOT) + "/examples/policies/kortenberg.json"}, dir);
  ASSERT_TRUE(service.WaitUntilListening()) << service.output();
  // The planted data really is personal data to vermeld (otherwise the test proves nothing).
  const auto analysis = service.PostJson("/api/v1/analyze", {{"text", Draft()}}).Json();
  std::set<std::string> types;
  for (const auto& f : analysis["personal_data"]) types.insert(f["type"].get<std::string>());
  for (const char* type : {"PERSON", "EMAIL", "IBAN", "BE_NATIONAL_NUMBER", "NL_BSN", "PHONE"}) {
    EXPECT_TRUE(types.count(type)) << type << " not found in the planted draft";
  }

  SendEveryKindOfRequest(service);

  // While the service runs, recent writes live in the WAL (and the shared-memory index).
  for (const char* file : {"vermeld.db", "vermeld.db-wal", "vermeld.db-shm"}) {
    const fs::path path = fs::path(dir) / file;
    if (!fs::exists(path)) continue;
    EXPECT_THAT(Leaks(ReadFile(path)), ::testing::IsEmpty()) << file << " (running)";
  }
  ASSERT_EQ(service.Stop(SIGTERM), 0);
  EXPECT_GT(fs::file_size(fs::path(dir) / "vermeld.db"), 0u);
  EXPECT_THAT(Leaks(ReadFile(fs::path(dir) / "vermeld.db")), ::testing::IsEmpty())
      << "vermeld.db (stopped)";
  EXPECT_THAT(Leaks(service.output()), ::testing::IsEmpty()) << "log output";
  // Every other file the service keeps in its data directory (token, certificates) too.
  for (const auto& entry : fs::directory_iterator(dir)) {
    EXPECT_THAT(Leaks(ReadFile(entry.path())), ::testing::IsEmpty()) << entry.path();
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vermeld::testing
