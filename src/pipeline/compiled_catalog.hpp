#pragma once

#include <memory>

#include "enrich/enricher.hpp"
#include "jdpipe/catalog.hpp"
#include "jdpipe/embedder.hpp"
#include "roles/kra_index.hpp"
#include "roles/title_index.hpp"
#include "roles/title_matcher.hpp"
#include "skills/dictionary.hpp"

namespace jdpipe {

/// The matchers compiled from one catalog snapshot. Immutable after construction.
class CompiledCatalog {
 public:
  CompiledCatalog(std::shared_ptr<const CatalogData> snapshot, const Embedder& embedder, Catalog& catalog)
      : data(std::move(snapshot)), skills(*data), titles(*data), kras(*data, embedder, catalog),
        title_matcher(*data, titles, embedder), enricher(*data) {}

  std::shared_ptr<const CatalogData> data;
  skills::SkillDictionary skills;
  roles::TitleIndex titles;
  roles::KraIndex kras;
  roles::TitleMatcher title_matcher;
  enrich::Enricher enricher;
};

}  // namespace jdpipe
