// Skill linking speed with the full ESCO catalog (Google Benchmark): per mention of the
// skill-linking dev sets (tech and house, span + sentence), the old lexical tier alone
// (SkillLinker::nearest, 50 candidates; and 5, as API 2's canonicalisation asks), the ranker without the embedder (LinkRanker::rank:
// alias lookup, lexical scores, features, blend) and Pipeline::link_skill end to end with the
// default hashing embedder; and building the ranker.
//
//   jdpipe_bench_linking [--benchmark_repetitions=5 ...]
//
// Imports ESCO from $JDPIPE_SHARED_DATA_DIR/esco-v1.1.1 (default ../shared/data/esco-v1.1.1).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "jdpipe/catalog.hpp"
#include "jdpipe/importers.hpp"
#include "esco_data.hpp"
#include "jdpipe/pipeline.hpp"
#include "skills/dictionary.hpp"
#include "skills/link_ranker.hpp"
#include "skills/linker.hpp"

namespace {


// Rows of a CSV file (RFC 4180 quoting).
std::vector<std::vector<std::string>> read_csv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "bench_linking: cannot read %s\n", path.c_str());
    std::exit(2);
  }
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string s = ss.str();
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') field += '"', ++i;
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field)), field.clear();
    } else if (c == '\n') {
      rows.back().push_back(std::move(field)), field.clear();
      rows.emplace_back();
    } else if (c != '\r') {
      field += c;
    }
  }
  if (!field.empty() || !rows.back().empty()) rows.back().push_back(std::move(field));
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

struct Mention {
  std::string term, context;
};

const std::vector<Mention>& mentions() {
  static const std::vector<Mention> m = [] {
    std::vector<Mention> out;
    for (const char* f : {"skill-linking-tech-dev.csv", "skill-linking-house-dev.csv"}) {
      auto rows = read_csv(data_dir() + "/dev/" + f);
      for (size_t i = 1; i < rows.size(); ++i)  // columns: sentence, span, sub_span, label
        if (rows[i].size() >= 2) out.push_back({rows[i][1], rows[i][0]});
    }
    return out;
  }();
  return m;
}

void BM_LinkerNearest(benchmark::State& state) {
  static const jdpipe::skills::SkillLinker linker(esco());
  const auto& ms = mentions();
  const auto k = static_cast<size_t>(state.range(0));
  for (auto _ : state)
    for (const auto& m : ms) benchmark::DoNotOptimize(linker.nearest(m.term, m.context, k));
  state.SetItemsProcessed(static_cast<int64_t>(ms.size()) * state.iterations());
}
BENCHMARK(BM_LinkerNearest)->Arg(50)->Arg(5)->Unit(benchmark::kMillisecond);

void BM_LinkRankerRank(benchmark::State& state) {
  static const jdpipe::skills::SkillDictionary dict(esco());
  static const jdpipe::skills::SkillLinker linker(esco());
  static const jdpipe::skills::LinkRanker ranker(esco(), dict, linker);
  const auto& ms = mentions();
  for (auto _ : state)
    for (const auto& m : ms) benchmark::DoNotOptimize(ranker.rank(m.term, m.context, {}));
  state.SetItemsProcessed(static_cast<int64_t>(ms.size()) * state.iterations());
}
BENCHMARK(BM_LinkRankerRank)->Unit(benchmark::kMillisecond);

void BM_PipelineLinkSkill(benchmark::State& state) {
  static const jdpipe::Pipeline pipeline(std::make_shared<jdpipe::InMemoryCatalog>(esco()));
  const auto& ms = mentions();
  pipeline.link_skill(ms.front().term, ms.front().context, 5);  // embeds the skill names once
  for (auto _ : state)
    for (const auto& m : ms) benchmark::DoNotOptimize(pipeline.link_skill(m.term, m.context, 5));
  state.SetItemsProcessed(static_cast<int64_t>(ms.size()) * state.iterations());
}
BENCHMARK(BM_PipelineLinkSkill)->Unit(benchmark::kMillisecond);

void BM_BuildLinkRankerEsco(benchmark::State& state) {
  static const jdpipe::skills::SkillDictionary dict(esco());
  static const jdpipe::skills::SkillLinker linker(esco());
  for (auto _ : state) {
    jdpipe::skills::LinkRanker ranker(esco(), dict, linker);
    benchmark::DoNotOptimize(ranker);
  }
}
BENCHMARK(BM_BuildLinkRankerEsco)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
