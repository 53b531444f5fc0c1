#include "core/policy/policy.h"

#include <algorithm>
#include <ctime>
#include <set>

#include "core/policy/url.h"
#include "core/text/json_numbers.h"

namespace vermeld {
namespace {

using nlohmann::json;

// Walks a JSON document and collects problems with their paths, so that one run of
// `vermeld policy check` reports every mistake at once.
class Reader {
 public:
  explicit Reader(std::vector<PolicyProblem>& problems) : problems_(problems) {}

  void Problem(const std::string& path, std::string reason) {
    problems_.push_back({path, std::move(reason)});
  }

  void KnownKeys(const json& obj, const std::string& path, std::set<std::string> known) {
    for (const auto& [key, _] : obj.items()) {
      if (!known.count(key)) Problem(Join(path, key), "unknown field");
    }
  }

  const json* Field(const json& obj, const std::string& path, const char* key, bool required) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) {
      if (required) Problem(Join(path, key), "required field is missing");
      return nullptr;
    }
    return &*it;
  }

  std::string String(const json& obj, const std::string& path, const char* key, bool required) {
    const json* v = Field(obj, path, key, required);
    if (!v) return {};
    if (!v->is_string()) {
      Problem(Join(path, key), "must be a string");
      return {};
    }
    std::string s = v->get<std::string>();
    if (required && s.empty()) Problem(Join(path, key), "must not be empty");
    return s;
  }

  std::vector<std::string> Strings(const json& obj, const std::string& path, const char* key,
                                   bool required) {
    std::vector<std::string> out;
    const json* v = Field(obj, path, key, required);
    if (!v) return out;
    if (!v->is_array()) {
      Problem(Join(path, key), "must be an array of strings");
      return out;
    }
    for (size_t i = 0; i < v->size(); ++i) {
      if (!(*v)[i].is_string() || (*v)[i].get<std::string>().empty()) {
        Problem(Join(path, key) + "[" + std::to_string(i) + "]", "must be a non-empty string");
      } else {
        out.push_back((*v)[i].get<std::string>());
      }
    }
    return out;
  }

  const json* Object(const json& obj, const std::string& path, const char* key, bool required) {
    const json* v = Field(obj, path, key, required);
    if (v && !v->is_object()) {
      Problem(Join(path, key), "must be an object");
      return nullptr;
    }
    return v;
  }

  static std::string Join(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
  }

 private:
  std::vector<PolicyProblem>& problems_;
};

bool IsIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  const int year = std::stoi(s.substr(0, 4));
  const int month = std::stoi(s.substr(5, 2));
  const int day = std::stoi(s.substr(8, 2));
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

bool IsEmail(const std::string& s) {
  const auto at = s.find('@');
  return at != std::string::npos && at > 0 && s.find('.', at) != std::string::npos &&
         s.find(' ') == std::string::npos && s.back() != '.';
}

std::optional<DataClass> ParseDataClass(const std::string& s) {
  if (s == "public") return DataClass::kPublic;
  if (s == "personal") return DataClass::kPersonal;
  if (s == "confidential") return DataClass::kConfidential;
  return std::nullopt;
}

Tool ReadTool(Reader& r, const json& t, const std::string& path) {
  Tool tool;
  r.KnownKeys(t, path, {"id", "name", "allowed", "data", "models", "upstream", "note"});
  tool.id = r.String(t, path, "id", true);
  tool.name = r.String(t, path, "name", true);
  if (const json* a = r.Field(t, path, "allowed", true)) {
    if (a->is_boolean()) {
      tool.allowed = a->get<bool>();
    } else {
      r.Problem(path + ".allowed", "must be true or false");
    }
  }
  const auto data = r.Strings(t, path, "data", false);
  for (size_t i = 0; i < data.size(); ++i) {
    if (auto c = ParseDataClass(data[i])) {
      tool.data.push_back(*c);
    } else {
      r.Problem(
          path + ".data[" + std::to_string(i) + "]",
          "unknown data class \"" + data[i] + "\" (expected public, personal or confidential)");
    }
  }
  tool.models = r.Strings(t, path, "models", false);
  r.String(t, path, "note", false);  // free text for the policy's readers
  if (const json* u = r.Object(t, path, "upstream", false)) {
    const std::string up = path + ".upstream";
    r.KnownKeys(*u, up, {"base_url", "api_key_env", "timeout_seconds"});
    Upstream upstream;
    upstream.base_url = r.String(*u, up, "base_url", true);
    upstream.api_key_env = r.String(*u, up, "api_key_env", false);
    if (const json* s = r.Field(*u, up, "timeout_seconds", false)) {
      if (s->is_number_integer() && *s >= 1 && *s <= 600) {
        upstream.timeout_seconds = s->get<int>();
      } else {
        r.Problem(up + ".timeout_seconds", "must be a whole number of seconds from 1 to 600");
      }
    }
    if (!upstream.base_url.empty()) {
      if (auto why = CheckUpstreamUrl(upstream.base_url)) r.Problem(up + ".base_url", *why);
    }
    tool.upstream = upstream;
  }
  return tool;
}

}  // namespace

bool Tool::MayReceive(DataClass c) const {
  return allowed && std::find(data.begin(), data.end(), c) != data.end();
}

bool Policy::ExpiredOn(std::string_view today) const {
  return !valid_until.empty() && today > valid_until;
}

const Tool* Policy::FindTool(std::string_view id_or_model) const {
  for (const Tool& t : tools) {
    if (t.id == id_or_model) return &t;
  }
  for (const Tool& t : tools) {
    if (std::find(t.models.begin(), t.models.end(), id_or_model) != t.models.end()) return &t;
  }
  for (const Tool& t : tools) {
    if (t.name == id_or_model) return &t;
  }
  return nullptr;
}

std::string Policy::DisclosureLine(std::string_view tool_name) const {
  std::string line = disclosure_template;
  const auto slot = line.find("{tool}");
  if (slot != std::string::npos) line.replace(slot, 6, tool_name);
  return line;
}

namespace {

// "line 3, column 14" for a byte offset, so the author can find the spot.
std::string LineColumn(std::string_view text, size_t offset) {
  size_t line = 1, col = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(col);
}

}  // namespace

PolicyParseResult ParsePolicy(std::string_view text) {
  PolicyParseResult result;
  json doc;
  try {
    doc = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    const auto pos = what.find("parse error");
    result.problems.push_back(
        {LineColumn(text, e.byte > 0 ? e.byte - 1 : 0),
         "invalid JSON: " + (pos == std::string::npos ? what : what.substr(pos))});
    return result;
  } catch (const json::out_of_range&) {  // a number beyond a double: "1e999"
    result.problems.push_back({LineColumn(text, FindOutOfRangeNumber(text).value_or(0)),
                               "invalid JSON: a number too large for a double"});
    return result;
  }
  auto& problems = result.problems;
  Reader r(problems);
  if (!doc.is_object()) {
    problems.push_back({"$", "a policy must be a JSON object"});
    return result;
  }
  Policy p;
  r.KnownKeys(doc, "",
              {"$schema", "organization", "source", "contact", "valid_from", "valid_until",
               "languages", "disclosure", "tools", "personal_data", "confidential"});
  p.organization = r.String(doc, "", "organization", true);
  p.source = r.String(doc, "", "source", false);
  if (const json* c = r.Object(doc, "", "contact", true)) {
    r.KnownKeys(*c, "contact", {"name", "email", "phone"});
    p.contact_name = r.String(*c, "contact", "name", true);
    p.contact_email = r.String(*c, "contact", "email", true);
    r.String(*c, "contact", "phone", false);  // optional, shown to users as given
    if (!p.contact_email.empty() && !IsEmail(p.contact_email)) {
      r.Problem("contact.email", "not an e-mail address");
    }
  }
  p.valid_from = r.String(doc, "", "valid_from", true);
  if (!p.valid_from.empty() && !IsIsoDate(p.valid_from)) {
    r.Problem("valid_from", "not a date (expected YYYY-MM-DD)");
  }
  p.valid_until = r.String(doc, "", "valid_until", false);
  if (!p.valid_until.empty()) {
    if (!IsIsoDate(p.valid_until)) {
      r.Problem("valid_until", "not a date (expected YYYY-MM-DD)");
    } else if (IsIsoDate(p.valid_from) && p.valid_until < p.valid_from) {
      r.Problem("valid_until", "lies before valid_from");
    }
  }
  p.languages = r.Strings(doc, "", "languages", false);
  if (p.languages.empty()) p.languages = {"nl-BE"};
  if (const json* d = r.Object(doc, "", "disclosure", true)) {
    r.KnownKeys(*d, "disclosure", {"template", "on_send"});
    p.disclosure_template = r.String(*d, "disclosure", "template", true);
    if (!p.disclosure_template.empty() &&
        p.disclosure_template.find("{tool}") == std::string::npos) {
      r.Problem("disclosure.template", "must contain the {tool} slot");
    }
    const std::string on_send = r.String(*d, "disclosure", "on_send", false);
    if (on_send == "insert") {
      p.on_send = OnSend::kInsert;
    } else if (on_send == "ask" || on_send.empty()) {
      p.on_send = OnSend::kAsk;
    } else if (on_send == "off") {
      p.on_send = OnSend::kOff;
    } else {
      r.Problem("disclosure.on_send", "must be insert, ask or off");
    }
  }
  if (const json* tools = r.Field(doc, "", "tools", true)) {
    if (!tools->is_array()) {
      r.Problem("tools", "must be an array");
    } else {
      std::set<std::string> ids;
      for (size_t i = 0; i < tools->size(); ++i) {
        const std::string path = "tools[" + std::to_string(i) + "]";
        if (!(*tools)[i].is_object()) {
          r.Problem(path, "must be an object");
          continue;
        }
        Tool t = ReadTool(r, (*tools)[i], path);
        if (!t.id.empty() && !ids.insert(t.id).second) r.Problem(path + ".id", "duplicate id");
        p.tools.push_back(std::move(t));
      }
    }
  }
  if (const json* pd = r.Object(doc, "", "personal_data", false)) {
    r.KnownKeys(*pd, "personal_data", {"action", "allow"});
    const std::string action = r.String(*pd, "personal_data", "action", false);
    if (action == "pseudonymise") {
      p.personal_data_action = PersonalDataAction::kPseudonymise;
    } else if (!action.empty() && action != "block") {
      r.Problem("personal_data.action", "must be block or pseudonymise");
    }
    p.personal_data_allow = r.Strings(*pd, "personal_data", "allow", false);
  }
  if (const json* c = r.Object(doc, "", "confidential", false)) {
    r.KnownKeys(*c, "confidential", {"markers"});
    p.confidential_markers = r.Strings(*c, "confidential", "markers", false);
  }
  if (problems.empty()) result.policy = std::move(p);
  return result;
}

std::string TodayUtc() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[11];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

std::string_view ToString(DataClass c) {
  switch (c) {
    case DataClass::kPublic:
      return "public";
    case DataClass::kPersonal:
      return "personal";
    case DataClass::kConfidential:
      return "confidential";
  }
  return "public";
}

nlohmann::json PolicySummaryJson(const Policy& p, std::string_view today) {
  return {{"organization", p.organization},
          {"valid_until", p.valid_until.empty() ? json(nullptr) : json(p.valid_until)},
          {"expired", p.ExpiredOn(today)}};
}

nlohmann::json PolicyToJson(const Policy& p) {
  static constexpr const char* kOnSend[] = {"insert", "ask", "off"};
  json tools = json::array();
  for (const Tool& t : p.tools) {
    json data = json::array();
    for (DataClass c : t.data) data.push_back(ToString(c));
    json tool = {{"id", t.id},
                 {"name", t.name},
                 {"allowed", t.allowed},
                 {"data", data},
                 {"models", t.models}};
    if (t.upstream) {
      tool["upstream"] = {{"base_url", t.upstream->base_url},
                          {"api_key_env", t.upstream->api_key_env},
                          {"timeout_seconds", t.upstream->timeout_seconds}};
    }
    tools.push_back(tool);
  }
  return {
      {"organization", p.organization},
      {"source", p.source},
      {"contact", {{"name", p.contact_name}, {"email", p.contact_email}}},
      {"valid_from", p.valid_from},
      {"valid_until", p.valid_until},
      {"languages", p.languages},
      {"disclosure",
       {{"template", p.disclosure_template}, {"on_send", kOnSend[static_cast<int>(p.on_send)]}}},
      {"tools", tools},
      {"personal_data",
       {{"action", p.personal_data_action == PersonalDataAction::kBlock ? "block" : "pseudonymise"},
        {"allow", p.personal_data_allow}}},
      {"confidential", {{"markers", p.confidential_markers}}}};
}

}  // namespace vermeld
