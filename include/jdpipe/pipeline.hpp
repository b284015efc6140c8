#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jdpipe/catalog.hpp"
#include "jdpipe/embedder.hpp"
#include "jdpipe/llm.hpp"
#include "jdpipe/parsed_jd.hpp"
#include "jdpipe/run.hpp"
#include "jdpipe/skill_tagger.hpp"

namespace jdpipe {

struct Options {
  // Signal fusion: fused = (w_alias*alias + w_kra*kra + w_skill*skill) / (sum of weights).
  double w_alias = 0.5;
  double w_kra = 0.35;
  double w_skill = 0.05;  // 0.15 before: on O*NET hold-out JDs the skill signal is mostly noise (eval note)
  // Case B takes the best role when its content score (KRA and skill signals only) is at least
  // accept_threshold and leads the second by margin; case C when it is below new_role_threshold.
  double accept_threshold = 0.45;
  double margin = 0.05;
  double new_role_threshold = 0.2;
  int top_k = 5;
  // KRA signal: N > 0 ranks roles by the cosine of the JD's mean sentence with each role's KRA
  // centroid first and scores only the N best by the seed's mean of max (top-k within them);
  // 0 scores every role by the mean of max. On the O*NET hold-out the centroid prefilter is both
  // faster and more accurate (5: top-5 0.72 vs 0.56 on the tuning half; bench/results/roles-*).
  int kra_shortlist = 5;
  // KRA signal score = (1 - w) * mean of max + w * centroid cosine (the JD's mean sentence with
  // the role's KRA centroid). 0 is the seed's score; the role-level cosine ranks O*NET hold-out
  // JDs better (top-1 0.46 vs 0.30 on the tuning half), so the default uses it alone; the mean
  // of max still picks each sentence's best KRA (kra_matches, matched_kras).
  double kra_centroid_weight = 1.0;
  // resolve_title: how token-set, character n-gram and embedding similarity of a title to each
  // role alias blend (normalised by their sum).
  struct TitleBlend {
    double token = 0.35;
    double chars = 0.35;
    double embedding = 0.30;
    double alt_label_factor = 0.85;  // a match through an alias, relative to one through the role's name
    double role_labels = 0.25;  // + the title's cosine with all of a role's labels pooled
    double role_skills = 0.5;  // + its cosine with the names of the role's skills
    double role_embedding = 0.3;  // + its embedding cosine with the role's mean label embedding
  } title_blend;
  // Run ids: a random UUID, or with deterministic_ids one derived from the input and options.
  bool deterministic_ids = false;
  bool record_timings = true;
  // A budget per JD in milliseconds (0: none), checked after each stage: a run past it is
  // rejected as time_limit_exceeded, naming the stage, so one pathological input cannot hold a
  // batch worker for long.
  double time_limit_ms = 0;
  // Apply stage 5 and API 3 through the catalog (otherwise they are a dry-run plan).
  bool persist = false;
  // With an LLM configured, which stages ask it (the others stay deterministic).
  struct LlmStages {
    bool parse = true;
    bool extract_skills = true;
    bool adjudicate = true;
    bool propose_role = true;
    bool enrich_skill = true;
  } llm_stages;
  ParseOptions parse;
  // API 1's skills: with a trained tagger (SkillTagger::train or load), its spans in context;
  // without one, the catalog dictionary's matches.
  std::shared_ptr<const SkillTagger> skill_tagger;
};

class CompiledCatalog;  // the matchers compiled from a catalog snapshot (internal)

/// A catalog role for a bare job title (Pipeline::resolve_title).
struct TitleMatch {
  std::string slug;
  std::string display_name;
  std::optional<std::string> external_id;
  double score = 0;         // in [0, 1], best first
  std::string matched_via;  // how the role was found: alias, fuzzy, embedding
};

/// A catalog skill for a skill mention (Pipeline::link_skill).
struct SkillLink {
  std::string slug;
  std::string display_name;
  std::optional<std::string> external_id;
  double score = 0;         // in [0, 1], best first
  std::string matched_via;  // alias, fuzzy, embedding
};

/// The whole pipeline over one catalog. Construction compiles the matchers and embeds the
/// catalog's KRAs (the skill dictionary and linker on a second thread, which ends with the
/// constructor); run() is then const and safe to call from many threads.
class Pipeline {
 public:
  /// Defaults: the starter catalog, a hashing embedder fitted on the catalog, no LLM.
  explicit Pipeline(std::shared_ptr<Catalog> catalog = nullptr, Options options = {},
                    std::shared_ptr<const Embedder> embedder = nullptr,
                    std::shared_ptr<LLMProvider> llm = nullptr);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  /// Runs one JD. Bad input gives a rejected Run, never an exception; plug-in failures fall
  /// back to the deterministic stage and are listed in Run::fallbacks.
  Run run(std::string_view text, std::string_view input_id = {}) const;

  /// Runs many JDs on `threads` threads (0: hardware concurrency); results keep input order.
  /// Each run's input_id is its index ("0", "1", ...) unless `input_ids` (same length) names them.
  std::vector<Run> run_batch(const std::vector<std::string>& texts, unsigned threads = 0) const;
  std::vector<Run> run_batch(const std::vector<std::string>& texts, const std::vector<std::string>& input_ids,
                             unsigned threads = 0) const;

  /// The top `k` roles for a bare job title (no JD), best first.
  std::vector<TitleMatch> resolve_title(std::string_view title, size_t k = 10) const;

  /// API 1's skill extraction alone (parse, then the skill matcher), without role resolution.
  /// A JD the parser rejects gives no skills.
  std::vector<ExtractedSkill> extract_skills(std::string_view text) const;

  /// The top `k` catalog skills for one skill mention; `context` (its sentence) may help.
  std::vector<SkillLink> link_skill(std::string_view term, std::string_view context = {}, size_t k = 10) const;

  const Options& options() const { return options_; }
  const Catalog& catalog() const { return *catalog_; }
  const Embedder& embedder() const { return *embedder_; }

 private:
  std::shared_ptr<Catalog> catalog_;
  Options options_;
  std::shared_ptr<const Embedder> embedder_;
  std::shared_ptr<LLMProvider> llm_;
  std::unique_ptr<CompiledCatalog> compiled_;
};

}  // namespace jdpipe
