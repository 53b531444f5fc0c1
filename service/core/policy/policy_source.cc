#include "core/policy/policy_source.h"

#include <fstream>
#include <sstream>

namespace vermeld {

PolicyParseResult ParsePolicyFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {std::nullopt, {{path, "cannot read the file"}}};
  std::stringstream buf;
  buf << in.rdbuf();
  PolicyParseResult r = ParsePolicy(buf.str());
  for (auto& p : r.problems) p.path = path + ": " + p.path;
  return r;
}

PolicySource::PolicySource(std::string path) : path_(std::move(path)) {
  if (path_.empty()) current_ = std::make_shared<Policy>(DefaultPolicy());
}

std::vector<PolicyProblem> PolicySource::Reload() {
  if (path_.empty()) return {};
  PolicyParseResult r = ParsePolicyFile(path_);
  if (!r.policy) return r.problems;
  std::lock_guard lock(mu_);
  current_ = std::make_shared<const Policy>(std::move(*r.policy));
  return {};
}

std::shared_ptr<const Policy> PolicySource::Current() const {
  std::lock_guard lock(mu_);
  return current_;
}

}  // namespace vermeld
