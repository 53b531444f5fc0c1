// IP_ADDRESS: IPv4 (dotted quad, each part 0-255) and IPv6 (validated with inet_pton, at least
// three groups). Dotted quads that are numbering rather than addresses are skipped: right after
// "versie", "version", "art.", "artikel", "hoofdstuk", "§"... and quads with fewer than two
// parts of two digits ("1.2.3.4", "6.2.0.11") unless an IP context word is near; subnet masks
// ("255.255.252.0") and "0.0.0.0" address no device. Score 0.7, 0.95 with a context word (ip,
// ip-adres, adresse ip, server, host...).
#pragma once

#include <memory>

#include "core/detect/recognizer.h"

namespace vermeld {

std::unique_ptr<Recognizer> NewIpAddressRecognizer();

}  // namespace vermeld
