// The vermeld command line: subcommands, help, and clear errors with file and path.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "service_process.h"

namespace vermeld::testing {
namespace {

using ::testing::HasSubstr;

struct Run {
  int code;
  std::string output;
};

Run Vermeld(const std::string& args) {
  const std::string cmd = VermeldBinary() + " " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  const int status = pclose(p);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

TEST(Cli, VersionAndHelp) {
  EXPECT_THAT(Vermeld("--version").output, HasSubstr("vermeld " VERMELD_VERSION));
  auto help = Vermeld("--help");
  EXPECT_EQ(help.code, 0);
  EXPECT_THAT(help.output, HasSubstr("serve"));
  EXPECT_THAT(help.output, HasSubstr("policy"));
  EXPECT_THAT(Vermeld("help serve").output, HasSubstr("--data-dir"));
  EXPECT_THAT(Vermeld("policy --help").output, HasSubstr("policy check FILE"));
  EXPECT_EQ(Vermeld("frobnicate").code, 2);
}

TEST(Cli, PolicyCheckListsEveryProblemWithItsPath) {
  const std::string dir = MakeTempDir("vermeld-cli");
  const std::string file = dir + "/p.json";
  std::ofstream(file) << R"({"organization": "X", "contact": {"name": "a", "email": "a@b.be"},
    "valid_from": "2025-01-01", "disclosure": {"template": "Met {tool}."},
    "tools": [{"id": "a", "name": "A", "allowed": true},
              {"id": "b", "name": "B", "allowed": true},
              {"id": "c", "name": "C", "allowed": true, "upstream": {"base_url": "nope"}}],
    "personal_data": {"action": "shrug"}})";
  auto r = Vermeld("policy check " + file);
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(r.output, HasSubstr(file + ": tools[2].upstream.base_url: not a URL"));
  EXPECT_THAT(r.output, HasSubstr(file + ": personal_data.action: must be block or pseudonymise"));
  std::filesystem::remove_all(dir);
}

TEST(Cli, PolicyCheckNamesLineOfASyntaxError) {
  const std::string dir = MakeTempDir("vermeld-cli");
  const std::string file = dir + "/p.json";
  std::ofstream(file) << "{\n  \"organization\": \"X\",\n  \"tools\": [,]\n}\n";
  auto r = Vermeld("policy check " + file);
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(r.output, HasSubstr(file + ": line 3"));
  std::filesystem::remove_all(dir);
}

TEST(Cli, AnalyzePrintsTheApiJson) {
  const std::string dir = MakeTempDir("vermeld-cli");
  std::ofstream(dir + "/draft.txt") << "Stuur het naar jan.peeters@telenet.be aub.";
  auto r = Vermeld("analyze " + dir + "/draft.txt");
  ASSERT_EQ(r.code, 0) << r.output;
  auto j = nlohmann::json::parse(r.output);
  ASSERT_FALSE(j["personal_data"].empty());
  EXPECT_EQ(j["personal_data"][0]["type"], "EMAIL");
  std::filesystem::remove_all(dir);
}

TEST(Cli, AnalyzeRejectsInvalidUtf8NamingTheFile) {
  const std::string dir = MakeTempDir("vermeld-cli");
  std::ofstream(dir + "/bad.txt") << "abc\xff";
  auto r = Vermeld("analyze " + dir + "/bad.txt");
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(r.output, HasSubstr(dir + "/bad.txt"));
  EXPECT_THAT(r.output, HasSubstr("UTF-8"));
  std::filesystem::remove_all(dir);
}

TEST(Cli, DiscloseInsertsTheLineOnce) {
  const std::string dir = MakeTempDir("vermeld-cli");
  std::ofstream(dir + "/mail.txt")
      << "Dag Els,\n\nHierbij het persbericht.\n\nMet vriendelijke groet\nKoen\n";
  auto r = Vermeld("disclose --tool chatgpt " + dir + "/mail.txt");
  ASSERT_EQ(r.code, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("opgesteld met behulp van ChatGPT"));
  EXPECT_LT(r.output.find("ChatGPT"), r.output.find("Met vriendelijke groet"));
  std::ofstream(dir + "/once.txt") << r.output;
  auto again = Vermeld("disclose --tool chatgpt " + dir + "/once.txt");
  EXPECT_THAT(again.output, HasSubstr("already carries a disclosure"));
  EXPECT_EQ(Vermeld("disclose " + dir + "/mail.txt").code, 2);
  std::filesystem::remove_all(dir);
}

TEST(Cli, ServeRejectsABadPort) {
  auto r = Vermeld("serve --port abc");
  EXPECT_EQ(r.code, 2);
  EXPECT_THAT(r.output, HasSubstr("--port"));
}

}  // namespace
}  // namespace vermeld::testing
