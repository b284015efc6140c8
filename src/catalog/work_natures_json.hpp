#pragma once

// The work-nature lexicon of a catalog (CatalogMeta::work_natures) as JSON: the bundle's meta
// field "work_natures" and the SQLite catalog's meta row of the same name share this form,
// [{"id": "build", "label": "Build / create", "verbs": ["build", "develop", ...]}, ...].
#include <simdjson.h>

#include <string>
#include <vector>

#include "jdpipe/catalog.hpp"

namespace jdpipe::catalog_detail {

/// Throws std::invalid_argument naming the problem (not an array, a missing id, a repeated or
/// reserved id, verbs that are not strings).
std::vector<WorkNature> parse_work_natures(simdjson::dom::element e);

std::string work_natures_json(const std::vector<WorkNature>& natures);

}  // namespace jdpipe::catalog_detail
