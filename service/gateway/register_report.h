// The AI-use register a DPO keeps (who used which AI tool, how often, what was stopped): the
// store's per-tool, per-month rows as JSON and as CSV for a spreadsheet.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/store.h"

namespace vermeld {

// The block reasons, in the order columns and charts show them.
const std::vector<std::string>& BlockReasons();

// {"rows": [{"month", "tool", "requests", "blocked": {reason: n, ...}, "blocked_total",
//   "pseudonymised", "outputs_recorded", "disclosures_inserted"}], "reasons": [...]}
nlohmann::json RegisterToJson(const std::vector<RegisterRow>& rows);

// RFC 4180 CSV with a header line; cells that a spreadsheet would run as a formula are defused.
std::string RegisterToCsv(const std::vector<RegisterRow>& rows);

}  // namespace vermeld
