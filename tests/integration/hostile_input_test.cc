// Hostile and odd drafts through the real service: each gets a clear answer, never a hang.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "shared_service_test.h"

namespace vermeld::testing {
namespace {

using ::testing::HasSubstr;

class HostileInputTest : public SharedServiceTest {
 protected:
  static HttpResult Analyze(const std::string& raw_json) {
    return service_->Request("POST", "/api/v1/analyze", raw_json,
                             {{"Content-Type", "application/json"}});
  }
};

TEST_F(HostileInputTest, InvalidUtf8IsRefusedWithItsPosition) {
  auto r = Analyze("{\"text\": \"Dag Jan \xc3\x28 tot morgen\"}");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.Json()["error"]["code"], "invalid_json");
  EXPECT_THAT(r.Json()["error"]["message"].get<std::string>(), HasSubstr("byte"));
}

TEST_F(HostileInputTest, NulBytesAreAnalysedLikeAnyCharacter) {
  auto r = Analyze(R"({"text": "IBAN\u0000 BE71 0961 2345 6769\u0000 einde"})");
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = r.Json();
  ASSERT_FALSE(j["personal_data"].empty()) << r.body;
  EXPECT_EQ(j["personal_data"][0]["type"], "IBAN");
  EXPECT_EQ(j["personal_data"][0]["start"], 6);
}

TEST_F(HostileInputTest, TwoMebibyteSingleLineIsAnalysed) {
  std::string line;
  while (line.size() < 2 * 1024 * 1024 - 64) line += "woord ";
  line += "mail jan.peeters@telenet.be";
  auto r = service_->PostJson("/api/v1/analyze", {{"text", line}});
  ASSERT_EQ(r.status, 200) << r.body.substr(0, 200);
  const auto j = r.Json();
  bool email = false;
  for (const auto& f : j["personal_data"]) email |= f["type"] == "EMAIL";
  EXPECT_TRUE(email);
}

TEST_F(HostileInputTest, HundredThousandDigitsInARow) {
  auto r = service_->PostJson("/api/v1/analyze",
                              {{"text", "nummer " + std::string(100000, '7') + " einde"}});
  ASSERT_EQ(r.status, 200);
  // One run of digits is not a valid identifier of any kind.
  EXPECT_TRUE(r.Json()["personal_data"].empty()) << r.body.substr(0, 300);
}

TEST_F(HostileInputTest, DeeplyNestedHtml) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "Bel 0470 12 34 56";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  auto r = service_->PostJson("/api/v1/analyze", {{"text", html}, {"format", "html"}});
  ASSERT_EQ(r.status, 200);
  auto j = r.Json();
  EXPECT_THAT(j["text"].get<std::string>(), HasSubstr("Bel 0470 12 34 56"));
  ASSERT_FALSE(j["personal_data"].empty());
  EXPECT_EQ(j["personal_data"][0]["type"], "PHONE");
}

TEST_F(HostileInputTest, UnclosedTagsAndStrayAngles) {
  auto r = service_->PostJson(
      "/api/v1/analyze",
      {{"text", "<p>a < b en <b>vet <i>schuin <script>alert(1)"}, {"format", "html"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.Json()["text"].get<std::string>().find("alert"), std::string::npos);
}

TEST_F(HostileInputTest, WrongJsonTypesAreNamed) {
  auto r = Analyze(R"({"text": 42})");
  EXPECT_EQ(r.status, 400);
  EXPECT_THAT(r.Json()["error"]["message"].get<std::string>(), HasSubstr("\"text\""));
  r = Analyze(R"(["text"])");
  EXPECT_EQ(r.status, 400);
  EXPECT_THAT(r.Json()["error"]["message"].get<std::string>(), HasSubstr("object"));
}

}  // namespace
}  // namespace vermeld::testing
