// CachingProvider: answers kept in SQLite, keyed by the SHA-256 of the canonical request.
#include <fmt/format.h>
#include <sqlite3.h>

#include <atomic>
#include <mutex>

#include "jdpipe/error.hpp"
#include "jdpipe/llm.hpp"
#include "llm/sha256.hpp"
#include "util/json.hpp"

namespace jdpipe {

CacheMode parse_cache_mode(std::string_view text) {
  if (text == "read-write" || text == "readwrite" || text == "rw") return CacheMode::kReadWrite;
  if (text == "record") return CacheMode::kRecord;
  if (text == "replay") return CacheMode::kReplay;
  throw Error(Error::Code::kInvalidArgument,
              fmt::format("unknown cache mode '{}' (expected read-write, record or replay)", text));
}

namespace {

constexpr const char* kCreate = R"sql(
CREATE TABLE IF NOT EXISTS llm_cache (
  key TEXT PRIMARY KEY,
  task TEXT NOT NULL,
  model TEXT NOT NULL,
  request_json TEXT NOT NULL,
  response_text TEXT NOT NULL,
  response_model TEXT NOT NULL,
  prompt_tokens INTEGER NOT NULL,
  completion_tokens INTEGER NOT NULL,
  cost_usd REAL NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);)sql";

constexpr const char* kSelect =
    "SELECT response_text, response_model, prompt_tokens, completion_tokens, cost_usd FROM llm_cache WHERE key = ?1";
constexpr const char* kUpsert =
    "INSERT OR REPLACE INTO llm_cache (key, task, model, request_json, response_text, response_model, prompt_tokens, "
    "completion_tokens, cost_usd) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

std::string column_text(sqlite3_stmt* st, int i) {
  const unsigned char* p = sqlite3_column_text(st, i);
  int n = sqlite3_column_bytes(st, i);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(n)) : std::string();
}

}  // namespace

struct CachingProvider::Impl {
  std::shared_ptr<LLMProvider> inner;
  CacheOptions opt;
  std::string model;
  sqlite3* db = nullptr;
  sqlite3_stmt* select = nullptr;
  sqlite3_stmt* upsert = nullptr;
  std::mutex mu;  // guards the connection and its statements
  std::atomic<int64_t> hits{0}, misses{0}, stores{0};

  ~Impl() {
    sqlite3_finalize(select);
    sqlite3_finalize(upsert);
    if (db) sqlite3_close(db);
  }

  [[noreturn]] void fail(const std::string& what) const {
    throw Error(Error::Code::kIO,
                fmt::format("llm cache '{}': {}: {}", opt.path, what, db ? sqlite3_errmsg(db) : "cannot open"));
  }

  void open() {
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (opt.mode != CacheMode::kReplay) flags |= SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(opt.path.c_str(), &db, flags, nullptr) != SQLITE_OK) fail("open");
    sqlite3_busy_timeout(db, opt.busy_timeout_ms);
    char* err = nullptr;
    if (sqlite3_exec(db, "PRAGMA journal_mode=WAL;", nullptr, nullptr, &err) != SQLITE_OK) {
      sqlite3_free(err);
      fail("PRAGMA journal_mode=WAL");
    }
    if (sqlite3_exec(db, kCreate, nullptr, nullptr, &err) != SQLITE_OK) {
      sqlite3_free(err);
      fail("create table");
    }
    if (sqlite3_prepare_v2(db, kSelect, -1, &select, nullptr) != SQLITE_OK) fail("prepare select");
    if (sqlite3_prepare_v2(db, kUpsert, -1, &upsert, nullptr) != SQLITE_OK) fail("prepare insert");
  }

  std::optional<ChatResponse> lookup(const std::string& key) {
    std::lock_guard lock(mu);
    sqlite3_reset(select);
    sqlite3_clear_bindings(select);
    sqlite3_bind_text(select, 1, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
    int rc = sqlite3_step(select);
    if (rc == SQLITE_DONE) {
      sqlite3_reset(select);
      return std::nullopt;
    }
    if (rc != SQLITE_ROW) {
      sqlite3_reset(select);
      fail("lookup");
    }
    ChatResponse r;
    r.text = column_text(select, 0);
    r.model = column_text(select, 1);
    r.prompt_tokens = sqlite3_column_int(select, 2);
    r.completion_tokens = sqlite3_column_int(select, 3);
    r.original_cost_usd = sqlite3_column_double(select, 4);
    r.cost_usd = 0.0;
    r.cached = true;
    sqlite3_reset(select);
    return r;
  }

  void store(const std::string& key, const ChatRequest& req, const std::string& request_json, const ChatResponse& r) {
    std::lock_guard lock(mu);
    sqlite3_reset(upsert);
    sqlite3_clear_bindings(upsert);
    auto bind = [&](int i, const std::string& s) {
      sqlite3_bind_text(upsert, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    };
    bind(1, key);
    bind(2, req.task);
    bind(3, model);
    bind(4, request_json);
    bind(5, r.text);
    bind(6, r.model);
    sqlite3_bind_int(upsert, 7, r.prompt_tokens);
    sqlite3_bind_int(upsert, 8, r.completion_tokens);
    sqlite3_bind_double(upsert, 9, r.cached ? r.original_cost_usd : r.cost_usd);
    int rc = sqlite3_step(upsert);
    sqlite3_reset(upsert);
    if (rc != SQLITE_DONE) fail("store");
    ++stores;
  }
};

CachingProvider::CachingProvider(std::shared_ptr<LLMProvider> inner, CacheOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->inner = std::move(inner);
  impl_->opt = std::move(options);
  if (!impl_->inner && impl_->opt.mode != CacheMode::kReplay)
    throw Error(Error::Code::kInvalidArgument, "CachingProvider needs an inner provider unless it replays");
  impl_->model = !impl_->opt.model.empty() ? impl_->opt.model : impl_->inner ? impl_->inner->name() : std::string();
  if (impl_->model.empty())
    throw Error(Error::Code::kInvalidArgument, "CachingProvider in replay mode without a provider needs CacheOptions.model");
  if (impl_->opt.path.empty()) throw Error(Error::Code::kInvalidArgument, "CacheOptions.path is empty");
  impl_->open();
}

CachingProvider::~CachingProvider() = default;

std::string CachingProvider::name() const { return impl_->inner ? impl_->inner->name() : impl_->model; }

std::string CachingProvider::canonical_request_json(std::string_view model, const ChatRequest& request) {
  json::Array messages;
  for (const auto& m : request.messages) messages.emplace_back(json::Object{{"role", m.role}, {"content", m.content}});
  json::Object o{{"v", 1},
                 {"model", model},
                 {"schema_name", request.schema_name},
                 {"schema", request.json_schema},
                 {"temperature", request.temperature},
                 {"messages", std::move(messages)}};
  return json::Value(std::move(o)).dump();
}

std::string CachingProvider::key_of(std::string_view model, const ChatRequest& request) {
  return llm::sha256_hex(canonical_request_json(model, request));
}

ChatResponse CachingProvider::chat(const ChatRequest& request) {
  Impl& im = *impl_;
  std::string request_json = canonical_request_json(im.model, request);
  std::string key = llm::sha256_hex(request_json);
  if (im.opt.mode != CacheMode::kRecord) {
    if (auto hit = im.lookup(key)) {
      ++im.hits;
      return *hit;
    }
  }
  ++im.misses;
  if (im.opt.mode == CacheMode::kReplay)
    throw Error(Error::Code::kNotFound, fmt::format("llm cache replay miss for task '{}' (model {}, key {})",
                                                    request.task, im.model, key.substr(0, 16)));
  ChatResponse r = im.inner->chat(request);
  im.store(key, request, request_json, r);
  return r;
}

CachingProvider::Stats CachingProvider::stats() const {
  return {impl_->hits.load(), impl_->misses.load(), impl_->stores.load()};
}

}  // namespace jdpipe
