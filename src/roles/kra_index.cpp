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
  } else {
    embed_fresh(texts, embedder, catalog, fits);
  }
  centroids_ = Matrix::Zero(static_cast<Eigen::Index>(role_index_.size()), kras_->cols());
  for (size_t r = 0; r < role_index_.size(); ++r) {
    auto rows = kras_->middleRows(static_cast<Eigen::Index>(role_begin_[r]),
                                  static_cast<Eigen::Index>(role_end_[r] - role_begin_[r]));
    Eigen::RowVectorXf c = rows.colwise().sum();
    if (float n = c.norm(); n > 0) c /= n;
    centroids_.row(static_cast<Eigen::Index>(r)) = c;
  }
}

template <class Fits>
void KraIndex::embed_fresh(const std::vector<std::string>& texts, const Embedder& embedder, Catalog& catalog,
                           const Fits& fits) {
  const std::string name = embedder.name();
  auto fresh = std::make_shared<const Matrix>(embedder.embed(texts));
  if (!fits(*fresh))
    throw Error(Error::Code::kPlugin,
                fmt::format("embedder '{}' returned a {}x{} matrix for {} texts of dimension {}", name,
                            fresh->rows(), fresh->cols(), texts.size(), embedder.dim()));
  catalog.cache_kra_embeddings(name, embedder.dim(), fresh);
  kras_ = std::move(fresh);
}

void KraIndex::score_role(size_t r, const Eigen::MatrixXf& sims, Eigen::Index row0, RoleKraScore& rs) const {
  const Eigen::Index m = sims.cols();
  rs.role_index = role_index_[r];
  rs.best_kra.resize(static_cast<size_t>(m));
  rs.best_similarity.resize(static_cast<size_t>(m));
  double total = 0;
  const auto len = static_cast<Eigen::Index>(role_end_[r] - role_begin_[r]);
  for (Eigen::Index s = 0; s < m; ++s) {
    Eigen::Index best;
    float v = sims.col(s).segment(row0, len).maxCoeff(&best);
    rs.best_kra[static_cast<size_t>(s)] = role_begin_[r] + static_cast<size_t>(best);
    rs.best_similarity[static_cast<size_t>(s)] = v;
    total += v;
  }
  rs.mean_of_max = total / static_cast<double>(m);
  rs.score = rs.mean_of_max;
}

Eigen::VectorXf KraIndex::centroid_cosines(const Matrix& sentences) const {
  Eigen::RowVectorXf mean = sentences.colwise().mean();
  if (float n = mean.norm(); n > 0) mean /= n;
  return centroids_ * mean.transpose();
}

void KraIndex::blend_and_sort(std::vector<RoleKraScore>& out, double w) {
  for (auto& rs : out) rs.score = (1.0 - w) * rs.mean_of_max + w * rs.centroid;
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
}

std::vector<RoleKraScore> KraIndex::score_two_stage(const Matrix& sentences, size_t shortlist, double centroid_weight) const {
  if (shortlist >= role_index_.size()) return score(sentences, centroid_weight);
  std::vector<RoleKraScore> out;
  if (sentences.rows() == 0 || kras_->rows() == 0 || shortlist == 0) return out;
  Eigen::VectorXf coarse = centroid_cosines(sentences);
  std::vector<size_t> order(role_index_.size());
  for (size_t r = 0; r < order.size(); ++r) order[r] = r;
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(shortlist), order.end(),
                    [&](size_t a, size_t b) { return coarse[static_cast<Eigen::Index>(a)] > coarse[static_cast<Eigen::Index>(b)] ||
                                                     (coarse[static_cast<Eigen::Index>(a)] == coarse[static_cast<Eigen::Index>(b)] && a < b); });
  order.resize(shortlist);
  std::sort(order.begin(), order.end());
  out.resize(shortlist);
  Eigen::MatrixXf sims;
  for (size_t i = 0; i < shortlist; ++i) {
    size_t r = order[i];
    auto rows = kras_->middleRows(static_cast<Eigen::Index>(role_begin_[r]),
                                  static_cast<Eigen::Index>(role_end_[r] - role_begin_[r]));
    sims.noalias() = rows * sentences.transpose();
    score_role(r, sims, 0, out[i]);
    out[i].centroid = coarse[static_cast<Eigen::Index>(r)];
  }
  blend_and_sort(out, centroid_weight);
  return out;
}

std::vector<RoleKraScore> KraIndex::score(const Matrix& sentences, double centroid_weight) const {
  std::vector<RoleKraScore> out;
  const Eigen::Index m = sentences.rows();
  if (m == 0 || kras_->rows() == 0) return out;
  // sims(k, s): similarity of KRA k with sentence s; rows are normalised, so a product is cosine.
  Eigen::MatrixXf sims = *kras_ * sentences.transpose();
  out.resize(role_index_.size());
  Eigen::VectorXf coarse = centroid_cosines(sentences);
  for (size_t r = 0; r < role_index_.size(); ++r) {
    score_role(r, sims, static_cast<Eigen::Index>(role_begin_[r]), out[r]);
    out[r].centroid = coarse[static_cast<Eigen::Index>(r)];
  }
  blend_and_sort(out, centroid_weight);
  return out;
}

}  // namespace jdpipe::roles
