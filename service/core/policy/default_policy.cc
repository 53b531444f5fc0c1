// The policy compiled into the binary, so `vermeld serve` works without a policy file.
#include <stdexcept>

#include "core/policy/policy.h"

namespace vermeld {
namespace {

constexpr const char* kDefaultPolicy = R"json({
  "organization": "vermeld (standaardbeleid)",
  "source": "built-in default; disclosure line from the Flemish model policy (seeds/000, art. 4.3)",
  "contact": {"name": "Functionaris voor gegevensbescherming", "email": "dpo@example.org"},
  "valid_from": "2025-01-01",
  "languages": ["nl-BE", "fr-BE", "en"],
  "disclosure": {
    "template": "Een deel van deze inhoud is opgesteld met behulp van {tool}. Alle feiten, cijfers en verklaringen zijn door de schrijver gecontroleerd op juistheid.",
    "on_send": "ask"
  },
  "tools": [
    {"id": "chatgpt", "name": "ChatGPT", "allowed": true, "data": ["public"],
     "models": ["gpt-4o", "gpt-4o-mini"],
     "upstream": {"base_url": "https://api.openai.com/v1", "api_key_env": "OPENAI_API_KEY"}},
    {"id": "copilot", "name": "Microsoft Copilot", "allowed": true, "data": ["public"]},
    {"id": "gemini", "name": "Gemini", "allowed": true, "data": ["public"]},
    {"id": "deepseek", "name": "DeepSeek", "allowed": false, "data": []}
  ],
  "personal_data": {"action": "block", "allow": []}
})json";

}  // namespace

const Policy& DefaultPolicy() {
  static const Policy policy = [] {
    PolicyParseResult r = ParsePolicy(kDefaultPolicy);
    if (!r.policy) throw std::logic_error("built-in default policy is invalid");
    return *r.policy;
  }();
  return policy;
}

}  // namespace vermeld
