#include "core/policy/policy.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/policy/url.h"

namespace vermeld {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::Field;

const char* kValid = R"({
  "organization": "Gemeente Voorbeeld",
  "contact": {"name": "DPO", "email": "dpo@voorbeeld.be"},
  "valid_from": "2025-01-01", "valid_until": "2026-12-31",
  "disclosure": {"template": "Opgesteld met {tool}.", "on_send": "insert"},
  "tools": [
    {"id": "chatgpt", "name": "ChatGPT", "allowed": true, "data": ["public"], "models": ["gpt-4o"],
     "upstream": {"base_url": "https://api.openai.com/v1", "api_key_env": "OPENAI_API_KEY"}},
    {"id": "local", "name": "Lokaal model", "allowed": true, "data": ["public", "personal"],
     "upstream": {"base_url": "http://127.0.0.1:11434/v1"}}
  ],
  "personal_data": {"action": "pseudonymise", "allow": ["Jan Woordvoerder"]}
})";

auto HasProblem(const std::string& path, const std::string& reason_part) {
  return Contains(AllOf(Field(&PolicyProblem::path, path),
                        Field(&PolicyProblem::reason, ::testing::HasSubstr(reason_part))));
}

TEST(Policy, ParsesAValidFile) {
  auto r = ParsePolicy(kValid);
  ASSERT_TRUE(r.policy) << r.problems[0].path << ": " << r.problems[0].reason;
  const Policy& p = *r.policy;
  EXPECT_EQ(p.organization, "Gemeente Voorbeeld");
  EXPECT_EQ(p.on_send, OnSend::kInsert);
  EXPECT_EQ(p.personal_data_action, PersonalDataAction::kPseudonymise);
  ASSERT_EQ(p.tools.size(), 2u);
  EXPECT_TRUE(p.tools[1].MayReceive(DataClass::kPersonal));
  EXPECT_FALSE(p.tools[0].MayReceive(DataClass::kPersonal));
  EXPECT_EQ(p.FindTool("gpt-4o"), &p.tools[0]);
  EXPECT_EQ(p.FindTool("local"), &p.tools[1]);
  EXPECT_EQ(p.FindTool("Lokaal model"), &p.tools[1]);
  EXPECT_EQ(p.FindTool("nope"), nullptr);
  EXPECT_EQ(p.DisclosureLine("ChatGPT"), "Opgesteld met ChatGPT.");
}

TEST(Policy, ReportsEveryProblemWithItsPath) {
  auto r = ParsePolicy(R"({
    "contact": {"name": "x", "email": "not-an-email"},
    "valid_from": "2025-13-01",
    "disclosure": {"template": "no slot", "on_send": "maybe"},
    "tools": [{"id": "a", "name": "A", "allowed": true},
              {"id": "a", "name": "B", "allowed": "yes", "data": ["secret"]},
              {"id": "c", "name": "C", "allowed": true, "upstream": {"base_url": "ftp//x"}},
              {"id": "d", "name": "D", "allowed": true, "upstream": {"base_url": "http://api.example.com"}}],
    "personal_data": {"action": "ignore"},
    "colour": "blue"
  })");
  EXPECT_FALSE(r.policy);
  EXPECT_THAT(r.problems, HasProblem("organization", "missing"));
  EXPECT_THAT(r.problems, HasProblem("contact.email", "e-mail"));
  EXPECT_THAT(r.problems, HasProblem("valid_from", "not a date"));
  EXPECT_THAT(r.problems, HasProblem("disclosure.template", "{tool}"));
  EXPECT_THAT(r.problems, HasProblem("disclosure.on_send", "insert, ask or off"));
  EXPECT_THAT(r.problems, HasProblem("tools[1].id", "duplicate"));
  EXPECT_THAT(r.problems, HasProblem("tools[1].allowed", "true or false"));
  EXPECT_THAT(r.problems, HasProblem("tools[1].data[0]", "unknown data class"));
  EXPECT_THAT(r.problems, HasProblem("tools[2].upstream.base_url", "not a URL"));
  EXPECT_THAT(r.problems, HasProblem("tools[3].upstream.base_url", "loopback"));
  EXPECT_THAT(r.problems, HasProblem("personal_data.action", "block or pseudonymise"));
  EXPECT_THAT(r.problems, HasProblem("colour", "unknown field"));
}

TEST(Policy, ImpossibleDatesAndWrongTypesAreProblems) {
  auto doc = nlohmann::json::parse(kValid);
  doc["valid_until"] = "2025-02-29";
  doc["contact"]["phone"] = 12;
  doc["tools"][0]["note"] = {{"x", 1}};
  auto r = ParsePolicy(doc.dump());
  EXPECT_THAT(r.problems, HasProblem("valid_until", "not a date"));
  EXPECT_THAT(r.problems, HasProblem("contact.phone", "string"));
  EXPECT_THAT(r.problems, HasProblem("tools[0].note", "string"));
  doc = nlohmann::json::parse(kValid);
  doc["valid_from"] = "2024-02-29";
  EXPECT_TRUE(ParsePolicy(doc.dump()).policy);
}

TEST(Policy, SyntaxErrorsNameLineAndColumn) {
  auto r = ParsePolicy("{\n  \"organization\": \"x\",\n  oops\n}");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].path, "line 3, column 3");
  EXPECT_THAT(r.problems[0].reason, ::testing::HasSubstr("invalid JSON"));
}

TEST(Policy, ANumberBeyondADoubleIsASyntaxErrorWithItsPlace) {  // found by policy_fuzzer
  auto r = ParsePolicy("{\n  \"organization\": 8e999\n}");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].path, "line 2, column 19");
  EXPECT_THAT(r.problems[0].reason, ::testing::HasSubstr("too large"));
  EXPECT_FALSE(r.policy);
}

TEST(Policy, ExpiryComparesDates) {
  Policy p = *ParsePolicy(kValid).policy;
  EXPECT_FALSE(p.ExpiredOn("2026-12-31"));
  EXPECT_TRUE(p.ExpiredOn("2027-01-01"));
  p.valid_until.clear();
  EXPECT_FALSE(p.ExpiredOn("2099-01-01"));
}

TEST(Policy, DefaultPolicyAllowsNoToolForPersonalData) {
  const Policy& p = DefaultPolicy();
  EXPECT_NE(
      p.disclosure_template.find("Een deel van deze inhoud is opgesteld met behulp van {tool}."),
      std::string::npos);
  for (const Tool& t : p.tools) EXPECT_FALSE(t.MayReceive(DataClass::kPersonal)) << t.id;
}

TEST(Policy, RoundTripsThroughJson) {
  const Policy p = *ParsePolicy(kValid).policy;
  auto again = ParsePolicy(PolicyToJson(p).dump());
  ASSERT_TRUE(again.policy);
  EXPECT_EQ(PolicyToJson(*again.policy), PolicyToJson(p));
}

TEST(Policy, UpstreamTimeoutDefaultsTo60AndIsBounded) {
  auto doc = nlohmann::json::parse(kValid);
  EXPECT_EQ(ParsePolicy(doc.dump()).policy->tools[0].upstream->timeout_seconds, 60);
  doc["tools"][0]["upstream"]["timeout_seconds"] = 5;
  EXPECT_EQ(ParsePolicy(doc.dump()).policy->tools[0].upstream->timeout_seconds, 5);
  for (const nlohmann::json bad :
       {nlohmann::json(0), nlohmann::json(601), nlohmann::json(1.5), nlohmann::json("5")}) {
    doc["tools"][0]["upstream"]["timeout_seconds"] = bad;
    EXPECT_THAT(ParsePolicy(doc.dump()).problems,
                HasProblem("tools[0].upstream.timeout_seconds", "1 to 600"))
        << bad;
  }
}

TEST(Url, UpstreamRules) {
  EXPECT_FALSE(CheckUpstreamUrl("https://api.mistral.ai/v1"));
  EXPECT_FALSE(CheckUpstreamUrl("http://127.0.0.1:11434/v1"));
  EXPECT_FALSE(CheckUpstreamUrl("http://[::1]:8080"));
  EXPECT_FALSE(CheckUpstreamUrl("http://localhost:8080/v1"));
  EXPECT_TRUE(CheckUpstreamUrl("http://10.0.0.5/v1"));
  EXPECT_TRUE(CheckUpstreamUrl("http://127.attacker.example/v1"));
  EXPECT_TRUE(CheckUpstreamUrl("http://127.0.0.1.nip.io/v1"));
  EXPECT_TRUE(CheckUpstreamUrl("https://user:pw@host/"));
  EXPECT_TRUE(CheckUpstreamUrl("https://host:99999/"));
  EXPECT_TRUE(CheckUpstreamUrl("not a url"));
}

}  // namespace
}  // namespace vermeld
