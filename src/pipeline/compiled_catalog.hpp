#pragma once

#include <absl/container/flat_hash_map.h>

#include <cstdint>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <system_error>
#include <type_traits>
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
/// The skill side compiles on threads of its own while the role side compiles on the caller's
/// (ESCO: the skill dictionary 0.6 s and the skill linker 0.3 s, against the default embedder's
/// fit, the KRA index and the title matcher; part by part in bench/bench_catalog_open.cpp). The
/// link ranker, which reads the dictionary and the linker, comes last.
class CompiledCatalog {
 public:
  using SkillsBuild = std::future<std::unique_ptr<const skills::SkillDictionary>>;

  /// Starts compiling the skill dictionary of `snapshot` on a thread of its own: a caller with
  /// other work before the constructor (the default embedder's fit) starts it first.
  static SkillsBuild compile_skills(std::shared_ptr<const CatalogData> snapshot) {
    return start([d = std::move(snapshot)] { return std::make_unique<const skills::SkillDictionary>(*d); });
  }

  /// `skills_build`: compile_skills(snapshot), or none to start it here.
  CompiledCatalog(std::shared_ptr<const CatalogData> snapshot, const Embedder& embedder, Catalog& catalog,
                  SkillsBuild skills_build = {})
      : data(std::move(snapshot)),
        skills_build_(skills_build.valid() ? std::move(skills_build) : compile_skills(data)),
        linker_build_(start([d = data] { return skills::SkillLinker(*d); })),
        titles(*data), kras(*data, embedder, catalog), title_matcher(*data, titles, embedder),
        enricher(*data), role_lists(*data), linker(linker_build_.get()), skills_(skills_build_.get()),
        skills(*skills_), link_ranker(*data, skills, linker) {}

  std::shared_ptr<const CatalogData> data;

 private:
  // On a thread when one can be had, else run when asked for.
  template <class F>
  static std::future<std::invoke_result_t<F>> start(F compile) {
    try {
      return std::async(std::launch::async, std::move(compile));
    } catch (const std::system_error&) {
      return std::async(std::launch::deferred, std::move(compile));
    }
  }
  // If a member compiled meanwhile throws, these futures' destructors wait for their threads
  // (std::async's futures do): no thread outlives a failed constructor.
  SkillsBuild skills_build_;
  std::future<skills::SkillLinker> linker_build_;

 public:
  roles::TitleIndex titles;
  roles::KraIndex kras;
  roles::TitleMatcher title_matcher;
  enrich::Enricher enricher;
  RoleLists role_lists;
  skills::SkillLinker linker;  // nearest skills for a term no alias answers (link_skill, API 2)

 private:
  std::unique_ptr<const skills::SkillDictionary> skills_;

 public:
  const skills::SkillDictionary& skills;
  skills::LinkRanker link_ranker;  // link_skill's candidates, ranked on several features
  // Skill display names through the pipeline's embedder, computed on link_skill's first call.
  mutable std::once_flag skill_vectors_once;
  mutable Matrix skill_vectors;
};

}  // namespace jdpipe
