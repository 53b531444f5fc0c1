// PERSON in tables: the cells of a column headed "Naam", "Voornaam", "Nom", "Prénom"... hold
// names, whatever the gazetteers know of them ("Yılmaz | Emir", "DIALLO"). Only tables with
// several columns (TableLayout::ForEachBodyCell), and only cells that read as a name: one to
// five words of letters, no digits or '@'.
#pragma once

#include <vector>

#include "core/detect/finding.h"
#include "core/detect/scan_text.h"

namespace vermeld {

void FindTableNames(const ScanText& scan, std::vector<Finding>& out);

}  // namespace vermeld
