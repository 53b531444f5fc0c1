// Restores placeholders in an answer that arrives in pieces (a streamed chat completion): a
// placeholder split across chunks ("...met [PERS" + "OON_1] gesproken") is held back until it is
// complete, then emitted restored. Everything else passes through at once.
#pragma once

#include <string>
#include <string_view>

#include "core/pseudonymise/pseudonymiser.h"

namespace vermeld {

class StreamRestorer {
 public:
  // `pseudonymiser` must outlive this object.
  explicit StreamRestorer(const Pseudonymiser& pseudonymiser) : p_(pseudonymiser) {}

  // Takes the next chunk; returns the restored text that can be emitted now (possibly empty).
  std::string Push(std::string_view chunk);
  // Returns whatever is still held back (the answer ended inside something placeholder-like).
  std::string Flush();

 private:
  const Pseudonymiser& p_;
  std::string pending_;
};

}  // namespace vermeld
