// An organisation's AI policy: who to ask, which tools are approved for which data, how AI use is
// disclosed and what happens to personal data. Parsed from JSON (schema: docs/policy.schema.json).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace vermeld {

enum class DataClass { kPublic, kPersonal, kConfidential };
enum class OnSend { kInsert, kAsk, kOff };
enum class PersonalDataAction { kBlock, kPseudonymise };

struct Upstream {
  std::string base_url;      // https://..., or http:// to a loopback address only
  std::string api_key_env;   // name of the environment variable holding the key; may be empty
  int timeout_seconds = 60;  // the gateway cuts off an upstream that takes longer (1..600)
};

struct Tool {
  std::string id;
  std::string name;
  bool allowed = false;
  std::vector<DataClass> data;  // data classes this tool may receive
  std::vector<std::string> models;
  std::optional<Upstream> upstream;

  bool MayReceive(DataClass c) const;
};

struct Policy {
  std::string organization;
  std::string source;  // the policy document (and articles) this file follows
  std::string contact_name;
  std::string contact_email;
  std::string valid_from;   // YYYY-MM-DD
  std::string valid_until;  // YYYY-MM-DD, empty = open-ended
  std::vector<std::string> languages;
  std::string disclosure_template;  // contains "{tool}"
  OnSend on_send = OnSend::kAsk;
  std::vector<Tool> tools;
  PersonalDataAction personal_data_action = PersonalDataAction::kBlock;
  std::vector<std::string> personal_data_allow;
  std::vector<std::string> confidential_markers;  // extra markers on top of the built-in list

  // True when today (YYYY-MM-DD) lies after valid_until.
  bool ExpiredOn(std::string_view today) const;
  // The tool with this id, else the tool that lists this model, else the tool with this name;
  // nullptr when none.
  const Tool* FindTool(std::string_view id_or_model) const;
  // The disclosure line with {tool} filled in.
  std::string DisclosureLine(std::string_view tool_name) const;
};

// One problem found in a policy file, e.g. {"tools[2].upstream.base_url", "not a URL"}.
struct PolicyProblem {
  std::string path;
  std::string reason;
};

struct PolicyParseResult {
  std::optional<Policy> policy;  // set only when problems is empty
  std::vector<PolicyProblem> problems;
};

// Parses and validates policy JSON text. Syntax errors are reported with line and column.
PolicyParseResult ParsePolicy(std::string_view json_text);

// The built-in default policy: the standard Dutch line, no tool approved for personal data.
const Policy& DefaultPolicy();

// Today's date in UTC as YYYY-MM-DD.
std::string TodayUtc();

// Policy summary as it appears in answers: organization, valid_until, expired.
nlohmann::json PolicySummaryJson(const Policy& policy, std::string_view today);
// The policy as JSON (without secrets: the policy never holds keys, only variable names).
nlohmann::json PolicyToJson(const Policy& policy);

std::string_view ToString(DataClass c);

}  // namespace vermeld
