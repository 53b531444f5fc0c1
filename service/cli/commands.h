// The `vermeld` subcommands. Each returns the process exit code and writes errors to stderr.
#pragma once

#include <string>
#include <vector>

namespace vermeld::cli {

using Args = std::vector<std::string>;  // arguments after the subcommand name

struct Command {
  const char* name;
  const char* summary;
  const char* usage;  // full help text
  int (*run)(const Args& args);
};

const std::vector<Command>& Commands();

int RunServe(const Args& args);
int RunPolicy(const Args& args);
int RunAnalyze(const Args& args);
int RunDisclose(const Args& args);

// Reads FILE, or standard input for "-". Returns false (and says why on stderr) on failure.
bool ReadInput(const std::string& file, std::string& out);

// Finds "--name VALUE" in args; removes both. Returns false when absent.
bool TakeOption(std::vector<std::string>& args, const std::string& name, std::string& value);

}  // namespace vermeld::cli
