#include "skills/link_ranker.hpp"

#include <algorithm>
#include <bit>
#include <cmath>

#include "skills/normalize.hpp"

namespace jdpipe::skills {
namespace {

// Fitted by tools/fit_link_blend.py (--l2 0.001, the default hashing embedder) on the tuning
// half (even rows) of both linking dev sets; the scale matters (softmax), not only the ratios.
constexpr LinkFeatures kWeights = {
    8.8347f,  // lexical
    2.5584f,  // preferred
    2.7205f,  // words
    2.9322f,  // context
    3.0862f,  // dense
    2.8639f,  // occupations
    0.2140f,  // alias_exact
    6.6274f,  // alias_variant
    1.6325f,  // alias_preferred
    0.7620f,  // domain
    -2.7512f,  // label_words
    -0.4777f,  // support
    3.0414f,  // transversal
    -0.8915f,  // knowledge
    0.8006f,  // digital
    -0.0792f,  // term_roles
    2.2796f,  // context_roles
};

// The similarity floor's blend of the term's lexical and dense similarity.
constexpr float kSimilarityLexicalWeight = 0.8f;

// Calls fn with the match key of each content word of `text`.
template <class Fn>
void for_each_word_key(std::string_view text, Fn&& fn) {
  FoldedText f = fold(text);
  MatchTokens toks;
  tokenize_folded(f.text, toks);
  std::string key;
  for (const auto& t : toks) {
    std::string_view tv = std::string_view(f.text).substr(t.start, t.end - t.start);
    if (t.symbol || is_stop_word(tv)) continue;
    key.clear();
    match_key(tv, key);
    fn(key);
  }
}

void l2_normalise(std::vector<std::pair<uint32_t, float>>& v) {
  double nn = 0;
  for (auto& [id, w] : v) nn += double(w) * w;
  if (nn > 0)
    for (auto& [id, w] : v) w = static_cast<float>(w / std::sqrt(nn));
}

size_t content_words(std::string_view text) {
  size_t n = 0;
  for_each_word_key(text, [&](const std::string&) { ++n; });
  return n;
}

constexpr size_t kMaxRoleWords = 64;  // a skill keeps its occupations' 64 heaviest title words

bool is_preferred(const Skill& s, const SkillAlias& a) { return a.type == "CANONICAL" || a.text == s.display_name; }

}  // namespace

const LinkFeatures& LinkRanker::weights() { return kWeights; }

std::string LinkRanker::context_without(std::string_view context, std::string_view term) {
  std::string out(context);
  if (size_t at = term.empty() ? std::string::npos : out.find(term); at != std::string::npos)
    std::fill(out.begin() + static_cast<std::ptrdiff_t>(at), out.begin() + static_cast<std::ptrdiff_t>(at + term.size()), ' ');
  return out;
}

LinkRanker::LinkRanker(const CatalogData& data, const SkillDictionary& dictionary, const SkillLinker& linker)
    : data_(data), dictionary_(dictionary), linker_(linker) {
  const size_t n = data.skills.size();
  role_bit_words_ = (data.roles.size() + 63) / 64;
  role_bits_.assign(n * role_bit_words_, 0);
  role_count_.assign(n, 0);
  for (size_t r = 0; r < data.roles.size(); ++r)
    for (const auto& slug : data.roles[r].skills)
      if (const Skill* sk = data.skill_by_slug(slug)) {
        const size_t si = static_cast<size_t>(sk - data.skills.data());
        uint64_t& w = role_bits_[si * role_bit_words_ + r / 64];
        const uint64_t bit = uint64_t{1} << (r % 64);
        if (!(w & bit)) ++role_count_[si];
        w |= bit;
      }
  const uint32_t most = n ? *std::max_element(role_count_.begin(), role_count_.end()) : 0;
  occupations_.resize(n);
  label_words_.resize(n);
  kind_.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const Skill& s = data.skills[i];
    kind_[i] = {s.typical_lifespan == "EVERGREEN" ? 1.0f : 0.0f,
                s.skill_nature == "DOMAIN" || s.skill_nature == "CONCEPT" ? 1.0f : 0.0f,
                s.category == "Digital" ? 1.0f : 0.0f};
    occupations_[i] = most ? static_cast<float>(std::log1p(role_count_[i]) / std::log1p(most)) : 0.0f;
    label_words_[i] = std::min(8.0f, static_cast<float>(content_words(data.skills[i].display_name))) / 8.0f;
  }

  // Each skill's neighbourhood as words: the titles of the occupations listing it, each title
  // a TF-IDF vector, summed per skill. (The names of its skill groups, tried the same way, did
  // not help: bench/results/skill-linking-2026-11-26.md.)
  std::vector<std::string> titles;
  for (const auto& r : data.roles) {
    std::string t = r.display_name;
    for (const auto& a : r.aliases) t.append("\n").append(a);
    titles.push_back(std::move(t));
  }
  auto title_vecs = role_titles_.fit(titles);
  skill_role_words_.resize(n);
  std::vector<const WordSpace::Vector*> parts;
  for (size_t i = 0; i < n; ++i) {
    parts.clear();
    const uint64_t* bits = &role_bits_[i * role_bit_words_];
    for (size_t wd = 0; wd < role_bit_words_; ++wd)
      for (uint64_t b = bits[wd]; b; b &= b - 1) parts.push_back(&title_vecs[wd * 64 + static_cast<size_t>(std::countr_zero(b))]);
    skill_role_words_[i] = role_titles_.sum(parts, kMaxRoleWords);
  }
}

std::vector<LinkRanker::WordSpace::Vector> LinkRanker::WordSpace::fit(const std::vector<std::string>& docs) {
  std::vector<std::vector<uint32_t>> doc_words(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    for_each_word_key(docs[d], [&](const std::string& key) {
      doc_words[d].push_back(ids_.try_emplace(key, static_cast<uint32_t>(ids_.size())).first->second);
    });
    std::sort(doc_words[d].begin(), doc_words[d].end());
  }
  std::vector<uint32_t> df(ids_.size(), 0);
  for (const auto& ws : doc_words)
    for (size_t i = 0; i < ws.size(); ++i)
      if (i == 0 || ws[i] != ws[i - 1]) ++df[ws[i]];
  idf_.resize(df.size());
  for (size_t i = 0; i < df.size(); ++i)
    idf_[i] = static_cast<float>(std::log((docs.size() + 1.0) / (df[i] + 1.0)) + 1.0);
  std::vector<Vector> out(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    for (uint32_t id : doc_words[d]) {
      if (!out[d].empty() && out[d].back().first == id) out[d].back().second += idf_[id];
      else out[d].push_back({id, idf_[id]});
    }
    l2_normalise(out[d]);
  }
  return out;
}

LinkRanker::WordSpace::Vector LinkRanker::WordSpace::sum(const std::vector<const Vector*>& parts, size_t keep) {
  absl::flat_hash_map<uint32_t, float> acc;
  for (const Vector* p : parts)
    for (auto& [id, w] : *p) acc[id] += w;
  Vector v(acc.begin(), acc.end());
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second || (a.second == b.second && a.first < b.first); });
  if (v.size() > keep) v.resize(keep);
  l2_normalise(v);
  return v;
}

absl::flat_hash_map<uint32_t, float> LinkRanker::WordSpace::query(std::string_view text) const {
  absl::flat_hash_map<uint32_t, float> q;
  for_each_word_key(text, [&](const std::string& key) {
    if (auto it = ids_.find(key); it != ids_.end()) q[it->second] += idf_[it->second];
  });
  double nn = 0;
  for (auto& [id, w] : q) nn += double(w) * w;
  if (nn > 0)
    for (auto& [id, w] : q) w = static_cast<float>(w / std::sqrt(nn));
  return q;
}

float LinkRanker::WordSpace::cosine(const absl::flat_hash_map<uint32_t, float>& q, const Vector& v) {
  if (q.empty()) return 0;
  float dot = 0;
  for (auto& [id, w] : v)
    if (auto it = q.find(id); it != q.end()) dot += w * it->second;
  return std::min(1.0f, dot);
}

std::vector<RankedSkill> LinkRanker::rank(std::string_view term, std::string_view context,
                                          std::span<const float> dense, size_t pool) const {
  const size_t n = data_.skills.size();
  const std::string others = context_without(context, term);
  thread_local std::vector<LexicalScores> lex;
  linker_.lexical_scores(term, others, lex);
  if (dense.size() != n) dense = {};

  // The pool: alias hits, then the nearest skills by each similarity.
  absl::flat_hash_map<uint32_t, RankedSkill> cands;
  for (const auto& hit : dictionary_.lookup(term)) {
    RankedSkill& c = cands[static_cast<uint32_t>(hit.skill_index)];
    const Skill& s = data_.skills[hit.skill_index];
    const int kind = hit.exact ? 1 : 2;
    if (c.alias == 0 || kind < c.alias) c.alias = kind;
    if (is_preferred(s, s.aliases[hit.alias_index])) c.features[kLinkAliasPreferred] = 1;
  }
  auto take_top = [&](auto&& value) {
    std::vector<uint32_t> order;
    for (uint32_t i = 0; i < n; ++i)
      if (value(i) > 0) order.push_back(i);
    const size_t top = std::min(order.size(), pool);
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(top), order.end(),
                      [&](uint32_t a, uint32_t b) { return value(a) > value(b) || (value(a) == value(b) && a < b); });
    for (size_t i = 0; i < top; ++i) cands[order[i]];
  };
  take_top([&](uint32_t i) { return lex[i].term; });
  if (!dense.empty()) take_top([&](uint32_t i) { return dense[i]; });

  // The occupations of the sentence's other skills, for kLinkDomain.
  std::vector<uint64_t> domain(role_bit_words_, 0);
  size_t domain_roles = 0;
  for (const auto& m : dictionary_.find_all(others)) {
    const uint64_t* bits = &role_bits_[m.skill_index * role_bit_words_];
    for (size_t w = 0; w < role_bit_words_; ++w) domain[w] |= bits[w];
  }
  for (uint64_t w : domain) domain_roles += static_cast<size_t>(std::popcount(w));
  const float chance = data_.roles.empty() ? 0.0f : static_cast<float>(domain_roles) / static_cast<float>(data_.roles.size());

  const auto term_roles = role_titles_.query(term), context_roles = role_titles_.query(others);
  const LinkFeatures& w = weights();
  std::vector<RankedSkill> out;
  out.reserve(cands.size());
  for (auto& [si, c] : cands) {
    c.skill_index = si;
    LinkFeatures& f = c.features;
    f[kLinkLexical] = lex[si].term;
    f[kLinkPreferred] = lex[si].preferred;
    f[kLinkWords] = lex[si].words;
    f[kLinkContext] = lex[si].context;
    f[kLinkDense] = dense.empty() ? 0.0f : std::max(0.0f, dense[si]);
    f[kLinkOccupations] = occupations_[si];
    f[kLinkAliasExact] = c.alias == 1;
    f[kLinkAliasVariant] = c.alias == 2;
    f[kLinkLabelWords] = label_words_[si];
    f[kLinkSupport] = std::min(1.0f, lex[si].support / 3.0f);
    f[kLinkTransversal] = kind_[si][0];
    f[kLinkKnowledge] = kind_[si][1];
    f[kLinkDigital] = kind_[si][2];
    f[kLinkTermRoles] = WordSpace::cosine(term_roles, skill_role_words_[si]);
    f[kLinkContextRoles] = WordSpace::cosine(context_roles, skill_role_words_[si]);
    if (domain_roles > 0 && role_count_[si] > 0) {
      const uint64_t* bits = &role_bits_[si * role_bit_words_];
      size_t shared = 0;
      for (size_t k = 0; k < role_bit_words_; ++k) shared += static_cast<size_t>(std::popcount(bits[k] & domain[k]));
      f[kLinkDomain] = static_cast<float>(shared) / static_cast<float>(role_count_[si]) - chance;
    }
    double score = 0;
    for (size_t k = 0; k < kLinkFeatureCount; ++k) score += double(w[k]) * f[k];
    c.score = score;
    c.similarity = kSimilarityLexicalWeight * f[kLinkLexical] + (1 - kSimilarityLexicalWeight) * f[kLinkDense];
    out.push_back(c);
  }
  std::sort(out.begin(), out.end(), [](const RankedSkill& a, const RankedSkill& b) {
    return a.score > b.score || (a.score == b.score && a.skill_index < b.skill_index);
  });
  return out;
}

}  // namespace jdpipe::skills
