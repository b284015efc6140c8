// jdpipe run: the whole pipeline over files or JSON Lines.
#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include "cli.hpp"

namespace jdpipe::cli {
namespace {

constexpr const char* kRunUsage = R"(usage: jdpipe run [options] [FILE...]

Runs each job description (one per FILE, '-' for stdin) and prints the run JSON: one object
for one input, an array for several, or one object a line with --jsonl-out.

options:
  --jsonl FILE          read {"id": ..., "text": ...} lines from FILE ('-' for stdin)
  --jsonl-out           write JSON Lines (one run per line)
  --threads N           worker threads (default 1)
  --persist             apply stage 5 and the API 3 links to the catalog
  --deterministic-ids   derive run ids from the input and options
  --no-timings          leave timings_us empty (byte-identical reruns)
  --kra-centroid-weight W  blend of the role-level centroid cosine into the KRA score (default 1;
                        0: the seed's mean of max)
  --weights A,K,S       fusion weights of the alias, KRA and skill signals (default 0.5,0.35,0.05)
  --kra-shortlist N     score by KRAs only the N roles whose KRA centroids are nearest (default 5;
                        0: every role)
  --compact             one-line JSON even for a single run
  --help                this text
)";

}  // namespace

int cmd_run(int argc, char** argv) {
  std::vector<std::string> files;
  std::string jsonl;
  CommonOptions common;
  bool jsonl_out = false, compact = false;
  unsigned threads = 1;
  Options options;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help" || a == "-h") {
      std::fputs(kRunUsage, stdout);
      std::fputs(CommonOptions::help(), stdout);
      return 0;
    }
    if (common.take(argc, argv, i)) continue;
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::invalid_argument(fmt::format("{} needs a value", a));
      return argv[++i];
    };
    if (a == "--jsonl") jsonl = value();
    else if (a == "--jsonl-out") jsonl_out = true;
    else if (a == "--threads") threads = static_cast<unsigned>(parse_int("--threads", value(), 1, 1024));
    else if (a == "--persist") options.persist = true;
    else if (a == "--deterministic-ids") options.deterministic_ids = true;
    else if (a == "--no-timings") options.record_timings = false;
    else if (a == "--compact") compact = true;
    else if (a == "--kra-centroid-weight") {
      std::string v = value();
      char* end = nullptr;
      options.kra_centroid_weight = std::strtod(v.c_str(), &end);
      if (v.empty() || *end) throw std::invalid_argument(fmt::format("--kra-centroid-weight: '{}' is not a number", v));
    } else if (a == "--weights") {
      std::string v = value();
      if (std::sscanf(v.c_str(), "%lf,%lf,%lf", &options.w_alias, &options.w_kra, &options.w_skill) != 3)
        throw std::invalid_argument(fmt::format("--weights: '{}' is not three numbers A,K,S", v));
    } else if (a == "--kra-shortlist") options.kra_shortlist = static_cast<int>(parse_int("--kra-shortlist", value(), 0, 1000000));
    else if (a.size() > 1 && a[0] == '-') return usage_error(fmt::format("run: unknown option '{}'", a));
    else files.push_back(a);
  }
  common.validate();
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
    auto more = read_jsonl(jsonl, "text", ok);
    if (!ok) {
      std::fprintf(stderr, "jdpipe: cannot read '%s'\n", jsonl.c_str());
      return 1;
    }
    for (auto& in : more) inputs.push_back(std::move(in));
  }

  std::shared_ptr<Catalog> catalog = common.open();
  Pipeline pipeline(catalog, options, common.make_embedder(*catalog), common.make_provider());

  std::vector<std::string> texts;
  for (const auto& in : inputs) texts.push_back(in.text);
  // Inputs that failed to read are not run; their slots report the error instead.
  std::vector<Run> runs = pipeline.run_batch(texts, threads);
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

}  // namespace jdpipe::cli
