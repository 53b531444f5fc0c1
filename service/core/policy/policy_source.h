// Where the active policy comes from (a file, or the built-in default) and the thread-safe
// handle every request reads it through. A reload that fails keeps the last good policy.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/policy/policy.h"

namespace vermeld {

class PolicySource {
 public:
  // Empty path = the built-in default policy.
  explicit PolicySource(std::string path);

  // Reads and validates the file. On success the new policy becomes current and the result is
  // empty; on failure the previous policy stays current and the problems are returned (with the
  // file name in each path).
  std::vector<PolicyProblem> Reload();

  std::shared_ptr<const Policy> Current() const;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  mutable std::mutex mu_;
  std::shared_ptr<const Policy> current_;
};

// Reads a policy file; problems carry the file name (for `vermeld policy check`).
PolicyParseResult ParsePolicyFile(const std::string& path);

}  // namespace vermeld
