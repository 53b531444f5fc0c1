// DATE_OF_BIRTH: a date in a birth context only: "geboren (op) 12/03/1980", "geboortedatum:
// 1980-03-12", "° 12.03.1980", "(°1975)", "née le 3 mars 1980", "date de naissance : 03/03/80",
// "born on March 3, 1980", "DOB 12-03-1980", "geboren te Gent op 12 maart 1980". A date without
// such a cue (a meeting, a deadline) is not reported. The finding covers the date only. Numeric
// dates are read day-month-year (or ISO) and must name a real day and month.
#pragma once

#include <memory>

#include "core/detect/recognizer.h"

namespace vermeld {

std::unique_ptr<Recognizer> NewDateOfBirthRecognizer();

}  // namespace vermeld
