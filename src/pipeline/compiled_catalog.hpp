#pragma once

#include <absl/container/flat_hash_map.h>

#include <cstdint>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <system_error>
#include <vector>

#include "enrich/enricher.hpp"
#include "jdpipe/catalog.hpp"
#include "jdpipe/embedder.hpp"
#include "jdpipe/run.hpp"
#include "roles/kra_index.hpp"
#include "roles/title_index.hpp"
#include "roles/title_matcher.hpp"
#include "skills/dictionary.hpp"
#include "skills/link_ranker.hpp"
#include "skills/linker.hpp"

namespace jdpipe {

/// The embedder a Pipeline uses when given none: hashing, its IDF fitted on the catalog's role
/// names, KRAs and skill names.
std::shared_ptr<const Embedder> default_embedder(const CatalogData& data);

/// API 2's and API 3's role lists, built once per catalog: runs copy from here or share.
struct RoleLists {
  explicit RoleLists(const CatalogData& data);
  RoleList by_name;                                         // every role, by display name then id
  std::vector<uint32_t> position;                           // role index -> its position in by_name
  absl::flat_hash_map<std::string, RoleList> by_dimension;  // dimension slug -> its roles
};

/// The matchers compiled from one catalog snapshot. Immutable after construction.
///
/// The skill side (ESCO: the skill dictionary 0.5 s, then the skill linker 0.35 s) compiles on a
/// thread of its own while the role side (the KRA index, the title matcher...) compiles on the
/// caller's; part by part in bench/bench_catalog_open.cpp. One after the other, the dictionary's
/// and the linker's temporaries are never held at once. The link ranker, which reads both
/// sides, comes last.
class CompiledCatalog {
 public:
  struct SkillSide {
    std::unique_ptr<const skills::SkillDictionary> dictionary;
    std::unique_ptr<const skills::SkillLinker> linker;
  };
  using SkillsBuild = std::future<SkillSide>;

  /// Starts compiling the skill side of `snapshot` on a thread of its own: a caller with other
  /// work before the constructor (the default embedder's fit) starts it first.
  static SkillsBuild compile_skills(std::shared_ptr<const CatalogData> snapshot) {
    auto compile = [d = std::move(snapshot)] {
      auto dictionary = std::make_unique<const skills::SkillDictionary>(*d);
      return SkillSide{std::move(dictionary), std::make_unique<const skills::SkillLinker>(*d)};
    };
    try {
      return std::async(std::launch::async, compile);
    } catch (const std::system_error&) {
      return std::async(std::launch::deferred, compile);  // no thread to be had: compiled when needed
    }
  }

  /// `skills_build`: compile_skills(snapshot), or none to start it here.
  CompiledCatalog(std::shared_ptr<const CatalogData> snapshot, const Embedder& embedder, Catalog& catalog,
                  SkillsBuild skills_build = {})
      : data(std::move(snapshot)),
        skills_build_(skills_build.valid() ? std::move(skills_build) : compile_skills(data)),
        titles(*data), kras(*data, embedder, catalog), title_matcher(*data, titles, embedder),
        enricher(*data), role_lists(*data), skill_side_(skills_build_.get()), skills(*skill_side_.dictionary),
        linker(*skill_side_.linker), link_ranker(*data, skills, linker) {}

  std::shared_ptr<const CatalogData> data;

 private:
  // If a member compiled meanwhile throws, this future's destructor waits for the skill side's
  // thread (std::async's futures do): no thread outlives a failed constructor.
  SkillsBuild skills_build_;

 public:
  roles::TitleIndex titles;
  roles::KraIndex kras;
  roles::TitleMatcher title_matcher;
  enrich::Enricher enricher;
  RoleLists role_lists;

 private:
  SkillSide skill_side_;

 public:
  const skills::SkillDictionary& skills;
  const skills::SkillLinker& linker;  // nearest skills for a term no alias answers (link_skill, API 2)
  skills::LinkRanker link_ranker;     // link_skill's candidates, ranked on several features
  // Skill display names through the pipeline's embedder, computed on link_skill's first call.
  mutable std::once_flag skill_vectors_once;
  mutable Matrix skill_vectors;
};

}  // namespace jdpipe
