#include "jdpipe/catalog_io.hpp"

#include "jdpipe/bundle.hpp"
#include "jdpipe/sqlite_catalog.hpp"
#include "util/json.hpp"

namespace jdpipe {

bool is_sqlite_catalog_path(const std::string& path) {
  for (std::string_view ext : {".db", ".sqlite", ".sqlite3"})
    if (path.size() > ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0) return true;
  return false;
}

std::shared_ptr<Catalog> open_catalog(const std::string& path) {
  if (path.empty()) return InMemoryCatalog::starter();
  if (is_sqlite_catalog_path(path)) return SqliteCatalog::open(path);
  return InMemoryCatalog::from_bundle_file(path);
}

void save_catalog(const CatalogData& data, const std::string& path) {
  if (is_sqlite_catalog_path(path)) SqliteCatalog::create(path, data);
  else write_bundle(data, path);
}

CatalogStats catalog_stats(const CatalogData& d) {
  CatalogStats s;
  s.name = d.meta.name;
  s.version = d.meta.version;
  s.roles = d.roles.size();
  s.skills = d.skills.size();
  s.dimensions = d.dimensions.size();
  for (const auto& skill : d.skills) {
    s.skill_aliases += skill.aliases.size();
    s.skill_dimension_links += skill.dimensions.size();
  }
  for (const auto& role : d.roles) {
    s.kras += role.kras.size();
    s.role_aliases += role.aliases.size();
    s.role_skill_links += role.skills.size();
  }
  return s;
}

std::string to_json(const CatalogStats& s, int indent) {
  json::Object o{{"name", s.name},
                 {"version", s.version},
                 {"roles", s.roles},
                 {"role_aliases", s.role_aliases},
                 {"kras", s.kras},
                 {"skills", s.skills},
                 {"skill_aliases", s.skill_aliases},
                 {"dimensions", s.dimensions},
                 {"role_skill_links", s.role_skill_links},
                 {"skill_dimension_links", s.skill_dimension_links}};
  return json::Value(std::move(o)).dump(indent);
}

}  // namespace jdpipe
