#pragma once

// Ranking catalog skills for a skill mention (Pipeline::link_skill, API 2). A pool of
// candidates comes from the alias lookup, the TF-IDF linker and the embedder; each candidate is
// described by a few features and scored by a linear blend whose weights were fitted on the
// tuning half of the linking dev sets (tools/fit_link_blend.py, bench/results/skill-linking-*).
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "jdpipe/catalog.hpp"
#include "skills/dictionary.hpp"
#include "skills/linker.hpp"

namespace jdpipe::skills {

enum LinkFeature : size_t {
  kLinkLexical,        // TF-IDF cosine of the term to the skill's nearest alias
  kLinkPreferred,      // ... to its preferred label
  kLinkWords,          // the word (not trigram) part of kLinkLexical
  kLinkContext,        // the sentence's other words against the skill's aliases
  kLinkDense,          // the embedder's cosine of the term to the skill's name
  kLinkOccupations,    // how many occupations list the skill, log-scaled to [0, 1]
  kLinkAliasExact,     // the term is one of the skill's aliases as written
  kLinkAliasVariant,   // ... through a variant form (stem, compound, typo)
  kLinkAliasPreferred, // ... and that alias is the preferred label
  kLinkDomain,         // the sentence's other skills share the skill's occupations (lift over chance)
  kLinkLabelWords,     // content words in the preferred label, /8 (broad skills have short names)
  kLinkSupport,        // the term's cosines to all the skill's aliases, summed, /3, at most 1
  kLinkTransversal,    // a transversal skill (typical_lifespan EVERGREEN: ESCO's reuse level)
  kLinkKnowledge,      // knowledge rather than a skill or competence (skill_nature DOMAIN or CONCEPT)
  kLinkDigital,        // in the Digital category
  kLinkTermRoles,      // the term's words against the titles of the occupations listing the skill
  kLinkContextRoles,   // the sentence's other words against the same
  kLinkFeatureCount
};
inline constexpr std::array<const char*, kLinkFeatureCount> kLinkFeatureNames = {
    "lexical", "preferred", "words", "context", "dense", "occupations",
    "alias_exact", "alias_variant", "alias_preferred", "domain", "label_words",
    "support", "transversal", "knowledge", "digital", "term_roles", "context_roles"};

using LinkFeatures = std::array<float, kLinkFeatureCount>;

struct RankedSkill {
  size_t skill_index = 0;
  double score = 0;       // the blend of `features`
  double similarity = 0;  // term-to-skill similarity alone (lexical and dense), for a floor
  int alias = 0;          // 0: no alias; 1: an alias as written; 2: through a variant form
  LinkFeatures features{};
};

class LinkRanker {
 public:
  LinkRanker(const CatalogData& data, const SkillDictionary& dictionary, const SkillLinker& linker);

  /// The pool's candidates, best first. `dense`: the embedder's similarity of the term to
  /// every skill name, by skill index (empty: none); `pool`: candidates from each source.
  std::vector<RankedSkill> rank(std::string_view term, std::string_view context, std::span<const float> dense,
                                size_t pool = 50) const;

  /// The blend's weights (kLinkFeatureCount of them), fitted on the tuning half.
  static const LinkFeatures& weights();

  /// The sentence with the term's first occurrence blanked out (the context of the term).
  static std::string context_without(std::string_view context, std::string_view term);

 private:
  const CatalogData& data_;
  const SkillDictionary& dictionary_;
  const SkillLinker& linker_;
  size_t role_bit_words_ = 0;              // 64-bit words per skill in role_bits_
  std::vector<uint64_t> role_bits_;    // per skill: the occupations listing it, as a bitset
  std::vector<uint32_t> role_count_;   // per skill: how many
  std::vector<float> occupations_;     // per skill: kLinkOccupations
  std::vector<float> label_words_;     // per skill: kLinkLabelWords
  std::vector<std::array<float, 3>> kind_;  // per skill: kLinkTransversal, kLinkKnowledge, kLinkDigital
  // Bags of words over one set of documents (occupation titles), TF-IDF weighted.
  class WordSpace {
   public:
    using Vector = std::vector<std::pair<uint32_t, float>>;  // word id, weight; L2-normalised
    /// Learns the documents' words and IDF; each document's vector.
    std::vector<Vector> fit(const std::vector<std::string>& docs);
    /// The sum of some documents' vectors, its `keep` heaviest words, L2-normalised.
    static Vector sum(const std::vector<const Vector*>& parts, size_t keep);
    /// A text's vector (words the documents never use dropped), keyed by word id.
    absl::flat_hash_map<uint32_t, float> query(std::string_view text) const;
    static float cosine(const absl::flat_hash_map<uint32_t, float>& q, const Vector& v);

   private:
    absl::flat_hash_map<std::string, uint32_t> ids_;
    std::vector<float> idf_;
  };
  WordSpace role_titles_;
  std::vector<WordSpace::Vector> skill_role_words_;   // per skill: its occupations' titles
};

}  // namespace jdpipe::skills
