#include <iostream>

#include "cli/commands.h"
#include "core/analyze/analyzer.h"
#include "core/disclosure/insert.h"
#include "core/policy/policy_source.h"
#include "core/text/utf8.h"

namespace vermeld::cli {

int RunDisclose(const Args& given) {
  Args args = given;
  std::string policy_file, format = "text", tool;
  TakeOption(args, "--policy", policy_file);
  TakeOption(args, "--format", format);
  if (!TakeOption(args, "--tool", tool) || tool.empty() || args.size() != 1) {
    std::cerr
        << "usage: vermeld disclose --tool NAME [--policy FILE] [--format text|html] FILE|-\n";
    return 2;
  }
  PolicySource source(policy_file);
  if (auto problems = source.Reload(); !problems.empty()) {
    for (const auto& p : problems) std::cerr << p.path << ": " << p.reason << "\n";
    return 1;
  }
  std::string text;
  if (!ReadInput(args[0], text)) return 1;
  if (auto bad = FindInvalidUtf8(text)) {
    std::cerr << "vermeld: " << args[0] << ": not valid UTF-8 (first bad byte at offset " << *bad
              << ")\n";
    return 1;
  }
  try {
    const bool html = ParseInputFormat(format) == InputFormat::kHtml;
    const auto policy = source.Current();
    const Tool* known = policy->FindTool(tool);
    const InsertResult r =
        InsertDisclosure(text, html, policy->DisclosureLine(known ? known->name : tool),
                         policy->disclosure_template);
    std::cout << r.text;
    if (!r.inserted)
      std::cerr << "vermeld: the text already carries a disclosure; nothing changed\n";
  } catch (const InvalidInput& e) {
    std::cerr << "vermeld: " << e.what() << "\n";
    return 2;
  }
  return 0;
}

}  // namespace vermeld::cli
