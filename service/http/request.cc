#include "http/request.h"

#include "core/text/json_numbers.h"

namespace vermeld {

Response Response::Json(int status, const nlohmann::json& body) {
  Response r;
  r.status = status;
  r.headers["Content-Type"] = "application/json; charset=utf-8";
  // Replace rather than throw on invalid UTF-8: answers never echo raw bytes we could not check.
  r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

Response Response::Text(int status, std::string content_type, std::string body) {
  Response r;
  r.status = status;
  r.headers["Content-Type"] = std::move(content_type);
  r.body = std::move(body);
  return r;
}

nlohmann::json ParseJsonBody(const Request& request) {
  nlohmann::json body;
  try {
    body = nlohmann::json::parse(request.body);
  } catch (const nlohmann::json::parse_error& e) {
    throw HttpError(400, "invalid_json",
                    "request body is not valid JSON (at byte " + std::to_string(e.byte) + ")");
  } catch (const nlohmann::json::out_of_range&) {  // "1e999"
    throw HttpError(400, "invalid_json",
                    "request body has a number too large for a double (at byte " +
                        std::to_string(FindOutOfRangeNumber(request.body).value_or(0) + 1) + ")");
  }
  if (!body.is_object()) throw HttpError(400, "invalid_json", "request body must be a JSON object");
  return body;
}

std::string StringField(const nlohmann::json& body, const char* name, bool required,
                        const std::string& fallback) {
  auto it = body.find(name);
  if (it == body.end() || it->is_null()) {
    if (required) {
      throw HttpError(400, "missing_field", std::string("field \"") + name + "\" is required");
    }
    return fallback;
  }
  if (!it->is_string()) {
    throw HttpError(400, "invalid_field", std::string("field \"") + name + "\" must be a string");
  }
  return it->get<std::string>();
}

}  // namespace vermeld
