// Open time and memory of built SQLite catalogs: for O*NET and ESCO, build the .db once, then in
// fresh processes open it and construct a Pipeline ready to run (first open embeds the KRAs and
// caches them in the file; later opens read the cache). Prints a markdown table, then one of
// what each part of a Pipeline's compile takes, part after part on one thread (the Pipeline
// compiles the skill dictionary and the skill linker beside the rest: see pipeline/compiled_catalog.hpp).
// Run: build/bench/jdpipe_bench_catalog_open [SHARED_DATA_DIR]
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "jdpipe/jdpipe.hpp"
#include "pipeline/compiled_catalog.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

long rss_kb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return 0;
}

struct Open {
  double open_s = 0, ready_s = 0;
  long rss_delta_kb = 0;
};

// Runs in a child so that each measurement starts from a cold process.
Open measure_open(const std::string& db) {
  int fds[2];
  if (pipe(fds) != 0) std::exit(1);
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    Open o;
    long before = rss_kb();
    auto t0 = Clock::now();
    auto cat = jdpipe::SqliteCatalog::open(db);
    cat->snapshot();
    o.open_s = seconds_since(t0);
    jdpipe::Pipeline p(cat);
    o.ready_s = seconds_since(t0);
    o.rss_delta_kb = rss_kb() - before;
    if (write(fds[1], &o, sizeof o) != sizeof o) _exit(1);
    _exit(0);
  }
  close(fds[1]);
  Open o;
  if (read(fds[0], &o, sizeof o) != sizeof o) std::exit(1);
  close(fds[0]);
  waitpid(pid, nullptr, 0);
  return o;
}

// Seconds each part of a compile takes, one after the other on one thread.
std::vector<std::pair<const char*, double>> compile_parts(const std::string& db) {
  std::vector<std::pair<const char*, double>> parts;
  auto t = Clock::now();
  auto lap = [&](const char* what) {
    parts.emplace_back(what, seconds_since(t));
    t = Clock::now();
  };
  auto cat = jdpipe::SqliteCatalog::open(db);
  auto snapshot = cat->snapshot();
  const jdpipe::CatalogData& d = *snapshot;
  lap("open + snapshot");
  auto embedder = jdpipe::default_embedder(d);
  lap("default embedder (IDF fit)");
  jdpipe::skills::SkillDictionary dictionary(d);
  lap("skill dictionary");
  jdpipe::skills::SkillLinker linker(d);
  lap("skill linker");
  jdpipe::roles::TitleIndex titles(d);
  lap("title index");
  jdpipe::roles::KraIndex kras(d, *embedder, *cat);
  lap("KRA index (cached embeddings)");
  jdpipe::roles::TitleMatcher title_matcher(d, titles, *embedder);
  lap("title matcher");
  jdpipe::enrich::Enricher enricher(d);
  jdpipe::RoleLists role_lists(d);
  lap("enricher + role lists");
  jdpipe::skills::LinkRanker ranker(d, dictionary, linker);
  lap("link ranker");
  return parts;
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = argc > 1 ? argv[1] : JDPIPE_SOURCE_DIR "/../shared/data";
  auto dir = std::filesystem::temp_directory_path() / ("jdpipe-bench-open-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::printf("| catalog | create .db (s) | file (MiB) | first open + pipeline (s) | open (s) | open + pipeline, cached (s) | RSS added (MiB) |\n");
  std::printf("|---|---:|---:|---:|---:|---:|---:|\n");
  std::vector<std::string> dbs;
  for (const char* name : {"onet", "esco"}) {
    auto t0 = Clock::now();
    jdpipe::CatalogData cd = std::string(name) == "onet" ? jdpipe::import_onet(data + "/onet-27.0")
                                                          : jdpipe::import_esco(data + "/esco-v1.1.1");
    std::string db = (dir / (std::string(name) + ".db")).string();
    t0 = Clock::now();
    jdpipe::SqliteCatalog::create(db, cd);
    double create_s = seconds_since(t0);
    Open first = measure_open(db);  // embeds the KRAs and stores them
    std::vector<Open> runs;
    for (int i = 0; i < 5; ++i) runs.push_back(measure_open(db));
    std::sort(runs.begin(), runs.end(), [](auto& a, auto& b) { return a.ready_s < b.ready_s; });
    const Open& med = runs[runs.size() / 2];
    std::printf("| %s | %.2f | %.1f | %.2f | %.3f | %.3f | %.0f |\n", name, create_s,
                std::filesystem::file_size(db) / 1048576.0, first.ready_s, med.open_s, med.ready_s,
                med.rss_delta_kb / 1024.0);
    dbs.push_back(db);
  }
  std::printf("\n| part (median of 3, seconds) | onet | esco |\n|---|---:|---:|\n");
  std::vector<std::vector<std::vector<std::pair<const char*, double>>>> runs(dbs.size());
  for (int r = 0; r < 3; ++r)
    for (size_t c = 0; c < dbs.size(); ++c) runs[c].push_back(compile_parts(dbs[c]));
  for (size_t p = 0; p < runs[0][0].size(); ++p) {
    std::printf("| %s |", runs[0][0][p].first);
    for (const auto& catalog_runs : runs) {
      std::vector<double> s;
      for (const auto& run : catalog_runs) s.push_back(run[p].second);
      std::sort(s.begin(), s.end());
      std::printf(" %.3f |", s[s.size() / 2]);
    }
    std::printf("\n");
  }
  std::filesystem::remove_all(dir);
  return 0;
}
