#include "core/detect/pattern_scan.h"

namespace vermeld {
namespace {

bool IsAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsGlue(char c) { return c == '.' || c == ',' || c == '-' || c == '/'; }
bool IsWordish(char c) { return IsAlnum(c) || c == '@' || c == '_'; }

}  // namespace

void AddWindow(std::vector<ByteSpan>& windows, ByteSpan w) {
  while (!windows.empty() && w.begin <= windows.back().end) {
    w.begin = std::min(w.begin, windows.back().begin);
    w.end = std::max(w.end, windows.back().end);
    windows.pop_back();
  }
  // Room for eight at the first: grown from empty, the windows of a text were reallocated at 1,
  // 2, 4 and 8 (some 400 allocations a pass over the dev corpus).
  if (windows.capacity() == 0) windows.reserve(8);
  windows.push_back(w);
}

// A comma between a letter and the candidate separates the fields of a CSV line
// ("m.devries@ziggo.nl,010-4123456,Schoonmaak"); between digits it joins a number ("1,250").
bool Glues(char glue, char other) {
  return IsGlue(glue) && IsAlnum(other) && !(glue == ',' && !IsAsciiDigit(other));
}

bool ClearBefore(std::string_view text, size_t begin) {
  if (begin == 0) return true;
  const char b = text[begin - 1];
  return !IsWordish(b) && !(begin > 1 && Glues(b, text[begin - 2]));
}

// A file name's extension at text[dot] (".pdf", ".docx" and no more letters): it ends the name
// ("loonstrook_806360835.pdf"), it does not continue the number before it.
bool FileExtensionAt(std::string_view text, size_t dot) {
  static constexpr std::string_view kExtensions[] = {
      "pdf",  "doc", "docx", "xls", "xlsx", "csv",  "txt", "odt",  "ods", "xml",
      "json", "zip", "msg",  "eml", "jpg",  "jpeg", "png", "heic", "tif", "tiff"};
  constexpr size_t kLongest = 4;
  size_t e = dot + 1;
  while (e < text.size() && e - dot <= kLongest && IsAsciiLetter(text[e])) ++e;
  if (e < text.size() && IsWordish(text[e])) return false;
  std::string word(text.substr(dot + 1, e - dot - 1));
  for (char& c : word) c = LowerAscii(c);
  return std::find(std::begin(kExtensions), std::end(kExtensions), word) != std::end(kExtensions);
}

bool ClearAfter(std::string_view text, size_t end) {
  if (end >= text.size()) return true;
  const char a = text[end];
  return !IsWordish(a) && !(end + 1 < text.size() && Glues(a, text[end + 1]) &&
                            !(a == '.' && FileExtensionAt(text, end)));
}

// A word joined by a dash after an identifier in a file name or a subject
// ("bezwaar-BSN-692227635-dossier"): lower-case letters, not a code's suffix ("-A", "-2").
bool DashedWordAfter(std::string_view text, size_t end) {
  return end + 2 < text.size() && text[end] == '-' && text[end + 1] >= 'a' &&
         text[end + 1] <= 'z' && text[end + 2] >= 'a' && text[end + 2] <= 'z';
}

bool IdentifierStandsAlone(std::string_view text, size_t begin, size_t end) {
  return (ClearAfter(text, end) || DashedWordAfter(text, end)) &&
         IdentifierClearBefore(text, begin);
}

bool IdentifierClearBefore(std::string_view text, size_t begin) {
  if (ClearBefore(text, begin)) return true;
  const char glue = text[begin - 1];
  if (glue != '.' && glue != '-' && glue != '/') return false;
  // The word before the glue, in ASCII letters, whole: no longer than the longest label.
  // Packed by hand: clang-format 14 sets these two to a line.
  // clang-format off
  static constexpr std::string_view kLabels[] = {
      "nr", "no", "nummer", "rrn", "insz", "niss", "bsn", "sofinr", "kbo", "bce", "btw", "tva",
      "vat", "iban", "rek", "kaart", "card", "carte", "sofinummer", "ondernemingsnr",
      "rekeningnr", "rijksregisternr"};
  // clang-format on
  constexpr size_t kLongest = 16;
  size_t b = begin - 1;
  while (b > 0 && begin - 1 - b <= kLongest && IsAsciiLetter(text[b - 1])) --b;
  if (b > 0 && IsWordByte(text[b - 1])) return false;
  std::string word(text.substr(b, begin - 1 - b));
  for (char& c : word) c = LowerAscii(c);
  return std::find(std::begin(kLabels), std::end(kLabels), word) != std::end(kLabels);
}

bool ContinuesDigitGroup(std::string_view text, size_t begin) {
  auto digit = [&](size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  if (begin < 2 || (text[begin - 1] != ' ' && text[begin - 1] != '.') || !digit(begin - 2)) {
    return false;
  }
  // A number never goes on with a '+', nor after a time: a chat's "08:45 +32 477 81 26 40",
  // "11:52 06-41872290".
  const bool after_time = begin >= 5 && text[begin - 1] == ' ' && text[begin - 4] == ':' &&
                          digit(begin - 3) && digit(begin - 5);
  return text[begin] != '+' && !after_time;
}

bool StandsAlone(std::string_view text, size_t begin, size_t end) {
  return ClearBefore(text, begin) && ClearAfter(text, end);
}

RE2::Options Utf8Options(bool case_sensitive, bool longest_match) {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_case_sensitive(case_sensitive);
  o.set_longest_match(longest_match);
  o.set_log_errors(false);
  return o;
}

std::string LiteralAlternation(const std::vector<std::string>& literals) {
  std::string alt;
  for (const std::string& l : literals) alt += (alt.empty() ? "" : "|") + RE2::QuoteMeta(l);
  return alt;
}

}  // namespace vermeld
