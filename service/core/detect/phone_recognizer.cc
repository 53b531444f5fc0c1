#include "core/detect/phone_recognizer.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <re2/re2.h>

#include <algorithm>
#include <initializer_list>
#include <string>

#include "core/detect/be_enterprise_number_recognizer.h"
#include "core/detect/checksum.h"
#include "core/detect/name_lists.h"
#include "core/detect/nl_bsn_recognizer.h"
#include "core/detect/pattern_scan.h"
#include "core/detect/person_evidence.h"
#include "core/detect/phone_types.h"

namespace vermeld {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;
using PhoneType = PhoneNumberUtil::PhoneNumberType;

// Without a telephone word a number is a line only in a text that names someone (person_evidence).
constexpr double kBaseScore = kBarePhoneScore;
constexpr double kContextBoost = 0.15;
constexpr double kOrganisationScore = 0.35;
constexpr size_t kMinDigits = 8;
constexpr size_t kMaxDigits = 15;
constexpr size_t kMaxNationalDigits = 17;  // libphonenumber's longest national number
constexpr int kBelgium = 32;
constexpr int kNetherlands = 31;
// Longest non-digit stretch of a candidate before, between or after its digits: ") " and a
// separator ("+32 (0) 470", "(02) 123"), or an en dash between blanks after the prefix, as
// Word's autocorrect turns " - " ("06 – 18 30 27 64": five bytes; between two numbers it still
// marks a range: "050 72 47 00 – 050 72 47 99").
constexpr size_t kDigitMargin = 5;
constexpr size_t kBsnWordWindow = 40;  // bytes around a BSN its word stands in
constexpr size_t kLabelWindow = 30;    // bytes before a number where its label stands
// Enterprise-number labels: right before a 4-3-3 number, or near one that is no mobile number.
const std::initializer_list<std::string_view> kEnterpriseLabels = {"ondernemingsnummer",
                                                                   "ondernemingsnummers",
                                                                   "ondernemingsnr",
                                                                   "kbo",
                                                                   "bce",
                                                                   "numéro d'entreprise",
                                                                   "numéros d'entreprise",
                                                                   "n° d'entreprise",
                                                                   "enterprise number",
                                                                   "company number"};

size_t CountDigits(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += IsAsciiDigit(c);
  return n;
}

// True when a candidate may open in text[w.begin, w.end): at a '+', or at a '0' after no ASCII
// word byte (the pattern's \b; "(02)" opens with the '(' of such a '0').
bool MayOpenCandidate(std::string_view text, ByteSpan w) {
  for (size_t p = w.begin; p < w.end; ++p) {
    if (text[p] == '+' ||
        (text[p] == '0' && (p == 0 || !(IsAsciiLetter(text[p - 1]) || IsAsciiDigit(text[p - 1]) ||
                                        text[p - 1] == '_')))) {
      return true;
    }
  }
  return false;
}

class PhoneRecognizer : public Recognizer {
 public:
  std::string_view Type() const override { return "PHONE"; }

  void Find(const ScanText& text, std::vector<Finding>& out) const override {
    const std::string_view t = text.text();
    // Most windows of dates, amounts and reference numbers hold no '+' and no '0' opening a word.
    const std::span<const ByteSpan> windows =
        KeepWindows(text.DigitWindows(kDigitMargin, kMinDigits),
                    [&](ByteSpan w) { return MayOpenCandidate(t, w); });
    ForEachMatchIn(candidate_, t, windows, DigitByte{}, [&](size_t b, size_t e) -> size_t {
      // A rejected match may have swallowed the start of a second number after " - " or " / "
      // ("55.08.19-611.30 - 0485/33.21.90": the match opens at "08"), or in the next column of a
      // table typed with blanks ("25,00   0475 12 34 56"): look again from there.
      auto next = [&] {
        const std::string_view cand = t.substr(b, e - b);
        const size_t cut = std::min(SecondNumberStart(cand), cand.find("  "));
        return cut == std::string_view::npos ? e : b + cut;
      };
      if (!ClearBefore(t, b) || ContinuesDigitGroup(t, b) || text.InUrl(b, e) || Minutes(t, b)) {
        return next();
      }
      const re2::StringPiece cand(t.data() + b, e - b);
      // A number may follow the date in the next column ("02-08-2001   06-41872290"): looked for
      // after the date.
      if (const size_t date = DateOrTimeRangeSize(cand); date > 0)
        return std::min(next(), b + date);
      if (IsEnterpriseNumber(text, b, e) || OtherNumberLabelBefore(t, b) || InRange(t, b, e) ||
          CodeSuffix(t, e) || IbanHeadBefore(t.substr(0, b)) || BsnBesideItsWord(text, b, e) ||
          InStructuredMessage(t, b, e)) {
        return next();
      }
      // The regex may have swallowed a following number ("... 34 56 2 keer"): drop trailing
      // groups until the rest is a valid number.
      // Digits right after the match: a longer number the pattern stopped in ("NN 04080721535"),
      // unless that is a second number after a slash or dash set off by blanks ("0478123456 /
      // 0495871234": a group holds eight digits at most); the first one ends there.
      if (e < t.size() && IsAsciiDigit(t[e])) {
        const size_t cut = SecondNumberStart(t.substr(b, e - b));
        // Cut there, the first one may be one end of a range ("0470221900 - 0470221999").
        if (cut == std::string_view::npos || InRange(t, b, b + cut)) return e;
        e = b + cut;
      }
      for (size_t end = e; end > b; end = LastGroupStart(t, b, end)) {
        const std::string_view cand = t.substr(b, end - b);
        const size_t digits = CountDigits(cand);
        if (digits < kMinDigits) break;
        if (digits > kMaxDigits) continue;
        // A dotted group and a digit after it: an IP address ("84.106.22.177").
        if (end + 1 < t.size() && t[end] == '.' && IsAsciiDigit(t[end + 1])) continue;
        const PhoneType type = Classify(cand);
        if (type != PhoneNumberUtil::UNKNOWN) {
          if (!OnlyOrganisations(type)) {
            out.push_back({"PHONE", b, end, Score(text, b, end, type)});
          }
          return end;
        }
        if (end == e && PossibleForeignNumber(cand)) {
          out.push_back({"PHONE", b, end, Score(text, b, end, PhoneNumberUtil::UNKNOWN)});
          return end;
        }
      }
      return e;
    });
  }

 private:
  // A Belgian transfer's structured message, wrapped in "+++" or "***" ("+++112/0442/10442+++"):
  // no telephone number stands right after or before a '+' or '*' of its own.
  static bool InStructuredMessage(std::string_view t, size_t b, size_t e) {
    auto wrap = [](char c) { return c == '+' || c == '*'; };
    return (b > 0 && wrap(t[b - 1])) || (e < t.size() && wrap(t[e]));
  }

  // Nine digits in a row that pass the 11-proof with a BSN word near are a BSN, though a Belgian
  // landline dials so too ("Zijn BSN en gsm: 014884331, 0612345678").
  static bool BsnBesideItsWord(const ScanText& text, size_t b, size_t e) {
    const std::string_view cand = text.text().substr(b, e - b);
    return cand.size() == 9 && std::all_of(cand.begin(), cand.end(), IsAsciiDigit) &&
           BsnElevenProofOk(cand) && NearBsnWord(text, b, e, kBsnWordWindow);
  }

  // The minutes of a time, "14:03" in a log line "14:03  84.106.22.177", start no number.
  static bool Minutes(std::string_view t, size_t b) {
    return b >= 2 && t[b - 1] == ':' && IsAsciiDigit(t[b - 2]);
  }

  // The bytes of the date or time range (date_, time_range_) `cand` opens with, or 0. Both put a
  // separator second or third ("1/2/2024", "09.00-20.00"), which most numbers lack: RE2 is asked
  // only then.
  size_t DateOrTimeRangeSize(re2::StringPiece cand) const {
    auto separator = [&](size_t i) {
      return i < cand.size() &&
             (cand[i] == '.' || cand[i] == '/' || cand[i] == '-' || cand[i] == ':');
    };
    if (!separator(1) && !separator(2)) return 0;
    re2::StringPiece rest = cand;
    if (RE2::Consume(&rest, date_)) return cand.size() - rest.size();
    return RE2::FullMatch(cand, time_range_) ? cand.size() : 0;
  }

  // Where " / " or " - " first parts `cand` into two numbers; npos when it does not.
  static size_t SecondNumberStart(std::string_view cand) {
    return std::min(cand.find(" / "), cand.find(" - "));
  }

  // Start of the separator before the last digit group of t[b, end), or b when there is one group.
  static size_t LastGroupStart(std::string_view t, size_t b, size_t end) {
    size_t i = end;
    while (i > b && IsAsciiDigit(t[i - 1])) --i;
    while (i > b && !IsAsciiDigit(t[i - 1])) --i;
    return i;
  }

  // "0403.448.635" is written like, and may dial like, a phone number, but the 4.3.3 layout with
  // a valid KBO check, or dotted beside words about enterprise numbers (a test number that fails
  // the check), is a Belgian enterprise number. So is any 4.3.3 number joined by dots alone with
  // no word of calling near (CallWordNear): the KBO writes its numbers so, while Belgian lines are
  // grouped by two ("0479 21 86 64").
  bool IsEnterpriseNumber(const ScanText& text, size_t b, size_t e) const {
    const std::string_view cand = text.text().substr(b, e - b);
    if (!RE2::FullMatch(re2::StringPiece(cand.data(), cand.size()), enterprise_layout_)) {
      // Ten digits in a row with a valid KBO check right after its label, a VAT or register
      // label or a Peppol scheme: "KBO 0403448635", "BTW 0403448635" (a Dutch number dials so
      // too), "0208:0403448635".
      return cand.size() == 10 && BeEnterpriseChecksumOk(cand) &&
             (text.HasContextBefore(b, kEnterpriseLabels, kLabelWindow) ||
              AfterPeppolEnterpriseScheme(text.text(), b) ||
              text.HasContextBefore(b, {"btw", "btw-nr", "btw-nummer", "tva", "vat", "rpr", "rpm"},
                                    kLabelWindow));
    }
    if (cand[4] == '.' && cand[8] == '.' && !CallWordNear(text, b, e)) return true;
    if (BeEnterpriseChecksumOk(Alnum(cand)) || BePrefixBefore(text.text().substr(0, b))) {
      return true;
    }
    // A mistyped one: right after an enterprise-number label ("ondernemingsnummer
    // 0456.228.913"), or near such a label or a VAT word unless it is a mobile number ("Mijn
    // btw-aangifte: bel mij op 0475 123 456" is a phone).
    if (text.HasContextBefore(b, kEnterpriseLabels, kLabelWindow)) return true;
    const bool mobile = cand.size() > 2 && cand[1] == '4' && cand[2] >= '5';
    return !mobile &&
           (text.HasContext(b, e, kEnterpriseLabels) || text.HasContext(b, e, {"btw", "tva"}));
  }

  // A label of another kind of number right before the candidate, or one word before it:
  // "polis 04/2219.553", "budgetcode 0100/61330", "serienr. RR 0457 2219 88", "n° 01-2347-885",
  // "S/N 0470221983". A telephone word there keeps it a phone ("tel. nr. 0475 ...", "gsm-nummer:
  // 0475 ..."). A number given as an example ("bijvoorbeeld 0412937755") is nobody's either.
  static bool OtherNumberLabelBefore(std::string_view text, size_t b) {
    bool other = false;
    bool file_only = true;  // every other-number word is a file ("dossier"), no number word
    size_t p = b;
    // A capital set off before the digits heads a document's number ("passport no. N
    // 013385627"); "T", "M", "F", "G" abbreviate a line ("T 015 43 27 81").
    const bool letter_head = b >= 2 && text[b - 1] == ' ' && IsAsciiUpper(text[b - 2]) &&
                             (b == 2 || text[b - 3] == ' ' || text[b - 3] == '\n' ||
                              text[b - 3] == '\t' || text[b - 3] == ':') &&
                             std::string_view("TMFG").find(text[b - 2]) == std::string_view::npos;
    if (letter_head) p = b - 2;
    for (int words = 0; words < 2; ++words) {
      while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t' || text[p - 1] == ':' ||
                       text[p - 1] == '.' || text[p - 1] == '(' || text[p - 1] == '#')) {
        --p;
      }
      const size_t end = p;
      while (p > 0 && (IsWordByte(text[p - 1]) || text[p - 1] == '-' || text[p - 1] == '/' ||
                       static_cast<unsigned char>(text[p - 1]) >= 0x80)) {
        --p;
      }
      if (p == end) break;
      const std::string word = LowerUtf8(text.substr(p, end - p));
      // A spaced dash parts a role from the number: "gestionnaire de dossier – 02 627 23 48".
      if (word == "-" || word == "\u2013" || word == "\u2014") break;
      if (words == 0 && (ExampleWord(word) || (word == "ex" && AfterP(text, p)))) return true;
      // A code sent to a telephone names the line that gets it: "mijn gsm voor de sms-code: ...".
      if ((word.starts_with("sms-") || word.starts_with("gsm-")) && word.ends_with("code")) {
        return false;
      }
      if (OtherNumberWord(word)) {  // before PhoneWord: "belastingnummer" is no "bel..."
        other = true;
        file_only = file_only && word.ends_with("dossier");
      } else if (PhoneWord(word)) {
        return false;
      }
    }
    // The number kept in a file, said so: "het nummer dat in het dossier staat (0476 ...)",
    // "numéro dans le dossier : 0476 ...", "joindre le dossier au 02/511.48.27".
    return other && !(file_only && NumberWordBefore(text, p));
  }

  // Among the few words before `pos` on its line, a verb of reaching someone ("bereiken",
  // "joindre", "bellen"), or a number word with a file as its container between ("het nummer dat
  // in het dossier staat", "numéro dans le dossier"; not "numéro de dossier": the file's own).
  static bool NumberWordBefore(std::string_view text, size_t pos) {
    static constexpr size_t kReach = 48;
    static constexpr std::string_view kReachWords[] = {"bel",
                                                       "bellen",
                                                       "belde",
                                                       "bereiken",
                                                       "bereikbaar",
                                                       "joindre",
                                                       "joignable",
                                                       "appeler",
                                                       "appelle",
                                                       "appelez",
                                                       "call",
                                                       "contacteer",
                                                       "contacter",
                                                       "tel",
                                                       "telefoon",
                                                       "t\u00e9l",
                                                       "t\u00e9l\u00e9phone",
                                                       "gsm",
                                                       "phone"};
    const size_t from = pos > kReach ? pos - kReach : 0;
    bool container = false;  // "in", "dans", "uit" passed
    size_t end = pos;
    while (end > from && text[end - 1] != '\n') {
      while (end > from && !IsWordByte(text[end - 1]) && text[end - 1] != '\n') --end;
      size_t begin = end;
      while (begin > from &&
             (IsWordByte(text[begin - 1]) || static_cast<unsigned char>(text[begin - 1]) >= 0x80)) {
        --begin;
      }
      if (begin == end) break;
      const std::string word = LowerUtf8(text.substr(begin, end - begin));
      if (std::find(std::begin(kReachWords), std::end(kReachWords), word) !=
          std::end(kReachWords)) {
        return true;
      }
      if (word == "nummer" || word == "num\u00e9ro" || word == "number") return container;
      container = container || word == "in" || word == "dans" || word == "uit";
      end = begin;
    }
    return false;
  }

  // One end of a range of numbers ("050 72 47 00 – 050 72 47 99", "0612000001 t/m 0612004999"):
  // a block of numbers, a batch or a series, nobody's line. The other end shares the first four
  // digits and has about as many: not two lines in a signature ("+32 2 527 14 80 – 0495 ...") nor
  // a time ("... – 07:48").
  static bool InRange(std::string_view t, size_t b, size_t e) {
    static constexpr std::string_view kTo[] = {"\u2013", "-", "t/m", "t.e.m.", "tot", "à", "to"};
    const std::string digits = Digits(t.substr(b, e - b));
    auto same_series = [&](size_t from, size_t to) {
      const std::string other = Digits(t.substr(from, to - from));
      return digits.size() >= 4 && other.size() + 1 >= digits.size() &&
             other.size() <= digits.size() + 1 && other.compare(0, 4, digits, 0, 4) == 0;
    };
    const size_t reach = e - b + 2;  // the other end is written like this one
    size_t p = e;
    while (p < t.size() && t[p] == ' ') ++p;
    for (std::string_view to : kTo) {
      if (!t.substr(p).starts_with(to)) continue;
      size_t q = p + to.size();
      while (q < t.size() && t[q] == ' ') ++q;
      if (q < t.size() && IsAsciiDigit(t[q]) && same_series(q, std::min(t.size(), q + reach))) {
        return true;
      }
    }
    p = b;
    while (p > 0 && t[p - 1] == ' ') --p;
    for (std::string_view to : kTo) {
      if (p <= to.size() || t.substr(p - to.size(), to.size()) != to) continue;
      size_t q = p - to.size();
      while (q > 0 && t[q - 1] == ' ') --q;
      if (q > 0 && IsAsciiDigit(t[q - 1]) && same_series(q > reach ? q - reach : 0, q)) {
        return true;
      }
    }
    return false;
  }

  // The ASCII digits of s, from its first digit on.
  static std::string Digits(std::string_view s) {
    std::string out;
    for (char c : s) {
      if (IsAsciiDigit(c)) out.push_back(c);
    }
    return out;
  }

  // A telephone word, also inside a compound ("noodtelefoon", "gsm-nr"), or one saying whose
  // line it is ("privénummer", "thuisnummer", "werknummer", "vast nummer"). Prefixes, not
  // substrings, where a substring is in other words ("bestelnr" holds "tel").
  static bool PhoneWord(std::string_view w) {
    // Arrays, not initializer lists: those were built at each call, with a strlen per word.
    static constexpr std::string_view kParts[] = {"foon", "phone", "téléph", "gsm"};
    static constexpr std::string_view kStarts[] = {
        "tel",      "tél",  "mobi",    "portable", "fax",          "bel",   "sms",
        "whatsapp", "nood", "contact", "appel",    "call",         "privé", "prive",
        "thuis",    "werk", "vast",    "direct",   "rechtstreeks", "perso"};
    for (std::string_view part : kParts) {
      if (w.find(part) != std::string_view::npos) return true;
    }
    for (std::string_view start : kStarts) {
      if (w.starts_with(start)) return true;
    }
    return false;
  }

  // "bijvoorbeeld", "bvb.", "par exemple" right before a number: a sample of a format. Not a bare
  // "bv" (a firm's "bv") nor "ex" without "p." (someone's former partner: "mon ex : 0475 ...").
  static bool ExampleWord(std::string_view w) {
    static constexpr std::string_view kExamples[] = {"bijvoorbeeld", "bvb", "exemple", "example"};
    return std::find(std::begin(kExamples), std::end(kExamples), w) != std::end(kExamples);
  }

  // "p." or "p. " ends right before `pos`: French "p. ex." (par exemple).
  static bool AfterP(std::string_view text, size_t pos) {
    if (pos > 0 && text[pos - 1] == ' ') --pos;
    return pos >= 2 && text[pos - 1] == '.' && (text[pos - 2] | 0x20) == 'p' &&
           (pos == 2 || !IsWordByte(text[pos - 3]));
  }

  // A code of capitals and digits glued to the number's end ("0507247000-TRK01"): an identifier,
  // no line; not a word ("03 456 78 90/Fax ...", "0475123456/privé").
  static bool CodeSuffix(std::string_view t, size_t e) {
    if (e + 1 >= t.size() || (t[e] != '-' && t[e] != '_' && t[e] != '/')) return false;
    size_t p = e + 1;
    while (p < t.size() && t[p] >= 'A' && t[p] <= 'Z') ++p;
    return p - (e + 1) >= 2 && p < t.size() && t[p] >= '0' && t[p] <= '9';
  }

  // Numbers that are no telephone: "polis", "budgetcode", and a number word after a head naming
  // another kind of number ("dossiernummer", "serienr", "Bestelnr."). Not "kantoornummer",
  // "onthaalnummer": a bare or other "nummer" may be one ("haar nieuwe nr is 06-...").
  static bool OtherNumberWord(std::string_view w) {
    // Arrays, not initializer lists: those were built at each call, with a strlen per word.
    static constexpr std::string_view kEnds[] = {
        "code",       "artikel",   "article",   "polis",       "police",   "ref",      "réf",
        "referentie", "référence", "reference", "bsn",         "dossier",  "factuur",  "facture",
        "invoice",    "order",     "serial",    "nummerreeks", "kenmerk",  "contract", "bon",
        "batch",      "s/n",       "passport",  "paspoort",    "passeport"};
    static constexpr std::string_view kNumbers[] = {"nummer", "number", "numéro", "nr", "n°", "no"};
    static constexpr std::string_view kOthers[] = {
        "dossier",       "klant",         "klanten",     "bestel",    "order",
        "factuur",       "polis",         "personeels",  "lid",       "serie",
        "rijksregister", "ondernemings",  "btw",         "rekening",  "contract",
        "aanvraag",      "inschrijvings", "chassis",     "frame",     "kader",
        "artikel",       "zaak",          "pv",          "ticket",    "referentie",
        "client",        "customer",      "invoice",     "policy",    "account",
        "case",          "serial",        "commande",    "facture",   "contrat",
        "série",         "membre",        "affiliation", "matricule", "belasting",
        "badge",         "aanslag",       "chip",        "meter",     "zending",
        "pakket",        "zitting",       "certificaat"};
    for (std::string_view end : kEnds) {
      if (w.ends_with(end)) return true;
    }
    for (std::string_view number : kNumbers) {
      if (!w.ends_with(number)) continue;
      std::string_view head = w.substr(0, w.size() - number.size());
      while (!head.empty() && (head.back() == '-' || head.back() == '.' || head.back() == ' ')) {
        head.remove_suffix(1);
      }
      for (std::string_view other : kOthers) {  // also a compound: "huurcontractnummer"
        if (head.ends_with(other)) return true;
      }
    }
    return false;
  }

  // The head of an IBAN with a bank code right before, a blank between: the country, the check
  // digits and four letters ("NL76 ABNA 0456 0937 63"): the rest of an account number, valid or
  // not, never a line. (Without a bank code the digits run on from the check digits, and the
  // candidate starts there, glued to the country: no phone either.)
  static bool IbanHeadBefore(std::string_view before) {
    auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    const size_t n = before.size();
    if (n < 10 || before[n - 1] != ' ' || before[n - 6] != ' ') return false;
    for (size_t i = n - 5; i < n - 1; ++i) {
      if (!upper(before[i])) return false;  // the bank code
    }
    return upper(before[n - 10]) && upper(before[n - 9]) && IsAsciiDigit(before[n - 8]) &&
           IsAsciiDigit(before[n - 7]) && (n == 10 || !IsWordByte(before[n - 11]));
  }

  // "BE" right before, a blank between or not, and not the end of a longer word ("CUBE").
  static bool BePrefixBefore(std::string_view before) {
    if (before.ends_with(' ')) before.remove_suffix(1);
    return before.ends_with("BE") && (before.size() == 2 || !IsWordByte(before[before.size() - 3]));
  }

  // The type of the number `cand` dials from Belgium, else from the Netherlands; UNKNOWN when
  // it is not a valid number (IsValidNumber holds exactly when GetNumberType knows the type).
  // Belgian and Dutch numbers are built here from their digits: libphonenumber's Parse costs
  // some 20 us (ICU regexes) and was most of the detector's time. Other countries are parsed,
  // unless their metadata already rules the number out.
  PhoneType Classify(std::string_view cand) const {
    std::string digits;
    for (char c : cand) {
      if (IsAsciiDigit(c)) digits.push_back(c);
    }
    // Parse takes "00" for the international prefix only before a country code, never before
    // a third '0': "000 ..." is read as a national number, and its national significant number
    // starts with '0' (which no Belgian or Dutch number does) with or without the trunk prefix.
    const bool international = cand[0] == '+' || (digits.starts_with("00") && digits[2] != '0');
    if (!international) {
      for (int country : {kBelgium, kNetherlands}) {
        const PhoneType type = NationalType(country, digits);
        if (type != PhoneNumberUtil::UNKNOWN) return type;
      }
      return PhoneNumberUtil::UNKNOWN;
    }
    const std::string_view dialled = std::string_view(digits).substr(cand[0] == '+' ? 0 : 2);
    for (int country : {kBelgium, kNetherlands}) {
      // Country codes are prefix-free: "32..." is Belgium whatever follows.
      if (dialled.starts_with(std::to_string(country))) {
        return NationalType(country, dialled.substr(2));
      }
    }
    if (!dialled_.MayBeValid(dialled)) return PhoneNumberUtil::UNKNOWN;
    // The region only tells Parse the international prefix, "00" in both countries.
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(std::string(cand), "BE", &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
      return PhoneNumberUtil::UNKNOWN;
    }
    return util.GetNumberType(number);
  }

  // A whole number after '+' and a country code other than Belgium's and the Netherlands', with
  // a length its country dials but in no range the metadata lists: a range opened since, or the
  // one British TV and examples use ("+44 7700 900482"). A '+' and a country code make no
  // amount or reference, though an amount may read as a local number (too short here).
  bool PossibleForeignNumber(std::string_view cand) const {
    const size_t code = cand.find_first_of("0123456789");
    if (cand[0] != '+' || code == std::string_view::npos || cand.substr(code).starts_with("32") ||
        cand.substr(code).starts_with("31")) {
      return false;
    }
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    return util.Parse(std::string(cand), "BE", &number) == PhoneNumberUtil::NO_PARSING_ERROR &&
           util.IsPossibleNumberWithReason(number) == PhoneNumberUtil::IS_POSSIBLE;
  }

  // The type of a number of `country` written without its country code, after the trunk
  // prefix '0' if any ("0470 ...", "+32 (0)470 ..."), as Parse reads it. Without a leading zero
  // the digits are the national significant number GetNumberType would read.
  PhoneType NationalType(int country, std::string_view digits) const {
    if (digits.starts_with('0')) digits.remove_prefix(1);
    if (digits.empty() || digits[0] == '0' || digits.size() > kMaxNationalDigits) {
      return PhoneNumberUtil::UNKNOWN;
    }
    return types_.Type(country, digits);
  }

  // Toll-free, premium-rate, shared-cost and universal access numbers (BE 078) are only ever
  // given to organisations (a helpline, an information line): never a person's number.
  static bool OnlyOrganisations(PhoneType type) {
    return type == PhoneNumberUtil::TOLL_FREE || type == PhoneNumberUtil::PREMIUM_RATE ||
           type == PhoneNumberUtil::SHARED_COST || type == PhoneNumberUtil::UAN;
  }

  static double Score(const ScanText& text, size_t b, size_t e, PhoneType type) {
    // Switchboard labels stand right before the number ("Onthaal: 09 123 45 67").
    if (text.HasContext(b, b,
                        {"onthaal", "algemeen nummer", "algemeen telefoonnummer", "centrale",
                         "receptie", "secretariaat", "accueil", "standard", "switchboard",
                         "reception", "klantendienst", "service clientèle", "hoofdkantoor"},
                        40)) {
      return kOrganisationScore;
    }
    // A mobile is someone's line where a text says whom it reaches: "de accountmanager is
    // rechtstreeks bereikbaar op +32 478 ..."; a landline so described is mostly an office's.
    const bool reached = type == PhoneNumberUtil::MOBILE &&
                         text.HasContext(b, e, {"bereikbaar", "joignable", "reachable", "reached"});
    return ContextScore(kBaseScore, kContextBoost, TelephoneWordNear(text, b, e) || reached);
  }

  // A word of calling, texting or a line near the number ("gsm", "bel", "sms", "appelle-moi",
  // "WhatsApp"), or one saying whose number it is ("nummer", "numéro", "perso").
  static bool TelephoneWordNear(const ScanText& text, size_t b, size_t e) {
    return CallWordNear(text, b, e) ||
           text.HasContext(b, e, {"nummer", "numéro", "perso", "privé", "contacteer"});
  }

  // A word of calling or texting near the number. Number words are not: an enterprise number is
  // a "btw-nummer" too.
  static bool CallWordNear(const ScanText& text, size_t b, size_t e) {
    return text.HasContext(b, e,
                           {"tel",         "telefoon",    "telefoonnummer", "gsm",     "mobiel",
                            "mobile",      "bel",         "bellen",         "tél",     "téléphone",
                            "portable",    "phone",       "telephone",      "cell",    "sms",
                            "whatsapp",    "appel",       "appelle",        "appeler", "appelez",
                            "teruggebeld", "terugbellen", "rappeler",       "call"});
  }

  // International (+ or 00 prefix, optional "(0)") or national (leading 0, optional parentheses
  // around the area code, maybe an en dash after it), then digit groups joined by one or two
  // separators.
  const RE2 candidate_{
      R"((?:\+|\b00)[1-9][0-9]{0,2}(?:[ .\-/]?\(0\))?(?:[ .\-/]{0,2}[0-9]{1,8}){1,6})"
      R"(|(?:\(0[0-9]{1,4}\)|\b0[0-9]{1,9})(?: ?– ?[0-9]{1,8})?(?:[ .\-/]{1,3}[0-9]{1,8}){0,5})"};
  const RE2 enterprise_layout_{R"([01][0-9]{3}[. ][0-9]{3}[. ][0-9]{3})"};
  // A date, or two days of one month: "09/10-04-2024" (a two-day course).
  const RE2 date_{R"([0-9]{1,2}(?:[./-][0-9]{1,2})?[./-][0-9]{1,2}[./-](?:19|20)[0-9]{2})"};
  // Opening hours: "09.00-20.00", "9.30 - 12.00".
  const RE2 time_range_{R"([0-2]?[0-9][.:][0-5][0-9] ?- ?[0-2]?[0-9][.:][0-5][0-9])"};
  const NationalNumberTypes types_;
  const DialledNumbers dialled_;
};

}  // namespace

std::unique_ptr<Recognizer> NewPhoneRecognizer() { return std::make_unique<PhoneRecognizer>(); }

}  // namespace vermeld
