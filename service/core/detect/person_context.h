// Is a span of text (a health term) a detail about a particular person? Judged from the words of
// its sentence and of the sentences around it, with lists from data_dir/health:
//  - a name or title in the sentence ("Sofie", "Madame Dupont", "Peeters" mid-sentence), or a
//    PERSON the person recognizer found there (a nickname, a name from a field or a chat), or a
//    birth date ("Een cliënt, geboren op 3 maart 1987, werd opgenomen wegens ..."), makes it
//    personal;
//  - so does a pronoun or possessive that points at someone ("hij", "mijn", person_cues.txt) or
//    a possessive before a noun for one person ("onze medewerker", "notre collègue");
//  - a pronoun that may be generic ("ze", "u", "vous", "il", weak_person_cues.txt) counts only
//    when the sentence before or after names someone or the document is a letter to a person
//    (a line of its first 1,000 bytes is a salutation: "Beste Mark,", "Madame,");
//  - in a record about one person (a line "Cliënt: Ronny Vercammen", "Slachtoffer: ...", labels
//    in subject_labels.txt; or two section labels of a medical letter, "Voorgeschiedenis:",
//    "Medicatie:", record_labels.txt) every health term outside a rule counts;
//  - pronouns do not count in a rule or condition ("Als je ziek bent", "En cas d'incapacité");
//  - failing all of these, a person found with a cue within kNearBytes makes it theirs at a lower
//    score ("Betreft: Jan Smet ... Na de val: gebroken pols"), unless the sentence speaks of people
//    in general ("1.100 patiënten", "bij elke blessure") or its line is a subject or attachment
//    line ("Onderwerp: ziekmelding", topic_labels.txt) or a heading;
//  - nothing counts right after a plural holder ("personen met een handicap", "het aantal
//    werknemers met een burn-out", even when an expert is named): people in general.
// Linear in the length of the sentences looked at (at most kMaxSentence bytes each side).
#pragma once

#include <bitset>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/detect/finding.h"
#include "core/detect/name_lists.h"
#include "core/detect/scan_text.h"

namespace vermeld {

constexpr double kPersonNamedScore = 0.75;    // a name or title in the sentence
constexpr double kPersonPronounScore = 0.65;  // a pronoun, possessive or "onze collega"
// None of those, but a person found with a cue (kCuedPersonScore) stands within kNearBytes: a
// letter or record about someone names them once and then writes "na de val: gebroken pols".
constexpr double kPersonNearScore = 0.55;
constexpr size_t kNearBytes = 400;

struct PersonCueLists {
  std::shared_ptr<const NameLists> names;
  // person_cues.txt, weak_person_cues.txt, person_nouns.txt, possessives.txt,
  // generic_holders.txt and general_words.txt, lower-case, one flag per list (person_context.cc).
  NameTable cues;
  std::vector<std::string> openers;       // generic_openers.txt, lower-case phrases
  std::vector<std::string> topic_labels;  // topic_labels.txt: "onderwerp", "bijlagen"
  NameTable subject_labels;               // subject_labels.txt: "cliënt", "slachtoffer", "nom"
  WordSet record_labels;                  // record_labels.txt: "voorgeschiedenis", "antécédents"
  // A bit per record label for a hash of its first four lower-case bytes (RecordLabelStart): most
  // lines are ruled out from their first four bytes (IsSectionLine reads every line). Every
  // label has four bytes or more (LoadPersonCueLists).
  std::bitset<1 << 16> record_label_starts;
  WordSet care_documents;  // care_documents.txt: "ontslagbrief", "verwijsbrief"
};

// The bit of record_label_starts for four bytes folded by FoldedFour.
inline size_t RecordLabelStart(uint32_t four_bytes) { return (four_bytes * 0x9E3779B1u) >> 16; }
// Four bytes with 0x20 set in each: A-Z read as a-z (and a few other ASCII bytes merged, which
// only lets more lines on to the exact test), without lowering them one by one.
inline uint32_t FoldedFour(uint32_t four_bytes) { return four_bytes | 0x20202020u; }

// Reads the lists (and the name lists) once per data_dir. Throws like ReadListFile.
std::shared_ptr<const PersonCueLists> LoadPersonCueLists(const std::string& data_dir);

class PersonContext {
 public:
  // scan holds the whole document; both must outlive the context. `found` holds the findings of
  // the recognizers that ran before: a PERSON among them names someone as a listed name does,
  // however it was found (a name field, a chat, a repeat of a name, a nickname).
  PersonContext(const PersonCueLists& lists, const ScanText& scan,
                std::span<const Finding> found = {});

  // kPersonNamedScore, kPersonPronounScore, kPersonNearScore or 0 for the span [begin, end).
  double Score(size_t begin, size_t end) const;

  // The line opens with a section label of a medical record and a colon: "Medicatie: ...".
  bool IsSectionLine(std::string_view line) const;

 private:
  struct Cues {
    bool named = false;
    bool strong = false;
    bool weak = false;
    bool rule = false;    // opens with "als", "en cas de"...
    bool holder = false;  // "personen met een" just before the term
    bool one = false;     // a definite article and a person noun: "de bewoner", "la patiente"
    bool people = false;  // a plural holder or a quantifier anywhere: "1.100 patiënten", "tous"
  };
  Cues Examine(size_t from, size_t to, size_t term_begin) const;
  // True when no word of the text crosses `pos`: a sentence from or to it has the text's words
  // (ScanText::Words), not cut ones.
  bool WordEdge(size_t pos) const;
  bool IsSubjectLine(std::string_view line) const;
  // False when no word of `head` (a line's label) can be a subject label: the line needs no
  // tokenizing.
  bool MayHoldSubjectLabel(std::string_view head) const;
  bool IsSalutationLine(std::string_view line) const;
  // `pos` stands in a FAQ: the text calls itself one near its start, or a short line before `pos`
  // heads a FAQ section. Its "ik" and "je" are anyone.
  bool IsFaq(size_t pos) const;
  // A name or title, or a pronoun for one person, stands earlier in the paragraph (since a blank
  // line) of the sentence that starts at `from`: a record block ("k. 104 – mevr. Van Hecke\n
  // Gekende alzheimer."). The pronoun only when the term does not open its sentence.
  bool NamedInParagraph(size_t from, size_t term_begin) const;
  // The short line before the blank line that opens the paragraph at `paragraph` names someone.
  bool HeadingNamesSomeone(size_t paragraph) const;
  bool Named(size_t from, size_t to) const;
  // A PERSON finding given starts in [from, to).
  bool PersonFoundIn(size_t from, size_t to) const;
  // A PERSON finding given with a cue starts within kNearBytes of `pos`.
  bool CuedPersonNear(size_t pos) const;
  // kPersonNearScore when a cued person is near and the sentence speaks of no people in general.
  double Near(const Cues& cues, size_t pos) const;
  // The line holding `pos` opens with a label of topics or documents ("Onderwerp:") before it.
  bool InTopicLine(size_t pos) const;
  // The line holding `pos` is short and ends no sentence: a title, heading or agenda item
  // ("OVERDRACHT TOER 3 - thuisverpleging", "2) Zorgplan epilepsie").
  bool InHeading(size_t pos) const;
  // The line copies a care document: it opens with "uit", "volgens", "in de" and names one
  // ("ontslagbrief", care_documents.txt) as a whole word.
  bool NamesCareDocument(std::string_view line) const;
  // Line `line` is a list item ("- ", "• ") under a section label of a medical record and a colon,
  // or under a line that copies a care document and ends in a colon.
  bool InLabelledList(size_t line) const;
  bool IsLetter() const;
  // A birth date at `pos` stands in a record's field: right after a label, a birth mark or a cell.
  bool InRecordField(size_t pos) const;
  bool IsRecord() const;

  const PersonCueLists& lists_;
  const ScanText& scan_;
  std::string_view text_;
  std::vector<size_t> people_;       // begins of the PERSON and DATE_OF_BIRTH findings, sorted
  std::vector<size_t> cued_people_;  // those scoring kCuedPersonScore or more
  bool identified_ = false;          // one person's record: see the constructor
  // Found at the first Score that asks (most terms are decided by their own sentence first), and
  // kept with the text for the next context: they depend on the text and the lists alone (those
  // of one data directory for all the contexts of a text).
  ScanText::PersonFacts& facts_;
};

}  // namespace vermeld
