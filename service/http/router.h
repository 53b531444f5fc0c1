// Maps (method, path) to handlers and applies the rules every route shares: the Host check
// (a Host header must name an allowed origin's host: DNS rebinding), the Origin check
// (no wildcard CORS), CORS preflight answers, JSON content type, body size limit, the local token
// for DPO-only routes, and JSON error answers. Handlers never see a request that broke a rule.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "http/request.h"

namespace vermeld {

using Handler = std::function<Response(const Request&)>;

struct RouteOptions {
  bool json_body = false;    // POST body must be application/json
  bool needs_token = false;  // Authorization: Bearer <token> or ?token=
  bool prefix = false;       // path is a prefix ("/addin/")
};

struct RouterLimits {
  // A draft of up to 2 MiB plus room for its JSON envelope and escapes.
  size_t max_body_bytes = 2 * 1024 * 1024 + 64 * 1024;
  std::vector<std::string> allowed_origins;  // e.g. https://localhost:8443
  std::string token;                         // the local token from the data dir
};

class Router {
 public:
  explicit Router(RouterLimits limits) : limits_(std::move(limits)) {}

  void Add(std::string method, std::string path, Handler handler, RouteOptions options = {});
  Response Dispatch(const Request& request) const;
  const RouterLimits& limits() const { return limits_; }

 private:
  struct Route {
    std::string method;
    std::string path;
    Handler handler;
    RouteOptions options;
  };
  bool Matches(const Route& route, const std::string& path) const;
  Response Handle(const Request& request) const;

  RouterLimits limits_;
  std::vector<Route> routes_;
};

// {"error": {"code": code, "message": message}}
Response JsonError(int status, const std::string& code, const std::string& message);

}  // namespace vermeld
