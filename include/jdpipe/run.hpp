#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "jdpipe/catalog.hpp"
#include "jdpipe/enrichment.hpp"
#include "jdpipe/parsed_jd.hpp"

namespace jdpipe {

// The typed result of one pipeline run. Field names follow the seed's JSON so that
// Run::to_json() is a plain mapping; see ../shared/design/PIPELINE.md for their meaning.

/// A span of the original JD text behind a skill or KRA match.
struct Evidence {
  size_t byte_start = 0;
  size_t byte_end = 0;
  std::string sentence;  // the sentence holding the span
};

struct ExtractedSkill {
  std::string skill_name;  // the catalog's display name
  bool is_primary = true;  // false when only mentioned as nice to have
  std::string slug;
  int64_t skill_id = 0;
  std::optional<std::string> external_id;  // the taxonomy's id (ESCO URI, O*NET code)
  std::string matched_via = "alias";       // how the mention matched the catalog
  std::vector<std::string> surface_forms;  // as written in the JD
  std::vector<Evidence> evidence;
};

struct JdRole {
  std::string display_name;
  std::optional<std::string> rationale;
  std::vector<std::string> role_aliases;
  std::string role_archetype;
  std::string slug;
};

struct KraMatch {
  std::string kra_text;
  std::string sentence;
  double similarity = 0;
};

/// One role as a signal sees it; fields a signal does not produce stay empty (null in JSON).
struct RoleCandidate {
  int64_t role_id = 0;
  std::string slug;
  std::string display_name;
  std::optional<std::string> external_id;
  double score = 0;
  std::optional<std::vector<KraMatch>> kra_matches;
  std::optional<int> matched_count;
  std::optional<std::vector<std::string>> matched_skills;
  std::optional<int> total_count;
};

struct Signals {
  bool alias_found = false;
  std::vector<std::string> alias_queries;  // the normalised titles looked up
  std::vector<RoleCandidate> alias_match_roles;
  std::vector<RoleCandidate> kra_match_roles;
  std::vector<RoleCandidate> skill_match_roles;
};

/// How the decision weighed one candidate: the three signals and their fusion.
struct FusedScore {
  int64_t role_id = 0;
  std::string slug;
  double alias = 0;
  double kra = 0;
  double skill = 0;
  double fused = 0;
};

struct Decision {
  std::string case_id;  // "A", "B", "C" or "D" (JSON key "case")
  bool alias_collision_detected = false;
  std::optional<RoleCandidate> chosen_role;
  double confidence = 0;
  bool is_new_role = false;
  bool llm2_fired = false;
  std::optional<std::string> llm2_reasoning;
  std::vector<std::string> matched_dimensions;
  std::vector<std::string> matched_kras;
  std::vector<std::string> matched_skills;
  std::optional<std::string> new_role_display_name;
  std::optional<std::string> new_role_slug;
  std::vector<std::string> new_role_kras;  // proposed from the JD's responsibilities (case C)
  bool queued = false;
  std::string reasoning;
  std::optional<std::string> sub_role;
  std::vector<FusedScore> candidates;  // every role considered, best first
};

/// Stage 5, the learning loop. Without persistence it is the plan of what persisting would do.
struct Stage5Updates {
  bool dry_run = true;
  std::optional<int64_t> centroid_n_after;
  bool centroid_updated = false;
  bool collision_to_log = false;
  std::optional<int64_t> collision_log_id;
  std::optional<std::string> new_kra_attached;
  std::vector<std::string> new_skills_attached;
  bool queue_entry_to_create = false;
  std::optional<int64_t> queue_entry_id;
  bool v3_pipeline_triggered = false;
  std::optional<std::string> v3_role_slug;
  std::optional<std::string> v3_run_id;
};

struct Api1 {
  std::vector<ExtractedSkill> final_skills;
  JdRole jd_role;
  bool rejected = false;
  std::optional<std::string> rejection_reason;
  Signals stage3_signals;
  Decision stage4_decision;
  Stage5Updates stage5_updates;
};

/// A role as API 2 and API 3 name it.
struct RoleRef {
  int64_t id = 0;
  std::string slug;
  std::string display_name;
  std::optional<std::string> rationale;
  std::optional<std::string> role_archetype;
  std::optional<std::string> external_id;
  std::string source = "db";
};

/// An immutable list of catalog roles shared by every run that names it. API 2 and API 3 repeat
/// a dimension's roles (by display name, then id) for each of its skills and persistence items,
/// and candidate_roles is nearly the whole catalog on O*NET: copying them cost most of a run.
/// The lists are built once with the catalog; a selection (candidate_roles) shares the full
/// list and keeps only the positions it picks. Reads like a const std::vector<RoleRef>.
class RoleList {
 public:
  RoleList() = default;
  explicit RoleList(std::vector<RoleRef> roles)
      : roles_(std::make_shared<const std::vector<RoleRef>>(std::move(roles))) {}
  /// The roles of `all` at positions `picked`, in that order.
  RoleList(const RoleList& all, std::vector<uint32_t> picked)
      : roles_(all.roles_), picked_(std::make_shared<const std::vector<uint32_t>>(std::move(picked))) {}

  size_t size() const { return picked_ ? picked_->size() : roles_ ? roles_->size() : 0; }
  bool empty() const { return size() == 0; }
  const RoleRef& operator[](size_t i) const { return (*roles_)[picked_ ? (*picked_)[i] : i]; }

  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = RoleRef;
    using difference_type = std::ptrdiff_t;
    using pointer = const RoleRef*;
    using reference = const RoleRef&;
    const_iterator() = default;
    const_iterator(const RoleList* list, size_t i) : list_(list), i_(i) {}
    reference operator*() const { return (*list_)[i_]; }
    pointer operator->() const { return &(*list_)[i_]; }
    const_iterator& operator++() { ++i_; return *this; }
    const_iterator operator++(int) { auto old = *this; ++i_; return old; }
    bool operator==(const const_iterator& o) const { return i_ == o.i_ && list_ == o.list_; }
    bool operator!=(const const_iterator& o) const { return !(*this == o); }

   private:
    const RoleList* list_ = nullptr;
    size_t i_ = 0;
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size()}; }

  /// Equal for lists that share their roles and selection, and so hold the same roles: lets
  /// Run::to_json write each distinct list once.
  std::pair<const void*, const void*> identity() const { return {roles_.get(), picked_.get()}; }

 private:
  std::shared_ptr<const std::vector<RoleRef>> roles_;
  std::shared_ptr<const std::vector<uint32_t>> picked_;  // null: all of roles_
};

struct SkillDimension {
  Dimension dimension;
  std::string input_skill;
  std::optional<std::string> llm_role;
  RoleList roles_from_db;
};

struct AliasRef {
  int64_t id = 0;
  std::string alias_text;
  std::string alias_type;
  bool is_primary = false;
  std::string match_strategy;
};

/// A guess at a skill the catalog lacks (rule-based without an LLM).
struct NewSkillMeta {
  std::string category;
  std::string sub_category;
  std::string skill_nature;
  std::string volatility;
  std::string typical_lifespan;
  std::string version_strategy = "NOT_APPLICABLE";
  double confidence = 0;
  std::string maturity_reasoning;
};

struct AliasMatch {
  std::string input_term;
  std::optional<Skill> matched_canonical;
  std::string matched_via;  // alias, fuzzy, embedding
  bool alias_persisted = false;
  std::optional<std::string> alias_persist_skipped_reason;
  std::optional<int64_t> existing_alias_id;
  std::optional<std::string> existing_alias_text;
};

struct SkillDetail {
  std::vector<AliasRef> aliases_in_db;
  std::optional<Skill> canonical;
  std::vector<SkillDimension> dimensions;
  std::string input_skill;
  std::string matched_via;  // alias, fuzzy, embedding or none
  bool new_alias_persisted = false;
  std::optional<std::string> new_alias_text;
  std::optional<NewSkillMeta> new_skill_meta;
  std::string source_tag = "db";  // db or new
  bool was_in_llm_skills = true;
};

struct Api2 {
  std::vector<AliasMatch> alias_matches;
  RoleList candidate_roles;  // union of the dimensions' roles, by display name then id
  std::optional<RoleRef> chosen_role;
  std::vector<SkillDimension> dimensions;
  std::vector<std::string> input_final_skills;
  std::vector<std::string> input_llm_skills;
  int new_aliases_persisted = 0;
  std::vector<SkillDetail> skills_detail;
  std::vector<std::string> unmatched_skills;
};

struct PersistenceItem {
  std::optional<int64_t> chosen_role_id;
  Dimension dimension;
  std::string input_skill;
  std::optional<std::string> llm_role;
  bool matched_chosen_role = false;   // the dimension is under (or proposed for) the chosen role
  std::string outcome_line;
  bool skill_dimension_saved = false;  // the link exists after this item
  bool skill_dimension_linked = false; // this run creates it
  bool role_dimension_saved = false;
  bool role_dimension_linked = false;
  RoleList roles_from_db;
  int64_t skill_id = 0;
  std::string skill_tag = "in_db";
  std::optional<std::string> skipped_reason;
};

struct FinalInputSkill {
  std::string skill;
  std::string tag;  // in_db or new
};

struct Api3 {
  std::optional<RoleRef> chosen_role;
  std::string chosen_role_resolution;  // in_db or new
  std::vector<FinalInputSkill> final_input_skills;
  std::optional<double> llm_cost_api1_usd;
  std::optional<double> llm_cost_api2_usd;
  std::optional<double> llm_cost_api3_usd;
  std::optional<double> llm_cost_total_usd;
  std::vector<PersistenceItem> items;
  int new_skills_created = 0;
  int role_dimension_saved = 0;   // links newly created in this run
  int skill_dimension_saved = 0;  // links newly created in this run
  int skipped = 0;
};

/// A stage where an LLM answer was not used and the deterministic stage ran instead.
struct Fallback {
  std::string stage;
  std::string reason;
};

struct Run {
  std::string run_id;
  std::string input_id;
  ParsedJD nano_parsed;
  Api1 api1;
  Api2 api2;
  Api3 api3;
  Enrichment enrichment;  // the client views (jdpipe/enrichment.hpp); empty for a rejected run
  std::vector<Fallback> fallbacks;
  std::vector<std::pair<std::string, int64_t>> timings_us;  // per stage, in stage order
  std::string catalog_name;
  std::string catalog_version;

  /// The mean embedding of the JD's responsibility sentences (for the centroid update);
  /// not part of the JSON.
  std::vector<float> jd_embedding;

  bool rejected() const { return api1.rejected; }
  /// The run as the seed's JSON: keys sorted, `indent` < 0 for one line.
  std::string to_json(int indent = -1) const;
};

}  // namespace jdpipe
