#include "roles/title_matcher.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

#include "embed/features.hpp"

namespace jdpipe::roles {

namespace {

constexpr uint64_t kTokenSeed = 0x7469746c65746f6bull, kCharSeed = 0x7469746c65636872ull;
// Above this many floats (labels x dim) the label matrix is not kept; see TitleMatcher.
constexpr size_t kMaxEmbeddedFloats = size_t{16} << 20;
// The cosine a label needs when it shares nothing lexically with the title.
constexpr float kMinSemanticOnly = 0.3f;
// Labels ranked by the lexical similarities whose embeddings are compared in shortlist mode.
constexpr size_t kShortlist = 400;
// The skill group whose one-word skills name languages ("Japanese"): ESCO's, as imported.
constexpr std::string_view kLanguagesGroup = "languages";

bool is_title_stopword(std::string_view w) {
  // Not the general stop list: "IT" is a field in a title ("IT Officer").
  static constexpr std::string_view kStop[] = {"a", "an", "and", "of", "the", "for", "in", "on", "at", "to", "with",
                                               "cum", "or", "m", "f", "d", "w", "x", "h", "mwd", "mfd"};
  return std::find(std::begin(kStop), std::end(kStop), w) != std::end(kStop);
}

// Abbreviations common in job ads, spelt out as catalogs write them.
std::string_view expand_abbreviation(std::string_view w) {
  static constexpr std::pair<std::string_view, std::string_view> kAbbrev[] = {
      {"it", "ict"},        {"exec", "executive"}, {"mgr", "manager"},    {"asst", "assistant"},
      {"admin", "administrative"}, {"eng", "engineer"}, {"engr", "engineer"}, {"dev", "developer"},
      {"rep", "representative"}, {"hr", "human resources"}, {"qa", "quality assurance"}, {"qc", "quality control"},
      {"acct", "accountant"}, {"coord", "coordinator"}, {"tech", "technician"}, {"svc", "service"}};
  for (const auto& [a, full] : kAbbrev)
    if (w == a) return full;
  return w;
}

// Title words without symbols and function words, abbreviations spelt out, lightly stemmed
// ("managers" = "manager").
std::vector<std::string> content_words(std::string_view title, bool with_asides = false,
                                       const std::function<bool(std::string_view)>& drop_aside = nullptr) {
  std::vector<std::string> out;
  for (auto& w : with_asides ? title_words_with_asides(title, drop_aside) : title_words(title)) {
    if (w.size() == 1 && !text::is_alnum(static_cast<unsigned char>(w[0]))) continue;
    if (is_title_stopword(w)) continue;
    std::string_view full = expand_abbreviation(w);
    size_t b = 0;
    while (b < full.size()) {
      size_t e = full.find(' ', b);
      if (e == std::string_view::npos) e = full.size();
      out.push_back(embed::light_stem(full.substr(b, e - b)));
      b = e + 1;
    }
  }
  return out;
}

template <class Fn>
void for_each_gram(const std::vector<std::string>& words, Fn&& emit) {
  std::string s = " ";
  for (const auto& w : words) {
    s += w;
    s += ' ';
  }
  for (size_t n = 3; n <= 4; ++n)
    for (size_t i = 0; i + n <= s.size(); ++i) emit(embed::fnv1a(std::string_view(s).substr(i, n), kCharSeed + n));
}

void normalise(std::vector<std::pair<uint64_t, float>>& v) {
  double n = 0;
  for (auto& [h, w] : v) n += double(w) * w;
  if (n <= 0) return;
  float inv = static_cast<float>(1.0 / std::sqrt(n));
  for (auto& [h, w] : v) w *= inv;
}

}  // namespace

TitleMatcher::TitleMatcher(const CatalogData& data, const TitleIndex& exact, const Embedder& embedder)
    : data_(data), exact_(exact), embedder_(embedder) {
  absl::flat_hash_set<std::string> seen;  // one role's labels, lower case
  for (size_t ri = 0; ri < data.roles.size(); ++ri) {
    seen.clear();
    auto add = [&](const std::string& label) {
      if (seen.insert(text::lower(label)).second) {
        label_text_.push_back(label);
        label_role_.push_back(static_cast<uint32_t>(ri));
        label_preferred_.push_back(label_role_.size() == 1 || label_role_[label_role_.size() - 2] != ri);
      }
    };
    add(data.roles[ri].display_name);
    for (const auto& a : data.roles[ri].aliases) add(a);
  }
  // Document frequencies over labels: IDF of tokens and character grams.
  std::vector<std::vector<std::string>> words(label_text_.size());
  absl::flat_hash_map<uint64_t, uint32_t> token_df, char_df;
  std::vector<uint64_t> tk, ch;  // one label's distinct features
  auto distinct = [](std::vector<uint64_t>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  };
  for (size_t l = 0; l < label_text_.size(); ++l) {
    words[l] = content_words(label_text_[l]);
    tk.clear();
    ch.clear();
    for (const auto& w : words[l]) tk.push_back(embed::fnv1a(w, kTokenSeed));
    for_each_gram(words[l], [&](uint64_t h) { ch.push_back(h); });
    distinct(tk);
    distinct(ch);
    for (uint64_t h : tk) ++token_df[h];
    for (uint64_t h : ch) ++char_df[h];
  }
  const double n = static_cast<double>(std::max<size_t>(1, label_text_.size()));
  for (auto& [h, df] : token_df) token_idf_[h] = static_cast<float>(std::log(1.0 + n / df));
  for (auto& [h, df] : char_df) char_idf_[h] = static_cast<float>(std::log(1.0 + n / df));
  // A feature no label has counts as rarer than any that does: it is a part of the title that
  // matched nothing, which should lower the score.
  unknown_token_idf_ = unknown_char_idf_ = static_cast<float>(std::log(1.0 + n));
  for (size_t l = 0; l < label_text_.size(); ++l) {
    for (const auto& [h, w] : token_vector(words[l], false)) token_index_[h].push_back({static_cast<uint32_t>(l), w});
    for (const auto& [h, w] : char_vector(words[l], false)) char_index_[h].push_back({static_cast<uint32_t>(l), w});
  }
  // Whole-role documents: every label's words (a word most labels share counts more), and the
  // words of the role's skills' names.
  std::vector<std::vector<absl::string_view>> label_docs(data.roles.size()), skill_docs(data.roles.size());
  for (size_t l = 0; l < label_text_.size(); ++l) {
    auto& doc = label_docs[label_role_[l]];
    doc.insert(doc.end(), words[l].begin(), words[l].end());
  }
  // Each skill's name split once: a catalog links a skill to many roles (ESCO: 124k links).
  std::vector<std::vector<std::string>> skill_words(data.skills.size());
  for (size_t si = 0; si < data.skills.size(); ++si) skill_words[si] = content_words(data.skills[si].display_name);
  for (size_t ri = 0; ri < data.roles.size(); ++ri)
    for (const auto& slug : data.roles[ri].skills)
      if (const Skill* sk = data.skill_by_slug(slug)) {
        const auto& w = skill_words[static_cast<size_t>(sk - data.skills.data())];
        skill_docs[ri].insert(skill_docs[ri].end(), w.begin(), w.end());
      }
  for (const Skill& sk : data.skills)
    if (sk.sub_category == kLanguagesGroup && sk.display_name.find(' ') == std::string::npos)
      language_words_.insert(text::lower(sk.display_name));
  role_labels_ = RoleTermIndex(label_docs);
  role_skills_ = RoleTermIndex(skill_docs);
}

TitleMatcher::SparseVec TitleMatcher::token_vector(const std::vector<std::string>& words, bool query) const {
  SparseVec v;
  for (const auto& w : words) {
    uint64_t h = embed::fnv1a(w, kTokenSeed);
    if (std::any_of(v.begin(), v.end(), [&](auto& p) { return p.first == h; })) continue;  // a set
    auto it = token_idf_.find(h);
    if (it == token_idf_.end() && !query) continue;
    v.emplace_back(h, it == token_idf_.end() ? unknown_token_idf_ : it->second);
  }
  normalise(v);
  return v;
}

TitleMatcher::SparseVec TitleMatcher::char_vector(const std::vector<std::string>& words, bool query) const {
  // Term counts as runs of the sorted grams: features in hash order, whatever the platform.
  std::vector<uint64_t> grams;
  for_each_gram(words, [&](uint64_t h) { grams.push_back(h); });
  std::sort(grams.begin(), grams.end());
  SparseVec v;
  for (size_t i = 0, j = 0; i < grams.size(); i = j) {
    while (j < grams.size() && grams[j] == grams[i]) ++j;
    const uint64_t h = grams[i];
    const size_t c = j - i;
    auto it = char_idf_.find(h);
    if (it == char_idf_.end() && !query) continue;
    float idf = it == char_idf_.end() ? unknown_char_idf_ : it->second;
    v.emplace_back(h, static_cast<float>((1.0 + std::log(double(c))) * idf));
  }
  normalise(v);
  return v;
}

void TitleMatcher::accumulate(const SparseVec& q, const Index& index, std::vector<float>& acc,
                              std::vector<uint32_t>& touched) const {
  for (const auto& [h, w] : q) {
    auto it = index.find(h);
    if (it == index.end()) continue;
    for (const Posting& p : it->second) {
      if (acc[p.label] == 0) touched.push_back(p.label);
      acc[p.label] += w * p.weight;
    }
  }
}

void TitleMatcher::ensure_label_embeddings() const {
  std::call_once(embedded_, [&] {
    embed_all_ = label_text_.size() * static_cast<size_t>(std::max(1, embedder_.dim())) <= kMaxEmbeddedFloats;
    if (!embed_all_ || label_text_.empty()) return;
    label_embeddings_ = embedder_.embed(label_text_);
    // Each role's labels' mean direction, for the whole-role embedding vote.
    role_centroids_ = Matrix::Zero(static_cast<Eigen::Index>(data_.roles.size()), label_embeddings_.cols());
    for (size_t l = 0; l < label_text_.size(); ++l)
      role_centroids_.row(label_role_[l]) += label_embeddings_.row(static_cast<Eigen::Index>(l));
    for (Eigen::Index r = 0; r < role_centroids_.rows(); ++r)
      if (float n = role_centroids_.row(r).norm(); n > 0) role_centroids_.row(r) /= n;
  });
}

std::unordered_map<uint32_t, std::pair<double, bool>> TitleMatcher::score_roles(std::string_view title,
                                                                                 const TitleWeights& w) const {
  const size_t nl = label_text_.size();
  // An aside naming a language ("(Japanese Speaker)") asks for a candidate's skill, not a role.
  auto names_language = [&](std::string_view w) {
    return language_words_.contains(absl::string_view(w.data(), w.size()));
  };
  const std::vector<std::string> words = content_words(title, true, names_language);
  std::vector<float> tok(nl, 0.0f), chr(nl, 0.0f);
  std::vector<uint32_t> touched;
  accumulate(token_vector(words, true), token_index_, tok, touched);
  accumulate(char_vector(words, true), char_index_, chr, touched);
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());

  const double wsum = std::max(1e-9, w.token + w.chars + w.embedding);
  std::vector<float> emb(nl, 0.0f);
  std::vector<uint32_t> scored = touched;  // labels with a score
  Eigen::VectorXf query_vec;                 // the title's embedding when every label is embedded
  if ((w.embedding > 0 || w.role_embedding > 0) && nl > 0) {
    ensure_label_embeddings();
    std::string query;
    for (const auto& word : title_words_with_asides(title, names_language)) query += (query.empty() ? "" : " ") + word;
    if (embed_all_) {
      Matrix q = embedder_.embed({query});
      query_vec = q.row(0).transpose();
      Eigen::VectorXf sims = label_embeddings_ * query_vec;
      for (size_t l = 0; l < nl; ++l) emb[l] = std::max(0.0f, sims[static_cast<Eigen::Index>(l)]);
      scored.resize(nl);
      for (size_t l = 0; l < nl; ++l) scored[l] = static_cast<uint32_t>(l);
    } else {
      // Too many labels to keep embedded: compare the lexical shortlist only.
      std::vector<uint32_t> shortlist = touched;
      auto lex = [&](uint32_t l) { return w.token * tok[l] + w.chars * chr[l]; };
      if (shortlist.size() > kShortlist) {
        std::nth_element(shortlist.begin(), shortlist.begin() + kShortlist, shortlist.end(),
                         [&](uint32_t a, uint32_t b) { return lex(a) > lex(b); });
        shortlist.resize(kShortlist);
      }
      std::vector<std::string> texts{query};
      for (uint32_t l : shortlist) texts.push_back(label_text_[l]);
      Matrix m = embedder_.embed(texts);
      for (size_t i = 0; i < shortlist.size(); ++i)
        emb[shortlist[i]] = std::max(0.0f, m.row(static_cast<Eigen::Index>(i + 1)).dot(m.row(0)));
    }
  }

  // A role's score is that of its best label; a preferred label (the role's name) counts fully,
  // an alternative label a little less, so that a general name beats a specialised alias.
  std::unordered_map<uint32_t, std::pair<double, bool>> best;  // role -> score, embedding dominated
  for (uint32_t l : scored) {
    double lexical = w.token * tok[l] + w.chars * chr[l], semantic = w.embedding * emb[l];
    // A label sharing no word and no character n-gram with the title needs real semantic
    // similarity: otherwise nonsense titles ("zzzz qqqq") would get the roles nearest by noise.
    if (lexical <= 0 && emb[l] < kMinSemanticOnly) continue;
    double s = (lexical + semantic) / wsum * (label_preferred_[l] ? 1.0 : w.alt_label_factor);
    if (s <= 0) continue;
    auto [it, fresh] = best.try_emplace(label_role_[l], s, semantic > lexical);
    if (!fresh && s > it->second.first) it->second = {s, semantic > lexical};
  }
  // Whole-role votes, added to the best label's score and rescaled so that only an exact alias
  // hit can reach 1.
  const double role_sum = w.role_labels + w.role_skills + w.role_embedding;
  if (role_sum > 0) {
    std::vector<float> votes(data_.roles.size(), 0.0f);
    std::vector<uint32_t> voted;
    if (w.role_labels > 0) role_labels_.score(words, static_cast<float>(w.role_labels), votes, voted);
    if (w.role_skills > 0) role_skills_.score(words, static_cast<float>(w.role_skills), votes, voted);
    // Only when every label is embedded (query_vec is then set, and role_centroids_ built): a
    // catalog too large for that (ESCO with the 1,024-d hashing embedder) has neither.
    if (w.role_embedding > 0 && query_vec.size() > 0 && query_vec.size() == role_centroids_.cols()) {
      Eigen::VectorXf sims = role_centroids_ * query_vec;
      for (uint32_t r = 0; r < votes.size(); ++r) {
        float sim = sims[static_cast<Eigen::Index>(r)];
        // As for a label: a role nothing else found needs real semantic similarity.
        if (sim <= 0 || (votes[r] == 0 && !best.count(r) && sim < kMinSemanticOnly)) continue;
        if (votes[r] == 0) voted.push_back(r);
        votes[r] += static_cast<float>(w.role_embedding) * sim;
      }
    }
    for (auto& [ri, sv] : best) sv.first += votes[ri];
    for (uint32_t ri : voted) best.emplace(ri, std::make_pair(double(votes[ri]), false));  // no-op for a role scored above
    for (auto& [ri, sv] : best) sv.first /= 1.0 + role_sum;
  }
  return best;
}

std::vector<TitleHit> TitleMatcher::match(std::string_view title, size_t k, const TitleWeights& w) const {
  std::vector<TitleHit> out;
  if (k == 0 || label_text_.empty()) return out;
  // The whole title only: also matching the parts of "A/B" or "A cum B" titles (a role keeping
  // its best score) lowered top-1 on the JobBERT tuning half from 0.277 to 0.272.
  std::vector<size_t> exact_hits = exact_.exact(title);
  const auto best = score_roles(title, w);
  auto blended = [&](size_t ri) {
    auto it = best.find(static_cast<uint32_t>(ri));
    return it == best.end() ? 0.0 : it->second.first;
  };
  // Exact hits lead: a role named by the title before one that only has it as an alias, then
  // by blended score.
  const std::string key = normalize_title(title);
  auto named = [&](size_t ri) { return normalize_title(data_.roles[ri].display_name) == key; };
  std::stable_sort(exact_hits.begin(), exact_hits.end(), [&](size_t a, size_t b) {
    if (named(a) != named(b)) return named(a);
    return blended(a) > blended(b);
  });
  for (size_t ri : exact_hits) out.push_back({ri, 1.0, "alias"});

  std::vector<std::pair<uint32_t, std::pair<double, bool>>> ranked(best.begin(), best.end());
  std::sort(ranked.begin(), ranked.end(), [](auto& a, auto& b) {
    return a.second.first > b.second.first || (a.second.first == b.second.first && a.first < b.first);
  });
  for (const auto& [ri, sv] : ranked) {
    if (out.size() >= k) break;
    if (std::find(exact_hits.begin(), exact_hits.end(), ri) != exact_hits.end()) continue;
    // Only an exact alias hit scores 1.
    out.push_back({ri, std::min(sv.first, 0.999), sv.second ? "embedding" : "fuzzy"});
  }
  if (out.size() > k) out.resize(k);
  return out;
}

}  // namespace jdpipe::roles
