#include "roles/kra_index.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "jdpipe/error.hpp"

namespace jdpipe::roles {

KraIndex::KraIndex(const CatalogData& data, const Embedder& embedder, Catalog& catalog) {
  std::vector<std::string> texts;
  for (size_t ri = 0; ri < data.roles.size(); ++ri) {
    const Role& r = data.roles[ri];
    if (r.kras.empty()) continue;
    role_index_.push_back(ri);
    role_begin_.push_back(texts.size());
    for (const auto& k : r.kras) {
      texts.push_back(k);
      kra_text_.push_back(&k);
    }
    role_end_.push_back(texts.size());
  }
  const std::string name = embedder.name();
  auto fits = [&](const Matrix& m) {
    return m.rows() == static_cast<Eigen::Index>(texts.size()) && m.cols() == embedder.dim();
  };
  if (auto cached = catalog.cached_kra_embeddings(name, embedder.dim()); cached && fits(*cached)) {
    kras_ = std::move(cached);
    return;
  }
  auto fresh = std::make_shared<const Matrix>(embedder.embed(texts));
  if (!fits(*fresh))
    throw Error(Error::Code::kPlugin,
                fmt::format("embedder '{}' returned a {}x{} matrix for {} texts of dimension {}", name,
                            fresh->rows(), fresh->cols(), texts.size(), embedder.dim()));
  catalog.cache_kra_embeddings(name, embedder.dim(), fresh);
  kras_ = std::move(fresh);
}

std::vector<RoleKraScore> KraIndex::score(const Matrix& sentences) const {
  std::vector<RoleKraScore> out;
  const Eigen::Index m = sentences.rows();
  if (m == 0 || kras_->rows() == 0) return out;
  // sims(k, s): similarity of KRA k with sentence s; rows are normalised, so a product is cosine.
  Eigen::MatrixXf sims = *kras_ * sentences.transpose();
  out.reserve(role_index_.size());
  for (size_t r = 0; r < role_index_.size(); ++r) {
    RoleKraScore rs;
    rs.role_index = role_index_[r];
    rs.best_kra.resize(static_cast<size_t>(m));
    rs.best_similarity.resize(static_cast<size_t>(m));
    double total = 0;
    for (Eigen::Index s = 0; s < m; ++s) {
      Eigen::Index best;
      float v = sims.col(s).segment(static_cast<Eigen::Index>(role_begin_[r]),
                                    static_cast<Eigen::Index>(role_end_[r] - role_begin_[r]))
                    .maxCoeff(&best);
      rs.best_kra[static_cast<size_t>(s)] = role_begin_[r] + static_cast<size_t>(best);
      rs.best_similarity[static_cast<size_t>(s)] = v;
      total += v;
    }
    rs.score = total / static_cast<double>(m);
    out.push_back(std::move(rs));
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
  return out;
}

}  // namespace jdpipe::roles
