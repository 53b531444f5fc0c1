// NameHolders::Holds over one text, each span answered once: the person scanner asks about its
// chains and PersonRecognizer again about the findings, mostly the same spans, and each answer
// looks up a dozen words around the name.
#pragma once

#include <array>
#include <cstddef>
#include <memory_resource>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "core/detect/name_holders.h"

namespace vermeld {

class HeldNames {
 public:
  HeldNames(const NameHolders& holders, std::string_view text) : holders_(holders), text_(text) {}

  // NameHolders::Holds(text, begin, end), remembered.
  bool Holds(size_t begin, size_t end);

 private:
  struct SpanHash {
    size_t operator()(std::pair<size_t, size_t> s) const {
      return s.first * 0x9E3779B97F4A7C15u ^ s.second;
    }
  };

  const NameHolders& holders_;
  std::string_view text_;
  // The answers' nodes and buckets from this object while they fit (a text asks about some 20
  // spans): a heap allocation per span cost more than the lookups.
  std::array<std::byte, 2048> bytes_;
  std::pmr::monotonic_buffer_resource memory_{bytes_.data(), bytes_.size()};
  std::pmr::unordered_map<std::pair<size_t, size_t>, bool, SpanHash> answers_{&memory_};
};

}  // namespace vermeld
