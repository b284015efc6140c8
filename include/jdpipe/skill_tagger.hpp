#pragma once

// A trained skill-span tagger for API 1: finds skill mentions the catalog has no alias for
// ("develop scalable web services", "strong written communication") and tells which dictionary
// hits are skills in context. A structured averaged perceptron over B/I/O tags: word, affix and
// shape features in a window, the catalog dictionary's own matches as features, Viterbi
// decoding. It learns from annotated text (SkillSpan's train split, or a team's own labels) in
// seconds and needs no GPU or network. Give it to a Pipeline through Options::skill_tagger.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace jdpipe {

class Catalog;
class StaticVectorEmbedder;
namespace skills {
struct TaggerModel;
}

/// A text with its annotated skill mentions (byte spans, disjoint).
struct AnnotatedText {
  std::string text;
  std::vector<std::pair<size_t, size_t>> spans;
};

struct TaggerTraining {
  int epochs = 25;  // on a quarter of SkillSpan train held out, F1 levels off from 20 to 45
  uint64_t seed = 1;  // the order sentences are visited in each epoch (and the clusters' start)
  // Optional word vectors: their words' k-means clusters become features (kept in the model),
  // so that words the annotations never show behave like the words they resemble.
  std::shared_ptr<const StaticVectorEmbedder> word_vectors;
  int clusters = 256;
};

class SkillTagger {
 public:
  /// Trains on annotated texts; `catalog`'s skill dictionary is one of the features (use the
  /// catalog the tagger will run with). Throws Error(kInvalidArgument) when there is nothing
  /// to learn from (no texts, or no spans at all).
  static std::shared_ptr<const SkillTagger> train(const std::vector<AnnotatedText>& examples, const Catalog& catalog,
                                                  const TaggerTraining& options = {});

  /// Reads annotated texts from a JSON Lines file: {"text": ..., "spans": [[start, end], ...]}
  /// lines, or SkillSpan's sentences ({"idx", "tokens", "tags_skill", "tags_knowledge"}; the two
  /// tag columns merged, tokens joined by spaces). Throws Error naming the file and line.
  static std::vector<AnnotatedText> read_examples(const std::string& path);

  /// Reads a model written by save(). Throws Error naming the file and the problem.
  static std::shared_ptr<const SkillTagger> load(const std::string& path);
  void save(const std::string& path) const;

  /// Weights learned (non-zero feature rows), the epochs trained, the words with a cluster.
  size_t feature_rows() const;
  int epochs() const;
  size_t cluster_words() const;

  explicit SkillTagger(std::shared_ptr<const skills::TaggerModel> model);
  const skills::TaggerModel& model() const { return *model_; }

 private:
  std::shared_ptr<const skills::TaggerModel> model_;
};

}  // namespace jdpipe
