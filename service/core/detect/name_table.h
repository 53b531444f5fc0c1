// One hash table over every word list of the name recognizers: a lower-case word maps to the
// set of lists it is in, as bit flags, so that each token is hashed and probed once. Built once
// at load time and read-only afterwards; open addressing with linear probing at a load factor of
// at most one half. Lookups never insert, so untrusted text cannot lengthen the probe chains.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace vermeld {

class NameTable {
 public:
  NameTable();

  // ORs `flags` into the entry for `key`, adding it when absent.
  void Add(std::string_view key, uint32_t flags);

  // The flags of `key`, 0 when it is in no list.
  uint32_t Find(std::string_view key) const;

  bool Has(std::string_view key, uint32_t any_of) const { return (Find(key) & any_of) != 0; }

 private:
  struct Slot {
    uint32_t hash = 0;
    uint32_t record = 0;  // 1 + the index of the key's record in records_; 0: empty slot
  };
  // The index of the key's slot if present, else of the empty slot where it would go.
  size_t Probe(std::string_view key, uint32_t hash) const;
  // Find past the filter: the flags of the key's slot.
  uint32_t FindSlot(std::string_view key, uint32_t hash) const;
  void Grow();

  // Per key: its flags, its size in bytes, its bytes padded to whole words. Kept apart from the
  // slots, which then stay small: a lookup of a word in no list reads one slot only.
  std::vector<uint32_t> records_;
  std::vector<Slot> slots_;  // size a power of two
  size_t used_ = 0;
  // One bit per hash value modulo its size, set for every key: 4 KiB that stay in the cache and
  // answer most lookups of words in no list without reading a slot.
  std::vector<uint64_t> filter_;
};

}  // namespace vermeld
