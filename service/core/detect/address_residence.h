// A street named right after a verb of living there, which says it is an address whatever the
// street's word: "ma woont op Molenwijk 31", "woont aan de Kouter 14"; after a verb of moving
// only a word that ends like a street ("verhuisd naar de Kerkstraat 3"); in lower case too when
// the word ends so ("vdb woont op molenstraat 42").
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "core/detect/pattern_scan.h"

namespace vermeld {

// Spans from the street's first word to the end of its house number (1-4 digits, a letter
// glued to them), in text order. `street_word` tells a word ending like a street ("straat",
// "laan"); `place` a municipality ("verhuist naar Gent 2025" names a town and a year).
std::vector<ByteSpan> StreetsAfterResidenceVerb(
    std::string_view text, const std::function<bool(std::string_view)>& street_word,
    const std::function<bool(std::string_view)>& place);

}  // namespace vermeld
