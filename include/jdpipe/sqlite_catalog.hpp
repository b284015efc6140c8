#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "jdpipe/catalog.hpp"

namespace jdpipe {

struct SqliteOptions {
  /// Opens with SQLITE_OPEN_READONLY: snapshot() and the learning state can be read, persist()
  /// throws. A file the process may not write is also treated as read-only.
  bool read_only = false;
  /// How long a writer waits for another connection's write transaction before giving up.
  int busy_timeout_ms = 5000;
  /// open(): create an empty catalog when the file does not exist.
  bool create_if_missing = false;
  /// create(): replace the records and learning state of an existing non-empty catalog.
  bool overwrite = false;
  /// Links the learning loop added (skill-dimension, role-dimension) are kept apart from the
  /// catalog's own links; with this they are appended to the snapshot's records on open.
  bool load_learned_links = false;
};

/// A new-role proposal waiting for review (stage 4 case C).
struct ReviewEntry {
  int64_t id = 0;
  std::string slug;
  std::string display_name;
  std::vector<std::string> kras;
  std::string run_id;
  std::string created_at;  // ISO 8601, UTC
};

/// The persistent catalog: records, learning state and the KRA embedding cache in one SQLite
/// file (WAL journal, foreign keys on, schema versioned by PRAGMA user_version).
///
/// Several processes may persist into one file: each run is one BEGIN IMMEDIATE transaction
/// that waits up to busy_timeout_ms for other writers, and the run log's unique run_id makes
/// a run apply at most once.
///
/// Threads: snapshot() is loaded once at open and needs no lock. The object holds two
/// connections, each used under its own mutex: one for writes (persist, cache_kra_embeddings),
/// one for reads (centroid_n, learning_state, review_queue, cached_kra_embeddings), so reads
/// are not held up by a persist that waits for another process's lock. Every method is safe to
/// call from many threads.
class SqliteCatalog : public Catalog {
 public:
  /// The schema version this build writes (the number of migrations it knows).
  static int schema_version();

  /// Opens a catalog file, migrating an older schema forward (in one transaction). Throws
  /// jdpipe::Error naming the path and SQLite's message when the file is missing (kNotFound),
  /// not a database or corrupt (kParse), from a newer build (kParse), or locked past the
  /// busy timeout (kIO).
  static std::shared_ptr<SqliteCatalog> open(const std::string& path, const SqliteOptions& options = {});

  /// Writes `data` (finalised first: ids assigned, references checked) into `path` in one
  /// transaction, creating the file when missing, and opens it. Refuses an existing catalog
  /// that holds records unless options.overwrite, which replaces its records and learning state.
  static std::shared_ptr<SqliteCatalog> create(const std::string& path, const CatalogData& data,
                                               const SqliteOptions& options = {});

  ~SqliteCatalog() override;
  SqliteCatalog(const SqliteCatalog&) = delete;
  SqliteCatalog& operator=(const SqliteCatalog&) = delete;

  std::shared_ptr<const CatalogData> snapshot() const override;
  int64_t centroid_n(int64_t role_id) const override;
  /// One transaction; a run_id applied before returns the stored receipt with applied=false.
  /// Throws jdpipe::Error (kIO) when the catalog is read-only or locked past the timeout.
  PersistReceipt persist(const Run& run) override;
  LearningState learning_state() const;
  std::vector<ReviewEntry> review_queue() const;
  /// Runs applied to this file so far (rows of the run log).
  int64_t runs_applied() const;

  /// Kept in the file by (embedder name, dim) and checked against the snapshot's KRAs (count
  /// and texts); a mismatch reads as no cache. Writing the cache is best effort: on a read-only
  /// or busy file the rows are kept in memory only.
  std::shared_ptr<const Matrix> cached_kra_embeddings(const std::string& embedder_name, int dim) const override;
  void cache_kra_embeddings(const std::string& embedder_name, int dim, std::shared_ptr<const Matrix> rows) override;

  const std::string& path() const;
  bool read_only() const;

 private:
  struct Impl;
  explicit SqliteCatalog(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace jdpipe
