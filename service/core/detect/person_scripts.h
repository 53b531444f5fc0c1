// Names written in their own script beside their Latin transcription, as forms, interpreters and
// the staff of Brussels and Antwerp services write them: "Rania Al-Khatib (رانيا الخطيب)",
// "Петро Бондаренко / Petro Bondarenko", "TESFAYE Mulu / ሙሉ ተስፋየ". No gazetteer here holds
// names in other scripts; the name found beside one says whose it is.
#pragma once

#include <string_view>
#include <vector>

#include "core/detect/finding.h"

namespace vermeld {

// Appends a PERSON finding, scored as the name beside it, for each run of one to four words in a
// script other than Latin in brackets right after a PERSON of `found` or after it and a slash, or
// before it and a slash. Each run is read from the name on, a few dozen bytes at most: linear in
// the number of findings.
void FindNamesInOtherScripts(std::string_view text, std::vector<Finding>& found);

// True when `words` is one to four words, one blank apart, wholly in scripts other than Latin:
// after a name label ("Naam in Arabisch schrift: رانيا الحسن") a name, which scripts without
// capitals cannot mark as one.
bool InOtherScript(std::string_view words);

}  // namespace vermeld
