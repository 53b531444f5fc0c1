// Names that are no private person here: names inside the name of a place, venue, institution
// or firm ("place Fernand Cocq", "zaal De Roos", "AZ Jan Palfijn", "Drukkerij Peeters & Zonen",
// "Wegenbouw De Wilde NV", "Dr. Hendrik Muller Fonds"), from data/names/holder_words.txt (before
// the name, its first word, or capitalised after it) and data/names/legal_forms.txt (after it);
// and historical, cultural and fictional figures (data/names/public_figures.txt).
#pragma once

#include <array>
#include <bitset>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/detect/name_table.h"

namespace vermeld {

class NameHolders {
 public:
  // Read once per data_dir. Throws std::runtime_error naming a file that cannot be read.
  static std::shared_ptr<const NameHolders> Load(const std::string& data_dir);

  // True when the name text[begin, end) is part of such a name: a holder word right before it
  // (same line) or as the first of its words, a legal form, "&" or a capitalised holder word
  // right after it; or when it is a public figure's name or ends in one ("René Magritte").
  bool Holds(std::string_view text, size_t begin, size_t end) const;

  // True when the address starting at `begin` directly follows, after ',', '-', '–', '|', ':' or
  // '(', the name of an organisation on its line (a capitalised holder word or a legal form in it):
  // "Drukkerij De Linde bv - Industrieweg 14", "Museum voor Schone Kunsten, Fernand Scribedreef
  // 1". Such an address is the organisation's, not a person's ("kapsalon, Leuvensestraat 14" of
  // a sole trader stays).
  bool HeadsAddress(std::string_view text, size_t begin) const;

  // `functions`: words of a function or job ("voorzitter", "gérant"), which stand between a
  // person's name and an organisation's legal form without making the name the organisation's.
  NameHolders(const std::vector<std::string>& holder_words,
              const std::vector<std::string>& legal_forms,
              const std::vector<std::string>& public_figures,
              const std::vector<std::string>& functions);

 private:
  // FindLowered(words_, word) for the words of one Holds call, kept by where they stand in the
  // text: the word after the name and the name's last word are each asked as a holder word, a
  // legal form and a figure word, a lookup (lowering and hashing) each.
  class Lookups;

  bool IsHolder(std::string_view word, Lookups* lookups = nullptr) const;
  // The holder word of five letters or more that ends a Dutch compound ("complex" of
  // "sportcomplex", "loket" of "Stadsloket"), lower case; empty if none.
  std::string_view HolderCompoundHead(std::string_view word) const;
  bool IsLegalForm(std::string_view word, Lookups* lookups = nullptr) const;
  // The word is the plural of a holder word ("de tunnels", "les châteaux", "sporthallen",
  // "scholen", "zalen"): its singular is listed, or ends a listed compound.
  bool IsPluralHolder(std::string_view word) const;
  // The words after the '&' following a name belong to a firm ("& Zonen"), not to a second
  // person's full name ("& Leen De Bock").
  bool FirmAfterAmpersand(std::string_view text, std::string_view ampersand) const;
  // The words before `ampersand` on its line, back to a holder word, are a name's: the name after
  // it is a firm's second partner ("Notariskantoor Peeters & Claes").
  bool HeldBeforeAmpersand(std::string_view text, std::string_view ampersand) const;
  static constexpr int kMaxWordsBeforeAmpersand = 5;
  // The name is an item after the first of a list whose head is a holder word: "les tunnels
  // Léopold II, Belliard, Louise et Stéphanie".
  bool HeldByListHead(std::string_view text, size_t begin) const;
  // What of a name must be a listed public figure: all of it, or all of it or its last word.
  enum class FigureMatch { kWhole, kWholeOrLastWord };
  // The name, lower-cased with blanks folded (or, with kWholeOrLastWord, its last word) is a
  // listed public figure.
  bool IsFigureName(std::string_view name, FigureMatch match) const;

  // Holder words and legal forms (lower case, the latter without dots), one flag each: a
  // NameTable answers most words, in no list, from its filter without hashing them twice.
  NameTable words_;
  size_t max_word_ = 0;  // bytes besides dots: a longer word is in neither list
  // Looked up by string_view (the last word of a name): no string is made for the key.
  struct ViewHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, ViewHash, std::equal_to<>> figures_;  // lower case
  // Holder words of five bytes or more, lower case, by their last byte (a word can only end in
  // those that share its own: each word was compared with all of them), in list order.
  std::array<std::vector<std::string>, 256> compound_heads_;
  // Their last three bytes, hashed (EndBit): a word whose ASCII end sets no bit ends in none.
  std::bitset<4096> compound_ends_;
};

}  // namespace vermeld
