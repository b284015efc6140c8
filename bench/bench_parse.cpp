// Parse throughput of the deterministic JD parser (stage 0) on the SkillSpan postings.
//
//   bench_parse [DATA_DIR] [--passes N] [--repeat R]
//
// DATA_DIR holds skillspan-train.jsonl and skillspan-dev.jsonl (default: ../shared/data/dev from
// the project root, or $JDPIPE_SHARED_DATA_DIR/dev). Each posting's text is rebuilt from its
// tokens (tokens joined by spaces, sentences by line breaks, sentences grouped by `idx`). One
// thread; every pass parses every posting R times (default 8, so that one pass takes long enough
// to time); prints the median MB/s over N passes (default 5), the best and worst pass, and the
// peak RSS. Plain main, no benchmark library.
#include <simdjson.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "jdpipe/parsed_jd.hpp"
#include "../tools/skillspan.hpp"

namespace {

double peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir;
  int passes = 5, repeat = 8;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--passes" && i + 1 < argc) passes = std::max(1, std::atoi(argv[++i]));
    else if (a == "--repeat" && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
    else dir = a;
  }
  if (dir.empty()) {
    const char* env = std::getenv("JDPIPE_SHARED_DATA_DIR");
#ifdef JDPIPE_SHARED_DATA_DIR
    dir = env ? std::string(env) + "/dev" : std::string(JDPIPE_SHARED_DATA_DIR) + "/dev";
#else
    dir = env ? std::string(env) + "/dev" : std::string("../shared/data/dev");
#endif
  }
  std::vector<std::string> postings;
  for (const char* f : {"skillspan-train.jsonl", "skillspan-dev.jsonl"})
    if (!load_postings(dir + "/" + f, postings)) {
      std::fprintf(stderr, "bench_parse: cannot read %s/%s\n", dir.c_str(), f);
      return 2;
    }
  size_t bytes = 0;
  for (const auto& p : postings) bytes += p.size();
  double rss_before = peak_rss_mb();

  // Warm-up: first-use tables, page faults.
  size_t sink = 0;
  for (const auto& p : postings) sink += jdpipe::parse_jd(p).roles_and_responsibilities.size();

  std::vector<double> mbps;
  for (int pass = 0; pass < passes; ++pass) {
    auto t0 = std::chrono::steady_clock::now();
    for (int r = 0; r < repeat; ++r)
      for (const auto& p : postings) {
        jdpipe::ParsedJD out = jdpipe::parse_jd(p);
        sink += out.roles_and_responsibilities.size() + out.role.size();
      }
    auto t1 = std::chrono::steady_clock::now();
    double secs = std::chrono::duration<double>(t1 - t0).count();
    mbps.push_back(static_cast<double>(bytes) * repeat / 1e6 / secs);
  }
  std::vector<double> sorted = mbps;
  std::sort(sorted.begin(), sorted.end());
  double median = sorted[sorted.size() / 2];
  std::printf("postings:        %zu\n", postings.size());
  std::printf("bytes per pass:  %zu x %d (%.2f MB)\n", bytes, repeat, static_cast<double>(bytes) * repeat / 1e6);
  std::printf("passes:          %d, one thread\n", passes);
  std::printf("throughput:      median %.1f MB/s (min %.1f, max %.1f)\n", median, sorted.front(), sorted.back());
  std::printf("per posting:     %.1f us mean\n",
              1e6 * static_cast<double>(bytes) / (median * 1e6) / static_cast<double>(postings.size()));
  std::printf("peak RSS:        %.1f MB (%.1f MB after loading)\n", peak_rss_mb(), rss_before);
  std::printf("(checksum %zu)\n", sink);
  return 0;
}
