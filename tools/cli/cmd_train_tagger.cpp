// jdpipe train-tagger: the skill tagger learnt from annotated texts, for --skill-tagger.
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <stdexcept>

#include "cli.hpp"
#include "jdpipe/static_embedder.hpp"

namespace jdpipe::cli {
namespace {

constexpr const char* kUsage = R"(usage: jdpipe train-tagger [options] FILE... -o MODEL

Trains the skill tagger (a structured perceptron over words, shapes and the catalog dictionary's
matches) on annotated texts and writes it to MODEL. FILE holds JSON Lines: {"text": ...,
"spans": [[start, end], ...]} with byte offsets, or SkillSpan's sentences ({"idx", "tokens",
"tags_skill", "tags_knowledge"}). Train with the catalog the tagger will run with (--catalog).

options:
  -o, --output MODEL    where to write the model (required)
  --epochs N            passes over the data (default 25)
  --seed N              the order of the passes (default 1)
  --word-vectors PATH   also learn from these word vectors' clusters (word2vec or GloVe file;
                        the clusters are kept in the model, the file is not needed to run it)
  --clusters K          how many clusters (default 256)
  --help                this text
)";

}  // namespace

int cmd_train_tagger(int argc, char** argv) {
  std::vector<std::string> files;
  std::string output;
  CommonOptions common;
  TaggerTraining training;
  std::string vectors;
  Args args(argc, argv, kUsage, common);
  while (args.next()) {
    const std::string& a = args.arg();
    if (a == "-o" || a == "--output") output = args.value();
    else if (a == "--epochs") training.epochs = static_cast<int>(parse_int("--epochs", args.value(), 1, 1000));
    else if (a == "--seed") training.seed = static_cast<uint64_t>(parse_int("--seed", args.value(), 0, 1L << 62));
    else if (a == "--word-vectors") vectors = args.value();
    else if (a == "--clusters") training.clusters = static_cast<int>(parse_int("--clusters", args.value(), 2, 65535));
    else if (args.is_option()) return usage_error(fmt::format("train-tagger: unknown option '{}'", a));
    else files.push_back(a);
  }
  if (args.help_shown()) return 0;
  common.validate();
  if (files.empty()) return usage_error("train-tagger: give at least one FILE of annotated texts");
  if (output.empty()) return usage_error("train-tagger: give -o MODEL, where to write the model");

  std::vector<AnnotatedText> examples;
  size_t spans = 0;
  for (const auto& f : files) {
    for (auto& ex : SkillTagger::read_examples(f)) {
      spans += ex.spans.size();
      examples.push_back(std::move(ex));
    }
  }
  std::shared_ptr<Catalog> catalog = common.open();
  if (!vectors.empty()) training.word_vectors = StaticVectorEmbedder::load(vectors);
  auto t0 = std::chrono::steady_clock::now();
  auto tagger = SkillTagger::train(examples, *catalog, training);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  tagger->save(output);
  std::fprintf(stderr, "jdpipe: trained on %zu texts (%zu spans), %d epochs, %zu feature rows, %zu clustered words, %.1f s: %s\n",
               examples.size(), spans, tagger->epochs(), tagger->feature_rows(), tagger->cluster_words(), secs, output.c_str());
  return 0;
}

}  // namespace jdpipe::cli
