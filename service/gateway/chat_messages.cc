#include "gateway/chat_messages.h"

#include "http/request.h"

namespace vermeld {

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
    auto content = m.find("content");
    if (content == m.end() || content->is_null()) continue;  // e.g. an assistant tool call
    if (content->is_string()) {
      out.push_back({i, std::nullopt, content->get<std::string>()});
      continue;
    }
    if (!content->is_array()) {
      throw HttpError(400, "invalid_field", where + ".content must be a string or an array");
    }
    for (size_t j = 0; j < content->size(); ++j) {
      const nlohmann::json& part = (*content)[j];
      const auto type = part.is_object() ? part.value("type", "") : "";
      auto text = part.is_object() ? part.find("text") : part.end();
      if (type != "text" || text == part.end() || !text->is_string()) {
        throw HttpError(400, "unsupported_content",
                        "vermeld kan alleen tekst controleren op persoonsgegevens; " + where +
                            ".content[" + std::to_string(j) +
                            "] is geen tekstdeel en wordt niet doorgestuurd");
      }
      out.push_back({i, j, text->get<std::string>()});
    }
  }
  return out;
}

void ReplaceMessageTexts(nlohmann::json& body, const std::vector<MessageText>& texts) {
  for (const MessageText& t : texts) {
    nlohmann::json& content = body["messages"][t.message]["content"];
    if (t.part) {
      content[*t.part]["text"] = t.text;
    } else {
      content = t.text;
    }
  }
}

}  // namespace vermeld
