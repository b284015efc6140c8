#pragma once

// The client enrichment of a run (the seed's first tabs; PIPELINE.md "Client enrichment"):
// six views computed from the finished run and the catalog, no LLM involved. Each is
// deterministic. docs/enrichment.md gives the rules and the JSON shape of each.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace jdpipe {

/// A byte span of the original JD text; absent when a sentence could not be located in it
/// (e.g. an LLM-reworded sentence).
struct TextSpan {
  size_t byte_start = 0;
  size_t byte_end = 0;
};

/// A JD skill as the enrichment lists it.
struct EnrichedSkillRef {
  std::string skill_name;
  std::string slug;  // empty for a skill the catalog lacks
  bool is_primary = true;
};

/// The JD's skills under one catalog category or one dimension.
struct SkillCluster {
  std::string key;    // category name, or dimension slug
  std::string label;  // category name, or dimension display name
  bool under_chosen_role = false;  // dimensions: the chosen role carries it
  std::vector<EnrichedSkillRef> skills;
};

struct SkillClusters {
  std::vector<SkillCluster> by_category;   // most skills first, then first seen
  std::vector<SkillCluster> by_dimension;  // most skills first, then first seen
  std::vector<std::string> unclustered;    // skills the catalog lacks (no category, no dimension)
};

struct WorkNatureShare {
  std::string nature;  // lexicon id ("build", ...) or "unclassified"
  std::string label;
  int sentences = 0;
  double share = 0;  // of all responsibility sentences; the shares sum to 1
};

/// One responsibility sentence and the nature of work its verb gives it.
struct SentenceNature {
  std::string sentence;
  std::optional<TextSpan> span;
  std::string nature;               // lexicon id or "unclassified"
  std::optional<std::string> verb;  // the word that decided, as written (lower case)
};

struct NatureOfWork {
  std::string lexicon;  // "builtin" or "catalog"
  std::vector<WorkNatureShare> shares;  // every lexicon nature in lexicon order, then unclassified
  std::optional<std::string> dominant;  // the nature with most sentences (null when none classified)
  std::vector<SentenceNature> sentences;
};

/// Something that makes the JD AI-related: a skill, or a responsibility sentence.
struct AiContributor {
  std::string kind;  // "skill" or "responsibility"
  std::string item;  // skill name or sentence
  std::vector<std::string> reasons;
  std::optional<TextSpan> span;  // responsibilities: where in the JD
};

struct AiIndex {
  int score = 0;  // 0 to 100
  int ai_skills = 0;
  int total_skills = 0;
  int ai_responsibilities = 0;
  int total_responsibilities = 0;
  double skill_share = 0;
  double responsibility_share = 0;
  std::string method;  // the formula, in words
  std::vector<AiContributor> contributors;  // skills first, then sentences, in JD order
};

struct SkillMaturity {
  std::string skill_name;
  std::string slug;
  std::optional<std::string> volatility;        // null when unknown
  std::optional<std::string> typical_lifespan;  // null when unknown
  std::string bucket;  // evergreen, stable, emerging, fading or unknown
};

struct MaturityShare {
  std::string bucket;
  int skills = 0;
  double share = 0;  // of all JD skills; the shares sum to 1 when there are skills
};

struct TechStackMaturity {
  std::vector<MaturityShare> shares;  // evergreen, stable, emerging, fading, unknown
  std::string reading;                // one line for a reader
  std::vector<SkillMaturity> skills;
};

struct SkillEvidenceItem {
  std::string skill_name;
  std::string slug;
  std::string text;  // the JD's bytes at the span (the surface form)
  std::optional<TextSpan> span;
  std::string sentence;
};

struct KraEvidenceItem {
  std::string sentence;
  std::optional<TextSpan> span;
  std::string kra_text;
  std::string role_slug;
  double similarity = 0;
  bool kra_ai_related = false;
};

struct EvidenceSet {
  std::vector<SkillEvidenceItem> skills;  // JD order
  std::vector<KraEvidenceItem> kras;      // sentence order
};

/// One responsibility sentence against its best KRA: which content words they share.
struct KraVocabulary {
  std::string sentence;
  std::string kra_text;
  std::string role_slug;
  double similarity = 0;
  std::vector<std::string> shared;         // sentence words (lower case) the KRA also has
  std::vector<std::string> sentence_only;  // sentence words the KRA lacks
  std::vector<std::string> kra_only;       // KRA words the sentence lacks
  double overlap = 0;  // |shared| / |sentence words|
};

struct Enrichment {
  SkillClusters skill_clusters;
  NatureOfWork nature_of_work;
  AiIndex ai_index;
  TechStackMaturity tech_stack_maturity;
  EvidenceSet evidence;
  std::vector<KraVocabulary> kra_vocabulary;
};

}  // namespace jdpipe
