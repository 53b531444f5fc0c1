// A real HTTP server on loopback that plays an AI vendor's chat-completions API for the gateway
// tests, and records every request it receives. The first path segment picks the behaviour, so
// one policy can point several tools at it: /normal (JSON, or SSE when the body asks to stream;
// the answer echoes the last message), /hang (answers only after `hang_seconds`), /500, /429,
// /400 and /malformed.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace vermeld::testing {

struct ReceivedRequest {
  std::string path;
  std::string authorization;
  nlohmann::json body;
};

class FakeUpstream {
 public:
  explicit FakeUpstream(int hang_seconds = 4);
  ~FakeUpstream();

  std::string base_url(const std::string& mode) const;  // http://127.0.0.1:PORT/<mode>/v1
  std::vector<ReceivedRequest> received() const;
  size_t count() const;

  // The answer text /normal gives for a request whose last message content is `content`.
  static std::string AnswerFor(const std::string& content);

 private:
  struct State;
  std::shared_ptr<State> state_;
  int port_ = 0;
};

// A loopback port where nothing listens.
int ClosedPort();

}  // namespace vermeld::testing
