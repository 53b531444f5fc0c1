// Provenance, disclosure and their audit trail through the real service.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "service_process.h"

namespace vermeld::testing {
namespace {

using ::testing::HasSubstr;

const char* kAiOutput =
    "De gemeente investeert de komende vijf jaar in een nieuw zwembad met een buitenbad, een "
    "recreatief gedeelte en een instructiebad voor scholen. Het project versterkt de sportieve "
    "infrastructuur van de hele regio en biedt inwoners van alle leeftijden een moderne plek om te "
    "bewegen, te ontspannen en elkaar te ontmoeten.";

class AiRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(service_.WaitUntilListening()) << service_.output(); }
  ServiceProcess service_;
};

TEST_F(AiRoutesTest, RecordedOutputIsFoundInALaterDraftAndNeedsDisclosure) {
  auto r = service_.PostJson("/api/v1/provenance", {{"text", kAiOutput}, {"tool", "chatgpt"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.Json()["recorded"]);

  const std::string draft = std::string("Beste collega's,\n\n") + kAiOutput + "\n\nGroeten";
  auto a = service_.PostJson("/api/v1/analyze", {{"text", draft}});
  ASSERT_EQ(a.status, 200) << a.body;
  auto j = a.Json();
  ASSERT_FALSE(j["ai_content"]["passages"].empty()) << a.body;
  EXPECT_EQ(j["ai_content"]["passages"][0]["source"], "provenance");
  EXPECT_EQ(j["ai_content"]["passages"][0]["tool"], "ChatGPT");  // the policy's name for it
  EXPECT_GT(j["ai_content"]["coverage"].get<double>(), 0.5);
  EXPECT_TRUE(j["verdict"]["disclosure_required"]);

  auto d = service_.PostJson(
      "/api/v1/disclose",
      {{"text", draft}, {"format", "text"}, {"tool", "chatgpt"}, {"reviewed", true}});
  ASSERT_EQ(d.status, 200) << d.body;
  EXPECT_TRUE(d.Json()["inserted"]);
  const std::string disclosed = d.Json()["text"];
  EXPECT_THAT(disclosed, HasSubstr("opgesteld met behulp van ChatGPT"));
  // The line goes above the closing greeting.
  EXPECT_LT(disclosed.find("ChatGPT"), disclosed.find("Groeten"));

  auto again = service_.PostJson("/api/v1/disclose", {{"text", disclosed}, {"tool", "chatgpt"}});
  EXPECT_FALSE(again.Json()["inserted"]);
  EXPECT_EQ(again.Json()["text"], disclosed);

  auto after = service_.PostJson("/api/v1/analyze", {{"text", disclosed}});
  EXPECT_TRUE(after.Json()["disclosure"]["present"]);
  EXPECT_FALSE(after.Json()["verdict"]["disclosure_required"]);
}

TEST_F(AiRoutesTest, LedgerSurvivesARestart) {
  ASSERT_EQ(
      service_.PostJson("/api/v1/provenance", {{"text", kAiOutput}, {"tool", "gemini"}}).status,
      200);
  service_.Stop();
  ServiceProcess again({}, service_.data_dir());
  ASSERT_TRUE(again.WaitUntilListening()) << again.output();
  auto a = again.PostJson("/api/v1/analyze", {{"text", kAiOutput}});
  ASSERT_FALSE(a.Json()["ai_content"]["passages"].empty()) << a.body;
  EXPECT_EQ(a.Json()["ai_content"]["passages"][0]["tool"], "Gemini");
}

TEST_F(AiRoutesTest, ToolNamesOutsideThePolicyAreNeverStored) {
  // A tool field is free text: it could hold a person's name or address.
  const std::string planted = "Marieke Vandenbroucke";
  ASSERT_EQ(
      service_.PostJson("/api/v1/provenance", {{"text", kAiOutput}, {"tool", planted}}).status,
      200);
  ASSERT_EQ(service_.PostJson("/api/v1/disclose", {{"text", "Tekst."}, {"tool", planted}}).status,
            200);
  auto a = service_.PostJson("/api/v1/analyze", {{"text", kAiOutput}});
  EXPECT_EQ(a.Json()["ai_content"]["passages"][0]["tool"], "(onbekend)");
  service_.Stop();
  for (const char* file : {"/vermeld.db", "/vermeld.db-wal"}) {
    std::ifstream in(service_.data_dir() + file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(bytes.find("Vandenbroucke"), std::string::npos) << file;
  }
}

TEST_F(AiRoutesTest, BadRequestsAreRefusedClearly) {
  auto r = service_.PostJson("/api/v1/disclose", {{"text", "x"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_THAT(r.Json()["error"]["message"].get<std::string>(), HasSubstr("\"tool\""));
  r = service_.PostJson("/api/v1/disclose",
                        {{"text", "x"}, {"tool", "chatgpt"}, {"reviewed", "ja"}});
  EXPECT_EQ(r.status, 400);
  r = service_.PostJson("/api/v1/provenance", {{"text", ""}, {"tool", "chatgpt"}});
  EXPECT_EQ(r.status, 400);
  r = service_.PostJson("/api/v1/disclose",
                        {{"text", "<p>x</p>"}, {"tool", "chatgpt"}, {"format", "rtf"}});
  EXPECT_EQ(r.status, 400);
}

}  // namespace
}  // namespace vermeld::testing
