#include "gateway/register_report.h"

namespace vermeld {
namespace {

int64_t BlockedTotal(const RegisterRow& row) {
  int64_t total = 0;
  for (const auto& [reason, n] : row.blocked) total += n;
  return total;
}

std::string CsvCell(const std::string& value) {
  std::string cell = value;
  if (!cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos) {
    cell.insert(0, "'");
  }
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

}  // namespace

const std::vector<std::string>& BlockReasons() {
  static const std::vector<std::string> kReasons = {"policy_expired", "tool_not_allowed",
                                                    "confidential", "personal_data"};
  return kReasons;
}

nlohmann::json RegisterToJson(const std::vector<RegisterRow>& rows) {
  nlohmann::json out = nlohmann::json::array();
  for (const RegisterRow& row : rows) {
    nlohmann::json blocked = nlohmann::json::object();
    for (const std::string& reason : BlockReasons()) {
      auto it = row.blocked.find(reason);
      blocked[reason] = it == row.blocked.end() ? 0 : it->second;
    }
    out.push_back({{"month", row.month},
                   {"tool", row.tool},
                   {"requests", row.requests},
                   {"blocked", blocked},
                   {"blocked_total", BlockedTotal(row)},
                   {"pseudonymised", row.pseudonymised},
                   {"outputs_recorded", row.outputs_recorded},
                   {"disclosures_inserted", row.disclosures_inserted}});
  }
  return {{"rows", out}, {"reasons", BlockReasons()}};
}

std::string RegisterToCsv(const std::vector<RegisterRow>& rows) {
  std::string csv = "month,tool,requests,blocked_total";
  for (const std::string& reason : BlockReasons()) csv += ",blocked_" + reason;
  csv += ",pseudonymised,outputs_recorded,disclosures_inserted\r\n";
  for (const RegisterRow& row : rows) {
    csv += CsvCell(row.month) + "," + CsvCell(row.tool) + "," + std::to_string(row.requests) + "," +
           std::to_string(BlockedTotal(row));
    for (const std::string& reason : BlockReasons()) {
      auto it = row.blocked.find(reason);
      csv += "," + std::to_string(it == row.blocked.end() ? 0 : it->second);
    }
    csv += "," + std::to_string(row.pseudonymised) + "," + std::to_string(row.outputs_recorded) +
           "," + std::to_string(row.disclosures_inserted) + "\r\n";
  }
  return csv;
}

}  // namespace vermeld
