// Sends a chat-completions body to a tool's upstream (base_url + "/chat/completions") with
// cpprestsdk's http_client, the API key read from the environment at request time. Failures come
// back as UpstreamError with a Dutch message that never holds the key or the request text.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>

#include <cpprest/http_client.h>

#include "core/policy/policy.h"

namespace vermeld {

class UpstreamError : public std::runtime_error {
 public:
  // status: 502 (refused, 5xx, malformed, key missing) or 504 (timed out); reason: a short
  // audit word such as "timeout", "refused", "status_503", "malformed", "api_key_missing".
  UpstreamError(int status, std::string reason, const std::string& message)
      : std::runtime_error(message), status_(status), reason_(std::move(reason)) {}
  int status() const { return status_; }
  const std::string& reason() const { return reason_; }

 private:
  int status_;
  std::string reason_;
};

class UpstreamClients {
 public:
  // Sends `body` and returns once the status line and headers are in; the body may still be
  // arriving (read it as a stream for SSE). A 5xx becomes UpstreamError; a 4xx is returned.
  web::http::http_response Send(const Tool& tool, const std::string& body, bool stream);

  // Reads the whole body of a response returned by Send (for non-streamed answers).
  static std::string ReadBody(const web::http::http_response& response, const Tool& tool);

  // Reads the next piece of a streamed body; empty at the end. Throws UpstreamError.
  static std::string ReadSome(const web::http::http_response& response, const Tool& tool);

 private:
  // The client for this upstream; a new one (with an empty connection pool) when the current one
  // is `stale`. Requests in flight keep the client they started with.
  std::shared_ptr<web::http::client::http_client> Client(
      const Upstream& upstream, const web::http::client::http_client* stale);

  std::mutex mu_;
  // One client (and so one connection pool) per upstream URL and timeout.
  std::map<std::string, std::shared_ptr<web::http::client::http_client>> clients_;
};

}  // namespace vermeld
