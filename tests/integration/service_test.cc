// Starts the real vermeld binary and talks HTTPS to it, trusting the CA it generated.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "shared_service_test.h"

namespace vermeld::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

using ServiceTest = SharedServiceTest;

TEST_F(ServiceTest, HealthReportsVersionAndPolicy) {
  auto r = service_->Request("GET", "/health");
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = r.Json();
  EXPECT_EQ(j["status"], "ok");
  EXPECT_EQ(j["version"], VERMELD_VERSION);
  EXPECT_THAT(j["policy"]["organization"].get<std::string>(), HasSubstr("standaardbeleid"));
  EXPECT_TRUE(j["policy"].contains("valid_until"));
}

TEST_F(ServiceTest, FirstStartCreatesCaTokenAndTrustInstructions) {
  EXPECT_TRUE(fs::exists(service_->data_dir() + "/ca.crt"));
  struct stat st;
  ASSERT_EQ(stat((service_->data_dir() + "/token").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600);
  ASSERT_EQ(stat((service_->data_dir() + "/localhost.key").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0077, 0);
  const std::string out = service_->output();
  EXPECT_THAT(out, HasSubstr("Windows"));
  EXPECT_THAT(out, HasSubstr("macOS"));
}

TEST_F(ServiceTest, AnalyzeFindsPersonalDataWithUtf16Offsets) {
  const std::string text = "Beste 😀, mail naar jan.peeters@telenet.be voor info.";
  auto r =
      service_->PostJson("/api/v1/analyze", {{"text", text}, {"format", "text"}, {"host", "word"}});
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = r.Json();
  EXPECT_EQ(j["text"], text);
  bool found = false;
  for (const auto& f : j["personal_data"]) {
    if (f["type"] == "EMAIL") {
      found = true;
      EXPECT_EQ(f["text"], "jan.peeters@telenet.be");
      EXPECT_EQ(f["start"], 20);  // the emoji counts as two UTF-16 units
    }
  }
  EXPECT_TRUE(found) << r.body;
  EXPECT_FALSE(j["verdict"]["external_ai"]["allowed"]);
}

TEST_F(ServiceTest, MalformedJsonIs400WithAJsonError) {
  auto r = service_->Request("POST", "/api/v1/analyze", "{\"text\": \"abc",
                             {{"Content-Type", "application/json"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.Json()["error"]["code"], "invalid_json");
  EXPECT_THAT(r.Json()["error"]["message"].get<std::string>(), HasSubstr("byte"));
}

TEST_F(ServiceTest, ANumberBeyondADoubleIs400WithItsPlace) {
  auto r = service_->Request("POST", "/api/v1/analyze", R"({"text": "abc", "x": 1e999})",
                             {{"Content-Type", "application/json"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.Json()["error"]["code"], "invalid_json");
  EXPECT_THAT(r.Json()["error"]["message"].get<std::string>(), HasSubstr("at byte 22"));
}

TEST_F(ServiceTest, MissingFieldAndBadFormatAre400) {
  auto r = service_->PostJson("/api/v1/analyze", {{"format", "text"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_THAT(r.Json()["error"]["message"].get<std::string>(), HasSubstr("\"text\""));
  r = service_->PostJson("/api/v1/analyze", {{"text", "x"}, {"format", "pdf"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_THAT(r.Json()["error"]["message"].get<std::string>(), HasSubstr("format"));
}

TEST_F(ServiceTest, BodyOverTheLimitIs413) {
  const std::string big = "{\"text\": \"" + std::string(3 * 1024 * 1024, 'a') + "\"}";
  auto r =
      service_->Request("POST", "/api/v1/analyze", big, {{"Content-Type", "application/json"}});
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(r.Json()["error"]["code"], "body_too_large");
}

TEST_F(ServiceTest, WrongContentTypeIs415) {
  auto r =
      service_->Request("POST", "/api/v1/analyze", "text=hallo", {{"Content-Type", "text/plain"}});
  EXPECT_EQ(r.status, 415);
  EXPECT_EQ(r.Json()["error"]["code"], "unsupported_media_type");
}

TEST_F(ServiceTest, UnknownRouteIs404Json) {
  auto r = service_->Request("GET", "/api/v1/nothing");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.Json()["error"]["code"], "not_found");
}

TEST_F(ServiceTest, ForeignOriginIsRefused) {
  auto r =
      service_->Request("POST", "/api/v1/analyze", "{\"text\":\"x\"}",
                        {{"Content-Type", "application/json"}, {"Origin", "https://evil.example"}});
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(r.Json()["error"]["code"], "origin_not_allowed");
}

TEST_F(ServiceTest, OwnOriginPreflightIsAnswered) {
  const std::string origin = "https://localhost:" + std::to_string(service_->port());
  auto r = service_->Request("OPTIONS", "/api/v1/analyze", "",
                             {{"Origin", origin}, {"Access-Control-Request-Method", "POST"}});
  EXPECT_EQ(r.status, 204);
  EXPECT_EQ(r.headers["access-control-allow-origin"], origin);
}

TEST_F(ServiceTest, ServesWellKnownAllowList) {
  auto r = service_->Request("GET", "/.well-known/microsoft-officeaddins-allowed.json");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.Json()["allowed"][0], "https://localhost:" + std::to_string(service_->port()) + "/");
}

TEST_F(ServiceTest, TaskPaneIsServedWithContentSecurityPolicy) {
  auto r = service_->Request("GET", "/addin/taskpane.html");
  ASSERT_EQ(r.status, 200);
  EXPECT_THAT(r.headers["content-type"], HasSubstr("text/html"));
  EXPECT_THAT(r.headers["content-security-policy"],
              HasSubstr("script-src 'self' https://appsforoffice.microsoft.com"));
  EXPECT_EQ(r.headers["cache-control"], "no-cache");
  auto again =
      service_->Request("GET", "/addin/taskpane.html", "", {{"If-None-Match", r.headers["etag"]}});
  EXPECT_EQ(again.status, 304);
}

TEST_F(ServiceTest, ManifestsCarryThisServicesOrigin) {
  auto r = service_->Request("GET", "/manifest/outlook.xml");
  ASSERT_EQ(r.status, 200);
  const std::string origin = "https://localhost:" + std::to_string(service_->port());
  EXPECT_THAT(r.body, HasSubstr(origin + "/addin/"));
  EXPECT_EQ(r.body.find("__ORIGIN__"), std::string::npos);
  EXPECT_EQ(service_->Request("GET", "/manifest/word.xml").status, 200);
}

TEST_F(ServiceTest, StaticFilesRefusePathTraversal) {
  auto r = service_->Request("GET", "/addin/../../CMakeLists.txt");
  EXPECT_EQ(r.status, 404);
  r = service_->Request("GET", "/addin/%2e%2e/%2e%2e/CMakeLists.txt");
  EXPECT_EQ(r.status, 404);
}

TEST(ServiceLifecycle, StopsCleanlyOnSigterm) {
  ServiceProcess service;
  ASSERT_TRUE(service.WaitUntilListening()) << service.output();
  EXPECT_EQ(service.Stop(SIGTERM), 0);
  EXPECT_THAT(service.output(), HasSubstr("vermeld: stopped"));
}

TEST(ServiceLifecycle, CorruptDatabaseGivesAClearStartupError) {
  const std::string dir = MakeTempDir("vermeld-corrupt");
  std::ofstream(dir + "/vermeld.db") << std::string(10000, 'z');
  ServiceProcess service({}, dir);
  EXPECT_FALSE(service.WaitUntilListening(10));
  EXPECT_THAT(service.output(), HasSubstr("cannot start"));
  EXPECT_THAT(service.output(), HasSubstr(dir + "/vermeld.db"));
  fs::remove_all(dir);
}

TEST(ServiceLifecycle, InvalidPolicyFileIsRefusedWithItsProblems) {
  const std::string dir = MakeTempDir("vermeld-policy");
  std::ofstream(dir + "/policy.json") << R"({"organization": "X", "tools": []})";
  ServiceProcess service({"--policy", dir + "/policy.json"}, dir);
  EXPECT_FALSE(service.WaitUntilListening(10));
  EXPECT_THAT(service.output(), HasSubstr("contact: required field is missing"));
  fs::remove_all(dir);
}

TEST(ServiceLifecycle, ExpiredPolicyIsReportedAtStartAndInAnswers) {
  const std::string dir = MakeTempDir("vermeld-expired");
  std::ofstream(dir + "/policy.json") << R"({"organization": "Oud beleid",
    "contact": {"name": "DPO", "email": "dpo@example.org"},
    "valid_from": "2024-01-01", "valid_until": "2025-01-01",
    "disclosure": {"template": "Met {tool}."}, "tools": []})";
  ServiceProcess service({"--policy", dir + "/policy.json"}, dir);
  ASSERT_TRUE(service.WaitUntilListening()) << service.output();
  EXPECT_THAT(service.output(), HasSubstr("expired on 2025-01-01"));
  auto r = service.PostJson("/api/v1/analyze", {{"text", "hallo"}});
  EXPECT_TRUE(r.Json()["policy"]["expired"]);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vermeld::testing
