// PERSON: names of people, found without a statistical model (in the spirit of DEDUCE) from
// gazetteers of Flemish, Dutch and Belgian-French names plus cues:
//  - a title or function before a name: "mevrouw Van der Berg", "Madame Dupont", "schepen Koen
//    Van den Broeck", "l'échevine Dupont";
//  - a salutation: "Beste Jan,", "Chère Sophie,"; a reporting verb: "aldus Sofie Claes";
//  - a known given name with a surname ("Jan van der Berg", "Anne-Marie De Smet"), initials with a
//    surname ("A.M. van der Berg"), a known given name or surname alone in mid-sentence;
//  - the name line of a signature block and e-mail local parts that spell a known name
//    (person_signature.h, person_email.h).
// Capitalised words at the start of a sentence, places, months, days and organisation words are
// not names unless a cue says so. Names that are also ordinary words ("Roos") need a cue. A name
// inside the name of a place, venue or firm ("place Fernand Cocq", "Drukkerij Peeters NV") is no
// person (name_holders.h).
#pragma once

#include <memory>
#include <string>

#include "core/detect/name_holders.h"
#include "core/detect/name_lists.h"
#include "core/detect/recognizer.h"

namespace vermeld {

class PersonRecognizer : public Recognizer {
 public:
  PersonRecognizer(std::shared_ptr<const NameLists> lists,
                   std::shared_ptr<const NameHolders> holders);
  std::string_view Type() const override { return "PERSON"; }
  void Find(const ScanText& text, std::vector<Finding>& out) const override;

 private:
  std::shared_ptr<const NameLists> lists_;
  std::shared_ptr<const NameHolders> holders_;
};

// Reads the name lists from data_dir (once per directory, see LoadNameLists).
std::unique_ptr<Recognizer> NewPersonRecognizer(const std::string& data_dir);

}  // namespace vermeld
