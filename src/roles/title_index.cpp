#include "roles/title_index.hpp"

#include <algorithm>
#include <array>
#include <functional>

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

constexpr std::string_view kSeparators[] = {" - ", " | ", " – ", ","};

// Splits a title into its main text and its asides: the (...) and [...] contents, and the
// pieces after a separator ("Engineer - Berlin", "Executive, Human Resources").
void split_asides(std::string_view title, std::string& main, std::vector<std::string>& asides) {
  std::string rest, aside;
  int depth = 0;
  for (char c : title) {
    if (c == '(' || c == '[') {
      if (depth++ == 0) aside.clear();
      continue;
    }
    if ((c == ')' || c == ']') && depth > 0) {
      if (--depth == 0) asides.push_back(aside);
      rest.push_back(' ');
      continue;
    }
    (depth > 0 ? aside : rest).push_back(c);
  }
  if (depth > 0) asides.push_back(aside);  // an unclosed bracket runs to the end
  size_t b = 0;
  bool first = true;
  while (b <= rest.size()) {
    size_t e = rest.size(), len = 0;
    for (std::string_view sep : kSeparators) {
      size_t p = rest.find(sep, b);
      if (p != std::string::npos && p < e && (p > 0 || !first)) e = p, len = sep.size();
    }
    std::string piece = rest.substr(b, e - b);
    if (first) main = std::move(piece);
    else asides.push_back(std::move(piece));
    first = false;
    if (len == 0) break;
    b = e + len;
  }
}

std::vector<std::string> words_of(std::string_view title, bool keep_asides,
                                  const std::function<bool(std::string_view)>& drop_aside) {
  std::string cleaned;
  std::vector<std::string> asides;
  split_asides(title, cleaned, asides);
  if (keep_asides)
    for (const auto& a : asides) {
      bool drop = false;
      if (drop_aside)
        for (const auto& t : text::tokenize(a)) drop = drop || drop_aside(t.norm);
      if (!drop) cleaned += " " + a;
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

std::vector<std::string> title_words(std::string_view title) { return words_of(title, false, nullptr); }

std::vector<std::string> title_words_with_asides(std::string_view title,
                                                 const std::function<bool(std::string_view)>& drop_aside) {
  return words_of(title, true, drop_aside);
}

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
