#include "core/detect/scan_text.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "core/detect/byte_lanes.h"
#include "core/detect/pattern_scan.h"
#include "core/detect/spare_room.h"

namespace vermeld {
namespace {

// The first ASCII digit at or after `pos`, else text.size(). Skips eight bytes at a time while
// none is a digit (prose has few): a byte loop here was some 45% of the constructor's time.
size_t NextDigit(std::string_view text, size_t pos) {
  constexpr uint64_t kOnes = 0x0101010101010101u;
  for (; pos + 8 <= text.size(); pos += 8) {
    uint64_t bytes;
    std::memcpy(&bytes, text.data() + pos, 8);
    const uint64_t t = bytes ^ (kOnes * '0');  // digits become 0..9, other bytes 10 or more
    if (((t - kOnes * 10) & ~t & (kOnes * 0x80)) != 0) break;  // a byte below 10 in t
  }
  while (pos < text.size() && !IsAsciiDigit(text[pos])) ++pos;
  return pos;
}

// ASCII letters and digits: what std::isalnum accepts in the "C" locale, without its call into
// libc for every byte of every context window.
bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
// Word bytes of RE2's \b (ASCII only), which ends a URL scheme.
bool IsAsciiWordByte(char c) { return IsAsciiAlnum(c) || c == '_'; }
// What ends a URL: white space (\t \n \f \r and space), '<', '>' and quotes.
bool EndsUrl(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '<' || c == '>' ||
         c == '"' || c == '\'';
}

// True when `lower_word` (lower case ASCII) ends right before `pos`, case-insensitively, and no
// ASCII word byte comes before it.
bool SchemeBefore(std::string_view text, size_t pos, std::string_view lower_word) {
  if (pos < lower_word.size()) return false;
  const size_t begin = pos - lower_word.size();
  for (size_t i = 0; i < lower_word.size(); ++i) {
    if (LowerAscii(text[begin + i]) != lower_word[i]) return false;
  }
  return begin == 0 || !IsAsciiWordByte(text[begin - 1]);
}

// Calls fn(pos) for every occurrence of byte c in text, left to right.
template <typename Fn>
void ForEachByte(std::string_view text, char c, Fn fn) {
  const char* data = text.data();
  const char* end = data + text.size();
  for (const char* p = data; p < end; ++p) {
    p = static_cast<const char*>(std::memchr(p, c, static_cast<size_t>(end - p)));
    if (p == nullptr) return;
    fn(static_cast<size_t>(p - data));
  }
}

// URL starts: a scheme before "://" or "www." (any case), at a word start, with at least one
// URL byte after it. Pairs of (start, first byte after the prefix).
std::vector<ByteSpan> UrlPrefixes(std::string_view text) {
  std::vector<ByteSpan> starts;
  ForEachByte(text, ':', [&](size_t colon) {
    if (text.substr(colon, 3) != "://") return;
    for (std::string_view scheme : {"https", "http", "ftp"}) {
      if (SchemeBefore(text, colon, scheme)) {
        starts.push_back({colon - scheme.size(), colon + 3});
        return;
      }
    }
  });
  ForEachByte(text, '.', [&](size_t dot) {
    if (SchemeBefore(text, dot, "www")) starts.push_back({dot - 3, dot + 1});
  });
  std::sort(starts.begin(), starts.end(),
            [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
  return starts;
}

// The bytes of the 16 at p that are no word bytes (IsWordByte: ASCII letters and digits, bytes
// from 0x80 on), as bits.
unsigned NonWordBytes(const char* p) {
  const Lanes::Vector v = Lanes::Load(p);
  const Lanes::Vector letter = Lanes::InRange(Lanes::Or(v, Lanes::Splat(0x20)), 'a', 26);
  const unsigned word = Lanes::TopBits(Lanes::Or(letter, Lanes::InRange(v, '0', 10))) |
                        Lanes::TopBits(v);  // 0x80 and up
  return ~word & 0xFFFFu;
}

// True when one of `words` (not empty) occurs as a whole word in `area`, comparing A-Z
// case-insensitively. One pass that compares words only where one may start (a word boundary
// whose byte begins a word), without a lowered copy: a find per word took 1.6 times as many
// instructions. The boundaries (after a byte that is no word byte) are found 16 bytes at a time:
// a test of every byte was 2% of the detector's instructions.
bool AreaHasWord(std::string_view area, std::initializer_list<std::string_view> words) {
  // The words by the low five bits of their first byte, which A-Z share with a-z: bit k % 64 of
  // a bucket for words[k]. A byte that starts no word finds its bucket empty, and one that does
  // is compared with the few words of its bucket, not with every word (a context list holds up
  // to some thirty).
  std::array<uint64_t, 32> by_first{};
  for (size_t k = 0; k < words.size(); ++k) {
    by_first[words.begin()[k][0] & 31] |= uint64_t{1} << (k % 64);
  }
  const size_t n = area.size();
  auto word_at = [&](size_t pos) {
    const uint64_t bucket = by_first[area[pos] & 31];
    if (bucket == 0) return false;
    const char c = LowerAscii(area[pos]);
    for (uint64_t m = bucket; m != 0; m &= m - 1) {
      for (size_t k = static_cast<size_t>(std::countr_zero(m)); k < words.size(); k += 64) {
        const std::string_view w = words.begin()[k];
        const size_t after = pos + w.size();
        if (w[0] != c || after > n || (after < n && IsWordByte(area[after]))) continue;
        if (std::equal(w.begin() + 1, w.end(), area.begin() + pos + 1,
                       [](char a, char b) { return a == LowerAscii(b); })) {
          return true;
        }
      }
    }
    return false;
  };
  size_t pos = 0;
  unsigned after_non_word = 1;  // bit 0: the byte before the block is no word byte (or none)
  for (; pos + 16 <= n; pos += 16) {
    const unsigned non_word = NonWordBytes(area.data() + pos);
    unsigned starts = (non_word << 1 | after_non_word) & 0xFFFFu;
    after_non_word = non_word >> 15;
    for (; starts != 0; starts &= starts - 1) {
      if (word_at(pos + static_cast<size_t>(std::countr_zero(starts)))) return true;
    }
  }
  for (; pos < n; ++pos) {
    if ((pos == 0 || !IsWordByte(area[pos - 1])) && word_at(pos)) return true;
  }
  return false;
}

// text[from, to) without a word cut by either edge: the window's edge is no word boundary ("Tom
// V" of "Tom Verhaeghe" holds no word "v").
std::string_view WholeWords(std::string_view text, size_t from, size_t to) {
  while (from < to && from > 0 && IsWordByte(text[from - 1]) && IsWordByte(text[from])) ++from;
  while (to > from && to < text.size() && IsWordByte(text[to]) && IsWordByte(text[to - 1])) --to;
  return text.substr(from, to - from);
}

}  // namespace

namespace {

// The thread's spare room for ScanText's own buffers (spare_room.h).
struct SpareScan {
  std::vector<ByteSpan> digit_runs;
  std::vector<ByteSpan> digit_windows;
};
thread_local SpareScan spare_scan;

}  // namespace

ScanText::ScanText(std::string_view text) : text_(text) {
  TakeSpare(digit_runs_, spare_scan.digit_runs);
  TakeSpare(digit_windows_, spare_scan.digit_windows);
  // Room for a digit run every 16 bytes, more than most texts have: growing a vector from empty
  // reallocated it some five times a document.
  digit_runs_.reserve(text.size() / 16 + 1);
  for (size_t i = NextDigit(text, 0); i < text.size(); i = NextDigit(text, i)) {
    const size_t begin = i;
    while (i < text.size() && IsAsciiDigit(text[i])) ++i;
    digit_runs_.push_back({begin, i});
  }
  for (const ByteSpan& start : UrlPrefixes(text)) {
    if (!urls_.empty() && start.begin < urls_.back().end) continue;  // inside the previous URL
    size_t end = start.end;
    while (end < text.size() && !EndsUrl(text[end])) ++end;
    if (end > start.end) urls_.push_back({start.begin, end});
  }
}

ScanText::~ScanText() {
  KeepSpare(digit_runs_, spare_scan.digit_runs);
  KeepSpare(digit_windows_, spare_scan.digit_windows);
}

bool ScanText::HasContext(size_t begin, size_t end, std::initializer_list<std::string_view> words,
                          size_t window) const {
  const size_t from = begin > window ? begin - window : 0;
  const size_t to = std::min(text_.size(), end + window);
  return AreaHasWord(WholeWords(text_, from, to), words) || ColumnHeaderHas(begin, words);
}

bool ScanText::ColumnHeaderHas(size_t pos, std::initializer_list<std::string_view> words) const {
  return AreaHasWord(Tables().HeaderAbove(pos), words);
}

std::string_view ScanText::IdentifierText() const {
  if (!identifier_text_) {  // left empty when nothing is read as a blank
    identifier_text_.emplace();
    auto read_as = [&](size_t at, char c) {
      if (identifier_text_->empty()) identifier_text_->assign(text_);
      (*identifier_text_)[at] = c;
    };
    for (size_t at = text_.find('_'); at != std::string_view::npos; at = text_.find('_', at + 1)) {
      read_as(at, ' ');
    }
    // A CSV export's commas part its cells ("12-03-1985,530956251,32") as a spreadsheet's tabs
    // do; read as commas, they would join digits into one number.
    if (text_.find(',') != std::string_view::npos) {
      Tables().ForEachBodyCell([&](std::string_view, ByteSpan cell) {
        if (cell.end < text_.size() && text_[cell.end] == ',') read_as(cell.end, '\t');
      });
    }
  }
  return identifier_text_->empty() ? text_ : std::string_view(*identifier_text_);
}

const TableLayout& ScanText::Tables() const {
  if (!tables_) tables_.emplace(Lines());
  return *tables_;
}

const TextWords& ScanText::Words() const {
  if (!words_) words_.emplace(text_);
  return *words_;
}

const TextLines& ScanText::Lines() const {
  if (!lines_) lines_.emplace(text_);
  return *lines_;
}

bool ScanText::HasContextBefore(size_t begin, std::initializer_list<std::string_view> words,
                                size_t window) const {
  const size_t from = begin > window ? begin - window : 0;
  return AreaHasWord(WholeWords(text_, from, begin), words);
}

bool ScanText::InUrl(size_t begin, size_t end) const {
  // The first URL ending after begin is the only one that can overlap [begin, end).
  auto it = std::upper_bound(urls_.begin(), urls_.end(), begin,
                             [](size_t pos, const ByteSpan& url) { return pos < url.end; });
  return it != urls_.end() && it->begin < end;
}

std::span<ByteSpan> ScanText::DigitWindows(size_t margin, size_t min_digits) const {
  std::vector<ByteSpan>& windows = digit_windows_;
  windows.clear();
  // The window being merged, pushed only when closed with enough digits: a text whose calls keep
  // none allocates nothing, the others once (there are no more windows than runs).
  ByteSpan open;
  size_t digits = 0;  // in `open`
  auto close = [&] {
    if (digits == 0 || digits < min_digits) return;
    if (windows.capacity() < digit_runs_.size()) windows.reserve(digit_runs_.size());
    windows.push_back(open);
  };
  for (const ByteSpan& run : digit_runs_) {
    const size_t begin = run.begin > margin ? run.begin - margin : 0;
    const size_t end = std::min(text_.size(), run.end + margin);
    if (digits > 0 && begin <= open.end) {
      open.end = end;
    } else {
      close();
      open = {begin, end};
      digits = 0;
    }
    digits += run.end - run.begin;
  }
  close();
  return windows;
}

std::vector<ByteSpan> ScanText::RunsAround(char anchor, bool (*in_run)(char)) const {
  std::vector<ByteSpan> runs;
  ForEachByte(text_, anchor, [&](size_t at) {
    if (!runs.empty() && at < runs.back().end) return;  // already inside the previous run
    size_t begin = at;
    while (begin > 0 && in_run(text_[begin - 1])) --begin;
    size_t end = at + 1;
    while (end < text_.size() && in_run(text_[end])) ++end;
    runs.push_back({begin, end});
  });
  return runs;
}

}  // namespace vermeld
