// docs/policy.schema.json must describe what ParsePolicy accepts: the same fields, the same
// required fields, the same enum values and patterns that agree with the parser's checks.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <re2/re2.h>

#include "core/policy/policy.h"

namespace vermeld {
namespace {

using nlohmann::json;

json LoadSchema() {
  const char* root = std::getenv("VERMELD_SOURCE_DIR");
  std::ifstream in(std::filesystem::path(root ? root : ".") / "docs" / "policy.schema.json");
  return json::parse(in);
}

// A valid policy that uses every field.
json FullPolicy() {
  return json::parse(R"({
    "$schema": "policy.schema.json", "organization": "O", "source": "s",
    "contact": {"name": "N", "email": "dpo@o.be", "phone": "02 000 00 00"},
    "valid_from": "2025-01-01", "valid_until": "2026-01-01", "languages": ["nl-BE"],
    "disclosure": {"template": "Met {tool}.", "on_send": "ask"},
    "tools": [{"id": "t", "name": "T", "allowed": true, "data": ["public"], "models": ["m"],
               "upstream": {"base_url": "https://api.o.be/v1", "api_key_env": "K", "timeout_seconds": 30},
               "note": "n"}],
    "personal_data": {"action": "block", "allow": ["a"]},
    "confidential": {"markers": ["m"]}
  })");
}

bool HasProblem(const json& doc, const std::string& path, const std::string& reason) {
  for (const PolicyProblem& p : ParsePolicy(doc.dump()).problems) {
    if (p.path == path && p.reason == reason) return true;
  }
  return false;
}

bool Accepted(const json& doc) { return ParsePolicy(doc.dump()).problems.empty(); }

struct ObjectProbe {
  const char* schema;  // JSON pointer into the schema
  const char* doc;     // JSON pointer into FullPolicy()
  const char* path;    // how the parser names fields of this object
};

constexpr ObjectProbe kObjects[] = {
    {"", "", ""},
    {"/properties/contact", "/contact", "contact."},
    {"/properties/disclosure", "/disclosure", "disclosure."},
    {"/properties/tools/items", "/tools/0", "tools[0]."},
    {"/properties/tools/items/properties/upstream", "/tools/0/upstream", "tools[0].upstream."},
    {"/properties/personal_data", "/personal_data", "personal_data."},
    {"/properties/confidential", "/confidential", "confidential."},
};

TEST(PolicySchema, IsADraft2020Schema) {
  const json schema = LoadSchema();
  EXPECT_EQ(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
  EXPECT_TRUE(Accepted(FullPolicy()));
}

TEST(PolicySchema, FieldsAndRequiredFieldsMatchTheParser) {
  const json schema = LoadSchema();
  for (const ObjectProbe& o : kObjects) {
    SCOPED_TRACE(o.path);
    const json& object_schema = schema.at(json::json_pointer(o.schema));
    EXPECT_EQ(object_schema.value("additionalProperties", true), false);
    const json required = object_schema.value("required", json::array());
    const json& fields = object_schema.at("properties");
    // Every field the full policy uses is in the schema...
    const json full = FullPolicy();
    for (const auto& [key, _] : full.at(json::json_pointer(o.doc)).items()) {
      EXPECT_TRUE(fields.contains(key)) << key;
    }
    for (const auto& [key, _] : fields.items()) {
      const bool is_required = std::find(required.begin(), required.end(), key) != required.end();
      // ...and every schema field is known to the parser, required exactly when the schema says so.
      json doc = FullPolicy();
      ASSERT_TRUE(doc.at(json::json_pointer(o.doc)).contains(key)) << key;
      doc.at(json::json_pointer(o.doc)).erase(key);
      if (is_required) {
        EXPECT_TRUE(HasProblem(doc, o.path + key, "required field is missing")) << key;
      } else {
        EXPECT_TRUE(Accepted(doc)) << key;
      }
      doc.at(json::json_pointer(o.doc))[key] = 1234;  // wrong type, but a known name
      EXPECT_FALSE(HasProblem(doc, o.path + key, "unknown field")) << key;
    }
    json doc = FullPolicy();
    doc.at(json::json_pointer(o.doc))["not_in_schema"] = 1;
    EXPECT_TRUE(HasProblem(doc, std::string(o.path) + "not_in_schema", "unknown field"));
  }
}

TEST(PolicySchema, EnumsMatchTheParser) {
  const json schema = LoadSchema();
  struct EnumProbe {
    const char* schema;
    const char* doc;
  } probes[] = {
      {"/properties/disclosure/properties/on_send/enum", "/disclosure/on_send"},
      {"/properties/personal_data/properties/action/enum", "/personal_data/action"},
      {"/properties/tools/items/properties/data/items/enum", "/tools/0/data/0"},
  };
  for (const EnumProbe& e : probes) {
    const json& values = schema.at(json::json_pointer(e.schema));
    for (const std::string candidate : {"insert", "ask", "off", "block", "pseudonymise", "public",
                                        "personal", "confidential", "Insert", "never", "secret"}) {
      json doc = FullPolicy();
      doc.at(json::json_pointer(e.doc)) = candidate;
      const bool in_enum = std::find(values.begin(), values.end(), candidate) != values.end();
      EXPECT_EQ(Accepted(doc), in_enum) << e.doc << " = " << candidate;
    }
  }
}

// Patterns are ECMA-262 regexes; these use only syntax that RE2 reads the same way.
TEST(PolicySchema, PatternsMatchTheParser) {
  const json schema = LoadSchema();
  struct PatternProbe {
    const char* schema;
    const char* doc;
    std::vector<std::string> candidates;
  } probes[] = {
      {"/properties/contact/properties/email/pattern",
       "/contact/email",
       {"dpo@o.be", "a@b.c", "x.y@sub.o.be", "@o.be", "dpo", "dpo@o", "dpo@o.", "d po@o.be",
        "dpo@o.be "}},
      {"/properties/valid_from/pattern",
       "/valid_from",
       {"2025-01-01", "2025-12-31", "2025-13-01", "2025-00-10", "2025-01-32", "2025-1-01",
        "25-01-01", "20250101", "2025/01/01", "2025-01-01T00:00"}},
      {"/properties/disclosure/properties/template/pattern",
       "/disclosure/template",
       {"{tool}", "Opgesteld met {tool}.", "Opgesteld met AI.", "{Tool}", "{ tool }"}},
      {"/properties/tools/items/properties/upstream/properties/base_url/pattern",
       "/tools/0/upstream/base_url",
       {"https://api.openai.com/v1", "HTTPS://api.mistral.ai/v1", "https://x.example:8443/v1",
        "https://[2001:db8::1]/v1", "http://127.0.0.1:11434/v1", "http://localhost:8080",
        "http://[::1]:8080/v1", "http://api.example.com/v1", "http://10.0.0.5/v1", "ftp://x.org",
        "https://user@x.org", "https://", "api.openai.com/v1", "https://x y.org"}},
  };
  for (const PatternProbe& p : probes) {
    const RE2 pattern(schema.at(json::json_pointer(p.schema)).get<std::string>());
    ASSERT_TRUE(pattern.ok()) << p.schema;
    for (const std::string& candidate : p.candidates) {
      json doc = FullPolicy();
      doc.at(json::json_pointer(p.doc)) = candidate;
      EXPECT_EQ(Accepted(doc), RE2::PartialMatch(candidate, pattern))
          << p.doc << " = " << candidate;
    }
  }
}

}  // namespace
}  // namespace vermeld
