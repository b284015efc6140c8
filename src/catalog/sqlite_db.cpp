#include "catalog/sqlite_db.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "jdpipe/error.hpp"

namespace jdpipe::sqlite {

void throw_error(const std::string& path, int rc, std::string_view message, std::string_view doing,
                 int busy_timeout_ms) {
  std::string msg(message.empty() ? std::string_view(sqlite3_errstr(rc)) : message);
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      throw Error(Error::Code::kIO,
                  fmt::format("catalog '{}' is locked by another writer: still busy after {} ms while {} ({})", path,
                              busy_timeout_ms, doing, msg));
    case SQLITE_READONLY:
      throw Error(Error::Code::kIO, fmt::format("catalog '{}' is read-only: cannot {} ({})", path, doing, msg));
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      throw Error(Error::Code::kParse,
                  fmt::format("catalog '{}' is not a SQLite database or is corrupt, while {} ({})", path, doing, msg));
    case SQLITE_CANTOPEN:
      throw Error(Error::Code::kNotFound, fmt::format("cannot open catalog '{}' ({})", path, msg));
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_PERM:
      throw Error(Error::Code::kIO, fmt::format("catalog '{}': I/O error while {} ({})", path, doing, msg));
    case SQLITE_CONSTRAINT:
      throw Error(Error::Code::kInvalidArgument,
                  fmt::format("catalog '{}': constraint failed while {} ({})", path, doing, msg));
    default:
      throw Error(Error::Code::kIO, fmt::format("catalog '{}': failed while {} ({})", path, doing, msg));
  }
}

// --- Query ---------------------------------------------------------------------------------

Query::~Query() {
  sqlite3_reset(raw());
  sqlite3_clear_bindings(raw());
}

namespace {
void check_bind(Stmt& s, int rc) {
  if (rc != SQLITE_OK) s.db().fail(rc, "binding a parameter");
}
}  // namespace

Query& Query::bind(int i, int64_t v) {
  check_bind(*stmt_, sqlite3_bind_int64(raw(), i, v));
  return *this;
}
Query& Query::bind(int i, std::string_view v) {
  check_bind(*stmt_, sqlite3_bind_text64(raw(), i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
  return *this;
}
Query& Query::bind(int i, const std::optional<std::string>& v) { return v ? bind(i, std::string_view(*v)) : bind_null(i); }
Query& Query::bind(int i, const std::optional<int64_t>& v) { return v ? bind(i, *v) : bind_null(i); }
Query& Query::bind_blob(int i, const void* data, size_t bytes) {
  // A zero-length blob must still be a blob, not NULL.
  check_bind(*stmt_, bytes ? sqlite3_bind_blob64(raw(), i, data, bytes, SQLITE_TRANSIENT) : sqlite3_bind_zeroblob(raw(), i, 0));
  return *this;
}
Query& Query::bind_null(int i) {
  check_bind(*stmt_, sqlite3_bind_null(raw(), i));
  return *this;
}

bool Query::step() {
  int rc = sqlite3_step(raw());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  const char* sql = sqlite3_sql(raw());
  std::string_view head = sql ? std::string_view(sql).substr(0, 60) : std::string_view("?");
  stmt_->db().fail(rc, fmt::format("running '{}'", head));
}

void Query::run() {
  while (step()) {
  }
}

std::string Query::text(int col) const {
  auto p = reinterpret_cast<const char*>(sqlite3_column_text(raw(), col));
  return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(raw(), col))) : std::string();
}

std::optional<std::string> Query::optional_text(int col) const {
  if (is_null(col)) return std::nullopt;
  return text(col);
}

std::string_view Query::blob(int col) const {
  auto p = static_cast<const char*>(sqlite3_column_blob(raw(), col));
  return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(raw(), col))) : std::string_view();
}

// --- Db --------------------------------------------------------------------------------------

Db::Db(std::string path, int flags, int busy_timeout_ms) : path_(std::move(path)), busy_timeout_ms_(busy_timeout_ms) {
  int rc = sqlite3_open_v2(path_.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close_v2(db_);
    db_ = nullptr;
    throw_error(path_, rc, msg, "opening", busy_timeout_ms_);
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, busy_timeout_ms_ > 0 ? busy_timeout_ms_ : 0);
}

Db::~Db() {
  cache_.clear();  // statements first: close refuses a connection with live statements
  sqlite3_close_v2(db_);
}

Query Db::query(const char* sql) {
  auto it = cache_.find(std::string_view(sql));
  if (it == cache_.end()) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) fail(rc, fmt::format("preparing '{}'", std::string_view(sql).substr(0, 60)));
    it = cache_.emplace(sql, std::make_unique<Stmt>(*this, stmt)).first;
  }
  return Query(*it->second);
}

void Db::exec(const char* sql, std::string_view doing) {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errmsg(db_);
    sqlite3_free(err);
    throw_error(path_, rc, msg, doing, busy_timeout_ms_);
  }
}

void Db::fail(int rc, std::string_view doing) const {
  throw_error(path_, rc, sqlite3_errmsg(db_), doing, busy_timeout_ms_);
}

// --- Transaction -----------------------------------------------------------------------------

Transaction::Transaction(Db& db, Kind kind, std::string_view doing) : db_(db), doing_(doing) {
  if (kind == Kind::kDeferred) {
    db_.exec("BEGIN", doing_);
    open_ = true;
    return;
  }
  // The busy handler already waits inside BEGIN IMMEDIATE; SQLite skips it in a few cases
  // (for instance while another connection recovers the WAL), so retry until the deadline.
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + std::chrono::milliseconds(std::max(0, db_.busy_timeout_ms()));
  for (;;) {
    int rc = sqlite3_exec(db_.raw(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) break;
    int primary = rc & 0xff;
    if ((primary == SQLITE_BUSY || primary == SQLITE_LOCKED) && Clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
      continue;
    }
    db_.fail(rc, fmt::format("starting a write transaction for {}", doing_));
  }
  open_ = true;
}

Transaction::~Transaction() {
  if (open_ && !sqlite3_get_autocommit(db_.raw())) sqlite3_exec(db_.raw(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  db_.exec("COMMIT", fmt::format("committing {}", doing_));
  open_ = false;
}

}  // namespace jdpipe::sqlite
