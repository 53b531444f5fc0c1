#include "core/detect/scattered_digits.h"

namespace vermeld {
namespace {

constexpr size_t kLongestJoint = 3;  // " . ", " - "
// A label ends this close before the number: "Rijksregisternr :  ", "field=bsn value=\"".
constexpr size_t kLabelReach = 24;

// One or two blanks, or a dot, dash or slash with at most a blank on either side: " ", "  ",
// " . ", "-".
bool Joins(std::string_view text, size_t from, size_t to) {
  if (to - from > kLongestJoint) return false;
  std::string_view joint = text.substr(from, to - from);
  if (joint.starts_with(' ')) joint.remove_prefix(1);
  if (joint.ends_with(' ')) joint.remove_suffix(1);
  return joint.empty()
             ? to - from <= 2
             : joint.size() == 1 && (joint[0] == '.' || joint[0] == '-' || joint[0] == '/');
}

// The label must be the number's own: no other number, line or clause between them ("BSN
// volgt; klant 80 63 60 835").
size_t LabelReach(std::string_view text, size_t begin) {
  const size_t from = begin > kLabelReach ? begin - kLabelReach : 0;
  for (size_t i = begin; i > from; --i) {
    const char c = text[i - 1];
    if (c == ';' || c == ',' || c == '\n' || IsAsciiDigit(c)) return begin - i;
  }
  return begin - from;
}

}  // namespace

std::vector<ByteSpan> ScatteredNumbers(const ScanText& text, size_t digits) {
  const std::string_view t = text.text();
  const std::vector<ByteSpan>& runs = text.DigitRuns();
  std::vector<ByteSpan> out;
  for (size_t i = 0; i < runs.size();) {
    size_t j = i;
    size_t count = runs[i].end - runs[i].begin;
    while (j + 1 < runs.size() && Joins(t, runs[j].end, runs[j + 1].begin)) {
      ++j;
      count += runs[j].end - runs[j].begin;
    }
    const size_t b = runs[i].begin;
    const size_t e = runs[j].end;
    const bool alone = (b == 0 || (!IsWordByte(t[b - 1]) && t[b - 1] != '+')) &&
                       (e == t.size() || !IsWordByte(t[e]));
    if (j > i && count == digits && alone) out.push_back({b, e});
    i = j + 1;
  }
  return out;
}

std::vector<ByteSpan> LabelledScatteredNumbers(const ScanText& text, size_t digits,
                                               std::initializer_list<std::string_view> labels,
                                               std::span<const Finding> found) {
  std::vector<ByteSpan> out;
  size_t k = 0;  // the first of `found` that may reach this number or a later one
  for (const ByteSpan n : ScatteredNumbers(text, digits)) {
    while (k < found.size() && found[k].end <= n.begin) ++k;
    const bool taken = k < found.size() && found[k].begin < n.end;
    if (!taken && text.HasContextBefore(n.begin, labels, LabelReach(text.text(), n.begin))) {
      out.push_back(n);
    }
  }
  return out;
}

}  // namespace vermeld
