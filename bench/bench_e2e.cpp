// End-to-end speed of the deterministic pipeline on real postings (issue 10): per-stage and
// whole-run JDs per second on one thread, the run JSON on top, 1 -> N thread scaling, peak RSS
// and the memory the catalog takes against its raw size. bench/e2e_compare.py runs it next to
// the Python baseline; it also runs alone:
//
//   jdpipe_bench_e2e --catalog BUNDLE --postings JSONL [--embedder hashing|static:PATH]
//                    [--total N] [--passes P] [--threads N] [--json] [--no-run-json]
//
// JSONL lines are {"id": ..., "text": ...}; they are repeated in order up to --total JDs.
#include <simdjson.h>
#include <malloc.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "jdpipe/catalog_io.hpp"
#include "jdpipe/jdpipe.hpp"
#include "jdpipe/static_embedder.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

// Resident set size now, from /proc/self/statm (pages).
double rss_mib() {
  std::ifstream in("/proc/self/statm");
  long total = 0, resident = 0;
  in >> total >> resident;
  return resident * (sysconf(_SC_PAGESIZE) / 1048576.0);
}

// Bytes the program has allocated and not freed (RSS also counts what malloc keeps after free).
double live_heap_mib() {
  const struct mallinfo2 mi = mallinfo2();
  return (mi.uordblks + mi.hblkhd) / 1048576.0;
}

double peak_rss_mib() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

[[noreturn]] void usage_error(const std::string& why) {
  std::cerr << "jdpipe_bench_e2e: " << why
            << "\nusage: jdpipe_bench_e2e --catalog BUNDLE --postings JSONL [--embedder hashing|static:PATH]"
               " [--total N] [--passes P] [--threads N] [--json] [--no-run-json]\n";
  std::exit(2);
}

std::vector<std::string> read_postings(const std::string& path) {
  simdjson::ondemand::parser parser;
  std::ifstream in(path);
  if (!in) usage_error("cannot read --postings " + path);
  std::vector<std::string> texts;
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (line.empty()) continue;
    simdjson::padded_string padded(line);
    std::string_view text;
    simdjson::ondemand::document doc;
    if (parser.iterate(padded).get(doc) || doc["text"].get_string().get(text))
      usage_error(path + ":" + std::to_string(n) + ": not a JSON object with a string \"text\"");
    texts.emplace_back(text);
  }
  if (texts.empty()) usage_error(path + ": no postings");
  return texts;
}

std::string json_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string catalog_path, postings_path, embedder_spec = "hashing";
  size_t total = 1000;
  int passes = 3;
  unsigned threads = 2;
  bool json = false, serialise = true;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage_error(a + " needs a value");
      return argv[++i];
    };
    if (a == "--catalog") catalog_path = value();
    else if (a == "--postings") postings_path = value();
    else if (a == "--embedder") embedder_spec = value();
    else if (a == "--total") total = std::stoul(value());
    else if (a == "--passes") passes = std::stoi(value());
    else if (a == "--threads") threads = static_cast<unsigned>(std::stoul(value()));
    else if (a == "--json") json = true;
    else if (a == "--no-run-json") serialise = false;  // skip the JSON passes
    else usage_error("unknown option " + a);
  }
  if (catalog_path.empty() || postings_path.empty()) usage_error("--catalog and --postings are required");
  if (embedder_spec != "hashing" && embedder_spec.rfind("static:", 0) != 0)
    usage_error("--embedder: 'hashing' or 'static:PATH'");
  if (total == 0 || passes < 1 || threads < 1) usage_error("--total, --passes and --threads must be positive");

  // Compile: the catalog, the embedder fitted on its KRAs (as the CLI does), the pipeline.
  const double rss_start = rss_mib(), heap_start = live_heap_mib();
  auto t0 = Clock::now();
  auto catalog = jdpipe::open_catalog(catalog_path);
  const double catalog_s = seconds_since(t0);
  const double catalog_mib = rss_mib() - rss_start, catalog_heap_mib = live_heap_mib() - heap_start;
  std::shared_ptr<const jdpipe::Embedder> embedder;
  if (embedder_spec != "hashing") {
    auto vectors = jdpipe::StaticVectorEmbedder::load(embedder_spec.substr(7));
    std::vector<std::string> corpus;
    for (const auto& r : catalog->snapshot()->roles) corpus.insert(corpus.end(), r.kras.begin(), r.kras.end());
    vectors->fit_frequencies(corpus);
    vectors->fit_common_component(corpus);
    embedder = vectors;
  }
  jdpipe::Options options;
  options.deterministic_ids = true;
  jdpipe::Pipeline pipeline(catalog, options, embedder);
  const double compile_s = seconds_since(t0);
  const double compiled_mib = rss_mib() - rss_start;

  const auto postings = read_postings(postings_path);
  std::vector<std::string> texts(total);
  size_t bytes = 0;
  for (size_t i = 0; i < total; ++i) bytes += (texts[i] = postings[i % postings.size()]).size();

  // Warm-up: each distinct posting once.
  for (const auto& p : postings) (void)pipeline.run(p);

  // One thread: per-stage time from the runs' own timings, whole-run CPU time per pass. The run
  // JSON is timed in passes of its own: interleaved, its large outputs evict the runs' caches.
  std::map<std::string, std::vector<double>> stage_s;  // per pass
  std::vector<std::string> stage_order;
  std::vector<double> run_jds_per_s, json_jds_per_s;
  size_t checksum = 0;
  for (int pass = 0; pass < passes; ++pass) {
    std::map<std::string, double> stage_sum;
    const double c0 = thread_cpu_seconds();
    for (const auto& text : texts) {
      jdpipe::Run run = pipeline.run(text);
      checksum += run.api1.final_skills.size() +
                  (run.api1.stage4_decision.chosen_role ? run.api1.stage4_decision.chosen_role->slug.size() : 0);
      for (const auto& [stage, us] : run.timings_us) {
        if (pass == 0 && stage_sum.find(stage) == stage_sum.end()) stage_order.push_back(stage);
        stage_sum[stage] += us * 1e-6;
      }
    }
    run_jds_per_s.push_back(total / (thread_cpu_seconds() - c0));
    for (const auto& [stage, s] : stage_sum) stage_s[stage].push_back(s);
    if (!serialise) continue;
    double json_cpu = 0;
    for (const auto& text : texts) {
      jdpipe::Run run = pipeline.run(text);
      const double j0 = thread_cpu_seconds();
      checksum += run.to_json().size() % 7;
      json_cpu += thread_cpu_seconds() - j0;
    }
    json_jds_per_s.push_back(total / (total / run_jds_per_s.back() + json_cpu));
  }

  // Scaling: wall time of `n` threads taking JDs from a shared counter and dropping each run, as
  // a streaming job does (run_batch would keep every run: on ESCO ~1 MB each, and the growing
  // heap, not the pipeline, would set the pace). Medians of the passes.
  auto batch_rate = [&](unsigned n) {
    std::vector<double> rates;
    for (int pass = 0; pass < passes; ++pass) {
      std::atomic<size_t> next{0}, sum{0};
      auto worker = [&] {
        for (size_t i; (i = next.fetch_add(1)) < texts.size();) sum += pipeline.run(texts[i]).api1.final_skills.size();
      };
      auto b0 = Clock::now();
      std::vector<std::thread> pool;
      for (unsigned t = 0; t < n; ++t) pool.emplace_back(worker);
      for (auto& t : pool) t.join();
      rates.push_back(total / seconds_since(b0));
      checksum += sum;
    }
    return median(rates);
  };
  const double wall_1 = batch_rate(1);
  const double wall_n = threads > 1 ? batch_rate(threads) : wall_1;

  const double raw_mib = std::filesystem::file_size(catalog_path) / 1048576.0;
  const double run_rate = median(run_jds_per_s);
  if (json) {
    std::ostringstream o;
    o << "{\"impl\":\"jdpipe\",\"version\":\"" << jdpipe::version() << "\",\"catalog\":\""
      << json_escape(catalog_path) << "\",\"embedder\":\"" << json_escape(embedder_spec) << "\",\"jds\":" << total
      << ",\"mean_bytes\":" << bytes / total << ",\"passes\":" << passes << ",\"compile_s\":" << compile_s
      << ",\"catalog_open_s\":" << catalog_s << ",\"stages_s\":{";
    for (size_t i = 0; i < stage_order.size(); ++i)
      o << (i ? "," : "") << "\"" << stage_order[i] << "\":" << median(stage_s[stage_order[i]]);
    o << "},\"run_jds_per_s\":" << run_rate << ",\"run_and_json_jds_per_s\":" << median(json_jds_per_s)
      << ",\"batch_1_thread_jds_per_s\":" << wall_1 << ",\"batch_threads\":" << threads
      << ",\"batch_n_threads_jds_per_s\":" << wall_n << ",\"catalog_raw_mib\":" << raw_mib
      << ",\"catalog_rss_mib\":" << catalog_mib << ",\"catalog_heap_mib\":" << catalog_heap_mib
      << ",\"compiled_rss_mib\":" << compiled_mib
      << ",\"peak_rss_mib\":" << peak_rss_mib() << ",\"checksum\":" << checksum << "}\n";
    std::cout << o.str();
    return 0;
  }
  std::printf("%zu JDs (%zu bytes mean) on %s, embedder %s, median of %d passes\n", total, bytes / total,
              catalog_path.c_str(), embedder_spec.c_str(), passes);
  std::printf("compile %.2f s (catalog %.2f s)\n\n| stage | us/JD | JDs/s |\n|---|---:|---:|\n", compile_s, catalog_s);
  for (const auto& stage : stage_order) {
    const double s = median(stage_s[stage]);
    std::printf("| %s | %.1f | %.0f |\n", stage.c_str(), s * 1e6 / total, total / s);
  }
  std::printf("| run (CPU) | %.1f | %.0f |\n", 1e6 / run_rate, run_rate);
  if (serialise)
    std::printf("| run + JSON (CPU) | %.1f | %.0f |\n", 1e6 / median(json_jds_per_s), median(json_jds_per_s));
  std::printf("\nthreads (wall): 1 thread %.0f JDs/s, %u threads %.0f JDs/s (x%.2f)\n", wall_1, threads, wall_n,
              wall_n / wall_1);
  std::printf("memory: catalog %.1f MiB in RSS, %.1f MiB live heap, for %.1f MiB of bundle (x%.2f); compiled pipeline "
              "%.1f MiB; peak %.1f MiB\n",
              catalog_mib, catalog_heap_mib, raw_mib, catalog_heap_mib / raw_mib, compiled_mib, peak_rss_mib());
  std::printf("checksum %zu\n", checksum);
  return 0;
}
