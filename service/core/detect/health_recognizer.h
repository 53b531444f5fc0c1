// HEALTH (GDPR art. 9): a health detail about a person ("zij is met burn-out thuis", "mijn
// zoon heeft diabetes", "Jan Peeters ligt in het ziekenhuis", "Madame Dupont est enceinte").
// A term from data/health/terms.txt counts only when its context is about a particular person
// (person_context.h: a name, title, pronoun or "onze medewerker" in the sentence, a possibly
// generic pronoun backed by a name nearby or a letter to a person, a PERSON found by the person
// recognizer, which runs before, or one found with a cue close by). "Burn-out" in a policy text,
// a rule ("Als je ziek bent") or an article about healthcare is not personal data. The finding
// covers the health term (the whole compound: "zwangerschapsverlof").
#pragma once

#include <memory>
#include <string>

#include "core/detect/recognizer.h"

namespace vermeld {

std::unique_ptr<Recognizer> NewHealthRecognizer(const std::string& data_dir);

}  // namespace vermeld
