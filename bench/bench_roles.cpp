// Role scoring speed (issue 6, item 7): the KRA signal of 20-sentence JDs against the O*NET
// catalog (about 1,000 roles, 19,000 KRAs) with 100-dimension word vectors, on one thread.
// Exact scoring (one float32 matrix product per JD, then per-role max and mean) against the
// two-stage scorer (role centroids first, exact scoring of the shortlist), with the agreement
// of the two. Prints a markdown table.
// Run: build/bench/jdpipe_bench_roles [SHARED_DATA_DIR]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "jdpipe/jdpipe.hpp"
#include "jdpipe/static_embedder.hpp"
#include "roles/kra_index.hpp"

namespace {

using Clock = std::chrono::steady_clock;
constexpr int kSentences = 20;
constexpr int kJds = 400;

double cpu_mhz() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("cpu MHz", 0) == 0) return std::stod(line.substr(line.find(':') + 1));
  return 0;
}

// Median seconds per pass of fn over all JDs, over `reps` passes.
template <class Fn>
double median_pass(int reps, Fn&& fn) {
  std::vector<double> t;
  for (int r = 0; r < reps; ++r) {
    auto t0 = Clock::now();
    fn();
    t.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = argc > 1 ? argv[1] : std::string(JDPIPE_SOURCE_DIR) + "/../shared/data";
  auto catalog = std::make_shared<jdpipe::InMemoryCatalog>(jdpipe::import_onet(data + "/onet-27.0"));
  auto snap = catalog->snapshot();
  auto emb = jdpipe::StaticVectorEmbedder::load(data + "/vectors/glove-wink-100d.bin");
  std::vector<std::string> kras;
  for (const auto& r : snap->roles) kras.insert(kras.end(), r.kras.begin(), r.kras.end());
  emb->fit_frequencies(kras);
  emb->fit_common_component(kras);
  jdpipe::roles::KraIndex index(*snap, *emb, *catalog);

  // JDs: 20 task statements of one occupation (drawn with replacement), embedded once.
  std::mt19937 rng(7);
  std::vector<jdpipe::Matrix> jds;
  for (int j = 0; j < kJds; ++j) {
    const auto& role = snap->roles[rng() % snap->roles.size()];
    if (role.kras.empty()) { --j; continue; }
    std::vector<std::string> s;
    for (int i = 0; i < kSentences; ++i) s.push_back(role.kras[rng() % role.kras.size()]);
    jds.push_back(emb->embed(s));
  }
  const double flop_per_jd = 2.0 * static_cast<double>(index.kra_count()) * emb->dim() * kSentences;
  const double mhz = cpu_mhz();

  std::vector<std::vector<size_t>> exact_top(jds.size());
  double sink = 0;
  double exact_s = median_pass(5, [&] {
    for (size_t j = 0; j < jds.size(); ++j) {
      auto r = index.score(jds[j]);
      sink += r.front().score;
      exact_top[j].clear();
      for (size_t i = 0; i < 5 && i < r.size(); ++i) exact_top[j].push_back(r[i].role_index);
    }
  });
  std::printf("# Role scoring benchmark\n\n%zu roles with KRAs, %zu KRAs, dimension %d, %d sentences per JD, %zu JDs, "
              "1 thread; CPU clock %.0f MHz (from /proc/cpuinfo).\n\n",
              index.role_count(), index.kra_count(), emb->dim(), kSentences, jds.size(), mhz);
  std::printf("| scorer | JDs/s | us/JD | GFLOPS (exact-equivalent) | top-1 same as exact | exact top-5 kept |\n"
              "|---|---|---|---|---|---|\n");
  std::printf("| exact float32 | %.0f | %.1f | %.1f | 1.000 | 1.000 |\n", jds.size() / exact_s, 1e6 * exact_s / jds.size(),
              flop_per_jd * jds.size() / exact_s / 1e9);
  for (size_t shortlist : {200, 100, 50, 25, 10, 5}) {
    size_t same = 0, kept = 0;
    double s = median_pass(5, [&] {
      same = kept = 0;
      for (size_t j = 0; j < jds.size(); ++j) {
        auto r = index.score_two_stage(jds[j], shortlist);
        sink += r.front().score;
        same += r.front().role_index == exact_top[j].front();
        for (size_t i = 0; i < 5 && i < r.size(); ++i)
          kept += std::count(exact_top[j].begin(), exact_top[j].end(), r[i].role_index);
      }
    });
    std::printf("| two-stage, shortlist %zu | %.0f | %.1f | %.1f | %.3f | %.3f |\n", shortlist, jds.size() / s,
                1e6 * s / jds.size(), flop_per_jd * jds.size() / s / 1e9, double(same) / jds.size(),
                double(kept) / (5.0 * jds.size()));
  }
  std::printf("\nGFLOPS (exact-equivalent) counts %.1f MFLOP per JD (2 x KRAs x dim x sentences) whatever the scorer "
              "does.\n(checksum %.3f)\n", flop_per_jd / 1e6, sink);
  return 0;
}
