// DATE_OF_BIRTH: a date in a birth context only: "geboren (op) 12/03/1980", "geboortedatum:
// 1980-03-12", "° 12.03.1980", "(°1975)", "née le 3 mars 1980", "date de naissance : 03/03/80",
// "born on March 3, 1980", "DOB 12-03-1980", "geboren te Gent op 12 maart 1980". A date without
// such a cue (a meeting, a deadline) is not reported. The finding covers the date only. Numeric
// dates are read day-month-year (or ISO) and must name a real day and month.
// A label ("geboortedatum", "°", "date de naissance", "DOB", a colon before the date) or an
// apposition ("Jan Peeters, geboren 12-08-1991") is enough. After an auxiliary ("werd geboren op",
// "est né le", "was born on") or before a bare year the verb may describe an idea or event ("Het
// idee werd geboren op 3 mei 2012"): then the sentence must be about a person (person_context.h).
// Without a cue, a full date in brackets right after a name the person recognizer found, with a
// year before the current one, is a birth date too: "Dennis Kerkhof (12-01-1988)".
#pragma once

#include <memory>
#include <string>

#include "core/detect/recognizer.h"

namespace vermeld {

// Reads the person-cue lists from data_dir (once per directory).
std::unique_ptr<Recognizer> NewDateOfBirthRecognizer(const std::string& data_dir);

}  // namespace vermeld
