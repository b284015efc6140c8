#include "skills/linker.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "skills/normalize.hpp"

namespace jdpipe::skills {
namespace {

// Trigrams weigh as much as words: best on the linking dev sets among 0.3, 0.5, 1.0, 1.5, 2.5.
constexpr float kTrigramWeight = 1.0f;
constexpr float kContextWeight = 0.15f;  // the sentence's words, relative to the term's (0 to 0.3: no clear change)

constexpr float kSynonymFactor = 0.95f;
static_assert(kSynonymFactor <= 1.0f, "nearest's small-k path skips rows by their sum before the row factor");

inline absl::string_view av(std::string_view s) { return absl::string_view(s.data(), s.size()); }

// Words that say a phrase is a skill, not which one.
bool is_generic(std::string_view w) {
  static constexpr std::string_view kWords[] = {"skill", "skills", "knowledge", "experience", "ability", "abilities",
                                                "not", "good", "strong", "excellent", "etc"};
  for (auto g : kWords)
    if (w == g) return true;
  return false;
}

// Feature strings of a text: "w:" + each content word's match key, "t:" + the character
// trigrams of each word padded with '#'.
template <class Fn>
void for_each_feature(std::string_view text, bool words_only, Fn&& fn) {
  FoldedText f = fold(text);
  MatchTokens toks;
  tokenize_folded(f.text, toks);
  std::string key, padded;
  for (const auto& t : toks) {
    std::string_view tv = std::string_view(f.text).substr(t.start, t.end - t.start);
    if (t.symbol || is_stop_word(tv) || is_generic(tv)) continue;
    key = "w:";
    match_key(tv, key);
    fn(std::string_view(key), 1.0f);
    if (words_only) continue;
    padded = "#";
    for (char c : tv)
      if (c != '.') padded.push_back(c);
    padded.push_back('#');
    for (size_t i = 0; i + 3 <= padded.size(); ++i) {
      key = "t:";
      key.append(padded, i, 3);
      fn(std::string_view(key), kTrigramWeight);
    }
  }
}

void normalise(std::vector<std::pair<uint32_t, float>>& v) {
  double n = 0;
  for (auto& [id, w] : v) n += double(w) * w;
  if (n <= 0) return;
  float inv = static_cast<float>(1.0 / std::sqrt(n));
  for (auto& [id, w] : v) w *= inv;
}

// Sums the weights of repeated features.
void merge(std::vector<std::pair<uint32_t, float>>& v) {
  std::sort(v.begin(), v.end());
  size_t o = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    if (o > 0 && v[o - 1].first == v[i].first) v[o - 1].second += v[i].second;
    else v[o++] = v[i];
  }
  v.resize(o);
}

}  // namespace

void SkillLinker::features(std::string_view text, bool intern, Features& out) {
  out.clear();
  for_each_feature(text, false, [&](std::string_view f, float w) {
    uint32_t id;
    if (intern) {
      auto [it, fresh] = feature_ids_.try_emplace(av(f), static_cast<uint32_t>(feature_ids_.size()));
      id = it->second;
    } else {
      auto it = feature_ids_.find(av(f));
      if (it == feature_ids_.end()) return;
      id = it->second;
    }
    out.push_back({id, w});
  });
  merge(out);
}

void SkillLinker::query_features(std::string_view text, float scale, Features& out) const {
  Features v;
  for_each_feature(text, scale < 1.0f, [&](std::string_view f, float w) {
    auto it = feature_ids_.find(av(f));
    if (it != feature_ids_.end()) v.push_back({it->second, w * idf_[it->second]});
  });
  merge(v);
  normalise(v);
  for (auto& [id, w] : v) out.push_back({id, w * scale});
}

SkillLinker::SkillLinker(const CatalogData& data) : skill_count_(data.skills.size()) {
  std::vector<Features> rows;
  Features f;
  for (size_t si = 0; si < data.skills.size(); ++si)
    for (const auto& a : data.skills[si].aliases) {
      features(a.text, true, f);
      if (f.empty()) continue;
      rows.push_back(f);
      row_skill_.push_back(static_cast<uint32_t>(si));
      // Synonyms and hidden labels are broader and noisier than the skill's own name.
      const bool preferred = a.type == "CANONICAL" || a.text == data.skills[si].display_name;
      row_factor_.push_back(preferred ? 1.0f : kSynonymFactor);
      row_preferred_.push_back(preferred);
    }
  is_word_.assign(feature_ids_.size(), 0);
  for (const auto& [f, id] : feature_ids_) is_word_[id] = f[0] == 'w';
  std::vector<uint32_t> df(feature_ids_.size());
  for (const auto& r : rows)
    for (auto& [id, w] : r) ++df[id];
  idf_.resize(df.size());
  const double n = static_cast<double>(rows.size());
  for (size_t i = 0; i < df.size(); ++i) idf_[i] = static_cast<float>(std::log((n + 1) / (df[i] + 1)) + 1);
  postings_.resize(df.size());
  for (uint32_t r = 0; r < rows.size(); ++r) {
    for (auto& [id, w] : rows[r]) w *= idf_[id];
    normalise(rows[r]);
    for (auto& [id, w] : rows[r]) postings_[id].push_back({r, w});
  }
}

SkillLinker::Features SkillLinker::nearest_query(std::string_view term, std::string_view context) const {
  Features q;
  query_features(term, 1.0f, q);
  if (!context.empty() && kContextWeight > 0) query_features(context, kContextWeight, q);
  merge(q);
  return q;
}

std::vector<LinkCandidate> SkillLinker::nearest(std::string_view term, std::string_view context, size_t k) const {
  // The small-k path keeps its k best in a list it scans: meant for a handful.
  if (k > 16) return nearest_exhaustive(term, context, k);
  return nearest_small_k(nearest_query(term, context), k);
}

std::vector<LinkCandidate> SkillLinker::nearest_exhaustive(std::string_view term, std::string_view context,
                                                           size_t k) const {
  const Features q = nearest_query(term, context);
  // Per alias row, kept zero between calls: only the rows the query reaches are visited and
  // reset (a term's trigrams and its context reach a few thousand of ESCO's 110,000 rows).
  thread_local std::vector<float> acc;
  thread_local std::vector<uint8_t> seen;  // kReached, kSharesWord
  thread_local std::vector<uint32_t> touched;
  thread_local std::vector<float> best;  // per skill: its best alias score
  thread_local std::vector<uint32_t> skills;
  enum : uint8_t { kReached = 1, kSharesWord = 2 };
  if (acc.size() != row_skill_.size()) acc.assign(row_skill_.size(), 0.0f), seen.assign(row_skill_.size(), 0);
  if (best.size() != skill_count_) best.assign(skill_count_, 0.0f);
  touched.clear();
  skills.clear();
  float* const row_acc = acc.data();  // plain pointers: thread_local lookups stay out of the loop
  uint8_t* const row_seen = seen.data();
  std::vector<uint32_t>& reached = touched;
  for (auto& [id, w] : q) {
    const uint8_t word = is_word_[id] ? kSharesWord : 0;
    for (auto& [r, rw] : postings_[id]) {
      if (!row_seen[r]) reached.push_back(r);
      row_seen[r] |= kReached | word;
      row_acc[r] += w * rw;
    }
  }
  for (uint32_t r : touched) {
    // Trigrams alone (no word in common) only count when they are most of both strings.
    float score = (seen[r] & kSharesWord) || acc[r] >= kTrigramOnlyMin ? acc[r] * row_factor_[r] : 0.0f;
    acc[r] = 0;
    seen[r] = 0;
    if (score <= 0) continue;
    float& b = best[row_skill_[r]];
    if (b == 0) skills.push_back(row_skill_[r]);
    b = std::max(b, score);
  }
  std::vector<LinkCandidate> out;
  out.reserve(skills.size());
  for (uint32_t s : skills) {
    out.push_back({s, std::min(1.0, static_cast<double>(best[s]))});
    best[s] = 0;
  }
  auto better = [](const LinkCandidate& a, const LinkCandidate& b) {
    return a.score > b.score || (a.score == b.score && a.skill_index < b.skill_index);
  };
  if (out.size() > k) {
    std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(k), out.end(), better);
    out.resize(k);
  } else {
    std::sort(out.begin(), out.end(), better);
  }
  return out;
}

void SkillLinker::lexical_scores(std::string_view term, std::string_view context,
                                 std::vector<LexicalScores>& per_skill) const {
  Features q, qc;
  query_features(term, 1.0f, q);
  merge(q);
  // Words only (scale < 1 asks for no trigrams), normalised on their own.
  if (!context.empty()) query_features(context, 0.999f, qc);
  merge(qc);
  // Per alias row: term, its word part, context. Dense and reused: common trigrams reach
  // tens of thousands of rows, where a hash map is slower than a pass over the array.
  thread_local std::vector<std::array<float, 3>> acc;
  thread_local std::vector<uint32_t> touched;
  acc.assign(row_skill_.size(), {0, 0, 0});
  touched.clear();
  auto add = [&](uint32_t r, size_t slot, float v) {
    auto& a = acc[r];
    if (a[0] == 0 && a[1] == 0 && a[2] == 0) touched.push_back(r);
    a[slot] += v;
  };
  for (auto& [id, w] : q)
    for (auto& [r, rw] : postings_[id]) {
      add(r, 0, w * rw);
      if (is_word_[id]) acc[r][1] += w * rw;
    }
  for (auto& [id, w] : qc)
    for (auto& [r, rw] : postings_[id]) add(r, 2, w * rw);
  per_skill.assign(skill_count_, LexicalScores{});
  for (uint32_t r : touched) {
    const auto& a = acc[r];
    // Trigrams alone (no word in common) only count when they are most of both strings.
    float t = a[1] > 0 || a[0] >= kTrigramOnlyMin ? a[0] : 0.0f;
    LexicalScores& s = per_skill[row_skill_[r]];
    s.term = std::max(s.term, std::min(1.0f, t * row_factor_[r]));
    s.support += t;
    if (row_preferred_[r]) s.preferred = std::max(s.preferred, std::min(1.0f, t));
    s.words = std::max(s.words, std::min(1.0f, a[1]));
    s.context = std::max(s.context, std::min(1.0f, a[2]));
  }
}

}  // namespace jdpipe::skills
