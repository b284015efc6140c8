#include <algorithm>

#include "jdpipe/catalog.hpp"
#include "jdpipe/run.hpp"

namespace jdpipe {

InMemoryCatalog::InMemoryCatalog(CatalogData data) {
  data.finalize();
  data_ = std::make_shared<const CatalogData>(std::move(data));
}

int64_t InMemoryCatalog::centroid_n(int64_t role_id) const {
  std::lock_guard lock(mutex_);
  auto it = learning_.centroids.find(role_id);
  return it == learning_.centroids.end() ? 0 : it->second.n;
}

std::shared_ptr<const Matrix> InMemoryCatalog::cached_kra_embeddings(const std::string& embedder_name, int dim) const {
  std::lock_guard lock(mutex_);
  auto it = kra_embeddings_.find(embedder_name + "/" + std::to_string(dim));
  return it == kra_embeddings_.end() ? nullptr : it->second;
}

void InMemoryCatalog::cache_kra_embeddings(const std::string& embedder_name, int dim,
                                           std::shared_ptr<const Matrix> rows) {
  std::lock_guard lock(mutex_);
  kra_embeddings_[embedder_name + "/" + std::to_string(dim)] = std::move(rows);
}

LearningState InMemoryCatalog::learning_state() const {
  std::lock_guard lock(mutex_);
  return learning_;
}

PersistReceipt InMemoryCatalog::persist(const Run& run) {
  std::lock_guard lock(mutex_);
  if (auto it = applied_runs_.find(run.run_id); it != applied_runs_.end()) {
    PersistReceipt again = it->second;
    again.applied = false;
    return again;
  }
  PersistReceipt receipt;
  receipt.applied = true;
  const Decision& d = run.api1.stage4_decision;
  if (d.chosen_role && !d.is_new_role) {
    auto& c = learning_.centroids[d.chosen_role->role_id];
    const auto& x = run.jd_embedding;
    if (!x.empty()) {
      if (c.vector.size() != x.size()) c.vector.assign(x.size(), 0.0f);
      // Running mean: c += (x - c) / (n + 1).
      float w = 1.0f / static_cast<float>(c.n + 1);
      for (size_t i = 0; i < x.size(); ++i) c.vector[i] += (x[i] - c.vector[i]) * w;
    }
    receipt.centroid_n_after = ++c.n;
  }
  if (d.alias_collision_detected) receipt.collision_log_id = ++learning_.collisions_logged;
  if (d.is_new_role && d.queued) receipt.queue_entry_id = ++learning_.queued_roles;
  for (const PersistenceItem& item : run.api3.items) {
    auto link = [](auto& links, int64_t a, int64_t b) {
      std::pair<int64_t, int64_t> key{a, b};
      if (std::find(links.begin(), links.end(), key) != links.end()) return false;
      links.push_back(key);
      return true;
    };
    if (item.skill_dimension_linked && link(new_skill_dimension_links_, item.skill_id, item.dimension.id))
      ++receipt.skill_dimension_linked;
    if (item.role_dimension_linked && item.chosen_role_id &&
        link(new_role_dimension_links_, *item.chosen_role_id, item.dimension.id))
      ++receipt.role_dimension_linked;
  }
  for (const AliasMatch& m : run.api2.alias_matches) {
    if (m.matched_via == "alias" || !m.matched_canonical) continue;
    auto& list = learning_.alias_suggestions;
    auto it = std::find_if(list.begin(), list.end(), [&](const auto& s) {
      return s.skill_id == m.matched_canonical->id && s.alias_text == m.input_term;
    });
    if (it == list.end()) {
      list.push_back({m.matched_canonical->id, m.input_term, 1});
      ++receipt.aliases_suggested;
    } else {
      ++it->seen;
    }
  }
  applied_runs_.emplace(run.run_id, receipt);
  return receipt;
}

}  // namespace jdpipe
