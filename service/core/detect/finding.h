// What a recognizer reports: an entity type and where it stands in the scanned text.
#pragma once

#include <cstddef>
#include <string>

namespace vermeld {

struct Finding {
  std::string type;  // API entity type name: "PERSON", "IBAN", ...
  size_t begin = 0;  // UTF-8 byte offsets into the scanned text; converted to UTF-16 at the API
  size_t end = 0;
  double score = 0;  // 0..1: pattern strength, raised by context words, confirmed by checksums
};

}  // namespace vermeld
