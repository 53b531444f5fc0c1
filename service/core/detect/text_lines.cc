#include "core/detect/text_lines.h"

#include <algorithm>
#include <bit>

#include "core/detect/byte_lanes.h"
#include "core/detect/spare_room.h"

namespace vermeld {

namespace {

// The thread's spare room for the line starts (spare_room.h).
thread_local std::vector<size_t> spare_starts;

}  // namespace

TextLines::TextLines(std::string_view text) : text_(text) {
  TakeSpare(starts_, spare_starts);
  starts_.reserve(text.size() / 16 + 2);  // room for lines of 16 bytes: one allocation, mostly
  starts_.push_back(0);
  const char* data = text.data();
  size_t pos = 0;
  for (; pos + 16 <= text.size(); pos += 16) {
    unsigned breaks = Lanes::TopBits(Lanes::Equal(Lanes::Load(data + pos), '\n'));
    for (; breaks != 0; breaks &= breaks - 1) starts_.push_back(pos + std::countr_zero(breaks) + 1);
  }
  for (; pos < text.size(); ++pos) {
    if (data[pos] == '\n') starts_.push_back(pos + 1);
  }
}

TextLines::~TextLines() { KeepSpare(starts_, spare_starts); }

size_t TextLines::LineOf(size_t pos) const {
  return static_cast<size_t>(std::upper_bound(starts_.begin(), starts_.end(), pos) -
                             starts_.begin()) -
         1;
}

}  // namespace vermeld
