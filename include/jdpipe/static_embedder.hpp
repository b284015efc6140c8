#pragma once

// A static word-vector embedder: sentence vectors as SIF-weighted averages of pre-trained word
// vectors (word2vec binary or text, GloVe text), with common-component removal and a hashing
// fallback for words the vectors do not know.
#include <Eigen/Core>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "jdpipe/embedder.hpp"

namespace jdpipe {

struct StaticEmbedderOptions {
  /// SIF smoothing: a word weighs a / (a + p(word)).
  float sif_a = 1e-3f;
  /// Length of an unknown word's hashing vector, relative to the mean length of the file's
  /// vectors (0 drops unknown words).
  float oov_weight = 1.0f;
  /// Load only the first (most frequent) `max_words` words; 0 loads all.
  size_t max_words = 0;
  /// fit_frequencies smooths corpus counts towards the file's Zipf estimate with a prior worth
  /// this many tokens: p(w) = (count(w) + prior * p_zipf(w)) / (tokens + prior).
  double frequency_prior_tokens = 10000.0;
};

/// Embeds texts as SIF-weighted means of word vectors (Arora et al., 2017).
///
/// Words are the tokens of text::tokenize without pure punctuation; a token is looked up as
/// written, then lower-cased. Unknown words get a deterministic pseudo-random vector (from the
/// word's hash) so that unknown technical terms still contribute and match themselves.
/// Word probabilities come from the file's rank (word2vec and GloVe files are sorted by
/// frequency: p(rank) proportional to 1 / (rank + 10)) until fit_frequencies is called.
///
/// fit_frequencies and fit_common_component mutate the embedder: call them before sharing it.
/// embed() and the other const members are safe to call from several threads at once.
class StaticVectorEmbedder : public Embedder {
 public:
  /// Reads word2vec binary ("COUNT DIM\n", then per word: the word, a space, DIM little-endian
  /// float32, optionally a newline), word2vec text ("COUNT DIM" then "word v1 ... vDIM" lines)
  /// or GloVe text (no header); the format is detected. Throws jdpipe::Error kIO when the file
  /// cannot be read, kParse (naming the path and the line or word index) when it is malformed.
  static std::shared_ptr<StaticVectorEmbedder> load(const std::string& path, const StaticEmbedderOptions& options = {});

  ~StaticVectorEmbedder() override;
  StaticVectorEmbedder(const StaticVectorEmbedder&) = delete;
  StaticVectorEmbedder& operator=(const StaticVectorEmbedder&) = delete;

  /// Word probabilities from the corpus's token counts (smoothed towards the Zipf estimate).
  /// Drops a fitted common component (it was computed under other weights): call this first.
  void fit_frequencies(const std::vector<std::string>& corpus);
  /// Learns the first principal component of the corpus's SIF sentence vectors (power
  /// iteration) and removes its projection from every embedding afterwards. An empty corpus
  /// (or one without words) clears it.
  void fit_common_component(const std::vector<std::string>& corpus);

  /// "static-<file stem>-d<dim>-<hash of file and fitted state>".
  std::string name() const override;
  int dim() const override;
  Matrix embed(const std::vector<std::string>& texts) const override;

  /// Number of words in the vocabulary.
  size_t size() const;
  /// The vocabulary in the file's order (most frequent first for word2vec and GloVe files).
  std::vector<std::string> words() const;
  bool contains(std::string_view word) const;
  /// The word's vector as stored (exact, then lower-cased), or its hashing vector if unknown.
  Eigen::VectorXf word_vector(std::string_view word) const;
  /// The word's SIF weight a / (a + p(word)) under the current frequencies.
  float word_weight(std::string_view word) const;
  /// The fitted common component (empty when none).
  Eigen::VectorXf common_component() const;

  struct Impl;

 private:
  explicit StaticVectorEmbedder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace jdpipe
