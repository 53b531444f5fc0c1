// nlohmann::json refuses a number that overflows a double ("1e999") with an out_of_range error
// that carries no position; this finds it, so the error can say where.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace vermeld {

// Byte offset of the first number literal outside strings in `json` whose value does not fit a
// double, or nullopt. Linear in the length of the text.
std::optional<size_t> FindOutOfRangeNumber(std::string_view json);

}  // namespace vermeld
