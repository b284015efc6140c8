// Loading a catalog bundle (.jsonl, FORMATS.md): one JSON object a line, each with "kind".
#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

#include "catalog/work_natures_json.hpp"
#include "enrich/ai_terms.hpp"
#include "jdpipe/catalog.hpp"
#include "jdpipe/error.hpp"
#include "text/text.hpp"

namespace jdpipe {

namespace {

using simdjson::dom::element;
using simdjson::dom::object;

struct LineError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::optional<element> field(const object& obj, std::string_view key) {
  element e;
  if (obj.at_key(key).get(e) != simdjson::SUCCESS || e.is_null()) return std::nullopt;
  return e;
}

std::string get_string(const object& obj, std::string_view key, bool required, std::string fallback = {}) {
  auto e = field(obj, key);
  if (!e) {
    if (required) throw LineError(fmt::format("missing field '{}'", key));
    return fallback;
  }
  std::string_view s;
  if (e->get_string().get(s) != simdjson::SUCCESS) throw LineError(fmt::format("field '{}' must be a string", key));
  // Slugs and names identify records: a blank one would be written back as a record that no
  // longer loads (found by fuzz_bundle).
  if (required && text::trim(s).empty()) throw LineError(fmt::format("field '{}' must not be blank", key));
  return std::string(s);
}

std::optional<std::string> get_optional_string(const object& obj, std::string_view key) {
  if (!field(obj, key)) return std::nullopt;
  return get_string(obj, key, true);
}

bool get_bool(const object& obj, std::string_view key, bool fallback) {
  auto e = field(obj, key);
  if (!e) return fallback;
  bool b;
  if (e->get_bool().get(b) != simdjson::SUCCESS) throw LineError(fmt::format("field '{}' must be true or false", key));
  return b;
}

int64_t get_id(const object& obj) {
  auto e = field(obj, "id");
  if (!e) return 0;
  int64_t id;
  if (e->get_int64().get(id) != simdjson::SUCCESS || id <= 0)
    throw LineError("field 'id' must be a positive integer");
  return id;
}

std::vector<std::string> get_strings(const object& obj, std::string_view key) {
  std::vector<std::string> out;
  auto e = field(obj, key);
  if (!e) return out;
  simdjson::dom::array arr;
  if (e->get_array().get(arr) != simdjson::SUCCESS) throw LineError(fmt::format("field '{}' must be an array", key));
  for (element item : arr) {
    std::string_view s;
    if (item.get_string().get(s) != simdjson::SUCCESS)
      throw LineError(fmt::format("field '{}' must hold strings only", key));
    out.emplace_back(s);
  }
  return out;
}

template <size_t N>
std::string get_enum(const object& obj, std::string_view key, const std::array<std::string_view, N>& allowed,
                     std::string_view fallback) {
  std::string v = get_string(obj, key, false, std::string(fallback));
  if (std::find(allowed.begin(), allowed.end(), v) == allowed.end())
    throw LineError(fmt::format("field '{}' has unknown value '{}'", key, v));
  return v;
}

constexpr std::array<std::string_view, 9> kNatures = {"CONCEPT", "TOOL", "LANGUAGE", "FRAMEWORK", "PLATFORM",
                                                      "METHODOLOGY", "SOFT_SKILL", "DOMAIN", "CERTIFICATION"};
constexpr std::array<std::string_view, 3> kVolatility = {"STABLE", "MODERATE", "VOLATILE"};
constexpr std::array<std::string_view, 4> kLifespans = {"EVERGREEN", "LONG", "MEDIUM", "SHORT"};
constexpr std::array<std::string_view, 5> kAliasTypes = {"CANONICAL", "SYNONYM", "ABBREVIATION", "VARIANT",
                                                         "MISSPELLING"};
constexpr std::array<std::string_view, 3> kMatch = {"CASE_INSENSITIVE", "CASE_SENSITIVE", "EXACT"};

Skill parse_skill(const object& obj) {
  Skill s;
  s.id = get_id(obj);
  s.slug = get_string(obj, "slug", true);
  s.display_name = get_string(obj, "display_name", true);
  s.category = get_string(obj, "category", false);
  s.sub_category = get_string(obj, "sub_category", false);
  s.skill_nature = get_enum(obj, "skill_nature", kNatures, "CONCEPT");
  s.volatility = get_enum(obj, "volatility", kVolatility, "STABLE");
  s.typical_lifespan = get_enum(obj, "typical_lifespan", kLifespans, "LONG");
  s.is_extractable = get_bool(obj, "is_extractable", true);
  s.is_also_category = get_bool(obj, "is_also_category", false);
  s.ai_related = get_bool(obj, "ai_related", false);
  s.external_id = get_optional_string(obj, "external_id");
  s.dimensions = get_strings(obj, "dimensions");
  bool has_canonical = false;
  if (auto e = field(obj, "aliases")) {
    simdjson::dom::array arr;
    if (e->get_array().get(arr) != simdjson::SUCCESS) throw LineError("field 'aliases' must be an array");
    for (element item : arr) {
      SkillAlias a;
      std::string_view plain;
      object ao;
      if (item.get_string().get(plain) == simdjson::SUCCESS) {
        a.text = std::string(plain);
      } else if (item.get_object().get(ao) == simdjson::SUCCESS) {
        a.id = get_id(ao);
        a.text = get_string(ao, "text", true);
        a.type = get_enum(ao, "type", kAliasTypes, "SYNONYM");
        a.match = get_enum(ao, "match", kMatch, "CASE_INSENSITIVE");
        a.is_primary = get_bool(ao, "is_primary", false);
      } else {
        throw LineError("an alias must be a string or an object with 'text'");
      }
      if (text::trim(a.text).empty()) throw LineError("an alias has empty text");
      has_canonical |= a.type == "CANONICAL";
      s.aliases.push_back(std::move(a));
    }
  }
  // The display name is always an alias, so a skill is findable by its own name.
  if (!has_canonical) {
    SkillAlias a;
    a.text = s.display_name;
    a.type = "CANONICAL";
    s.aliases.insert(s.aliases.begin(), std::move(a));
  }
  return s;
}

// Indices into the role's kras; a role line without the field gets them from the AI lexicon.
std::vector<size_t> get_ai_related_kras(const object& obj, const std::vector<std::string>& kras) {
  auto e = field(obj, "ai_related_kras");
  if (!e) return enrich::ai_kra_indices(kras);
  const size_t n_kras = kras.size();
  simdjson::dom::array arr;
  if (e->get_array().get(arr) != simdjson::SUCCESS) throw LineError("field 'ai_related_kras' must be an array");
  std::vector<size_t> out;
  for (element item : arr) {
    uint64_t k;
    if (item.get_uint64().get(k) != simdjson::SUCCESS || k >= n_kras)
      throw LineError(fmt::format("field 'ai_related_kras' must hold indices into 'kras' (the role has {} KRAs)",
                                  n_kras));
    out.push_back(static_cast<size_t>(k));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<WorkNature> get_work_natures(const object& obj) {
  auto e = field(obj, "work_natures");
  if (!e) return {};
  try {
    return catalog_detail::parse_work_natures(*e);
  } catch (const std::invalid_argument& err) {
    throw LineError(err.what());
  }
}

Role parse_role(const object& obj) {
  Role r;
  r.id = get_id(obj);
  r.slug = get_string(obj, "slug", true);
  r.display_name = get_string(obj, "display_name", true);
  r.role_archetype = get_string(obj, "role_archetype", false);
  r.rationale = get_string(obj, "rationale", false);
  r.external_id = get_optional_string(obj, "external_id");
  r.source = get_string(obj, "source", false, "db");
  r.aliases = get_strings(obj, "aliases");
  r.kras = get_strings(obj, "kras");
  r.ai_related_kras = get_ai_related_kras(obj, r.kras);
  r.skills = get_strings(obj, "skills");
  r.dimensions = get_strings(obj, "dimensions");
  return r;
}

Dimension parse_dimension(const object& obj) {
  Dimension d;
  d.id = get_id(obj);
  d.slug = get_string(obj, "slug", true);
  d.display_name = get_string(obj, "display_name", true);
  d.difficulty_hint = get_string(obj, "difficulty_hint", false);
  d.rationale = get_string(obj, "rationale", false);
  d.source = get_string(obj, "source", false, "db");
  return d;
}

}  // namespace

std::shared_ptr<InMemoryCatalog> InMemoryCatalog::from_bundle_text(std::string_view text, std::string_view source_name,
                                                                   const BundleLoadOptions& options,
                                                                   std::vector<std::string>* skipped) {
  CatalogData data;
  simdjson::dom::parser parser;
  size_t line_no = 0, pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text::trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (line.empty()) continue;
    try {
      object obj;
      element doc;
      simdjson::padded_string padded(line);
      if (auto err = parser.parse(padded).get(doc)) throw LineError(fmt::format("invalid JSON ({})", simdjson::error_message(err)));
      if (doc.get_object().get(obj) != simdjson::SUCCESS) throw LineError("a line must be a JSON object");
      std::string kind = get_string(obj, "kind", true);
      if (kind == "meta") {
        data.meta.name = get_string(obj, "name", false);
        data.meta.version = get_string(obj, "version", false);
        data.meta.description = get_string(obj, "description", false);
        data.meta.license = get_string(obj, "license", false);
        data.meta.work_natures = get_work_natures(obj);
      } else if (kind == "skill") {
        data.skills.push_back(parse_skill(obj));
      } else if (kind == "role") {
        data.roles.push_back(parse_role(obj));
      } else if (kind == "dimension") {
        data.dimensions.push_back(parse_dimension(obj));
      }  // other kinds are kept for forward compatibility and ignored
    } catch (const LineError& e) {
      std::string msg = fmt::format("{}:{}: {}", source_name, line_no, e.what());
      if (!options.skip_bad_lines) throw Error(Error::Code::kParse, msg);
      if (skipped) skipped->push_back(std::move(msg));
    }
  }
  if (data.meta.name.empty()) data.meta.name = std::string(source_name);
  try {
    data.finalize();
  } catch (const Error& e) {
    throw Error(e.code(), fmt::format("{}: {}", source_name, e.what()));
  }
  return std::make_shared<InMemoryCatalog>(std::move(data));
}

std::shared_ptr<InMemoryCatalog> InMemoryCatalog::from_bundle_file(const std::string& path, const BundleLoadOptions& options,
                                                                   std::vector<std::string>* skipped) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(Error::Code::kIO, fmt::format("cannot open catalog bundle '{}'", path));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw Error(Error::Code::kIO, fmt::format("cannot read catalog bundle '{}'", path));
  return from_bundle_text(ss.str(), path, options, skipped);
}

std::shared_ptr<InMemoryCatalog> InMemoryCatalog::starter() {
  // Parsed once per process; every caller shares the records but gets its own learning state.
  static const std::shared_ptr<const CatalogData> data =
      from_bundle_text(starter_catalog_bundle(), "starter-catalog.jsonl")->snapshot();
  auto catalog = std::make_shared<InMemoryCatalog>(CatalogData{});
  catalog->data_ = data;
  return catalog;
}

}  // namespace jdpipe
