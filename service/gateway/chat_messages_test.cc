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

TEST(ChatMessagesTest, CollectsToolCallArgumentsAndPutsThemBack) {
  json body = json::parse(R"({"messages": [
    {"role": "user", "content": "Stuur de mail."},
    {"role": "assistant", "content": null, "tool_calls": [
      {"id": "c1", "type": "function",
       "function": {"name": "send", "arguments": "{\"to\": \"jan@x.be\"}"}},
      {"id": "c2", "type": "other"}]},
    {"role": "assistant", "function_call": {"name": "send", "arguments": "{\"to\": \"An\"}"}},
    {"role": "tool", "tool_call_id": "c1", "content": "verstuurd"}]})");
  auto texts = CollectMessageTexts(body);
  ASSERT_EQ(texts.size(), 4u);
  EXPECT_EQ(texts[1].message, 1u);
  EXPECT_EQ(texts[1].field, "tool_calls[0].function.arguments");
  EXPECT_EQ(texts[1].text, R"({"to": "jan@x.be"})");
  EXPECT_EQ(texts[2].field, "function_call.arguments");
  EXPECT_EQ(texts[3].text, "verstuurd");
  EXPECT_EQ(texts[3].field, "");
  texts[1].text = R"({"to": "[EMAIL_1]"})";
  texts[2].text = R"({"to": "[PERSOON_1]"})";
  ReplaceMessageTexts(body, texts);
  EXPECT_EQ(body["messages"][1]["tool_calls"][0]["function"]["arguments"],
            R"({"to": "[EMAIL_1]"})");
  EXPECT_EQ(body["messages"][1]["tool_calls"][0]["function"]["name"], "send");
  EXPECT_EQ(body["messages"][2]["function_call"]["arguments"], R"({"to": "[PERSOON_1]"})");
  EXPECT_EQ(body["messages"][1]["content"], nullptr);
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
  EXPECT_EQ(code(R"({"messages": [{"role": "assistant", "tool_calls": {}}]})"), "invalid_field");
  EXPECT_EQ(code(R"({"messages": [{"role": "assistant", "tool_calls": [
      {"function": {"arguments": {"to": "jan@x.be"}}}]}]})"),
            "invalid_field");
}

}  // namespace
}  // namespace vermeld
