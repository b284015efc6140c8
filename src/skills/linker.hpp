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

/// A skill's lexical similarities to a mention (SkillLinker::lexical_scores), each in [0, 1].
struct LexicalScores {
  float term = 0;       // the term's cosine to the skill's nearest alias, synonyms slightly discounted
  float preferred = 0;  // the term's cosine to the skill's preferred label (CANONICAL alias)
  float words = 0;      // the word features' share of `term` (trigrams left out)
  float context = 0;    // the context's words' cosine to the skill's nearest alias
  float support = 0;    // the term's cosines to all the skill's aliases, summed
};

class SkillLinker {
 public:
  explicit SkillLinker(const CatalogData& data);

  /// The `k` most similar skills, best first (ties: lower skill index first); `context` is the
  /// sentence the term comes from. Small k (API 2 asks for 5) takes a leaner path
  /// (linker_topk.cpp) with nearest_exhaustive's answer, bit for bit.
  std::vector<LinkCandidate> nearest(std::string_view term, std::string_view context, size_t k) const;

  /// nearest() ranking every skill the query reaches: the path for large k, and the reference
  /// the small-k path is tested against.
  std::vector<LinkCandidate> nearest_exhaustive(std::string_view term, std::string_view context, size_t k) const;

  /// Every skill's lexical similarities to `term` and `context` into `per_skill` (by skill
  /// index; zeros for skills sharing nothing). `context` should not repeat the term.
  void lexical_scores(std::string_view term, std::string_view context, std::vector<LexicalScores>& per_skill) const;

 private:
  // Trigrams alone (no word in common) only count when their cosine reaches this.
  static constexpr float kTrigramOnlyMin = 0.5f;
  using Features = std::vector<std::pair<uint32_t, float>>;  // feature id, weight; L2-normalised
  void features(std::string_view text, bool intern, Features& out);
  void query_features(std::string_view text, float scale, Features& out) const;
  Features nearest_query(std::string_view term, std::string_view context) const;
  std::vector<LinkCandidate> nearest_small_k(const Features& q, size_t k) const;

  size_t skill_count_ = 0;
  absl::flat_hash_map<std::string, uint32_t> feature_ids_;
  std::vector<float> idf_;
  std::vector<uint8_t> is_word_;  // feature id -> a word (not a trigram) feature
  std::vector<std::vector<std::pair<uint32_t, float>>> postings_;  // feature -> (alias row, weight)
  std::vector<uint32_t> row_skill_;                                 // alias row -> skill index
  std::vector<float> row_factor_;                                   // alias row -> weight of its kind
  std::vector<uint8_t> row_preferred_;                              // alias row -> the skill's preferred label
};

}  // namespace jdpipe::skills
