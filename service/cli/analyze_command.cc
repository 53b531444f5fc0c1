#include <iostream>

#include "cli/commands.h"
#include "core/analyze/analyzer.h"
#include "core/policy/policy_source.h"

namespace vermeld::cli {

int RunAnalyze(const Args& given) {
  Args args = given;
  std::string policy_file, format = "text";
  TakeOption(args, "--policy", policy_file);
  TakeOption(args, "--format", format);
  if (args.size() != 1) {
    std::cerr << "usage: vermeld analyze [--policy FILE] [--format text|html] FILE|-\n";
    return 2;
  }
  PolicySource policy(policy_file);
  if (auto problems = policy.Reload(); !problems.empty()) {
    for (const auto& p : problems) std::cerr << p.path << ": " << p.reason << "\n";
    return 1;
  }
  AnalyzeInput in;
  if (!ReadInput(args[0], in.text)) return 1;
  try {
    in.format = ParseInputFormat(format);
    const auto detector = PersonalDataDetector::Load(VERMELD_DATA_DIR);
    const Analysis a = Analyze(in, *policy.Current(), Engines{detector.get()});
    std::cout << AnalysisToJson(a, *policy.Current(), TodayUtc()).dump(2) << "\n";
  } catch (const InvalidInput& e) {
    std::cerr << "vermeld: " << args[0] << ": " << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "vermeld: " << e.what() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace vermeld::cli
