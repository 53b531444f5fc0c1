#include <iostream>

#include "cli/commands.h"
#include "core/policy/policy_source.h"

namespace vermeld::cli {

int RunPolicy(const Args& args) {
  if (args.size() != 2 || args[0] != "check") {
    std::cerr << "usage: vermeld policy check FILE\n";
    return 2;
  }
  const PolicyParseResult r = ParsePolicyFile(args[1]);
  if (!r.policy) {
    for (const auto& p : r.problems) std::cerr << p.path << ": " << p.reason << "\n";
    std::cerr << r.problems.size() << (r.problems.size() == 1 ? " problem" : " problems") << " in "
              << args[1] << "\n";
    return 1;
  }
  std::cout << args[1] << ": valid policy of " << r.policy->organization;
  if (r.policy->ExpiredOn(TodayUtc())) std::cout << " (EXPIRED on " << r.policy->valid_until << ")";
  std::cout << "\n";
  return 0;
}

}  // namespace vermeld::cli
