#include "roles/title_index.hpp"

#include <algorithm>
#include <array>

#include "text/text.hpp"

namespace jdpipe::roles {

namespace {

bool is_seniority(std::string_view w) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "senior", "sr", "junior", "jr", "lead", "principal", "staff", "intern", "trainee", "associate",
      "mid", "entry", "level", "experienced"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

bool is_level(std::string_view w) {
  static constexpr std::array<std::string_view, 9> kLevels = {"i", "ii", "iii", "iv", "v", "1", "2", "3", "4"};
  return std::find(kLevels.begin(), kLevels.end(), w) != kLevels.end();
}

// Removes (...) and [...] asides, which hold gender markers, locations and work modes.
std::string drop_brackets(std::string_view s) {
  std::string out;
  int depth = 0;
  for (char c : s) {
    if (c == '(' || c == '[') { ++depth; continue; }
    if ((c == ')' || c == ']') && depth > 0) { --depth; continue; }
    if (depth == 0) out.push_back(c);
  }
  return out;
}

}  // namespace

namespace {

std::vector<std::string> words_of(std::string_view title, bool keep_asides) {
  std::string cleaned;
  if (keep_asides) {
    for (char c : title) cleaned.push_back(c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == '|' ? ' ' : c);
  } else {
    cleaned = drop_brackets(title);
    // Text after " - ", " | " or "," is usually a location or team ("Engineer - Berlin").
    for (std::string_view sep : {" - ", " | ", " – ", ","}) {
      size_t p = cleaned.find(sep);
      if (p != std::string::npos && p > 0) cleaned.resize(p);
    }
  }
  std::vector<std::string> words;
  for (const auto& t : text::tokenize(cleaned)) {
    if (t.norm == "/" || t.norm == "&" || t.norm == "+") {
      words.push_back(t.norm);
      continue;
    }
    std::string w;
    for (char c : t.norm)
      if (c != '.' && c != '\'') w.push_back(c);
    if (!w.empty()) words.push_back(std::move(w));
  }
  // Seniority words only as a prefix ("Lead Engineer" -> "engineer"; "Team Lead" stays).
  size_t b = 0;
  while (b + 1 < words.size() && is_seniority(words[b])) ++b;
  size_t e = words.size();
  while (e > b + 1 && is_level(words[e - 1])) --e;
  return std::vector<std::string>(words.begin() + static_cast<std::ptrdiff_t>(b),
                                  words.begin() + static_cast<std::ptrdiff_t>(e));
}

}  // namespace

std::vector<std::string> title_words(std::string_view title) { return words_of(title, false); }

std::vector<std::string> title_words_with_asides(std::string_view title) { return words_of(title, true); }

std::string normalize_title(std::string_view title) {
  std::string key;
  for (const auto& w : title_words(title)) key += w;
  if (key.size() > 3 && key.back() == 's' && key[key.size() - 2] != 's') key.pop_back();
  return key;
}

TitleIndex::TitleIndex(const CatalogData& data) {
  for (size_t ri = 0; ri < data.roles.size(); ++ri) {
    const Role& r = data.roles[ri];
    auto add = [&](std::string_view title) {
      std::string key = normalize_title(title);
      if (key.empty()) return;
      auto& list = by_key_[key];
      if (std::find(list.begin(), list.end(), ri) == list.end()) list.push_back(ri);
    };
    add(r.display_name);
    for (const auto& a : r.aliases) add(a);
  }
}

const std::vector<size_t>& TitleIndex::exact(std::string_view title) const {
  static const std::vector<size_t> kNone;
  auto it = by_key_.find(normalize_title(title));
  return it == by_key_.end() ? kNone : it->second;
}

}  // namespace jdpipe::roles
