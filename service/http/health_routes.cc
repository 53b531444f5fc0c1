#include "http/routes.h"

namespace vermeld {

void AddHealthRoutes(Router& router, const ServiceContext& ctx) {
  router.Add("GET", "/health", [&ctx](const Request&) {
    const auto policy = ctx.policy->Current();
    return Response::Json(200, {{"status", "ok"},
                                {"version", VERMELD_VERSION},
                                {"policy", PolicySummaryJson(*policy, TodayUtc())}});
  });
  router.Add("GET", "/api/v1/policy", [&ctx](const Request&) {
    const auto policy = ctx.policy->Current();
    nlohmann::json body = PolicyToJson(*policy);
    // Clients need tool ids, names and data classes, not where the gateway forwards to.
    for (auto& tool : body["tools"]) tool.erase("upstream");
    body["expired"] = policy->ExpiredOn(TodayUtc());
    return Response::Json(200, body);
  });
}

}  // namespace vermeld
