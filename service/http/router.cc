#include "http/router.h"

#include <algorithm>
#include <cctype>
#include <iostream>
#include <set>

namespace vermeld {
namespace {

bool StartsWith(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

// Compares in time independent of where the strings differ, so the token cannot be guessed
// byte by byte from response times.
bool SameSecret(const std::string& a, const std::string& b) {
  if (a.size() != b.size() || a.empty()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

// "https://localhost:8443" -> "localhost:8443": the Host header a request to that origin carries.
std::string OriginHost(const std::string& origin) {
  const size_t scheme = origin.find("://");
  return scheme == std::string::npos ? origin : origin.substr(scheme + 3);
}

}  // namespace

Response JsonError(int status, const std::string& code, const std::string& message) {
  return Response::Json(status, {{"error", {{"code", code}, {"message", message}}}});
}

void Router::Add(std::string method, std::string path, Handler handler, RouteOptions options) {
  routes_.push_back({std::move(method), std::move(path), std::move(handler), options});
}

bool Router::Matches(const Route& route, const std::string& path) const {
  return route.options.prefix ? StartsWith(path, route.path) : path == route.path;
}

Response Router::Dispatch(const Request& request) const {
  const std::string origin = request.Header("origin");
  const auto& allowed = limits_.allowed_origins;
  // Classic Outlook's JavaScript-only runtime (the send check on Windows) sends its Origin with a
  // trailing slash ("https://localhost:8443/") and accepts only an exact echo of it.
  const std::string bare = origin.ends_with('/') ? origin.substr(0, origin.size() - 1) : origin;
  const bool origin_ok =
      origin.empty() || std::find(allowed.begin(), allowed.end(), bare) != allowed.end();
  // DNS rebinding: a page whose own name was re-pointed at 127.0.0.1 reaches us same-origin
  // (no Origin header on GET) but still sends its own name as Host.
  std::string host = request.Header("host");
  for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const bool host_ok =
      host.empty() || std::any_of(allowed.begin(), allowed.end(),
                                  [&](const auto& o) { return OriginHost(o) == host; });
  Response response;
  if (!host_ok) {
    response = JsonError(403, "host_not_allowed",
                         "vermeld answers only when addressed as localhost or 127.0.0.1");
  } else if (!origin_ok) {
    response = JsonError(
        403, "origin_not_allowed",
        "requests from " + origin + " are not allowed; only vermeld's own pages may call it");
  } else {
    response = Handle(request);
  }
  if (!origin.empty() && origin_ok) {
    response.headers["Access-Control-Allow-Origin"] = origin;
    response.headers["Vary"] = "Origin";
  }
  response.headers["X-Content-Type-Options"] = "nosniff";
  return response;
}

Response Router::Handle(const Request& request) const {
  std::set<std::string> methods;
  const Route* route = nullptr;
  for (const Route& r : routes_) {
    if (!Matches(r, request.path)) continue;
    methods.insert(r.method);
    if (r.method == request.method || (r.method == "GET" && request.method == "HEAD")) {
      route = route ? route : &r;
    }
  }
  if (methods.empty()) {
    return JsonError(404, "not_found", "no route " + request.method + " " + request.path);
  }
  if (request.method == "OPTIONS") {  // CORS preflight (the Outlook JavaScript runtime sends one)
    Response r;
    r.status = 204;
    std::string allow;
    for (const auto& m : methods) allow += (allow.empty() ? "" : ", ") + m;
    r.headers["Access-Control-Allow-Methods"] = allow + ", OPTIONS";
    r.headers["Access-Control-Allow-Headers"] = "Content-Type, Authorization";
    r.headers["Access-Control-Max-Age"] = "600";
    return r;
  }
  if (!route) {
    Response r =
        JsonError(405, "method_not_allowed", request.method + " is not allowed on " + request.path);
    std::string allow;
    for (const auto& m : methods) allow += (allow.empty() ? "" : ", ") + m;
    r.headers["Allow"] = allow;
    return r;
  }
  if (request.body.size() > limits_.max_body_bytes) {
    return JsonError(413, "body_too_large",
                     "request body has " + std::to_string(request.body.size()) +
                         " bytes; the limit is " + std::to_string(limits_.max_body_bytes));
  }
  if (route->options.json_body) {
    const std::string type = request.Header("content-type");
    if (!StartsWith(type, "application/json")) {
      return JsonError(415, "unsupported_media_type",
                       "send the body as application/json (got " +
                           (type.empty() ? std::string("no Content-Type") : type) + ")");
    }
  }
  if (route->options.needs_token) {
    std::string given = request.Header("authorization");
    given = StartsWith(given, "Bearer ") ? given.substr(7) : "";
    if (given.empty()) {
      auto it = request.query.find("token");
      if (it != request.query.end()) given = it->second;
    }
    if (!SameSecret(given, limits_.token)) {
      return JsonError(401, "token_required",
                       "this route needs the local token (the file 'token' in vermeld's data "
                       "directory) as 'Authorization: Bearer <token>' or ?token=");
    }
  }
  try {
    return route->handler(request);
  } catch (const HttpError& e) {
    return JsonError(e.status(), e.code(), e.what());
  } catch (const std::exception& e) {
    // The log gets the cause (our exceptions name files, never draft text); the client gets no
    // details.
    std::cerr << "vermeld: " << request.method << " " << request.path << " failed: " << e.what()
              << "\n";
    return JsonError(500, "internal_error", "vermeld could not handle this request; see its log");
  }
}

}  // namespace vermeld
