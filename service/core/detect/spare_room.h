// The room of a per-text buffer kept by the thread for its next text. Detect builds the same few
// buffers for every text (the words, the lines, the digit runs) and freed them at its end: a
// heap allocation and a free each, six a text. A buffer takes its thread's spare when made
// (TakeSpare) and leaves its room, emptied, when destroyed (KeepSpare); one made while another
// holds the spare finds it empty and allocates as before. Only the room is shared, never the
// contents, so what is built is the same.
#pragma once

#include <cstddef>

namespace vermeld {

// More than this many bytes are not kept: the room of texts up to some 16 KB (an e-mail, a draft;
// a token takes 24 bytes, one in six bytes of prose), where an allocation weighs most against the
// work. A larger text's room is not held for good by each of the service's threads (some 40, six
// buffers each: 15 MiB at most with this bound).
inline constexpr size_t kSpareRoomBytes = size_t{64} << 10;

template <typename Buffer>
void TakeSpare(Buffer& buffer, Buffer& spare) {
  buffer.swap(spare);
}

template <typename Buffer>
void KeepSpare(Buffer& used, Buffer& spare) {
  if (used.capacity() * sizeof(used[0]) > kSpareRoomBytes || used.capacity() <= spare.capacity()) {
    return;
  }
  used.clear();
  used.swap(spare);
}

}  // namespace vermeld
