// The lines of a text, split once per text (ScanText::Lines) for the finders that read it line
// by line: one pass over its bytes, 16 at a time, instead of a memchr call per line in each of
// them (on short lines the exit of that call was a mispredicted branch at most lines).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace vermeld {

class TextLines {
 public:
  explicit TextLines(std::string_view text);
  ~TextLines();  // leaves its room to the thread's next TextLines (spare_room.h)
  TextLines(const TextLines&) = delete;
  TextLines& operator=(const TextLines&) = delete;

  std::string_view text() const { return text_; }

  // One more than the text's '\n': the last line is empty after a final '\n', or in an empty
  // text.
  size_t size() const { return starts_.size(); }

  // Line i is text[Begin(i), End(i)), without its '\n'.
  size_t Begin(size_t i) const { return starts_[i]; }
  size_t End(size_t i) const { return i + 1 < starts_.size() ? starts_[i + 1] - 1 : text_.size(); }
  std::string_view Line(size_t i) const { return text_.substr(Begin(i), End(i) - Begin(i)); }

  // The line holding text[pos] (its '\n' included), pos <= text().size(): a binary search, not a
  // read of the line to its ends (once per term on a long line of terms was quadratic).
  size_t LineOf(size_t pos) const;

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

}  // namespace vermeld
