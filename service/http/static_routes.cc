#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "http/routes.h"

namespace vermeld {
namespace {

namespace fs = std::filesystem;

std::string ContentType(const fs::path& file) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".xml", "application/xml; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"}};
  auto it = types.find(file.extension().string());
  return it == types.end() ? "application/octet-stream" : it->second;
}

std::string ReadFile(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// Serves one file below root, refusing anything that resolves outside it.
Response ServeFile(const fs::path& root, const std::string& relative, const Request& request) {
  std::error_code ec;
  const fs::path base = fs::weakly_canonical(root, ec);
  const fs::path file = fs::weakly_canonical(base / relative, ec);
  const auto [end, _] = std::mismatch(base.begin(), base.end(), file.begin(), file.end());
  if (ec || end != base.end() || !fs::is_regular_file(file)) {
    return JsonError(404, "not_found", "no file " + request.path);
  }
  const auto size = fs::file_size(file, ec);
  const auto mtime = fs::last_write_time(file, ec).time_since_epoch().count();
  const std::string etag = "\"" + std::to_string(size) + "-" + std::to_string(mtime) + "\"";
  Response r;
  if (request.Header("if-none-match") == etag) {
    r.status = 304;
  } else {
    r = Response::Text(200, ContentType(file), ReadFile(file));
  }
  // Revalidate every time: staff must get a fixed add-in as soon as the service is updated.
  r.headers["Cache-Control"] = "no-cache";
  if (file.extension() == ".html") {
    // Drafts are untrusted: even if text from one slipped into the page as markup, it could run
    // no script and reach no other site. Office.js must come from Microsoft's CDN.
    r.headers["Content-Security-Policy"] =
        "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; "
        "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
        "object-src 'none'; base-uri 'none'; form-action 'none'";
  }
  r.headers["ETag"] = etag;
  return r;
}

Response ServeManifest(const ServiceContext& ctx, const std::string& name) {
  std::string xml = ReadFile(fs::path(ctx.manifest_dir) / name);
  if (xml.empty()) return JsonError(404, "not_found", "no manifest " + name);
  for (size_t pos = xml.find("__ORIGIN__"); pos != std::string::npos;
       pos = xml.find("__ORIGIN__", pos)) {
    xml.replace(pos, 10, ctx.origin);
  }
  Response r = Response::Text(200, "application/xml; charset=utf-8", std::move(xml));
  r.headers["Content-Disposition"] = "attachment; filename=\"vermeld-" + name + "\"";
  r.headers["Cache-Control"] = "no-store";
  return r;
}

}  // namespace

void AddStaticRoutes(Router& router, const ServiceContext& ctx) {
  router.Add("GET", "/addin/",
             [&ctx](const Request& request) {
               return ServeFile(fs::path(ctx.addin_dir) / "public", request.path.substr(7),
                                request);
             },
             {.prefix = true});
  router.Add("GET", "/manifest/outlook.xml",
             [&ctx](const Request&) { return ServeManifest(ctx, "outlook.xml"); });
  router.Add("GET", "/manifest/word.xml",
             [&ctx](const Request&) { return ServeManifest(ctx, "word.xml"); });
  // Lets Office on the web and new Outlook accept calls from our own pages.
  router.Add("GET", "/.well-known/microsoft-officeaddins-allowed.json", [&ctx](const Request&) {
    return Response::Json(200, {{"allowed", {ctx.origin + "/"}}});
  });
}

}  // namespace vermeld
