#include "core/detect/email_recognizer.h"

#include <re2/re2.h>

#include <algorithm>
#include <iterator>
#include <string>

#include "core/detect/pattern_scan.h"
#include "core/detect/person_evidence.h"

namespace vermeld {
namespace {

constexpr double kContextBoost = 0.1;
constexpr double kFunctionalScore = 0.3;

// Role mailboxes in nl/fr/en; matched against the whole local part or its first segment.
// Packed by hand (clang-format 14 sets one word per line).
// clang-format off
constexpr std::string_view kRoles[] = {
    "info", "pers", "press", "presse", "persdienst", "media", "contact", "contacto", "onthaal",
    "accueil", "receptie", "reception", "secretariaat", "secretariat", "noreply", "no-reply",
    "donotreply", "admin", "administratie", "office", "kantoor", "bureau", "communicatie",
    "communication", "webmaster", "postmaster", "support", "helpdesk", "servicedesk", "service",
    "klantendienst", "klantenservice", "sales", "verkoop", "jobs", "vacatures", "hr",
    "personeelsdienst", "facturatie", "facturen", "invoices", "facturation", "boekhouding",
    "comptabilite", "accounting", "dpo", "privacy", "welkom", "balie", "kabinet", "cabinet",
    "redactie", "redaction", "nieuws", "news", "events", "evenementen", "reservaties",
    "reservations", "directie", "bestuur"};

// Desks whose word may also open a person's address ("legal.vandamme@", "orders.jansen@"): a role
// only as the whole local part.
constexpr std::string_view kWholeRoles[] = {
    "juridisch", "juridische", "juridique", "legal", "aankoop", "inkoop", "achats", "purchasing",
    "procurement", "offertes", "devis", "quotes", "bestellingen", "commandes", "orders", "groepen",
    "groupes", "groups", "inschrijvingen", "inscriptions", "registrations", "tickets", "ticketing",
    "billetterie", "klachten", "plaintes", "complaints", "ombudsdienst", "ombudsman", "payroll",
    "loonadministratie", "logistiek", "logistique", "logistics", "facility", "facilities",
    "preventie", "prevention", "burgerzaken", "population", "subsidies", "subsides"};
// clang-format on

// Words of a template address that stands for everyone's own ("voornaam.naam@school.be",
// "prenom.nom@", "firstname.lastname@"): no one's address.
constexpr std::string_view kPlaceholders[] = {
    "voornaam", "naam",  "achternaam", "familienaam", "prenom",  "nom",  "firstname",
    "lastname", "first", "last",       "name",        "surname", "jouw", "uw",
    "your",     "votre", "initiaal",   "initialen",   "x",       "xx",   "xxx"};

// Bytes an address is made of: RFC 5322 atom characters, '.' and '@'.
bool IsAddressByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '@' || std::string_view("!#$%&'*+/=?^_`{|}~-").find(c) != std::string_view::npos;
}

// The byte every address holds (ForEachMatchIn's mark).
bool IsAt(char c) { return c == '@'; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// True when every part of the local part between '.', '_' and '-' is a placeholder word.
bool IsPlaceholder(std::string_view local_part) {
  const std::string local = Lower(local_part);
  std::string_view rest = local;
  while (true) {
    const size_t cut = rest.find_first_of("._-");
    const std::string_view part = rest.substr(0, cut);
    if (std::find(std::begin(kPlaceholders), std::end(kPlaceholders), part) ==
        std::end(kPlaceholders)) {
      return false;
    }
    if (cut == std::string_view::npos) return true;
    rest.remove_prefix(cut + 1);
  }
}

class EmailRecognizer : public Recognizer {
 public:
  std::string_view Type() const override { return "EMAIL"; }

  void Find(const ScanText& text, std::vector<Finding>& out) const override {
    // Every address lies in the run of address bytes around its '@'.
    const std::vector<ByteSpan> runs = text.RunsAround('@', IsAddressByte);
    ForEachMatchIn(pattern_, text.text(), runs, IsAt, [&](size_t b, size_t e) {
      // In a file name the address is one of the words joined by '_':
      // "08_mail_hakan.arslan87@gmail.com_nagekomen.msg".
      if (text.text()[e - 1] == '_') {
        --e;
        const size_t joint = text.text().substr(b, e - b).rfind('_');
        if (joint != std::string_view::npos && text.text()[b + joint + 1] != '@') b += joint + 1;
      }
      if (text.InUrl(b, e)) return;
      const std::string_view address = text.text().substr(b, e - b);
      const std::string_view local = address.substr(0, address.find('@'));
      if (IsPlaceholder(local)) return;
      double score = kFunctionalScore;
      if (!IsFunctionalMailbox(local)) {
        score = ContextScore(kPersonalMailScore, kContextBoost,
                             text.HasContext(b, e,
                                             {"e-mail", "email", "mail", "mailadres", "e-mailadres",
                                              "courriel", "adresse e-mail"}));
      }
      out.push_back({"EMAIL", b, e, score});
    });
  }

 private:
  // Local part: RFC 5322 atoms (no quoted forms); domain: labels and a letter TLD, ending at a
  // word's end or at a '_' that joins the next word of a file name (kept in the match).
  const RE2 pattern_{
      R"([A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@)"
      R"((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?:\b|_))"};
};

}  // namespace

bool IsFunctionalMailbox(std::string_view local_part) {
  const std::string local = Lower(local_part);
  const std::string_view first = std::string_view(local).substr(0, local.find_first_of("._+-"));
  for (std::string_view role : kRoles) {
    if (local == role || first == role) return true;
  }
  return std::find(std::begin(kWholeRoles), std::end(kWholeRoles), local) != std::end(kWholeRoles);
}

std::unique_ptr<Recognizer> NewEmailRecognizer() { return std::make_unique<EmailRecognizer>(); }

}  // namespace vermeld
