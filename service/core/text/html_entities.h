// Character references in HTML text: `&eacute;`, `&#233;`, `&#xE9;`.
//
// Covers the named entities that Outlook, Word and web mail actually emit (the HTML 4 set:
// Latin-1, typographic punctuation, euro, a few letters), not the full HTML5 table.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace vermeld {

struct DecodedEntity {
  char32_t code_point = 0;
  size_t length = 0;  // bytes consumed from the '&' on, including the ';' when present
};

// Decodes the character reference that starts at text[0] (which must be '&'). Named references
// need their ';'; numeric ones may omit it. Returns nullopt for anything unknown or invalid
// (unknown name, no digits, zero, surrogates, above U+10FFFF), so the caller keeps it literally.
// Numeric references to 0x80-0x9F are read as Windows-1252, as browsers do (&#146; is U+2019).
std::optional<DecodedEntity> DecodeHtmlEntity(std::string_view text);

}  // namespace vermeld
