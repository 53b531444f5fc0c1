// What the gateway does with one chat request, decided before anything leaves the machine:
// forward it, forward it pseudonymised, or block it with an OpenAI-shaped error whose Dutch
// message says what was wrong, where, and whom to ask. Precedence: policy_expired,
// tool_not_allowed, confidential, personal_data. Pure: no I/O, so every rule is unit-tested.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/detect/confidential.h"
#include "core/detect/finding.h"
#include "core/policy/policy.h"
#include "gateway/chat_messages.h"

namespace vermeld {

// One text piece of the request and what the core found in it (UTF-8 byte offsets).
struct CheckedText {
  MessageText piece;
  std::vector<Finding> personal_data;
  std::vector<ConfidentialFinding> confidential;
};

struct GatewayRequestFacts {
  std::string model;           // as the client sent it
  const Tool* tool = nullptr;  // policy.FindTool(model); null when unknown
  std::vector<CheckedText> texts;
  bool pseudonymise_requested = true;  // vermeld.pseudonymise; absent = true
};

struct GatewayDecision {
  enum class Kind { kForward, kPseudonymise, kBlock };
  Kind kind = Kind::kForward;
  std::string reason;                         // for kBlock: the error code
  nlohmann::json error;                       // for kBlock: {"error": {...}} (status 403)
  std::map<std::string, int> finding_counts;  // entity type -> count, for the audit
};

GatewayDecision DecideGatewayRequest(const Policy& policy, const GatewayRequestFacts& facts,
                                     std::string_view today);

}  // namespace vermeld
