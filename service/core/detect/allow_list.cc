#include "core/detect/allow_list.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>

#include "core/text/utf8.h"

namespace vermeld {
namespace {

bool IsSpace(UChar32 c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || u_isUWhiteSpace(c);
}

// IsSpace and case folding of the ASCII characters, computed once by the same calls: most text
// is ASCII, and Occurrences normalises every byte of it.
struct AsciiTable {
  bool space[128];
  char folded[128];
  AsciiTable() {
    for (UChar32 c = 0; c < 128; ++c) {
      space[c] = IsSpace(c);
      folded[c] = static_cast<char>(u_foldCase(c, U_FOLD_CASE_DEFAULT));  // stays ASCII
    }
  }
};

const AsciiTable& Ascii() {
  static const AsciiTable table;
  return table;
}

}  // namespace

std::string NormaliseForAllowList(std::string_view s, std::vector<size_t>* origin) {
  const AsciiTable& ascii = Ascii();
  std::string out;
  out.reserve(s.size());
  if (origin) {
    origin->clear();
    origin->reserve(s.size() + 1);
  }
  bool pending_space = false;
  size_t space_start = 0;  // where the pending run of white space began
  size_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  int32_t pos = 0;
  while (pos < n) {
    const auto start = static_cast<size_t>(pos);
    UChar32 c;
    U8_NEXT(bytes, pos, n, c);
    if (c < 0) c = 0xFFFD;  // invalid byte: keep a placeholder so offsets stay mapped
    const bool is_ascii = c < 128;
    if (is_ascii ? ascii.space[c] : IsSpace(c)) {
      if (!pending_space) space_start = start;
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out.push_back(' ');
      if (origin) origin->push_back(space_start);
      pending_space = false;
    }
    const size_t before = out.size();
    if (is_ascii) {
      out.push_back(ascii.folded[c]);
    } else {
      AppendUtf8(static_cast<char32_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT)), out);
    }
    if (origin) origin->insert(origin->end(), out.size() - before, start);
    i = static_cast<size_t>(pos);
  }
  if (origin) origin->push_back(i);  // end of the last kept character
  return out;
}

AllowList::AllowList(const std::vector<std::string>& entries) {
  for (const std::string& e : entries) {
    std::string n = NormaliseForAllowList(e);
    if (!n.empty()) entries_.push_back(std::move(n));
  }
}

std::vector<std::pair<size_t, size_t>> AllowList::Occurrences(std::string_view text) const {
  std::vector<std::pair<size_t, size_t>> spans;
  if (entries_.empty()) return spans;
  std::vector<size_t> origin;
  const std::string norm = NormaliseForAllowList(text, &origin);
  for (const std::string& e : entries_) {
    for (size_t p = norm.find(e); p != std::string::npos; p = norm.find(e, p + e.size())) {
      const size_t last = p + e.size();  // one past the entry in the normalised text
      // origin[last] is where the next normalised byte came from; a collapsed space maps to the
      // start of its white-space run, so the span ends right after the entry's last character.
      spans.emplace_back(origin[p], origin[last]);
    }
  }
  return spans;
}

bool AllowList::Matches(std::string_view candidate) const {
  const std::string n = NormaliseForAllowList(candidate);
  for (const std::string& e : entries_) {
    if (e == n) return true;
  }
  return false;
}

}  // namespace vermeld
