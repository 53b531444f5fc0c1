#include "core/detect/name_table.h"

#include <cstring>

namespace vermeld {
namespace {

uint64_t Load64(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

uint64_t Load32(const char* p) {
  uint32_t w;
  std::memcpy(&w, p, 4);
  return w;
}

// Eight bytes at a time with a multiply-xorshift mix, and fixed-size loads only (a memcpy of a
// variable length is a library call): tokens are short, and the table's keys are fixed, so speed
// matters more than resistance to chosen collisions.
inline uint32_t Hash(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
  uint64_t tail;
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) {
      h = (h ^ Load64(p + i)) * 0xBF58476D1CE4E5B9ull;
      h ^= h >> 31;
    }
    tail = Load64(p + n - 8);  // overlaps the last full block when n is no multiple of 8
  } else if (n >= 4) {
    tail = Load32(p) << 32 | Load32(p + n - 4);
  } else if (n > 0) {
    tail = static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16 |
           static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
           static_cast<unsigned char>(p[n - 1]);
  } else {
    tail = 0;
  }
  h = (h ^ tail) * 0x94D049BB133111EBull;
  h ^= h >> 32;
  return static_cast<uint32_t>(h);
}

// Short keys (most) compared inline rather than by a call into memcmp.
bool SameBytes(const char* a, const char* b, size_t n) {
  if (n >= 8) return std::memcmp(a, b, n) == 0;
  for (size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

constexpr int kFilterLog2 = 15;

// The filter bit of a hash: its top bits, which the slot index (the low bits) does not use.
size_t FilterBit(uint32_t hash) { return hash >> (32 - kFilterLog2); }

}  // namespace

NameTable::NameTable() : slots_(64), filter_((size_t{1} << kFilterLog2) / 64) {}

inline size_t NameTable::Probe(std::string_view key, uint32_t hash) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.record == 0) return i;
    const uint32_t* r = records_.data() + s.record - 1;
    if (s.hash == hash && r[1] == key.size() &&
        SameBytes(reinterpret_cast<const char*>(r + 2), key.data(), key.size())) {
      return i;
    }
  }
}

void NameTable::Add(std::string_view key, uint32_t flags) {
  const uint32_t hash = Hash(key);
  Slot& s = slots_[Probe(key, hash)];
  if (s.record != 0) {
    records_[s.record - 1] |= flags;
    return;
  }
  const size_t at = records_.size();
  records_.resize(at + 2 + (key.size() + 3) / 4);
  records_[at] = flags;
  records_[at + 1] = static_cast<uint32_t>(key.size());
  if (!key.empty()) std::memcpy(records_.data() + at + 2, key.data(), key.size());
  s = {hash, static_cast<uint32_t>(at + 1)};
  filter_[FilterBit(hash) / 64] |= uint64_t{1} << (FilterBit(hash) % 64);
  if (++used_ * 2 > slots_.size()) Grow();
}

uint32_t NameTable::Find(std::string_view key) const {
  const uint32_t hash = Hash(key);
  if ((filter_[FilterBit(hash) / 64] >> (FilterBit(hash) % 64) & 1) == 0) return 0;
  return FindSlot(key, hash);
}

// Out of line so that Find, which the filter mostly answers, saves no registers.
[[gnu::noinline]] uint32_t NameTable::FindSlot(std::string_view key, uint32_t hash) const {
  const Slot& s = slots_[Probe(key, hash)];
  return s.record == 0 ? 0 : records_[s.record - 1];
}

void NameTable::Grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.record == 0) continue;
    size_t i = s.hash & mask;
    while (slots_[i].record != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

}  // namespace vermeld
