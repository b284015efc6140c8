#include "embed/features.hpp"

#include <algorithm>
#include <array>

namespace jdpipe::embed {

bool is_stopword(std::string_view w) {
  static constexpr std::array<std::string_view, 60> kStop = {
      "a",    "an",   "and",   "are",  "as",    "at",    "be",   "been", "but",  "by",   "can",  "for",
      "from", "has",  "have",  "he",   "her",   "his",   "i",    "if",   "in",   "into", "is",   "it",
      "its",  "of",   "on",    "or",   "our",   "she",   "so",   "such", "that", "the",  "their", "them",
      "then", "there", "these", "they", "this", "those", "to",   "us",   "was",  "we",   "were", "what",
      "when", "where", "which", "while", "who", "will",  "with", "would", "you", "your", "all",  "any"};
  return std::find(kStop.begin(), kStop.end(), w) != kStop.end();
}

std::string light_stem(std::string_view w) {
  auto ends = [&](std::string_view suf) { return w.size() > suf.size() + 3 && w.substr(w.size() - suf.size()) == suf; };
  if (ends("ing")) return std::string(w.substr(0, w.size() - 3));
  if (ends("ies")) return std::string(w.substr(0, w.size() - 3)) + 'y';
  if (ends("es") && (w[w.size() - 3] == 's' || w[w.size() - 3] == 'x' || w[w.size() - 3] == 'h'))
    return std::string(w.substr(0, w.size() - 2));
  if (ends("ed")) return std::string(w.substr(0, w.size() - 2));
  if (ends("s") && w[w.size() - 2] != 's') return std::string(w.substr(0, w.size() - 1));
  if (ends("e")) return std::string(w.substr(0, w.size() - 1));  // "configure" meets "configur(ing)"
  return std::string(w);
}

}  // namespace jdpipe::embed
