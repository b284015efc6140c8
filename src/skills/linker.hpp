#pragma once

// Linking a skill mention that is no alias to the nearest catalog skills: a TF-IDF index over
// every alias of every skill, with stemmed words and character trigrams as features (so
// inflections, compounds and misspellings still share features), the mention's sentence adding
// a little weight to skills whose names share its words.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "jdpipe/catalog.hpp"

namespace jdpipe::skills {

struct LinkCandidate {
  size_t skill_index = 0;
  double score = 0;  // cosine similarity in [0, 1]
};

class SkillLinker {
 public:
  explicit SkillLinker(const CatalogData& data);

  /// The `k` most similar skills, best first; `context` is the sentence the term comes from.
  std::vector<LinkCandidate> nearest(std::string_view term, std::string_view context, size_t k) const;

 private:
  using Features = std::vector<std::pair<uint32_t, float>>;  // feature id, weight; L2-normalised
  void features(std::string_view text, bool intern, Features& out);
  void query_features(std::string_view text, float scale, Features& out) const;

  absl::flat_hash_map<std::string, uint32_t> feature_ids_;
  std::vector<float> idf_;
  std::vector<uint8_t> is_word_;  // feature id -> a word (not a trigram) feature
  std::vector<std::vector<std::pair<uint32_t, float>>> postings_;  // feature -> (alias row, weight)
  std::vector<uint32_t> row_skill_;                                 // alias row -> skill index
  std::vector<float> row_factor_;                                   // alias row -> weight of its kind
};

}  // namespace jdpipe::skills
