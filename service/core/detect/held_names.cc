#include "core/detect/held_names.h"

namespace vermeld {

bool HeldNames::Holds(size_t begin, size_t end) {
  const auto [it, added] = answers_.try_emplace({begin, end}, false);
  if (added) it->second = holders_.Holds(text_, begin, end);
  return it->second;
}

}  // namespace vermeld
