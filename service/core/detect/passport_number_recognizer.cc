#include "core/detect/passport_number_recognizer.h"

#include <re2/re2.h>

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>

#include "core/detect/checksum.h"
#include "core/detect/name_lists.h"
#include "core/detect/nl_bsn_recognizer.h"
#include "core/detect/pattern_scan.h"
#include "core/detect/span_count.h"
#include "core/detect/table_layout.h"

namespace vermeld {
namespace {

constexpr double kScore = 0.85;
// Digits right after a passport word: the word names them (a phone number nearby must not win).
constexpr double kLabelledScore = 1.0;
constexpr size_t kContextWindow = 80;
constexpr size_t kBsnWordWindow = 120;
constexpr size_t kOwnLabel = 20;  // bytes: a label right before its number
// Bytes from a document's word to its number across "nr.:", a table cell or a word in Cyrillic
// ("| лична карта | 648302915").
constexpr size_t kDocumentLabelReach = 32;
// Longest non-digit stretch of a match: eight letters before the last digit (NL).
constexpr size_t kDigitMargin = 8;
constexpr size_t kEidDigits = 12;
// A number of digits only (Romania, the UK, the US) counts right after a passport word, or an
// identity card's.
constexpr size_t kDigitsOnlyMin = 8;
constexpr size_t kPassportWordBefore = 40;
// Words of an identity card or a residence card (a passport's words: PassportWordBefore).
// Packed by hand: clang-format 14 sets these to a line each.
// clang-format off
const std::initializer_list<std::string_view> kIdCardWords = {
    "identiteitskaart", "id-kaart", "id card", "identity card", "carte d'identité", "dowód",
    "dowodu", "personalausweis", "carte de identitate", "kimlik", "cin", "cni", "лична карта",
    "lichna karta", "verblijfskaart", "verblijfstitel", "verblijfsvergunning", "titre de séjour",
    "carte de séjour", "residence card", "residence permit", "residence document",
    "verblijfsdocument", "document de séjour", "a-kaart",
    "oranje kaart", "identiteitskaartnr", "identiteitskaartnummer", "id-kaartnr", "id-kaartnummer"};
// A passport in the languages of its holders: pl, ro (with a comma or a cedilla), tr, de, it, es,
// pt, and in Cyrillic (bg, ru, uk).
const std::initializer_list<std::string_view> kPassportWords = {
    "paspoort", "pasp", "paspoortnummer", "paspoortnr", "passeport", "numéro de passeport",
    "passport", "passport number", "paszport", "pasaport", "pașaport", "paşaport", "reisepass",
    "passaporto", "pasaporte", "passaporte", "паспорт"};
// Other words naming an identity document or its number.
const std::initializer_list<std::string_view> kDocumentWords = {
    "reisdocument", "reispas", "documentnummer", "identiteitsbewijs", "eid", "kaartnummer", "kaartnr",
    "id-bewijs"};
// A bank account's words: a Belgian account number of before IBAN has an eID card number's form.
const std::initializer_list<std::string_view> kAccountWords = {
    "rekening", "rekeningnummer", "bankrekening", "rek", "compte", "numéro de compte", "account",
    "iban", "overschrijving", "virement", "storten"};
// The labels of other documents' numbers.
const std::initializer_list<std::string_view> kReferenceWords = {
    "factuur", "facture", "invoice", "dossier", "pv", "ref", "referentie", "référence", "reference"};
// clang-format on
// Three capitals before a blank and digits that head no identity document: currencies and the
// labels of other numbers.
constexpr std::string_view kOtherHeads[] = {"EUR", "USD", "GBP", "CHF", "PLN", "KBO", "BTW", "BSN",
                                            "RRN", "BCE", "TVA", "VAT", "NIS", "RPR", "RPM", "INS",
                                            "NRN", "REF", "NUM", "INC", "REQ", "CHG"};
constexpr size_t kShortestRun = 7;  // capitals and digits in a row in every passport number

bool EidCardOk(std::string_view digits) {
  const int r = Mod97(digits.substr(0, 10));
  return r >= 0 && (digits[10] - '0') * 10 + (digits[11] - '0') == (r == 0 ? 97 : r);
}

// Twelve digits in the eID card's groups of 3, 7 and 2 ("591-2345678-29", "592 3846588 37").
bool InCardGroups(std::string_view number) {
  size_t groups[3] = {0, 0, 0};
  size_t g = 0;
  for (size_t i = 0; i < number.size(); ++i) {
    if (IsAsciiDigit(number[i])) {
      if (g == 3) return false;
      ++groups[g];
    } else if (i > 0 && IsAsciiDigit(number[i - 1])) {
      ++g;
    }
  }
  return groups[0] == 3 && groups[1] == 7 && groups[2] == 2;
}

// A blank between a capital and a digit, as some write a passport number: "EK 7319024".
bool BlankAfterLetters(std::string_view t, size_t i) {
  return t[i] == ' ' && i > 0 && i + 1 < t.size() && IsAsciiUpper(t[i - 1]) &&
         IsAsciiDigit(t[i + 1]);
}

// A capital before a capital or a digit: where every passport number starts.
bool HasCapitalStart(std::string_view t, ByteSpan w) {
  for (size_t i = w.begin; i + 1 < w.end; ++i) {
    if (IsAsciiUpper(t[i]) &&
        (IsAsciiUpper(t[i + 1]) || IsAsciiDigit(t[i + 1]) || BlankAfterLetters(t, i + 1))) {
      return true;
    }
  }
  return false;
}

// A blank between two digits: "561 403 297", as some write a number of digits only.
bool BlankInDigits(std::string_view t, size_t i) {
  return t[i] == ' ' && i > 0 && i + 1 < t.size() && IsAsciiDigit(t[i - 1]) &&
         IsAsciiDigit(t[i + 1]);
}

// Seven capitals and digits in a row (a blank after the letters or between digits aside): every
// passport number holds them (the eID card number's middle group; eight or nine in the others),
// dates and amounts do not.
bool HasAlnumRun(std::string_view t, ByteSpan w) {
  size_t run = 0;
  for (size_t i = w.begin; i < w.end; ++i) {
    if (BlankAfterLetters(t, i) || BlankInDigits(t, i)) continue;
    run = IsAsciiUpper(t[i]) || IsAsciiDigit(t[i]) ? run + 1 : 0;
    if (run == kShortestRun) return true;
  }
  return false;
}

// A digit or '+' before text[b], blanks apart.
bool AfterDigitsOrPlus(std::string_view t, size_t b) {
  while (b > 0 && t[b - 1] == ' ') --b;
  return b > 0 && (IsAsciiDigit(t[b - 1]) || t[b - 1] == '+');
}

// All the digits of s are the same one.
bool OneDigitRepeated(std::string_view s) {
  const size_t first = s.find_first_of("0123456789");
  if (first == std::string_view::npos) return false;
  return std::all_of(s.begin() + first, s.end(),
                     [&](char c) { return !IsAsciiDigit(c) || c == s[first]; }) &&
         std::count_if(s.begin(), s.end(), IsAsciiDigit) > 2;
}

class PassportNumberRecognizer : public Recognizer {
 public:
  std::string_view Type() const override { return "PASSPORT_NUMBER"; }

  void Find(const ScanText& text, std::vector<Finding>& out) const override {
    const std::string_view t = text.text();
    // Passport numbers start with a capital or are eight digits or more (eID card numbers twelve).
    const std::span<const ByteSpan> windows =
        KeepWindows(text.DigitWindows(kDigitMargin), [&](ByteSpan w) {
          return HasAlnumRun(t, w) &&
                 (HasCapitalStart(t, w) || CountIn(t, w, IsAsciiDigit) >= kDigitsOnlyMin);
        });
    ForEachMatchIn(pattern_, t, windows, DigitByte{}, [&](size_t b, size_t e) {
      if (!StandsAlone(t, b, e)) return;
      const std::string compact = Alnum(t.substr(b, e - b));
      // Dutch specimen documents carry "SPECI2014"-style numbers, and examples fill the digits
      // with one digit ("EL000000"): nobody's.
      if (compact.starts_with("SPECI") ||
          std::none_of(compact.begin(), compact.end(), IsAsciiDigit) || OneDigitRepeated(compact)) {
        return;
      }
      const bool digits_only = std::all_of(compact.begin(), compact.end(), IsAsciiDigit);
      if (digits_only && compact.size() == kEidDigits) {
        const bool valid = EidCardOk(compact);
        // The card's own grouping needs no more than a card's word near it: "haar kaart is
        // nieuw, nr 593-0072291-86", "n° de carte 592-8816302-53"; right after the word when the
        // check digits were copied with a slip ("n° de carte 592-4418306-27", a table's "eID"
        // column), as a manual's sample stands further from it. Not with an account's word near:
        // a Belgian account number before IBAN had the same groups and check digits ("betalen met
        // uw kaart of op rekening 001-2345678-03"); nor labelled as a reference.
        const std::initializer_list<std::string_view> card_words = {"kaart", "carte", "card",
                                                                    "eid"};
        if (InCardGroups(t.substr(b, e - b)) &&
            (valid ? text.HasContext(b, e, card_words, kContextWindow)
                   : text.HasContextBefore(b, card_words, kDocumentLabelReach)) &&
            !text.HasContext(b, e, kAccountWords, kContextWindow) &&
            !text.HasContextBefore(b, kReferenceWords, kOwnLabel)) {
          out.push_back({"PASSPORT_NUMBER", b, e, kScore});
          return;
        }
        // Right after the card's own label the number is the card's even when a slip broke its
        // check digits ("Identiteitskaart nr.: 592-4417308-62").
        if (!valid && !IdentityDocumentWordBefore(text, b, kDocumentLabelReach)) return;
      } else if (digits_only) {
        // An identity card's digits only right after its word ("ID-kaart, nr 007159284"), and
        // digits in groups, which dial like a phone too ("Passport no.: 561 403 297").
        // Not digits after a country code or other digits: "phone +48 601 228 945".
        const bool grouped = t.substr(b, e - b).find(' ') != std::string_view::npos;
        if (grouped && AfterDigitsOrPlus(t, b)) return;
        if (!(grouped ? IdentityDocumentWordBefore(text, b, kDocumentLabelReach)
                      : PassportWordBefore(text, b, kPassportWordBefore) ||
                            text.HasContextBefore(b, kIdCardWords, kDocumentLabelReach)) &&
            !DocumentColumn(text, b)) {
          return;
        }
        // A Dutch passport carries its holder's BSN: nine digits that pass the 11-proof with a
        // BSN word near are that ("Uw BSN staat op uw paspoort: 123456782", "paspoort NX7HK2P14,
        // persoonsnummer 889789174").
        // Not one right after its own passport label ("Paspoortnummer: 123456782").
        if (compact.size() == 9 && BsnElevenProofOk(compact) &&
            NearBsnWord(text, b, e, kBsnWordWindow) &&
            !text.HasContextBefore(b,
                                   {"paspoortnummer", "paspoortnr", "passport number",
                                    "passport no", "num\u00e9ro de passeport"},
                                   kOwnLabel)) {
          return;
        }
        out.push_back({"PASSPORT_NUMBER", b, e, kLabelledScore});
        return;
      }
      // Letters set off from the digits by a blank: only after a passport or identity card word
      // ("Pools paspoort nr. EK 7319024", "polish ID card: AYC 472915") or in its column, as "B
      // 1234567" may be anything.
      const size_t blank = t.substr(b, e - b).find(' ');
      if (!digits_only && blank != std::string_view::npos) {
        // Three capitals only after an identity card's word, and not a currency or another
        // number's label ("kosten EUR 1500000", "KBO 040344863").
        const bool three = blank == 3;
        const bool head_ok = !three || std::find(std::begin(kOtherHeads), std::end(kOtherHeads),
                                                 t.substr(b, 3)) == std::end(kOtherHeads);
        // A Belgian residence card's form ("B 0672419 31") needs only a card's word before it,
        // whatever its type: "carte A (protection temporaire) n° B 3391075 62".
        const bool card = compact.size() == 10 && blank == 1;
        // ...and not another document's number: "Kosten paspoort: factuur F 2025013".
        // "CI" (carte d'identité, carte de identitate) labels a card only right before it.
        if (head_ok &&
            ((!three && PassportWordBefore(text, b, kContextWindow)) ||
             AnsweredInAChat(text, b, e) ||
             text.HasContextBefore(b, kIdCardWords, kContextWindow) ||
             (card && text.HasContextBefore(b, {"carte", "kaart", "card"}, kContextWindow)) ||
             (!three && text.HasContextBefore(b, {"ci"}, kOwnLabel)) || DocumentColumn(text, b)) &&
            !text.HasContextBefore(b, kReferenceWords, kOwnLabel)) {
          // That form dials like a landline after its letter: with its document's word before
          // it, it wins over that reading.
          out.push_back({"PASSPORT_NUMBER", b, e, card ? kLabelledScore : kScore});
        }
        return;
      }
      if (!text.HasContext(b, e, kDocumentWords, kContextWindow) &&
          !text.HasContext(b, e, kPassportWords, kContextWindow) &&
          !text.HasContext(b, e, kIdCardWords, kContextWindow) && !DocumentColumn(text, b) &&
          !AfterBookingLabel(t, b) && !(SaidToBe(t, b) && ExpiryAfter(t, e)) &&
          !AnsweredInAChat(text, b, e)) {
        return;
      }
      out.push_back({"PASSPORT_NUMBER", b, e, kScore});
    });
  }

 private:
  // A table's column "Document nr" or "Paspoort" of a list of people ("| NAAM | DOCUMENT NR |"
  // over "PAS U23817460"); in running text "Document nr:" labels invoices and records as well.
  static bool DocumentColumn(const ScanText& text, size_t b) {
    return HeaderMatches(text.Tables().HeaderAbove(b),
                         {"document nr", "documentnr", "document nr.", "document number"},
                         {"paspoort", "passport", "passeport", "identiteitskaart", "id-kaart",
                          "id card", "carte d'identit\u00e9", "verblijfskaart", "documentnummer"});
  }

  // A passport's or an identity card's word within `window` bytes before text[b].
  static bool IdentityDocumentWordBefore(const ScanText& text, size_t b, size_t window) {
    return PassportWordBefore(text, b, window) || text.HasContextBefore(b, kIdCardWords, window);
  }

  // "PP " right before text[b], as an airline's booking labels a passport ("DOB 14MAR1986 - PP
  // FX208417"); elsewhere "pp" is pages, "per persoon" or a plastic.
  static bool AfterBookingLabel(std::string_view t, size_t b) {
    return t.substr(0, b).ends_with("PP ") && (b == 3 || !IsAsciiLetter(t[b - 4]));
  }

  // "is" or "est" right before text[b]: a number said to be someone's ("Mine is PA4418203",
  // "c'est EM518204"), not one named by its own label ("De offerte OF2024118 vervalt op").
  static bool SaidToBe(std::string_view t, size_t b) {
    const size_t end = b > 0 && t[b - 1] == ' ' ? b - 1 : b;
    auto word_before = [&](std::string_view w) {
      return t.substr(0, end).ends_with(w) &&
             (end == w.size() || !IsAsciiLetter(t[end - w.size() - 1]));
    };
    return word_before("is") || word_before("est");
  }

  // The number ends a chat message that gives it, a passport's or an identity card's word a few
  // messages before: "... de eerste pagina van je paspoort? ... Joy: sorry! number is P4827361B",
  // "stuur even nummer ... Gabriel: GA 472913", "mijne is NXR7K2PF1 (nl)". The message is the
  // number alone after its sender (a timestamp in brackets, then capitalised words and a colon),
  // or the number after "mijne is", "number is" and the like; at most a short bracket after it.
  // Not an order's, a flight's or a reference's ("Referentie: AB1234567", "het ordernummer is
  // ZX9876543").
  static bool AnsweredInAChat(const ScanText& text, size_t b, size_t e) {
    const std::string_view t = text.text();
    size_t end = e;
    while (end < t.size() && t[end] == ' ') ++end;
    if (end < t.size() && t[end] == '(') {
      const size_t close = t.substr(end, kChatNote).find(')');
      if (close == std::string_view::npos) return false;
      end += close + 1;
    }
    if (end < t.size() && t[end] != '\n' && t[end] != '\r') return false;
    const size_t start = b > 0 && t[b - 1] == ' ' ? b - 1 : b;
    const bool given =
        (start > 0 && t[start - 1] == ':' && SenderBefore(t, start - 1)) || GivenAsOwn(t, b);
    return given && !text.HasContextBefore(b, kReferenceWords, kOwnLabel) &&
           IdentityDocumentWordBefore(text, b, kChatReach);
  }
  static constexpr size_t kChatNote = 8;     // bytes of a bracket after the number: "(nl)"
  static constexpr size_t kChatReach = 400;  // bytes back to the message asking for it
  static constexpr size_t kSender = 40;      // bytes of a sender's name before its colon

  // A chat line's sender ends at t[colon]: from the line's start a timestamp in brackets perhaps,
  // then one to three words that open with a capital ("[18:09] Gabriel", "Lucas S.", "Joy"), or
  // the writer's own "ik", "me", "moi" of a messenger's export.
  static bool SenderBefore(std::string_view t, size_t colon) {
    const size_t floor = colon > kSender ? colon - kSender : 0;
    const size_t nl = t.substr(floor, colon - floor).rfind('\n');
    if (nl == std::string_view::npos && floor > 0) return false;
    const size_t line = nl == std::string_view::npos ? 0 : floor + nl + 1;
    std::string_view sender = t.substr(line, colon - line);
    if (sender.starts_with('[')) {
      const size_t close = sender.find(']');
      if (close == std::string_view::npos) return false;
      sender.remove_prefix(close + 1);
    }
    while (!sender.empty() && sender.front() == ' ') sender.remove_prefix(1);
    if (sender == "ik" || sender == "me" || sender == "moi") return true;
    int words = 0;
    while (!sender.empty()) {
      const unsigned char first = static_cast<unsigned char>(sender.front());
      if (!IsAsciiUpper(sender.front()) && first < 0x80) return false;
      size_t k = 0;
      while (k < sender.size() && sender[k] != ' ' && !IsAsciiDigit(sender[k])) ++k;
      if (k < sender.size() && IsAsciiDigit(sender[k])) return false;
      // Not another number's label: "Aanvraagnummer:", "Bestelling:", "Booking code:".
      std::string word(sender.substr(0, k));
      LowerAsciiLetters(word.data(), word.size());
      while (!word.empty() && word.back() == '.') word.pop_back();
      for (std::string_view label :
           {"nummer", "nr", "number", "code", "order", "bestelling", "ticket", "kenmerk", "vlucht",
            "flight", "booking", "reservering"}) {
        if (word.ends_with(label)) return false;
      }
      sender.remove_prefix(k);
      while (!sender.empty() && sender.front() == ' ') sender.remove_prefix(1);
      if (++words > 3) return false;
    }
    return words > 0;
  }

  // "mijne is", "number is", "nummer is" right before text[b]: the writer's own number.
  static bool GivenAsOwn(std::string_view t, size_t b) {
    size_t end = b > 0 && t[b - 1] == ' ' ? b - 1 : b;
    if (!t.substr(0, end).ends_with("is") || (end > 2 && IsAsciiLetter(t[end - 3]))) return false;
    end -= 2;
    while (end > 0 && t[end - 1] == ' ') --end;
    size_t begin = end;
    while (begin > 0 && end - begin < kSender && IsAsciiLetter(t[begin - 1])) --begin;
    std::string word(t.substr(begin, end - begin));
    LowerAsciiLetters(word.data(), word.size());
    return word == "mijne" || word == "mine" || word == "number" || word == "nummer" ||
           word == "nr" || word == "paspoortnummer";
  }

  // A document's expiry right after its number, as people quote it from the card: "Mine is
  // PA4418203 (Irish), valid until 2031", "c'est EM518204, valable jusqu'en 2029".
  static bool ExpiryAfter(std::string_view t, size_t e) {
    std::string after(t.substr(e, kExpiryReach));
    LowerAsciiLetters(after.data(), after.size());
    for (std::string_view phrase : {"valid until", "valid till", "valable jusqu", "geldig tot",
                                    "geldig t/m", "expires", "expiry date", "vervalt op"}) {
      if (after.find(phrase) != std::string::npos) return true;
    }
    return false;
  }
  static constexpr size_t kExpiryReach = 40;  // bytes: "), j'ai vérifié, valable jusqu"

  // A word naming a passport within `window` bytes before text[b]: for numbers written unlike
  // most ("paspoort 12345678", "passport EK 7319024").
  static bool PassportWordBefore(const ScanText& text, size_t b, size_t window) {
    return text.HasContextBefore(b, kPassportWords, window);
  }

  // NL (no letter O, last a digit), BE passport, other countries' one or two capitals and seven
  // to nine digits (Turkey "U21847093", Poland, Morocco, India, Italy, Syria), France (2 digits, 2
  // letters, 5 digits), Spain (3 letters, 6 digits), Germany (9 of its letters and digits), BE eID
  // card, the Philippines (a capital, seven digits, a capital), digits only (Romania, UK, US; in
  // three groups of three too), a Turkish ID card (a capital, two digits, a capital, five
  // digits), and one to three capitals set off from their digits by a blank (Poland's ID card
  // "AYC 472915", a Belgian residence card "B 0781246 58"). Digits only and capitals set off by a
  // blank count only after their document's word or under its column.
  const RE2 pattern_{
      R"(\b(?:[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]|[A-Z]{2}[0-9]{6}|[A-Z]{1,2}[0-9]{7,9})"
      R"(|[0-9]{2}[A-Z]{2}[0-9]{5}|[A-Z]{3}[0-9]{6}|[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8})"
      R"(|[0-9]{3}(?:-| - | )?[0-9]{7}(?:-| - | )?[0-9]{2}|[0-9]{8,9}|[0-9]{3} [0-9]{3} [0-9]{3})"
      R"(|[A-Z] [0-9]{7} [0-9]{2}|[A-Z]{1,3} [0-9]{6,9}|[A-Z][0-9]{7}[A-Z]|[A-Z][0-9]{2}[A-Z][0-9]{5})\b)"};
};

}  // namespace

std::unique_ptr<Recognizer> NewPassportNumberRecognizer() {
  return std::make_unique<PassportNumberRecognizer>();
}

}  // namespace vermeld
