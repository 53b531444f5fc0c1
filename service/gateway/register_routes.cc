// GET /api/v1/register (JSON, or ?format=csv as a download) and GET /register, the page a DPO
// opens in a browser. Both need the local token; the page reads it from its own URL.
#include "gateway/register_page.h"
#include "gateway/register_report.h"
#include "http/routes.h"

namespace vermeld {

void AddRegisterRoutes(Router& router, const ServiceContext& ctx) {
  router.Add("GET", "/api/v1/register",
             [&ctx](const Request& request) {
               auto format = request.query.find("format");
               const std::string f = format == request.query.end() ? "json" : format->second;
               if (f == "csv") {
                 Response r = Response::Text(200, "text/csv; charset=utf-8",
                                             RegisterToCsv(ctx.store->Register()));
                 r.headers["Content-Disposition"] =
                     "attachment; filename=\"vermeld-ai-register-" + TodayUtc() + ".csv\"";
                 r.headers["Cache-Control"] = "no-store";
                 return r;
               }
               if (f != "json") throw HttpError(400, "invalid_field", "format must be json or csv");
               const auto policy = ctx.policy->Current();
               nlohmann::json body = RegisterToJson(ctx.store->Register());
               body["organization"] = policy->organization;
               body["generated"] = TodayUtc();
               Response r = Response::Json(200, body);
               r.headers["Cache-Control"] = "no-store";
               return r;
             },
             {.needs_token = true});
  router.Add(
      "GET", "/register",
      [](const Request&) {
        Response r =
            Response::Text(200, "text/html; charset=utf-8", std::string(RegisterPageHtml()));
        // Inline only: no CDN, no other origin; the token in the URL never leaves as a referrer.
        r.headers["Content-Security-Policy"] =
            "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
        r.headers["Referrer-Policy"] = "no-referrer";
        r.headers["Cache-Control"] = "no-store";
        return r;
      },
      {.needs_token = true});
}

}  // namespace vermeld
