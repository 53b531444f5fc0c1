// The example policies in examples/policies, one per seed policy, must pass the same checks as
// `vermeld policy check` and say which seed and articles they follow.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <re2/re2.h>

#include "core/policy/policy.h"

namespace vermeld {
namespace {

namespace fs = std::filesystem;

fs::path ExamplesDir() {
  const char* root = std::getenv("VERMELD_SOURCE_DIR");
  return fs::path(root ? root : ".") / "examples" / "policies";
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

struct Example {
  std::string file;
  std::string text;
  Policy policy;
};

// Parses every example; a file with problems fails the test that asked, naming each problem.
std::vector<Example> LoadExamples() {
  std::vector<Example> out;
  for (const auto& entry : fs::directory_iterator(ExamplesDir())) {
    if (entry.path().extension() != ".json") continue;
    Example e{entry.path().filename().string(), ReadFile(entry.path()), {}};
    PolicyParseResult r = ParsePolicy(e.text);
    for (const PolicyProblem& p : r.problems) {
      ADD_FAILURE() << e.file << ": " << p.path << ": " << p.reason;
    }
    if (r.policy) {
      e.policy = std::move(*r.policy);
      out.push_back(std::move(e));
    }
  }
  return out;
}

TEST(ExamplePolicies, EveryFileIsValid) {
  ASSERT_TRUE(fs::is_directory(ExamplesDir())) << ExamplesDir() << " (set VERMELD_SOURCE_DIR)";
  EXPECT_EQ(LoadExamples().size(), 5u);
}

TEST(ExamplePolicies, EachFollowsADifferentSeedAndNamesItsArticles) {
  const RE2 seed_file(R"(seeds/([0-9]{3}_[0-9a-f]{16}\.txt))");
  std::set<std::string> seeds;
  for (const Example& e : LoadExamples()) {
    std::string seed;
    EXPECT_TRUE(RE2::PartialMatch(e.policy.source, seed_file, &seed)) << e.file;
    EXPECT_TRUE(seeds.insert(seed).second) << e.file << " repeats " << seed;
    // The articles or rules it follows come after the seed's file name.
    EXPECT_GT(e.policy.source.size(), seed.size() + 40) << e.file;
  }
  EXPECT_EQ(seeds.size(), 5u);
}

TEST(ExamplePolicies, EveryAllowedToolMayAtLeastReceivePublicText) {
  for (const Example& e : LoadExamples()) {
    for (const Tool& t : e.policy.tools) {
      if (t.allowed) EXPECT_TRUE(t.MayReceive(DataClass::kPublic)) << e.file << ": " << t.id;
      if (!t.allowed) EXPECT_TRUE(t.data.empty()) << e.file << ": " << t.id;
    }
  }
}

// Seed 004 is an interim policy "tot 01-01-2026" ("tot eind 2025"): its last day is 2025-12-31.
// It stays expired on purpose, to demonstrate expiry; the others are open-ended.
TEST(ExamplePolicies, OnlyTheInterimUwvPolicyExpires) {
  for (const Example& e : LoadExamples()) {
    if (e.file == "uwv-2025.json") {
      EXPECT_FALSE(e.policy.ExpiredOn("2025-12-31"));
      EXPECT_TRUE(e.policy.ExpiredOn("2026-01-01"));
      EXPECT_TRUE(e.policy.ExpiredOn(TodayUtc()));
    } else {
      EXPECT_EQ(e.policy.valid_until, "") << e.file;
      EXPECT_FALSE(e.policy.ExpiredOn(TodayUtc())) << e.file;
    }
  }
}

TEST(ExamplePolicies, PointEditorsAtTheSchema) {
  for (const Example& e : LoadExamples()) {
    const auto doc = nlohmann::json::parse(e.text);
    ASSERT_TRUE(doc.contains("$schema")) << e.file;
    EXPECT_TRUE(fs::is_regular_file(ExamplesDir() / doc["$schema"].get<std::string>())) << e.file;
  }
}

}  // namespace
}  // namespace vermeld
