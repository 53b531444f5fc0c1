#include "http/router.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace vermeld {
namespace {

using nlohmann::json;

Router MakeRouter() {
  RouterLimits limits;
  limits.max_body_bytes = 100;
  limits.allowed_origins = {"https://localhost:8443"};
  limits.token = "s3cret";
  Router router(limits);
  router.Add("GET", "/ok", [](const Request&) { return Response::Json(200, {{"ok", true}}); });
  router.Add("POST", "/echo",
             [](const Request& r) {
               return Response::Json(200, {{"text", StringField(ParseJsonBody(r), "text", true)}});
             },
             {.json_body = true});
  router.Add("GET", "/secret", [](const Request&) { return Response::Json(200, {}); },
             {.needs_token = true});
  router.Add("GET", "/boom", [](const Request&) -> Response { throw std::runtime_error("x"); });
  router.Add("GET", "/files/",
             [](const Request& r) { return Response::Text(200, "text/plain", r.path); },
             {.prefix = true});
  return router;
}

Request Make(std::string method, std::string path, std::string body = "",
             std::map<std::string, std::string> headers = {}) {
  Request r;
  r.method = std::move(method);
  r.path = std::move(path);
  r.body = std::move(body);
  r.headers = std::move(headers);
  return r;
}

std::string Code(const Response& r) { return json::parse(r.body)["error"]["code"]; }

TEST(Router, UnknownRouteIs404Json) {
  auto r = MakeRouter().Dispatch(Make("GET", "/nope"));
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(Code(r), "not_found");
  EXPECT_EQ(r.headers["Content-Type"], "application/json; charset=utf-8");
}

TEST(Router, WrongMethodIs405WithAllow) {
  auto r = MakeRouter().Dispatch(Make("DELETE", "/ok"));
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(r.headers["Allow"], "GET");
}

TEST(Router, ForeignOriginIsRefusedAndNeverReachesTheHandler) {
  auto r = MakeRouter().Dispatch(Make("GET", "/ok", "", {{"origin", "https://evil.example"}}));
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(Code(r), "origin_not_allowed");
  EXPECT_EQ(r.headers.count("Access-Control-Allow-Origin"), 0u);
}

TEST(Router, ForeignHostIsRefusedAgainstDnsRebinding) {
  auto router = MakeRouter();
  auto rebound = router.Dispatch(Make("GET", "/ok", "", {{"host", "evil.example:8443"}}));
  EXPECT_EQ(rebound.status, 403);
  EXPECT_EQ(Code(rebound), "host_not_allowed");
  EXPECT_EQ(router.Dispatch(Make("GET", "/ok", "", {{"host", "localhost:9999"}})).status, 403);
  EXPECT_EQ(router.Dispatch(Make("GET", "/ok", "", {{"host", "LocalHost:8443"}})).status, 200);
  EXPECT_EQ(router.Dispatch(Make("GET", "/ok")).status, 200);  // HTTP/1.0 clients send no Host
}

TEST(Router, OwnOriginGetsCorsHeadersAndPreflight) {
  auto router = MakeRouter();
  auto r = router.Dispatch(Make("OPTIONS", "/echo", "", {{"origin", "https://localhost:8443"}}));
  EXPECT_EQ(r.status, 204);
  EXPECT_EQ(r.headers["Access-Control-Allow-Origin"], "https://localhost:8443");
  EXPECT_THAT(r.headers["Access-Control-Allow-Methods"], ::testing::HasSubstr("POST"));
  auto g = router.Dispatch(Make("GET", "/ok", "", {{"origin", "https://localhost:8443"}}));
  EXPECT_EQ(g.status, 200);
  EXPECT_EQ(g.headers["Access-Control-Allow-Origin"], "https://localhost:8443");
}

TEST(Router, OutlookJavaScriptRuntimeOriginWithTrailingSlashIsEchoedExactly) {
  auto router = MakeRouter();
  for (const char* method : {"OPTIONS", "GET"}) {
    auto r = router.Dispatch(Make(method, method == std::string("GET") ? "/ok" : "/echo", "",
                                  {{"origin", "https://localhost:8443/"}}));
    EXPECT_LT(r.status, 300) << method;
    EXPECT_EQ(r.headers["Access-Control-Allow-Origin"], "https://localhost:8443/") << method;
  }
  auto foreign = router.Dispatch(Make("GET", "/ok", "", {{"origin", "https://evil.example/"}}));
  EXPECT_EQ(foreign.status, 403);
  EXPECT_EQ(
      router.Dispatch(Make("GET", "/ok", "", {{"origin", "https://localhost:8443//"}})).status,
      403);
}

TEST(Router, JsonRoutesCheckContentTypeSizeAndSyntax) {
  auto router = MakeRouter();
  EXPECT_EQ(router.Dispatch(Make("POST", "/echo", "{}", {{"content-type", "text/plain"}})).status,
            415);
  EXPECT_EQ(router.Dispatch(Make("POST", "/echo", "{}")).status, 415);
  auto big = router.Dispatch(
      Make("POST", "/echo", std::string(101, ' '), {{"content-type", "application/json"}}));
  EXPECT_EQ(big.status, 413);
  EXPECT_EQ(Code(big), "body_too_large");
  auto bad =
      router.Dispatch(Make("POST", "/echo", "{\"text\": ", {{"content-type", "application/json"}}));
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(Code(bad), "invalid_json");
  auto missing =
      router.Dispatch(Make("POST", "/echo", "{}", {{"content-type", "application/json"}}));
  EXPECT_EQ(missing.status, 400);
  EXPECT_THAT(json::parse(missing.body)["error"]["message"].get<std::string>(),
              ::testing::HasSubstr("\"text\""));
  auto ok = router.Dispatch(Make("POST", "/echo", "{\"text\": \"hoi\"}",
                                 {{"content-type", "application/json; charset=utf-8"}}));
  EXPECT_EQ(ok.status, 200);
}

TEST(Router, TokenRoutesNeedTheToken) {
  auto router = MakeRouter();
  EXPECT_EQ(router.Dispatch(Make("GET", "/secret")).status, 401);
  EXPECT_EQ(
      router.Dispatch(Make("GET", "/secret", "", {{"authorization", "Bearer wrong!"}})).status,
      401);
  EXPECT_EQ(
      router.Dispatch(Make("GET", "/secret", "", {{"authorization", "Bearer s3cret"}})).status,
      200);
  Request q = Make("GET", "/secret");
  q.query["token"] = "s3cret";
  EXPECT_EQ(router.Dispatch(q).status, 200);
}

TEST(Router, HandlerExceptionsBecome500WithoutDetails) {
  auto r = MakeRouter().Dispatch(Make("GET", "/boom"));
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.body.find("x\""), std::string::npos);
}

TEST(Router, PrefixRoutes) {
  auto r = MakeRouter().Dispatch(Make("GET", "/files/a/b.txt"));
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "/files/a/b.txt");
}

}  // namespace
}  // namespace vermeld
