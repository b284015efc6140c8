#pragma once

// The six LLM tasks of the pipeline: their prompts and schemas (prompts.cpp, the one place
// they live), the validators that decide whether an answer may be used (validators.cpp, pure),
// and the stage runner that asks, validates and never throws (runner.cpp).
//
// Trust model: everything taken from the JD is data. It is sent between <jd> and </jd> with
// delimiter look-alikes inside it escaped, the system message says not to obey it, and no
// answer is used before its validator accepts it: parse blocks are cut from the original text
// at markers that must resolve, an adjudicator may only pick a slug it was shown, enums must be
// in their sets.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jdpipe/llm.hpp"
#include "jdpipe/parsed_jd.hpp"
#include "jdpipe/run.hpp"

namespace jdpipe::llm {

enum class Task { kParse, kExtractSkillsAndRole, kAdjudicateRole, kProposeNewRole, kEnrichNewSkill, kProposeDimensions };
inline constexpr Task kAllTasks[] = {Task::kParse,          Task::kExtractSkillsAndRole, Task::kAdjudicateRole,
                                     Task::kProposeNewRole, Task::kEnrichNewSkill,       Task::kProposeDimensions};

struct TaskSpec {
  Task task;
  std::string name;            // "parse", "extract_skills_and_role", ... (ChatRequest::task, fallbacks' stage)
  std::string prompt_version;  // bumped whenever the system message, the user message or the schema changes
  std::string schema_name;     // response_format json_schema name
  std::string schema;          // JSON schema, OpenAI strict-mode compatible
  std::string system;          // system message
};

/// The registry: one spec per task, built once.
const TaskSpec& task_spec(Task task);
std::optional<Task> task_from_name(std::string_view name);

// ---- enums the validators enforce ------------------------------------------------------------
extern const std::vector<std::string> kSkillNatures;      // CONCEPT, TOOL, LANGUAGE, ...
extern const std::vector<std::string> kVolatilities;      // STABLE, MODERATE, VOLATILE
extern const std::vector<std::string> kLifespans;         // EVERGREEN, LONG, MEDIUM, SHORT
extern const std::vector<std::string> kVersionStrategies; // NOT_APPLICABLE, ...
extern const std::vector<std::string> kDifficultyHints;   // well_known, intermediate, specialized

// ---- delimiting ------------------------------------------------------------------------------
inline constexpr std::string_view kJdOpen = "<jd>";
inline constexpr std::string_view kJdClose = "</jd>";
/// Escapes anything that could read as a <jd> / </jd> delimiter (any case, spaces inside the
/// tag, "<jd_...") by writing its '<' as "&lt;". Other text is unchanged.
std::string escape_delimiters(std::string_view text);
/// "<jd>\n" + escape_delimiters(text) + "\n</jd>".
std::string delimit_jd(std::string_view text);

// ---- inputs ----------------------------------------------------------------------------------
struct ParseInput {
  std::string_view jd;
};

struct ExtractInput {
  std::string_view jd;
};

struct CandidateRole {
  std::string slug;
  std::string display_name;
  std::string role_archetype;
  std::vector<std::string> kras;  // a few, as the catalog words them
  double fused_score = 0;
};

struct AdjudicateInput {
  std::string title;                          // from the JD
  std::vector<std::string> role_aliases;      // from the JD
  std::vector<std::string> responsibilities;  // from the JD
  std::vector<std::string> skills;            // the JD's skills (display names)
  std::vector<CandidateRole> candidates;      // the only slugs the answer may name
};

struct ProposeRoleInput {
  std::string title;
  std::vector<std::string> role_aliases;
  std::vector<std::string> responsibilities;
  std::vector<std::string> skills;
  std::vector<CandidateRole> nearest;       // shown so the proposal does not duplicate them
  std::vector<std::string> existing_slugs;  // every catalog role slug (validation only, not sent)
};

struct EnrichSkillInput {
  std::string skill_name;
  std::vector<std::string> jd_contexts;       // JD sentences that mention it
  std::vector<std::string> known_categories;  // the catalog's categories, preferred
};

struct DimensionRef {
  std::string slug;
  std::string display_name;
};

struct ProposeDimensionsInput {
  std::string role_display_name;
  std::string role_slug;
  std::vector<std::string> kras;
  std::vector<std::string> skills;  // skill names the dimensions may cover
  std::vector<DimensionRef> existing_dimensions;
  size_t max_dimensions = 8;
};

// ---- request builders (deterministic: same input, same request) -----------------------------
ChatRequest build_parse_request(const ParseInput& in);
ChatRequest build_extract_request(const ExtractInput& in);
ChatRequest build_adjudicate_request(const AdjudicateInput& in);
ChatRequest build_propose_role_request(const ProposeRoleInput& in);
ChatRequest build_enrich_skill_request(const EnrichSkillInput& in);
ChatRequest build_propose_dimensions_request(const ProposeDimensionsInput& in);

// ---- answers ---------------------------------------------------------------------------------
struct ParseAnswer {
  ParsedJD parsed;                   // blocks cut from the original text
  std::vector<std::string> dropped;  // what was not accepted and why ("requirements[1]: markers do not resolve")
};

struct LlmSkill {
  std::string skill_name;
  bool is_primary = true;
  std::vector<Evidence> evidence;  // spans of the original text
};

struct SkillsAndRoleAnswer {
  std::vector<LlmSkill> skills;
  JdRole jd_role;  // slug left empty: the decision resolves it
  std::vector<std::string> dropped;
};

struct RoleChoice {
  std::string slug;
  double confidence = 0;
  std::string reasoning;
};

struct NewRoleProposal {
  std::string slug;
  std::string display_name;
  std::string role_archetype;
  std::string rationale;
  std::vector<std::string> kras;
  std::vector<std::string> role_aliases;
};

struct DimensionProposal {
  std::string slug;
  std::string display_name;
  std::string difficulty_hint;
  std::string rationale;
  bool is_existing = false;         // an existing catalog dimension reused
  std::vector<std::string> skills;  // among the input skills
};

struct DimensionsAnswer {
  std::vector<DimensionProposal> dimensions;
  std::vector<std::string> dropped;
};

/// A validated value or why there is none.
template <class T>
struct Checked {
  std::optional<T> value;
  std::string error;
  bool ok() const { return value.has_value(); }
  static Checked good(T v) { return {std::move(v), {}}; }
  static Checked bad(std::string e) { return {std::nullopt, std::move(e)}; }
};

// ---- validators (pure: no I/O, no globals written) --------------------------------------------
/// Checks a JSON text against a JSON schema. Supports type (one or a list), properties,
/// required, additionalProperties (false or a schema), enum, const, minimum, maximum,
/// minLength, maxLength, minItems, maxItems, items and anyOf: what our schemas use. Returns
/// nullopt when valid, else the first violation with its path ("$.skills[2].is_primary: ...").
std::optional<std::string> check_json_schema(std::string_view json_text, std::string_view schema_text);
/// The answer without a Markdown code fence around it (some servers add one in json_object mode).
std::string_view strip_code_fence(std::string_view text);

/// Blocks are accepted only when both markers resolve in `original` (resolve_marker); their text
/// is cut from `original`. Values that must come from the text (company name, URLs, e-mails,
/// salary and experience raw strings) are kept only when found in it. An answer that rejects
/// the JD is refused: the deterministic parser alone decides rejections.
Checked<ParseAnswer> validate_parse(std::string_view answer, std::string_view original);
/// Skills are kept when an evidence quote or their name is found in `original`.
Checked<SkillsAndRoleAnswer> validate_skills_and_role(std::string_view answer, std::string_view original);
/// The slug must be one of candidate_slugs; confidence in [0, 1].
Checked<RoleChoice> validate_role_choice(std::string_view answer, const std::vector<std::string>& candidate_slugs);
/// slug (lower-case words joined by '-'), display_name, archetype and KRAs non-empty; the slug
/// must not be one of existing_slugs.
Checked<NewRoleProposal> validate_new_role(std::string_view answer, const std::vector<std::string>& existing_slugs);
/// Enums in their sets, confidence in [0, 1], category and reasoning non-empty.
Checked<NewSkillMeta> validate_new_skill(std::string_view answer);
/// An existing dimension must be among input.existing_dimensions, a new one's slug must not
/// collide with them; skills outside input.skills are dropped and listed.
Checked<DimensionsAnswer> validate_dimensions(std::string_view answer, const ProposeDimensionsInput& input);

// ---- the stage runner --------------------------------------------------------------------------
/// The outcome of one LLM-backed stage. Never an exception: ok == false carries the error,
/// which is what the pipeline lists in `fallbacks` before running the deterministic stage.
template <class T>
struct StageResult {
  bool ok = false;
  std::optional<T> value;
  std::string error;
  std::string task;            // the task's name
  std::string prompt_version;
  double cost_usd = 0;  // also when the answer was rejected: it was paid for
  int prompt_tokens = 0;
  int completion_tokens = 0;
  bool cached = false;
};

StageResult<ParseAnswer> run_parse(LLMProvider& llm, const ParseInput& in);
StageResult<SkillsAndRoleAnswer> run_extract_skills_and_role(LLMProvider& llm, const ExtractInput& in);
StageResult<RoleChoice> run_adjudicate_role(LLMProvider& llm, const AdjudicateInput& in);
StageResult<NewRoleProposal> run_propose_new_role(LLMProvider& llm, const ProposeRoleInput& in);
StageResult<NewSkillMeta> run_enrich_new_skill(LLMProvider& llm, const EnrichSkillInput& in);
StageResult<DimensionsAnswer> run_propose_dimensions(LLMProvider& llm, const ProposeDimensionsInput& in);

}  // namespace jdpipe::llm
