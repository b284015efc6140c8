// The jdpipe command line (FORMATS.md). Exit status: 0 success, 1 some inputs failed, 2 bad usage.
#include <fmt/format.h>
#include <simdjson.h>

#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "jdpipe/bundle.hpp"
#include "jdpipe/importers.hpp"
#include "jdpipe/jdpipe.hpp"
#include "jdpipe/sqlite_catalog.hpp"
#include "jdpipe/static_embedder.hpp"
#include "util/json.hpp"

namespace {

constexpr const char* kUsage = R"(usage: jdpipe <command> [options]

commands:
  run [FILE...]                       run the pipeline on job descriptions (one per file, '-' for stdin)
  catalog import onet|esco DIR -o OUT build a catalog from the O*NET text database or the ESCO CSVs
  catalog import bundle FILE -o OUT   convert a bundle (OUT ending .db is SQLite, .jsonl a bundle)
  catalog export PATH -o FILE         write a catalog as a bundle
  catalog stats [PATH]                the counts of a catalog (the starter catalog by default)

options:
  --version         print the version
  --help            this text; 'jdpipe <command> --help' for a command's options
)";

constexpr const char* kRunUsage = R"(usage: jdpipe run [options] [FILE...]

Runs each job description (one per FILE, '-' for stdin) and prints the run JSON: one object
for one input, an array for several, or one object a line with --jsonl-out.

options:
  --jsonl FILE          read {"id": ..., "text": ...} lines from FILE ('-' for stdin)
  --jsonl-out           write JSON Lines (one run per line)
  --catalog PATH        a catalog: SQLite (.db) or bundle (.jsonl); the built-in starter when absent
  --embedder NAME       'hashing' (default) or 'static:PATH' for word vectors (word2vec or GloVe)
  --llm NAME            'none' (default) or 'openai:MODEL' for an OpenAI-compatible endpoint
  --llm-base-url URL    its base URL (default: OPENAI_BASE_URL, else https://api.openai.com/v1);
                        the key comes from OPENAI_API_KEY
  --llm-timeout SECONDS bound on each LLM call, retries included (default 120)
  --llm-cache PATH      keep LLM answers in this SQLite file: a rerun costs nothing
  --llm-cache-mode M    read-write (default), record, or replay (a cache miss is an error)
  --threads N           worker threads (default 1)
  --persist             apply stage 5 and the API 3 links to the catalog
  --deterministic-ids   derive run ids from the input and options
  --no-timings          leave timings_us empty (byte-identical reruns)
  --compact             one-line JSON even for a single run
  --help                this text
)";

struct Input {
  std::string id;
  std::string text;
  std::string error;  // set when the input could not be read
};

int usage_error(const std::string& msg) {
  std::fprintf(stderr, "jdpipe: %s\n(see 'jdpipe --help')\n", msg.c_str());
  return 2;
}

bool read_file(const std::string& path, std::string& out) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    out = ss.str();
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return !in.bad();
}

std::vector<Input> read_jsonl(const std::string& path, bool& ok) {
  std::vector<Input> inputs;
  std::string all;
  ok = read_file(path, all);
  if (!ok) return inputs;
  simdjson::dom::parser parser;
  size_t line_no = 0, pos = 0;
  while (pos < all.size()) {
    size_t nl = all.find('\n', pos);
    if (nl == std::string::npos) nl = all.size();
    std::string line = all.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Input in;
    in.id = fmt::format("{}:{}", path, line_no);
    simdjson::dom::element doc;
    std::string_view text;
    if (parser.parse(simdjson::padded_string(line)).get(doc)) {
      in.error = fmt::format("line {}: invalid JSON", line_no);
    } else {
      simdjson::dom::element id;
      if (!doc["id"].get(id)) {
        std::string_view sid;
        int64_t nid;
        if (!id.get_string().get(sid)) in.id = std::string(sid);
        else if (!id.get_int64().get(nid)) in.id = std::to_string(nid);
      }
      if (doc["text"].get_string().get(text)) in.error = fmt::format("line {}: no string field 'text'", line_no);
      else in.text = std::string(text);
    }
    inputs.push_back(std::move(in));
  }
  return inputs;
}

bool is_sqlite_path(const std::string& path) {
  for (std::string_view ext : {".db", ".sqlite", ".sqlite3"})
    if (path.size() > ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0) return true;
  return false;
}

/// A catalog by path: SQLite for .db/.sqlite files, a bundle otherwise, the starter when empty.
std::shared_ptr<jdpipe::Catalog> open_catalog(const std::string& path) {
  if (path.empty()) return jdpipe::InMemoryCatalog::starter();
  if (is_sqlite_path(path)) return jdpipe::SqliteCatalog::open(path);
  return jdpipe::InMemoryCatalog::from_bundle_file(path);
}

std::string failure_json(const Input& in) {
  return jdpipe::json::Value(jdpipe::json::Object{{"input_id", in.id}, {"error", in.error}}).dump();
}

int cmd_run(int argc, char** argv) {
  std::vector<std::string> files;
  std::string jsonl, catalog_path, embedder = "hashing", llm = "none", llm_base_url, llm_cache, llm_cache_mode;
  double llm_timeout_s = 120;
  bool jsonl_out = false, compact = false;
  unsigned threads = 1;
  jdpipe::Options options;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](const char* name) -> std::string {
      if (i + 1 >= argc) throw std::invalid_argument(fmt::format("{} needs a value", name));
      return argv[++i];
    };
    if (a == "--help" || a == "-h") { std::fputs(kRunUsage, stdout); return 0; }
    else if (a == "--jsonl") jsonl = value("--jsonl");
    else if (a == "--jsonl-out") jsonl_out = true;
    else if (a == "--catalog") catalog_path = value("--catalog");
    else if (a == "--embedder") embedder = value("--embedder");
    else if (a == "--llm") llm = value("--llm");
    else if (a == "--llm-base-url") llm_base_url = value("--llm-base-url");
    else if (a == "--llm-cache") llm_cache = value("--llm-cache");
    else if (a == "--llm-cache-mode") llm_cache_mode = value("--llm-cache-mode");
    else if (a == "--llm-timeout") {
      std::string v = value("--llm-timeout");
      char* end = nullptr;
      llm_timeout_s = std::strtod(v.c_str(), &end);
      if (*end || !(llm_timeout_s > 0)) return usage_error(fmt::format("--llm-timeout: '{}' is not a positive number", v));
    }
    else if (a == "--threads") {
      std::string v = value("--threads");
      char* end = nullptr;
      long n = std::strtol(v.c_str(), &end, 10);
      if (*end || n < 1 || n > 1024) return usage_error(fmt::format("--threads: '{}' is not a number from 1 to 1024", v));
      threads = static_cast<unsigned>(n);
    }
    else if (a == "--persist") options.persist = true;
    else if (a == "--deterministic-ids") options.deterministic_ids = true;
    else if (a == "--no-timings") options.record_timings = false;
    else if (a == "--compact") compact = true;
    else if (a.size() > 1 && a[0] == '-' ) return usage_error(fmt::format("run: unknown option '{}'", a));
    else files.push_back(a);
  }
  if (embedder != "hashing" && embedder.rfind("static:", 0) != 0)
    return usage_error(fmt::format("--embedder '{}': use 'hashing' or 'static:PATH'", embedder));
  std::shared_ptr<jdpipe::LLMProvider> provider;
  if (llm.rfind("openai:", 0) == 0 && llm.size() > 7) {
    jdpipe::OpenAIOptions lo;
    lo.model = llm.substr(7);
    lo.base_url = llm_base_url;
    lo.call_budget_ms = static_cast<long>(llm_timeout_s * 1000);
    provider = std::make_shared<jdpipe::OpenAIProvider>(lo);
  } else if (llm != "none") {
    return usage_error(fmt::format("--llm '{}': use 'none' or 'openai:MODEL'", llm));
  }
  if (!llm_cache.empty()) {
    jdpipe::CacheOptions co;
    co.path = llm_cache;
    if (!llm_cache_mode.empty()) co.mode = jdpipe::parse_cache_mode(llm_cache_mode);
    // The model named by --llm is part of every cache key, also in replay mode.
    if (!provider) return usage_error("--llm-cache needs --llm openai:MODEL");
    provider = std::make_shared<jdpipe::CachingProvider>(provider, co);
  }
  if (files.empty() && jsonl.empty()) return usage_error("run: give a FILE, '-' for stdin, or --jsonl FILE");

  std::vector<Input> inputs;
  for (const auto& f : files) {
    Input in;
    in.id = f;
    if (!read_file(f, in.text)) in.error = fmt::format("cannot read '{}'", f);
    inputs.push_back(std::move(in));
  }
  if (!jsonl.empty()) {
    bool ok;
    auto more = read_jsonl(jsonl, ok);
    if (!ok) {
      std::fprintf(stderr, "jdpipe: cannot read '%s'\n", jsonl.c_str());
      return 1;
    }
    for (auto& in : more) inputs.push_back(std::move(in));
  }

  std::shared_ptr<jdpipe::Catalog> catalog;
  try {
    catalog = open_catalog(catalog_path);
  } catch (const jdpipe::Error& e) {
    std::fprintf(stderr, "jdpipe: %s\n", e.what());
    return 1;
  }
  std::shared_ptr<const jdpipe::Embedder> emb;  // null: the pipeline's hashing default
  if (embedder.rfind("static:", 0) == 0) {
    auto vectors = jdpipe::StaticVectorEmbedder::load(embedder.substr(7));
    // Word weights and the common component come from the catalog's own text.
    std::vector<std::string> corpus;
    for (const auto& r : catalog->snapshot()->roles) corpus.insert(corpus.end(), r.kras.begin(), r.kras.end());
    vectors->fit_frequencies(corpus);
    vectors->fit_common_component(corpus);
    emb = vectors;
  }
  jdpipe::Pipeline pipeline(catalog, options, emb, provider);

  std::vector<std::string> texts;
  for (const auto& in : inputs) texts.push_back(in.text);
  // Inputs that failed to read are not run; their slots report the error instead.
  std::vector<jdpipe::Run> runs = pipeline.run_batch(texts, threads);
  int status = 0;
  const bool array = !jsonl_out && inputs.size() != 1;
  const int indent = compact || jsonl_out ? -1 : 2;
  if (array) std::fputs("[\n", stdout);
  for (size_t i = 0; i < inputs.size(); ++i) {
    std::string out;
    if (!inputs[i].error.empty()) {
      status = 1;
      out = failure_json(inputs[i]);
      std::fprintf(stderr, "jdpipe: %s: %s\n", inputs[i].id.c_str(), inputs[i].error.c_str());
    } else {
      runs[i].input_id = inputs[i].id;
      out = runs[i].to_json(indent);
    }
    std::fputs(out.c_str(), stdout);
    if (array && i + 1 < inputs.size()) std::fputc(',', stdout);
    std::fputc('\n', stdout);
  }
  if (array) std::fputs("]\n", stdout);
  return status;
}

constexpr const char* kCatalogUsage = R"(usage:
  jdpipe catalog import onet DIR -o OUT [--tools-used]   O*NET text database folder
  jdpipe catalog import esco DIR -o OUT                  ESCO CSV classification folder
  jdpipe catalog import bundle FILE -o OUT
  jdpipe catalog export PATH -o FILE.jsonl
  jdpipe catalog stats [PATH]

OUT ending .db (or .sqlite) is a SQLite catalog, .jsonl a bundle. Progress goes to stderr when
it is a terminal.
)";

void write_catalog(const jdpipe::CatalogData& data, const std::string& out) {
  if (is_sqlite_path(out)) jdpipe::SqliteCatalog::create(out, data);
  else jdpipe::write_bundle(data, out);
}

int print_stats(const jdpipe::CatalogData& d) {
  size_t aliases = 0, kras = 0, role_aliases = 0, role_skills = 0, skill_dims = 0;
  for (const auto& s : d.skills) aliases += s.aliases.size(), skill_dims += s.dimensions.size();
  for (const auto& r : d.roles) kras += r.kras.size(), role_aliases += r.aliases.size(), role_skills += r.skills.size();
  jdpipe::json::Object o{{"name", d.meta.name},        {"version", d.meta.version},
                         {"roles", d.roles.size()},    {"role_aliases", role_aliases},
                         {"kras", kras},               {"skills", d.skills.size()},
                         {"skill_aliases", aliases},   {"dimensions", d.dimensions.size()},
                         {"role_skill_links", role_skills}, {"skill_dimension_links", skill_dims}};
  std::puts(jdpipe::json::Value(std::move(o)).dump(2).c_str());
  return 0;
}

int cmd_catalog(int argc, char** argv) {
  if (argc < 1) return usage_error("catalog: give a subcommand (import, export, stats)");
  std::vector<std::string> args;
  std::string out;
  bool tools_used = false;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help" || a == "-h") { std::fputs(kCatalogUsage, stdout); return 0; }
    if (a == "-o" || a == "--output") {
      if (i + 1 >= argc) return usage_error(a + " needs a value");
      out = argv[++i];
    } else if (a == "--tools-used") {
      tools_used = true;
    } else if (a == "--catalog" && i + 1 < argc) {
      args.push_back(argv[++i]);
    } else if (a.size() > 1 && a[0] == '-') {
      return usage_error(fmt::format("catalog: unknown option '{}'", a));
    } else {
      args.push_back(a);
    }
  }
  const std::string& sub = args[0];
  if (sub == "stats") {
    if (args.size() > 2) return usage_error("catalog stats takes one PATH");
    return print_stats(*open_catalog(args.size() == 2 ? args[1] : std::string())->snapshot());
  }
  if (sub == "export") {
    if (args.size() != 2 || out.empty()) return usage_error("usage: jdpipe catalog export PATH -o FILE.jsonl");
    jdpipe::write_bundle(*open_catalog(args[1])->snapshot(), out);
    return 0;
  }
  if (sub == "import") {
    if (args.size() != 3 || out.empty()) return usage_error("usage: jdpipe catalog import onet|esco|bundle SOURCE -o OUT");
    const std::string& kind = args[1];
    const std::string& source = args[2];
    jdpipe::ImportOptions opts;
    opts.include_tools_used = tools_used;
    if (isatty(STDERR_FILENO))
      opts.progress = [](std::string_view stage, size_t done, size_t total) {
        std::fprintf(stderr, "\r%-24.*s %5.1f%%", static_cast<int>(stage.size()), stage.data(),
                     total ? 100.0 * static_cast<double>(done) / static_cast<double>(total) : 100.0);
        std::fflush(stderr);
      };
    jdpipe::CatalogData data;
    if (kind == "onet") data = jdpipe::import_onet(source, opts);
    else if (kind == "esco") data = jdpipe::import_esco(source, opts);
    else if (kind == "bundle") data = *jdpipe::InMemoryCatalog::from_bundle_file(source)->snapshot();
    else return usage_error(fmt::format("catalog import: unknown source kind '{}' (onet, esco, bundle)", kind));
    if (opts.progress) std::fputc('\n', stderr);
    write_catalog(data, out);
    std::fprintf(stderr, "jdpipe: wrote %s: %zu roles, %zu skills, %zu dimensions\n", out.c_str(), data.roles.size(),
                 data.skills.size(), data.dimensions.size());
    return 0;
  }
  return usage_error(fmt::format("catalog: unknown subcommand '{}'", sub));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string cmd = argv[1];
  try {
    if (cmd == "--version" || cmd == "version") {
      std::printf("jdpipe %s\n", jdpipe::version());
      return 0;
    }
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (cmd == "run") return cmd_run(argc - 2, argv + 2);
    if (cmd == "catalog") return cmd_catalog(argc - 2, argv + 2);
  } catch (const std::invalid_argument& e) {
    return usage_error(e.what());
  } catch (const jdpipe::Error& e) {
    std::fprintf(stderr, "jdpipe: %s\n", e.what());
    return e.code() == jdpipe::Error::Code::kInvalidArgument ? 2 : 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "jdpipe: %s\n", e.what());
    return 1;
  }
  return usage_error(fmt::format("unknown command '{}'", cmd));
}
