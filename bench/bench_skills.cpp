// Skill matcher speed with the full ESCO dictionary (Google Benchmark).
//
//   jdpipe_bench_skills [--benchmark_repetitions=5 ...]
//
// Imports ESCO from $JDPIPE_SHARED_DATA_DIR/esco-v1.1.1 (default ../shared/data/esco-v1.1.1
// from the project root) once, then measures: compiling the matcher (SkillDictionary) and the
// linker index from the catalog, and SkillDictionary::find_all over the SkillSpan postings
// (train + dev, tokens joined by spaces, sentences by line breaks), one thread, in bytes/s;
// then the skill tagger: training it on SkillSpan train with the ESCO dictionary, and tagging
// the same postings (the tagger alone, given the dictionary's mentions, and both together).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "jdpipe/catalog.hpp"
#include "jdpipe/importers.hpp"
#include "esco_data.hpp"
#include "jdpipe/skill_tagger.hpp"
#include "jdpipe/static_embedder.hpp"
#include "skills/dictionary.hpp"
#include "skills/linker.hpp"
#include "skills/tagger.hpp"

namespace {


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
  const auto& texts = skillspan_postings();
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

const std::shared_ptr<jdpipe::InMemoryCatalog>& esco_catalog() {
  static const auto catalog = std::make_shared<jdpipe::InMemoryCatalog>(esco());
  return catalog;
}

/// The tagger trained on SkillSpan train with the ESCO dictionary, with GloVe clusters or not.
std::shared_ptr<const jdpipe::SkillTagger> train_tagger(bool clusters) {
  jdpipe::TaggerTraining training;
  if (clusters) training.word_vectors = jdpipe::StaticVectorEmbedder::load(data_dir() + "/vectors/glove-wink-100d.bin");
  return jdpipe::SkillTagger::train(jdpipe::SkillTagger::read_examples(data_dir() + "/dev/skillspan-train.jsonl"),
                                    *esco_catalog(), training);
}

// Includes compiling the ESCO dictionary (~0.7 s) and, with clusters, loading GloVe and k-means.
void BM_TrainTaggerSkillSpan(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(train_tagger(state.range(0) != 0));
}
BENCHMARK(BM_TrainTaggerSkillSpan)->Arg(0)->Arg(1)->ArgName("clusters")->Unit(benchmark::kMillisecond)->Iterations(1);

struct Tagging {
  jdpipe::skills::SkillDictionary dict{esco()};
  std::shared_ptr<const jdpipe::SkillTagger> tagger[2] = {train_tagger(false), train_tagger(true)};
  std::vector<std::vector<jdpipe::skills::Mention>> mentions;
  size_t bytes = 0;
  Tagging() {
    for (const auto& t : skillspan_postings()) {
      mentions.push_back(dict.find_all(t));
      bytes += t.size();
    }
  }
};
const Tagging& tagging() {
  static const Tagging t;
  return t;
}

// The tagger alone, given the dictionary's mentions.
void BM_TagSkillSpan(benchmark::State& state) {
  const Tagging& t = tagging();
  const auto& model = t.tagger[state.range(0)]->model();
  const auto& texts = skillspan_postings();
  size_t spans = 0;
  for (auto _ : state) {
    spans = 0;
    for (size_t i = 0; i < texts.size(); ++i) spans += jdpipe::skills::tag_spans(model, texts[i], t.mentions[i]).size();
    benchmark::DoNotOptimize(spans);
  }
  state.SetBytesProcessed(static_cast<int64_t>(t.bytes) * state.iterations());
  state.counters["spans"] = static_cast<double>(spans);
}
BENCHMARK(BM_TagSkillSpan)->Arg(0)->Arg(1)->ArgName("clusters")->Unit(benchmark::kMillisecond);

// What extraction does: the dictionary's mentions, then the tagger.
void BM_FindAllAndTagSkillSpan(benchmark::State& state) {
  const Tagging& t = tagging();
  const auto& model = t.tagger[state.range(0)]->model();
  const auto& texts = skillspan_postings();
  for (auto _ : state) {
    size_t spans = 0;
    for (const auto& text : texts) spans += jdpipe::skills::tag_spans(model, text, t.dict.find_all(text)).size();
    benchmark::DoNotOptimize(spans);
  }
  state.SetBytesProcessed(static_cast<int64_t>(t.bytes) * state.iterations());
}
BENCHMARK(BM_FindAllAndTagSkillSpan)->Arg(0)->Arg(1)->ArgName("clusters")->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
