// ADDRESS: a street with a house number, optionally followed by a postcode and a city, reported
// as one span ("Kerkstraat 12 bus 3, 9000 Gent", "Rue de la Loi 16, B-1040 Bruxelles",
// "16, avenue Louise", "Postbus 123, 2500 AB Den Haag"). A street without a number is not a
// person's address and is not reported. On their own, a Dutch postcode ("1234 AB") counts, and a
// Belgian one only before a known city where an address block puts it ("B-3000 Leuven", a line
// "3000 Leuven", "..., 3000 Leuven"), never "in 2019 Gent". Street-name endings, French street
// words and city names are data files (service/data/address, service/data/places).
#pragma once

#include <memory>
#include <string>

#include "core/detect/recognizer.h"

namespace vermeld {

std::unique_ptr<Recognizer> NewAddressRecognizer(const std::string& data_dir);

}  // namespace vermeld
