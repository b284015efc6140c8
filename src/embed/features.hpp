#pragma once

// The hashing embedder's features: word unigrams (lightly stemmed), word bigrams and the
// character 3- to 5-grams of each word, each as a 64-bit hash with a weight.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/text.hpp"

namespace jdpipe::embed {

/// FNV-1a in steps, so that a feature of several pieces is hashed without joining them.
inline uint64_t fnv1a_start(uint64_t seed) { return 1469598103934665603ull ^ seed; }
inline uint64_t fnv1a_add(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}
inline uint64_t fnv1a_finish(uint64_t h) {
  // Final avalanche so that the low bits (the bucket) and the top bit (the sign) are well mixed.
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}
inline uint64_t fnv1a(std::string_view s, uint64_t seed) { return fnv1a_finish(fnv1a_add(fnv1a_start(seed), s)); }

bool is_stopword(std::string_view w);
/// Strips common English inflections so "configures", "configuring" and "configured" meet.
std::string light_stem(std::string_view w);

template <class Fn>
void for_each_feature(std::string_view text, Fn&& emit) {
  constexpr uint64_t kUnigram = 1, kBigram = 2, kChar = 3;
  std::vector<std::string> words;
  for (const text::Token& t : text::tokenize(text)) {
    if (t.norm.size() == 1 && !text::is_alnum(static_cast<unsigned char>(t.norm[0]))) continue;
    if (is_stopword(t.norm)) continue;
    words.push_back(light_stem(t.norm));
  }
  std::string padded;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    emit(fnv1a(w, kUnigram), 1.0f);
    if (i + 1 < words.size())
      emit(fnv1a_finish(fnv1a_add(fnv1a_add(fnv1a_add(fnv1a_start(kBigram), w), " "), words[i + 1])), 0.7f);
    padded.assign(1, '<').append(w).push_back('>');
    size_t grams = 0;
    for (size_t n = 3; n <= 5; ++n)
      if (padded.size() >= n) grams += padded.size() - n + 1;
    if (grams == 0) continue;
    // A word's character grams together weigh as much as the word itself.
    float gw = 1.0f / static_cast<float>(grams);
    for (size_t n = 3; n <= 5; ++n)
      for (size_t k = 0; k + n <= padded.size(); ++k) emit(fnv1a(std::string_view(padded).substr(k, n), kChar), gw);
  }
}

}  // namespace jdpipe::embed
