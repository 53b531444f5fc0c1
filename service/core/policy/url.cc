#include "core/policy/url.h"

#include <algorithm>
#include <cctype>

namespace vermeld {

std::optional<ParsedUrl> ParseUrl(std::string_view url) {
  const auto sep = url.find("://");
  if (sep == std::string_view::npos || sep == 0) return std::nullopt;
  ParsedUrl out;
  out.scheme = std::string(url.substr(0, sep));
  std::transform(out.scheme.begin(), out.scheme.end(), out.scheme.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  if (!std::all_of(out.scheme.begin(), out.scheme.end(),
                   [](unsigned char c) { return std::isalpha(c); })) {
    return std::nullopt;
  }
  std::string_view rest = url.substr(sep + 3);
  const auto slash = rest.find('/');
  std::string_view authority = rest.substr(0, slash);
  out.path = slash == std::string_view::npos ? "" : std::string(rest.substr(slash));
  if (authority.find('@') != std::string_view::npos) return std::nullopt;  // no credentials in URLs
  std::string_view port;
  if (!authority.empty() && authority.front() == '[') {
    const auto close = authority.find(']');
    if (close == std::string_view::npos) return std::nullopt;
    out.host = std::string(authority.substr(1, close - 1));
    if (close + 1 < authority.size()) {
      if (authority[close + 1] != ':') return std::nullopt;
      port = authority.substr(close + 2);
    }
  } else {
    const auto colon = authority.find(':');
    out.host = std::string(authority.substr(0, colon));
    if (colon != std::string_view::npos) port = authority.substr(colon + 1);
  }
  if (out.host.empty()) return std::nullopt;
  for (unsigned char c : out.host) {
    if (!(std::isalnum(c) || c == '.' || c == '-' || c == ':' || c == '_')) return std::nullopt;
  }
  if (!port.empty()) {
    if (port.size() > 5 ||
        !std::all_of(port.begin(), port.end(), [](unsigned char c) { return std::isdigit(c); })) {
      return std::nullopt;
    }
    out.port = std::stoi(std::string(port));
    if (out.port < 1 || out.port > 65535) return std::nullopt;
  }
  return out;
}

bool IsLoopbackHost(std::string_view host) {
  if (host == "localhost" || host == "::1") return true;
  // 127.0.0.0/8, written as a dotted IPv4 literal (not a name that merely starts with "127.").
  if (host.rfind("127.", 0) != 0) return false;
  int parts = 1;
  for (char c : host) {
    if (c == '.') {
      ++parts;
    } else if (c < '0' || c > '9') {
      return false;
    }
  }
  return parts == 4 && host.back() != '.' && host.find("..") == std::string_view::npos;
}

std::optional<std::string> CheckUpstreamUrl(std::string_view url) {
  const auto parsed = ParseUrl(url);
  if (!parsed) return "not a URL";
  if (parsed->scheme == "https") return std::nullopt;
  if (parsed->scheme == "http") {
    if (IsLoopbackHost(parsed->host)) return std::nullopt;
    return "plain http is only allowed to a loopback address (127.0.0.1, ::1, localhost); use "
           "https";
  }
  return "scheme must be https (or http to a loopback address)";
}

}  // namespace vermeld
