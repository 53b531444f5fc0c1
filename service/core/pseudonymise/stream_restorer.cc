#include "core/pseudonymise/stream_restorer.h"

namespace vermeld {

std::string StreamRestorer::Push(std::string_view chunk) {
  pending_ += chunk;
  // Only the text after the last '[' can be an unfinished placeholder (placeholders hold no
  // '['); hold it back while it is a proper prefix of a placeholder that was issued.
  size_t cut = pending_.size();
  const size_t open = pending_.rfind('[');
  if (open != std::string::npos) {
    const std::string_view tail = std::string_view(pending_).substr(open);
    if (tail.size() < p_.longest_placeholder() && p_.IsPlaceholderPrefix(tail)) cut = open;
  }
  std::string out = p_.Restore(std::string_view(pending_).substr(0, cut));
  pending_.erase(0, cut);
  return out;
}

std::string StreamRestorer::Flush() {
  std::string out = p_.Restore(pending_);
  pending_.clear();
  return out;
}

}  // namespace vermeld
