// jdpipe resolve-title: the top-k catalog roles for bare job titles.
#include <fmt/format.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>

#include "cli.hpp"
#include "jdpipe/title_bridge.hpp"
#include "util/json.hpp"

namespace jdpipe::cli {
namespace {

constexpr const char* kTitlesUsage = R"(usage: jdpipe resolve-title [options] TITLE...

Prints the top-k catalog roles for each job title, with scores and external ids: one JSON
object per title ({"id", "title", "candidates": [{"slug", "display_name", "external_id",
"score", "matched_via"}]}), one a line.

options:
  --k N                 candidates per title (default 10)
  --jsonl FILE          read {"id": ..., "title": ...} lines from FILE ('-' for stdin)
  --title-weights T,C,E[,A[,L,S[,R]]]  how token-set, character n-gram and embedding
                        similarity blend, A the weight of a match through an alias relative to
                        the role's name, L, S and R the weights of the whole-role votes (the
                        title against all of a role's labels, its skills' names, and its mean
                        label embedding) (default 0.35,0.35,0.30,0.85,0.25,0.5,0.3)
  --bridge-catalog PATH also resolve each title against this catalog (e.g. an O*NET import,
                        rich in real-world titles); its best role votes for the roles of
                        --catalog that share titles with it (jdpipe/title_bridge.hpp). Each
                        candidate then also has "bridge_vote" and "bridged_from" (the voting
                        role's slug, or null)
  --bridge-weight W     the vote's weight (default 0.1)
  --help                this text
)";

std::string title_json(const Input& in, const std::vector<TitleMatch>& matches) {
  json::Array cands;
  for (const auto& m : matches)
    cands.push_back(json::Object{{"slug", m.slug},
                                 {"display_name", m.display_name},
                                 {"external_id", m.external_id ? json::Value(*m.external_id) : json::Value(nullptr)},
                                 {"score", m.score},
                                 {"matched_via", m.matched_via}});
  return json::Value(json::Object{{"id", in.id}, {"title", in.text}, {"candidates", std::move(cands)}}).dump();
}

std::string bridged_title_json(const Input& in, const std::vector<TitleBridge::Match>& matches) {
  json::Array cands;
  for (const auto& b : matches) {
    const TitleMatch& m = b.match;
    cands.push_back(json::Object{{"slug", m.slug},
                                 {"display_name", m.display_name},
                                 {"external_id", m.external_id ? json::Value(*m.external_id) : json::Value(nullptr)},
                                 {"score", m.score},
                                 {"matched_via", m.matched_via},
                                 {"bridge_vote", std::round(b.vote * 1e4) / 1e4},
                                 {"bridged_from", b.source_slug.empty() ? json::Value(nullptr) : json::Value(b.source_slug)}});
  }
  return json::Value(json::Object{{"id", in.id}, {"title", in.text}, {"candidates", std::move(cands)}}).dump();
}

}  // namespace

int cmd_resolve_title(int argc, char** argv) {
  std::vector<Input> inputs;
  std::string jsonl;
  CommonOptions common;
  long k = 10;
  Options options;
  std::string bridge_catalog;
  TitleBridge::Options bridge_options;
  Args args(argc, argv, kTitlesUsage, common);
  while (args.next()) {
    const std::string& a = args.arg();
    if (a == "--k") k = parse_int("--k", args.value(), 1, 1000);
    else if (a == "--jsonl") jsonl = args.value();
    else if (a == "--bridge-catalog") bridge_catalog = args.value();
    else if (a == "--bridge-weight") {
      std::string v = args.value();
      char* end = nullptr;
      bridge_options.weight = std::strtod(v.c_str(), &end);
      if (v.empty() || *end || !(bridge_options.weight >= 0) || !std::isfinite(bridge_options.weight))
        throw std::invalid_argument(fmt::format("--bridge-weight: '{}' is not a non-negative number", v));
    }
    else if (a == "--title-weights") {
      std::string v = args.value();
      auto& tb = options.title_blend;
      int got = std::sscanf(v.c_str(), "%lf,%lf,%lf,%lf,%lf,%lf,%lf", &tb.token, &tb.chars, &tb.embedding,
                            &tb.alt_label_factor, &tb.role_labels, &tb.role_skills, &tb.role_embedding);
      if (got != 3 && got != 4 && got != 6 && got != 7)
        throw std::invalid_argument(
            fmt::format("--title-weights: '{}' is not 3, 4, 6 or 7 numbers T,C,E[,A[,L,S[,R]]]", v));
    }
    else if (args.is_option()) return usage_error(fmt::format("resolve-title: unknown option '{}'", a));
    else inputs.push_back({std::to_string(inputs.size()), a, {}, {}});
  }
  if (args.help_shown()) return 0;
  common.validate();
  if (inputs.empty() && jsonl.empty()) return usage_error("resolve-title: give a TITLE or --jsonl FILE");
  if (!jsonl.empty()) {
    bool ok;
    auto more = read_jsonl(jsonl, "title", ok);
    if (!ok) {
      std::fprintf(stderr, "jdpipe: cannot read '%s'\n", jsonl.c_str());
      return 1;
    }
    for (auto& in : more) inputs.push_back(std::move(in));
  }

  std::shared_ptr<Catalog> catalog = common.open();
  Pipeline pipeline(catalog, options, common.make_embedder(*catalog), nullptr);
  std::unique_ptr<Pipeline> source;
  std::unique_ptr<TitleBridge> bridge;
  if (!bridge_catalog.empty()) {
    std::shared_ptr<Catalog> other = open_catalog(bridge_catalog);
    source = std::make_unique<Pipeline>(other, options, common.make_embedder(*other), nullptr);
    bridge = std::make_unique<TitleBridge>(pipeline, *source, bridge_options);
  }
  int status = 0;
  for (const auto& in : inputs) {
    std::string out;
    if (!in.error.empty()) {
      status = 1;
      out = failure_json(in);
      std::fprintf(stderr, "jdpipe: %s: %s\n", in.id.c_str(), in.error.c_str());
    } else {
      out = bridge ? bridged_title_json(in, bridge->resolve_title(in.text, static_cast<size_t>(k)))
                   : title_json(in, pipeline.resolve_title(in.text, static_cast<size_t>(k)));
    }
    std::fputs(out.c_str(), stdout);
    std::fputc('\n', stdout);
  }
  return status;
}

}  // namespace jdpipe::cli
