#include "fake_upstream.h"

#include <cpprest/http_listener.h>
#include <cpprest/producerconsumerstream.h>

#include <chrono>
#include <thread>

#include "http/listener.h"

namespace vermeld::testing {

namespace http = web::http;
using web::http::experimental::listener::http_listener;

struct FakeUpstream::State {
  mutable std::mutex mu;
  std::vector<ReceivedRequest> received;
  std::unique_ptr<http_listener> listener;
  int hang_seconds = 4;
};

std::string FakeUpstream::AnswerFor(const std::string& content) {
  return "Herschreven: " + content + " Groet, het model.";
}

namespace {

std::string LastContent(const nlohmann::json& body) {
  const auto& content = body["messages"].back()["content"];
  if (content.is_string()) return content;
  std::string text;
  for (const auto& part : content) text += part.value("text", "");
  return text;
}

nlohmann::json Completion(const std::string& answer) {
  return {{"id", "chatcmpl-test"},
          {"object", "chat.completion"},
          {"created", 1767225600},
          {"model", "fake"},
          {"choices",
           {{{"index", 0},
             {"message", {{"role", "assistant"}, {"content", answer}}},
             {"finish_reason", "stop"}}}},
          {"usage", {{"prompt_tokens", 1}, {"completion_tokens", 1}, {"total_tokens", 2}}}};
}

// A model that answers a request offering tools with a call whose arguments quote the prompt.
nlohmann::json ToolCallCompletion(const std::string& content) {
  nlohmann::json c = Completion("");
  auto& message = c["choices"][0]["message"];
  message["content"] = nullptr;
  message["tool_calls"] = {
      {{"id", "call_1"},
       {"type", "function"},
       {"function",
        {{"name", "send_mail"}, {"arguments", nlohmann::json({{"body", content}}).dump()}}}}};
  c["choices"][0]["finish_reason"] = "tool_calls";
  return c;
}

// Pieces of at most `size` bytes that never split a UTF-8 character.
std::vector<std::string> Pieces(const std::string& text, size_t size) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = std::min(text.size(), pos + size);
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    out.push_back(text.substr(pos, end - pos));
    pos = end;
  }
  return out;
}

void StreamAnswer(http::http_request req, const std::string& answer) {
  concurrency::streams::producer_consumer_buffer<uint8_t> buffer;
  http::http_response reply(http::status_codes::OK);
  reply.headers().set_content_type("text/event-stream");
  reply.set_body(buffer.create_istream());
  req.reply(reply);
  auto put = [&buffer](const std::string& s) {
    buffer.putn_nocopy(reinterpret_cast<const uint8_t*>(s.data()), s.size()).wait();
    buffer.sync().wait();
  };
  // Small pieces, so placeholders are split across chunks the way real tokenisers split them.
  for (const std::string& piece : Pieces(answer, 5)) {
    nlohmann::json chunk = {
        {"id", "chatcmpl-test"},
        {"object", "chat.completion.chunk"},
        {"created", 1767225600},
        {"model", "fake"},
        {"choices", {{{"index", 0}, {"delta", {{"content", piece}}}, {"finish_reason", nullptr}}}}};
    put("data: " + chunk.dump() + "\n\n");
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  nlohmann::json last = {
      {"id", "chatcmpl-test"},
      {"object", "chat.completion.chunk"},
      {"created", 1767225600},
      {"model", "fake"},
      {"choices",
       {{{"index", 0}, {"delta", nlohmann::json::object()}, {"finish_reason", "stop"}}}}};
  put("data: " + last.dump() + "\n\n");
  put("data: [DONE]\n\n");
  buffer.close(std::ios_base::out).wait();
}

}  // namespace

FakeUpstream::FakeUpstream(int hang_seconds) : state_(std::make_shared<State>()) {
  state_->hang_seconds = hang_seconds;
  port_ = FindFreePort();
  state_->listener =
      std::make_unique<http_listener>(web::uri("http://127.0.0.1:" + std::to_string(port_)));
  std::weak_ptr<State> weak = state_;
  state_->listener->support([weak](http::http_request req) {
    auto state = weak.lock();
    if (!state) return;
    const std::string path = req.relative_uri().path();
    const std::string body_text = req.extract_string().get();
    ReceivedRequest r{path,
                      req.headers().has("Authorization") ? req.headers()["Authorization"] : "",
                      nlohmann::json::parse(body_text, nullptr, false)};
    {
      std::lock_guard lock(state->mu);
      state->received.push_back(r);
    }
    const std::string mode = path.substr(1, path.find('/', 1) - 1);
    if (mode == "hang") {
      std::this_thread::sleep_for(std::chrono::seconds(state->hang_seconds));
      req.reply(http::status_codes::OK, Completion("te laat").dump(), "application/json");
    } else if (mode == "500") {
      req.reply(http::status_codes::InternalError, "upstream broke", "text/plain");
    } else if (mode == "429" || mode == "400") {
      const int status = std::stoi(mode);
      nlohmann::json e = {{"error",
                           {{"message", "vendor says " + mode},
                            {"type", "vendor_error"},
                            {"code", "vendor_" + mode}}}};
      req.reply(static_cast<http::status_code>(status), e.dump(), "application/json");
    } else if (mode == "malformed") {
      req.reply(http::status_codes::OK, "<html>geen json</html>", "text/html");
    } else if (r.body.is_object() && r.body.value("stream", false)) {
      StreamAnswer(req, AnswerFor(LastContent(r.body)));
    } else if (r.body.is_object() && r.body.contains("tools")) {
      req.reply(http::status_codes::OK, ToolCallCompletion(LastContent(r.body)).dump(),
                "application/json");
    } else {
      req.reply(http::status_codes::OK, Completion(AnswerFor(LastContent(r.body))).dump(),
                "application/json");
    }
  });
  state_->listener->open().wait();
}

FakeUpstream::~FakeUpstream() {
  try {
    state_->listener->close().wait();
  } catch (const std::exception&) {
  }
}

std::string FakeUpstream::base_url(const std::string& mode) const {
  return "http://127.0.0.1:" + std::to_string(port_) + "/" + mode + "/v1";
}

std::vector<ReceivedRequest> FakeUpstream::received() const {
  std::lock_guard lock(state_->mu);
  return state_->received;
}

size_t FakeUpstream::count() const {
  std::lock_guard lock(state_->mu);
  return state_->received.size();
}

int ClosedPort() { return FindFreePort(); }

}  // namespace vermeld::testing
