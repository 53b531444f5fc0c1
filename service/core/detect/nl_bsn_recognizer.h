// NL_BSN: the Dutch burgerservicenummer, nine digits (eight are zero-padded) that pass the
// 11-proef. The usual written form 1234.56.782 is reported on its own (score 0.6); any other form
// (bare 123456782, 123 456 782, 123.456.782) only next to a context word (bsn,
// burgerservicenummer, sofinummer...), because nine random digits pass the check one time in
// eleven. With context the score is 0.95.
#pragma once

#include <memory>

#include "core/detect/recognizer.h"

namespace vermeld {

std::unique_ptr<Recognizer> NewNlBsnRecognizer();

// A BSN's word ("bsn", "sofinummer", "persoonsnummer" as Dutch passports label it...) within
// `window` bytes of text[begin, end).
bool NearBsnWord(const ScanText& text, size_t begin, size_t end, size_t window);

}  // namespace vermeld
