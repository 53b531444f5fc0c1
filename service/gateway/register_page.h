// The self-contained HTML page of the AI-use register (GET /register): a table and a bar chart
// per month in inline SVG, built by its own script from /api/v1/register with the token taken
// from the page URL. All data goes in through textContent and attributes, never as markup.
#pragma once

#include <string_view>

namespace vermeld {

std::string_view RegisterPageHtml();

}  // namespace vermeld
