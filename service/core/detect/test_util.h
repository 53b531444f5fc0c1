// Test helper: runs one recognizer and returns what it found as text, for readable assertions.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

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
inline std::vector<std::string> SpanTexts(std::string_view text,
                                          const std::vector<ByteSpan>& spans) {
  std::vector<std::string> out;
  for (const ByteSpan& s : spans) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

}  // namespace vermeld::test_util
