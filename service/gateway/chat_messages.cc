#include "gateway/chat_messages.h"

#include "http/request.h"

namespace vermeld {
namespace {

using Pointer = nlohmann::json::json_pointer;

void CollectContent(const nlohmann::json& content, size_t i, const std::string& where,
                    const Pointer& at, std::vector<MessageText>& out) {
  if (content.is_null()) return;  // e.g. an assistant message that only calls tools
  if (content.is_string()) {
    out.push_back({i, std::nullopt, content.get<std::string>(), "", at});
    return;
  }
  if (!content.is_array()) {
    throw HttpError(400, "invalid_field", where + ".content must be a string or an array");
  }
  for (size_t j = 0; j < content.size(); ++j) {
    const nlohmann::json& part = content[j];
    const auto type = part.is_object() ? part.value("type", "") : "";
    auto text = part.is_object() ? part.find("text") : part.end();
    if (type != "text" || text == part.end() || !text->is_string()) {
      throw HttpError(400, "unsupported_content",
                      "vermeld kan alleen tekst controleren op persoonsgegevens; " + where +
                          ".content[" + std::to_string(j) +
                          "] is geen tekstdeel en wordt niet doorgestuurd");
    }
    out.push_back({i, j, text->get<std::string>(), "", at / j / "text"});
  }
}

// `call` is a tool call ({"function": {"arguments": "..."}}) or a legacy function_call
// ({"arguments": "..."}); `field` names it in messages, relative to the message.
void CollectArguments(const nlohmann::json& call, size_t i, const std::string& where,
                      std::string field, Pointer at, std::vector<MessageText>& out) {
  const nlohmann::json* args = &call;
  if (!call.is_object()) {
    throw HttpError(400, "invalid_field", where + "." + field + " must be an object");
  }
  if (field.starts_with("tool_calls")) {
    auto function = call.find("function");
    if (function == call.end()) return;  // another kind of tool call: no arguments text
    if (!function->is_object()) {
      throw HttpError(400, "invalid_field", where + "." + field + ".function must be an object");
    }
    args = &*function;
    field += ".function";
    at /= "function";
  }
  auto arguments = args->find("arguments");
  if (arguments == args->end() || arguments->is_null()) return;
  field += ".arguments";
  if (!arguments->is_string()) {
    throw HttpError(400, "invalid_field", where + "." + field + " must be a string");
  }
  out.push_back({i, std::nullopt, arguments->get<std::string>(), field, at / "arguments"});
}

}  // namespace

std::vector<MessageText> CollectMessageTexts(const nlohmann::json& body) {
  auto messages = body.find("messages");
  if (messages == body.end() || !messages->is_array() || messages->empty()) {
    throw HttpError(400, "invalid_field", "field \"messages\" must be a non-empty array");
  }
  std::vector<MessageText> out;
  for (size_t i = 0; i < messages->size(); ++i) {
    const nlohmann::json& m = (*messages)[i];
    const std::string where = "messages[" + std::to_string(i) + "]";
    if (!m.is_object()) throw HttpError(400, "invalid_field", where + " must be an object");
    const Pointer at = Pointer("/messages") / i;
    if (auto content = m.find("content"); content != m.end()) {
      CollectContent(*content, i, where, at / "content", out);
    }
    if (auto calls = m.find("tool_calls"); calls != m.end() && !calls->is_null()) {
      if (!calls->is_array()) {
        throw HttpError(400, "invalid_field", where + ".tool_calls must be an array");
      }
      for (size_t k = 0; k < calls->size(); ++k) {
        CollectArguments((*calls)[k], i, where, "tool_calls[" + std::to_string(k) + "]",
                         at / "tool_calls" / k, out);
      }
    }
    if (auto call = m.find("function_call"); call != m.end() && !call->is_null()) {
      CollectArguments(*call, i, where, "function_call", at / "function_call", out);
    }
  }
  return out;
}

void ReplaceMessageTexts(nlohmann::json& body, const std::vector<MessageText>& texts) {
  for (const MessageText& t : texts) body[t.at] = t.text;
}

}  // namespace vermeld
