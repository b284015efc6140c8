#include "skills/tagger.hpp"

#include <simdjson.h>

#include <Eigen/Core>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <limits>
#include <optional>
#include <numeric>
#include <random>
#include <string>

#include <fmt/format.h>

#include "jdpipe/catalog.hpp"
#include "jdpipe/error.hpp"
#include "jdpipe/skill_tagger.hpp"
#include "jdpipe/static_embedder.hpp"

namespace jdpipe::skills {
namespace {

bool is_space(unsigned char c) { return text::is_space(c); }

/// The UTF-8 length of a quote or bullet glyph at s[i] that is peeled like punctuation, else 0.
size_t glyph_at(std::string_view s, size_t i) {
  if (i + 3 > s.size() || static_cast<unsigned char>(s[i]) != 0xE2 || static_cast<unsigned char>(s[i + 1]) != 0x80) return 0;
  switch (static_cast<unsigned char>(s[i + 2])) {
    case 0x98: case 0x99: case 0x9C: case 0x9D: case 0xA2: case 0x93: case 0x94: return 3;  // ‘ ’ “ ” • – —
    default: return 0;
  }
}

bool peel_leading(char c) { return std::strchr("([{\"'*<", c) != nullptr && c != '\0'; }
bool peel_trailing(char c) { return std::strchr(")]}\"'.,;:!?>", c) != nullptr && c != '\0'; }

uint64_t mix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

uint64_t hash_bytes(std::string_view s, uint64_t seed) {
  uint64_t h = 1469598103934665603ull ^ seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return mix(h);
}

struct TokenHashes {
  uint64_t word, suffix3, suffix2, prefix3, shape, cluster;
};

/// A token's hashes: of its lower-case form, its affixes, and its shape (A-Z as X, a-z as x,
/// digits as d, other bytes as themselves, non-ASCII as u, runs collapsed: "Python" Xx,
/// "CI/CD" X/X, "2021-07-14" d-d-d).
TokenHashes hashes_of(std::string_view w, const absl::flat_hash_map<std::string, uint16_t>* clusters = nullptr) {
  char small[2][64];
  std::string large[2];
  char* lower = small[0];
  char* shape = small[1];
  if (w.size() > sizeof small[0]) {
    large[0].resize(w.size());
    large[1].resize(w.size());
    lower = large[0].data();
    shape = large[1].data();
  }
  size_t shape_len = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    auto c = static_cast<unsigned char>(w[i]);
    lower[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
    char k = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd' : c >= 0x80 ? 'u' : static_cast<char>(c);
    if (shape_len == 0 || shape[shape_len - 1] != k) shape[shape_len++] = k;
  }
  std::string_view v(lower, w.size());
  auto tail = [&](size_t n) { return v.size() > n ? v.substr(v.size() - n) : v; };
  uint64_t cluster = 0;
  if (clusters && !clusters->empty())
    if (auto it = clusters->find(absl::string_view(v.data(), v.size())); it != clusters->end()) cluster = it->second;
  return {hash_bytes(v, 1), hash_bytes(tail(3), 2), hash_bytes(tail(2), 3), hash_bytes(v.substr(0, std::min<size_t>(3, v.size())), 4),
          hash_bytes(std::string_view(shape, shape_len), 5), cluster};
}

const TokenHashes kStart = hashes_of("<s>");
const TokenHashes kEnd = hashes_of("</s>");

bool punctuation_only(std::string_view w) {
  for (size_t i = 0; i < w.size();) {
    if (size_t g = glyph_at(w, i)) {
      i += g;
      continue;
    }
    char c = w[i];
    if (!peel_leading(c) && !peel_trailing(c) && c != '-' && c != '/' && c != '&') return false;
    ++i;
  }
  return true;
}

}  // namespace

std::vector<text::Span> tagger_tokens(std::string_view t, size_t from, size_t to) {
  std::vector<text::Span> out;
  size_t i = from;
  while (i < to) {
    while (i < to && is_space(static_cast<unsigned char>(t[i]))) ++i;
    size_t b = i;
    while (i < to && !is_space(static_cast<unsigned char>(t[i]))) ++i;
    size_t e = i;
    if (b == e) break;
    std::vector<text::Span> tail;
    // Leading punctuation, one token each; a dot before a letter stays (".NET").
    while (b < e) {
      if (size_t g = glyph_at(t, b); g && b + g <= e) {
        out.push_back({b, b + g});
        b += g;
      } else if (peel_leading(t[b])) {
        out.push_back({b, b + 1});
        ++b;
      } else {
        break;
      }
    }
    // Trailing punctuation: a glyph, or one of ")]}\"'.,;:!?>" (so "C++" and "C#" keep theirs).
    while (e > b) {
      if (e >= b + 3 && glyph_at(t, e - 3) == 3) {
        tail.push_back({e - 3, e});
        e -= 3;
      } else if (peel_trailing(t[e - 1])) {
        tail.push_back({e - 1, e});
        --e;
      } else {
        break;
      }
    }
    if (b < e) out.push_back({b, e});
    out.insert(out.end(), tail.rbegin(), tail.rend());
  }
  return out;
}

size_t TaggerModel::rows() const {
  size_t n = 0;
  for (uint32_t r = 0; r < (1u << kBits); ++r)
    if (const float* w = row(r); w[0] != 0 || w[1] != 0 || w[2] != 0) ++n;
  return n;
}

void TaggerModel::finish() {
  std::string_view w(reinterpret_cast<const char*>(weights.data()), weights.size() * sizeof(float));
  std::string_view t(reinterpret_cast<const char*>(transitions.data()), sizeof transitions);
  fingerprint = hash_bytes(w, hash_bytes(t, static_cast<uint64_t>(epochs)));
}

std::vector<Tag> dictionary_tags(const std::vector<text::Span>& tokens, const std::vector<Mention>& mentions) {
  std::vector<Tag> out(tokens.size(), kOutside);
  auto m = std::lower_bound(mentions.begin(), mentions.end(), tokens.empty() ? 0 : tokens.front().start,
                            [](const Mention& x, size_t pos) { return x.end <= pos; });
  const Mention* open = nullptr;
  for (size_t i = 0; i < tokens.size(); ++i) {
    while (m != mentions.end() && m->end <= tokens[i].start) ++m;
    if (m != mentions.end() && m->start < tokens[i].end) {
      out[i] = open == &*m ? kInside : kBegin;
      open = &*m;
    }
  }
  return out;
}

void token_features(const TaggerModel& model, std::string_view text, const std::vector<text::Span>& tokens,
                    const std::vector<Tag>& dict, std::vector<uint32_t>& rows) {
  const size_t n = tokens.size();
  std::vector<TokenHashes> h(n);
  for (size_t i = 0; i < n; ++i)
    h[i] = hashes_of(text.substr(tokens[i].start, tokens[i].end - tokens[i].start), &model.cluster_of);
  auto at = [&](ptrdiff_t i) -> const TokenHashes& { return i < 0 ? kStart : i >= static_cast<ptrdiff_t>(n) ? kEnd : h[i]; };
  auto d = [&](ptrdiff_t i) -> uint64_t { return i < 0 ? 3 : i >= static_cast<ptrdiff_t>(n) ? 4 : dict[i]; };
  rows.resize(n * kFeatures);
  for (size_t k = 0; k < n; ++k) {
    const auto i = static_cast<ptrdiff_t>(k);
    const TokenHashes &w0 = at(i), &wm1 = at(i - 1), &wp1 = at(i + 1);
    const uint64_t position = (k == 0 ? 1u : 0u) | (k + 1 == n ? 2u : 0u);
    const uint64_t f[kFeatures] = {
        0,
        w0.word,
        wm1.word,
        wp1.word,
        at(i - 2).word,
        at(i + 2).word,
        wm1.word * 31 + w0.word,
        w0.word * 31 + wp1.word,
        w0.suffix3,
        w0.prefix3,
        w0.shape,
        (wm1.shape * 31 + w0.shape) * 31 + wp1.shape,
        d(i),
        d(i - 1) * 8 + d(i),
        d(i) * 8 + d(i + 1),
        w0.word * 8 + d(i),
        wm1.word * 31 + wp1.word,
        position * 8 + d(i),
        w0.suffix2,
        wp1.suffix3,
        // The last kClusterFeatures: word-vector clusters.
        w0.cluster,
        wm1.cluster,
        wp1.cluster,
        w0.cluster * 8 + d(i),
    };
    uint32_t* out = rows.data() + k * kFeatures;
    for (size_t t = 0; t < kFeatures; ++t)
      out[t] = static_cast<uint32_t>(mix(f[t] ^ (0xA24BAED4963EE407ull * (t + 1))) >> (64 - TaggerModel::kBits));
    if (model.cluster_of.empty())
      for (size_t t = kFeatures - kClusterFeatures; t < kFeatures; ++t) out[t] = TaggerModel::kNoRow;
  }
}

std::vector<Tag> viterbi(const TaggerModel& model, const std::vector<uint32_t>& rows, size_t n) {
  std::vector<Tag> out(n, kOutside);
  if (n == 0) return out;
  constexpr float kNever = -std::numeric_limits<float>::infinity();
  std::vector<std::array<float, kTags>> score(n);
  std::vector<std::array<uint8_t, kTags>> back(n);
  for (size_t i = 0; i < n; ++i) {
    std::array<float, kTags> e{};
    for (size_t f = 0; f < kFeatures; ++f) {
      const float* w = model.row(rows[i * kFeatures + f]);
      e[0] += w[0];
      e[1] += w[1];
      e[2] += w[2];
    }
    for (size_t t = 0; t < kTags; ++t) {
      float best = kNever;
      uint8_t arg = 0;
      if (i == 0) {
        best = t == kInside ? kNever : model.transitions[kTags][t];
      } else {
        for (size_t p = 0; p < kTags; ++p) {
          if (t == kInside && p == kOutside) continue;
          float s = score[i - 1][p] + model.transitions[p][t];
          if (s > best) best = s, arg = static_cast<uint8_t>(p);
        }
      }
      score[i][t] = best + e[t];
      back[i][t] = arg;
    }
  }
  size_t t = 0;
  for (size_t k = 1; k < kTags; ++k)
    if (score[n - 1][k] > score[n - 1][t]) t = k;
  for (size_t i = n; i-- > 0;) {
    out[i] = static_cast<Tag>(t);
    t = back[i][t];
  }
  return out;
}

namespace {

/// Spans from tags over tokens, without punctuation-only tokens at their ends.
void collect_spans(std::string_view text, const std::vector<text::Span>& tokens, const std::vector<Tag>& tags,
                   std::vector<text::Span>& out) {
  auto word = [&](size_t i) { return text.substr(tokens[i].start, tokens[i].end - tokens[i].start); };
  for (size_t i = 0; i < tokens.size();) {
    if (tags[i] == kOutside) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < tokens.size() && tags[j] == kInside) ++j;
    size_t b = i, e = j;
    while (b < e && punctuation_only(word(b))) ++b;
    while (e > b && punctuation_only(word(e - 1))) --e;
    if (b < e) out.push_back({tokens[b].start, tokens[e - 1].end});
    i = j;
  }
}

/// The gold tags of a sentence's tokens: a token inside an annotated span is B or I; span ends
/// made only of punctuation are left out, as collect_spans leaves them out of predictions.
std::vector<Tag> gold_tags(std::string_view text, const std::vector<text::Span>& tokens,
                           const std::vector<std::pair<size_t, size_t>>& spans) {
  std::vector<Tag> out(tokens.size(), kOutside);
  auto word = [&](size_t i) { return text.substr(tokens[i].start, tokens[i].end - tokens[i].start); };
  size_t s = 0;
  for (size_t i = 0; i < tokens.size();) {
    while (s < spans.size() && spans[s].second <= tokens[i].start) ++s;
    if (s == spans.size() || spans[s].first >= tokens[i].end) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < tokens.size() && tokens[j].start < spans[s].second) ++j;
    size_t b = i, e = j;
    while (b < e && punctuation_only(word(b))) ++b;
    while (e > b && punctuation_only(word(e - 1))) --e;
    for (size_t k = b; k < e; ++k) out[k] = k == b ? kBegin : kInside;
    i = j;
    ++s;
  }
  return out;
}

}  // namespace

absl::flat_hash_map<std::string, uint16_t> word_clusters(const StaticVectorEmbedder& vectors, int k, uint64_t seed) {
  std::vector<std::string> keys;  // lower case, first form of each word
  std::vector<std::string> forms;
  absl::flat_hash_map<std::string, uint16_t> out;
  for (auto& w : vectors.words()) {
    std::string lw = text::lower(w);
    if (out.try_emplace(lw, 0).second) {
      keys.push_back(std::move(lw));
      forms.push_back(std::move(w));
    }
  }
  const auto n = static_cast<Eigen::Index>(keys.size());
  if (n == 0) return {};
  k = static_cast<int>(std::min<Eigen::Index>(k, n));
  Eigen::MatrixXf x(n, vectors.dim());
  for (Eigen::Index i = 0; i < n; ++i) {
    Eigen::VectorXf v = vectors.word_vector(forms[static_cast<size_t>(i)]);
    float norm = v.norm();
    x.row(i) = norm > 0 ? Eigen::VectorXf(v / norm) : v;
  }
  std::mt19937_64 rng(seed);
  std::vector<Eigen::Index> start(static_cast<size_t>(n));
  std::iota(start.begin(), start.end(), 0);
  std::shuffle(start.begin(), start.end(), rng);
  Eigen::MatrixXf centroids(k, x.cols());
  for (int c = 0; c < k; ++c) centroids.row(c) = x.row(start[static_cast<size_t>(c)]);
  std::vector<int> assign(static_cast<size_t>(n), -1);
  // Ten rounds: on 60,000 GloVe words few words change cluster after that.
  for (int round = 0; round < 10; ++round) {
    Eigen::MatrixXf sims = x * centroids.transpose();
    bool changed = false;
    for (Eigen::Index i = 0; i < n; ++i) {
      Eigen::Index best = 0;
      sims.row(i).maxCoeff(&best);
      changed |= assign[static_cast<size_t>(i)] != static_cast<int>(best);
      assign[static_cast<size_t>(i)] = static_cast<int>(best);
    }
    if (!changed) break;
    centroids.setZero();
    for (Eigen::Index i = 0; i < n; ++i) centroids.row(assign[static_cast<size_t>(i)]) += x.row(i);
    for (int c = 0; c < k; ++c) {
      float norm = centroids.row(c).norm();
      if (norm > 0) centroids.row(c) /= norm;
      else centroids.row(c) = x.row(static_cast<Eigen::Index>(rng() % static_cast<uint64_t>(n)));  // an empty cluster restarts
    }
  }
  for (Eigen::Index i = 0; i < n; ++i) out[keys[static_cast<size_t>(i)]] = static_cast<uint16_t>(assign[static_cast<size_t>(i)] + 1);
  return out;
}

std::vector<text::Span> tag_spans(const TaggerModel& model, std::string_view text, const std::vector<text::Span>& sentences,
                                  const std::vector<Mention>& mentions) {
  std::vector<text::Span> out;
  std::vector<uint32_t> rows;
  for (const text::Span& s : sentences) {
    auto tokens = tagger_tokens(text, s.start, s.end);
    if (tokens.empty()) continue;
    token_features(model, text, tokens, dictionary_tags(tokens, mentions), rows);
    collect_spans(text, tokens, viterbi(model, rows, tokens.size()), out);
  }
  return out;
}

}  // namespace jdpipe::skills

namespace jdpipe {

using skills::Tag;
using skills::TaggerModel;

SkillTagger::SkillTagger(std::shared_ptr<const skills::TaggerModel> model) : model_(std::move(model)) {}
size_t SkillTagger::feature_rows() const { return model_->rows(); }
size_t SkillTagger::cluster_words() const { return model_->cluster_of.size(); }
int SkillTagger::epochs() const { return model_->epochs; }

std::shared_ptr<const SkillTagger> SkillTagger::train(const std::vector<AnnotatedText>& examples, const Catalog& catalog,
                                                      const TaggerTraining& options) {
  if (options.epochs < 1) throw Error(Error::Code::kInvalidArgument, "train skill tagger: epochs must be at least 1");
  if (options.word_vectors && (options.clusters < 2 || options.clusters > 65535))
    throw Error(Error::Code::kInvalidArgument, "train skill tagger: clusters must be between 2 and 65535");
  auto data = catalog.snapshot();
  skills::SkillDictionary dictionary(*data);
  auto model = std::make_shared<TaggerModel>();
  if (options.word_vectors) model->cluster_of = skills::word_clusters(*options.word_vectors, options.clusters, options.seed);
  struct Sentence {
    std::vector<uint32_t> rows;
    std::vector<Tag> gold;
  };
  std::vector<Sentence> sentences;
  size_t annotated = 0;
  for (const auto& ex : examples) {
    auto spans = ex.spans;
    std::sort(spans.begin(), spans.end());
    annotated += spans.size();
    auto mentions = dictionary.find_all(ex.text);
    for (const text::Span& s : text::split_sentences(ex.text)) {
      auto tokens = skills::tagger_tokens(ex.text, s.start, s.end);
      if (tokens.empty()) continue;
      Sentence sent;
      skills::token_features(*model, ex.text, tokens, skills::dictionary_tags(tokens, mentions), sent.rows);
      sent.gold = skills::gold_tags(ex.text, tokens, spans);
      sentences.push_back(std::move(sent));
    }
  }
  if (sentences.empty() || annotated == 0)
    throw Error(Error::Code::kInvalidArgument, "train skill tagger: the examples hold no annotated skill span");

  // Structured perceptron with averaging: `sum` accumulates step x update, so the average
  // of the weights over all steps is w - sum / steps.
  std::vector<float> sum(model->weights.size(), 0.0f);
  std::array<std::array<float, skills::kTags>, skills::kTags + 1> tsum{};
  std::vector<size_t> order(sentences.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(options.seed);
  float step = 1;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t si : order) {
      const Sentence& s = sentences[si];
      const size_t n = s.gold.size();
      auto pred = skills::viterbi(*model, s.rows, n);
      if (pred != s.gold) {
        auto update = [&](size_t i, size_t tag, float v) {
          for (size_t f = 0; f < skills::kFeatures; ++f) {
            if (s.rows[i * skills::kFeatures + f] == TaggerModel::kNoRow) continue;
            size_t k = size_t{s.rows[i * skills::kFeatures + f]} * TaggerModel::kRowStride + tag;
            model->weights[k] += v;
            sum[k] += step * v;
          }
        };
        for (size_t i = 0; i < n; ++i) {
          size_t gp = i ? size_t{s.gold[i - 1]} : skills::kTags, pp = i ? size_t{pred[i - 1]} : skills::kTags;
          if (pred[i] != s.gold[i]) {
            update(i, s.gold[i], 1);
            update(i, pred[i], -1);
          }
          if (gp != pp || pred[i] != s.gold[i]) {
            model->transitions[gp][s.gold[i]] += 1;
            tsum[gp][s.gold[i]] += step;
            model->transitions[pp][pred[i]] -= 1;
            tsum[pp][pred[i]] -= step;
          }
        }
      }
      step += 1;
    }
  }
  for (size_t k = 0; k < sum.size(); ++k) model->weights[k] -= sum[k] / step;
  for (size_t p = 0; p <= skills::kTags; ++p)
    for (size_t t = 0; t < skills::kTags; ++t) model->transitions[p][t] -= tsum[p][t] / step;
  model->epochs = options.epochs;
  model->finish();
  return std::make_shared<SkillTagger>(std::move(model));
}

namespace {

/// BIO tags to token spans [begin, end): B opens, I continues (or opens after O), O closes.
void bio_spans(simdjson::dom::array tags, std::vector<std::pair<size_t, size_t>>& out, size_t base) {
  size_t i = 0;
  std::optional<size_t> open;
  for (simdjson::dom::element t : tags) {
    std::string_view tag;
    if (t.get_string().get(tag)) tag = "O";
    bool begin = !tag.empty() && tag[0] == 'B', inside = !tag.empty() && tag[0] == 'I';
    if (open && !inside) {
      out.emplace_back(base + *open, base + i);
      open.reset();
    }
    if ((begin || inside) && !open) open = i;
    ++i;
  }
  if (open) out.emplace_back(base + *open, base + i);
}

}  // namespace

std::vector<AnnotatedText> SkillTagger::read_examples(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(Error::Code::kIO, fmt::format("cannot read annotated texts '{}'", path));
  std::vector<AnnotatedText> out;
  simdjson::dom::parser parser;
  std::string line;
  size_t line_no = 0;
  int64_t prev_idx = std::numeric_limits<int64_t>::min();
  std::vector<std::pair<size_t, size_t>> token_bytes;  // SkillSpan: the current posting's tokens
  auto fail = [&](const std::string& what) {
    return Error(Error::Code::kParse, fmt::format("{}:{}: {}", path, line_no, what));
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    simdjson::dom::element e;
    if (parser.parse(line).get(e)) throw fail("not a JSON object");
    simdjson::dom::object obj;
    if (e.get_object().get(obj)) throw fail("not a JSON object");
    std::string_view text;
    if (!obj["text"].get_string().get(text)) {
      AnnotatedText ex{std::string(text), {}};
      simdjson::dom::array spans;
      if (obj["spans"].get_array().get(spans)) throw fail("\"spans\" must be an array of [start, end] byte offsets");
      for (simdjson::dom::element sp : spans) {
        simdjson::dom::array pair;
        uint64_t b = 0, en = 0;
        if (sp.get_array().get(pair) || pair.size() != 2 || pair.at(0).get_uint64().get(b) || pair.at(1).get_uint64().get(en) ||
            b >= en || en > ex.text.size())
          throw fail("each span must be [start, end] with start < end <= the text's length in bytes");
        ex.spans.emplace_back(b, en);
      }
      out.push_back(std::move(ex));
      prev_idx = std::numeric_limits<int64_t>::min();
      continue;
    }
    simdjson::dom::array tokens, skill_tags, knowledge_tags;
    int64_t idx = 0;
    if (obj["tokens"].get_array().get(tokens) || obj["tags_skill"].get_array().get(skill_tags))
      throw fail("expected {\"text\", \"spans\"} or SkillSpan's {\"idx\", \"tokens\", \"tags_skill\", \"tags_knowledge\"}");
    if (skill_tags.size() != tokens.size()) throw fail("tags_skill and tokens differ in length");
    if (obj["idx"].get_int64().get(idx)) idx = prev_idx == std::numeric_limits<int64_t>::min() ? 0 : prev_idx + 1;
    if (out.empty() || idx != prev_idx) {
      out.emplace_back();
      token_bytes.clear();
    } else {
      out.back().text.push_back('\n');
    }
    prev_idx = idx;
    AnnotatedText& ex = out.back();
    const size_t base = token_bytes.size();
    for (simdjson::dom::element t : tokens) {
      std::string_view tok;
      if (t.get_string().get(tok)) throw fail("tokens must be strings");
      if (token_bytes.size() > base) ex.text.push_back(' ');
      token_bytes.emplace_back(ex.text.size(), ex.text.size() + tok.size());
      ex.text.append(tok);
    }
    std::vector<std::pair<size_t, size_t>> spans;  // token spans of this sentence
    bio_spans(skill_tags, spans, base);
    if (!obj["tags_knowledge"].get_array().get(knowledge_tags)) {
      if (knowledge_tags.size() != tokens.size()) throw fail("tags_knowledge and tokens differ in length");
      bio_spans(knowledge_tags, spans, base);
    }
    // Skill and knowledge spans merged: the longer of two overlapping spans wins.
    std::sort(spans.begin(), spans.end(), [](auto& a, auto& b) {
      return a.second - a.first != b.second - b.first ? a.second - a.first > b.second - b.first : a.first < b.first;
    });
    std::vector<std::pair<size_t, size_t>> kept;
    for (auto& s : spans)
      if (std::none_of(kept.begin(), kept.end(), [&](auto& k) { return s.first < k.second && k.first < s.second; }))
        kept.push_back(s);
    for (auto& k : kept) ex.spans.emplace_back(token_bytes[k.first].first, token_bytes[k.second - 1].second);
  }
  if (out.empty()) throw Error(Error::Code::kParse, fmt::format("'{}' holds no annotated text", path));
  return out;
}

namespace {
constexpr char kMagic[8] = {'J', 'D', 'P', 'T', 'A', 'G', '\0', '\2'};  // last byte: the feature set's version
}

void SkillTagger::save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw Error(Error::Code::kIO, fmt::format("cannot write skill tagger '{}'", path));
  const TaggerModel& m = *model_;
  auto put = [&](const void* p, size_t n) { out.write(static_cast<const char*>(p), static_cast<std::streamsize>(n)); };
  uint32_t bits = TaggerModel::kBits, epochs = static_cast<uint32_t>(m.epochs), rows = static_cast<uint32_t>(m.rows());
  put(kMagic, sizeof kMagic);
  put(&bits, 4);
  put(&epochs, 4);
  put(m.transitions.data(), sizeof m.transitions);
  put(&rows, 4);
  for (uint32_t r = 0; r < (1u << TaggerModel::kBits); ++r) {
    const float* w = m.row(r);
    if (w[0] == 0 && w[1] == 0 && w[2] == 0) continue;
    put(&r, 4);
    put(w, sizeof(float) * skills::kTags);
  }
  // The word clusters, sorted so that the same model writes the same bytes.
  std::vector<std::pair<std::string_view, uint16_t>> clusters(m.cluster_of.begin(), m.cluster_of.end());
  std::sort(clusters.begin(), clusters.end());
  uint32_t words = static_cast<uint32_t>(clusters.size());
  put(&words, 4);
  for (const auto& [word, cluster] : clusters) {
    uint16_t len = static_cast<uint16_t>(std::min<size_t>(word.size(), 0xFFFF));
    put(&cluster, 2);
    put(&len, 2);
    put(word.data(), len);
  }
  if (!out.flush()) throw Error(Error::Code::kIO, fmt::format("cannot write skill tagger '{}'", path));
}

std::shared_ptr<const SkillTagger> SkillTagger::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(Error::Code::kIO, fmt::format("cannot read skill tagger '{}'", path));
  auto fail = [&](const char* what) { return Error(Error::Code::kParse, fmt::format("skill tagger '{}': {}", path, what)); };
  auto get = [&](void* p, size_t n) { return static_cast<bool>(in.read(static_cast<char*>(p), static_cast<std::streamsize>(n))); };
  char magic[8];
  uint32_t bits = 0, epochs = 0, rows = 0;
  if (!get(magic, 8) || std::memcmp(magic, kMagic, 7) != 0) throw fail("not a jdpipe skill tagger (bad magic)");
  if (magic[7] != kMagic[7]) throw fail("made by another version of the tagger's features; train it again");
  auto model = std::make_shared<TaggerModel>();
  if (!get(&bits, 4) || !get(&epochs, 4) || !get(model->transitions.data(), sizeof model->transitions) || !get(&rows, 4))
    throw fail("truncated header");
  if (bits != TaggerModel::kBits) throw fail("feature table of another size");
  for (uint32_t i = 0; i < rows; ++i) {
    uint32_t r = 0;
    float w[skills::kTags];
    if (!get(&r, 4) || !get(w, sizeof w)) throw fail("truncated weights");
    if (r >= (1u << TaggerModel::kBits)) throw fail("weight row out of range");
    std::memcpy(model->row(r), w, sizeof w);
  }
  uint32_t words = 0;
  if (!get(&words, 4)) throw fail("truncated word clusters");
  std::string word;
  for (uint32_t i = 0; i < words; ++i) {
    uint16_t cluster = 0, len = 0;
    if (!get(&cluster, 2) || !get(&len, 2)) throw fail("truncated word clusters");
    word.resize(len);
    if (!get(word.data(), len)) throw fail("truncated word clusters");
    if (cluster == 0) throw fail("a word without a cluster");
    model->cluster_of[word] = cluster;
  }
  if (in.peek() != std::char_traits<char>::eof()) throw fail("trailing bytes after the weights");
  model->epochs = static_cast<int>(epochs);
  model->finish();
  return std::make_shared<SkillTagger>(std::move(model));
}

}  // namespace jdpipe
