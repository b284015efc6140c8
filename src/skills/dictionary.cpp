#include "skills/dictionary.hpp"

#include <algorithm>

#include "text/text.hpp"

namespace jdpipe::skills {

namespace {

std::string singular(std::string w) {
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
  return w;
}

std::string join_raw(const std::vector<text::Token>& tokens, size_t b, size_t e) {
  std::string out;
  for (size_t i = b; i < e; ++i) {
    if (i > b) out.push_back(' ');
    out += tokens[i].raw;
  }
  return out;
}

bool is_symbol(const text::Token& t) { return t.norm.size() == 1 && (t.norm[0] == '/' || t.norm[0] == '+' || t.norm[0] == '&'); }

}  // namespace

std::string compact_key(std::string_view tokens_key) {
  // Singularise the last word, then drop the separators.
  std::string key(tokens_key);
  size_t last = key.rfind(' ');
  std::string tail = singular(key.substr(last == std::string::npos ? 0 : last + 1));
  key = (last == std::string::npos ? "" : key.substr(0, last + 1)) + tail;
  std::string out;
  for (char c : key)
    if (c != ' ' && c != '.' && c != '-') out.push_back(c);
  return out;
}

SkillDictionary::SkillDictionary(const CatalogData& data) : data_(data) {
  for (size_t si = 0; si < data.skills.size(); ++si) {
    const Skill& s = data.skills[si];
    for (size_t ai = 0; ai < s.aliases.size(); ++ai) {
      const SkillAlias& a = s.aliases[ai];
      auto tokens = text::tokenize(a.text);
      if (tokens.empty() || is_symbol(tokens.front())) continue;
      std::string key;
      for (const auto& t : tokens) key += (key.empty() ? "" : " ") + t.norm;
      bool cs = a.match != "CASE_INSENSITIVE";
      Entry e{si, ai, cs, join_raw(tokens, 0, tokens.size())};
      auto add = [&](auto& index, const std::string& k) {
        auto& list = index[k];
        for (const auto& x : list)
          if (x.skill_index == si && x.case_sensitive == cs && x.written == e.written) return;
        list.push_back(e);
      };
      add(by_key_, key);
      // Case-sensitive aliases are short and ambiguous: they only match as written.
      if (!cs) add(by_compact_, compact_key(key));
      max_tokens_ = std::max(max_tokens_, tokens.size());
    }
  }
}

std::vector<AliasHit> SkillDictionary::lookup(std::string_view term) const {
  std::vector<AliasHit> hits;
  auto tokens = text::tokenize(term);
  if (tokens.empty()) return hits;
  std::string key;
  for (const auto& t : tokens) key += (key.empty() ? "" : " ") + t.norm;
  std::string written = join_raw(tokens, 0, tokens.size());
  if (auto it = by_key_.find(key); it != by_key_.end())
    for (const Entry& e : it->second)
      if (!e.case_sensitive || e.written == written) hits.push_back({e.skill_index, e.alias_index, true});
  if (!hits.empty()) return hits;
  if (auto it = by_compact_.find(compact_key(key)); it != by_compact_.end())
    for (const Entry& e : it->second) hits.push_back({e.skill_index, e.alias_index, false});
  return hits;
}

std::vector<Mention> SkillDictionary::find_all(std::string_view text) const {
  std::vector<Mention> out;
  auto tokens = text::tokenize(text);
  std::string key, written;
  for (size_t i = 0; i < tokens.size();) {
    if (is_symbol(tokens[i])) { ++i; continue; }
    bool matched = false;
    size_t longest = std::min(max_tokens_, tokens.size() - i);
    for (size_t len = longest; len >= 1 && !matched; --len) {
      bool broken = false;
      for (size_t k = i + 1; k < i + len; ++k) broken |= tokens[k].break_before;
      if (broken || is_symbol(tokens[i + len - 1])) continue;
      key.clear();
      for (size_t k = i; k < i + len; ++k) key += (k > i ? " " : "") + tokens[k].norm;
      auto try_index = [&](const auto& index, const std::string& k, bool exact) {
        auto it = index.find(k);
        if (it == index.end()) return false;
        written = join_raw(tokens, i, i + len);
        for (const Entry& e : it->second) {
          if (e.case_sensitive && e.written != written) continue;
          if (!data_.skills[e.skill_index].is_extractable) continue;
          out.push_back({e.skill_index, e.alias_index, tokens[i].start, tokens[i + len - 1].end, exact});
          return true;
        }
        return false;
      };
      matched = try_index(by_key_, key, true) || try_index(by_compact_, compact_key(key), false);
      if (matched) i += len;
    }
    if (!matched) ++i;
  }
  return out;
}

}  // namespace jdpipe::skills
