// The schema, as an ordered list of migrations. Migration i brings user_version from i to i+1.
// Append new migrations; never edit a released one.
#pragma once

#include <string_view>
#include <vector>

namespace vermeld {

const std::vector<std::string_view>& Migrations();

}  // namespace vermeld
