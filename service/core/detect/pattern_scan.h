// Small building blocks shared by the regex-based recognizers: iterating RE2 matches (over the
// whole text or only inside windows) and checking that a candidate stands alone (is not a fragment
// of a longer number or word).
#pragma once

#include <re2/re2.h>

#include <algorithm>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace vermeld {

// A byte span [begin, end) of a text.
struct ByteSpan {
  size_t begin = 0;
  size_t end = 0;
  bool operator==(const ByteSpan&) const = default;
};

// ForEachMatchBetween's `mark` when a pattern's matches hold no byte in common: no test.
struct AnyByte {
  bool operator()(char) const { return true; }
};

// Calls fn(begin, end) for every non-overlapping match of `re` inside text[from, to), left to
// right. When `re` has a capturing group, reports group 1 instead of the whole match (the rest
// of the match is context, e.g. a preceding label). fn may return a size_t: the offset to resume
// scanning at (e.g. the end of the part of a match it accepted), else scanning resumes after the
// match. RE2 sees the whole text as context, so \b and ^ at `from` and `to` look at the bytes
// outside. Linear time: RE2 never backtracks.
// Cost per call, measured once RE2's lazily built DFA states exist: about 1,000 instructions on a
// small window (forward DFA; a match adds a reverse DFA run for its start, and a capturing group
// in a program too large for BitState, e.g. one with \p{L}, adds an NFA run of some 15,000). The
// first calls after loading build those states and cost 20 to 1,000 times more: profile passes
// after a warm-up pass, not a single cold benchmark iteration.
// `mark`: a test every match holds a byte for (a digit, an '@'), if any. After a match, the rest
// of text[from, to) is searched again only while it holds such a byte: RE2's fixed cost of a
// call went to most windows' tails in vain. Linear: the test reads no further than RE2 would.
template <typename Fn, typename Mark = AnyByte>
void ForEachMatchBetween(const RE2& re, std::string_view text, size_t from, size_t to, Fn&& fn,
                         Mark mark = {}) {
  const re2::StringPiece input(text.data(), text.size());
  const int groups = re.NumberOfCapturingGroups() > 0 ? 2 : 1;
  re2::StringPiece m[2];
  size_t pos = from;
  auto may_match = [&] {
    if constexpr (std::is_same_v<Mark, AnyByte>) {
      return true;
    } else {
      return pos == from || std::any_of(text.begin() + pos, text.begin() + to, mark);
    }
  };
  while (pos <= to && may_match() && re.Match(input, pos, to, RE2::UNANCHORED, m, groups)) {
    const size_t whole_end = static_cast<size_t>(m[0].data() - text.data()) + m[0].size();
    const re2::StringPiece& r = m[groups - 1];
    if (r.data() != nullptr) {
      const auto begin = static_cast<size_t>(r.data() - text.data());
      if constexpr (std::is_same_v<std::invoke_result_t<Fn, size_t, size_t>, size_t>) {
        const size_t resume = fn(begin, begin + r.size());
        if (resume > pos && resume < whole_end) {
          pos = resume;
          continue;
        }
      } else {
        fn(begin, begin + r.size());
      }
    }
    pos = std::max(whole_end, pos + 1);
  }
}

// ForEachMatchBetween over the whole text.
template <typename Fn>
void ForEachMatch(const RE2& re, std::string_view text, Fn&& fn) {
  ForEachMatchBetween(re, text, 0, text.size(), std::forward<Fn>(fn));
}

// ForEachMatchBetween over each of `windows` (sorted, disjoint spans of text, e.g.
// ScanText::DigitWindows). Finds exactly what ForEachMatch finds when every match of `re` lies
// inside one window.
template <typename Fn>
void ForEachMatchIn(const RE2& re, std::string_view text, std::span<const ByteSpan> windows,
                    Fn&& fn) {
  for (const ByteSpan& w : windows) ForEachMatchBetween(re, text, w.begin, w.end, fn);
}

// ForEachMatchIn with ForEachMatchBetween's `mark`, for windows built around the bytes it accepts:
// also exact when every match holds such a byte.
template <typename Mark, typename Fn>
void ForEachMatchIn(const RE2& re, std::string_view text, std::span<const ByteSpan> windows,
                    Mark mark, Fn&& fn) {
  for (const ByteSpan& w : windows) ForEachMatchBetween(re, text, w.begin, w.end, fn, mark);
}

// ForEachMatchIn (with `mark`) over those of `windows` for which keep(window) holds: a subset
// without a copy.
template <typename Keep, typename Mark, typename Fn>
void ForEachMatchInKept(const RE2& re, std::string_view text, std::span<const ByteSpan> windows,
                        Keep&& keep, Mark mark, Fn&& fn) {
  for (const ByteSpan& w : windows) {
    if (keep(w)) ForEachMatchBetween(re, text, w.begin, w.end, fn, mark);
  }
}

// The windows for which keep(window) holds, moved to the front of `windows` in order (the
// others are overwritten): erase_if for a span (ScanText::DigitWindows).
template <typename Keep>
std::span<ByteSpan> KeepWindows(std::span<ByteSpan> windows, Keep&& keep) {
  const auto end =
      std::remove_if(windows.begin(), windows.end(), [&](const ByteSpan& w) { return !keep(w); });
  return windows.first(static_cast<size_t>(end - windows.begin()));
}

// Adds `w` to `windows` (sorted, disjoint), merged with the windows it overlaps or touches: how
// windows for ForEachMatchIn are built anchor by anchor. Requires w.end >= windows.back().begin,
// which holds when anchors come in text order and each window holds its anchor; then all calls
// together take linear time.
void AddWindow(std::vector<ByteSpan>& windows, ByteSpan w);

// A byte of a word: an ASCII letter or digit, or any byte of a non-ASCII character (the accented
// letters of Dutch and French; punctuation outside ASCII counts too, which is rare in words'
// edges).
inline bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLetter(char c) { return IsAsciiUpper(c) || (c >= 'a' && c <= 'z'); }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
// The `mark` of ForEachMatchIn for the patterns meant for ScanText::DigitWindows, each of whose
// matches holds a digit.
struct DigitByte {
  bool operator()(char c) const { return IsAsciiDigit(c); }
};
inline char LowerAscii(char c) { return IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// The length of the capital letter at s[i]: 1 for A-Z, 2 for a Latin-1 capital in UTF-8 ("É",
// C3 80-9E but for ×), else 0.
inline size_t CapitalAt(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  const auto b = static_cast<unsigned char>(s[i]);
  if (b >= 'A' && b <= 'Z') return 1;
  if (b != 0xC3 || i + 1 >= s.size()) return 0;
  const auto next = static_cast<unsigned char>(s[i + 1]);
  return next >= 0x80 && next <= 0x9E && next != 0x97 ? 2 : 0;
}

// The four digits at the start of `s` as a number ("1944)" -> 1944), or -1.
inline int FourDigits(std::string_view s) {
  if (s.size() < 4) return -1;
  int n = 0;
  for (size_t d = 0; d < 4; ++d) {
    if (!IsAsciiDigit(s[d])) return -1;
    n = n * 10 + (s[d] - '0');
  }
  return n;
}

// RE2 options for UTF-8 patterns that never log (a list file's bad line is an error, not noise).
// `longest_match`: among alternatives the longest wins ("ziekteverlof" over "ziek").
RE2::Options Utf8Options(bool case_sensitive = true, bool longest_match = false);

// The literals quoted and joined by '|' without a group: "a|b\\.c".
std::string LiteralAlternation(const std::vector<std::string>& literals);

// True when text[begin, end) is not glued to a longer token: the neighbours are not letters,
// digits, '@' or '_', nor a '.', '-' or '/' joining another digit or letter, nor a ',' joining
// another digit ("2024-001234", "1.250.000", "1,250"). Sentence punctuation ("... 123.") and the
// commas of a CSV line ("ziggo.nl,010-4123456,Schoonmaak") are fine.
bool StandsAlone(std::string_view text, size_t begin, size_t end);
// The two halves of StandsAlone: nothing glued before `begin`, nothing glued after `end`.
bool ClearBefore(std::string_view text, size_t begin);
bool ClearAfter(std::string_view text, size_t end);
// StandsAlone for a checksum-validated identifier, which may also follow its label glued by a
// '.', '-' or '/' as a label typed without its blank: "nr.57071697681", "BSN-864403148",
// "rek.nr.BE97985834003649", "KBO-nr.0403.448.635".
bool IdentifierStandsAlone(std::string_view text, size_t begin, size_t end);
// Its first half: ClearBefore, or a label glued before `begin`.
bool IdentifierClearBefore(std::string_view text, size_t begin);
// True when `begin` follows "<digit><space or dot>": the candidate continues a longer grouped
// number ("BE68 5390 0754 7034") and is a fragment of it; not when it opens with '+' or follows a
// time ("08:45 "). Shared by the phone, card, national-number, enterprise-number and BSN
// recognizers.
bool ContinuesDigitGroup(std::string_view text, size_t begin);

// min(1, base + boost) when context was found, else base.
inline double ContextScore(double base, double boost, bool has_context) {
  return has_context ? std::min(1.0, base + boost) : base;
}

}  // namespace vermeld
