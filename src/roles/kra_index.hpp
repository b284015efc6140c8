#pragma once

// The KRA signal: every KRA embedded once into a matrix; a JD's sentences are scored against
// all of them in one product.
#include <string>
#include <vector>

#include "jdpipe/catalog.hpp"
#include "jdpipe/embedder.hpp"

namespace jdpipe::roles {

struct RoleKraScore {
  size_t role_index = 0;
  double score = 0;                  // the signal: (1 - w) * mean_of_max + w * centroid
  double mean_of_max = 0;            // mean over sentences of the best KRA similarity (the seed's)
  double centroid = 0;               // cosine of the sentences' mean with the role's KRA centroid
  std::vector<size_t> best_kra;      // per sentence, index into KraIndex::kra_text
  std::vector<float> best_similarity;  // per sentence
};

class KraIndex {
 public:
  /// Embeds the KRAs, or takes them from the catalog's cache when it has them for this embedder.
  KraIndex(const CatalogData& data, const Embedder& embedder, Catalog& catalog);

  /// Scores every role with KRAs against the sentences' embeddings (rows of `sentences`).
  /// Returns all roles with at least one KRA, best first (ties by role order).
  /// `centroid_weight` w blends the role-level centroid cosine into the score (0: the seed's
  /// mean of max alone).
  std::vector<RoleKraScore> score(const Matrix& sentences, double centroid_weight = 0) const;

  /// Two-stage scoring: roles ranked first by the cosine of the sentences' mean with each role's
  /// KRA centroid (one small product), then the `shortlist` best of them scored exactly as
  /// score() does. Returns only the shortlisted roles, best first. Faster by about
  /// (KRAs / KRAs of the shortlist); what it costs in accuracy is measured in bench/results.
  std::vector<RoleKraScore> score_two_stage(const Matrix& sentences, size_t shortlist, double centroid_weight = 0) const;

  size_t kra_count() const { return kra_text_.size(); }
  size_t role_count() const { return role_index_.size(); }

  const std::string& kra_text(size_t k) const { return *kra_text_[k]; }

 private:
  template <class Fits>
  void embed_fresh(const std::vector<std::string>& texts, const Embedder& embedder, Catalog& catalog, const Fits& fits);
  void score_role(size_t r, const Eigen::MatrixXf& sims, Eigen::Index row0, RoleKraScore& out) const;
  /// Cosine of the sentences' normalised mean with every role centroid.
  Eigen::VectorXf centroid_cosines(const Matrix& sentences) const;
  static void blend_and_sort(std::vector<RoleKraScore>& out, double centroid_weight);

  std::shared_ptr<const Matrix> kras_;       // one L2-normalised row per KRA
  Matrix centroids_;                         // per role with KRAs: the L2-normalised mean of its rows
  std::vector<const std::string*> kra_text_;
  std::vector<size_t> role_begin_, role_end_, role_index_;  // KRA rows of each role with KRAs
};

}  // namespace jdpipe::roles
