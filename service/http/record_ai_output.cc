#include "core/provenance/fingerprint.h"
#include "http/service_context.h"

namespace vermeld {

int64_t RecordAiOutput(const ServiceContext& ctx, std::string_view text, const std::string& tool) {
  LedgerRecord record;
  record.tool = tool;
  record.length = static_cast<uint32_t>(text.size());
  record.fingerprints = FingerprintText(text);
  ctx.ledger_store->Save(record);
  ctx.ledger->Add(record);
  return record.id;
}

}  // namespace vermeld
