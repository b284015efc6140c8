// Import benchmark: times import_onet and import_esco on the shared data sets (median of N
// runs), with each run's peak resident memory, the record counts, and the time to render the
// result as a bundle. A plain main (no Google Benchmark): every run is a fresh child process so
// that its peak RSS (getrusage via wait4) is its own.
//
//   bench_import [--data DIR] [--runs N] [--out FILE.md]
//
// DIR defaults to $JDPIPE_SHARED_DATA_DIR, else ../shared/data beside the project's root.
// Prints a markdown report; --out also writes it to a file.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "jdpipe/bundle.hpp"
#include "jdpipe/error.hpp"
#include "jdpipe/importers.hpp"

namespace fs = std::filesystem;

namespace {

// What a child reports back through a pipe.
struct Sample {
  double import_s = 0;
  double bundle_s = 0;
  uint64_t bundle_bytes = 0;
  uint64_t roles = 0, role_aliases = 0, kras = 0, skills = 0, skill_aliases = 0, dimensions = 0, role_skills = 0;
  uint64_t skipped = 0;
  long import_hwm_kb = 0;  // VmHWM right after the import, before the bundle is rendered
  char error[512] = {};
};

struct Result {
  std::string name;
  std::vector<Sample> samples;
  std::vector<long> max_rss_kb;
};

// The process's peak resident set so far, from /proc/self/status.
long vm_hwm_kb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6);
  return 0;
}

using Importer = std::function<jdpipe::CatalogData(jdpipe::ImportStats*)>;

Sample measure(const Importer& import) {
  Sample s;
  try {
    jdpipe::ImportStats stats;
    auto t0 = std::chrono::steady_clock::now();
    jdpipe::CatalogData d = import(&stats);
    auto t1 = std::chrono::steady_clock::now();
    s.import_hwm_kb = vm_hwm_kb();
    std::string text = jdpipe::to_bundle_text(d);
    auto t2 = std::chrono::steady_clock::now();
    s.import_s = std::chrono::duration<double>(t1 - t0).count();
    s.bundle_s = std::chrono::duration<double>(t2 - t1).count();
    s.bundle_bytes = text.size();
    s.roles = d.roles.size();
    s.skills = d.skills.size();
    s.dimensions = d.dimensions.size();
    for (const auto& r : d.roles) s.role_aliases += r.aliases.size(), s.kras += r.kras.size(), s.role_skills += r.skills.size();
    for (const auto& k : d.skills) s.skill_aliases += k.aliases.size();
    s.skipped = stats.skipped_rows;
  } catch (const std::exception& e) {
    std::snprintf(s.error, sizeof s.error, "%s", e.what());
  }
  return s;
}

// Runs `import` in a child process; returns its sample and peak RSS in KiB.
std::pair<Sample, long> run_child(const Importer& import) {
  int fds[2];
  if (pipe(fds) != 0) {
    std::perror("pipe");
    std::exit(1);
  }
  std::fflush(nullptr);
  pid_t pid = fork();
  if (pid < 0) {
    std::perror("fork");
    std::exit(1);
  }
  if (pid == 0) {
    close(fds[0]);
    Sample s = import ? measure(import) : Sample{};
    ssize_t n = write(fds[1], &s, sizeof s);
    _exit(n == static_cast<ssize_t>(sizeof s) ? 0 : 1);
  }
  close(fds[1]);
  Sample s;
  size_t got = 0;
  while (got < sizeof s) {
    ssize_t n = read(fds[0], reinterpret_cast<char*>(&s) + got, sizeof s - got);
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
  close(fds[0]);
  int status = 0;
  struct rusage ru {};
  wait4(pid, &status, 0, &ru);
  if (got != sizeof s || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
    std::snprintf(s.error, sizeof s.error, "the child process failed (status %d)", status);
  return {s, ru.ru_maxrss};
}

template <class T, class F>
double median_of(const std::vector<T>& items, F&& f) {
  std::vector<double> v;
  for (const auto& x : items) v.push_back(static_cast<double>(f(x)));
  std::sort(v.begin(), v.end());
  if (v.empty()) return 0;
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

std::string cpu_model() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("model name", 0) == 0) {
      auto c = line.find(':');
      return c == std::string::npos ? line : line.substr(line.find_first_not_of(' ', c + 1));
    }
  return "unknown";
}

std::string load_average() {
  std::ifstream in("/proc/loadavg");
  double a = 0, b = 0, c = 0;
  if (!(in >> a >> b >> c)) return "unknown";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f %.2f %.2f", a, b, c);
  return buf;
}

std::string default_data_dir() {
  if (const char* env = std::getenv("JDPIPE_SHARED_DATA_DIR")) return env;
#ifdef JDPIPE_SHARED_DATA_DIR
  return JDPIPE_SHARED_DATA_DIR;
#else
  // bench/bench_import.cpp -> <root>/../shared/data
  return (fs::path(__FILE__).parent_path().parent_path() / ".." / "shared" / "data").lexically_normal().string();
#endif
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = default_data_dir(), out_path;
  int runs = 3;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--data" && i + 1 < argc) data = argv[++i];
    else if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
    else if (a == "--out" && i + 1 < argc) out_path = argv[++i];
    else {
      std::fprintf(stderr, "usage: %s [--data DIR] [--runs N] [--out FILE.md]\n", argv[0]);
      return a == "--help" || a == "-h" ? 0 : 2;
    }
  }
  {
    std::error_code ec;
    auto canon = fs::weakly_canonical(data, ec);
    if (!ec) data = canon.string();
  }
  const std::string onet = data + "/onet-27.0", esco = data + "/esco-v1.1.1";

  struct Case {
    std::string name;
    Importer import;
  };
  std::vector<Case> cases = {
      {"O*NET 27.0", [&](jdpipe::ImportStats* st) {
         jdpipe::ImportOptions o;
         o.stats = st;
         return jdpipe::import_onet(onet, o);
       }},
      {"O*NET 27.0 + Tools Used", [&](jdpipe::ImportStats* st) {
         jdpipe::ImportOptions o;
         o.stats = st;
         o.include_tools_used = true;
         return jdpipe::import_onet(onet, o);
       }},
      {"ESCO v1.1.1", [&](jdpipe::ImportStats* st) {
         jdpipe::ImportOptions o;
         o.stats = st;
         return jdpipe::import_esco(esco, o);
       }},
  };

  const std::string load = load_average();
  long baseline_kb = run_child(nullptr).second;
  std::vector<Result> results;
  for (const auto& c : cases) {
    Result r{c.name, {}, {}};
    for (int i = 0; i < runs; ++i) {
      auto [s, rss] = run_child(c.import);
      if (s.error[0]) {
        std::fprintf(stderr, "%s: %s\n", c.name.c_str(), s.error);
        return 1;
      }
      std::fprintf(stderr, "%s run %d: %.3f s, %ld KiB\n", c.name.c_str(), i + 1, s.import_s, rss);
      r.samples.push_back(s);
      r.max_rss_kb.push_back(rss);
    }
    results.push_back(std::move(r));
  }

  char date[32];
  std::time_t now = std::time(nullptr);
  std::strftime(date, sizeof date, "%Y-%m-%d", std::localtime(&now));
  std::string md;
  auto add = [&](const std::string& s) { md += s; };
  char buf[1024];
  add(std::string("# Catalog import benchmark, ") + date + "\n\n");
  std::snprintf(buf, sizeof buf,
                "Machine: %s, %ld logical CPUs (nproc), load average %s when the runs started (the machine is "
                "shared). Compiler: %s, %s.\n"
                "Each figure is the median of %d runs; each run is a fresh process, so its peak RSS is its own "
                "(\"import\": VmHWM right after the import; \"with bundle\": getrusage ru_maxrss via wait4, "
                "after also rendering the bundle text); an idle child peaks at %ld KiB. \"Bundle\" is "
                "to_bundle_text on the imported data. Data: `%s`.\n\n",
                cpu_model().c_str(), sysconf(_SC_NPROCESSORS_ONLN), load.c_str(),
#if defined(__clang__)
                "Clang " __clang_version__,
#elif defined(__GNUC__)
                "GCC " __VERSION__,
#else
                "unknown",
#endif
#ifdef NDEBUG
                "optimised with NDEBUG",
#else
                "assertions on",
#endif
                runs, baseline_kb, data.c_str());
  add(buf);
  add("| import | time (s) | peak RSS import (MiB) | peak RSS with bundle (MiB) | roles | role aliases | KRAs | skills | skill aliases | dimensions | "
      "role-skill links | skipped rows | bundle (s) | bundle (MiB) |\n");
  add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
  for (const auto& r : results) {
    const Sample& s = r.samples.front();  // counts are identical across runs
    std::snprintf(buf, sizeof buf,
                  "| %s | %.2f | %.0f | %.0f | %llu | %llu | %llu | %llu | %llu | %llu | %llu | %llu | %.2f | %.1f |\n",
                  r.name.c_str(), median_of(r.samples, [](const Sample& x) { return x.import_s; }),
                  median_of(r.samples, [](const Sample& x) { return x.import_hwm_kb; }) / 1024.0,
                  median_of(r.max_rss_kb, [](long k) { return k; }) / 1024.0, (unsigned long long)s.roles,
                  (unsigned long long)s.role_aliases, (unsigned long long)s.kras, (unsigned long long)s.skills,
                  (unsigned long long)s.skill_aliases, (unsigned long long)s.dimensions,
                  (unsigned long long)s.role_skills, (unsigned long long)s.skipped,
                  median_of(r.samples, [](const Sample& x) { return x.bundle_s; }), s.bundle_bytes / 1048576.0);
    add(buf);
  }
  add("\nTarget (issue 3): either import under 30 s. Reproduce: `bench_import --out bench/results/import-DATE.md` "
      "(a RelWithDebInfo build).\n\nSources: O*NET 27.0 Database, O*NET Resource Center, U.S. Department of Labor "
      "(CC BY 4.0); ESCO classification v1.1.1, European Commission.\n");
  std::fputs(md.c_str(), stdout);
  if (!out_path.empty()) {
    std::ofstream out(out_path);
    out << md;
    if (!out) {
      std::fprintf(stderr, "cannot write %s\n", out_path.c_str());
      return 1;
    }
  }
  return 0;
}
