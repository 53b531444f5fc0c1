#include "gateway/chat_messages.h"

#include <gtest/gtest.h>

#include "http/request.h"

namespace vermeld {
namespace {

using nlohmann::json;

TEST(ChatMessagesTest, CollectsStringsAndTextPartsWithTheirPlaces) {
  const json body = json::parse(R"({"messages": [
    {"role": "system", "content": "Herschrijf."},
    {"role": "assistant", "content": null, "tool_calls": []},
    {"role": "user", "content": [{"type": "text", "text": "deel 1"}, {"type": "text", "text": "deel 2"}]}
  ]})");
  const auto texts = CollectMessageTexts(body);
  ASSERT_EQ(texts.size(), 3u);
  EXPECT_EQ(texts[0].message, 0u);
  EXPECT_FALSE(texts[0].part);
  EXPECT_EQ(texts[0].text, "Herschrijf.");
  EXPECT_EQ(texts[2].message, 2u);
  EXPECT_EQ(texts[2].part, 1u);
  EXPECT_EQ(texts[2].text, "deel 2");
}

TEST(ChatMessagesTest, ReplacesTextsInPlace) {
  json body = json::parse(R"({"model": "m", "messages": [
    {"role": "user", "content": "Jan"},
    {"role": "user", "content": [{"type": "text", "text": "Piet"}]}]})");
  auto texts = CollectMessageTexts(body);
  texts[0].text = "[PERSOON_1]";
  texts[1].text = "[PERSOON_2]";
  ReplaceMessageTexts(body, texts);
  EXPECT_EQ(body["messages"][0]["content"], "[PERSOON_1]");
  EXPECT_EQ(body["messages"][1]["content"][0]["text"], "[PERSOON_2]");
  EXPECT_EQ(body["messages"][1]["content"][0]["type"], "text");
  EXPECT_EQ(body["model"], "m");
}

TEST(ChatMessagesTest, RefusesWhatCannotBeChecked) {
  auto code = [](const char* text) {
    try {
      CollectMessageTexts(json::parse(text));
    } catch (const HttpError& e) {
      EXPECT_EQ(e.status(), 400);
      return e.code();
    }
    return std::string("accepted");
  };
  EXPECT_EQ(code(R"({})"), "invalid_field");
  EXPECT_EQ(code(R"({"messages": []})"), "invalid_field");
  EXPECT_EQ(code(R"({"messages": ["hallo"]})"), "invalid_field");
  EXPECT_EQ(code(R"({"messages": [{"role": "user", "content": 5}]})"), "invalid_field");
  EXPECT_EQ(code(R"({"messages": [{"role": "user", "content": [
      {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}]}]})"),
            "unsupported_content");
  EXPECT_EQ(code(R"({"messages": [{"role": "user", "content": ["los"]}]})"), "unsupported_content");
}

}  // namespace
}  // namespace vermeld
