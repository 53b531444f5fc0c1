// ParsePolicy on hostile JSON: no crash, problems or a policy (never both, never neither), and a
// parsed policy survives a round trip through PolicyToJson unchanged.
#include <cstdint>
#include <string_view>

#include "core/policy/policy.h"
#include "fuzz_check.h"

using vermeld::fuzz::Check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  const vermeld::PolicyParseResult r = vermeld::ParsePolicy(json);
  Check(r.policy.has_value() != !r.problems.empty(), "either a policy or its problems");
  if (!r.policy) return 0;
  const auto dumped = vermeld::PolicyToJson(*r.policy);
  const vermeld::PolicyParseResult again = vermeld::ParsePolicy(dumped.dump());
  Check(again.policy.has_value(), "a parsed policy, written out, parses again");
  Check(vermeld::PolicyToJson(*again.policy) == dumped, "the round trip changes nothing");
  return 0;
}
