// Skill matcher speed with the full ESCO dictionary (Google Benchmark).
//
//   jdpipe_bench_skills [--benchmark_repetitions=5 ...]
//
// Imports ESCO from $JDPIPE_SHARED_DATA_DIR/esco-v1.1.1 (default ../shared/data/esco-v1.1.1
// from the project root) once, then measures: compiling the matcher (SkillDictionary) and the
// linker index from the catalog, and SkillDictionary::find_all over the SkillSpan postings
// (train + dev, tokens joined by spaces, sentences by line breaks), one thread, in bytes/s.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "jdpipe/importers.hpp"
#include "skills/dictionary.hpp"
#include "skills/linker.hpp"
#include "../tools/skillspan.hpp"

namespace {

std::string data_dir() {
  if (const char* env = std::getenv("JDPIPE_SHARED_DATA_DIR")) return env;
  return JDPIPE_SOURCE_DIR "/../shared/data";
}

const jdpipe::CatalogData& esco() {
  static const jdpipe::CatalogData data = [] {
    jdpipe::CatalogData d = jdpipe::import_esco(data_dir() + "/esco-v1.1.1");
    d.finalize();
    return d;
  }();
  return data;
}

const std::vector<std::string>& postings() {
  static const std::vector<std::string> p = [] {
    std::vector<std::string> out;
    for (const char* f : {"skillspan-train.jsonl", "skillspan-dev.jsonl"})
      if (!load_postings(data_dir() + "/dev/" + f, out)) {
        std::fprintf(stderr, "bench_skills: cannot read %s/dev/%s\n", data_dir().c_str(), f);
        std::exit(2);
      }
    return out;
  }();
  return p;
}

void BM_CompileDictionaryEsco(benchmark::State& state) {
  const auto& d = esco();
  size_t aliases = 0;
  for (auto _ : state) {
    jdpipe::skills::SkillDictionary dict(d);
    aliases = dict.alias_count();
    benchmark::DoNotOptimize(dict);
  }
  state.counters["aliases"] = static_cast<double>(aliases);
}
BENCHMARK(BM_CompileDictionaryEsco)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_CompileLinkerEsco(benchmark::State& state) {
  const auto& d = esco();
  for (auto _ : state) {
    jdpipe::skills::SkillLinker linker(d);
    benchmark::DoNotOptimize(linker);
  }
}
BENCHMARK(BM_CompileLinkerEsco)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_FindAllEscoSkillSpan(benchmark::State& state) {
  static const jdpipe::skills::SkillDictionary dict(esco());
  const auto& texts = postings();
  size_t bytes = 0, mentions = 0;
  for (const auto& t : texts) bytes += t.size();
  for (auto _ : state) {
    mentions = 0;
    for (const auto& t : texts) mentions += dict.find_all(t).size();
    benchmark::DoNotOptimize(mentions);
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
  state.counters["mentions"] = static_cast<double>(mentions);
}
BENCHMARK(BM_FindAllEscoSkillSpan)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
