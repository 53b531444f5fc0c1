// Chat exports pasted into a draft (WhatsApp "[19:02] Griet: ...", its Android export
// "12/02/25, 07:58 - Griet: ...", Teams "Sanne de Graaf  09:14" above each message): their lines
// name the sender, and their names are often in lower case.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "core/detect/pattern_scan.h"
#include "core/detect/text_lines.h"

namespace vermeld {

// What a chat label is as a given name: known, also an ordinary word ("Mark", "An", "Roos"), no
// given name but a known surname, or none.
enum class GivenName { kNone, kAlsoWord, kKnown, kSurnameOnly };
using GivenNameOf = std::function<GivenName(std::string_view)>;

// True when two or more lines open with "[hh:mm]" or an Android stamp ("12/02/25, 07:58 - "), or
// end with a time after a capitalised start.
bool LooksLikeChat(const TextLines& lines);

// True when "[hh:mm]" (or an Android stamp opening the line) and blanks stand right before `pos`.
bool ChatTimeBefore(std::string_view text, size_t pos);

// True when a chat line's sender opens with "Aan " ("[21/10 06:31] Aan Senne: ...") or is "Van "
// and a number ("[02/01 08:14] Van 8850: ..."): an SMS log, whose "Van " and "Aan " before a
// sender say which way a message went.
bool IsSmsLog(std::string_view text);

// True when only blanks, a time ("9:14", "09:14", "2:14 PM") and blanks follow `pos` on its line.
bool TimeEndsLine(std::string_view text, size_t pos);

// The speakers of a WhatsApp-style export, in whatever case they are written: "els.m" and
// "bram vdb" in "[09:12] els.m: goeiemorgen". A label is one to three words of letters, dots,
// hyphens and apostrophes right before a colon. Lines that open with a time but say something
// ("[10:03] code deur: zie mail") are no speakers: labels count only when they open at least
// half of the lines that start with a time and one of them comes back (people speak more than
// once; a programme's "[09:00] Onthaal:" and "[09:30] Welkom:" do not) or comes back on a line
// without a time (a chat pasted in parts); when none comes back but one is a known given name
// (`given_name`, for a label as written), the given names and lower-case handles among them. The
// time may also be bare ("08:14 Demi (assistente):", "21:14 – Wout:"), a role in brackets may
// follow the label.
// Also Teams senders, a label before a time that ends its line ("hanne.v 09:02"), when one comes
// back, each is followed by its message and each shows a surname or user name. In a text without
// times, the labels of two or more lines in a row, one a known given name and each other a
// lower-case handle or a given name that is also a word, coming back ("jo: kan jij ...", "steph:
// jep", "jo: top", "steph: ok"; "Mark: ...", "Ilona: ...", "Mark: ...").
std::vector<ByteSpan> ChatSpeakers(const TextLines& lines, const GivenNameOf& given_name);

}  // namespace vermeld
