#include "http/routes.h"

namespace vermeld {

namespace {

AnalyzeInput ParseAnalyzeInput(const nlohmann::json& body) {
  AnalyzeInput in;
  in.text = StringField(body, "text", true);
  try {
    in.format = ParseInputFormat(StringField(body, "format", false, "text"));
  } catch (const InvalidInput& e) {
    throw HttpError(400, "invalid_field", e.what());
  }
  in.host = StringField(body, "host", false, "other");
  if (in.host != "outlook" && in.host != "word" && in.host != "other") {
    throw HttpError(400, "invalid_field", "host must be outlook, word or other");
  }
  return in;
}

}  // namespace

void AddAnalyzeRoutes(Router& router, const ServiceContext& ctx) {
  router.Add("POST", "/api/v1/analyze",
             [&ctx](const Request& request) {
               const AnalyzeInput in = ParseAnalyzeInput(ParseJsonBody(request));
               const auto policy = ctx.policy->Current();
               try {
                 return Response::Json(
                     200, AnalysisToJson(Analyze(in, *policy, ctx.engines()), *policy, TodayUtc()));
               } catch (const InvalidInput& e) {
                 throw HttpError(400, "invalid_text", e.what());
               }
             },
             {.json_body = true});
}

}  // namespace vermeld
