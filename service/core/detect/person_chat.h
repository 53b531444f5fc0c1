// Chat exports pasted into a draft (WhatsApp "[19:02] Griet: ...", Teams "Sanne de Graaf  09:14"
// above each message): their lines name the sender, and their names are often in lower case.
#pragma once

#include <cstddef>
#include <string_view>

namespace vermeld {

// True when two or more lines open with "[hh:mm]" or end with a time after a capitalised start.
bool LooksLikeChat(std::string_view text);

// True when "[hh:mm]" and blanks stand right before `pos`.
bool ChatTimeBefore(std::string_view text, size_t pos);

// True when only blanks, a time ("9:14", "09:14") and blanks follow `pos` on its line.
bool TimeEndsLine(std::string_view text, size_t pos);

}  // namespace vermeld
