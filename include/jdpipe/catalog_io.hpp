#pragma once

// Opening and saving catalogs by path, and their counts: the one place the CLI, the C ABI and
// the Python module decide what a path means.
#include <cstddef>
#include <memory>
#include <string>

#include "jdpipe/catalog.hpp"

namespace jdpipe {

/// Whether `path` names a SQLite catalog (ends .db, .sqlite or .sqlite3).
bool is_sqlite_catalog_path(const std::string& path);

/// A catalog by path: the starter catalog when empty, a SqliteCatalog for a SQLite path, an
/// InMemoryCatalog loaded from a bundle otherwise. Throws jdpipe::Error naming the path.
std::shared_ptr<Catalog> open_catalog(const std::string& path);

/// Writes `data` to `path`: SqliteCatalog::create for a SQLite path (refusing an existing
/// catalog with records), write_bundle otherwise. Throws jdpipe::Error naming the path.
void save_catalog(const CatalogData& data, const std::string& path);

/// How big a catalog is (`jdpipe catalog stats`).
struct CatalogStats {
  std::string name;
  std::string version;
  size_t roles = 0;
  size_t role_aliases = 0;
  size_t kras = 0;
  size_t skills = 0;
  size_t skill_aliases = 0;
  size_t dimensions = 0;
  size_t role_skill_links = 0;
  size_t skill_dimension_links = 0;
};

CatalogStats catalog_stats(const CatalogData& data);

/// The stats as a JSON object with the field names above; `indent` < 0 for one line.
std::string to_json(const CatalogStats& stats, int indent = -1);

}  // namespace jdpipe
