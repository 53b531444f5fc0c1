// Test helper: runs one recognizer and returns what it found as text, for readable assertions.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/detect/name_lists.h"
#include "core/detect/pattern_scan.h"
#include "core/detect/recognizer.h"

namespace vermeld::test_util {

struct Hit {
  std::string text;
  double score;
};

inline std::vector<Hit> Hits(const Recognizer& r, std::string_view text) {
  const ScanText scan(text);
  std::vector<Finding> out;
  r.Find(scan, out);
  std::vector<Hit> hits;
  for (const Finding& f : out) {
    hits.push_back({std::string(text.substr(f.begin, f.end - f.begin)), f.score});
  }
  return hits;
}

inline std::vector<std::string> Texts(const Recognizer& r, std::string_view text) {
  std::vector<std::string> t;
  for (const Hit& h : Hits(r, text)) t.push_back(h.text);
  return t;
}

// The text of each span, in order.
// The span of the first occurrence of `part` in `text` (a detail or number the test names).
inline ByteSpan FirstSpan(std::string_view text, std::string_view part) {
  const size_t at = text.find(part);
  return {at, at + part.size()};
}

inline std::vector<std::string> SpanTexts(std::string_view text,
                                          const std::vector<ByteSpan>& spans) {
  std::vector<std::string> out;
  for (const ByteSpan& s : spans) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

// The name lists of the data directory the tests run with, loaded once.
inline const NameLists& Lists() {
  static const std::shared_ptr<const NameLists> lists = LoadNameLists(VERMELD_DATA_DIR);
  return *lists;
}

// The text of each finding, in order.
inline std::vector<std::string> FindingTexts(std::string_view text,
                                             const std::vector<Finding>& found) {
  std::vector<std::string> out;
  for (const Finding& f : found) out.emplace_back(text.substr(f.begin, f.end - f.begin));
  return out;
}

// A CSV export of firms: an enterprise-number column, a VAT column, a row above that speaks of
// VAT. Shared by the BE_ENTERPRISE_NUMBER and VAT_NUMBER tests: each takes one column.
inline constexpr std::string_view kFirmsCsv =
    "klantnr;naam;ondernemingsnummer;btw;peppol\n"
    "C0102;Drukkerij bv;1978.272.636;BE1978272636;ja\n"
    "C0125;Bosman;;;buitenlandse klant - btw verlegd\n"
    "C0131;Datalus bv;1565.174.677;BE1565174677;ja\n";

}  // namespace vermeld::test_util
