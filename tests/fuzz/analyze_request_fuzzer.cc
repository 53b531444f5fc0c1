// POST /api/v1/analyze through the real Router with an in-process ServiceContext: any body gets
// an answer, 200 or a 400 JSON error -- never a crash, a 500 or an unparseable answer.
#include <cstdint>
#include <string>

#include "fuzz_check.h"
#include "http/router.h"
#include "http/routes.h"

namespace {

using vermeld::fuzz::Check;

struct AnalyzeService {
  AnalyzeService() : policy(""), router(vermeld::RouterLimits{}) {
    ctx.policy = &policy;
    ctx.detector = vermeld::PersonalDataDetector::Load(VERMELD_DATA_DIR);
    ctx.ledger = &ledger;
    vermeld::AddAnalyzeRoutes(router, ctx);
  }
  vermeld::PolicySource policy;
  vermeld::LedgerIndex ledger;
  vermeld::ServiceContext ctx;
  vermeld::Router router;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const AnalyzeService service;
  vermeld::Request request;
  request.method = "POST";
  request.path = "/api/v1/analyze";
  request.headers["content-type"] = "application/json";
  request.body.assign(reinterpret_cast<const char*>(data), size);
  const vermeld::Response response = service.router.Dispatch(request);
  Check(response.status == 200 || response.status == 400, "analyze answers 200 or 400");
  const auto answer = nlohmann::json::parse(response.body, nullptr, false);
  Check(!answer.is_discarded() && answer.is_object(), "every answer is a JSON object");
  Check(response.status == 200 || answer["error"]["code"].is_string(), "errors carry a code");
  return 0;
}
