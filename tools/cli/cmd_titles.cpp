// jdpipe resolve-title: the top-k catalog roles for bare job titles.
#include <fmt/format.h>

#include <cstdio>
#include <stdexcept>

#include "cli.hpp"
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

}  // namespace

int cmd_resolve_title(int argc, char** argv) {
  std::vector<Input> inputs;
  std::string jsonl;
  CommonOptions common;
  long k = 10;
  Options options;
  Args args(argc, argv, kTitlesUsage, common);
  while (args.next()) {
    const std::string& a = args.arg();
    if (a == "--k") k = parse_int("--k", args.value(), 1, 1000);
    else if (a == "--jsonl") jsonl = args.value();
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
  int status = 0;
  for (const auto& in : inputs) {
    std::string out;
    if (!in.error.empty()) {
      status = 1;
      out = failure_json(in);
      std::fprintf(stderr, "jdpipe: %s: %s\n", in.id.c_str(), in.error.c_str());
    } else {
      out = title_json(in, pipeline.resolve_title(in.text, static_cast<size_t>(k)));
    }
    std::fputs(out.c_str(), stdout);
    std::fputc('\n', stdout);
  }
  return status;
}

}  // namespace jdpipe::cli
