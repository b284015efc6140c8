#pragma once

// Near-miss title matching over every role alias: exact alias hits first, then a blend of
// IDF-weighted token-set cosine, TF-IDF character n-gram cosine and embedding cosine, the best
// alias of each role giving the role's score, plus whole-role votes: the title's words against
// all of a role's labels pooled, and against the names of the skills it needs.
#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "jdpipe/catalog.hpp"
#include "jdpipe/embedder.hpp"
#include "roles/role_terms.hpp"
#include "roles/title_index.hpp"

namespace jdpipe::roles {

/// How the three similarities blend into a label's score (normalised by their sum).
struct TitleWeights {
  double token = 0.35;
  double chars = 0.35;
  double embedding = 0.30;
  /// A match through an alternative label counts this much of one through the role's name.
  double alt_label_factor = 0.85;
  /// Added to the best label's score (then all rescaled into [0, 1)): the title's cosine with
  /// the role's labels pooled into one document, and with the names of the role's skills.
  double role_labels = 0.25;
  double role_skills = 0.5;
  /// And the title's embedding cosine with the mean of the role's label embeddings (only when
  /// every label is embedded, see TitleMatcher).
  double role_embedding = 0.3;
};

struct TitleHit {
  size_t role_index = 0;
  double score = 0;             // 1 for an exact alias hit, else the blend, in [0, 1)
  std::string_view matched_via;  // "alias", "fuzzy" (lexical part dominates) or "embedding"
};

class TitleMatcher {
 public:
  /// `embedder` must outlive the matcher. Label embeddings are computed on the first match().
  TitleMatcher(const CatalogData& data, const TitleIndex& exact, const Embedder& embedder);

  /// The `k` best roles for `title`, best first (ties by role order).
  std::vector<TitleHit> match(std::string_view title, size_t k, const TitleWeights& w = {}) const;

  size_t label_count() const { return label_role_.size(); }

 private:
  struct Posting {
    uint32_t label;
    float weight;
  };
  using SparseVec = std::vector<std::pair<uint64_t, float>>;  // feature hash, L2-normalised weight
  using Index = absl::flat_hash_map<uint64_t, std::vector<Posting>>;  // feature hash -> labels having it

  SparseVec token_vector(const std::vector<std::string>& words, bool query) const;
  SparseVec char_vector(const std::vector<std::string>& words, bool query) const;
  void accumulate(const SparseVec& q, const Index& index, std::vector<float>& acc, std::vector<uint32_t>& touched) const;
  void ensure_label_embeddings() const;
  /// Every role with a label similar to `title`: its best label's score, and whether the
  /// embedding similarity dominated it.
  std::unordered_map<uint32_t, std::pair<double, bool>> score_roles(std::string_view title, const TitleWeights& w) const;

  const CatalogData& data_;
  const TitleIndex& exact_;
  const Embedder& embedder_;
  std::vector<std::string> label_text_;
  std::vector<uint32_t> label_role_;
  std::vector<bool> label_preferred_;  // the role's display name (its first label)
  absl::flat_hash_map<uint64_t, float> token_idf_, char_idf_;
  Index token_index_, char_index_;
  float unknown_token_idf_ = 1, unknown_char_idf_ = 1;
  RoleTermIndex role_labels_, role_skills_;
  absl::flat_hash_set<std::string> language_words_;  // lower case, from the catalog's language skills

  // All labels embedded when that fits (labels x dim below a bound); otherwise the embedding
  // similarity is computed only for the lexical shortlist.
  mutable std::once_flag embedded_;
  mutable Matrix label_embeddings_;
  mutable Matrix role_centroids_;  // roles x dim, unit rows (zero for a role without labels)
  mutable bool embed_all_ = false;
};

}  // namespace jdpipe::roles
