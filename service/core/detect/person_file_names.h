// Names in the names of attached and saved files, as offices name them:
// "CV_Mehmet_Yilmaz_2024.pdf", "verslag-jan-peeters.docx", "Peeters_Jan_ziektebriefje.pdf". The
// joints that make a file name one word hide the name from the word-by-word reading of the text.
#pragma once

#include <string_view>
#include <vector>

#include "core/detect/finding.h"
#include "core/detect/name_lists.h"

namespace vermeld {

// Appends a PERSON finding, at the score of a known given name and surname together, for each
// known given name and known surname (particles between) or surname and given name next to each
// other in a file name: a word of letters, digits, '_' and '-' ending in a document's or an
// image's extension. Linear in the text length.
void FindNamesInFileNames(std::string_view text, const NameLists& lists, std::vector<Finding>& out);

}  // namespace vermeld
