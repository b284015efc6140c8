// The persistent catalog over SQLite: records (loaded once into an immutable snapshot), the
// learning state written by persist(), and the KRA embedding cache.
#include "jdpipe/sqlite_catalog.hpp"

#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <unordered_map>

#include "catalog/sqlite_db.hpp"
#include "catalog/sqlite_schema.hpp"
#include "catalog/work_natures_json.hpp"
#include "enrich/ai_terms.hpp"
#include "jdpipe/error.hpp"
#include "jdpipe/run.hpp"
#include "jdpipe/version.hpp"
#include "util/json.hpp"

namespace jdpipe {

using sqlite::Db;
using sqlite::Query;
using sqlite::Transaction;

struct SqliteCatalog::Impl {
  std::string path;
  SqliteOptions options;
  bool read_only = false;
  std::shared_ptr<const CatalogData> data;
  int64_t kra_count = 0;
  std::string kra_fingerprint;

  // Two connections, each used under its own mutex (see the class comment).
  std::mutex write_mutex;
  std::unique_ptr<Db> write;
  std::mutex read_mutex;
  std::unique_ptr<Db> read;

  std::mutex kra_mutex;
  std::unordered_map<std::string, std::shared_ptr<const Matrix>> kra_cache;  // by "name\x1f" + dim
};

namespace {

#define JDP_NOW "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

std::unique_ptr<Db> connect(const std::string& path, int flags, const SqliteOptions& options) {
  auto db = std::make_unique<Db>(path, flags | SQLITE_OPEN_NOMUTEX, options.busy_timeout_ms);
  db->exec("PRAGMA foreign_keys = ON", "opening");
  // In WAL mode NORMAL survives a process crash; only a power loss may drop the last commits.
  db->exec("PRAGMA synchronous = NORMAL", "opening");
  return db;
}

uint64_t fnv1a(std::string_view s, uint64_t h) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

/// Identifies the KRA texts (in snapshot order) that a cached embedding matrix was made from.
std::pair<int64_t, std::string> kra_fingerprint(const CatalogData& d) {
  uint64_t h = 14695981039346656037ull;
  int64_t n = 0;
  for (const Role& r : d.roles)
    for (const auto& k : r.kras) {
      h = fnv1a(k, h);
      h = fnv1a("\x1f", h);
      ++n;
    }
  return {n, fmt::format("fnv1a64:{:016x}:{}", h, n)};
}

std::string cache_key(const std::string& name, int dim) { return name + '\x1f' + std::to_string(dim); }

[[noreturn]] void corrupt(const std::string& path, const std::string& what) {
  throw Error(Error::Code::kParse, fmt::format("catalog '{}' is corrupt: {}", path, what));
}

// --- records -------------------------------------------------------------------------------

std::vector<WorkNature> work_natures_of(const std::string& path, const std::string& text) {
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  if (parser.parse(text).get(e) != simdjson::SUCCESS) corrupt(path, "the meta row 'work_natures' is not JSON");
  try {
    return catalog_detail::parse_work_natures(e);
  } catch (const std::invalid_argument& err) {
    corrupt(path, fmt::format("the meta row 'work_natures': {}", err.what()));
  }
}

CatalogData load_records(Db& db, bool learned_links) {
  const std::string& path = db.path();
  CatalogData d;
  Transaction tx(db, Transaction::Kind::kDeferred, "loading the catalog");
  {
    auto q = db.query("SELECT key, value FROM meta");
    while (q.step()) {
      std::string key = q.text(0);
      if (key == "name") d.meta.name = q.text(1);
      else if (key == "version") d.meta.version = q.text(1);
      else if (key == "description") d.meta.description = q.text(1);
      else if (key == "license") d.meta.license = q.text(1);
      else if (key == "work_natures") d.meta.work_natures = work_natures_of(path, q.text(1));
    }
  }
  std::unordered_map<int64_t, size_t> dim_at, skill_at, role_at;
  {
    auto q = db.query(
        "SELECT id, slug, display_name, difficulty_hint, rationale, source FROM dimensions ORDER BY ordinal, id");
    while (q.step()) {
      Dimension x;
      x.id = q.i64(0);
      x.slug = q.text(1);
      x.display_name = q.text(2);
      x.difficulty_hint = q.text(3);
      x.rationale = q.text(4);
      x.source = q.text(5);
      dim_at.emplace(x.id, d.dimensions.size());
      d.dimensions.push_back(std::move(x));
    }
  }
  auto dim_slug = [&](int64_t id) -> const std::string& {
    auto it = dim_at.find(id);
    if (it == dim_at.end()) corrupt(path, fmt::format("a link names dimension id {} that does not exist", id));
    return d.dimensions[it->second].slug;
  };
  {
    auto q = db.query(
        "SELECT id, slug, display_name, category, sub_category, skill_nature, volatility, typical_lifespan, "
        "is_extractable, is_also_category, ai_related, external_id FROM skills ORDER BY ordinal, id");
    while (q.step()) {
      Skill s;
      s.id = q.i64(0);
      s.slug = q.text(1);
      s.display_name = q.text(2);
      s.category = q.text(3);
      s.sub_category = q.text(4);
      s.skill_nature = q.text(5);
      s.volatility = q.text(6);
      s.typical_lifespan = q.text(7);
      s.is_extractable = q.boolean(8);
      s.is_also_category = q.boolean(9);
      s.ai_related = q.boolean(10);
      s.external_id = q.optional_text(11);
      skill_at.emplace(s.id, d.skills.size());
      d.skills.push_back(std::move(s));
    }
  }
  auto skill = [&](int64_t id) -> Skill& {
    auto it = skill_at.find(id);
    if (it == skill_at.end()) corrupt(path, fmt::format("a row names skill id {} that does not exist", id));
    return d.skills[it->second];
  };
  {
    auto q = db.query(
        "SELECT skill_id, id, alias_text, alias_type, match_strategy, is_primary FROM skill_aliases "
        "ORDER BY skill_id, ordinal");
    while (q.step()) {
      SkillAlias a;
      a.id = q.i64(1);
      a.text = q.text(2);
      a.type = q.text(3);
      a.match = q.text(4);
      a.is_primary = q.boolean(5);
      skill(q.i64(0)).aliases.push_back(std::move(a));
    }
  }
  {
    auto q = db.query(
        "SELECT skill_id, dimension_id FROM skill_dimensions WHERE origin = 0 OR ?1 ORDER BY skill_id, ordinal");
    q.bind(1, learned_links);
    while (q.step()) skill(q.i64(0)).dimensions.push_back(dim_slug(q.i64(1)));
  }
  {
    auto q = db.query(
        "SELECT id, slug, display_name, role_archetype, rationale, external_id, source FROM roles "
        "ORDER BY ordinal, id");
    while (q.step()) {
      Role r;
      r.id = q.i64(0);
      r.slug = q.text(1);
      r.display_name = q.text(2);
      r.role_archetype = q.text(3);
      r.rationale = q.text(4);
      r.external_id = q.optional_text(5);
      r.source = q.text(6);
      role_at.emplace(r.id, d.roles.size());
      d.roles.push_back(std::move(r));
    }
  }
  auto role = [&](int64_t id) -> Role& {
    auto it = role_at.find(id);
    if (it == role_at.end()) corrupt(path, fmt::format("a row names role id {} that does not exist", id));
    return d.roles[it->second];
  };
  {
    auto q = db.query("SELECT role_id, alias_text FROM role_aliases ORDER BY role_id, ordinal");
    while (q.step()) role(q.i64(0)).aliases.push_back(q.text(1));
  }
  {
    auto q = db.query("SELECT role_id, text, ai_related FROM kras ORDER BY role_id, ordinal");
    while (q.step()) {
      Role& r = role(q.i64(0));
      r.kras.push_back(q.text(1));
      bool ai = q.is_null(2) ? enrich::mentions_ai(r.kras.back()) : q.boolean(2);
      if (ai) r.ai_related_kras.push_back(r.kras.size() - 1);
    }
  }
  {
    auto q = db.query("SELECT role_id, skill_id FROM role_skills ORDER BY role_id, ordinal");
    while (q.step()) role(q.i64(0)).skills.push_back(skill(q.i64(1)).slug);
  }
  {
    auto q = db.query(
        "SELECT role_id, dimension_id FROM role_dimensions WHERE origin = 0 OR ?1 ORDER BY role_id, ordinal");
    q.bind(1, learned_links);
    while (q.step()) role(q.i64(0)).dimensions.push_back(dim_slug(q.i64(1)));
  }
  tx.commit();
  try {
    d.finalize();
  } catch (const Error& e) {
    corrupt(path, e.what());
  }
  return d;
}

int64_t count_records(Db& db) {
  auto q = db.query(
      "SELECT (SELECT count(*) FROM skills) + (SELECT count(*) FROM roles) + (SELECT count(*) FROM dimensions) + "
      "(SELECT count(*) FROM run_log)");
  q.step();
  return q.i64(0);
}

void clear_all(Db& db) {
  // Children first, so that no foreign key is ever left dangling inside the transaction.
  static constexpr const char* kTables[] = {
      "DELETE FROM kra_embeddings",  "DELETE FROM run_log",      "DELETE FROM alias_suggestions",
      "DELETE FROM review_queue",    "DELETE FROM collision_log", "DELETE FROM centroids",
      "DELETE FROM skill_dimensions", "DELETE FROM role_dimensions", "DELETE FROM role_skills",
      "DELETE FROM kras",            "DELETE FROM role_aliases",  "DELETE FROM roles",
      "DELETE FROM skill_aliases",   "DELETE FROM skills",        "DELETE FROM dimensions",
      "DELETE FROM meta",            "DELETE FROM sqlite_sequence"};
  for (const char* sql : kTables) db.exec(sql, "clearing the catalog before overwriting it");
}

void write_records(Db& db, const CatalogData& d) {
  {
    auto put = [&](const char* key, const std::string& value) {
      auto q = db.query("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
      q.bind(1, key).bind(2, value).run();
    };
    put("name", d.meta.name);
    put("version", d.meta.version);
    put("description", d.meta.description);
    put("license", d.meta.license);
    if (!d.meta.work_natures.empty()) put("work_natures", catalog_detail::work_natures_json(d.meta.work_natures));
    put("format", "jdpipe-catalog");
    put("written_by", "jdpipe " JDPIPE_VERSION_STRING);
  }
  for (size_t i = 0; i < d.dimensions.size(); ++i) {
    const Dimension& x = d.dimensions[i];
    auto q = db.query(
        "INSERT INTO dimensions(id, ordinal, slug, display_name, difficulty_hint, rationale, source) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    q.bind(1, x.id).bind(2, static_cast<int64_t>(i)).bind(3, x.slug).bind(4, x.display_name);
    q.bind(5, x.difficulty_hint).bind(6, x.rationale).bind(7, x.source).run();
  }
  for (size_t i = 0; i < d.skills.size(); ++i) {
    const Skill& s = d.skills[i];
    {
      auto q = db.query(
          "INSERT INTO skills(id, ordinal, slug, display_name, category, sub_category, skill_nature, volatility, "
          "typical_lifespan, is_extractable, is_also_category, ai_related, external_id) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
      q.bind(1, s.id).bind(2, static_cast<int64_t>(i)).bind(3, s.slug).bind(4, s.display_name);
      q.bind(5, s.category).bind(6, s.sub_category).bind(7, s.skill_nature).bind(8, s.volatility);
      q.bind(9, s.typical_lifespan).bind(10, s.is_extractable).bind(11, s.is_also_category);
      q.bind(12, s.ai_related).bind(13, s.external_id).run();
    }
    for (size_t k = 0; k < s.aliases.size(); ++k) {
      const SkillAlias& a = s.aliases[k];
      auto q = db.query(
          "INSERT INTO skill_aliases(skill_id, ordinal, id, alias_text, alias_type, match_strategy, is_primary) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
      q.bind(1, s.id).bind(2, static_cast<int64_t>(k)).bind(3, a.id).bind(4, a.text).bind(5, a.type);
      q.bind(6, a.match).bind(7, a.is_primary).run();
    }
    for (size_t k = 0; k < s.dimensions.size(); ++k) {
      auto q = db.query(
          "INSERT INTO skill_dimensions(skill_id, ordinal, dimension_id, origin) VALUES (?1, ?2, ?3, 0)");
      q.bind(1, s.id).bind(2, static_cast<int64_t>(k)).bind(3, d.dimension_by_slug(s.dimensions[k])->id).run();
    }
  }
  for (size_t i = 0; i < d.roles.size(); ++i) {
    const Role& r = d.roles[i];
    {
      auto q = db.query(
          "INSERT INTO roles(id, ordinal, slug, display_name, role_archetype, rationale, external_id, source) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
      q.bind(1, r.id).bind(2, static_cast<int64_t>(i)).bind(3, r.slug).bind(4, r.display_name);
      q.bind(5, r.role_archetype).bind(6, r.rationale).bind(7, r.external_id).bind(8, r.source).run();
    }
    for (size_t k = 0; k < r.aliases.size(); ++k) {
      auto q = db.query("INSERT INTO role_aliases(role_id, ordinal, alias_text) VALUES (?1, ?2, ?3)");
      q.bind(1, r.id).bind(2, static_cast<int64_t>(k)).bind(3, r.aliases[k]).run();
    }
    for (size_t k = 0; k < r.kras.size(); ++k) {
      bool ai = std::binary_search(r.ai_related_kras.begin(), r.ai_related_kras.end(), k);
      auto q = db.query("INSERT INTO kras(role_id, ordinal, text, ai_related) VALUES (?1, ?2, ?3, ?4)");
      q.bind(1, r.id).bind(2, static_cast<int64_t>(k)).bind(3, r.kras[k]).bind(4, ai).run();
    }
    for (size_t k = 0; k < r.skills.size(); ++k) {
      auto q = db.query("INSERT INTO role_skills(role_id, ordinal, skill_id) VALUES (?1, ?2, ?3)");
      q.bind(1, r.id).bind(2, static_cast<int64_t>(k)).bind(3, d.skill_by_slug(r.skills[k])->id).run();
    }
    for (size_t k = 0; k < r.dimensions.size(); ++k) {
      auto q = db.query(
          "INSERT INTO role_dimensions(role_id, ordinal, dimension_id, origin) VALUES (?1, ?2, ?3, 0)");
      q.bind(1, r.id).bind(2, static_cast<int64_t>(k)).bind(3, d.dimension_by_slug(r.dimensions[k])->id).run();
    }
  }
}

// --- receipts ------------------------------------------------------------------------------

std::string receipt_json(const PersistReceipt& r) {
  json::Object o;
  o["applied"] = r.applied;
  o["centroid_n_after"] = r.centroid_n_after;
  o["collision_log_id"] = json::Value(r.collision_log_id);
  o["queue_entry_id"] = json::Value(r.queue_entry_id);
  o["skill_dimension_linked"] = r.skill_dimension_linked;
  o["role_dimension_linked"] = r.role_dimension_linked;
  o["aliases_suggested"] = r.aliases_suggested;
  return json::Value(std::move(o)).dump();
}

PersistReceipt parse_receipt(const std::string& path, const std::string& text) {
  simdjson::dom::parser parser;
  simdjson::dom::object obj;
  if (parser.parse(text).get(obj) != simdjson::SUCCESS) corrupt(path, "a run_log receipt is not a JSON object");
  PersistReceipt r;
  auto get_int = [&](const char* key) -> std::optional<int64_t> {
    int64_t v;
    if (obj.at_key(key).get_int64().get(v) != simdjson::SUCCESS) return std::nullopt;
    return v;
  };
  bool applied = false;
  if (obj.at_key("applied").get_bool().get(applied) == simdjson::SUCCESS) r.applied = applied;
  r.centroid_n_after = get_int("centroid_n_after").value_or(0);
  r.collision_log_id = get_int("collision_log_id");
  r.queue_entry_id = get_int("queue_entry_id");
  r.skill_dimension_linked = static_cast<int>(get_int("skill_dimension_linked").value_or(0));
  r.role_dimension_linked = static_cast<int>(get_int("role_dimension_linked").value_or(0));
  r.aliases_suggested = static_cast<int>(get_int("aliases_suggested").value_or(0));
  return r;
}

std::vector<std::string> parse_strings(const std::string& path, const std::string& text) {
  simdjson::dom::parser parser;
  simdjson::dom::array arr;
  if (parser.parse(text).get(arr) != simdjson::SUCCESS) corrupt(path, "a review_queue entry's kras is not a JSON array");
  std::vector<std::string> out;
  for (auto item : arr) {
    std::string_view s;
    if (item.get_string().get(s) == simdjson::SUCCESS) out.emplace_back(s);
  }
  return out;
}

std::vector<float> floats_of(std::string_view blob) {
  std::vector<float> v(blob.size() / sizeof(float));
  if (!v.empty()) std::memcpy(v.data(), blob.data(), v.size() * sizeof(float));
  return v;
}

}  // namespace

// --- open / create -----------------------------------------------------------------------------

int SqliteCatalog::schema_version() { return sqlite::latest_schema_version(); }

SqliteCatalog::SqliteCatalog(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SqliteCatalog::~SqliteCatalog() = default;

std::shared_ptr<SqliteCatalog> SqliteCatalog::open(const std::string& path, const SqliteOptions& options) {
  if (options.busy_timeout_ms < 0)
    throw Error(Error::Code::kInvalidArgument,
                fmt::format("catalog '{}': busy_timeout_ms must not be negative", path));
  std::error_code ec;
  if (!options.create_if_missing && !std::filesystem::exists(path, ec))
    throw Error(Error::Code::kNotFound,
                fmt::format("catalog '{}' does not exist (set create_if_missing to create it)", path));
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->options = options;
  int flags = options.read_only ? SQLITE_OPEN_READONLY
                                : SQLITE_OPEN_READWRITE | (options.create_if_missing ? SQLITE_OPEN_CREATE : 0);
  impl->write = connect(path, flags, options);
  // SQLite falls back to read-only for a file this process may not write.
  impl->read_only = options.read_only || impl->write->read_only();
  sqlite::check_and_migrate(*impl->write, impl->read_only);
  impl->data = std::make_shared<const CatalogData>(load_records(*impl->write, options.load_learned_links));
  std::tie(impl->kra_count, impl->kra_fingerprint) = kra_fingerprint(*impl->data);
  impl->read = connect(path, SQLITE_OPEN_READONLY, options);
  return std::shared_ptr<SqliteCatalog>(new SqliteCatalog(std::move(impl)));
}

std::shared_ptr<SqliteCatalog> SqliteCatalog::create(const std::string& path, const CatalogData& data,
                                                     const SqliteOptions& options) {
  if (options.read_only)
    throw Error(Error::Code::kInvalidArgument, fmt::format("catalog '{}': cannot create a catalog read-only", path));
  CatalogData d = data;
  try {
    d.finalize();
  } catch (const Error& e) {
    throw Error(e.code(), fmt::format("cannot create catalog '{}': {}", path, e.what()));
  }
  std::error_code ec;
  const bool existed = std::filesystem::exists(path, ec);
  try {
    auto db = connect(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, options);
    sqlite::check_and_migrate(*db, db->read_only());
    // A bulk load touches the alias and link indices at random; a larger page cache for this
    // connection keeps more of them in memory (about 10% faster on an ESCO-sized catalog).
    db->exec("PRAGMA cache_size = -65536", "opening");
    Transaction tx(*db, Transaction::Kind::kImmediate, "writing the catalog records");
    if (int64_t n = count_records(*db); n > 0) {
      if (!options.overwrite)
        throw Error(Error::Code::kInvalidArgument,
                    fmt::format("catalog '{}' is not empty ({} records and applied runs); set SqliteOptions::overwrite "
                                "to replace it",
                                path, n));
      clear_all(*db);
    }
    write_records(*db, d);
    tx.commit();
  } catch (...) {
    if (!existed) {
      // Nothing half-written: a file this call created goes again.
      std::filesystem::remove(path, ec);
      std::filesystem::remove(path + "-wal", ec);
      std::filesystem::remove(path + "-shm", ec);
    }
    throw;
  }
  SqliteOptions reopen = options;
  reopen.create_if_missing = false;
  return open(path, reopen);
}

const std::string& SqliteCatalog::path() const { return impl_->path; }
bool SqliteCatalog::read_only() const { return impl_->read_only; }
std::shared_ptr<const CatalogData> SqliteCatalog::snapshot() const { return impl_->data; }

// --- reads ---------------------------------------------------------------------------------------

int64_t SqliteCatalog::centroid_n(int64_t role_id) const {
  std::lock_guard lock(impl_->read_mutex);
  auto q = impl_->read->query("SELECT n FROM centroids WHERE role_id = ?1");
  q.bind(1, role_id);
  return q.step() ? q.i64(0) : 0;
}

LearningState SqliteCatalog::learning_state() const {
  std::lock_guard lock(impl_->read_mutex);
  Db& db = *impl_->read;
  LearningState s;
  Transaction tx(db, Transaction::Kind::kDeferred, "reading the learning state");
  {
    auto q = db.query("SELECT role_id, n, vector FROM centroids ORDER BY role_id");
    while (q.step()) s.centroids[q.i64(0)] = {floats_of(q.blob(2)), q.i64(1)};
  }
  {
    auto q = db.query("SELECT (SELECT count(*) FROM collision_log), (SELECT count(*) FROM review_queue)");
    q.step();
    s.collisions_logged = q.i64(0);
    s.queued_roles = q.i64(1);
  }
  {
    auto q = db.query("SELECT skill_id, alias_text, seen FROM alias_suggestions ORDER BY id");
    while (q.step()) s.alias_suggestions.push_back({q.i64(0), q.text(1), q.i64(2)});
  }
  tx.commit();
  return s;
}

std::vector<ReviewEntry> SqliteCatalog::review_queue() const {
  std::lock_guard lock(impl_->read_mutex);
  std::vector<ReviewEntry> out;
  auto q = impl_->read->query(
      "SELECT id, slug, display_name, kras, run_id, created_at FROM review_queue ORDER BY id");
  while (q.step())
    out.push_back({q.i64(0), q.text(1), q.text(2), parse_strings(impl_->path, q.text(3)), q.text(4), q.text(5)});
  return out;
}

int64_t SqliteCatalog::runs_applied() const {
  std::lock_guard lock(impl_->read_mutex);
  auto q = impl_->read->query("SELECT count(*) FROM run_log");
  q.step();
  return q.i64(0);
}

// --- KRA embedding cache -------------------------------------------------------------------------

std::shared_ptr<const Matrix> SqliteCatalog::cached_kra_embeddings(const std::string& embedder_name, int dim) const {
  const std::string key = cache_key(embedder_name, dim);
  {
    std::lock_guard lock(impl_->kra_mutex);
    if (auto it = impl_->kra_cache.find(key); it != impl_->kra_cache.end()) return it->second;
  }
  if (dim <= 0) return nullptr;
  std::shared_ptr<Matrix> m;
  try {
    std::lock_guard lock(impl_->read_mutex);
    auto q = impl_->read->query(
        "SELECT rows, kra_fingerprint, vectors FROM kra_embeddings WHERE embedder_name = ?1 AND dim = ?2");
    q.bind(1, embedder_name).bind(2, dim);
    if (!q.step()) return nullptr;
    const int64_t rows = q.i64(0);
    std::string_view blob = q.blob(2);
    // Rows made from other KRA texts (the records changed) are no cache for this snapshot.
    if (rows != impl_->kra_count || q.text(1) != impl_->kra_fingerprint ||
        blob.size() != static_cast<size_t>(rows) * static_cast<size_t>(dim) * sizeof(float))
      return nullptr;
    m = std::make_shared<Matrix>(rows, dim);
    if (!blob.empty()) std::memcpy(m->data(), blob.data(), blob.size());
  } catch (const Error&) {
    return nullptr;  // a cache that cannot be read is recomputed, not fatal
  }
  std::lock_guard lock(impl_->kra_mutex);
  return impl_->kra_cache.emplace(key, std::move(m)).first->second;
}

void SqliteCatalog::cache_kra_embeddings(const std::string& embedder_name, int dim, std::shared_ptr<const Matrix> rows) {
  if (!rows) return;
  {
    std::lock_guard lock(impl_->kra_mutex);
    impl_->kra_cache[cache_key(embedder_name, dim)] = rows;
  }
  if (impl_->read_only || rows->rows() != impl_->kra_count || rows->cols() != dim) return;
  // Best effort: a busy or failing write leaves the rows cached in memory only.
  try {
    std::lock_guard lock(impl_->write_mutex);
    Db& db = *impl_->write;
    Transaction tx(db, Transaction::Kind::kImmediate, "caching KRA embeddings");
    auto q = db.query(
        "INSERT OR REPLACE INTO kra_embeddings(embedder_name, dim, rows, kra_fingerprint, vectors, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, " JDP_NOW ")");
    q.bind(1, embedder_name).bind(2, dim).bind(3, static_cast<int64_t>(rows->rows())).bind(4, impl_->kra_fingerprint);
    q.bind_blob(5, rows->data(), static_cast<size_t>(rows->size()) * sizeof(float)).run();
    tx.commit();
  } catch (const Error&) {
  }
}

// --- persist -------------------------------------------------------------------------------------

PersistReceipt SqliteCatalog::persist(const Run& run) {
  const std::string& path = impl_->path;
  if (run.run_id.empty())
    throw Error(Error::Code::kInvalidArgument, fmt::format("catalog '{}': cannot persist a run without a run_id", path));
  if (impl_->read_only)
    throw Error(Error::Code::kIO, fmt::format("catalog '{}' is read-only (opened read-only or not writable): run {} "
                                              "was not persisted",
                                              path, run.run_id));
  const CatalogData& data = *impl_->data;
  const Decision& d = run.api1.stage4_decision;
  const bool centroid = d.chosen_role && !d.is_new_role;
  if (centroid && !data.role_by_id(d.chosen_role->role_id))
    throw Error(Error::Code::kInvalidArgument,
                fmt::format("catalog '{}': run {} chose role id {}, which this catalog does not hold", path, run.run_id,
                            d.chosen_role->role_id));

  std::lock_guard lock(impl_->write_mutex);
  Db& db = *impl_->write;
  Transaction tx(db, Transaction::Kind::kImmediate, fmt::format("persisting run {}", run.run_id));
  {
    auto q = db.query("SELECT receipt FROM run_log WHERE run_id = ?1");
    q.bind(1, run.run_id);
    if (q.step()) {
      PersistReceipt again = parse_receipt(path, q.text(0));
      again.applied = false;
      return again;  // the read-only transaction rolls back
    }
  }
  PersistReceipt receipt;
  receipt.applied = true;

  if (centroid) {
    const int64_t role_id = d.chosen_role->role_id;
    std::vector<float> c;
    int64_t n = 0;
    {
      // Read inside the write transaction: another process may have moved it since our snapshot.
      auto q = db.query("SELECT n, vector FROM centroids WHERE role_id = ?1");
      q.bind(1, role_id);
      if (q.step()) {
        n = q.i64(0);
        c = floats_of(q.blob(1));
      }
    }
    const auto& x = run.jd_embedding;
    if (!x.empty()) {
      if (c.size() != x.size()) c.assign(x.size(), 0.0f);
      // Running mean: c += (x - c) / (n + 1), as InMemoryCatalog does.
      float w = 1.0f / static_cast<float>(n + 1);
      for (size_t i = 0; i < x.size(); ++i) c[i] += (x[i] - c[i]) * w;
    }
    receipt.centroid_n_after = ++n;
    auto q = db.query(
        "INSERT INTO centroids(role_id, n, vector, updated_at) VALUES (?1, ?2, ?3, " JDP_NOW ") "
        "ON CONFLICT(role_id) DO UPDATE SET n = excluded.n, vector = excluded.vector, updated_at = excluded.updated_at");
    q.bind(1, role_id).bind(2, n).bind_blob(3, c.data(), c.size() * sizeof(float)).run();
  }

  if (d.alias_collision_detected) {
    std::vector<std::string> slugs;
    for (const auto& r : run.api1.stage3_signals.alias_match_roles) slugs.push_back(r.slug);
    auto q = db.query(
        "INSERT INTO collision_log(run_id, chosen_role_id, candidates, logged_at) VALUES (?1, ?2, ?3, " JDP_NOW ")");
    q.bind(1, run.run_id);
    if (d.chosen_role) q.bind(2, d.chosen_role->role_id);
    else q.bind_null(2);
    q.bind(3, json::Value(slugs).dump()).run();
    receipt.collision_log_id = db.last_insert_rowid();
  }

  if (d.is_new_role && d.queued) {
    auto q = db.query(
        "INSERT INTO review_queue(slug, display_name, role_archetype, kras, run_id, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, " JDP_NOW ")");
    q.bind(1, d.new_role_slug.value_or("")).bind(2, d.new_role_display_name.value_or(""));
    q.bind(3, run.api1.jd_role.role_archetype).bind(4, json::Value(d.new_role_kras).dump()).bind(5, run.run_id).run();
    receipt.queue_entry_id = db.last_insert_rowid();
  }

  for (const PersistenceItem& item : run.api3.items) {
    // A link the catalog (or an earlier run) already holds is not new; WHERE NOT EXISTS keeps
    // the pair unique without a UNIQUE constraint that a bundle's repeated link would break.
    if (item.skill_dimension_linked) {
      auto q = db.query(
          "INSERT INTO skill_dimensions(skill_id, ordinal, dimension_id, origin, run_id) "
          "SELECT ?1, COALESCE((SELECT max(ordinal) + 1 FROM skill_dimensions WHERE skill_id = ?1), 0), ?2, 1, ?3 "
          "WHERE NOT EXISTS (SELECT 1 FROM skill_dimensions WHERE skill_id = ?1 AND dimension_id = ?2) "
          "AND EXISTS (SELECT 1 FROM skills WHERE id = ?1) AND EXISTS (SELECT 1 FROM dimensions WHERE id = ?2)");
      q.bind(1, item.skill_id).bind(2, item.dimension.id).bind(3, run.run_id).run();
      receipt.skill_dimension_linked += db.changes();
    }
    if (item.role_dimension_linked && item.chosen_role_id) {
      auto q = db.query(
          "INSERT INTO role_dimensions(role_id, ordinal, dimension_id, origin, run_id) "
          "SELECT ?1, COALESCE((SELECT max(ordinal) + 1 FROM role_dimensions WHERE role_id = ?1), 0), ?2, 1, ?3 "
          "WHERE NOT EXISTS (SELECT 1 FROM role_dimensions WHERE role_id = ?1 AND dimension_id = ?2) "
          "AND EXISTS (SELECT 1 FROM roles WHERE id = ?1) AND EXISTS (SELECT 1 FROM dimensions WHERE id = ?2)");
      q.bind(1, *item.chosen_role_id).bind(2, item.dimension.id).bind(3, run.run_id).run();
      receipt.role_dimension_linked += db.changes();
    }
  }

  for (const AliasMatch& m : run.api2.alias_matches) {
    if (m.matched_via == "alias" || !m.matched_canonical) continue;
    if (!data.skill_by_id(m.matched_canonical->id))
      throw Error(Error::Code::kInvalidArgument,
                  fmt::format("catalog '{}': run {} matched skill id {}, which this catalog does not hold", path,
                              run.run_id, m.matched_canonical->id));
    auto q = db.query(
        "INSERT INTO alias_suggestions(skill_id, alias_text, seen) VALUES (?1, ?2, 1) "
        "ON CONFLICT(skill_id, alias_text) DO UPDATE SET seen = seen + 1 RETURNING seen");
    q.bind(1, m.matched_canonical->id).bind(2, m.input_term);
    if (q.step() && q.i64(0) == 1) ++receipt.aliases_suggested;
    q.run();
  }

  {
    auto q = db.query("INSERT INTO run_log(run_id, applied_at, receipt) VALUES (?1, " JDP_NOW ", ?2)");
    q.bind(1, run.run_id).bind(2, receipt_json(receipt)).run();
  }
  tx.commit();
  return receipt;
}

}  // namespace jdpipe
