#include "cli.hpp"

#include <fmt/format.h>
#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include "jdpipe/combined_embedder.hpp"
#include "jdpipe/http_embedder.hpp"
#include "jdpipe/sqlite_catalog.hpp"
#include "jsonl.hpp"
#include "jdpipe/static_embedder.hpp"
#include "util/json.hpp"

namespace jdpipe::cli {

int usage_error(const std::string& msg) {
  std::fprintf(stderr, "jdpipe: %s\n(see 'jdpipe --help')\n", msg.c_str());
  return 2;
}

bool read_file(const std::string& path, std::string& out) {
  std::ostringstream ss;
  if (path == "-") {
    ss << std::cin.rdbuf();
    out = ss.str();
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  ss << in.rdbuf();
  out = ss.str();
  return !in.bad();
}

std::vector<Input> read_jsonl(const std::string& path, std::string_view field, bool& ok,
                              std::string_view context_field) {
  std::vector<Input> inputs;
  JsonlReader reader(path, field, context_field);
  ok = reader.ok();
  for (Input in; ok && reader.next(in);) inputs.push_back(std::move(in));
  return inputs;
}

std::string failure_json(const Input& in) {
  return json::Value(json::Object{{"input_id", in.id}, {"error", in.error}}).dump();
}

bool is_sqlite_path(const std::string& path) { return is_sqlite_catalog_path(path); }

std::shared_ptr<Catalog> open_catalog(const std::string& path) { return jdpipe::open_catalog(path); }

long parse_int(const char* name, const std::string& v, long lo, long hi) {
  char* end = nullptr;
  long n = std::strtol(v.c_str(), &end, 10);
  if (v.empty() || *end || n < lo || n > hi)
    throw std::invalid_argument(fmt::format("{}: '{}' is not a number from {} to {}", name, v, lo, hi));
  return n;
}

bool Args::next() {
  while (++i_ < argc_) {
    arg_ = argv_[i_];
    if (arg_ == "--help" || arg_ == "-h") {
      std::fputs(usage_, stdout);
      std::fputs(CommonOptions::help(), stdout);
      help_shown_ = true;
      return false;
    }
    if (!common_.take(argc_, argv_, i_)) return true;
  }
  return false;
}

std::string Args::value() {
  if (i_ + 1 >= argc_) throw std::invalid_argument(fmt::format("{} needs a value", arg_));
  return argv_[++i_];
}

bool CommonOptions::take(int argc, char** argv, int& i) {
  std::string_view a = argv[i];
  auto value = [&]() -> std::string {
    if (i + 1 >= argc) throw std::invalid_argument(fmt::format("{} needs a value", a));
    return argv[++i];
  };
  if (a == "--catalog") catalog_path = value();
  else if (a == "--embedder") embedder = value();
  else if (a == "--embedder-model") embedder_model = value();
  else if (a == "--llm") llm = value();
  else if (a == "--llm-base-url") llm_base_url = value();
  else if (a == "--llm-cache") llm_cache = value();
  else if (a == "--llm-cache-mode") llm_cache_mode = value();
  else if (a == "--skill-tagger") skill_tagger = value();
  else if (a == "--llm-timeout") {
    std::string v = value();
    char* end = nullptr;
    llm_timeout_s = std::strtod(v.c_str(), &end);
    if (*end || !(llm_timeout_s > 0))
      throw std::invalid_argument(fmt::format("--llm-timeout: '{}' is not a positive number", v));
  } else {
    return false;
  }
  return true;
}

void CommonOptions::validate() const {
  const bool http = embedder.rfind("http:", 0) == 0 && embedder.size() > 5;
  if (embedder != "hashing" && embedder.rfind("static:", 0) != 0 && embedder.rfind("static+hashing:", 0) != 0 && !http)
    throw std::invalid_argument(
        fmt::format("--embedder '{}': use 'hashing', 'static:PATH', 'static+hashing:PATH' or 'http:URL'", embedder));
  if (http && embedder.rfind("http:http://", 0) != 0 && embedder.rfind("http:https://", 0) != 0)
    throw std::invalid_argument(fmt::format("--embedder '{}': the URL after 'http:' must start with http:// or https://", embedder));
  if (llm != "none" && !(llm.rfind("openai:", 0) == 0 && llm.size() > 7))
    throw std::invalid_argument(fmt::format("--llm '{}': use 'none' or 'openai:MODEL'", llm));
  // The model named by --llm is part of every cache key, also in replay mode.
  if (!llm_cache.empty() && llm == "none") throw std::invalid_argument("--llm-cache needs --llm openai:MODEL");
}

void CommonOptions::apply(Options& options) const {
  if (!skill_tagger.empty()) options.skill_tagger = SkillTagger::load(skill_tagger);
}

std::shared_ptr<const Embedder> CommonOptions::make_embedder(const Catalog& catalog) const {
  if (embedder.rfind("http:", 0) == 0) {
    HttpEmbedderOptions ho;
    ho.url = embedder.substr(5);
    if (!embedder_model.empty()) ho.model = embedder_model;
    if (const char* key = std::getenv("OPENAI_API_KEY")) ho.api_key = key;
    return std::make_shared<HttpEmbedder>(ho);
  }
  const bool with_hashing = embedder.rfind("static+hashing:", 0) == 0;
  if (embedder.rfind("static:", 0) != 0 && !with_hashing) return nullptr;
  auto vectors = StaticVectorEmbedder::load(embedder.substr(embedder.find(':') + 1));
  // Word weights, IDF and the common component come from the catalog's own text.
  std::vector<std::string> corpus;
  for (const auto& r : catalog.snapshot()->roles) corpus.insert(corpus.end(), r.kras.begin(), r.kras.end());
  vectors->fit_frequencies(corpus);
  vectors->fit_common_component(corpus);
  if (!with_hashing) return vectors;
  auto hashing = std::make_shared<HashingEmbedder>();
  hashing->fit_idf(corpus);
  // Equal weights: word vectors for paraphrases, hashed n-grams for shared terms.
  return std::make_shared<CombinedEmbedder>(
      std::vector<std::pair<std::shared_ptr<const Embedder>, double>>{{vectors, 0.5}, {hashing, 0.5}});
}

std::shared_ptr<LLMProvider> CommonOptions::make_provider() const {
  if (llm == "none") return nullptr;
  OpenAIOptions lo;
  lo.model = llm.substr(7);
  lo.base_url = llm_base_url;
  lo.call_budget_ms = static_cast<long>(llm_timeout_s * 1000);
  std::shared_ptr<LLMProvider> provider = std::make_shared<OpenAIProvider>(lo);
  if (!llm_cache.empty()) {
    CacheOptions co;
    co.path = llm_cache;
    if (!llm_cache_mode.empty()) co.mode = parse_cache_mode(llm_cache_mode);
    provider = std::make_shared<CachingProvider>(provider, co);
  }
  return provider;
}

const char* CommonOptions::help() {
  return R"(  --catalog PATH        a catalog: SQLite (.db) or bundle (.jsonl); the built-in starter when absent
  --embedder NAME       'hashing' (default), 'static:PATH' for word vectors (word2vec or GloVe), or
                        'static+hashing:PATH' for both (equal weights), or 'http:URL' for an
                        OpenAI-compatible /v1/embeddings endpoint (key: OPENAI_API_KEY)
  --embedder-model NAME the model an http: embedder asks for (default text-embedding-3-small)
  --llm NAME            'none' (default) or 'openai:MODEL' for an OpenAI-compatible endpoint
  --llm-base-url URL    its base URL (default: OPENAI_BASE_URL, else https://api.openai.com/v1);
                        the key comes from OPENAI_API_KEY
  --llm-timeout SECONDS bound on each LLM call, retries included (default 120)
  --llm-cache PATH      keep LLM answers in this SQLite file: a rerun costs nothing
  --llm-cache-mode M    read-write (default), record, or replay (a cache miss is an error)
  --skill-tagger FILE   find skills with a tagger trained by 'jdpipe train-tagger' (default: the
                        catalog dictionary's matches only)
)";
}

}  // namespace jdpipe::cli
