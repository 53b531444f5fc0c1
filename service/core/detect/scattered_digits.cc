#include "core/detect/scattered_digits.h"

#include <algorithm>
#include <string>

#include "core/detect/checksum.h"

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

// The label must be the number's own: no other number, line, clause or sentence between them
// ("BSN volgt; klant 80 63 60 835", "BSN onbekend. Tel 80 63 60 835"; a label's own dot stays:
// "Rijksregisternr. 85 07 30 ...").
size_t LabelReach(std::string_view text, size_t begin) {
  const size_t from = begin > kLabelReach ? begin - kLabelReach : 0;
  for (size_t i = begin; i > from; --i) {
    const char c = text[i - 1];
    const bool sentence_end =
        c == '.' && i + 1 < begin && text[i] == ' ' && IsAsciiUpper(text[i + 1]);
    if (c == ';' || c == ',' || c == '\n' || IsAsciiDigit(c) || sentence_end) return begin - i;
  }
  return begin - from;
}

// Calls fn(span, count, runs, glued) for each maximal chain (as ScatteredNumbers) with no '+' or
// word byte glued before it but letters, and none after: `count` its digits, `runs` the number of
// its digit runs, `glued` whether letters touch its first digit.
template <typename Fn>
void ForEachChain(const ScanText& text, Fn&& fn) {
  const std::string_view t = text.text();
  const std::vector<ByteSpan>& runs = text.DigitRuns();
  for (size_t i = 0; i < runs.size();) {
    size_t j = i;
    size_t count = runs[i].end - runs[i].begin;
    while (j + 1 < runs.size() && Joins(t, runs[j].end, runs[j + 1].begin)) {
      ++j;
      count += runs[j].end - runs[j].begin;
    }
    const size_t b = runs[i].begin;
    const size_t e = runs[j].end;
    const bool glued = b > 0 && IsAsciiLetter(t[b - 1]);
    const bool clear = b == 0 || glued || (!IsWordByte(t[b - 1]) && t[b - 1] != '+');
    if (clear && (e == t.size() || !IsWordByte(t[e]))) fn(ByteSpan{b, e}, count, j - i + 1, glued);
    i = j + 1;
  }
}

// True when the letters right before `begin` are one of `labels`, a whole word: "BSN750804592",
// a file name's "aanvraag_BSN750804592.pdf".
bool GluedLabelBefore(std::string_view text, size_t begin,
                      std::initializer_list<std::string_view> labels) {
  constexpr size_t kLongestLabel = 20;
  size_t w = begin;
  while (w > 0 && begin - w <= kLongestLabel && IsAsciiLetter(text[w - 1])) --w;
  if (begin - w > kLongestLabel || (w > 0 && IsWordByte(text[w - 1]))) return false;
  std::string word(text.substr(w, begin - w));
  for (char& c : word) c = LowerAscii(c);
  return std::find(labels.begin(), labels.end(), word) != labels.end();
}

}  // namespace

void AddLabelledScatteredNumbers(const ScanText& text, const ScatteredKind& kind, size_t first,
                                 std::vector<Finding>& out) {
  const size_t end = out.size();
  size_t k = first;  // the first pattern finding that may reach this number or a later one
  ForEachChain(text, [&](ByteSpan n, size_t count, size_t runs, bool glued) {
    if (count != kind.digits) return;
    while (k < end && out[k].end <= n.begin) ++k;
    if (k < end && out[k].begin < n.end) return;  // the pattern's
    const bool labelled =
        glued ? GluedLabelBefore(text.IdentifierText(), n.begin, kind.labels)
              : runs > 1 &&
                    text.HasContextBefore(n.begin, kind.labels, LabelReach(text.text(), n.begin));
    if (labelled && kind.valid(Alnum(text.text().substr(n.begin, n.end - n.begin)))) {
      out.push_back({std::string(kind.type), n.begin, n.end, kind.score});
    }
  });
}

std::vector<ByteSpan> ScatteredAfterCountryCode(const ScanText& text) {
  constexpr size_t kFewestDigits = 10;  // Norway's IBAN: 15 characters, 13 digits
  constexpr size_t kMostDigits = 32;    // Saint Lucia's: 32 characters
  const std::string_view t = text.text();
  std::vector<ByteSpan> out;
  ForEachChain(text, [&](ByteSpan n, size_t count, size_t runs, bool glued) {
    if (count < kFewestDigits || count > kMostDigits || (runs == 1 && !glued)) return;
    size_t p = n.begin;
    for (int letter = 0; letter < 2; ++letter) {  // "BE 4 4 ...", "B E96 ..."
      if (p > 0 && t[p - 1] == ' ' && (letter == 1 || !glued)) --p;
      if (p == 0 || !IsAsciiUpper(t[p - 1])) return;
      --p;
    }
    if (p == 0 || !IsWordByte(t[p - 1])) out.push_back({p, n.end});
  });
  return out;
}

}  // namespace vermeld
