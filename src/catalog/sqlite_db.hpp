#pragma once

// A thin RAII layer over the SQLite C API for the catalog store: cached prepared statements,
// bound parameters only, transactions that roll back unless committed, and errors that name the
// catalog file and carry SQLite's own message.
#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace jdpipe::sqlite {

class Db;

/// A prepared statement owned by a Db's cache. Use through Query, which resets it when done so
/// that a finished SELECT never keeps a read transaction open.
class Stmt {
 public:
  Stmt(Db& db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  sqlite3_stmt* raw() const { return stmt_; }
  Db& db() const { return db_; }

 private:
  Db& db_;
  sqlite3_stmt* stmt_;
};

/// One use of a cached statement: bind, step, read columns; reset and unbound on destruction.
class Query {
 public:
  explicit Query(Stmt& stmt) : stmt_(&stmt) {}
  ~Query();
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;

  Query& bind(int i, int64_t v);
  Query& bind(int i, int v) { return bind(i, static_cast<int64_t>(v)); }
  Query& bind(int i, bool v) { return bind(i, static_cast<int64_t>(v ? 1 : 0)); }
  Query& bind(int i, std::string_view v);
  Query& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
  Query& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
  Query& bind(int i, const std::optional<std::string>& v);
  Query& bind(int i, const std::optional<int64_t>& v);
  Query& bind_blob(int i, const void* data, size_t bytes);
  Query& bind_null(int i);

  /// true with a row to read, false when done; throws jdpipe::Error on failure.
  bool step();
  /// Steps to the end (for statements that return no rows or whose rows are not needed).
  void run();

  int64_t i64(int col) const { return sqlite3_column_int64(raw(), col); }
  bool boolean(int col) const { return sqlite3_column_int64(raw(), col) != 0; }
  bool is_null(int col) const { return sqlite3_column_type(raw(), col) == SQLITE_NULL; }
  std::string text(int col) const;
  std::optional<std::string> optional_text(int col) const;
  std::string_view blob(int col) const;

 private:
  sqlite3_stmt* raw() const { return stmt_->raw(); }
  Stmt* stmt_;
};

class Db {
 public:
  /// Opens `path` with sqlite3_open_v2 `flags`; throws jdpipe::Error naming the path.
  Db(std::string path, int flags, int busy_timeout_ms);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  sqlite3* raw() const { return db_; }
  const std::string& path() const { return path_; }
  int busy_timeout_ms() const { return busy_timeout_ms_; }
  /// True when SQLite opened the file read-only (asked for, or the file is not writable).
  bool read_only() const { return sqlite3_db_readonly(db_, "main") == 1; }

  /// A cached prepared statement for `sql` (which must hold no literal values).
  Query query(const char* sql);
  /// Runs SQL without parameters (DDL, pragmas, transaction control).
  void exec(const char* sql, std::string_view doing);
  int64_t last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }
  int changes() const { return sqlite3_changes(db_); }

  /// Throws the jdpipe::Error for SQLite result `rc` while `doing` something.
  [[noreturn]] void fail(int rc, std::string_view doing) const;

 private:
  std::string path_;
  int busy_timeout_ms_;
  sqlite3* db_ = nullptr;
  // Looked up by the SQL text without building a std::string per call (bulk inserts call this
  // once a row).
  struct TextHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::unique_ptr<Stmt>, TextHash, std::equal_to<>> cache_;
};

/// Builds the error for SQLite result `rc` with `message` on catalog `path`.
[[noreturn]] void throw_error(const std::string& path, int rc, std::string_view message, std::string_view doing,
                              int busy_timeout_ms);

/// A transaction that rolls back unless commit() ran. An immediate one takes the write lock at
/// once, waiting (busy handler, then retries) up to the connection's busy timeout.
class Transaction {
 public:
  enum class Kind { kDeferred, kImmediate };
  Transaction(Db& db, Kind kind, std::string_view doing);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Db& db_;
  std::string doing_;
  bool open_ = false;
};

}  // namespace jdpipe::sqlite
