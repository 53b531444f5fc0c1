// POST /v1/chat/completions and GET /v1/models: the OpenAI-compatible gateway. Each request is
// checked (gateway_decision.h), possibly pseudonymised, forwarded (upstream_client.h), its answer
// restored and recorded in the provenance ledger, and one audit event written -- never any text.
#include <iostream>

#include "core/pseudonymise/pseudonymiser.h"
#include "gateway/chat_messages.h"
#include "gateway/gateway_decision.h"
#include "gateway/sse_relay.h"
#include "gateway/upstream_client.h"
#include "http/routes.h"

namespace vermeld {
namespace {

Response OpenAiError(int status, const std::string& type, const std::string& code,
                     const std::string& message) {
  return Response::Json(
      status,
      {{"error", {{"message", message}, {"type", type}, {"code", code}, {"param", nullptr}}}});
}

// The audit names the tool; an unknown model name is kept only when it looks like one, so a
// client cannot smuggle text into the store through it.
std::string AuditToolName(const GatewayRequestFacts& facts) {
  // A client-chosen model name could be anything, even a person's name: only policy tool ids are
  // stored.
  return facts.tool ? facts.tool->id : kUnknownTool;
}

bool BoolOption(const nlohmann::json& obj, const char* name, bool fallback, const char* where) {
  auto it = obj.find(name);
  if (it == obj.end() || it->is_null()) return fallback;
  if (!it->is_boolean()) {
    throw HttpError(400, "invalid_field", std::string(where) + name + " must be true or false");
  }
  return it->get<bool>();
}

// Records every choice's answer text in the ledger, so a draft that reuses it is found later.
void RecordAnswers(const ServiceContext& ctx, const std::map<int, std::string>& answers,
                   const std::string& tool) {
  for (const auto& [index, text] : answers) {
    if (!text.empty()) RecordAiOutput(ctx, text, tool);
  }
}

struct Forwarding {
  const ServiceContext* ctx;
  Tool tool;
  std::shared_ptr<const Pseudonymiser> pseudonymiser;  // null: sent unchanged
  AuditEvent audit;
};

Response UpstreamFailure(const ServiceContext& ctx, AuditEvent audit, const UpstreamError& e) {
  Response r = OpenAiError(e.status(), "upstream_error", e.reason(), e.what());
  audit.decision = "upstream_error";
  audit.reason = e.reason();
  audit.response_bytes = static_cast<int64_t>(r.body.size());
  ctx.store->RecordAudit(audit);
  return r;
}

// A 4xx from the upstream goes to the client as it came (status and body).
Response PassThrough(const ServiceContext& ctx, AuditEvent audit,
                     const web::http::http_response& response, std::string body) {
  Response r;
  r.status = response.status_code();
  r.headers["Content-Type"] = response.headers().content_type().empty()
                                  ? std::string("application/json")
                                  : response.headers().content_type();
  r.body = std::move(body);
  audit.decision = "upstream_error";
  audit.reason = "status_" + std::to_string(r.status);
  audit.response_bytes = static_cast<int64_t>(r.body.size());
  ctx.store->RecordAudit(audit);
  return r;
}

// Puts the pseudonymised values back into an answer's content and tool-call arguments.
void RestoreMessage(const Pseudonymiser& p, nlohmann::json& message) {
  auto restore = [&p](nlohmann::json& text) {
    if (text.is_string()) text = p.Restore(text.get<std::string>());
  };
  if (message.contains("content")) restore(message["content"]);
  if (auto calls = message.find("tool_calls"); calls != message.end() && calls->is_array()) {
    for (auto& call : *calls) {
      if (call.is_object() && call.contains("function") && call["function"].is_object()) {
        restore(call["function"]["arguments"]);
      }
    }
  }
}

Response ForwardWhole(Forwarding f, UpstreamClients& clients, const std::string& out) {
  const auto response = clients.Send(f.tool, out, false);
  std::string body = UpstreamClients::ReadBody(response, f.tool);
  if (response.status_code() >= 300) return PassThrough(*f.ctx, f.audit, response, std::move(body));
  nlohmann::json answer = nlohmann::json::parse(body, nullptr, false);
  if (!answer.is_object() || !answer.contains("choices") || !answer["choices"].is_array()) {
    throw UpstreamError(502, "malformed",
                        "De AI-dienst van " + f.tool.name +
                            " gaf een antwoord dat geen chat-completion is; er is geen antwoord.");
  }
  std::map<int, std::string> answers;
  for (auto& choice : answer["choices"]) {
    if (!choice.is_object() || !choice.contains("message") || !choice["message"].is_object())
      continue;
    auto& message = choice["message"];
    if (f.pseudonymiser) RestoreMessage(*f.pseudonymiser, message);
    if (auto c = message.find("content"); c != message.end() && c->is_string()) {
      answers[ChoiceIndex(choice)] = *c;
    }
  }
  if (f.pseudonymiser) body = answer.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  RecordAnswers(*f.ctx, answers, f.tool.id);
  f.audit.response_bytes = static_cast<int64_t>(body.size());
  f.ctx->store->RecordAudit(f.audit);
  return Response::Text(200, "application/json; charset=utf-8", std::move(body));
}

Response ForwardStream(Forwarding f, UpstreamClients& clients, const std::string& out) {
  const auto response = clients.Send(f.tool, out, true);
  if (response.status_code() >= 300) {
    return PassThrough(*f.ctx, f.audit, response, UpstreamClients::ReadBody(response, f.tool));
  }
  Response r;
  r.headers["Content-Type"] = "text/event-stream; charset=utf-8";
  r.headers["Cache-Control"] = "no-cache";
  r.stream = [f, response](const std::function<bool(const std::string&)>& write) mutable {
    SseRelay relay(f.pseudonymiser.get());
    int64_t sent = 0;
    auto send = [&](const std::string& bytes) {
      sent += static_cast<int64_t>(bytes.size());
      return bytes.empty() || write(bytes);
    };
    try {
      bool client_there = true;
      for (std::string piece = UpstreamClients::ReadSome(response, f.tool);
           !piece.empty() && client_there; piece = UpstreamClients::ReadSome(response, f.tool)) {
        client_there = send(relay.Push(piece));
      }
      send(relay.Finish());
    } catch (const UpstreamError& e) {
      // The status line is gone already: tell the client in the stream, as OpenAI does.
      const nlohmann::json error = {
          {"error", {{"message", e.what()}, {"type", "upstream_error"}, {"code", e.reason()}}}};
      send("data: " + error.dump() + "\n\n");
      f.audit.decision = "upstream_error";
      f.audit.reason = e.reason();
    }
    try {
      RecordAnswers(*f.ctx, relay.answers(), f.tool.id);
      f.audit.response_bytes = sent;
      f.ctx->store->RecordAudit(f.audit);
    } catch (const std::exception& e) {
      std::cerr << "vermeld: gateway: could not record a streamed answer: " << e.what() << "\n";
    }
  };
  return r;
}

Response ChatCompletion(const ServiceContext& ctx, UpstreamClients& clients,
                        const Request& request) {
  nlohmann::json body = ParseJsonBody(request);
  GatewayRequestFacts facts;
  facts.model = StringField(body, "model", true);
  const bool stream = BoolOption(body, "stream", false, "");
  if (auto ext = body.find("vermeld"); ext != body.end()) {
    if (!ext->is_object()) throw HttpError(400, "invalid_field", "vermeld must be an object");
    facts.pseudonymise_requested = BoolOption(*ext, "pseudonymise", true, "vermeld.");
    body.erase(ext);  // vermeld's own extension never goes upstream
  }
  const auto policy = ctx.policy->Current();
  facts.tool = policy->FindTool(facts.model);
  for (MessageText& piece : CollectMessageTexts(body)) {
    CheckedText checked{std::move(piece)};
    checked.personal_data = ctx.detector->Detect(checked.piece.text, policy->personal_data_allow);
    checked.confidential =
        FindConfidentialMarkers(checked.piece.text, policy->confidential_markers);
    facts.texts.push_back(std::move(checked));
  }
  const GatewayDecision decision = DecideGatewayRequest(*policy, facts, TodayUtc());

  Forwarding f{&ctx, facts.tool ? *facts.tool : Tool{}, nullptr, {}};
  f.audit.kind = "gateway";
  f.audit.tool = AuditToolName(facts);
  f.audit.finding_counts = decision.finding_counts;
  f.audit.request_bytes = static_cast<int64_t>(request.body.size());
  if (decision.kind == GatewayDecision::Kind::kBlock) {
    Response r = Response::Json(403, decision.error);
    f.audit.decision = "blocked";
    f.audit.reason = decision.reason;
    f.audit.response_bytes = static_cast<int64_t>(r.body.size());
    ctx.store->RecordAudit(f.audit);
    return r;
  }
  f.audit.decision = "forwarded";
  try {
    if (!f.tool.upstream) {
      throw UpstreamError(502, "no_upstream",
                          f.tool.name +
                              " is goedgekeurd, maar het AI-beleid geeft geen upstream.base_url "
                              "op; vermeld kan er niets naartoe sturen. Gebruik de tool zelf of "
                              "vraag de beheerder het beleid aan te vullen.");
    }
    if (decision.kind == GatewayDecision::Kind::kPseudonymise) {
      auto p = std::make_shared<Pseudonymiser>();
      std::vector<MessageText> pieces;
      for (CheckedText& t : facts.texts) {
        t.piece.text = p->Replace(t.piece.text, t.personal_data);
        pieces.push_back(std::move(t.piece));
      }
      ReplaceMessageTexts(body, pieces);
      f.pseudonymiser = std::move(p);
      f.audit.decision = "pseudonymised";
    }
    const std::string out = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    // A copy each: on an UpstreamError the audit below still needs f.
    return stream ? ForwardStream(f, clients, out) : ForwardWhole(f, clients, out);
  } catch (const UpstreamError& e) {
    return UpstreamFailure(ctx, f.audit, e);
  }
}

nlohmann::json ModelList(const Policy& policy) {
  nlohmann::json data = nlohmann::json::array();
  for (const Tool& t : policy.tools) {
    if (!t.allowed) continue;
    nlohmann::json classes = nlohmann::json::array();
    for (DataClass c : t.data) classes.push_back(ToString(c));
    const std::vector<std::string> ids = t.models.empty() ? std::vector{t.id} : t.models;
    for (const std::string& id : ids) {
      data.push_back({{"id", id},
                      {"object", "model"},
                      {"created", 0},
                      {"owned_by", t.name},
                      {"tool", t.id},
                      {"data", classes},
                      {"gateway", t.upstream.has_value()}});
    }
  }
  return {{"object", "list"}, {"data", data}};
}

}  // namespace

void AddGatewayRoutes(Router& router, const ServiceContext& ctx) {
  auto clients = std::make_shared<UpstreamClients>();
  router.Add("GET", "/v1/models", [&ctx](const Request&) {
    return Response::Json(200, ModelList(*ctx.policy->Current()));
  });
  router.Add("POST", "/v1/chat/completions",
             [&ctx, clients](const Request& request) {
               try {
                 return ChatCompletion(ctx, *clients, request);
               } catch (const StoreError& e) {
                 // Without its audit event a request must not count as handled.
                 throw HttpError(503, "store_unavailable",
                                 std::string("cannot write the audit trail: ") + e.what());
               }
             },
             {.json_body = true});
}

}  // namespace vermeld
