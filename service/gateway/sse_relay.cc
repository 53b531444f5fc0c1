#include "gateway/sse_relay.h"

namespace vermeld {
namespace {

constexpr std::string_view kData = "data:";

}  // namespace

int ChoiceIndex(const nlohmann::json& choice) {
  auto it = choice.find("index");
  return it != choice.end() && it->is_number_integer() ? it->get<int>() : 0;
}

std::string SseRelay::Push(std::string_view bytes) {
  partial_ += bytes;
  std::string out;
  size_t start = 0;
  for (size_t nl = partial_.find('\n'); nl != std::string::npos; nl = partial_.find('\n', start)) {
    out += Line(std::string_view(partial_).substr(start, nl - start));
    start = nl + 1;
  }
  partial_.erase(0, start);
  return out;
}

std::string SseRelay::Finish() {
  std::string out;
  if (!partial_.empty()) {
    out = Line(partial_);
    partial_.clear();
  }
  return out + FlushHeld();
}

std::string SseRelay::Line(std::string_view line) {
  const std::string original = std::string(line) + "\n";
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.substr(0, kData.size()) != kData) return original;
  std::string_view data = line.substr(kData.size());
  if (!data.empty() && data.front() == ' ') data.remove_prefix(1);
  if (data == "[DONE]") return FlushHeld() + original;
  nlohmann::json chunk = nlohmann::json::parse(data, nullptr, false);
  if (!chunk.is_object() || !chunk.contains("choices") || !chunk["choices"].is_array()) {
    return original;
  }
  bool changed = false;
  for (auto& choice : chunk["choices"]) {
    if (!choice.is_object()) continue;
    const int index = ChoiceIndex(choice);
    auto delta = choice.find("delta");
    const bool finished = choice.contains("finish_reason") && !choice["finish_reason"].is_null();
    const bool has_delta = delta != choice.end() && delta->is_object();
    std::string text;
    if (has_delta && delta->contains("content") && (*delta)["content"].is_string()) {
      text = (*delta)["content"].get<std::string>();
    }
    if (p_) {
      std::string restored = Restore({index, -1}, text, finished);
      if (restored != text && (delta == choice.end() || has_delta)) {
        choice["delta"]["content"] = restored;
        changed = true;
      }
      text = std::move(restored);
      if (has_delta) changed |= RestoreToolCalls(index, *delta, finished);
    }
    answers_[index] += text;
  }
  last_chunk_ = chunk;
  return changed ? "data: " + chunk.dump() + "\n" : original;
}

bool SseRelay::RestoreToolCalls(int index, nlohmann::json& delta, bool finished) {
  auto calls = delta.find("tool_calls");
  if (calls == delta.end() || !calls->is_array()) return false;
  bool changed = false;
  for (auto& call : *calls) {
    if (!call.is_object() || !call.contains("function") || !call["function"].is_object()) continue;
    auto& args = call["function"]["arguments"];
    if (!args.is_string()) continue;
    std::string restored = Restore({index, ChoiceIndex(call)}, args, finished);
    if (restored != args) {
      args = std::move(restored);
      changed = true;
    }
  }
  return changed;
}

std::string SseRelay::Restore(Slot slot, const std::string& text, bool finished) {
  auto& restorer = restorers_.try_emplace(slot, *p_).first->second;
  std::string restored = restorer.Push(text);
  if (finished) restored += restorer.Flush();
  return restored;
}

std::string SseRelay::FlushHeld() {
  std::string out;
  for (auto& [slot, restorer] : restorers_) {
    std::string rest = restorer.Flush();
    if (rest.empty()) continue;
    const auto [index, tool] = slot;
    nlohmann::json delta;
    if (tool < 0) {
      answers_[index] += rest;
      delta = {{"content", rest}};
    } else {
      delta = {{"tool_calls", {{{"index", tool}, {"function", {{"arguments", rest}}}}}}};
    }
    nlohmann::json chunk = {
        {"object", "chat.completion.chunk"},
        {"choices", {{{"index", index}, {"delta", delta}, {"finish_reason", nullptr}}}}};
    for (const char* key : {"id", "model", "created", "object"}) {
      if (last_chunk_.is_object() && last_chunk_.contains(key)) chunk[key] = last_chunk_[key];
    }
    out += "data: " + chunk.dump() + "\n\n";
  }
  return out;
}

}  // namespace vermeld
