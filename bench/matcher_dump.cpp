// Not a benchmark: the skill matcher's output over a varied corpus, to check that a change to
// SkillDictionary keeps its output (dump with the build before and after, then diff), and a
// best-pass timing to compare two builds run after run.
//
//   jdpipe_matcher_dump OUT.txt      find_all and lookup results, one a line
//   jdpipe_matcher_dump --time N     N passes of find_all over the SkillSpan postings: best, median
//                                    (both timings print the host's CPU first)
//   jdpipe_matcher_dump --time-unseen N
//                                    N passes over the SkillSpan dev postings as a stream would see
//                                    them: each on a fresh thread (an empty token memo) that first
//                                    matched the train postings, untimed; then the dev postings
//                                    repeated on one thread (--time's way, dev only)
//
// The full ESCO dictionary ($JDPIPE_SHARED_DATA_DIR/esco-v1.1.1, default ../shared/data). The
// corpus: the SkillSpan postings (train + dev) as they are, upper-cased, title-cased and in six
// mutated copies each (letters dropped, letters doubled, Unicode punctuation and letters, -s and
// -ing added, punctuation inserted, words run together); every ESCO label and synonym as running
// text in lines of 15, also mutated; and every third label looked up as written, mutated and
// upper-cased. A fixed seed: the same corpus every run.
#include <time.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "esco_data.hpp"
#include "skills/dictionary.hpp"
#include "skills/normalize.hpp"

namespace {

double thread_cpu_ms() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string title_case(std::string s) {
  bool start = true;
  for (char& c : s) {
    if (start) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    start = c == ' ';
  }
  return s;
}

// One of six kinds of damage, at random places.
std::string mutate(const std::string& s, std::mt19937& rng, int kind) {
  static const char* const kUnicode[] = {"\xe2\x80\x99", "\xe2\x80\x94", "\xc3\xa9", "\xef\xac\x81",
                                         "\xc2\xa0",     "\xef\xbc\xa1", "\xe4\xb8\xad"};
  std::string out;
  for (char c : s) {
    const unsigned r = rng() % 100;
    const bool letter = std::isalpha(static_cast<unsigned char>(c)) != 0;
    if (kind == 0 && r < 2 && letter) continue;
    if (kind == 1 && r < 2 && letter) out += c;
    if (kind == 2 && r < 3 && (c == ' ' || c == '\'' || c == '-' || c == 'e' || c == 'f' || c == 'a')) {
      out += kUnicode[rng() % 7];
      continue;
    }
    if (kind == 3 && r < 5 && c == ' ') out += (rng() % 2) ? "s" : "ing";
    if (kind == 4 && r < 4 && c == ' ') out += ",.;:/+&-()"[rng() % 10];
    if (kind == 5 && r < 5 && c == ' ') continue;
    out += c;
  }
  return out;
}

int dump(const jdpipe::skills::SkillDictionary& dict, const char* path) {
  const jdpipe::CatalogData& esco_data = esco();
  std::vector<std::string> texts = skillspan_postings();
  const size_t postings = texts.size();
  std::mt19937 rng(7);
  for (size_t p = 0; p < postings; ++p) {
    const std::string text = texts[p];
    texts.push_back(upper(text));
    texts.push_back(title_case(text));
    for (int kind = 0; kind < 6; ++kind) texts.push_back(mutate(text, rng, kind));
  }
  std::vector<std::string> labels;
  std::string line;
  for (const auto& skill : esco_data.skills)
    for (const auto& alias : skill.aliases) {
      labels.push_back(alias.text);
      line += alias.text;
      line += labels.size() % 3 == 1 ? ", " : labels.size() % 3 == 2 ? " and " : ". ";
      if (labels.size() % 15 == 0) {
        texts.push_back(line);
        texts.push_back(mutate(line, rng, static_cast<int>(labels.size() % 6)));
        line.clear();
      }
    }
  FILE* out = std::fopen(path, "w");
  if (!out) {
    std::fprintf(stderr, "jdpipe_matcher_dump: cannot write %s\n", path);
    return 2;
  }
  for (size_t t = 0; t < texts.size(); ++t)
    for (const auto& m : dict.find_all(texts[t]))
      std::fprintf(out, "%zu %zu %zu %zu %zu %d\n", t, m.skill_index, m.alias_index, m.start, m.end, m.exact ? 1 : 0);
  size_t lookups = 0;
  for (size_t l = 0; l < labels.size(); l += 3)
    for (const std::string& term : {labels[l], mutate(labels[l], rng, static_cast<int>(l % 6)), upper(labels[l])}) {
      ++lookups;
      for (const auto& h : dict.lookup(term))
        std::fprintf(out, "L%zu %zu %zu %d\n", l, h.skill_index, h.alias_index, h.exact ? 1 : 0);
    }
  std::fclose(out);
  std::printf("%zu texts, %zu lookups -> %s\n", texts.size(), lookups, path);
  return 0;
}

// The host, as /proc/cpuinfo names its first CPU: hosts of one machine kind differ (the matcher
// of f5f8dd5 ran at 177 MB/s on a 2.45 GHz EPYC, 218 MB/s on a 2.6 GHz one), so a time is
// comparable only with the host beside it.
void print_host() {
  std::FILE* f = std::fopen("/proc/cpuinfo", "r");
  if (!f) return;
  std::string model, mhz, family, number;
  char line[512];
  while (std::fgets(line, sizeof line, f) && (model.empty() || mhz.empty() || family.empty() || number.empty())) {
    std::string l(line);
    const size_t colon = l.find(':');
    if (colon == std::string::npos) continue;
    std::string key = l.substr(0, l.find_last_not_of(" \t", colon - 1) + 1);
    std::string value = l.substr(colon + 1);
    value.erase(0, value.find_first_not_of(' '));
    value.erase(value.find_last_not_of(" \n") + 1);
    if (key == "model name" && model.empty()) model = value;
    else if (key == "cpu MHz" && mhz.empty()) mhz = value;
    else if (key == "cpu family" && family.empty()) family = value;
    else if (key == "model" && number.empty()) number = value;
  }
  std::fclose(f);
  std::printf("host: %s (family %s, model %s), %s MHz\n", model.c_str(), family.c_str(), number.c_str(), mhz.c_str());
}

void print_times(const char* what, std::vector<double> ms, size_t bytes) {
  std::sort(ms.begin(), ms.end());
  const double best = ms.front(), median = ms[ms.size() / 2];
  std::printf("%s, %zu bytes: best %.3f ms (%.0f MB/s), median %.3f ms (%.0f MB/s) of %zu passes\n", what, bytes, best,
              static_cast<double>(bytes) / best / 1e3, median, static_cast<double>(bytes) / median / 1e3, ms.size());
}

int time_passes(const jdpipe::skills::SkillDictionary& dict, int passes) {
  const std::vector<std::string> texts = skillspan_postings();
  size_t bytes = 0, mentions = 0, tokens = 0;
  for (const auto& t : texts) bytes += t.size();
  for (const auto& t : texts) mentions += dict.find_all(t).size();  // warm the token memo
  // Tokens as the matcher cuts them, for figures per token (callgrind's counts divided by these).
  jdpipe::skills::FoldedText folded;
  jdpipe::skills::MatchTokens toks;
  for (const auto& t : texts) {
    jdpipe::skills::fold(t, folded);
    jdpipe::skills::tokenize_folded(folded.text, toks);
    tokens += toks.size();
  }
  std::vector<double> ms;
  for (int p = 0; p < passes; ++p) {
    const double start = thread_cpu_ms();
    for (const auto& t : texts) dict.find_all(t);
    ms.push_back(thread_cpu_ms() - start);
  }
  print_times(("find_all, " + std::to_string(mentions) + " mentions, " + std::to_string(tokens) + " tokens").c_str(), ms, bytes);
  return 0;
}

// A pass over postings this thread has not matched before: a function of its own, so that
// callgrind can count it alone (--toggle-collect='*unseen_pass*').
[[gnu::noinline]] double unseen_pass(const jdpipe::skills::SkillDictionary& dict, const std::vector<std::string>& texts) {
  const double start = thread_cpu_ms();
  for (const auto& t : texts) dict.find_all(t);
  return thread_cpu_ms() - start;
}

// The token memo is per thread: a pass on a new thread after the train postings meets the dev
// postings' words as a stream of new postings would, the rarer ones for the first time.
int time_unseen(const jdpipe::skills::SkillDictionary& dict, int passes) {
  const auto& train = skillspan_postings("train");
  const auto& dev = skillspan_postings("dev");
  size_t bytes = 0;
  for (const auto& t : dev) bytes += t.size();
  std::vector<double> unseen, seen;
  for (int p = 0; p < passes; ++p)
    std::thread([&] {
      for (const auto& t : train) dict.find_all(t);
      unseen.push_back(unseen_pass(dict, dev));
    }).join();
  for (const auto& t : dev) dict.find_all(t);  // this thread's memo now holds the dev words too
  for (int p = 0; p < passes; ++p) {
    const double start = thread_cpu_ms();
    for (const auto& t : dev) dict.find_all(t);
    seen.push_back(thread_cpu_ms() - start);
  }
  print_times("find_all, dev postings unseen (memo warmed on train)", unseen, bytes);
  print_times("find_all, dev postings seen before", seen, bytes);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string arg = argc > 1 ? argv[1] : "";
  const bool timing = arg == "--time" || arg == "--time-unseen";
  const int passes = timing && argc > 2 ? std::atoi(argv[2]) : 0;
  // An option it does not know is no file name to write the dump to.
  if (argc < 2 || (timing && passes <= 0) || (!timing && (argc != 2 || arg.starts_with('-')))) {
    std::fprintf(stderr, "usage: jdpipe_matcher_dump OUT.txt | --time PASSES | --time-unseen PASSES\n");
    return 2;
  }
  const jdpipe::skills::SkillDictionary dict(esco());
  if (timing) print_host();
  if (arg == "--time-unseen") return time_unseen(dict, passes);
  return passes > 0 ? time_passes(dict, passes) : dump(dict, argv[1]);
}
