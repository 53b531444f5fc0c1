// Invariant checks for libFuzzer targets: a broken contract aborts with a message, so libFuzzer
// saves the input as a crash reproducer just as it does for sanitizer reports.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace vermeld::fuzz {

inline void Check(bool ok, const char* contract) {
  if (ok) return;
  std::fprintf(stderr, "fuzz: contract broken: %s\n", contract);
  std::abort();
}

// True when offset is a UTF-8 character boundary of text (or its end).
inline bool OnCharBoundary(std::string_view text, size_t offset) {
  return offset == text.size() ||
         (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80);
}

}  // namespace vermeld::fuzz
