// Relays a streamed chat completion (server-sent events, "data: {chunk}" lines) from the
// upstream to the client as it arrives: restores placeholders in each choice's delta.content and
// in the arguments of its tool calls (holding back a placeholder split across chunks) and
// assembles each choice's answer text for the provenance ledger. Lines that are not chunks
// (comments, "data: [DONE]", errors) pass as-is.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/pseudonymise/stream_restorer.h"

namespace vermeld {

// The `index` of a chat-completion (chunk) choice or of a streamed tool call; 0 when absent or
// not a whole number.
int ChoiceIndex(const nlohmann::json& choice);

class SseRelay {
 public:
  // pseudonymiser: null when the request went out unchanged. Must outlive the relay.
  explicit SseRelay(const Pseudonymiser* pseudonymiser) : p_(pseudonymiser) {}

  // Takes bytes from the upstream; returns the bytes to send to the client now (whole lines).
  std::string Push(std::string_view bytes);
  // At the end of the upstream body: whatever is still held back.
  std::string Finish();

  // The answer text per choice index, restored.
  const std::map<int, std::string>& answers() const { return answers_; }

 private:
  // A stream of text within a choice: its content (tool = -1) or tool call number `tool`'s
  // function arguments.
  using Slot = std::pair<int, int>;

  std::string Line(std::string_view line);  // one line without its end, returns the output line(s)
  // Restores `text` (a delta of `slot`); `finished`: the choice ends with this chunk.
  std::string Restore(Slot slot, const std::string& text, bool finished);
  // Restores the arguments of delta.tool_calls[]; true when one changed.
  bool RestoreToolCalls(int index, nlohmann::json& delta, bool finished);
  std::string FlushHeld();  // chunks carrying text still held back

  const Pseudonymiser* p_;
  std::string partial_;  // an incomplete line
  std::map<Slot, StreamRestorer> restorers_;
  std::map<int, std::string> answers_;
  nlohmann::json last_chunk_;  // id/model/created for chunks the relay adds itself
};

}  // namespace vermeld
