#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jdpipe {

struct ChatMessage {
  std::string role;  // "system", "user" or "assistant"
  std::string content;
};

struct ChatRequest {
  std::string task;  // which pipeline task asks (e.g. "adjudicate_role"), for logs and caches
  std::vector<ChatMessage> messages;
  std::string schema_name;
  std::string json_schema;  // the JSON schema the answer must follow
  double temperature = 0.0;
};

struct ChatResponse {
  std::string text;  // the answer, expected to be JSON following the request's schema
  std::string model;
  int prompt_tokens = 0;
  int completion_tokens = 0;
  double cost_usd = 0.0;  // 0 when the provider does not know its prices, and for a cached answer
  // Added fields (members after the first five, so `{text, model, in, out, cost}` still works).
  bool cached = false;             // served from a CachingProvider's store
  double original_cost_usd = 0.0;  // what the answer cost when it was first obtained
  int attempts = 0;                // HTTP attempts made for this answer (0: not over HTTP)
  bool json_object_fallback = false;  // the server refused json_schema; json_object was used
};

/// One chat call. The pipeline owns the prompts and validates every answer; a provider only
/// transports. May throw; the pipeline then falls back to its deterministic stage.
class LLMProvider {
 public:
  virtual ~LLMProvider() = default;
  virtual std::string name() const = 0;
  virtual ChatResponse chat(const ChatRequest& request) = 0;
};

// ---- prices -----------------------------------------------------------------------------------

/// USD per one million tokens.
struct ModelPrice {
  double input_per_million = 0;
  double output_per_million = 0;
};

/// Prices by model name. A model is priced by its exact name, else by the longest key that is
/// a prefix of it followed by '-' (so "gpt-4.1-nano" prices "gpt-4.1-nano-2025-04-14").
using PriceTable = std::map<std::string, ModelPrice, std::less<>>;

/// A few OpenAI list prices (USD per 1M input / output tokens) as published when written;
/// override them in OpenAIOptions::prices.
PriceTable default_price_table();
std::optional<ModelPrice> find_price(const PriceTable& prices, std::string_view model);
/// 0 when the model has no price.
double price_usd(const PriceTable& prices, std::string_view model, int64_t prompt_tokens, int64_t completion_tokens);

// ---- OpenAI-compatible HTTP -------------------------------------------------------------------

struct OpenAIOptions {
  /// Up to and including the version path; "/chat/completions" is appended. Empty:
  /// $OPENAI_BASE_URL, else https://api.openai.com/v1.
  std::string base_url;
  std::string model;  // required
  /// Empty: $OPENAI_API_KEY. May stay empty for local servers (no Authorization header is
  /// sent). Never logged, never in an error message.
  std::string api_key;
  long connect_timeout_ms = 10'000;
  long total_timeout_ms = 120'000;  // per attempt
  /// The whole chat() call, attempts and waits included (0: unbounded). A retry whose wait
  /// would overrun it is not made; the call fails at once with its last error. `--llm-timeout`.
  long call_budget_ms = 0;
  int max_retries = 3;              // attempts after the first, on 429, 5xx, timeouts, network errors
  long backoff_base_ms = 500;       // attempt n waits a random time in [d/2, d], d = min(max, base * 2^n)
  long backoff_max_ms = 30'000;
  long retry_after_max_ms = 120'000;  // a server's Retry-After is honoured up to this
  int max_concurrency = 8;            // in-flight HTTP calls of this provider across threads
  PriceTable prices = default_price_table();
  bool structured_output = true;  // response_format json_schema (strict); false: json_object
  bool send_temperature = true;   // some reasoning models accept only their default temperature
  int max_tokens = 0;             // sent as max_tokens when > 0
  uint64_t jitter_seed = 0;       // 0: seeded from std::random_device
  size_t max_response_bytes = 8 << 20;
  /// Retry notices and fallbacks, one line each (never with the key). Optional; may be called
  /// from several threads at once.
  std::function<void(const std::string&)> log;
};

/// An OpenAI-compatible /chat/completions client (OpenAI, vLLM, llama.cpp server, Ollama...)
/// over libcurl. Thread-safe. Throws jdpipe::Error (kPlugin) with the HTTP status and a short
/// excerpt of the body when a call fails after its retries; kInvalidArgument for bad options.
class OpenAIProvider : public LLMProvider {
 public:
  explicit OpenAIProvider(OpenAIOptions options);
  ~OpenAIProvider() override;
  OpenAIProvider(const OpenAIProvider&) = delete;
  OpenAIProvider& operator=(const OpenAIProvider&) = delete;

  std::string name() const override;  // "openai:MODEL"
  ChatResponse chat(const ChatRequest& request) override;

  std::string endpoint() const;  // the URL posted to (without credentials)
  struct Stats {
    int64_t calls = 0;          // chat() calls
    int64_t http_requests = 0;  // HTTP attempts
    int64_t retries = 0;
    int64_t json_object_fallbacks = 0;
    int64_t failures = 0;  // chat() calls that threw
  };
  Stats stats() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// ---- caching / recording ----------------------------------------------------------------------

enum class CacheMode {
  kReadWrite,  // answer from the store when present, else ask and store
  kRecord,     // always ask, store (overwriting)
  kReplay,     // only the store; a miss throws jdpipe::Error kNotFound naming the task
};
/// "read-write", "record" or "replay"; throws kInvalidArgument otherwise.
CacheMode parse_cache_mode(std::string_view text);

struct CacheOptions {
  std::string path;  // the SQLite file (created when missing)
  CacheMode mode = CacheMode::kReadWrite;
  /// The model identity in the key. Empty: the inner provider's name() (e.g. "openai:gpt-4.1").
  /// Required in replay mode without an inner provider.
  std::string model;
  int busy_timeout_ms = 10'000;
};

/// A decorator that stores answers in SQLite, keyed by the hex SHA-256 of a canonical JSON
/// serialisation of {model, schema_name, schema, temperature, messages}. A cached answer
/// reports cost_usd 0 (a rerun costs nothing), cached = true and original_cost_usd. The store
/// keeps the request JSON, the answer, its tokens and cost. Thread-safe; the inner provider is
/// called without holding the store's lock. Failed calls are not stored.
class CachingProvider : public LLMProvider {
 public:
  /// `inner` may be null in replay mode. Throws jdpipe::Error kIO when the store cannot open.
  CachingProvider(std::shared_ptr<LLMProvider> inner, CacheOptions options);
  ~CachingProvider() override;
  CachingProvider(const CachingProvider&) = delete;
  CachingProvider& operator=(const CachingProvider&) = delete;

  std::string name() const override;  // the inner provider's name (the cache is transparent)
  ChatResponse chat(const ChatRequest& request) override;

  struct Stats {
    int64_t hits = 0;
    int64_t misses = 0;
    int64_t stores = 0;
  };
  Stats stats() const;
  /// The key of a request to a model (64 hex digits).
  static std::string key_of(std::string_view model, const ChatRequest& request);
  /// The canonical JSON the key hashes (also what the store keeps as the request).
  static std::string canonical_request_json(std::string_view model, const ChatRequest& request);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// ---- scripted (tests) -------------------------------------------------------------------------

/// Answers from queues or functions keyed by task, and records every request. A call takes,
/// in order: the next queued answer for its task, the next queued answer for any task (""),
/// the task's function, the function for any task; with none it throws kNotFound. Thread-safe.
class ScriptedProvider : public LLMProvider {
 public:
  using Handler = std::function<ChatResponse(const ChatRequest&)>;
  explicit ScriptedProvider(std::string name = "scripted");
  ~ScriptedProvider() override;

  void enqueue(std::string task, ChatResponse response);
  void enqueue(std::string task, std::string text);
  /// The call that takes it throws jdpipe::Error kPlugin with `message`.
  void enqueue_error(std::string task, std::string message);
  void on_task(std::string task, Handler handler);

  std::vector<ChatRequest> requests() const;
  size_t call_count() const;

  std::string name() const override;
  ChatResponse chat(const ChatRequest& request) override;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace jdpipe
