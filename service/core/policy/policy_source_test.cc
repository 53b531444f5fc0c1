#include "core/policy/policy_source.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace vermeld {
namespace {

namespace fs = std::filesystem;

TEST(PolicySource, EmptyPathMeansBuiltInDefault) {
  PolicySource source("");
  EXPECT_TRUE(source.Reload().empty());
  EXPECT_EQ(source.Current()->organization, DefaultPolicy().organization);
}

TEST(PolicySource, BadReloadKeepsTheLastGoodPolicy) {
  const fs::path file =
      fs::temp_directory_path() / ("vermeld-policy-" + std::to_string(getpid()) + ".json");
  auto good = PolicyToJson(DefaultPolicy());
  good["organization"] = "Stad Voorbeeld";
  std::ofstream(file) << good.dump();
  PolicySource source(file.string());
  ASSERT_TRUE(source.Reload().empty());
  EXPECT_EQ(source.Current()->organization, "Stad Voorbeeld");

  std::ofstream(file) << "{ \"organization\": ";
  auto problems = source.Reload();
  ASSERT_FALSE(problems.empty());
  EXPECT_THAT(problems[0].path, ::testing::StartsWith(file.string() + ": line 1"));
  EXPECT_EQ(source.Current()->organization, "Stad Voorbeeld");
  fs::remove(file);
}

TEST(PolicySource, MissingFileIsAProblemNamingIt) {
  auto r = ParsePolicyFile("/nonexistent/policy.json");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].path, "/nonexistent/policy.json");
}

}  // namespace
}  // namespace vermeld
