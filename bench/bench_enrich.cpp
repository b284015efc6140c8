// What the client enrichment costs inside a run: the "enrich" stage of Options::record_timings
// against the whole run, over the hand-written JDs in tests/data/jds, warm, in one process.
// Run: build/bench/jdpipe_bench_enrich [PASSES]   (prints a markdown table)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "jdpipe/jdpipe.hpp"

int main(int argc, char** argv) {
  const int passes = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20;
  std::vector<std::string> texts;
  for (const auto& f : std::filesystem::directory_iterator(JDPIPE_SOURCE_DIR "/tests/data/jds"))
    if (f.path().extension() == ".txt") {
      std::ifstream in(f.path(), std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      texts.push_back(ss.str());
    }
  jdpipe::Options o;
  o.record_timings = true;
  jdpipe::Pipeline p(nullptr, o);
  for (const auto& t : texts) p.run(t);  // warm up
  std::vector<double> enrich_us, run_us;
  for (int pass = 0; pass < passes; ++pass)
    for (const auto& t : texts) {
      jdpipe::Run r = p.run(t);
      double total = 0, enrich = -1;
      for (const auto& [stage, us] : r.timings_us) {
        total += static_cast<double>(us);
        if (stage == "enrich") enrich = static_cast<double>(us);
      }
      if (enrich < 0) continue;  // rejected: no enrichment
      enrich_us.push_back(enrich);
      run_us.push_back(total);
    }
  double se = 0, st = 0;
  for (double v : enrich_us) se += v;
  for (double v : run_us) st += v;
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
  };
  std::printf("| runs | median enrich stage (us) | median run, sum of stages (us) | enrich share of all stage time |\n");
  std::printf("|---:|---:|---:|---:|\n");
  std::printf("| %zu | %.0f | %.0f | %.1f %% |\n", enrich_us.size(), median(enrich_us), median(run_us),
              st > 0 ? 100 * se / st : 0.0);
  return 0;
}
