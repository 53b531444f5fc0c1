// The DATE_OF_BIRTH patterns (date_of_birth_recognizer.h), and where the date of a cue match
// starts. RE2 finds a group by an NFA run over the match, some 20,000 instructions for this
// pattern (too large for its faster engines), most of the recognizer's RE2 time; the date's
// start mostly follows from the match's bytes instead.
#pragma once

#include <re2/re2.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace vermeld {

// A date in numbers or words, or a month and year, or a bare year, as one capturing group.
std::string BirthDatePattern();
// A birth cue (a verb, a form label, '°') and a date: group 1 is the date, which ends the match.
std::string BirthCuePattern();
// A date, then "geboren" or "born" later in the clause: group 1 is the date.
std::string LateBirthPattern();
// A form's birth label alone on its line, a ':' after it maybe ("Geboortedatum:", "Date de
// naissance"): its value stands on the next line.
std::string BirthLabelLinePattern();
RE2::Options BirthPatternOptions();

// Where group 1 of the BirthCuePattern match text[begin, end) starts: at the match's first
// digit after its first byte (the cue holds none; '°' may follow one), unless a month word ends
// before the blanks before that digit, when the date may start with the month ("maart 1980"):
// npos then, and RE2 must tell.
size_t CueDateStart(std::string_view text, size_t begin, size_t end);

}  // namespace vermeld
