// PERSON in fields named as names, whatever the gazetteers know of the name:
//  - the cells of a table column headed "Naam", "Voornaam", "Nom", "Prénom"... ("Yılmaz | Emir")
//    in tables with several columns (TableLayout::ForEachBodyCell);
//  - the value of a form field whose label is such a name ("Nom : BENALI   Prénom : Fatima",
//    "Naam + voornaam: KABASELE MBUYI Grâce", "naam: lucas vanhoudt").
// The labels are data: data/names/name_labels.txt (kNameLabel).
// Only values that read as a name count: one to five words of letters, none of them an
// organisation word, month or place (kNotName) that is not also a name.
#pragma once

#include <vector>

#include "core/detect/finding.h"
#include "core/detect/name_lists.h"
#include "core/detect/scan_text.h"

namespace vermeld {

void FindFieldNames(const ScanText& scan, const NameLists& lists, std::vector<Finding>& out);

// True when text[pos] is in a one-word cell of the header line of a table with a name column
// ("Nom | Lien | Date de naissance"): the other headers there are labels too, no names ("Lien"
// is also one). Not in a line holding a digit or in a cell of several words: a form's row of
// fields ("Naam<TAB>Jan Peeters<TAB>Geboortedatum<TAB>12/03/1980").
bool InHeaderOfNameTable(const ScanText& scan, const NameLists& lists, size_t pos);

}  // namespace vermeld
