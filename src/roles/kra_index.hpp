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
  double score = 0;                  // mean over sentences of the best KRA similarity
  std::vector<size_t> best_kra;      // per sentence, index into KraIndex::kra_text
  std::vector<float> best_similarity;  // per sentence
};

class KraIndex {
 public:
  /// Embeds the KRAs, or takes them from the catalog's cache when it has them for this embedder.
  KraIndex(const CatalogData& data, const Embedder& embedder, Catalog& catalog);

  /// Scores every role with KRAs against the sentences' embeddings (rows of `sentences`).
  /// Returns all roles with at least one KRA, best first (ties by role order).
  std::vector<RoleKraScore> score(const Matrix& sentences) const;

  const std::string& kra_text(size_t k) const { return *kra_text_[k]; }

 private:
  std::shared_ptr<const Matrix> kras_;       // one L2-normalised row per KRA
  std::vector<const std::string*> kra_text_;
  std::vector<size_t> role_begin_, role_end_, role_index_;  // KRA rows of each role with KRAs
};

}  // namespace jdpipe::roles
