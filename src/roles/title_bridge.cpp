#include "jdpipe/title_bridge.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "jdpipe/error.hpp"
#include "roles/title_index.hpp"

namespace jdpipe {

namespace {

// normalised title -> the slugs of the roles with it as name or alias
std::unordered_map<std::string, std::vector<std::string>> roles_by_title(const CatalogData& data) {
  std::unordered_map<std::string, std::vector<std::string>> out;
  for (const Role& r : data.roles) {
    std::unordered_set<std::string> keys;
    keys.insert(roles::normalize_title(r.display_name));
    for (const auto& a : r.aliases) keys.insert(roles::normalize_title(a));
    keys.erase("");
    for (const auto& k : keys) out[k].push_back(r.slug);
  }
  return out;
}

}  // namespace

TitleBridge::TitleBridge(const Pipeline& target, const Pipeline& source, Options options)
    : target_(target), source_(source), options_(options) {
  if (!(options_.weight >= 0 && std::isfinite(options_.weight)))
    throw Error(Error::Code::kInvalidArgument,
                fmt::format("TitleBridge: weight must be a finite non-negative number (got {})", options_.weight));
  if (options_.pool == 0) throw Error(Error::Code::kInvalidArgument, "TitleBridge: pool must be at least 1");
  auto target_data = target_.catalog().snapshot();
  auto source_data = source_.catalog().snapshot();
  if (!target_data || !source_data) throw Error(Error::Code::kInvalidArgument, "TitleBridge: a catalog has no snapshot");
  for (const Role& r : target_data->roles)
    target_roles_[r.slug] = {r.slug, r.display_name, r.external_id, 0.0, "bridge"};
  const auto target_by_title = roles_by_title(*target_data);
  for (const auto& [key, sources] : roles_by_title(*source_data)) {
    auto it = target_by_title.find(key);
    if (it == target_by_title.end()) continue;
    // A title many roles share says little about which ones it links.
    const double w = 1.0 / (double(it->second.size()) * double(sources.size()));
    for (const auto& s : sources)
      for (const auto& t : it->second) links_[s][t] += w;
  }
  for (auto& [s, dist] : links_) {
    double sum = 0;
    for (const auto& [t, w] : dist) sum += w;
    for (auto& [t, w] : dist) w /= sum;
  }
}

double TitleBridge::link(std::string_view source_slug, std::string_view target_slug) const {
  auto it = links_.find(std::string(source_slug));
  if (it == links_.end()) return 0;
  auto jt = it->second.find(std::string(target_slug));
  return jt == it->second.end() ? 0 : jt->second;
}

std::vector<TitleBridge::Match> TitleBridge::resolve_title(std::string_view title, size_t k) const {
  std::vector<Match> out;
  if (k == 0) return out;
  for (auto& m : target_.resolve_title(title, std::max(k, options_.pool))) out.push_back({std::move(m), 0.0, ""});
  const auto source_hits = source_.resolve_title(title, 1);
  if (!source_hits.empty()) {
    const std::string& via = source_hits[0].slug;
    if (auto it = links_.find(via); it != links_.end()) {
      std::unordered_map<std::string, size_t> at;  // target slug -> index in out
      for (size_t i = 0; i < out.size(); ++i) at[out[i].match.slug] = i;
      // Roles entering by vote alone follow the pool, in slug order (links_ is unordered).
      std::vector<std::pair<std::string, double>> votes(it->second.begin(), it->second.end());
      std::sort(votes.begin(), votes.end());
      for (const auto& [slug, share] : votes) {
        auto [pos, fresh] = at.try_emplace(slug, out.size());
        if (fresh) out.push_back({target_roles_.at(slug), 0.0, ""});
        out[pos->second].vote = share;
        out[pos->second].source_slug = via;
      }
    }
  }
  const double w = options_.weight;
  for (auto& m : out) m.match.score = (m.match.score + w * m.vote) / (1.0 + w);
  std::stable_sort(out.begin(), out.end(), [](const Match& a, const Match& b) { return a.match.score > b.match.score; });
  if (out.size() > k) out.resize(k);
  for (auto& m : out) m.match.score = std::round(m.match.score * 1e4) / 1e4;
  return out;
}

}  // namespace jdpipe
