#include "core/detect/name_lists.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include <unicode/uchar.h>

#include "core/text/utf8.h"

namespace vermeld {
namespace {

void AddAll(WordSet& set, const std::vector<std::string>& entries) {
  for (const std::string& e : entries) set.insert(LowerUtf8(e));
}

std::string Compact(std::string_view lower) {
  std::string out;
  for (char c : lower) {
    if (c != ' ' && c != '\'' && c != '-') out += c;
  }
  return out;
}

std::shared_ptr<const NameLists> Build(const std::string& data_dir) {
  auto lists = std::make_shared<NameLists>();
  const std::string names = data_dir + "/names/";
  AddAll(lists->first_names, ReadListFile(names + "first_names.txt"));
  for (const std::string& s : ReadListFile(names + "surnames.txt")) {
    const std::string lower = LowerUtf8(s);
    lists->surnames.insert(lower);
    lists->surnames.insert(lower.substr(lower.rfind(' ') + 1));  // npos + 1 == 0: whole name
    lists->surname_compact.insert(Compact(lower));
  }
  AddAll(lists->particles, ReadListFile(names + "particles.txt"));
  AddAll(lists->titles, ReadListFile(names + "titles.txt"));
  AddAll(lists->functions, ReadListFile(names + "functions.txt"));
  AddAll(lists->salutations, ReadListFile(names + "salutations.txt"));
  AddAll(lists->closings, ReadListFile(names + "closings.txt"));
  AddAll(lists->quote_verbs, ReadListFile(names + "quote_verbs.txt"));
  AddAll(lists->list_cues, ReadListFile(names + "list_cues.txt"));
  AddAll(lists->not_names, ReadListFile(names + "not_names.txt"));
  auto add_suffix = [&](const std::string& lower) {
    lists->non_name_suffixes[static_cast<unsigned char>(lower.back())].push_back(lower);
  };
  lists->street_suffixes = ReadListFile(data_dir + "/address/street_suffixes.txt");
  for (const std::string& s : lists->street_suffixes) add_suffix(LowerUtf8(s));
  // "*team": the word itself and compounds ending in it; "ict": the word only.
  for (const std::string& w : ReadListFile(names + "organisation_words.txt")) {
    const bool suffix = w[0] == '*';
    const std::string lower = LowerUtf8(suffix ? w.substr(1) : w);
    lists->not_names.insert(lower);
    if (suffix) add_suffix(lower);
  }
  AddAll(lists->places, ReadListFile(data_dir + "/places/places.txt"));
  lists->not_names.insert(lists->places.begin(), lists->places.end());
  AddAll(lists->ambiguous, ReadListFile(names + "ambiguous.txt"));
  return lists;
}

}  // namespace

std::string LowerUtf8(std::string_view text) {
  std::string out(text);
  if (std::all_of(text.begin(), text.end(), [](char c) { return c > 0; })) {
    for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
    return out;
  }
  out.clear();
  for (size_t pos = 0; pos < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      ++pos;
      continue;
    }
    AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(DecodeUtf8(text, pos)))), out);
  }
  return out;
}

bool IsNonNameCompound(const NameLists& lists, std::string_view lower) {
  if (lower.empty()) return false;
  for (const std::string& s : lists.non_name_suffixes[static_cast<unsigned char>(lower.back())]) {
    if (lower.size() > s.size() + 2 && lower.ends_with(s)) {
      return !lists.surnames.contains(lower) && !lists.first_names.contains(lower);
    }
  }
  return false;
}

std::vector<std::string> ReadListFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read data file " + path);
  std::vector<std::string> entries;
  for (std::string line; std::getline(in, line);) {
    const size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos || line[first] == '#') continue;
    const size_t last = line.find_last_not_of(" \t\r");
    entries.push_back(line.substr(first, last - first + 1));
  }
  return entries;
}

std::shared_ptr<const NameLists> LoadNameLists(const std::string& data_dir) {
  return LoadOncePerDir<NameLists>(data_dir, &Build);
}

}  // namespace vermeld
