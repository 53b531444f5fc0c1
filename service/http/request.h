// Plain request/response values that route handlers see: no cpprestsdk types, so handlers are
// testable without a socket and the HTTP library stays behind listener.cc.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace vermeld {

struct Request {
  std::string method;                          // "GET", "POST", ...
  std::string path;                            // decoded path without query
  std::map<std::string, std::string> query;    // decoded query parameters
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;

  std::string Header(const std::string& lower_name) const {
    auto it = headers.find(lower_name);
    return it == headers.end() ? "" : it->second;
  }
};

// A streamed body: the producer writes chunks through `write` until it returns; a false from
// `write` means the client went away.
using StreamProducer = std::function<void(const std::function<bool(const std::string&)>& write)>;

struct Response {
  int status = 200;
  std::map<std::string, std::string> headers;
  std::string body;
  StreamProducer stream;  // when set, sent chunk by chunk instead of body

  static Response Json(int status, const nlohmann::json& body);
  static Response Text(int status, std::string content_type, std::string body);
};

// Thrown by handlers for client errors; the router turns it into
// {"error": {"code": code, "message": message}} with the given status.
class HttpError : public std::runtime_error {
 public:
  HttpError(int status, std::string code, const std::string& message)
      : std::runtime_error(message), status_(status), code_(std::move(code)) {}
  int status() const { return status_; }
  const std::string& code() const { return code_; }

 private:
  int status_;
  std::string code_;
};

// Parses the body as a JSON object; throws HttpError 400 naming the position of a syntax error.
nlohmann::json ParseJsonBody(const Request& request);

// Reads a string field; throws HttpError 400 when it is missing (if required) or not a string.
std::string StringField(const nlohmann::json& body, const char* name, bool required,
                        const std::string& fallback = "");

}  // namespace vermeld
