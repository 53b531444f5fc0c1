// The text a chat-completions request would send: every message's `content`, a string or an
// array of parts of which only {"type": "text"} parts are accepted (an image or audio part cannot
// be checked for personal data, so the gateway refuses it rather than forward it unchecked), and
// the arguments of earlier tool calls (`tool_calls[].function.arguments`, the older
// `function_call.arguments`): a JSON text the model wrote from the conversation, so it carries
// the same names and numbers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace vermeld {

struct MessageText {
  size_t message = 0;          // index in messages[]
  std::optional<size_t> part;  // index in content[] when content is an array of parts
  std::string text;
  // Where in the message the text stands when it is not (a part of) `content`, e.g.
  // "tool_calls[0].function.arguments"; empty for content.
  std::string field;
  nlohmann::json::json_pointer at{};  // the string's place in the request body
};

// Reads body["messages"]; throws HttpError 400 (invalid_field / unsupported_content) when it is
// missing, empty, or holds content the gateway cannot check.
std::vector<MessageText> CollectMessageTexts(const nlohmann::json& body);

// Writes each piece's text back into the body at the place it came from.
void ReplaceMessageTexts(nlohmann::json& body, const std::vector<MessageText>& texts);

}  // namespace vermeld
