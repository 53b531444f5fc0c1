// HEALTH (GDPR art. 9): a health detail about a person ("zij is met burn-out thuis", "mijn
// zoon heeft diabetes", "Jan Peeters ligt in het ziekenhuis", "Madame Dupont est enceinte").
// A term from data/health/terms.txt counts only when its sentence also names or points at a
// person: a personal pronoun or possessive from data/health/person_cues.txt, a title before a
// capitalised word, or a known given name. "Burn-out" in a policy text or an article about
// healthcare is not personal data. The finding covers the health term.
#pragma once

#include <memory>
#include <string>

#include "core/detect/recognizer.h"

namespace vermeld {

std::unique_ptr<Recognizer> NewHealthRecognizer(const std::string& data_dir);

}  // namespace vermeld
