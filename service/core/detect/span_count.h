// Counting bytes of a kind inside a span: a recognizer drops the windows where its pattern cannot
// match before running RE2 there (every plate holds a '-', every IPv4 address three dots), which
// leaves its findings unchanged and skips most windows of ordinary prose.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/detect/pattern_scan.h"

namespace vermeld {

// How many bytes of text[span] satisfy pred.
template <typename Pred>
size_t CountIn(std::string_view text, ByteSpan span, Pred pred) {
  size_t n = 0;
  for (size_t i = span.begin; i < span.end; ++i) n += pred(text[i]) ? 1 : 0;
  return n;
}

// True when text[span] contains `needle`.
inline bool SpanHas(std::string_view text, ByteSpan span, std::string_view needle) {
  return text.substr(span.begin, span.end - span.begin).find(needle) != std::string_view::npos;
}

}  // namespace vermeld
