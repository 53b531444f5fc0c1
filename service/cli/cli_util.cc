#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>

#include "cli/commands.h"

namespace vermeld::cli {

bool ReadInput(const std::string& file, std::string& out) {
  if (file == "-") {
    out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "vermeld: cannot read " << file << "\n";
    return false;
  }
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

bool TakeOption(std::vector<std::string>& args, const std::string& name, std::string& value) {
  auto it = std::find(args.begin(), args.end(), name);
  if (it == args.end()) return false;
  if (std::next(it) == args.end()) {
    value.clear();
    args.erase(it);
    return true;
  }
  value = *std::next(it);
  args.erase(it, std::next(it, 2));
  return true;
}

}  // namespace vermeld::cli
