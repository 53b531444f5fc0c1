// A recognizer finds one kind of personal data. Each lives in its own file with its patterns,
// its validator (checksum) and its context words, and is listed once in registry.cc.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "core/detect/finding.h"
#include "core/detect/scan_text.h"

namespace vermeld {

class Recognizer {
 public:
  virtual ~Recognizer() = default;
  // The entity type this recognizer reports (API name, e.g. "IBAN").
  virtual std::string_view Type() const = 0;
  // Appends findings for `text`. Must run in time linear in the text length.
  virtual void Find(const ScanText& text, std::vector<Finding>& out) const = 0;
};

}  // namespace vermeld
