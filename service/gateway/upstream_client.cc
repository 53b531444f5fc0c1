#include "gateway/upstream_client.h"

#include <cstdlib>
#include <system_error>

namespace vermeld {
namespace {

namespace http = web::http;

[[noreturn]] void Fail(const Tool& tool, const std::exception& e) {
  if (const auto* up = dynamic_cast<const UpstreamError*>(&e)) throw *up;
  const auto* he = dynamic_cast<const http::http_exception*>(&e);
  if (he && he->error_code() == std::errc::timed_out) {
    throw UpstreamError(504, "timeout",
                        "De AI-dienst van " + tool.name + " antwoordde niet binnen " +
                            std::to_string(tool.upstream->timeout_seconds) +
                            " seconden; vermeld heeft het verzoek afgebroken. Probeer het later "
                            "opnieuw.");
  }
  throw UpstreamError(502, "refused",
                      "vermeld kon de AI-dienst van " + tool.name +
                          " niet bereiken (verbinding geweigerd of verbroken). Probeer het later "
                          "opnieuw of vraag de beheerder de instelling upstream.base_url na te "
                          "kijken.");
}

}  // namespace

std::shared_ptr<http::client::http_client> UpstreamClients::Client(
    const Upstream& upstream, const http::client::http_client* stale) {
  std::string base = upstream.base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  const std::string key = base + " " + std::to_string(upstream.timeout_seconds);
  std::lock_guard lock(mu_);
  auto& client = clients_[key];
  if (!client || client.get() == stale) {
    http::client::http_client_config config;
    config.set_timeout(std::chrono::seconds(upstream.timeout_seconds));
    client =
        std::make_shared<http::client::http_client>(web::uri(base + "/chat/completions"), config);
  }
  return client;
}

http::http_response UpstreamClients::Send(const Tool& tool, const std::string& body, bool stream) {
  const Upstream& upstream = *tool.upstream;
  std::string authorization;
  if (!upstream.api_key_env.empty()) {
    const char* key = std::getenv(upstream.api_key_env.c_str());
    if (!key || !*key) {
      throw UpstreamError(502, "api_key_missing",
                          "vermeld kan " + tool.name + " niet gebruiken: de omgevingsvariabele " +
                              upstream.api_key_env +
                              " met de API-sleutel is niet ingesteld. Vraag de beheerder ze in te "
                              "stellen en vermeld opnieuw te starten.");
    }
    authorization = std::string("Bearer ") + key;
  }
  http::http_response response;
  // cpprestsdk reuses pooled connections the upstream has closed meanwhile (keep-alive timeout,
  // 5 s on uvicorn and Node); a long body then meets the reset while it is written and the call
  // fails without an answer (microsoft/cpprestsdk#592; tests/gateway/dropping_upstream.h). One
  // more try, with a new client: the old pool may hold more such connections. Not after a
  // timeout: that upstream is slow, not gone. A chat completion changes nothing at the vendor, so
  // a rare duplicate costs tokens, not data.
  std::shared_ptr<http::client::http_client> client = Client(upstream, nullptr);
  for (int attempt = 0;; ++attempt) {
    http::http_request request(http::methods::POST);
    if (!authorization.empty()) request.headers().add("Authorization", authorization);
    request.headers().add("Accept", stream ? "text/event-stream" : "application/json");
    request.set_body(body, "application/json");
    try {
      response = client->request(request).get();
      break;
    } catch (const http::http_exception& e) {
      if (attempt > 0 || e.error_code() == std::errc::timed_out) Fail(tool, e);
      client = Client(upstream, client.get());
    } catch (const std::exception& e) {
      Fail(tool, e);
    }
  }
  if (response.status_code() >= 500) {
    throw UpstreamError(502, "status_" + std::to_string(response.status_code()),
                        "De AI-dienst van " + tool.name + " meldde een fout (HTTP " +
                            std::to_string(response.status_code()) +
                            "); er is geen antwoord. Probeer het later opnieuw.");
  }
  return response;
}

std::string UpstreamClients::ReadBody(const http::http_response& response, const Tool& tool) {
  try {
    const std::vector<unsigned char> bytes = response.extract_vector().get();
    return std::string(bytes.begin(), bytes.end());
  } catch (const std::exception& e) {
    Fail(tool, e);
  }
}

std::string UpstreamClients::ReadSome(const http::http_response& response, const Tool& tool) {
  try {
    auto buffer = response.body().streambuf();
    // Wait for one byte (or the end), then take whatever else has already arrived.
    const auto first = buffer.bumpc().get();
    if (first == decltype(buffer)::traits::eof()) return {};
    std::string out(1, static_cast<char>(first));
    const size_t more = buffer.in_avail();
    if (more > 0) {
      out.resize(1 + more);
      const size_t got = buffer.getn(reinterpret_cast<unsigned char*>(out.data() + 1), more).get();
      out.resize(1 + got);
    }
    return out;
  } catch (const std::exception& e) {
    Fail(tool, e);
  }
}

}  // namespace vermeld
