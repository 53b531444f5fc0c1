// Where the body of a plain-text draft ends: at a signature block (a closing line such as
// "Met vriendelijke groet,", "Cordialement,", "Kind regards," or "-- ") or at quoted reply history
// ("Van:/From:/De :" header blocks, "Op ... schreef ...:", "On ... wrote:", "Le ... a écrit :",
// "-----Original Message-----", "> " lines), whichever comes first.
#pragma once

#include <cstddef>
#include <string_view>

namespace vermeld {

// Byte offset of the start of the first signature or quote line; text.size() when there is none.
size_t BodyEnd(std::string_view text);

}  // namespace vermeld
