#pragma once

// Whole-role term vectors for title matching. A role's labels pooled into one document, or the
// names of its skills in another: a title word that many of a role's labels share, or that names
// a skill the role needs ("Java"), votes for the role even where no single label matches well.
#include <absl/container/flat_hash_map.h>
#include <absl/strings/string_view.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace jdpipe::roles {

class RoleTermIndex {
 public:
  RoleTermIndex() = default;
  /// `docs[r]` is role r's bag of terms (repeats count). Term weights are sublinear TF times
  /// smoothed IDF over the roles (ln((1 + n) / (1 + df)) + 1), each role's vector L2-normalised.
  explicit RoleTermIndex(const std::vector<std::vector<absl::string_view>>& docs);

  /// Adds to `scores[r]` the cosine of `query` (weighted like a document; terms no role has are
  /// ignored) with every role sharing a term, times `weight`; `touched` gets each role first
  /// raised from 0. `scores` must have one entry per role.
  void score(const std::vector<std::string>& query, float weight, std::vector<float>& scores,
             std::vector<uint32_t>& touched) const;

  size_t roles() const { return roles_; }
  size_t terms() const { return postings_.size(); }

 private:
  struct Posting {
    uint32_t role;
    float weight;
  };
  struct Term {
    float idf = 0;
    std::vector<Posting> postings;
  };
  size_t roles_ = 0;
  absl::flat_hash_map<std::string, Term> postings_;
};

}  // namespace jdpipe::roles
