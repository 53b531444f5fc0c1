// vermeld: AI disclosure and personal-data gateway for Office drafts.
#include <iostream>

#include "cli/commands.h"

namespace vermeld::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {
      {"serve", "run the local HTTPS service for the Office add-in",
       "usage: vermeld serve [--policy FILE] [--port N] [--data-dir DIR]\n\n"
       "Runs the service on https://127.0.0.1:N (default 8443; 0 picks a free port).\n"
       "  --policy FILE    the organisation's policy (default: the built-in policy)\n"
       "  --data-dir DIR   certificates, token and database (default: ~/.vermeld)\n"
       "SIGHUP (or editing the policy file) reloads the policy; SIGINT/SIGTERM stop cleanly.\n",
       RunServe},
      {"policy", "check a policy file",
       "usage: vermeld policy check FILE\n\n"
       "Validates FILE and prints every problem as 'FILE: json.path: reason'.\n"
       "Exit code 0 when the file is valid, 1 when it is not.\n",
       RunPolicy},
      {"analyze", "find personal data and AI content in a draft",
       "usage: vermeld analyze [--policy FILE] [--format text|html] FILE|-\n\n"
       "Prints the same JSON as POST /api/v1/analyze (offsets in UTF-16 code units).\n",
       RunAnalyze},
      {"disclose", "add the AI-use line to a draft (once)",
       "usage: vermeld disclose --tool NAME [--policy FILE] [--format text|html] FILE|-\n\n"
       "Prints the draft with the policy's disclosure line for tool NAME, placed after the body\n"
       "and above a signature and quoted reply history. A draft that already carries a\n"
       "disclosure is printed unchanged.\n",
       RunDisclose},
  };
  return commands;
}

namespace {

void PrintHelp(std::ostream& out) {
  out << "vermeld " VERMELD_VERSION
         " - say when AI helped, keep personal data out of AI tools\n\n"
         "usage: vermeld <command> [options]\n\ncommands:\n";
  for (const Command& c : Commands()) out << "  " << c.name << "\t" << c.summary << "\n";
  out << "  help\tshow help for a command (vermeld help serve)\n\n"
         "options: --version, --help\n";
}

const Command* Find(const std::string& name) {
  for (const Command& c : Commands()) {
    if (name == c.name) return &c;
  }
  return nullptr;
}

}  // namespace

int Main(int argc, char** argv) {
  Args args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    PrintHelp(args.empty() ? std::cerr : std::cout);
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    std::cout << "vermeld " VERMELD_VERSION "\n";
    return 0;
  }
  if (args[0] == "help") {
    if (args.size() < 2) {
      PrintHelp(std::cout);
      return 0;
    }
    const Command* c = Find(args[1]);
    if (!c) {
      std::cerr << "vermeld: unknown command '" << args[1] << "'\n";
      return 2;
    }
    std::cout << c->usage;
    return 0;
  }
  const Command* c = Find(args[0]);
  if (!c) {
    std::cerr << "vermeld: unknown command '" << args[0] << "' (see vermeld --help)\n";
    return 2;
  }
  Args rest(args.begin() + 1, args.end());
  for (const auto& a : rest) {
    if (a == "--help" || a == "-h") {
      std::cout << c->usage;
      return 0;
    }
  }
  return c->run(rest);
}

}  // namespace vermeld::cli

int main(int argc, char** argv) { return vermeld::cli::Main(argc, argv); }
