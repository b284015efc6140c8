#pragma once

#include <memory>
#include <mutex>

#include "enrich/enricher.hpp"
#include "jdpipe/catalog.hpp"
#include "jdpipe/embedder.hpp"
#include "roles/kra_index.hpp"
#include "roles/title_index.hpp"
#include "roles/title_matcher.hpp"
#include "skills/dictionary.hpp"
#include "skills/linker.hpp"

namespace jdpipe {

/// The matchers compiled from one catalog snapshot. Immutable after construction.
class CompiledCatalog {
 public:
  CompiledCatalog(std::shared_ptr<const CatalogData> snapshot, const Embedder& embedder, Catalog& catalog)
      : data(std::move(snapshot)), skills(*data), linker(*data), titles(*data), kras(*data, embedder, catalog),
        title_matcher(*data, titles, embedder), enricher(*data) {}

  std::shared_ptr<const CatalogData> data;
  skills::SkillDictionary skills;
  skills::SkillLinker linker;  // nearest skills for a term no alias answers (link_skill, API 2)
  // Skill display names through the pipeline's embedder, computed on link_skill's first call.
  mutable std::once_flag skill_vectors_once;
  mutable Matrix skill_vectors;
  roles::TitleIndex titles;
  roles::KraIndex kras;
  roles::TitleMatcher title_matcher;
  enrich::Enricher enricher;
};

}  // namespace jdpipe
