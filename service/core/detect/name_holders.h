// Names that stand inside the name of a place, venue, institution or firm and so are no person
// here: "place Fernand Cocq", "zaal De Roos", "AZ Jan Palfijn", "Drukkerij Peeters & Zonen",
// "Wegenbouw De Wilde NV". The words come from data/names/holder_words.txt (before the name, or
// its first word) and data/names/legal_forms.txt (after it).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/detect/name_table.h"

namespace vermeld {

class NameHolders {
 public:
  // Read once per data_dir. Throws std::runtime_error naming a file that cannot be read.
  static std::shared_ptr<const NameHolders> Load(const std::string& data_dir);

  // True when the name text[begin, end) is part of such a name: a holder word right before it
  // (same line) or as its first word, a legal form or "&" right after it.
  bool Holds(std::string_view text, size_t begin, size_t end) const;

  NameHolders(const std::vector<std::string>& holder_words,
              const std::vector<std::string>& legal_forms);

 private:
  bool IsHolder(std::string_view word) const;
  bool IsLegalForm(std::string_view word) const;

  // Holder words and legal forms (lower case, the latter without dots), one flag each: a
  // NameTable answers most words, in no list, from its filter without hashing them twice.
  NameTable words_;
  size_t max_word_ = 0;  // bytes besides dots: a longer word is in neither list
};

}  // namespace vermeld
