// Tell-tale markers of AI text that never went through vermeld: chat artefacts (nl, fr, en) left in
// a pasted answer, markdown remnants, unfilled template placeholders, a C2PA text manifest and
// invisible characters some tools leave. Each pattern is specific enough that ordinary human
// writing does not contain it ("Laat me weten als je vragen hebt" is human; "Laat me weten als je
// wilt dat ik de tekst aanpas" is a chat answer). All patterns are RE2: linear time.
#pragma once

#include <string_view>
#include <vector>

#include "core/provenance/ai_passage.h"

namespace vermeld {

// Passages with source kMarker, sorted by begin. `marker` is the text found, or a name for
// invisible markers ("C2PA text manifest", "zero-width characters", ...). Input: valid UTF-8.
std::vector<AiPassage> FindMarkers(std::string_view text);

}  // namespace vermeld
