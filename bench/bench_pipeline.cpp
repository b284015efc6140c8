// Throughput of the deterministic pipeline on the sample JD with the starter catalog.
// Run: build/bench/jdpipe_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "jdpipe/jdpipe.hpp"

namespace {

std::string sample_jd() {
  std::ifstream in(JDPIPE_SOURCE_DIR "/examples/sample-jd.txt");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void BM_CompileStarterPipeline(benchmark::State& state) {
  for (auto _ : state) {
    jdpipe::Pipeline p;
    benchmark::DoNotOptimize(&p);
  }
}
BENCHMARK(BM_CompileStarterPipeline)->Unit(benchmark::kMillisecond);

void BM_RunSampleJD(benchmark::State& state) {
  jdpipe::Options o;
  o.record_timings = false;
  jdpipe::Pipeline p(nullptr, o);
  std::string jd = sample_jd();
  for (auto _ : state) benchmark::DoNotOptimize(p.run(jd));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RunSampleJD)->Unit(benchmark::kMicrosecond);

void BM_RunSampleJDToJson(benchmark::State& state) {
  jdpipe::Options o;
  o.record_timings = false;
  jdpipe::Pipeline p(nullptr, o);
  std::string jd = sample_jd();
  for (auto _ : state) benchmark::DoNotOptimize(p.run(jd).to_json());
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RunSampleJDToJson)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
