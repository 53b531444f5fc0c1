#include "core/detect/person_email.h"

#include <string>

namespace vermeld {
namespace {

constexpr double kEmailNameScore = 0.5;

bool IsLocalChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '-' || c == '+';
}

bool IsSeparator(char c) { return c == '.' || c == '_' || c == '-'; }

// True when the lower-cased local part spells a known given name or an initial, a separator,
// and a known surname (particles may be glued: "vandenbroeck", or split: "van.den.broeck").
bool SpellsName(const std::string& local, const NameLists& lists) {
  const size_t sep = local.find_first_of("._-");
  if (sep == std::string::npos || sep == 0) return false;
  const std::string first = local.substr(0, sep);
  std::string surname;
  for (size_t i = sep + 1; i < local.size(); ++i) {
    if (!IsSeparator(local[i])) surname += local[i];
  }
  if (surname.size() < 2 || !lists.words.Has(surname, kSurnameCompact)) return false;
  if (first.size() == 1) return !lists.words.Has(surname, kAmbiguous);
  return lists.words.Has(first, kFirstName);
}

}  // namespace

void FindEmailNames(std::string_view text, const NameLists& lists, std::vector<Finding>& out) {
  size_t scanned = 0;  // local parts never overlap, so each byte is looked at a bounded number
  for (size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    size_t begin = at;
    while (begin > scanned && IsLocalChar(text[begin - 1])) --begin;
    scanned = at + 1;
    while (begin < at && IsSeparator(text[begin])) ++begin;
    if (begin == at || at + 1 >= text.size() || !IsLocalChar(text[at + 1])) continue;
    std::string local;
    for (size_t i = begin; i < at; ++i) {
      const char c = text[i];
      local += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (SpellsName(local, lists)) out.push_back({"PERSON", begin, at, kEmailNameScore});
  }
}

}  // namespace vermeld
