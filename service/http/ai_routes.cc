#include "core/disclosure/insert.h"
#include "core/text/utf8.h"
#include "http/routes.h"

namespace vermeld {
namespace {

void RequireUtf8(const std::string& text) {
  if (auto bad = FindInvalidUtf8(text)) {
    throw HttpError(
        400, "invalid_text",
        "text is not valid UTF-8 (first bad byte at offset " + std::to_string(*bad) + ")");
  }
}

// The audit trail must not silently lose events: a failed write fails the request.
void Audit(const ServiceContext& ctx, const AuditEvent& event) {
  try {
    ctx.store->RecordAudit(event);
  } catch (const StoreError& e) {
    throw HttpError(503, "store_unavailable",
                    std::string("cannot write the audit trail: ") + e.what());
  }
}

Response Disclose(const ServiceContext& ctx, const Request& request) {
  const auto body = ParseJsonBody(request);
  const std::string text = StringField(body, "text", true);
  const std::string tool_given = StringField(body, "tool", true);
  InputFormat format;
  try {
    format = ParseInputFormat(StringField(body, "format", false, "text"));
  } catch (const InvalidInput& e) {
    throw HttpError(400, "invalid_field", e.what());
  }
  const auto reviewed = body.find("reviewed");
  if (reviewed != body.end() && !reviewed->is_boolean()) {
    throw HttpError(400, "invalid_field", "field \"reviewed\" must be true or false");
  }
  if (tool_given.empty()) throw HttpError(400, "invalid_field", "field \"tool\" must not be empty");
  RequireUtf8(text);
  const auto policy = ctx.policy->Current();
  // A tool from the policy is named as the policy names it; any other name is used as given.
  const Tool* tool = policy->FindTool(tool_given);
  const std::string tool_name = tool ? tool->name : tool_given;
  const InsertResult r =
      InsertDisclosure(text, format == InputFormat::kHtml, policy->DisclosureLine(tool_name),
                       policy->disclosure_template);
  AuditEvent event;
  event.kind = "disclose";
  event.tool = tool ? tool->id : kUnknownTool;
  event.decision = r.inserted ? "inserted" : "already_present";
  event.reviewed = reviewed != body.end() && reviewed->get<bool>();
  event.request_bytes = static_cast<int64_t>(text.size());
  event.response_bytes = static_cast<int64_t>(r.text.size());
  Audit(ctx, event);
  return Response::Json(
      200,
      {{"text", r.text}, {"inserted", r.inserted}, {"line", policy->DisclosureLine(tool_name)}});
}

Response RecordProvenance(const ServiceContext& ctx, const Request& request) {
  const auto body = ParseJsonBody(request);
  const std::string text = StringField(body, "text", true);
  const Tool* known = ctx.policy->Current()->FindTool(StringField(body, "tool", true));
  const std::string tool = known ? known->id : kUnknownTool;
  if (text.empty()) throw HttpError(400, "invalid_field", "field \"text\" must not be empty");
  RequireUtf8(text);
  int64_t id;
  try {
    id = RecordAiOutput(ctx, text, tool);
  } catch (const StoreError& e) {
    throw HttpError(503, "store_unavailable",
                    std::string("cannot record the AI text: ") + e.what());
  }
  AuditEvent event;
  event.kind = "provenance";
  event.tool = tool;
  event.decision = "recorded";
  event.request_bytes = static_cast<int64_t>(text.size());
  Audit(ctx, event);
  return Response::Json(200, {{"recorded", true}, {"id", id}});
}

}  // namespace

void AddAiRoutes(Router& router, const ServiceContext& ctx) {
  router.Add("POST", "/api/v1/disclose", [&ctx](const Request& r) { return Disclose(ctx, r); },
             {.json_body = true});
  router.Add("POST", "/api/v1/provenance",
             [&ctx](const Request& r) { return RecordProvenance(ctx, r); }, {.json_body = true});
}

}  // namespace vermeld
