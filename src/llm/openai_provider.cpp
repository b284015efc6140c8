// OpenAIProvider: an OpenAI-compatible /chat/completions client over libcurl, and the price table.
#include <curl/curl.h>
#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <random>
#include <thread>

#include "jdpipe/error.hpp"
#include "jdpipe/llm.hpp"
#include "llm/http_util.hpp"
#include "util/json.hpp"

namespace jdpipe {

// ---- prices -----------------------------------------------------------------------------------

PriceTable default_price_table() {
  // USD per 1M tokens (input, output), OpenAI list prices when this was written.
  return {
      {"gpt-4.1", {2.00, 8.00}},      {"gpt-4.1-mini", {0.40, 1.60}}, {"gpt-4.1-nano", {0.10, 0.40}},
      {"gpt-4o", {2.50, 10.00}},      {"gpt-4o-mini", {0.15, 0.60}},  {"gpt-5", {1.25, 10.00}},
      {"gpt-5-mini", {0.25, 2.00}},   {"gpt-5-nano", {0.05, 0.40}},   {"o4-mini", {1.10, 4.40}},
  };
}

std::optional<ModelPrice> find_price(const PriceTable& prices, std::string_view model) {
  if (auto it = prices.find(model); it != prices.end()) return it->second;
  const ModelPrice* best = nullptr;
  size_t best_len = 0;
  for (const auto& [key, price] : prices) {
    if (key.empty() || key.size() >= model.size() || key.size() <= best_len) continue;
    if (model.compare(0, key.size(), key) == 0 && model[key.size()] == '-') {
      best = &price;
      best_len = key.size();
    }
  }
  if (best) return *best;
  return std::nullopt;
}

double price_usd(const PriceTable& prices, std::string_view model, int64_t prompt_tokens, int64_t completion_tokens) {
  auto p = find_price(prices, model);
  if (!p) return 0.0;
  return (static_cast<double>(prompt_tokens) * p->input_per_million +
          static_cast<double>(completion_tokens) * p->output_per_million) /
         1e6;
}

// ---- the client ---------------------------------------------------------------------------------

namespace {

std::once_flag g_curl_once;

size_t write_cb(char* data, size_t size, size_t n, void* user);
size_t header_cb(char* data, size_t size, size_t n, void* user);

struct Transfer {
  std::string body;
  size_t max_bytes = 0;
  bool too_large = false;
  std::optional<long> retry_after_ms;
};

size_t write_cb(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  size_t len = size * n;
  if (t->body.size() + len > t->max_bytes) {
    t->too_large = true;
    return 0;  // aborts the transfer
  }
  t->body.append(data, len);
  return len;
}

size_t header_cb(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  size_t len = size * n;
  std::string_view line(data, len);
  if (line.size() >= 5 && line.substr(0, 5) == "HTTP/") t->retry_after_ms.reset();  // a new response
  auto colon = line.find(':');
  if (colon != std::string_view::npos) {
    std::string name = llm::ascii_lower(llm::trim_view(line.substr(0, colon)));
    std::string_view value = llm::trim_view(line.substr(colon + 1));
    if (name == "retry-after") {
      if (auto s = llm::parse_decimal(value)) t->retry_after_ms = static_cast<long>(*s * 1000.0);
    } else if (name == "retry-after-ms" && !t->retry_after_ms) {
      if (auto ms = llm::parse_decimal(value)) t->retry_after_ms = static_cast<long>(*ms);
    }
  }
  return len;
}

bool retriable_curl(CURLcode c) {
  switch (c) {
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_COULDNT_CONNECT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
      return true;
    default:
      return false;
  }
}

bool retriable_status(long status) { return status == 429 || status == 408 || (status >= 500 && status != 501); }

/// OpenAI accepts schema names matching ^[a-zA-Z0-9_-]{1,64}$.
std::string clean_schema_name(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (out.size() >= 64) break;
    out.push_back(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' ? c : '_');
  }
  return out.empty() ? std::string("answer") : out;
}

}  // namespace

struct OpenAIProvider::Impl {
  OpenAIOptions opt;
  std::string url;
  std::string shown_url;

  std::mutex sem_mu;
  std::condition_variable sem_cv;
  int in_flight = 0;

  std::mutex rng_mu;
  std::mt19937_64 rng;

  std::atomic<bool> json_schema_refused{false};
  std::atomic<int64_t> calls{0}, http_requests{0}, retries{0}, fallbacks{0}, failures{0};

  struct Slot {
    Impl& impl;
    explicit Slot(Impl& i) : impl(i) {
      std::unique_lock lock(impl.sem_mu);
      impl.sem_cv.wait(lock, [&] { return impl.in_flight < impl.opt.max_concurrency; });
      ++impl.in_flight;
    }
    ~Slot() {
      {
        std::lock_guard lock(impl.sem_mu);
        --impl.in_flight;
      }
      impl.sem_cv.notify_one();
    }
  };

  void log(const std::string& line) const {
    if (opt.log) {
      try {
        opt.log(line);
      } catch (...) {
      }
    }
  }

  std::string redact(std::string s) const { return llm::redact_secret(std::move(s), opt.api_key); }

  long backoff_ms(int retry_index) {
    double d = static_cast<double>(std::max(0L, opt.backoff_base_ms)) * std::pow(2.0, std::min(retry_index, 30));
    d = std::min(d, static_cast<double>(std::max(0L, opt.backoff_max_ms)));
    std::lock_guard lock(rng_mu);
    std::uniform_real_distribution<double> u(d / 2, d);
    return static_cast<long>(d <= 0 ? 0 : u(rng));
  }

  std::string build_body(const ChatRequest& req, bool schema_mode) const {
    std::string b = "{\"model\":";
    json::append_quoted(b, opt.model);
    b += ",\"messages\":[";
    bool first = true;
    auto add = [&](std::string_view role, std::string_view content) {
      if (!first) b.push_back(',');
      first = false;
      b += "{\"role\":";
      json::append_quoted(b, role);
      b += ",\"content\":";
      json::append_quoted(b, content);
      b.push_back('}');
    };
    for (const auto& m : req.messages) add(m.role, m.content);
    if (!schema_mode && !req.json_schema.empty())
      add("system", "Answer with one JSON object, and nothing else, that follows this JSON schema:\n" + req.json_schema);
    b.push_back(']');
    if (opt.send_temperature) b += fmt::format(",\"temperature\":{}", req.temperature);
    if (opt.max_tokens > 0) b += fmt::format(",\"max_tokens\":{}", opt.max_tokens);
    if (!req.json_schema.empty()) {
      if (schema_mode) {
        b += ",\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":";
        json::append_quoted(b, clean_schema_name(req.schema_name));
        b += ",\"strict\":true,\"schema\":";
        b += req.json_schema;
        b += "}}";
      } else {
        b += ",\"response_format\":{\"type\":\"json_object\"}";
      }
    }
    b.push_back('}');
    return b;
  }

  ChatResponse chat(const ChatRequest& req) {
    ++calls;
    try {
      return chat_impl(req);
    } catch (...) {
      ++failures;
      throw;
    }
  }

  ChatResponse chat_impl(const ChatRequest& req) {
    if (!req.json_schema.empty()) {
      simdjson::dom::parser p;
      simdjson::padded_string ps(req.json_schema);
      simdjson::dom::element e;
      if (p.parse(ps).get(e) || !e.is_object())
        throw Error(Error::Code::kInvalidArgument,
                    fmt::format("openai: the JSON schema of task '{}' is not a JSON object", req.task));
    }
    const std::string what = fmt::format("openai:{} ({})", opt.model, req.task.empty() ? "chat" : req.task);
    bool schema_mode = opt.structured_output && !json_schema_refused.load();
    bool fell_back = false;

    llm::JsonPostHandle handle(what, opt.api_key);
    CURL* curl = handle.curl();

    int attempts = 0;
    int retry_index = 0;
    const auto started = std::chrono::steady_clock::now();
    // Milliseconds left of the call's budget (all attempts and waits), or -1 without a budget.
    auto budget_left = [&]() -> long {
      if (opt.call_budget_ms <= 0) return -1;
      auto used = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
      return std::max(0L, opt.call_budget_ms - static_cast<long>(used.count()));
    };
    // Waits before a retry, unless the wait would overrun the budget: then the call fails now.
    auto wait_or_fail = [&](long wait, const std::string& last_error) {
      long left = budget_left();
      if (left >= 0 && wait >= left)
        throw Error(Error::Code::kPlugin,
                    redact(fmt::format("{}: call budget of {} ms spent after {} attempt(s) (next retry in {} ms): {}", what,
                                       opt.call_budget_ms, attempts, wait, last_error)));
      ++retry_index;
      ++retries;
      std::this_thread::sleep_for(std::chrono::milliseconds(std::max(0L, wait)));
    };
    for (;;) {
      std::string body = build_body(req, schema_mode);
      Transfer t;
      t.max_bytes = opt.max_response_bytes;
      char errbuf[CURL_ERROR_SIZE] = {0};
      curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
      curl_easy_setopt(curl, CURLOPT_HTTPHEADER, handle.headers());
      curl_easy_setopt(curl, CURLOPT_POST, 1L);
      curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
      curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
      curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, write_cb);
      curl_easy_setopt(curl, CURLOPT_WRITEDATA, &t);
      curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, header_cb);
      curl_easy_setopt(curl, CURLOPT_HEADERDATA, &t);
      curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, opt.connect_timeout_ms);
      long attempt_timeout = opt.total_timeout_ms;
      if (long left = budget_left(); left >= 0) {
        if (left == 0)
          throw Error(Error::Code::kPlugin, fmt::format("{}: call budget of {} ms spent after {} attempt(s)", what,
                                                        opt.call_budget_ms, attempts));
        attempt_timeout = attempt_timeout > 0 ? std::min(attempt_timeout, left) : left;
      }
      curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, attempt_timeout);
      curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
      curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
      curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
      CURLcode rc;
      long status = 0;
      {
        Slot slot(*this);
        ++attempts;
        ++http_requests;
        rc = curl_easy_perform(curl);
      }
      curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
      const bool can_retry = retry_index < opt.max_retries;

      if (rc != CURLE_OK) {
        std::string detail = errbuf[0] ? std::string(errbuf) : std::string(curl_easy_strerror(rc));
        if (t.too_large) detail = fmt::format("response larger than {} bytes", opt.max_response_bytes);
        if (!t.too_large && retriable_curl(rc) && can_retry) {
          long wait = backoff_ms(retry_index);
          log(fmt::format("{}: {}; retry {}/{} in {} ms", what, redact(detail), retry_index + 1, opt.max_retries, wait));
          wait_or_fail(wait, detail);
          continue;
        }
        throw Error(Error::Code::kPlugin, redact(fmt::format("{}: request to {} failed after {} attempt(s): {}", what,
                                                             shown_url, attempts, detail)));
      }

      if (status >= 200 && status < 300) {
        ChatResponse out = parse_success(t.body, what);
        out.attempts = attempts;
        out.json_object_fallback = fell_back;
        return out;
      }

      std::string excerpt = llm::error_excerpt(t.body, opt.api_key);
      if (status == 400 && schema_mode && !fell_back && llm::mentions_response_format(t.body)) {
        // The server does not do structured outputs: ask for plain JSON once, and remember.
        schema_mode = false;
        fell_back = true;
        json_schema_refused = true;
        ++fallbacks;
        log(fmt::format("{}: json_schema refused (HTTP 400: {}); retrying with json_object", what, excerpt));
        continue;
      }
      if (retriable_status(status) && can_retry) {
        long wait = t.retry_after_ms ? std::min(*t.retry_after_ms, opt.retry_after_max_ms) : backoff_ms(retry_index);
        log(fmt::format("{}: HTTP {}; retry {}/{} in {} ms", what, status, retry_index + 1, opt.max_retries, wait));
        wait_or_fail(wait, fmt::format("HTTP {}: {}", status, excerpt));
        continue;
      }
      throw Error(Error::Code::kPlugin, redact(fmt::format("{}: HTTP {} from {} after {} attempt(s): {}", what, status,
                                                           shown_url, attempts, excerpt)));
    }
  }

  ChatResponse parse_success(const std::string& body, const std::string& what) const {
    simdjson::dom::parser parser;
    simdjson::padded_string padded(body);
    simdjson::dom::element doc;
    auto malformed = [&](std::string_view why) {
      return Error(Error::Code::kPlugin, redact(fmt::format("{}: malformed response from {} ({}): {}", what, shown_url,
                                                            why, llm::error_excerpt(body, opt.api_key))));
    };
    if (parser.parse(padded).get(doc) || !doc.is_object()) throw malformed("not JSON");
    simdjson::dom::element choice;
    if (doc["choices"].at(0).get(choice)) throw malformed("no choices");
    simdjson::dom::element message;
    if (choice["message"].get(message)) throw malformed("no message");
    ChatResponse out;
    std::string_view content;
    if (message["content"].get_string().get(content)) {
      std::string_view refusal;
      if (!message["refusal"].get_string().get(refusal))
        throw Error(Error::Code::kPlugin,
                    redact(fmt::format("{}: the model refused: {}", what, llm::utf8_cut(refusal, 200))));
      throw malformed("no message content");
    }
    out.text = std::string(content);
    std::string_view model;
    if (!doc["model"].get_string().get(model)) out.model = std::string(model);
    if (out.model.empty()) out.model = opt.model;
    int64_t in = 0, outn = 0;
    simdjson::dom::element usage;
    if (!doc["usage"].get(usage) && usage.is_object()) {
      if (usage["prompt_tokens"].get_int64().get(in)) in = 0;
      if (usage["completion_tokens"].get_int64().get(outn)) outn = 0;
    }
    out.prompt_tokens = static_cast<int>(std::clamp<int64_t>(in, 0, INT32_MAX));
    out.completion_tokens = static_cast<int>(std::clamp<int64_t>(outn, 0, INT32_MAX));
    std::string_view priced = find_price(opt.prices, out.model) ? std::string_view(out.model) : std::string_view(opt.model);
    out.cost_usd = price_usd(opt.prices, priced, out.prompt_tokens, out.completion_tokens);
    out.original_cost_usd = out.cost_usd;
    return out;
  }
};

OpenAIProvider::OpenAIProvider(OpenAIOptions options) : impl_(std::make_unique<Impl>()) {
  std::call_once(g_curl_once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  Impl& im = *impl_;
  im.opt = std::move(options);
  OpenAIOptions& o = im.opt;
  if (o.base_url.empty()) {
    const char* env = std::getenv("OPENAI_BASE_URL");
    o.base_url = env && *env ? env : "https://api.openai.com/v1";
  }
  if (o.api_key.empty()) {
    const char* env = std::getenv("OPENAI_API_KEY");
    if (env) o.api_key = env;
  }
  if (o.model.empty()) throw Error(Error::Code::kInvalidArgument, "OpenAIOptions.model is empty");
  // A line break in the key would smuggle headers into the request (the message never shows it).
  if (o.api_key.find_first_of("\r\n") != std::string::npos)
    throw Error(Error::Code::kInvalidArgument, "OpenAIOptions.api_key contains a line break");
  if (o.max_concurrency < 1) throw Error(Error::Code::kInvalidArgument, "OpenAIOptions.max_concurrency must be >= 1");
  if (o.max_retries < 0) throw Error(Error::Code::kInvalidArgument, "OpenAIOptions.max_retries must be >= 0");
  if (o.connect_timeout_ms < 0 || o.total_timeout_ms < 0 || o.call_budget_ms < 0)
    throw Error(Error::Code::kInvalidArgument, "OpenAIOptions timeouts must be >= 0");
  if (o.base_url.rfind("http://", 0) != 0 && o.base_url.rfind("https://", 0) != 0)
    throw Error(Error::Code::kInvalidArgument,
                fmt::format("OpenAIOptions.base_url must start with http:// or https:// (got '{}')",
                            llm::shown_url(o.base_url)));
  std::string base = o.base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  im.url = base + "/chat/completions";
  im.shown_url = llm::shown_url(im.url);
  if (o.jitter_seed) {
    im.rng.seed(o.jitter_seed);
  } else {
    std::random_device rd;
    im.rng.seed((static_cast<uint64_t>(rd()) << 32) ^ rd());
  }
}

OpenAIProvider::~OpenAIProvider() = default;

std::string OpenAIProvider::name() const { return "openai:" + impl_->opt.model; }

ChatResponse OpenAIProvider::chat(const ChatRequest& request) { return impl_->chat(request); }

std::string OpenAIProvider::endpoint() const { return impl_->shown_url; }

OpenAIProvider::Stats OpenAIProvider::stats() const {
  Stats s;
  s.calls = impl_->calls.load();
  s.http_requests = impl_->http_requests.load();
  s.retries = impl_->retries.load();
  s.json_object_fallbacks = impl_->fallbacks.load();
  s.failures = impl_->failures.load();
  return s;
}

}  // namespace jdpipe
