// OpenAIProvider and CachingProvider against a fake OpenAI-compatible server on loopback.
#include <arpa/inet.h>
#include <doctest/doctest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "jdpipe/error.hpp"
#include "jdpipe/llm.hpp"
#include "jdpipe/pipeline.hpp"
#include "loopback_server.hpp"
#include "test_support.hpp"
#include "util/json.hpp"

using namespace jdpipe;
using Clock = std::chrono::steady_clock;

namespace {

using jdpipe::testing::LoopbackServer;
using jdpipe::testing::Reply;
using jdpipe::testing::Seen;

std::string completion(std::string_view content, int in = 1000, int out = 200,
                       std::string_view model = "gpt-4.1-nano-2025-04-14") {
  std::string s = R"({"id":"chatcmpl-1","object":"chat.completion","model":)";
  json::append_quoted(s, model);
  s += R"(,"choices":[{"index":0,"message":{"role":"assistant","content":)";
  json::append_quoted(s, content);
  s += R"(},"finish_reason":"stop"}],"usage":{"prompt_tokens":)" + std::to_string(in) +
       R"(,"completion_tokens":)" + std::to_string(out) + R"(,"total_tokens":)" + std::to_string(in + out) + "}}";
  return s;
}

constexpr std::string_view kAnswer = R"({"slug":"backend-engineer","confidence":0.8,"reasoning":"APIs"})";

OpenAIOptions options_for(const LoopbackServer& server) {
  OpenAIOptions o;
  o.base_url = server.base_url();
  o.model = "gpt-4.1-nano";
  o.api_key = "sk-test-not-a-real-key";
  o.connect_timeout_ms = 2000;
  o.total_timeout_ms = 5000;
  o.max_retries = 2;
  o.backoff_base_ms = 5;
  o.backoff_max_ms = 20;
  o.jitter_seed = 7;
  return o;
}

ChatRequest request(std::string task = "adjudicate_role", std::string user = "Pick a role.") {
  ChatRequest r;
  r.task = std::move(task);
  r.schema_name = "role_choice";
  r.json_schema = R"({"type":"object","additionalProperties":false,"required":["slug"],"properties":{"slug":{"type":"string"}}})";
  r.messages = {{"system", "Answer with JSON."}, {"user", std::move(user)}};
  return r;
}

long elapsed_ms(Clock::time_point t0) {
  return static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t0).count());
}

std::string temp_db(const char* name) {
  auto p = std::filesystem::temp_directory_path() /
           (std::string("jdpipe-llm-") + name + "-" + std::to_string(::getpid()) + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(p.string() + suffix);
  return p.string();
}

void remove_db(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

}  // namespace

TEST_CASE("llm http: a success reports the answer, its tokens and its cost") {
  LoopbackServer server({Reply{200, completion(kAnswer)}});
  OpenAIProvider llm(options_for(server));
  CHECK(llm.name() == "openai:gpt-4.1-nano");
  ChatResponse r = llm.chat(request());
  CHECK(r.text == kAnswer);
  CHECK(r.model == "gpt-4.1-nano-2025-04-14");
  CHECK(r.prompt_tokens == 1000);
  CHECK(r.completion_tokens == 200);
  // gpt-4.1-nano: 0.10 USD / 1M input, 0.40 USD / 1M output.
  CHECK(r.cost_usd == doctest::Approx(1000 * 0.10 / 1e6 + 200 * 0.40 / 1e6));
  CHECK(r.attempts == 1);
  auto seen = server.requests();
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].head.rfind("POST /v1/chat/completions HTTP/1.1", 0) == 0);
  CHECK(seen[0].body.find(R"("response_format":{"type":"json_schema","json_schema":{"name":"role_choice","strict":true,"schema":{"type":"object")") !=
        std::string::npos);
  CHECK(seen[0].body.find(R"("model":"gpt-4.1-nano")") != std::string::npos);
  CHECK(seen[0].body.find(R"("temperature":0)") != std::string::npos);
}

TEST_CASE("llm http: 429 with Retry-After is retried after the delay the server asks") {
  LoopbackServer server({Reply{429, R"({"error":{"message":"Rate limit reached"}})", {"Retry-After: 1"}},
                         Reply{200, completion(kAnswer)}});
  OpenAIProvider llm(options_for(server));
  auto t0 = Clock::now();
  ChatResponse r = llm.chat(request());
  long ms = elapsed_ms(t0);
  CHECK(r.text == kAnswer);
  CHECK(r.attempts == 2);
  CHECK(ms >= 1000);
  CHECK(ms < 8000);
  CHECK(server.request_count() == 2);
  CHECK(llm.stats().retries == 1);
  CHECK(llm.stats().http_requests == 2);
}

TEST_CASE("llm http: 500 on every attempt fails after max_retries with the status and an excerpt") {
  Reply e500{500, R"({"error":{"message":"The server had an error while processing your request"}})"};
  LoopbackServer server({e500, e500, e500, e500});
  auto o = options_for(server);
  o.max_retries = 2;
  OpenAIProvider llm(o);
  try {
    llm.chat(request());
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.code() == Error::Code::kPlugin);
    std::string msg = e.what();
    CHECK_MESSAGE(msg.find("HTTP 500") != std::string::npos, msg);
    CHECK_MESSAGE(msg.find("3 attempt(s)") != std::string::npos, msg);
    CHECK_MESSAGE(msg.find("server had an error") != std::string::npos, msg);
  }
  CHECK(server.request_count() == 3);
  CHECK(llm.stats().failures == 1);
}

TEST_CASE("llm http: an answer slower than the timeout is retried, then fails") {
  LoopbackServer server({Reply{200, completion(kAnswer), {}, 4000}, Reply{200, completion(kAnswer), {}, 4000}});
  auto o = options_for(server);
  o.total_timeout_ms = 300;
  o.max_retries = 1;
  OpenAIProvider llm(o);
  auto t0 = Clock::now();
  try {
    llm.chat(request());
    FAIL("expected a timeout");
  } catch (const Error& e) {
    CHECK(e.code() == Error::Code::kPlugin);
    std::string msg = e.what();
    CHECK_MESSAGE(msg.find("2 attempt(s)") != std::string::npos, msg);
    CHECK_MESSAGE((msg.find("imed out") != std::string::npos || msg.find("imeout") != std::string::npos), msg);
  }
  long ms = elapsed_ms(t0);
  CHECK(ms >= 600);
  CHECK(ms < 3500);
  CHECK(server.request_count() == 2);
  CHECK(llm.stats().retries == 1);
}

TEST_CASE("llm http: the call budget bounds attempts and waits together") {
  SUBCASE("a Retry-After beyond the budget fails at once") {
    LoopbackServer server({Reply{429, R"({"error":{"message":"slow down"}})", {"Retry-After: 3"}},
                           Reply{200, completion(kAnswer)}});
    auto o = options_for(server);
    o.call_budget_ms = 500;
    OpenAIProvider llm(o);
    auto t0 = Clock::now();
    try {
      llm.chat(request());
      FAIL("expected an error");
    } catch (const Error& e) {
      std::string msg = e.what();
      CHECK_MESSAGE(msg.find("budget of 500 ms") != std::string::npos, msg);
      CHECK_MESSAGE(msg.find("HTTP 429") != std::string::npos, msg);
    }
    CHECK(elapsed_ms(t0) < 1000);
    CHECK(server.request_count() == 1);
  }
  SUBCASE("a slow answer is cut at the budget, not at the per-attempt timeout") {
    LoopbackServer server({Reply{200, completion(kAnswer), {}, 3000}, Reply{200, completion(kAnswer), {}, 3000}});
    auto o = options_for(server);
    o.total_timeout_ms = 5000;
    o.call_budget_ms = 400;
    OpenAIProvider llm(o);
    auto t0 = Clock::now();
    CHECK_THROWS_AS(llm.chat(request()), Error);
    long ms = elapsed_ms(t0);
    CHECK(ms >= 350);
    CHECK(ms < 1500);
  }
}

TEST_CASE("llm http: a 400 refusing json_schema falls back to json_object once, and remembers") {
  LoopbackServer server(
      {Reply{400, R"({"error":{"message":"Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.","type":"invalid_request_error","param":"response_format"}})"},
       Reply{200, completion(kAnswer)}, Reply{200, completion(kAnswer)}});
  OpenAIProvider llm(options_for(server));
  ChatResponse r = llm.chat(request());
  CHECK(r.text == kAnswer);
  CHECK(r.json_object_fallback);
  CHECK(r.attempts == 2);
  auto seen = server.requests();
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].body.find(R"("type":"json_schema")") != std::string::npos);
  CHECK(seen[1].body.find(R"("response_format":{"type":"json_object"})") != std::string::npos);
  CHECK(seen[1].body.find(R"("type":"json_schema")") == std::string::npos);
  // The schema travels in a system message instead.
  CHECK(seen[1].body.find("follows this JSON schema") != std::string::npos);
  CHECK(llm.stats().json_object_fallbacks == 1);
  CHECK(llm.stats().retries == 0);
  // The next call does not try json_schema again.
  ChatResponse r2 = llm.chat(request());
  CHECK(r2.attempts == 1);
  REQUIRE(server.request_count() == 3);
  CHECK(server.requests()[2].body.find(R"("type":"json_object")") != std::string::npos);
}

TEST_CASE("llm http: a 400 about something else is not retried") {
  LoopbackServer server({Reply{400, R"({"error":{"message":"max_tokens is too large"}})"}, Reply{200, completion(kAnswer)}});
  OpenAIProvider llm(options_for(server));
  CHECK_THROWS_AS(llm.chat(request()), Error);
  CHECK(server.request_count() == 1);
}

TEST_CASE("llm http: the API key goes in the Authorization header and in no error message") {
  const std::string key = "sk-test-SECRET-4242-abcdef";
  LoopbackServer server({Reply{401, R"({"error":{"message":"Incorrect API key provided: sk-test-SECRET-4242-abcdef."}})"},
                         Reply{503, "upstream says Bearer sk-test-SECRET-4242-abcdef is overloaded"},
                         Reply{503, "upstream says Bearer sk-test-SECRET-4242-abcdef is overloaded"}});
  auto o = options_for(server);
  o.api_key = key;
  o.max_retries = 1;
  std::vector<std::string> logged;
  std::mutex log_mu;
  o.log = [&](const std::string& line) {
    std::lock_guard lock(log_mu);
    logged.push_back(line);
  };
  OpenAIProvider llm(o);
  for (int i = 0; i < 2; ++i) {
    try {
      llm.chat(request());
      FAIL("expected an error");
    } catch (const Error& e) {
      std::string msg = e.what();
      CHECK_MESSAGE(msg.find("SECRET") == std::string::npos, msg);
      CHECK_MESSAGE(msg.find("[redacted]") != std::string::npos, msg);
    }
  }
  auto seen = server.requests();
  REQUIRE(seen.size() == 3);
  for (const auto& s : seen) CHECK(s.head.find("Authorization: Bearer " + key) != std::string::npos);
  for (const auto& s : seen) CHECK(s.body.find(key) == std::string::npos);
  for (const auto& line : logged) CHECK(line.find("SECRET") == std::string::npos);
}

TEST_CASE("llm http: base URL and key default to OPENAI_BASE_URL and OPENAI_API_KEY") {
  LoopbackServer server({Reply{200, completion(kAnswer)}});
  auto saved = [](const char* n) { const char* v = std::getenv(n); return v ? std::optional<std::string>(v) : std::nullopt; };
  auto old_url = saved("OPENAI_BASE_URL"), old_key = saved("OPENAI_API_KEY");
  ::setenv("OPENAI_BASE_URL", (server.base_url() + "/").c_str(), 1);
  ::setenv("OPENAI_API_KEY", "sk-from-env-1234", 1);
  OpenAIOptions o;
  o.model = "local-model";
  o.backoff_base_ms = 5;
  OpenAIProvider llm(o);
  ChatResponse r = llm.chat(request());
  if (old_url) ::setenv("OPENAI_BASE_URL", old_url->c_str(), 1); else ::unsetenv("OPENAI_BASE_URL");
  if (old_key) ::setenv("OPENAI_API_KEY", old_key->c_str(), 1); else ::unsetenv("OPENAI_API_KEY");
  CHECK(r.text == kAnswer);
  CHECK(r.cost_usd == doctest::Approx(1000 * 0.10 / 1e6 + 200 * 0.40 / 1e6));  // priced by the answering model
  CHECK(llm.endpoint() == server.base_url() + "/chat/completions");
  REQUIRE(server.request_count() == 1);
  CHECK(server.requests()[0].head.find("Authorization: Bearer sk-from-env-1234") != std::string::npos);
}

TEST_CASE("llm http: malformed JSON, truncated bodies and a refused connection") {
  SUBCASE("a 200 whose body is not JSON is an error, not retried") {
    LoopbackServer server({Reply{200, "<html>gateway</html>"}, Reply{200, completion(kAnswer)}});
    OpenAIProvider llm(options_for(server));
    try {
      llm.chat(request());
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.code() == Error::Code::kPlugin);
      CHECK_MESSAGE(std::string(e.what()).find("malformed") != std::string::npos, e.what());
    }
    CHECK(server.request_count() == 1);
  }
  SUBCASE("a truncated body is retried") {
    LoopbackServer server({Reply{200, completion(kAnswer).substr(0, 40), {}, 0, true}, Reply{200, completion(kAnswer)}});
    OpenAIProvider llm(options_for(server));
    ChatResponse r = llm.chat(request());
    CHECK(r.text == kAnswer);
    CHECK(r.attempts == 2);
  }
  SUBCASE("a response without usage costs 0 and still answers") {
    LoopbackServer server({Reply{200, R"({"choices":[{"message":{"role":"assistant","content":"{}"}}]})"}});
    OpenAIProvider llm(options_for(server));
    ChatResponse r = llm.chat(request());
    CHECK(r.text == "{}");
    CHECK(r.prompt_tokens == 0);
    CHECK(r.cost_usd == 0.0);
    CHECK(r.model == "gpt-4.1-nano");
  }
  SUBCASE("connection refused is retried, then an error") {
    int port = 0;
    {
      int fd = ::socket(AF_INET, SOCK_STREAM, 0);
      sockaddr_in addr{};
      addr.sin_family = AF_INET;
      addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
      REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
      socklen_t len = sizeof addr;
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
      port = ntohs(addr.sin_port);
      ::close(fd);  // nothing listens there now
    }
    OpenAIOptions o;
    o.base_url = "http://user:pw@127.0.0.1:" + std::to_string(port) + "/v1";
    o.model = "gpt-4.1-nano";
    o.api_key = "sk-unused-1234";
    o.max_retries = 1;
    o.backoff_base_ms = 5;
    OpenAIProvider llm(o);
    try {
      llm.chat(request());
      FAIL("expected an error");
    } catch (const Error& e) {
      std::string msg = e.what();
      CHECK(e.code() == Error::Code::kPlugin);
      CHECK_MESSAGE(msg.find("2 attempt(s)") != std::string::npos, msg);
      CHECK_MESSAGE(msg.find("pw@") == std::string::npos, msg);
    }
  }
}

TEST_CASE("llm http: max_concurrency bounds the calls in flight across threads") {
  std::vector<Reply> script(6, Reply{200, completion(kAnswer), {}, 150});
  LoopbackServer server(script);
  auto o = options_for(server);
  o.max_concurrency = 2;
  OpenAIProvider llm(o);
  std::vector<std::thread> threads;
  std::atomic<int> ok{0};
  for (int i = 0; i < 6; ++i)
    threads.emplace_back([&] {
      try {
        if (llm.chat(request()).text == kAnswer) ++ok;
      } catch (...) {
      }
    });
  for (auto& t : threads) t.join();
  CHECK(ok == 6);
  CHECK(server.request_count() == 6);
  CHECK(server.max_active() <= 2);
  CHECK(server.max_active() >= 1);
}

TEST_CASE("llm cache: a second identical call makes no HTTP request and costs 0") {
  const std::string db = temp_db("cache");
  LoopbackServer server({Reply{200, completion(kAnswer)}, Reply{200, completion(kAnswer, 10, 10)}});
  auto http = std::make_shared<OpenAIProvider>(options_for(server));
  const double first_cost = 1000 * 0.10 / 1e6 + 200 * 0.40 / 1e6;
  {
    CachingProvider cache(http, {db});
    CHECK(cache.name() == "openai:gpt-4.1-nano");
    ChatResponse a = cache.chat(request());
    CHECK_FALSE(a.cached);
    CHECK(a.cost_usd == doctest::Approx(first_cost));
    ChatResponse b = cache.chat(request());
    CHECK(b.cached);
    CHECK(b.text == a.text);
    CHECK(b.cost_usd == 0.0);
    CHECK(b.original_cost_usd == doctest::Approx(first_cost));
    CHECK(b.prompt_tokens == 1000);
    CHECK(server.request_count() == 1);
    CHECK(cache.stats().hits == 1);
    CHECK(cache.stats().misses == 1);
  }
  {
    // A rerun (a new process would open the same file) costs nothing either.
    CachingProvider again(http, {db});
    ChatResponse c = again.chat(request());
    CHECK(c.cached);
    CHECK(c.cost_usd == 0.0);
    CHECK(server.request_count() == 1);
    // A different request is a miss.
    ChatResponse d = again.chat(request("adjudicate_role", "Pick another role."));
    CHECK_FALSE(d.cached);
    CHECK(server.request_count() == 2);
  }
  remove_db(db);
}

TEST_CASE("llm cache: record always asks; replay never does and a miss names the task") {
  const std::string db = temp_db("replay");
  LoopbackServer server({Reply{200, completion(kAnswer)}, Reply{200, completion(R"({"slug":"x"})")}});
  auto http = std::make_shared<OpenAIProvider>(options_for(server));
  {
    CachingProvider rec(http, {db, CacheMode::kRecord});
    rec.chat(request());
    ChatResponse again = rec.chat(request());  // record mode asks again and overwrites
    CHECK_FALSE(again.cached);
    CHECK(again.text == R"({"slug":"x"})");
    CHECK(server.request_count() == 2);
  }
  CacheOptions replay{db, CacheMode::kReplay, "openai:gpt-4.1-nano"};
  CachingProvider play(nullptr, replay);
  ChatResponse hit = play.chat(request());
  CHECK(hit.cached);
  CHECK(hit.text == R"({"slug":"x"})");
  try {
    play.chat(request("enrich_new_skill", "Profile Janus."));
    FAIL("expected a replay miss");
  } catch (const Error& e) {
    CHECK(e.code() == Error::Code::kNotFound);
    CHECK_MESSAGE(std::string(e.what()).find("enrich_new_skill") != std::string::npos, e.what());
  }
  CHECK(server.request_count() == 2);
  // Replay of a file that does not exist fails at once.
  CHECK_THROWS_AS(CachingProvider(nullptr, CacheOptions{db + ".missing", CacheMode::kReplay, "m"}), Error);
  remove_db(db);
}

TEST_CASE("llm cache: concurrent callers share one store safely") {
  const std::string db = temp_db("threads");
  auto scripted = std::make_shared<ScriptedProvider>("openai:fake");
  scripted->on_task("", [](const ChatRequest& r) {
    ChatResponse out;
    out.text = R"({"echo":)" + std::to_string(r.messages.back().content.size()) + "}";
    out.cost_usd = 0.5;
    return out;
  });
  CachingProvider cache(scripted, {db});
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) cache.chat(request("parse", "jd " + std::to_string((t * 7 + i) % 10)));
    });
  for (auto& th : threads) th.join();
  auto s = cache.stats();
  CHECK(s.hits + s.misses == 80);
  CHECK(s.misses >= 10);  // ten distinct requests; a race may ask twice for one
  for (int k = 0; k < 10; ++k) CHECK(cache.chat(request("parse", "jd " + std::to_string(k))).cached);
  remove_db(db);
}

TEST_CASE("llm prices: exact names, dated variants and unknown models") {
  PriceTable t = default_price_table();
  CHECK(find_price(t, "gpt-4.1-nano")->input_per_million == doctest::Approx(0.10));
  CHECK(find_price(t, "gpt-4.1-mini-2025-04-14")->output_per_million == doctest::Approx(1.60));
  CHECK(find_price(t, "gpt-4.1-2025-04-14")->input_per_million == doctest::Approx(2.00));
  CHECK_FALSE(find_price(t, "llama-3.1-8b-instruct"));
  CHECK(price_usd(t, "llama-3.1-8b-instruct", 1000, 1000) == 0.0);
  t["llama-3.1-8b-instruct"] = {0.02, 0.05};
  CHECK(price_usd(t, "llama-3.1-8b-instruct", 1'000'000, 2'000'000) == doctest::Approx(0.12));
  CHECK(parse_cache_mode("replay") == CacheMode::kReplay);
  CHECK_THROWS_AS(parse_cache_mode("sometimes"), Error);
}

TEST_CASE("llm http: bad options are refused at construction") {
  OpenAIOptions o;
  o.base_url = "http://127.0.0.1:1/v1";
  CHECK_THROWS_AS(OpenAIProvider{o}, Error);  // no model
  o.model = "m";
  o.max_concurrency = 0;
  CHECK_THROWS_AS(OpenAIProvider{o}, Error);
  o.max_concurrency = 1;
  o.base_url = "ftp://example.com";
  CHECK_THROWS_AS(OpenAIProvider{o}, Error);
}

TEST_CASE("llm http: a full pipeline run through the fake server fills every LLM-backed field") {
  // Three calls in stage order: parse (an answer that fails its schema: the deterministic parse
  // stays), skills and role, then LLM2 on the seed's alias collision.
  LoopbackServer server({
      Reply{200, completion(R"({"JD_type":"pass"})", 900, 50)},
      Reply{200, completion(R"({"skills":[{"skill_name":"API","is_primary":true,"evidence":["service APIs"]}],)"
                            R"("jd_role":{"display_name":"back-end developer","role_aliases":["Backend Developer"],)"
                            R"("role_archetype":"Engineering","rationale":null}})",
                            1200, 120)},
      Reply{200, completion(R"({"slug":"backend-engineer","confidence":0.79,"reasoning":"Server configuration and service APIs match backend-engineer's KRAs."})",
                            1500, 60)},
  });
  auto llm = std::make_shared<OpenAIProvider>(options_for(server));
  Options o;
  o.deterministic_ids = true;
  Run run = Pipeline(nullptr, o, nullptr, llm).run(testing::sample_jd());
  REQUIRE(server.requests().size() == 3);
  const Decision& d = run.api1.stage4_decision;
  CHECK(d.case_id == "D");
  CHECK(d.llm2_fired);
  CHECK(d.llm2_reasoning.value_or("").find("backend-engineer") != std::string::npos);
  CHECK(d.reasoning == "LLM2 picked backend-engineer (confidence 0.79)");
  REQUIRE(d.chosen_role);
  CHECK(d.chosen_role->slug == "backend-engineer");
  REQUIRE(run.fallbacks.size() == 1);
  CHECK(run.fallbacks[0].stage == "parse");
  // gpt-4.1-nano prices; the rejected parse answer was paid for too.
  double cost = (900 + 1200 + 1500) * 0.10 / 1e6 + (50 + 120 + 60) * 0.40 / 1e6;
  CHECK(run.api3.llm_cost_api1_usd.value_or(-1) == doctest::Approx(cost));
  CHECK(run.api3.llm_cost_api2_usd.value_or(-1) == doctest::Approx(0.0));
  CHECK(run.api3.llm_cost_total_usd.value_or(-1) == doctest::Approx(cost));
  std::string js = run.to_json();
  CHECK(js.find("\"llm2_fired\":true") != std::string::npos);
  CHECK(js.find("\"llm_cost_total_usd\":null") == std::string::npos);
}
