#include "roles/role_terms.hpp"

#include <algorithm>
#include <cmath>

namespace jdpipe::roles {

namespace {

// Each distinct term with its count, in sorted order (absl's views: postings_ looks them up).
template <class Terms>
std::vector<std::pair<absl::string_view, int>> term_counts(const Terms& terms) {
  std::vector<absl::string_view> sorted(terms.begin(), terms.end());
  std::sort(sorted.begin(), sorted.end());
  std::vector<std::pair<absl::string_view, int>> tf;
  for (absl::string_view t : sorted) {
    if (tf.empty() || tf.back().first != t) tf.emplace_back(t, 0);
    ++tf.back().second;
  }
  return tf;
}

}  // namespace

RoleTermIndex::RoleTermIndex(const std::vector<std::vector<absl::string_view>>& docs) : roles_(docs.size()) {
  std::vector<std::vector<std::pair<absl::string_view, int>>> tfs;
  tfs.reserve(docs.size());
  for (const auto& d : docs) {
    tfs.push_back(term_counts(d));
    for (const auto& [t, c] : tfs.back()) ++postings_[t].idf;  // document frequency for now
  }
  const double n = static_cast<double>(docs.size());
  for (auto& [t, term] : postings_) term.idf = static_cast<float>(std::log((1.0 + n) / (1.0 + term.idf)) + 1.0);
  // Every term is in postings_ by now, so a role's terms are looked up once and kept by address.
  std::vector<std::pair<Term*, double>> weighted;
  for (size_t r = 0; r < tfs.size(); ++r) {
    weighted.clear();
    double norm = 0;
    for (const auto& [t, c] : tfs[r]) {
      Term& term = postings_.find(t)->second;
      const double w = (1.0 + std::log(double(c))) * term.idf;
      weighted.emplace_back(&term, w);
      norm += w * w;
    }
    if (norm <= 0) continue;
    const double inv = 1.0 / std::sqrt(norm);
    for (const auto& [term, w] : weighted) term->postings.push_back({static_cast<uint32_t>(r), static_cast<float>(w * inv)});
  }
}

void RoleTermIndex::score(const std::vector<std::string>& query, float weight, std::vector<float>& scores,
                          std::vector<uint32_t>& touched) const {
  std::vector<std::pair<const Term*, double>> q;
  double norm = 0;
  for (const auto& [t, c] : term_counts(query)) {
    auto it = postings_.find(t);
    if (it == postings_.end()) continue;
    double w = (1.0 + std::log(double(c))) * it->second.idf;
    q.emplace_back(&it->second, w);
    norm += w * w;
  }
  if (norm <= 0) return;
  const double inv = 1.0 / std::sqrt(norm);
  for (const auto& [term, w] : q)
    for (const Posting& p : term->postings) {
      if (scores[p.role] == 0) touched.push_back(p.role);
      scores[p.role] += static_cast<float>(weight * w * inv * p.weight);
    }
}

}  // namespace jdpipe::roles
