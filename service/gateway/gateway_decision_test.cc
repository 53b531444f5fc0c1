#include "gateway/gateway_decision.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace vermeld {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

Policy TestPolicy() {
  auto parsed = ParsePolicy(R"({
    "organization": "Gemeente Voorbeeld",
    "contact": {"name": "Els de DPO", "email": "dpo@voorbeeld.be"},
    "valid_from": "2025-01-01", "valid_until": "2030-12-31",
    "disclosure": {"template": "Met {tool}.", "on_send": "ask"},
    "tools": [
      {"id": "chatgpt", "name": "ChatGPT", "allowed": true, "data": ["public"], "models": ["gpt-4o"]},
      {"id": "lokaal", "name": "Lokaal model", "allowed": true, "data": ["public", "personal"]},
      {"id": "deepseek", "name": "DeepSeek", "allowed": false, "data": []}
    ],
    "personal_data": {"action": "pseudonymise"}
  })");
  return *parsed.policy;
}

class GatewayDecisionTest : public ::testing::Test {
 protected:
  GatewayRequestFacts Facts(const std::string& model) {
    GatewayRequestFacts f;
    f.model = model;
    f.tool = policy_.FindTool(model);
    return f;
  }
  // "😀 Jan Peeters" as message 1: the emoji is 4 bytes, 2 UTF-16 units.
  CheckedText WithName() {
    CheckedText t{{1, std::nullopt, "\xF0\x9F\x98\x80 Jan Peeters"}};
    t.personal_data.push_back({"PERSON", 5, 16, 0.9});
    return t;
  }
  CheckedText WithMarker() {
    CheckedText t{{0, std::nullopt, "VERTROUWELIJK: plan"}};
    t.confidential.push_back({"VERTROUWELIJK", 0, 13});
    return t;
  }
  Policy policy_ = TestPolicy();
  const std::string today_ = "2026-06-01";
};

TEST_F(GatewayDecisionTest, CleanRequestToAnApprovedToolIsForwarded) {
  auto f = Facts("gpt-4o");
  f.texts.push_back({{0, std::nullopt, "Vat dit samen."}});
  const auto d = DecideGatewayRequest(policy_, f, today_);
  EXPECT_EQ(d.kind, GatewayDecision::Kind::kForward);
  EXPECT_TRUE(d.finding_counts.empty());
}

TEST_F(GatewayDecisionTest, UnknownOrDisallowedToolIsBlockedWithTheApprovedList) {
  for (const char* model : {"deepseek", "gpt-9"}) {
    const auto d = DecideGatewayRequest(policy_, Facts(model), today_);
    ASSERT_EQ(d.kind, GatewayDecision::Kind::kBlock);
    const auto& e = d.error["error"];
    EXPECT_EQ(e["code"], "tool_not_allowed");
    EXPECT_EQ(e["type"], "policy_violation");
    EXPECT_EQ(e["approved_tools"], nlohmann::json({"chatgpt", "lokaal"}));
    EXPECT_THAT(e["message"].get<std::string>(), HasSubstr(model));
    EXPECT_THAT(e["message"].get<std::string>(), HasSubstr("dpo@voorbeeld.be"));
  }
}

TEST_F(GatewayDecisionTest, PersonalDataIsBlockedWithPositionsButNeverTheValue) {
  auto f = Facts("chatgpt");
  f.pseudonymise_requested = false;
  f.texts.push_back(WithName());
  const auto d = DecideGatewayRequest(policy_, f, today_);
  ASSERT_EQ(d.kind, GatewayDecision::Kind::kBlock);
  const auto& e = d.error["error"];
  EXPECT_EQ(e["code"], "personal_data");
  EXPECT_EQ(e["findings"],
            nlohmann::json::parse(R"([{"message": 1, "type": "PERSON", "start": 3, "end": 14}])"));
  EXPECT_EQ(e["contact"]["email"], "dpo@voorbeeld.be");
  EXPECT_EQ(e["pseudonymise_allowed"], true);
  const std::string message = e["message"];
  EXPECT_THAT(message, HasSubstr("datalek"));
  EXPECT_THAT(message, HasSubstr("Bericht 2"));
  EXPECT_THAT(message, HasSubstr("persoonsgegevens (naam)"));
  EXPECT_THAT(message, HasSubstr("Els de DPO"));
  EXPECT_THAT(d.error.dump(), Not(HasSubstr("Peeters")));
  EXPECT_EQ(d.finding_counts.at("PERSON"), 1);
}

TEST_F(GatewayDecisionTest, PseudonymisedWhenThePolicyAllowsAndTheClientDoesNotRefuse) {
  auto f = Facts("chatgpt");
  f.texts.push_back(WithName());
  EXPECT_EQ(DecideGatewayRequest(policy_, f, today_).kind, GatewayDecision::Kind::kPseudonymise);
  policy_.personal_data_action = PersonalDataAction::kBlock;
  const auto d = DecideGatewayRequest(policy_, f, today_);
  ASSERT_EQ(d.kind, GatewayDecision::Kind::kBlock);
  EXPECT_EQ(d.error["error"]["pseudonymise_allowed"], false);
}

TEST_F(GatewayDecisionTest, AToolForPersonalDataReceivesItUnchanged) {
  auto f = Facts("lokaal");
  f.texts.push_back(WithName());
  const auto d = DecideGatewayRequest(policy_, f, today_);
  EXPECT_EQ(d.kind, GatewayDecision::Kind::kForward);
  EXPECT_EQ(d.finding_counts.at("PERSON"), 1);
}

TEST_F(GatewayDecisionTest, PrecedenceExpiredThenToolThenConfidentialThenPersonal) {
  auto f = Facts("chatgpt");
  f.texts.push_back(WithMarker());
  f.texts.push_back(WithName());
  EXPECT_EQ(DecideGatewayRequest(policy_, f, today_).reason, "confidential");
  auto unknown = f;
  unknown.model = "gpt-9";
  unknown.tool = nullptr;
  EXPECT_EQ(DecideGatewayRequest(policy_, unknown, today_).reason, "tool_not_allowed");
  EXPECT_EQ(DecideGatewayRequest(policy_, unknown, "2031-01-01").reason, "policy_expired");
  const auto d = DecideGatewayRequest(policy_, f, today_);
  EXPECT_EQ(d.error["error"]["findings"][0]["type"], "CONFIDENTIAL");
  EXPECT_EQ(d.finding_counts.at("CONFIDENTIAL"), 1);
}

TEST_F(GatewayDecisionTest, FindingsInAPartNameThePart) {
  auto f = Facts("chatgpt");
  f.pseudonymise_requested = false;
  CheckedText t = WithName();
  t.piece.part = 2;
  f.texts.push_back(t);
  EXPECT_EQ(DecideGatewayRequest(policy_, f, today_).error["error"]["findings"][0]["part"], 2);
}

}  // namespace
}  // namespace vermeld
