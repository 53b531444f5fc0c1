// LICENSE_PLATE: vehicle registration plates, written with their dashes.
//   - Belgium since 2010: 1-ABC-123 (score 0.85). Older ABC-123 / 123-ABC only with context.
//   - Netherlands: sidecodes 4 to 14 with the plate alphabet (consonants without C, Q, W, Y),
//     e.g. GB-123-X, 12-BCD-3, 1-KBB-23, reported on their own (score 0.7); sidecodes 1 to 3
//     (two letters, four digits: XX-99-99, 99-99-XX, 99-XX-99) only with context.
// Context words (nummerplaat, kenteken, plaque, immatriculation, license plate, auto...) raise
// the score by 0.25. Undashed forms are not reported: they are indistinguishable from codes.
#pragma once

#include <memory>

#include "core/detect/recognizer.h"

namespace vermeld {

std::unique_ptr<Recognizer> NewLicensePlateRecognizer();

}  // namespace vermeld
