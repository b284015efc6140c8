// Not a benchmark run by CI: a same-process A/B of two versions of the skill matcher, built by
// tools/matcher_ab.sh from two commits (the second may be the working tree), each version's
// dictionary sources with their namespace renamed (jdpipe::skills_a, jdpipe::skills_b); both
// use this build's tokenizer, stemming and catalog code.
//
// Why: on the shared machines, two programs timed one after the other gave ratios that moved
// 10-30% from run to run. Here the two versions' passes over the SkillSpan postings interleave
// in one process: a round is four passes of one (the first untimed: the other version's data
// was just evicted, its best of three counts) then four of the other, which goes first
// alternating from round to round. The median of the rounds' ratios resolves about 2%; run it
// with the same commit on both sides first, to see this machine's noise floor.
//
// With --unseen a pass is what a stream of new postings sees: on a fresh thread (an empty token
// memo), after matching the SkillSpan train postings untimed, the dev postings once; a version's
// time in a round is the best of three such passes.
//
//   jdpipe_matcher_ab [ROUNDS] [--unseen]   default 200 rounds
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "a/skills/dictionary.hpp"
#include "b/skills/dictionary.hpp"
#include "esco_data.hpp"

namespace {

double thread_cpu_ms() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// The best of three timed passes, after one untimed.
template <class Dictionary>
double best_pass(const Dictionary& dict, const std::vector<std::string>& texts) {
  for (const auto& t : texts) dict.find_all(t);
  double best = 1e300;
  for (int k = 0; k < 3; ++k) {
    const double start = thread_cpu_ms();
    for (const auto& t : texts) dict.find_all(t);
    best = std::min(best, thread_cpu_ms() - start);
  }
  return best;
}

// The best of three passes over `texts` on fresh threads, each after matching `warm` untimed.
template <class Dictionary>
double best_unseen_pass(const Dictionary& dict, const std::vector<std::string>& warm, const std::vector<std::string>& texts) {
  double best = 1e300;
  for (int k = 0; k < 3; ++k)
    std::thread([&] {
      for (const auto& t : warm) dict.find_all(t);
      const double start = thread_cpu_ms();
      for (const auto& t : texts) dict.find_all(t);
      best = std::min(best, thread_cpu_ms() - start);
    }).join();
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  const int rounds = argc > 1 ? std::atoi(argv[1]) : 200;
  const bool unseen = argc > 2 && std::string(argv[2]) == "--unseen";
  if (rounds <= 0 || (argc > 2 && !unseen) || argc > 3) {
    std::fprintf(stderr, "usage: jdpipe_matcher_ab [ROUNDS] [--unseen]\n");
    return 2;
  }
  const jdpipe::skills_a::SkillDictionary a(esco());
  const jdpipe::skills_b::SkillDictionary b(esco());
  const std::vector<std::string>& texts = unseen ? skillspan_postings("dev") : skillspan_postings();
  auto pass = [&](const auto& dict) {
    return unseen ? best_unseen_pass(dict, skillspan_postings("train"), texts) : best_pass(dict, texts);
  };
  size_t bytes = 0, mentions_a = 0, mentions_b = 0;
  for (const auto& t : texts) {
    bytes += t.size();
    mentions_a += a.find_all(t).size();
    mentions_b += b.find_all(t).size();
  }
  std::vector<double> ms_a, ms_b, ratio;
  for (int r = 0; r < rounds; ++r) {
    double pa, pb;
    if (r % 2 == 0) {
      pa = pass(a);
      pb = pass(b);
    } else {
      pb = pass(b);
      pa = pass(a);
    }
    ms_a.push_back(pa);
    ms_b.push_back(pb);
    ratio.push_back(pb / pa);
  }
  std::vector<double> sorted = ratio;
  std::sort(sorted.begin(), sorted.end());
  std::printf("%zu bytes a pass; mentions a %zu, b %zu\n", bytes, mentions_a, mentions_b);
  std::printf("a: min %.3f ms, median %.3f ms; b: min %.3f ms, median %.3f ms\n",
              *std::min_element(ms_a.begin(), ms_a.end()), median(ms_a), *std::min_element(ms_b.begin(), ms_b.end()),
              median(ms_b));
  std::printf("b/a over %d rounds: median %.3f (quartiles %.3f, %.3f)\n", rounds, sorted[sorted.size() / 2],
              sorted[sorted.size() / 4], sorted[sorted.size() * 3 / 4]);
  return 0;
}
