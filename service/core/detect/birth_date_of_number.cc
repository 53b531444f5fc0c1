#include "core/detect/birth_date_of_number.h"

#include <algorithm>
#include <array>
#include <string>

namespace vermeld {
namespace {

struct Date {
  int day = 0;
  int month = 0;
  int year = 0;  // as written: two or four digits
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The digits of text[p, p + n) as a number; -1 unless all n are digits.
int Number(std::string_view text, size_t p, size_t n) {
  if (p + n > text.size()) return -1;
  int v = 0;
  for (size_t i = p; i < p + n; ++i) {
    if (!IsDigit(text[i])) return -1;
    v = v * 10 + (text[i] - '0');
  }
  return v;
}

// The length of the digit run at text[p].
size_t DigitRun(std::string_view text, size_t p) {
  size_t q = p;
  while (q < text.size() && IsDigit(text[q])) ++q;
  return q - p;
}

// Month words in Dutch, French and English, and their usual abbreviations, lower case.
int MonthOfWord(std::string_view w) {
  static constexpr std::array<std::array<std::string_view, 6>, 12> kMonths = {{
      {"januari", "janvier", "january", "jan", "jan.", ""},
      {"februari", "février", "february", "feb", "feb.", "févr."},
      {"maart", "mars", "march", "mrt", "mrt.", "mar"},
      {"april", "avril", "apr", "apr.", "avr.", "avr"},
      {"mei", "mai", "may", "", "", ""},
      {"juni", "juin", "june", "jun", "jun.", ""},
      {"juli", "juillet", "july", "jul", "jul.", "juil."},
      {"augustus", "août", "august", "aug", "aug.", ""},
      {"september", "septembre", "sep", "sep.", "sept", "sept."},
      {"oktober", "octobre", "october", "okt", "okt.", "oct."},
      {"november", "novembre", "nov", "nov.", "", ""},
      {"december", "décembre", "dec", "dec.", "déc.", ""},
  }};
  std::string lower(w);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  }
  for (size_t m = 0; m < kMonths.size(); ++m) {
    for (std::string_view name : kMonths[m]) {
      if (!name.empty() && lower == name) return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

// A date starting at text[p] (a digit, none before it): its end, or p when there is none.
size_t DateAt(std::string_view text, size_t p, Date* d) {
  const size_t first = DigitRun(text, p);
  const size_t after = p + first;
  if (after >= text.size()) return p;
  const char sep = text[after];
  if ((sep == '/' || sep == '.' || sep == '-') && (first == 1 || first == 2 || first == 4)) {
    const size_t second = DigitRun(text, after + 1);
    const size_t at = after + 1 + second;
    if ((second != 1 && second != 2) || at >= text.size() || text[at] != sep) return p;
    const size_t third = DigitRun(text, at + 1);
    const size_t end = at + 1 + third;
    if (first == 4 && (third == 1 || third == 2)) {  // 1938-05-28
      *d = {Number(text, at + 1, third), Number(text, after + 1, second), Number(text, p, first)};
      return end;
    }
    if (first <= 2 && (third == 2 || third == 4)) {
      *d = {Number(text, p, first), Number(text, after + 1, second), Number(text, at + 1, third)};
      return end;
    }
    return p;
  }
  if (sep != ' ' || first > 2) return p;
  size_t w = after + 1;
  size_t w_end = w;
  while (w_end < text.size() && w_end - w < 12 && text[w_end] != ' ' && text[w_end] != ',' &&
         !IsDigit(text[w_end])) {
    ++w_end;
  }
  const int month = MonthOfWord(text.substr(w, w_end - w));
  if (month == 0 || w_end >= text.size() || text[w_end] != ' ') return p;
  const size_t year = DigitRun(text, w_end + 1);
  if (year != 4) return p;
  *d = {Number(text, p, first), month, Number(text, w_end + 1, year)};
  return w_end + 1 + year;
}

}  // namespace

std::vector<ByteSpan> DatesOfNationalNumbers(std::string_view text,
                                             std::span<const ByteSpan> numbers) {
  std::vector<ByteSpan> out;
  for (const ByteSpan& n : numbers) {
    std::string digits;
    for (size_t i = n.begin; i < n.end && digits.size() < 6; ++i) {
      if (IsDigit(text[i])) digits.push_back(text[i]);
    }
    if (digits.size() < 6) continue;
    const int yy = Number(digits, 0, 2), mm = Number(digits, 2, 2), dd = Number(digits, 4, 2);
    if (mm < 1 || mm > 12 || dd < 1 || dd > 31) continue;  // a birth date not known
    // The number's line, kNationalNumberDateReach bytes each side at most.
    size_t from = n.begin > kNationalNumberDateReach ? n.begin - kNationalNumberDateReach : 0;
    size_t to = std::min(text.size(), n.end + kNationalNumberDateReach);
    const size_t line_start = text.substr(from, n.begin - from).rfind('\n');
    if (line_start != std::string_view::npos) from += line_start + 1;
    const size_t line_end = text.substr(n.end, to - n.end).find('\n');
    if (line_end != std::string_view::npos) to = n.end + line_end;
    for (size_t p = from; p < to; ++p) {
      if (p >= n.begin && p < n.end) p = n.end;
      if (p >= to || !IsDigit(text[p]) || (p > 0 && IsDigit(text[p - 1]))) continue;
      Date d;
      const size_t end = DateAt(text, p, &d);
      if (end == p || end > to || (end < text.size() && IsDigit(text[end]))) continue;
      if (d.day == dd && d.month == mm && d.year % 100 == yy) out.push_back({p, end});
      p = end - 1;
    }
  }
  std::sort(out.begin(), out.end(),
            [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace vermeld
