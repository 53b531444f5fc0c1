#include "core/provenance/ledger_index.h"

#include <algorithm>
#include <bit>
#include <mutex>

namespace vermeld {

void LedgerIndex::Add(const LedgerRecord& record) {
  std::unique_lock lock(mu_);
  const uint32_t output = static_cast<uint32_t>(meta_.size());
  AddLocked(record);
  for (uint32_t f : record.fingerprints) pending_[f].push_back(output);
  pending_count_ += record.fingerprints.size();
  if (pending_count_ > std::max<size_t>(size_t{1} << 16, keys_.size() / 8)) Rebuild({});
}

void LedgerIndex::Load(LedgerStore& store) {
  std::unique_lock lock(mu_);
  std::vector<std::pair<uint32_t, uint32_t>> staged;
  store.LoadAll([&](LedgerRecord&& record) {
    const uint32_t output = static_cast<uint32_t>(meta_.size());
    AddLocked(record);
    for (uint32_t f : record.fingerprints) staged.emplace_back(f, output);
  });
  Rebuild(std::move(staged));
}

void LedgerIndex::AddLocked(const LedgerRecord& record) {
  auto [it, inserted] = tool_ids_.try_emplace(record.tool, static_cast<uint32_t>(tools_.size()));
  if (inserted) tools_.push_back(record.tool);
  meta_.push_back({record.id, it->second, record.time, record.length});
}

void LedgerIndex::Rebuild(std::vector<std::pair<uint32_t, uint32_t>> staged) {
  for (auto& [f, outputs] : pending_) {
    for (uint32_t o : outputs) staged.emplace_back(f, o);
  }
  pending_.clear();
  pending_count_ = 0;
  const size_t total = keys_.size() + staged.size();
  // About two postings per bucket, at least 256 buckets, at most 2^26.
  const int bits = std::clamp(static_cast<int>(std::bit_width(total)) - 1, 8, 26);
  const int shift = 32 - bits;
  std::vector<uint32_t> dir((size_t{1} << bits) + 1, 0);
  auto bucket = [shift](uint32_t f) { return f >> shift; };
  for (uint32_t f : keys_) ++dir[bucket(f) + 1];
  for (auto& p : staged) ++dir[bucket(p.first) + 1];
  for (size_t b = 1; b < dir.size(); ++b) dir[b] += dir[b - 1];
  std::vector<uint32_t> keys(total), outputs(total), fill(dir.begin(), dir.end() - 1);
  auto place = [&](uint32_t f, uint32_t o) {
    const uint32_t at = fill[bucket(f)]++;
    keys[at] = f;
    outputs[at] = o;
  };
  for (size_t i = 0; i < keys_.size(); ++i) place(keys_[i], outputs_[i]);
  for (auto& p : staged) place(p.first, p.second);
  // Equal fingerprints must be adjacent so Lookup can count a run; buckets are tiny.
  std::vector<std::pair<uint32_t, uint32_t>> run;
  for (size_t b = 0; b + 1 < dir.size(); ++b) {
    if (dir[b + 1] - dir[b] < 2) continue;
    run.clear();
    for (uint32_t i = dir[b]; i < dir[b + 1]; ++i) run.emplace_back(keys[i], outputs[i]);
    std::sort(run.begin(), run.end());
    for (uint32_t i = dir[b]; i < dir[b + 1]; ++i) std::tie(keys[i], outputs[i]) = run[i - dir[b]];
  }
  keys_ = std::move(keys);
  outputs_ = std::move(outputs);
  dir_ = std::move(dir);
  shift_ = shift;
}

void LedgerIndex::Lookup(std::span<const uint32_t> hashes, std::vector<LedgerHit>& hits) const {
  std::shared_lock lock(mu_);
  for (size_t i = 0; i < hashes.size(); ++i) {
    const uint32_t f = hashes[i];
    size_t first = 0, count = 0;
    if (!dir_.empty()) {
      const size_t b = f >> shift_;
      size_t j = dir_[b];
      while (j < dir_[b + 1] && keys_[j] < f) ++j;
      first = j;
      while (j < dir_[b + 1] && keys_[j] == f) ++j;
      count = j - first;
    }
    const auto it = pending_.find(f);
    const size_t pending = it == pending_.end() ? 0 : it->second.size();
    if (count + pending == 0 || count + pending > kMaxPostings) continue;
    const uint32_t pos = static_cast<uint32_t>(i);
    for (size_t j = first; j < first + count; ++j) hits.push_back({pos, outputs_[j]});
    if (pending) {
      for (uint32_t o : it->second) hits.push_back({pos, o});
    }
  }
}

size_t LedgerIndex::size() const {
  std::shared_lock lock(mu_);
  return meta_.size();
}

LedgerIndex::Meta LedgerIndex::meta(uint32_t output) const {
  std::shared_lock lock(mu_);
  return meta_.at(output);
}

std::string LedgerIndex::tool(uint32_t tool_index) const {
  std::shared_lock lock(mu_);
  return tools_.at(tool_index);
}

}  // namespace vermeld
