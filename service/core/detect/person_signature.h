// Signature blocks: after a closing line ("Met vriendelijke groet,", "Cordialement,", "Kind
// regards,") the next non-empty line is a name when it is short, has no digits and consists of
// capitalised words, initials and particles ("Koen Van den Broeck", "A.M. van der Berg"). A name
// on the closing line itself ("Groeten, Jan Peeters") counts too. A name line may hold a
// department or function beside the name, separated by ',' or '|' ("Wagenparkbeheer, Annemiek"):
// only the parts that look like names are reported; organisation words ("Projectteam Digitaal
// Loket", "Crediteurenadministratie") are never names.
#pragma once

#include <string_view>
#include <vector>

#include "core/detect/finding.h"
#include "core/detect/name_lists.h"
#include "core/detect/text_lines.h"

namespace vermeld {

// Appends a PERSON finding for each signature name line. Linear in the text length.
void FindSignatureNames(const TextLines& lines, const NameLists& lists, std::vector<Finding>& out);

}  // namespace vermeld
