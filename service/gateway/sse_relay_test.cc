#include "gateway/sse_relay.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace vermeld {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string Chunk(const std::string& content, const char* finish = nullptr) {
  nlohmann::json c = {{"id", "c1"},
                      {"object", "chat.completion.chunk"},
                      {"model", "m"},
                      {"choices",
                       {{{"index", 0},
                         {"delta", {{"content", content}}},
                         {"finish_reason", finish ? nlohmann::json(finish) : nullptr}}}}};
  return "data: " + c.dump() + "\n\n";
}

// Concatenated delta.content of every chunk in an SSE text.
std::string Contents(const std::string& sse) {
  std::string out;
  size_t pos = 0;
  while ((pos = sse.find("data: {", pos)) != std::string::npos) {
    const size_t end = sse.find('\n', pos);
    const auto c = nlohmann::json::parse(sse.substr(pos + 6, end - pos - 6));
    out += c["choices"][0]["delta"].value("content", "");
    pos = end;
  }
  return out;
}

TEST(SseRelayTest, WithoutPseudonymisationBytesPassUnchangedAndTheAnswerIsAssembled) {
  const std::string upstream =
      ": keep-alive\n\n" + Chunk("Hallo ") + Chunk("wereld", "stop") + "data: [DONE]\n\n";
  SseRelay relay(nullptr);
  std::string out;
  for (size_t i = 0; i < upstream.size(); i += 7) out += relay.Push(upstream.substr(i, 7));
  out += relay.Finish();
  EXPECT_EQ(out, upstream);
  EXPECT_EQ(relay.answers().at(0), "Hallo wereld");
}

TEST(SseRelayTest, RestoresPlaceholdersSplitAcrossChunksAndNetworkPieces) {
  Pseudonymiser p;
  p.Replace("An Peeters", {{"PERSON", 0, 10, 1}});
  const std::string upstream = Chunk("Beste [PERS") + Chunk("OON_1], tot") + Chunk(" [PERSOON_1]") +
                               Chunk("", "stop") + "data: [DONE]\n\n";
  for (size_t step : {1, 5, 64, 4096}) {
    SseRelay relay(&p);
    std::string out;
    for (size_t i = 0; i < upstream.size(); i += step) out += relay.Push(upstream.substr(i, step));
    out += relay.Finish();
    EXPECT_EQ(Contents(out), "Beste An Peeters, tot An Peeters") << step;
    EXPECT_THAT(out, Not(HasSubstr("PERSOON"))) << step;
    EXPECT_THAT(out, HasSubstr("data: [DONE]")) << step;
    EXPECT_EQ(relay.answers().at(0), "Beste An Peeters, tot An Peeters");
  }
}

TEST(SseRelayTest, RestoresToolCallArgumentsSplitAcrossChunks) {
  Pseudonymiser p;
  p.Replace("jan@x.be", {{"EMAIL", 0, 8, 1}});
  auto call = [](int tool, const std::string& args) {
    nlohmann::json c = {
        {"id", "c1"},
        {"object", "chat.completion.chunk"},
        {"choices",
         {{{"index", 0},
           {"delta", {{"tool_calls", {{{"index", tool}, {"function", {{"arguments", args}}}}}}}},
           {"finish_reason", nullptr}}}}};
    return "data: " + c.dump() + "\n\n";
  };
  const std::string upstream = call(0, R"({"to": "[EMA)") + call(1, "{}") + call(0, R"(IL_1]"})") +
                               Chunk("", "tool_calls") + "data: [DONE]\n\n";
  SseRelay relay(&p);
  std::string out = relay.Push(upstream) + relay.Finish();
  std::string args0;
  size_t pos = 0;
  while ((pos = out.find("data: {", pos)) != std::string::npos) {
    const size_t end = out.find('\n', pos);
    const auto c = nlohmann::json::parse(out.substr(pos + 6, end - pos - 6));
    for (const auto& t : c["choices"][0]["delta"].value("tool_calls", nlohmann::json::array())) {
      if (t["index"] == 0) args0 += t["function"]["arguments"].get<std::string>();
    }
    pos = end;
  }
  EXPECT_EQ(args0, R"({"to": "jan@x.be"})");
  EXPECT_THAT(out, Not(HasSubstr("EMAIL_1")));
}

TEST(SseRelayTest, TextHeldBackAtTheEndIsSentBeforeDone) {
  Pseudonymiser p;
  p.Replace("An Peeters", {{"PERSON", 0, 10, 1}});
  SseRelay relay(&p);
  std::string out = relay.Push(Chunk("tot [PERSOON_") + "data: [DONE]\n\n");
  out += relay.Finish();
  EXPECT_EQ(Contents(out), "tot [PERSOON_");
  EXPECT_LT(out.find("[PERSOON_\""), out.find("[DONE]"));
  EXPECT_THAT(out, HasSubstr("\"id\":\"c1\""));
}

TEST(SseRelayTest, NonChunkLinesPassAsTheyAre) {
  Pseudonymiser p;
  p.Replace("An", {{"PERSON", 0, 2, 1}});
  SseRelay relay(&p);
  const std::string odd =
      "event: ping\r\ndata: niet-json [PERSOON_1]\r\n\r\ndata: {\"error\": 1}\n\n";
  EXPECT_EQ(relay.Push(odd) + relay.Finish(), odd);
}

}  // namespace
}  // namespace vermeld
