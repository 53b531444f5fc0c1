// Checks on upstream URLs: HTTPS anywhere, plain HTTP only to this machine.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vermeld {

struct ParsedUrl {
  std::string scheme;  // lower case
  std::string host;    // without brackets for IPv6
  int port = 0;        // 0 when absent
  std::string path;    // starts with '/' or is empty
};

std::optional<ParsedUrl> ParseUrl(std::string_view url);
bool IsLoopbackHost(std::string_view host);
// nullopt when the URL may be used as an upstream; otherwise the reason it may not.
std::optional<std::string> CheckUpstreamUrl(std::string_view url);

}  // namespace vermeld
