#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "jdpipe/embedder.hpp"

namespace jdpipe {

struct Run;

/// A nature of work (the enrichment's "nature of work" view) and the verbs that signal it.
struct WorkNature {
  std::string id;     // "build", "analyse", ...
  std::string label;  // "Build / create"
  std::vector<std::string> verbs;  // base forms; inflections (-s, -ed, -ing) are matched too

  bool operator==(const WorkNature&) const = default;
};

struct CatalogMeta {
  std::string name;
  std::string version;
  std::string description;
  std::string license;
  /// Replaces the built-in work-nature lexicon when not empty (bundle meta "work_natures").
  std::vector<WorkNature> work_natures;

  bool operator==(const CatalogMeta&) const = default;
};

struct SkillAlias {
  int64_t id = 0;
  std::string text;
  std::string type = "SYNONYM";            // CANONICAL, SYNONYM, ABBREVIATION, VARIANT, MISSPELLING
  std::string match = "CASE_INSENSITIVE";  // CASE_INSENSITIVE, CASE_SENSITIVE, EXACT
  bool is_primary = false;

  bool operator==(const SkillAlias&) const = default;
};

struct Skill {
  int64_t id = 0;
  std::string slug;
  std::string display_name;
  std::string category;
  std::string sub_category;
  int64_t category_id = 0;      // assigned per distinct category, in bundle order
  int64_t sub_category_id = 0;  // assigned per distinct (category, sub_category)
  std::string skill_nature = "CONCEPT";
  std::string volatility = "STABLE";
  std::string typical_lifespan = "LONG";
  bool is_extractable = true;
  bool is_also_category = false;
  bool ai_related = false;
  std::optional<std::string> external_id;
  std::vector<SkillAlias> aliases;
  std::vector<std::string> dimensions;  // dimension slugs

  bool operator==(const Skill&) const = default;
};

struct Role {
  int64_t id = 0;
  std::string slug;
  std::string display_name;
  std::string role_archetype;
  std::string rationale;
  std::optional<std::string> external_id;
  std::string source = "db";
  std::vector<std::string> aliases;
  std::vector<std::string> kras;
  std::vector<size_t> ai_related_kras;  // indices into kras of the AI-related KRAs, ascending
  std::vector<std::string> skills;      // skill slugs
  std::vector<std::string> dimensions;  // dimension slugs

  bool operator==(const Role&) const = default;
};

struct Dimension {
  int64_t id = 0;
  std::string slug;
  std::string display_name;
  std::string difficulty_hint;
  std::string rationale;
  std::string source = "db";

  bool operator==(const Dimension&) const = default;
};

/// An immutable view of a catalog's records with the indices every stage needs. Built once,
/// shared between threads.
class CatalogData {
 public:
  CatalogMeta meta;
  std::vector<Skill> skills;
  std::vector<Role> roles;
  std::vector<Dimension> dimensions;

  /// Assigns missing ids, resolves slug references and builds the indices. Throws
  /// jdpipe::Error naming the record when a reference does not resolve or a slug repeats.
  void finalize();

  const Skill* skill_by_slug(std::string_view slug) const;
  const Role* role_by_slug(std::string_view slug) const;
  const Dimension* dimension_by_slug(std::string_view slug) const;
  const Skill* skill_by_id(int64_t id) const;
  const Role* role_by_id(int64_t id) const;

  /// Indices into `roles` of the roles that carry a dimension / link a skill, in role order.
  const std::vector<size_t>& roles_with_dimension(std::string_view dimension_slug) const;
  const std::vector<size_t>& roles_with_skill(std::string_view skill_slug) const;

 private:
  // Looked up by string_view without building a string (transparent hash and equality).
  struct SlugHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  template <class T>
  using SlugMap = std::unordered_map<std::string, T, SlugHash, std::equal_to<>>;
  SlugMap<size_t> skill_index_, role_index_, dimension_index_;
  std::unordered_map<int64_t, size_t> skill_id_index_, role_id_index_;
  SlugMap<std::vector<size_t>> roles_by_dimension_, roles_by_skill_;
};

/// What persisting one run changed (stage 5 and API 3), as reported back into the run.
struct PersistReceipt {
  bool applied = false;          // false when this run_id was applied before
  int64_t centroid_n_after = 0;  // 0 when no role was chosen
  std::optional<int64_t> collision_log_id;
  std::optional<int64_t> queue_entry_id;
  int skill_dimension_linked = 0;
  int role_dimension_linked = 0;
  int aliases_suggested = 0;  // new surface forms recorded as alias suggestions
};

/// The learning state a catalog keeps beside its records.
struct LearningState {
  struct Centroid {
    std::vector<float> vector;
    int64_t n = 0;
  };
  std::unordered_map<int64_t, Centroid> centroids;  // by role id
  int64_t collisions_logged = 0;
  int64_t queued_roles = 0;
  struct AliasSuggestion {
    int64_t skill_id = 0;
    std::string alias_text;
    int64_t seen = 0;  // runs that used this surface form
  };
  std::vector<AliasSuggestion> alias_suggestions;
};

/// Read access to a taxonomy and the write path of the learning loop. Implementations must
/// make snapshot() and centroid_n() safe to call from many threads, and persist() apply a run
/// atomically and at most once per run_id.
class Catalog {
 public:
  virtual ~Catalog() = default;
  virtual std::shared_ptr<const CatalogData> snapshot() const = 0;
  /// How many JDs the role's centroid has absorbed so far.
  virtual int64_t centroid_n(int64_t role_id) const = 0;
  /// Applies stage 5 and the API 3 links of `run` in one transaction.
  virtual PersistReceipt persist(const Run& run) = 0;

  /// KRA embeddings computed earlier for this catalog's snapshot by the embedder with this
  /// name and dimension (one row per KRA, roles in snapshot order), or nullptr when none are
  /// kept. A persistent catalog keeps them so that a catalog is embedded once.
  virtual std::shared_ptr<const Matrix> cached_kra_embeddings(const std::string& /*embedder_name*/,
                                                              int /*dim*/) const {
    return nullptr;
  }
  virtual void cache_kra_embeddings(const std::string& /*embedder_name*/, int /*dim*/,
                                    std::shared_ptr<const Matrix> /*rows*/) {}
};

struct BundleLoadOptions {
  bool skip_bad_lines = false;  // load the rest and list the skipped lines in `skipped`
};

/// A catalog held in memory, loaded from a bundle (.jsonl). Learning state lives in memory and
/// is lost with the object.
class InMemoryCatalog : public Catalog {
 public:
  explicit InMemoryCatalog(CatalogData data);

  /// Parses a bundle's text; `source_name` names it in errors. Throws jdpipe::Error.
  static std::shared_ptr<InMemoryCatalog> from_bundle_text(std::string_view text,
                                                           std::string_view source_name,
                                                           const BundleLoadOptions& options = {},
                                                           std::vector<std::string>* skipped = nullptr);
  static std::shared_ptr<InMemoryCatalog> from_bundle_file(const std::string& path,
                                                           const BundleLoadOptions& options = {},
                                                           std::vector<std::string>* skipped = nullptr);
  /// The starter catalog compiled into the library.
  static std::shared_ptr<InMemoryCatalog> starter();

  std::shared_ptr<const CatalogData> snapshot() const override { return data_; }
  int64_t centroid_n(int64_t role_id) const override;
  PersistReceipt persist(const Run& run) override;
  LearningState learning_state() const;
  /// Kept for the object's lifetime, so pipelines rebuilt over one catalog embed it once.
  std::shared_ptr<const Matrix> cached_kra_embeddings(const std::string& embedder_name, int dim) const override;
  void cache_kra_embeddings(const std::string& embedder_name, int dim, std::shared_ptr<const Matrix> rows) override;

 private:
  std::shared_ptr<const CatalogData> data_;
  mutable std::mutex mutex_;
  LearningState learning_;
  std::unordered_map<std::string, PersistReceipt> applied_runs_;
  std::vector<std::pair<int64_t, int64_t>> new_skill_dimension_links_, new_role_dimension_links_;
  std::unordered_map<std::string, std::shared_ptr<const Matrix>> kra_embeddings_;  // by "name/dim"
};

/// The starter bundle's text, as compiled into the library.
std::string_view starter_catalog_bundle();

}  // namespace jdpipe
