// The catalog schema as an ordered list of migration steps; PRAGMA user_version holds how many
// have been applied. Append new steps, never edit an applied one.
#include "catalog/sqlite_schema.hpp"

#include <fmt/format.h>

#include <array>

#include "jdpipe/error.hpp"

namespace jdpipe::sqlite {

namespace {

// Records keep their source order through `ordinal`, so a bundle round-trips record for record.
// Link tables are keyed by (owner, ordinal) rather than by the pair, because a bundle may list
// a link twice and must come back the same; the (owner, target) indices serve the lookups.
// origin: 0 for the catalog's own links, 1 for links the learning loop added (run_id says which).
constexpr const char* kMigration1 = R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE dimensions (
  id              INTEGER PRIMARY KEY,
  ordinal         INTEGER NOT NULL,
  slug            TEXT NOT NULL UNIQUE,
  display_name    TEXT NOT NULL,
  difficulty_hint TEXT NOT NULL DEFAULT '',
  rationale       TEXT NOT NULL DEFAULT '',
  source          TEXT NOT NULL DEFAULT 'db'
);
CREATE INDEX dimensions_ordinal ON dimensions(ordinal);

CREATE TABLE skills (
  id               INTEGER PRIMARY KEY,
  ordinal          INTEGER NOT NULL,
  slug             TEXT NOT NULL UNIQUE,
  display_name     TEXT NOT NULL,
  category         TEXT NOT NULL DEFAULT '',
  sub_category     TEXT NOT NULL DEFAULT '',
  skill_nature     TEXT NOT NULL DEFAULT 'CONCEPT',
  volatility       TEXT NOT NULL DEFAULT 'STABLE',
  typical_lifespan TEXT NOT NULL DEFAULT 'LONG',
  is_extractable   INTEGER NOT NULL DEFAULT 1,
  is_also_category INTEGER NOT NULL DEFAULT 0,
  ai_related       INTEGER NOT NULL DEFAULT 0,
  external_id      TEXT
);
CREATE INDEX skills_ordinal ON skills(ordinal);
CREATE INDEX skills_external_id ON skills(external_id) WHERE external_id IS NOT NULL;

CREATE TABLE skill_aliases (
  skill_id       INTEGER NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
  ordinal        INTEGER NOT NULL,
  id             INTEGER NOT NULL,
  alias_text     TEXT NOT NULL,
  alias_type     TEXT NOT NULL DEFAULT 'SYNONYM',
  match_strategy TEXT NOT NULL DEFAULT 'CASE_INSENSITIVE',
  is_primary     INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (skill_id, ordinal)
);
CREATE INDEX skill_aliases_text ON skill_aliases(alias_text COLLATE NOCASE);
CREATE INDEX skill_aliases_id ON skill_aliases(id);

CREATE TABLE roles (
  id             INTEGER PRIMARY KEY,
  ordinal        INTEGER NOT NULL,
  slug           TEXT NOT NULL UNIQUE,
  display_name   TEXT NOT NULL,
  role_archetype TEXT NOT NULL DEFAULT '',
  rationale      TEXT NOT NULL DEFAULT '',
  external_id    TEXT,
  source         TEXT NOT NULL DEFAULT 'db'
);
CREATE INDEX roles_ordinal ON roles(ordinal);
CREATE INDEX roles_external_id ON roles(external_id) WHERE external_id IS NOT NULL;

CREATE TABLE role_aliases (
  role_id    INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,
  alias_text TEXT NOT NULL,
  PRIMARY KEY (role_id, ordinal)
);
CREATE INDEX role_aliases_text ON role_aliases(alias_text COLLATE NOCASE);

CREATE TABLE kras (
  id      INTEGER PRIMARY KEY,
  role_id INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  text    TEXT NOT NULL,
  UNIQUE (role_id, ordinal)
);

CREATE TABLE role_skills (
  role_id  INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
  ordinal  INTEGER NOT NULL,
  skill_id INTEGER NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
  PRIMARY KEY (role_id, ordinal)
);
CREATE INDEX role_skills_skill ON role_skills(skill_id, role_id);
CREATE INDEX role_skills_pair ON role_skills(role_id, skill_id);

CREATE TABLE role_dimensions (
  role_id      INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
  ordinal      INTEGER NOT NULL,
  dimension_id INTEGER NOT NULL REFERENCES dimensions(id) ON DELETE CASCADE,
  origin       INTEGER NOT NULL DEFAULT 0,
  run_id       TEXT,
  PRIMARY KEY (role_id, ordinal)
);
CREATE INDEX role_dimensions_dimension ON role_dimensions(dimension_id, role_id);
CREATE INDEX role_dimensions_pair ON role_dimensions(role_id, dimension_id);

CREATE TABLE skill_dimensions (
  skill_id     INTEGER NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
  ordinal      INTEGER NOT NULL,
  dimension_id INTEGER NOT NULL REFERENCES dimensions(id) ON DELETE CASCADE,
  origin       INTEGER NOT NULL DEFAULT 0,
  run_id       TEXT,
  PRIMARY KEY (skill_id, ordinal)
);
CREATE INDEX skill_dimensions_dimension ON skill_dimensions(dimension_id, skill_id);
CREATE INDEX skill_dimensions_pair ON skill_dimensions(skill_id, dimension_id);

-- Learning state.
CREATE TABLE centroids (
  role_id    INTEGER PRIMARY KEY REFERENCES roles(id) ON DELETE CASCADE,
  n          INTEGER NOT NULL,
  vector     BLOB NOT NULL,          -- float32, native byte order
  updated_at TEXT NOT NULL
);

CREATE TABLE collision_log (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id         TEXT NOT NULL,
  chosen_role_id INTEGER,
  candidates     TEXT NOT NULL,      -- JSON array of the colliding roles' slugs
  logged_at      TEXT NOT NULL
);
CREATE INDEX collision_log_run ON collision_log(run_id);

CREATE TABLE review_queue (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  slug           TEXT NOT NULL,
  display_name   TEXT NOT NULL,
  role_archetype TEXT NOT NULL DEFAULT '',
  kras           TEXT NOT NULL,      -- JSON array of strings
  run_id         TEXT NOT NULL,
  status         TEXT NOT NULL DEFAULT 'pending',
  created_at     TEXT NOT NULL
);
CREATE INDEX review_queue_slug ON review_queue(slug);
CREATE INDEX review_queue_run ON review_queue(run_id);

CREATE TABLE alias_suggestions (
  id         INTEGER PRIMARY KEY,
  skill_id   INTEGER NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
  alias_text TEXT NOT NULL,
  seen       INTEGER NOT NULL DEFAULT 1,
  UNIQUE (skill_id, alias_text)
);

CREATE TABLE run_log (
  id         INTEGER PRIMARY KEY,
  run_id     TEXT NOT NULL UNIQUE,
  applied_at TEXT NOT NULL,
  receipt    TEXT NOT NULL           -- JSON of the PersistReceipt
);

CREATE TABLE kra_embeddings (
  embedder_name   TEXT NOT NULL,
  dim             INTEGER NOT NULL,
  rows            INTEGER NOT NULL,
  kra_fingerprint TEXT NOT NULL,     -- hash of the KRA texts the rows were computed from
  vectors         BLOB NOT NULL,     -- rows x dim float32, row-major, native byte order
  created_at      TEXT NOT NULL,
  PRIMARY KEY (embedder_name, dim)
);
)sql";

// KRAs carry ai_related (Role::ai_related_kras). NULL, as in rows written before this step,
// means "not said": the loader then asks the AI lexicon, as the bundle loader does.
constexpr const char* kMigration2 = R"sql(
ALTER TABLE kras ADD COLUMN ai_related INTEGER;
)sql";

constexpr std::array<const char*, 2> kMigrations = {kMigration1, kMigration2};

int pragma_int(Db& db, const char* sql, std::string_view doing) {
  auto q = db.query(sql);
  if (!q.step()) db.fail(SQLITE_CORRUPT, doing);
  return static_cast<int>(q.i64(0));
}

}  // namespace

int latest_schema_version() { return static_cast<int>(kMigrations.size()); }

void check_and_migrate(Db& db, bool read_only) {
  const std::string& path = db.path();
  const int latest = latest_schema_version();
  // The first read of the file: a file that is not SQLite fails here with SQLITE_NOTADB.
  int version = pragma_int(db, "PRAGMA user_version", "reading the schema version");
  int app_id = pragma_int(db, "PRAGMA application_id", "reading the application id");

  auto check = [&](int v, int app) {
    if (app != 0 && app != kApplicationId)
      throw Error(Error::Code::kParse,
                  fmt::format("catalog '{}' is a SQLite database of another application (application_id {:#x})", path,
                              static_cast<uint32_t>(app)));
    if (v > 0 && app != kApplicationId)
      throw Error(Error::Code::kParse,
                  fmt::format("catalog '{}' is a SQLite database but not a jdpipe catalog (user_version {}, no jdpipe "
                              "application_id)",
                              path, v));
    if (v > latest)
      throw Error(Error::Code::kParse,
                  fmt::format("catalog '{}' has schema version {}, newer than this build of jdpipe reads (up to {}); "
                              "upgrade jdpipe",
                              path, v, latest));
    if (v == 0) {
      int tables = pragma_int(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'", "listing tables");
      if (tables > 0)
        throw Error(Error::Code::kParse,
                    fmt::format("catalog '{}' is a SQLite database with {} tables but not a jdpipe catalog", path,
                                tables));
    }
  };
  check(version, app_id);
  if (!read_only) {
    // WAL lets readers go on while one writer commits; NORMAL sync is durable across process
    // crashes in WAL mode (a power loss may drop the last commits, never corrupt the file).
    auto q = db.query("PRAGMA journal_mode = WAL");
    q.run();
  }
  if (version == latest) return;
  if (read_only)
    throw Error(Error::Code::kParse,
                fmt::format("catalog '{}' has schema version {} and this build needs {}; it is opened read-only, so it "
                            "cannot be migrated (open it once writable)",
                            path, version, latest));

  Transaction tx(db, Transaction::Kind::kImmediate, "migrating the schema");
  // Another process may have migrated between the first look and the lock.
  version = pragma_int(db, "PRAGMA user_version", "reading the schema version");
  app_id = pragma_int(db, "PRAGMA application_id", "reading the application id");
  check(version, app_id);
  for (int step = version; step < latest; ++step)
    db.exec(kMigrations[static_cast<size_t>(step)], fmt::format("applying schema migration {}", step + 1));
  // PRAGMAs take no parameters; both values are this build's constants, not input.
  db.exec(fmt::format("PRAGMA application_id = {}", kApplicationId).c_str(), "setting the application id");
  db.exec(fmt::format("PRAGMA user_version = {}", latest).c_str(), "setting the schema version");
  tx.commit();
}

}  // namespace jdpipe::sqlite
