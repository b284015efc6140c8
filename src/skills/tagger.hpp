#pragma once

// The skill tagger's internals (see include/jdpipe/skill_tagger.hpp): tokens, features, the
// model and Viterbi decoding.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <string>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "jdpipe/static_embedder.hpp"
#include "skills/dictionary.hpp"
#include "text/text.hpp"

namespace jdpipe::skills {

/// The tagger's tokens in text[from, to): whitespace-separated words with their leading and
/// trailing punctuation as tokens of their own ("(Python," -> "(", "Python", ","), while
/// C++, C#, .NET, Node.js and CI/CD stay whole.
std::vector<text::Span> tagger_tokens(std::string_view text, size_t from, size_t to);

enum Tag : uint8_t { kOutside = 0, kBegin = 1, kInside = 2 };
constexpr size_t kTags = 3;

struct TaggerModel {
  // Feature hashing: a feature's row is the top kBits bits of its mixed hash; a row holds one
  // weight per tag. 2^18 rows: on SkillSpan as accurate as 2^20 (2^16 loses 0.01 F1), and a
  // 4 MB table tags a third faster. Rows are padded to 4 floats: none straddles a cache line.
  static constexpr uint32_t kBits = 18;
  static constexpr size_t kRowStride = 4;
  // One more row, always zero: where a feature that does not apply points (the word-cluster
  // features of a model trained without word vectors).
  static constexpr uint32_t kNoRow = 1u << kBits;
  std::vector<float> weights = std::vector<float>(kRowStride * (kNoRow + 1), 0.0f);
  float* row(uint32_t r) { return weights.data() + r * kRowStride; }
  const float* row(uint32_t r) const { return weights.data() + r * kRowStride; }
  // transitions[previous][tag]; previous kTags is the sentence start.
  std::array<std::array<float, kTags>, kTags + 1> transitions{};
  int epochs = 0;
  // Lower-case word -> its word-vector cluster + 1 (empty when trained without word vectors).
  absl::flat_hash_map<std::string, uint16_t> cluster_of;
  uint64_t fingerprint = 0;  // a hash of the weights (set by finish()): tells models apart in run ids

  size_t rows() const;
  void finish();
};

/// The feature rows of every token of one sentence, kFeatures per token.
constexpr size_t kFeatures = 24;
constexpr size_t kClusterFeatures = 4;
/// `dictionary_tags`: per token, kBegin/kInside when it starts/continues a dictionary mention.
void token_features(const TaggerModel& model, std::string_view text, const std::vector<text::Span>& tokens,
                    const std::vector<Tag>& dictionary_tags, std::vector<uint32_t>& rows);

/// Spherical k-means (cosine) of the vectors' words, lower-cased (the first, most frequent form
/// of a word wins): lower-case word -> cluster + 1.
absl::flat_hash_map<std::string, uint16_t> word_clusters(const StaticVectorEmbedder& vectors, int k, uint64_t seed);

/// Per token, where the dictionary's mentions (sorted, disjoint) lie.
std::vector<Tag> dictionary_tags(const std::vector<text::Span>& tokens, const std::vector<Mention>& mentions);

/// The best tag sequence (I never follows O or the start).
std::vector<Tag> viterbi(const TaggerModel& model, const std::vector<uint32_t>& rows, size_t tokens);

/// The skill spans of `text` (byte offsets, in order), sentence by sentence: `sentences` are
/// text::split_sentences(text), which extraction has already. `mentions` are the dictionary's
/// matches in the same text (a feature).
std::vector<text::Span> tag_spans(const TaggerModel& model, std::string_view text, const std::vector<text::Span>& sentences,
                                  const std::vector<Mention>& mentions);
inline std::vector<text::Span> tag_spans(const TaggerModel& model, std::string_view text, const std::vector<Mention>& mentions) {
  return tag_spans(model, text, text::split_sentences(text), mentions);
}

}  // namespace jdpipe::skills
