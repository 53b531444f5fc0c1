#include "core/detect/person_evidence.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "core/detect/pattern_scan.h"

namespace vermeld {
namespace {

bool Is(const Finding& f, std::string_view type) { return f.type == type; }

// What an organisation publishes about itself: contacts, its enterprise and VAT numbers, the
// account its invoices name; not an address under a home's label.
bool PublishedByOrganisations(const Finding& f) {
  if (Is(f, "ADDRESS") && f.score >= kHomeAddressScore) return false;
  for (std::string_view own :
       {"EMAIL", "PHONE", "ADDRESS", "BE_ENTERPRISE_NUMBER", "VAT_NUMBER", "IBAN"}) {
    if (Is(f, own)) return true;
  }
  return false;
}

// A mailbox at a provider's domain that anyone gets for free or with a line at home, under a
// local part that names no business or role: a private person's ("jan.peeters@telenet.be",
// "kdw1983@hotmail.com"); organisations publish their own domains, and a shop's free mailbox
// says what it is ("kapsalon.marie@gmail.com").
bool AtAFreeMailDomain(std::string_view text, const Finding& f) {
  std::string address(text.substr(f.begin, f.end - f.begin));
  for (char& c : address) c = LowerAscii(c);
  const size_t at = address.find('@');
  if (at == std::string::npos) return false;
  static constexpr std::string_view kProviders[] = {
      "gmail.com",  "hotmail.com", "hotmail.be",  "hotmail.fr", "hotmail.nl",     "outlook.com",
      "outlook.be", "live.be",     "live.nl",     "live.com",   "msn.com",        "yahoo.com",
      "yahoo.fr",   "icloud.com",  "me.com",      "telenet.be", "skynet.be",      "proximus.be",
      "scarlet.be", "ziggo.nl",    "kpnmail.nl",  "xs4all.nl",  "planet.nl",      "home.nl",
      "gmx.com",    "gmx.de",      "gmx.net",     "web.de",     "protonmail.com", "proton.me",
      "orange.fr",  "free.fr",     "laposte.net", "wanadoo.fr", "voo.be"};
  const std::string_view domain = std::string_view(address).substr(at + 1);
  if (std::find(std::begin(kProviders), std::end(kProviders), domain) == std::end(kProviders)) {
    return false;
  }
  const std::string_view local = std::string_view(address).substr(0, at);
  static constexpr std::string_view kRoles[] = {
      "info",    "contact", "kapsalon", "salon",    "shop",    "winkel",    "club",     "team",
      "admin",   "service", "vzw",      "asbl",     "bestuur", "secretari", "redactie", "office",
      "atelier", "events",  "feest",    "praktijk", "cabinet", "bakkerij",  "garage",   "verhuur"};
  return std::none_of(std::begin(kRoles), std::end(kRoles), [&](std::string_view role) {
    return local.find(role) != std::string_view::npos;
  });
}

// An IP address is one: a device's in a log beside a name ("kevin vdb ... 10.14.22.187"), so a
// name without a cue and an address keep each other.
bool ShowsPeople(std::string_view text, const Finding& f) {
  if (Is(f, "PERSON")) return f.score >= kCuedPersonScore;
  if (Is(f, "EMAIL")) return f.score >= kPersonalMailScore && AtAFreeMailDomain(text, f);
  return !PublishedByOrganisations(f);
}

// A national number, a date of birth, a plate...: data that points at one person.
bool IdentifiesSomeone(const Finding& f) {
  return !Is(f, "PERSON") && !Is(f, "HEALTH") && !PublishedByOrganisations(f);
}

}  // namespace

void DropUncorroborated(std::string_view text, std::vector<Finding>& findings) {
  if (std::none_of(findings.begin(), findings.end(), [](const Finding& f) {
        return Is(f, "PERSON") && f.score >= kCuedPersonScore;
      })) {
    std::erase_if(findings,
                  [](const Finding& f) { return Is(f, "NL_BSN") && f.score == kBareBsnScore; });
  }
  if (text.size() >= kShortMessageBytes &&
      std::none_of(findings.begin(), findings.end(),
                   [&](const Finding& f) { return ShowsPeople(text, f); })) {
    std::erase_if(findings, [](const Finding& f) { return Is(f, "PERSON"); });
  }
  if (std::any_of(findings.begin(), findings.end(),
                  [](const Finding& f) { return Is(f, "PERSON"); })) {
    return;
  }
  // A national number, a BSN, a birth date or a passport is one person's: the address and the
  // number beside it are theirs ("Naam: -  Adres: Molenstraat 14 bus 2  Rijksregisternummer:
  // ..."). A payment card or a plate keeps the number only (an SMS export whose sender's number
  // sends a card number): a firm's van and a terminal's test card stand beside its own address
  // ("Onze bestelwagen 1-VXK-402 staat klaar aan het magazijn, Industrieweg 14, 9000 Gent").
  auto card_or_plate = [](const Finding& f) {
    return Is(f, "CREDIT_CARD") || Is(f, "LICENSE_PLATE");
  };
  if (std::none_of(findings.begin(), findings.end(), [&](const Finding& f) {
        return IdentifiesSomeone(f) && !Is(f, "IP_ADDRESS") && !card_or_plate(f);
      })) {
    const bool keeps_numbers = std::any_of(findings.begin(), findings.end(), card_or_plate);
    std::erase_if(findings, [&](const Finding& f) {
      return Is(f, "ADDRESS") || (!keeps_numbers && Is(f, "PHONE") && f.score == kBarePhoneScore);
    });
  }
  // Without anyone named (no PERSON left) or identified, an IP address is a server's, a printer's
  // or an attacker's in an IT notice ("de printserver krijgt 10.20.1.5", "geblokkeerd:
  // 185.220.101.4"); a personal mailbox is someone ("kdw1983@hotmail.com logde in vanaf
  // 81.82.203.17").
  if (std::none_of(findings.begin(), findings.end(), [](const Finding& f) {
        return (IdentifiesSomeone(f) && !Is(f, "IP_ADDRESS")) ||
               (Is(f, "EMAIL") && f.score >= kPersonalMailScore);
      })) {
    std::erase_if(findings, [](const Finding& f) { return Is(f, "IP_ADDRESS"); });
  }
  if (std::none_of(findings.begin(), findings.end(), IdentifiesSomeone)) {
    std::erase_if(findings, [](const Finding& f) { return Is(f, "HEALTH"); });
  }
}

}  // namespace vermeld
