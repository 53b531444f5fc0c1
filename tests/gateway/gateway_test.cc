// The gateway against the real vermeld binary and a real HTTP upstream on loopback that records
// what it receives: nothing blocked reaches it, pseudonymised requests carry only placeholders,
// answers come back restored (also streamed), failures map to 502/504, 4xx pass through, the
// audit and register add up, and the API key appears nowhere but in the upstream's header.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <sstream>
#include <thread>

#include "dropping_upstream.h"
#include "fake_upstream.h"
#include "service_process.h"

namespace vermeld::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kKeyVariable[] = "VERMELD_GATEWAY_TEST_KEY";
constexpr char kKey[] = "sk-test-0123456789-geheim";

// A draft with personal data: a name, an e-mail address and an IBAN (valid check digits).
constexpr char kPersonalText[] =
    "Herschrijf deze mail: Beste Koen Van den Broeck, uw terugbetaling gaat naar "
    "BE71 0961 2345 6769. Mail bij vragen naar koen.vandenbroeck@telenet.be.";
constexpr char kCleanText[] =
    "Herschrijf deze aankondiging: de bibliotheek is vanaf maandag weer open van negen tot vijf, "
    "en de leeszaal krijgt nieuwe stoelen, betere verlichting en een hoek voor kinderen.";

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string WritePolicy(const FakeUpstream& up, const std::string& valid_until,
                        const DroppingUpstream* dropping = nullptr) {
  auto tool = [](const char* id, const std::string& base, json data, json extra = json::object()) {
    json t = {{"id", id},
              {"name", std::string("Tool ") + id},
              {"allowed", true},
              {"data", data},
              {"upstream", {{"base_url", base}, {"api_key_env", kKeyVariable}}}};
    t.update(extra);
    return t;
  };
  const json pub = {"public"};
  json traag = tool("traag", up.base_url("hang"), pub);
  traag["upstream"]["timeout_seconds"] = 1;
  json lokaal = tool("lokaal", up.base_url("normal"), {"public", "personal"});
  lokaal["upstream"].erase("api_key_env");
  json sleutelloos = tool("sleutelloos", up.base_url("normal"), pub);
  sleutelloos["upstream"]["api_key_env"] = "VERMELD_GATEWAY_TEST_KEY_NOT_SET";
  const json policy = {
      {"organization", "Gemeente Testdorp"},
      {"contact", {{"name", "Els Privacy"}, {"email", "dpo@testdorp.be"}}},
      {"valid_from", "2024-01-01"},
      {"valid_until", valid_until},
      {"disclosure", {{"template", "Opgesteld met {tool}."}, {"on_send", "ask"}}},
      {"tools",
       {tool("echo", up.base_url("normal"), pub, {{"models", {"echo-1", "echo-2"}}}),
        lokaal,
        traag,
        tool("kapot", up.base_url("500"), pub),
        tool("druk", up.base_url("429"), pub),
        tool("fout", up.base_url("400"), pub),
        tool("onzin", up.base_url("malformed"), pub),
        tool("weg", "http://127.0.0.1:" + std::to_string(ClosedPort()) + "/v1", pub),
        sleutelloos,
        tool("wankel", dropping ? dropping->base_url() : up.base_url("normal"), pub),
        {{"id", "verboden"}, {"name", "Verboden"}, {"allowed", false}, {"data", pub}}}},
      {"personal_data", {{"action", "pseudonymise"}}},
  };
  const std::string path = MakeTempDir("vermeld-gateway-policy") + "/policy.json";
  std::ofstream(path) << policy.dump(2);
  return path;
}

json Chat(const std::string& model, const std::string& content, json extra = json::object()) {
  json body = {{"model", model}, {"messages", {{{"role", "user"}, {"content", content}}}}};
  body.update(extra);
  return body;
}

// Concatenated delta.content of every chunk of an SSE answer.
std::string StreamedText(const std::string& sse) {
  std::string out;
  std::istringstream in(sse);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("data: {", 0) != 0) continue;
    const json chunk = json::parse(line.substr(6));
    for (const auto& c : chunk["choices"]) out += c["delta"].value("content", "");
  }
  return out;
}

class GatewayTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    setenv(kKeyVariable, kKey, 1);
    upstream_ = new FakeUpstream(4);
    dropping_ = new DroppingUpstream;
    service_ = new ServiceProcess({"--policy", WritePolicy(*upstream_, "2099-12-31", dropping_)});
    ASSERT_TRUE(service_->WaitUntilListening()) << service_->output();
  }
  static void TearDownTestSuite() {
    delete service_;
    delete upstream_;
    delete dropping_;
  }
  static std::string Token(const ServiceProcess& s) {
    std::string token;
    std::ifstream(s.data_dir() + "/token") >> token;
    return token;
  }
  static FakeUpstream* upstream_;
  static DroppingUpstream* dropping_;
  static ServiceProcess* service_;
};
FakeUpstream* GatewayTest::upstream_ = nullptr;
DroppingUpstream* GatewayTest::dropping_ = nullptr;
ServiceProcess* GatewayTest::service_ = nullptr;

TEST_F(GatewayTest, ModelsListsOnlyAllowedToolsWithTheirDataClasses) {
  const auto r = service_->Request("GET", "/v1/models");
  ASSERT_EQ(r.status, 200) << r.body;
  const json j = r.Json();
  EXPECT_EQ(j["object"], "list");
  std::map<std::string, json> by_id;
  for (const auto& m : j["data"]) by_id[m["id"]] = m;
  EXPECT_EQ(by_id.count("verboden"), 0u);
  ASSERT_EQ(by_id.count("echo-1"), 1u);
  EXPECT_EQ(by_id["echo-2"]["tool"], "echo");
  EXPECT_EQ(by_id["echo-1"]["data"], json({"public"}));
  EXPECT_EQ(by_id["lokaal"]["data"], json({"public", "personal"}));
  EXPECT_THAT(r.body,
              Not(HasSubstr("127.0.0.1")));  // where it forwards is not the client's business
}

TEST_F(GatewayTest, CleanRequestIsForwardedWithTheKeyAndWithoutTheExtension) {
  const size_t before = upstream_->count();
  const auto r = service_->PostJson(
      "/v1/chat/completions", Chat("echo-1", kCleanText, {{"vermeld", {{"pseudonymise", true}}}}));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.Json()["choices"][0]["message"]["content"], FakeUpstream::AnswerFor(kCleanText));
  ASSERT_EQ(upstream_->count(), before + 1);
  const ReceivedRequest got = upstream_->received().back();
  EXPECT_EQ(got.path, "/normal/v1/chat/completions");
  EXPECT_EQ(got.authorization, std::string("Bearer ") + kKey);
  EXPECT_FALSE(got.body.contains("vermeld"));
  EXPECT_EQ(got.body["model"], "echo-1");
  EXPECT_EQ(got.body["messages"][0]["content"], kCleanText);
}

TEST_F(GatewayTest, AnswersAreRecordedSoAnalyzeFindsThemInADraft) {
  const std::string prompt =
      "Schrijf een uitnodiging voor de opening van het nieuwe zwembad op zaterdag, met uitleg over "
      "de parking achter het gemeentehuis, de gratis koffie en de rondleiding door de kelder.";
  ASSERT_EQ(service_->PostJson("/v1/chat/completions", Chat("echo-1", prompt)).status, 200);
  const std::string draft = "Dag iedereen,\n\n" + FakeUpstream::AnswerFor(prompt) + "\n\nTot dan!";
  const auto r = service_->PostJson("/api/v1/analyze", {{"text", draft}});
  ASSERT_EQ(r.status, 200) << r.body;
  bool from_echo = false;
  const json answer = r.Json();
  for (const auto& p : answer["ai_content"]["passages"]) {
    from_echo |= p.value("source", "") == "provenance" && p.value("tool", "") == "Tool echo";
  }
  EXPECT_TRUE(from_echo) << r.body;
}

TEST_F(GatewayTest, NothingBlockedReachesTheUpstream) {
  const size_t before = upstream_->count();
  struct Case {
    json body;
    const char* code;
  };
  const std::vector<Case> cases = {
      {Chat("gpt-9", kCleanText), "tool_not_allowed"},
      {Chat("verboden", kCleanText), "tool_not_allowed"},
      {Chat("echo-1", "VERTROUWELIJK - intern verslag van de directie."), "confidential"},
      {Chat("echo-1", kPersonalText, {{"vermeld", {{"pseudonymise", false}}}}), "personal_data"},
      {Chat("echo-1", kPersonalText, {{"stream", true}, {"vermeld", {{"pseudonymise", false}}}}),
       "personal_data"},
  };
  for (const Case& c : cases) {
    const auto r = service_->PostJson("/v1/chat/completions", c.body);
    ASSERT_EQ(r.status, 403) << r.body;
    const json e = r.Json()["error"];
    EXPECT_EQ(e["code"], c.code);
    EXPECT_EQ(e["type"], "policy_violation");
    EXPECT_THAT(e["message"].get<std::string>(), HasSubstr("dpo@testdorp.be"));
  }
  EXPECT_EQ(upstream_->count(), before);
}

TEST_F(GatewayTest, PersonalDataBlockSaysWhereAndWhoButNeverWhat) {
  json body = Chat("echo-1", kPersonalText, {{"vermeld", {{"pseudonymise", false}}}});
  body["messages"].insert(body["messages"].begin(),
                          json::object({{"role", "system"}, {"content", "Wees kort."}}));
  const auto r = service_->PostJson("/v1/chat/completions", body);
  ASSERT_EQ(r.status, 403) << r.body;
  const json e = r.Json()["error"];
  EXPECT_EQ(e["pseudonymise_allowed"], true);
  EXPECT_EQ(e["contact"], json({{"name", "Els Privacy"}, {"email", "dpo@testdorp.be"}}));
  EXPECT_THAT(e["message"].get<std::string>(), HasSubstr("datalek"));
  std::set<std::string> types;
  for (const auto& f : e["findings"]) {
    EXPECT_EQ(f["message"], 1);
    const std::string found =
        std::string(kPersonalText).substr(f["start"], f["end"].get<int>() - f["start"].get<int>());
    types.insert(f["type"]);
    EXPECT_THAT(r.body, Not(HasSubstr(found)));
  }
  EXPECT_TRUE(types.count("EMAIL") && types.count("IBAN") && types.count("PERSON")) << r.body;
}

TEST_F(GatewayTest, PseudonymisedRequestCarriesPlaceholdersAndTheAnswerIsRestored) {
  const size_t before = upstream_->count();
  const auto r = service_->PostJson("/v1/chat/completions", Chat("echo-1", kPersonalText));
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(upstream_->count(), before + 1);
  const std::string sent = upstream_->received().back().body["messages"][0]["content"];
  EXPECT_THAT(sent, HasSubstr("[PERSOON_1]"));
  EXPECT_THAT(sent, HasSubstr("[EMAIL_1]"));
  EXPECT_THAT(sent, HasSubstr("[IBAN_1]"));
  for (const char* original : {"Koen", "Broeck", "6769", "telenet"}) {
    EXPECT_THAT(sent, Not(HasSubstr(original)));
  }
  EXPECT_EQ(r.Json()["choices"][0]["message"]["content"], FakeUpstream::AnswerFor(kPersonalText));
}

TEST_F(GatewayTest, ToolCallArgumentsAreCheckedPseudonymisedAndRestored) {
  const json history = {
      {"role", "assistant"},
      {"content", nullptr},
      {"tool_calls",
       {{{"id", "call_0"},
         {"type", "function"},
         {"function",
          {{"name", "lookup"}, {"arguments", json({{"iban", "BE71 0961 2345 6769"}}).dump()}}}}}}};
  json blocked = Chat("echo-1", kCleanText, {{"vermeld", {{"pseudonymise", false}}}});
  blocked["messages"].insert(blocked["messages"].begin(), history);
  const size_t before = upstream_->count();
  const auto r = service_->PostJson("/v1/chat/completions", blocked);
  ASSERT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(upstream_->count(), before);
  const json f = r.Json()["error"]["findings"][0];
  EXPECT_EQ(f["type"], "IBAN");
  EXPECT_EQ(f["message"], 0);
  EXPECT_EQ(f["field"], "tool_calls[0].function.arguments");

  json allowed = Chat("echo-1", kPersonalText, {{"tools", json::array({{{"type", "function"}}})}});
  allowed["messages"].insert(allowed["messages"].begin(), history);
  const auto ok = service_->PostJson("/v1/chat/completions", allowed);
  ASSERT_EQ(ok.status, 200) << ok.body;
  const json sent = upstream_->received().back().body["messages"];
  EXPECT_EQ(sent[0]["tool_calls"][0]["function"]["arguments"], R"({"iban":"[IBAN_1]"})");
  EXPECT_THAT(sent[1]["content"].get<std::string>(), HasSubstr("[IBAN_1]"));
  const std::string args =
      ok.Json()["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"];
  EXPECT_EQ(json::parse(args)["body"], kPersonalText);
}

TEST_F(GatewayTest, StreamedAnswerIsRelayedAndRestoredAcrossChunks) {
  const auto r =
      service_->PostJson("/v1/chat/completions", Chat("echo-1", kPersonalText, {{"stream", true}}));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_THAT(r.headers.at("content-type"), HasSubstr("text/event-stream"));
  EXPECT_EQ(StreamedText(r.body), FakeUpstream::AnswerFor(kPersonalText));
  EXPECT_THAT(r.body, Not(HasSubstr("PERSOON")));
  EXPECT_THAT(r.body, HasSubstr("data: [DONE]"));
  EXPECT_THAT(upstream_->received().back().body.dump(), Not(HasSubstr("Koen")));
}

TEST_F(GatewayTest, AToolAllowedPersonalDataGetsTheTextUnchanged) {
  const auto r = service_->PostJson("/v1/chat/completions", Chat("lokaal", kPersonalText));
  ASSERT_EQ(r.status, 200) << r.body;
  const ReceivedRequest got = upstream_->received().back();
  EXPECT_EQ(got.body["messages"][0]["content"], kPersonalText);
  EXPECT_EQ(got.authorization, "");  // no api_key_env: no key sent
}

TEST_F(GatewayTest, UpstreamFailuresBecomeClearGatewayErrors) {
  struct Case {
    const char* model;
    int status;
    const char* code;
    const char* says;
  };
  for (const Case& c :
       {Case{"kapot", 502, "status_500", "HTTP 500"}, Case{"weg", 502, "refused", "niet bereiken"},
        Case{"onzin", 502, "malformed", "geen chat-completion"},
        Case{"sleutelloos", 502, "api_key_missing", "VERMELD_GATEWAY_TEST_KEY_NOT_SET"}}) {
    const auto r = service_->PostJson("/v1/chat/completions", Chat(c.model, kCleanText));
    EXPECT_EQ(r.status, c.status) << c.model << ": " << r.body;
    EXPECT_EQ(r.Json()["error"]["code"], c.code) << c.model;
    EXPECT_THAT(r.Json()["error"]["message"].get<std::string>(), HasSubstr(c.says)) << c.model;
  }
}

TEST_F(GatewayTest, ConnectionsTheUpstreamClosedWhileIdleAreReplacedNotReported) {
  // A long prompt: its body is still being written when the closed connection's reset arrives.
  std::string prompt = kCleanText;
  while (prompt.size() < 20000) prompt += " " + std::string(kCleanText);
  auto call = [&] { return service_->PostJson("/v1/chat/completions", Chat("wankel", prompt)); };
  const int before = dropping_->requests();
  for (int round = 0; round < 2; ++round) {
    // Two calls at once leave two pooled connections; the upstream closes both meanwhile.
    auto first = std::async(std::launch::async, call);
    const auto second = call();
    EXPECT_EQ(second.status, 200) << "round " << round << ": " << second.body;
    EXPECT_EQ(first.get().status, 200) << "round " << round;
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
  }
  const auto last = call();
  EXPECT_EQ(last.status, 200) << last.body;
  EXPECT_EQ(dropping_->requests() - before, 5);
}

TEST_F(GatewayTest, AHangingUpstreamIsCutOffWith504) {
  const auto start = std::chrono::steady_clock::now();
  const auto r = service_->PostJson("/v1/chat/completions", Chat("traag", kCleanText));
  const auto took = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(r.status, 504) << r.body;
  EXPECT_EQ(r.Json()["error"]["code"], "timeout");
  EXPECT_LT(took, std::chrono::seconds(4));  // the upstream answers only after 4 s
}

TEST_F(GatewayTest, UpstreamClientErrorsArePassedThrough) {
  for (const char* model : {"druk", "fout"}) {
    for (bool stream : {false, true}) {
      const auto r =
          service_->PostJson("/v1/chat/completions", Chat(model, kCleanText, {{"stream", stream}}));
      const std::string expected = std::string(model) == "druk" ? "429" : "400";
      EXPECT_EQ(std::to_string(r.status), expected) << r.body;
      EXPECT_EQ(r.Json()["error"]["code"], "vendor_" + expected);
    }
  }
}

TEST_F(GatewayTest, RequestsThatCannotBeCheckedAreRefused) {
  const size_t before = upstream_->count();
  json image = Chat("echo-1", "");
  image["messages"][0]["content"] = json::array(
      {{{"type", "image_url"}, {"image_url", {{"url", "data:image/png;base64,AAAA"}}}}});
  EXPECT_EQ(service_->PostJson("/v1/chat/completions", image).status, 400);
  EXPECT_EQ(service_->PostJson("/v1/chat/completions", {{"model", "echo-1"}}).status, 400);
  EXPECT_EQ(upstream_->count(), before);
}

TEST_F(GatewayTest, TheApiKeyAppearsInNoStoreFileAndNoLog) {
  ASSERT_EQ(service_->PostJson("/v1/chat/completions", Chat("echo-1", kCleanText)).status, 200);
  ASSERT_EQ(service_->PostJson("/v1/chat/completions", Chat("kapot", kCleanText)).status, 502);
  for (const auto& entry : fs::recursive_directory_iterator(service_->data_dir())) {
    if (!entry.is_regular_file()) continue;
    const std::string content = ReadFile(entry.path());
    EXPECT_THAT(content, Not(HasSubstr(kKey))) << entry.path();
    EXPECT_THAT(content, Not(HasSubstr("Van den Broeck"))) << entry.path();
  }
  EXPECT_THAT(service_->output(), Not(HasSubstr(kKey)));
  EXPECT_THAT(service_->output(), Not(HasSubstr("Broeck")));
}

TEST_F(GatewayTest, RegisterNeedsTheTokenAndThePageIsSelfContained) {
  EXPECT_EQ(service_->Request("GET", "/api/v1/register").status, 401);
  EXPECT_EQ(service_->Request("GET", "/register").status, 401);
  const std::string token = Token(*service_);
  const auto csv = service_->Request("GET", "/api/v1/register?format=csv&token=" + token);
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_THAT(csv.headers.at("content-disposition"), HasSubstr("attachment"));
  EXPECT_EQ(csv.body.rfind("month,tool,requests,", 0), 0u);
  const auto page = service_->Request("GET", "/register?token=" + token);
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.headers.at("content-type"), HasSubstr("text/html"));
  EXPECT_THAT(page.headers.at("content-security-policy"), HasSubstr("default-src 'none'"));
  EXPECT_THAT(page.body, HasSubstr("<svg"));
  EXPECT_THAT(page.body, HasSubstr("/api/v1/register"));
  EXPECT_THAT(page.body, Not(HasSubstr("src=")));  // no external script, style or image
  EXPECT_THAT(page.body, Not(HasSubstr("https://")));
  EXPECT_THAT(page.body, Not(HasSubstr(".innerHTML")));
}

// A fresh service, so its register holds exactly what this test did.
TEST(GatewayRegisterTest, AuditAndRegisterCountsAddUp) {
  setenv(kKeyVariable, kKey, 1);
  FakeUpstream upstream;
  ServiceProcess service({"--policy", WritePolicy(upstream, "2099-12-31")});
  ASSERT_TRUE(service.WaitUntilListening()) << service.output();
  auto post = [&service](const json& body) {
    return service.PostJson("/v1/chat/completions", body).status;
  };
  EXPECT_EQ(post(Chat("echo-1", kCleanText)), 200);
  EXPECT_EQ(post(Chat("echo-2", kCleanText, {{"stream", true}})), 200);
  EXPECT_EQ(post(Chat("echo-1", kPersonalText)), 200);
  EXPECT_EQ(post(Chat("echo-1", kPersonalText, {{"vermeld", {{"pseudonymise", false}}}})), 403);
  EXPECT_EQ(post(Chat("echo-1", "Vertrouwelijk: begroting")), 403);
  EXPECT_EQ(post(Chat("verboden", kCleanText)), 403);
  EXPECT_EQ(post(Chat("kapot", kCleanText)), 502);
  EXPECT_EQ(upstream.count(), 4u);  // three to echo, one to kapot

  std::string token;
  std::ifstream(service.data_dir() + "/token") >> token;
  const auto r =
      service.Request("GET", "/api/v1/register", "", {{"Authorization", "Bearer " + token}});
  ASSERT_EQ(r.status, 200) << r.body;
  std::map<std::string, json> rows;
  const json register_json = r.Json();
  for (const auto& row : register_json["rows"]) rows[row["tool"]] = row;
  ASSERT_EQ(rows.count("echo"), 1u) << r.body;
  EXPECT_EQ(rows["echo"]["requests"], 5);
  EXPECT_EQ(rows["echo"]["blocked"]["personal_data"], 1);
  EXPECT_EQ(rows["echo"]["blocked"]["confidential"], 1);
  EXPECT_EQ(rows["echo"]["blocked_total"], 2);
  EXPECT_EQ(rows["echo"]["pseudonymised"], 1);
  EXPECT_EQ(rows["echo"]["outputs_recorded"], 3);
  EXPECT_EQ(rows["verboden"]["blocked"]["tool_not_allowed"], 1);
  EXPECT_EQ(rows["kapot"]["requests"], 1);
  EXPECT_EQ(rows["kapot"]["blocked_total"], 0);
  EXPECT_EQ(rows["kapot"]["outputs_recorded"], 0);
  EXPECT_THAT(ReadFile(service.data_dir() + "/vermeld.db") +
                  ReadFile(service.data_dir() + "/vermeld.db-wal"),
              Not(HasSubstr("Koen")));
}

TEST(GatewayExpiredPolicyTest, AnExpiredPolicyBlocksEverything) {
  FakeUpstream upstream;
  ServiceProcess service({"--policy", WritePolicy(upstream, "2024-12-31")});
  ASSERT_TRUE(service.WaitUntilListening()) << service.output();
  const auto r = service.PostJson("/v1/chat/completions", Chat("echo-1", kCleanText));
  ASSERT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(r.Json()["error"]["code"], "policy_expired");
  EXPECT_THAT(r.Json()["error"]["message"].get<std::string>(), HasSubstr("2024-12-31"));
  EXPECT_EQ(upstream.count(), 0u);
}

}  // namespace
}  // namespace vermeld::testing
