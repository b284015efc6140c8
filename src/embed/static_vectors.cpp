// StaticVectorEmbedder: loading word2vec / GloVe files, SIF weighting, common-component removal.
#include <absl/container/flat_hash_map.h>
#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>

#include "embed/features.hpp"
#include "jdpipe/error.hpp"
#include "jdpipe/static_embedder.hpp"
#include "text/text.hpp"

namespace jdpipe {

namespace {

constexpr uint64_t kOovSeed = 0x5f0f5eedull;
constexpr double kZipfShift = 10.0;

[[noreturn]] void parse_error(const std::string& msg) { throw Error(Error::Code::kParse, msg); }

std::string read_whole_file(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) throw Error(Error::Code::kIO, fmt::format("{}: cannot open word vectors: {}", path, std::strerror(errno)));
  std::string data;
  if (std::fseek(f, 0, SEEK_END) == 0) {
    long size = std::ftell(f);
    if (size > 0) data.resize(static_cast<size_t>(size));
    std::fseek(f, 0, SEEK_SET);
  }
  size_t got = data.empty() ? 0 : std::fread(data.data(), 1, data.size(), f);
  if (got < data.size()) {
    bool err = std::ferror(f);
    std::fclose(f);
    if (err) throw Error(Error::Code::kIO, fmt::format("{}: read error", path));
    data.resize(got);
    return data;
  }
  // Files whose size is unknown up front (pipes): read the rest in chunks.
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, n);
  bool err = std::ferror(f);
  std::fclose(f);
  if (err) throw Error(Error::Code::kIO, fmt::format("{}: read error", path));
  return data;
}

uint64_t hash_bytes(std::string_view s, uint64_t h = 1469598103934665603ull) {
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0x100000001b3ull;
    h ^= h >> 29;
  }
  for (; i < s.size(); ++i) h = (h ^ static_cast<unsigned char>(s[i])) * 0x100000001b3ull;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

template <class T>
uint64_t hash_pod(const T& v, uint64_t h) {
  return hash_bytes(std::string_view(reinterpret_cast<const char*>(&v), sizeof v), h);
}

uint64_t splitmix64(uint64_t& x) {
  uint64_t z = (x += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

inline absl::string_view av(std::string_view s) { return absl::string_view(s.data(), s.size()); }

inline bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\r'; }

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string_view> split_ws(std::string_view line) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && is_ws(line[i])) ++i;
    size_t j = i;
    while (j < line.size() && !is_ws(line[j])) ++j;
    if (j > i) out.push_back(line.substr(i, j - i));
    i = j;
  }
  return out;
}

bool parse_float(std::string_view tok, float& out) {
  if (!tok.empty() && tok[0] == '+') tok.remove_prefix(1);
  auto [ptr, ec] = std::from_chars(tok.data(), tok.data() + tok.size(), out);
  return ec == std::errc() && ptr == tok.data() + tok.size();
}

bool looks_like_number(std::string_view tok) {
  float f;
  return parse_float(tok, f);
}

}  // namespace

struct StaticVectorEmbedder::Impl {
  std::string path;
  std::string stem;
  StaticEmbedderOptions opt;
  int dim = 0;
  size_t count = 0;
  std::vector<float> vecs;  // count x dim, row-major
  absl::flat_hash_map<std::string, uint32_t> index;
  float mean_norm = 1.0f;
  uint64_t file_hash = 0;

  // SIF weights.
  std::vector<float> weight;  // per row
  float oov_default_weight = 1.0f;
  absl::flat_hash_map<std::string, float> oov_weights;  // unknown words seen by fit_frequencies
  bool frequencies_fitted = false;
  Eigen::VectorXf component;  // empty or dim
  std::string name;

  double zipf_norm() const {
    double z = 0;
    for (size_t r = 0; r <= count; ++r) z += 1.0 / (static_cast<double>(r) + kZipfShift);
    return z;
  }

  void set_zipf_weights() {
    const double z = zipf_norm();
    const double a = opt.sif_a;
    weight.resize(count);
    for (size_t r = 0; r < count; ++r) {
      double p = 1.0 / ((static_cast<double>(r) + kZipfShift) * z);
      weight[r] = static_cast<float>(a / (a + p));
    }
    double p_oov = 1.0 / ((static_cast<double>(count) + kZipfShift) * z);
    oov_default_weight = static_cast<float>(a / (a + p_oov));
    oov_weights.clear();
    frequencies_fitted = false;
  }

  /// The row of a token (as written, then lower-cased), or nullopt when unknown.
  std::optional<uint32_t> find(std::string_view raw, std::string_view norm) const {
    if (!raw.empty() && raw != norm) {
      auto it = index.find(av(raw));
      if (it != index.end()) return it->second;
    }
    auto it = index.find(av(norm));
    if (it != index.end()) return it->second;
    return std::nullopt;
  }

  float oov_weight_of(std::string_view norm) const {
    if (!oov_weights.empty()) {
      auto it = oov_weights.find(av(norm));
      if (it != oov_weights.end()) return it->second;
    }
    return oov_default_weight;
  }

  /// Adds `w` times the unknown word's hashing vector (length oov_weight * mean_norm) to `out`.
  void add_oov_vector(std::string_view norm, float w, float* out) const {
    if (opt.oov_weight <= 0.0f || w == 0.0f) return;
    uint64_t seed = embed::fnv1a(norm, kOovSeed);
    uint64_t state = seed;
    double sq = 0;
    for (int k = 0; k < dim; ++k) {
      // Uniform in [-1, 1): rotation-invariant enough for a random direction after normalising.
      double u = static_cast<double>(splitmix64(state) >> 11) * (1.0 / 9007199254740992.0) * 2.0 - 1.0;
      sq += u * u;
    }
    if (sq <= 0) return;
    const float scale = static_cast<float>(w * opt.oov_weight * mean_norm / std::sqrt(sq));
    state = seed;
    for (int k = 0; k < dim; ++k) {
      double u = static_cast<double>(splitmix64(state) >> 11) * (1.0 / 9007199254740992.0) * 2.0 - 1.0;
      out[k] += scale * static_cast<float>(u);
    }
  }

  template <class Fn>
  static void for_each_word(std::string_view text, Fn&& fn) {
    for (const text::Token& t : text::tokenize(text)) {
      bool has_alnum = std::any_of(t.norm.begin(), t.norm.end(), [](char c) { return text::is_alnum(static_cast<unsigned char>(c)); });
      if (!has_alnum) continue;
      fn(t.raw, std::string_view(t.norm));
    }
  }

  /// The SIF mean of the text's word vectors into `out` (dim floats, overwritten). Returns the
  /// number of words.
  size_t sif_vector(std::string_view text, float* out) const {
    std::fill(out, out + dim, 0.0f);
    size_t n = 0;
    for_each_word(text, [&](std::string_view raw, std::string_view norm) {
      ++n;
      if (auto row = find(raw, norm)) {
        const float w = weight[*row];
        const float* v = vecs.data() + static_cast<size_t>(*row) * dim;
        for (int k = 0; k < dim; ++k) out[k] += w * v[k];
      } else {
        add_oov_vector(norm, oov_weight_of(norm), out);
      }
    });
    if (n > 0) {
      const float inv = 1.0f / static_cast<float>(n);
      for (int k = 0; k < dim; ++k) out[k] *= inv;
    }
    return n;
  }

  void update_name() {
    uint64_t h = file_hash;
    h = hash_pod(opt.sif_a, h);
    h = hash_pod(opt.oov_weight, h);
    h = hash_pod(static_cast<uint64_t>(opt.max_words), h);
    if (frequencies_fitted) {
      h = hash_bytes(std::string_view(reinterpret_cast<const char*>(weight.data()), weight.size() * sizeof(float)), h);
      h = hash_pod(oov_default_weight, h);
      // Order-independent over the map (its iteration order is not stable across processes).
      uint64_t acc = 0;
      for (const auto& [w, x] : oov_weights) acc += hash_pod(x, hash_bytes(w));
      h = hash_pod(acc, h);
    }
    if (component.size() > 0)
      h = hash_bytes(std::string_view(reinterpret_cast<const char*>(component.data()), component.size() * sizeof(float)), h ^ 0xc0);
    name = fmt::format("static-{}-d{}-{:08x}", stem, dim, static_cast<uint32_t>(h ^ (h >> 32)));
  }

  void add_word(std::string_view word, size_t row) {
    index.try_emplace(std::string(word), static_cast<uint32_t>(row));  // the first (most frequent) wins
  }

  void parse_binary(std::string_view data, size_t pos, size_t header_count) {
    const size_t rec = static_cast<size_t>(dim) * sizeof(float);
    count = opt.max_words ? std::min(header_count, opt.max_words) : header_count;
    vecs.resize(count * static_cast<size_t>(dim));
    index.reserve(count);
    for (size_t i = 0; i < count; ++i) {
      while (pos < data.size() && (data[pos] == '\n' || is_ws(data[pos]))) ++pos;
      if (pos >= data.size())
        parse_error(fmt::format("{}: truncated: word {} of {} missing (end of file)", path, i + 1, header_count));
      const char* sp = static_cast<const char*>(std::memchr(data.data() + pos, ' ', data.size() - pos));
      if (!sp) parse_error(fmt::format("{}: truncated: word {} of {} has no vector", path, i + 1, header_count));
      std::string_view word = data.substr(pos, static_cast<size_t>(sp - data.data()) - pos);
      if (word.size() > 1000 || word.find('\n') != std::string_view::npos)
        parse_error(fmt::format("{}: word {} of {}: malformed record at byte {}", path, i + 1, header_count, pos));
      pos = static_cast<size_t>(sp - data.data()) + 1;
      if (data.size() - pos < rec)
        parse_error(fmt::format("{}: truncated: word {} of {} ('{}') needs {} bytes of vector, {} left", path, i + 1,
                                header_count, word, rec, data.size() - pos));
      float* dst = vecs.data() + i * static_cast<size_t>(dim);
      std::memcpy(dst, data.data() + pos, rec);
      if constexpr (std::endian::native == std::endian::big) {
        for (int k = 0; k < dim; ++k) {
          uint32_t u;
          std::memcpy(&u, dst + k, 4);
          u = __builtin_bswap32(u);
          std::memcpy(dst + k, &u, 4);
        }
      }
      pos += rec;
      add_word(word, i);
    }
  }

  /// Text lines from `pos` (line numbers start at `line_no`). `header_count` is 0 for GloVe.
  void parse_text(std::string_view data, size_t pos, size_t line_no, size_t header_count) {
    size_t limit = header_count;
    if (header_count == 0) limit = static_cast<size_t>(std::count(data.begin() + static_cast<std::ptrdiff_t>(pos), data.end(), '\n')) + 1;
    if (opt.max_words) limit = std::min(limit, opt.max_words);
    vecs.reserve(limit * static_cast<size_t>(dim));
    index.reserve(limit);
    count = 0;
    while (pos < data.size()) {
      size_t eol = data.find('\n', pos);
      if (eol == std::string_view::npos) eol = data.size();
      std::string_view line = data.substr(pos, eol - pos);
      pos = eol + 1;
      size_t this_line = line_no++;
      size_t i = 0;
      while (i < line.size() && is_ws(line[i])) ++i;
      if (i == line.size()) continue;  // blank
      if (opt.max_words && count >= opt.max_words) break;
      if (header_count && count >= header_count)
        parse_error(fmt::format("{}:{}: more words than the header's count {}", path, this_line, header_count));
      size_t j = i;
      while (j < line.size() && !is_ws(line[j])) ++j;
      std::string_view word = line.substr(i, j - i);
      size_t base = vecs.size();
      vecs.resize(base + static_cast<size_t>(dim));
      int nvals = 0;
      while (j < line.size()) {
        while (j < line.size() && is_ws(line[j])) ++j;
        if (j == line.size()) break;
        size_t k = j;
        while (k < line.size() && !is_ws(line[k])) ++k;
        std::string_view tok = line.substr(j, k - j);
        float f = 0;
        if (!parse_float(tok, f))
          parse_error(fmt::format("{}:{}: bad number '{}' (value {} of word '{}')", path, this_line, tok, nvals + 1, word));
        if (nvals < dim) vecs[base + static_cast<size_t>(nvals)] = f;
        ++nvals;
        j = k;
      }
      if (nvals != dim)
        parse_error(fmt::format("{}:{}: expected {} values for word '{}', found {}", path, this_line, dim, word, nvals));
      add_word(word, count);
      ++count;
    }
    if (header_count && count < header_count && !(opt.max_words && count >= opt.max_words))
      parse_error(fmt::format("{}: truncated: the header says {} words, found {} (line {})", path, header_count, count, line_no - 1));
    vecs.shrink_to_fit();
  }

  void parse(std::string_view data) {
    size_t eol = data.find('\n');
    std::string_view first = data.substr(0, eol == std::string_view::npos ? data.size() : eol);
    auto head = split_ws(first);
    if (head.empty()) parse_error(fmt::format("{}:1: empty first line (not a word-vector file)", path));
    if (head.size() == 2 && all_digits(head[0]) && all_digits(head[1])) {
      size_t header_count = 0, d = 0;
      std::from_chars(head[0].data(), head[0].data() + head[0].size(), header_count);
      std::from_chars(head[1].data(), head[1].data() + head[1].size(), d);
      if (d == 0 || d > 100000) parse_error(fmt::format("{}:1: bad dimension {}", path, head[1]));
      if (header_count == 0) parse_error(fmt::format("{}:1: the header says 0 words", path));
      dim = static_cast<int>(d);
      size_t pos = eol == std::string_view::npos ? data.size() : eol + 1;
      // Text when the first record is a printable line of a word and exactly `dim` numbers.
      size_t eol2 = data.find('\n', pos);
      std::string_view second = data.substr(pos, (eol2 == std::string_view::npos ? data.size() : eol2) - pos);
      bool printable = std::none_of(second.begin(), second.end(), [](char c) {
        auto u = static_cast<unsigned char>(c);
        return u < 0x20 && c != '\t' && c != '\r';
      });
      bool is_text = false;
      if (printable) {
        auto toks = split_ws(second);
        // A binary record is printable and splits into numbers only by accident.
        is_text = toks.size() >= 2 && std::all_of(toks.begin() + 1, toks.end(), looks_like_number);
      }
      if (is_text)
        parse_text(data, pos, 2, header_count);
      else
        parse_binary(data, pos, header_count);
    } else {
      // GloVe text: no header; the first line sets the dimension.
      if (head.size() < 2) parse_error(fmt::format("{}:1: expected a word and its values", path));
      dim = static_cast<int>(head.size() - 1);
      parse_text(data, 0, 1, 0);
    }
    if (count == 0) parse_error(fmt::format("{}: no word vectors", path));
  }

  void finish_load(std::string_view data) {
    file_hash = hash_bytes(data);
    double sum = 0;
    for (size_t r = 0; r < count; ++r) {
      const float* v = vecs.data() + r * static_cast<size_t>(dim);
      double sq = 0;
      for (int k = 0; k < dim; ++k) sq += static_cast<double>(v[k]) * v[k];
      sum += std::sqrt(sq);
    }
    mean_norm = count ? static_cast<float>(sum / static_cast<double>(count)) : 1.0f;
    if (!(mean_norm > 0)) mean_norm = 1.0f;
    set_zipf_weights();
    update_name();
  }
};

StaticVectorEmbedder::StaticVectorEmbedder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
StaticVectorEmbedder::~StaticVectorEmbedder() = default;

std::shared_ptr<StaticVectorEmbedder> StaticVectorEmbedder::load(const std::string& path, const StaticEmbedderOptions& options) {
  if (!(options.sif_a > 0)) throw Error(Error::Code::kInvalidArgument, "StaticVectorEmbedder: sif_a must be positive");
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->stem = std::filesystem::path(path).stem().string();
  impl->opt = options;
  std::string data = read_whole_file(path);
  impl->parse(data);
  impl->finish_load(data);
  return std::shared_ptr<StaticVectorEmbedder>(new StaticVectorEmbedder(std::move(impl)));
}

void StaticVectorEmbedder::fit_frequencies(const std::vector<std::string>& corpus) {
  Impl& m = *impl_;
  std::vector<uint64_t> counts(m.count, 0);
  absl::flat_hash_map<std::string, uint64_t> oov_counts;
  uint64_t total = 0;
  for (const auto& doc : corpus) {
    Impl::for_each_word(doc, [&](std::string_view raw, std::string_view norm) {
      ++total;
      if (auto row = m.find(raw, norm))
        ++counts[*row];
      else
        ++oov_counts[std::string(norm)];
    });
  }
  const double z = m.zipf_norm();
  const double a = m.opt.sif_a;
  const double prior = std::max(0.0, m.opt.frequency_prior_tokens);
  const double denom = static_cast<double>(total) + prior;
  if (denom <= 0) {
    m.set_zipf_weights();
  } else {
    for (size_t r = 0; r < m.count; ++r) {
      double pz = 1.0 / ((static_cast<double>(r) + kZipfShift) * z);
      double p = (static_cast<double>(counts[r]) + prior * pz) / denom;
      m.weight[r] = static_cast<float>(a / (a + p));
    }
    const double pz_oov = 1.0 / ((static_cast<double>(m.count) + kZipfShift) * z);
    m.oov_default_weight = static_cast<float>(a / (a + prior * pz_oov / denom));
    m.oov_weights.clear();
    m.oov_weights.reserve(oov_counts.size());
    for (const auto& [w, c] : oov_counts)
      m.oov_weights.emplace(w, static_cast<float>(a / (a + (static_cast<double>(c) + prior * pz_oov) / denom)));
    m.frequencies_fitted = true;
  }
  m.component.resize(0);
  m.update_name();
}

void StaticVectorEmbedder::fit_common_component(const std::vector<std::string>& corpus) {
  Impl& m = *impl_;
  const int d = m.dim;
  Eigen::MatrixXd cov = Eigen::MatrixXd::Zero(d, d);
  Eigen::VectorXd mean = Eigen::VectorXd::Zero(d);
  Eigen::VectorXf v(d);
  size_t rows = 0;
  for (const auto& doc : corpus) {
    if (m.sif_vector(doc, v.data()) == 0) continue;
    Eigen::VectorXd vd = v.cast<double>();
    if (vd.squaredNorm() == 0) continue;
    cov.selfadjointView<Eigen::Lower>().rankUpdate(vd);
    mean += vd;
    ++rows;
  }
  m.component.resize(0);
  if (rows > 0) {
    cov = cov.selfadjointView<Eigen::Lower>();
    // Power iteration from the mean direction (the first uncentred component is usually close).
    Eigen::VectorXd u = mean.norm() > 0 ? Eigen::VectorXd(mean.normalized()) : Eigen::VectorXd::Ones(d).normalized();
    for (int it = 0; it < 1000; ++it) {
      Eigen::VectorXd next = cov * u;
      double n = next.norm();
      if (n == 0) break;
      next /= n;
      double change = (next - u).norm();
      u = next;
      if (change < 1e-10) break;
    }
    // A deterministic sign: the largest component positive.
    Eigen::Index arg;
    u.cwiseAbs().maxCoeff(&arg);
    if (u[arg] < 0) u = -u;
    m.component = u.cast<float>();
  }
  m.update_name();
}

std::string StaticVectorEmbedder::name() const { return impl_->name; }
int StaticVectorEmbedder::dim() const { return impl_->dim; }
size_t StaticVectorEmbedder::size() const { return impl_->count; }

std::vector<std::string> StaticVectorEmbedder::words() const {
  std::vector<std::string> out(impl_->count);
  for (const auto& [word, row] : impl_->index) out[row] = word;
  out.erase(std::remove(out.begin(), out.end(), std::string()), out.end());  // rows of repeated words
  return out;
}

Matrix StaticVectorEmbedder::embed(const std::vector<std::string>& texts) const {
  const Impl& m = *impl_;
  Matrix out = Matrix::Zero(static_cast<Eigen::Index>(texts.size()), m.dim);
  const bool remove = m.component.size() == m.dim;
  for (size_t i = 0; i < texts.size(); ++i) {
    auto row = out.row(static_cast<Eigen::Index>(i));
    if (m.sif_vector(texts[i], row.data()) == 0) continue;
    float before = row.norm();
    if (before == 0) continue;
    if (remove) row -= row.dot(m.component.transpose()) * m.component.transpose();
    float norm = row.norm();
    if (norm > 1e-6f * before)
      row /= norm;
    else
      row.setZero();
  }
  return out;
}

bool StaticVectorEmbedder::contains(std::string_view word) const {
  return impl_->find(word, text::lower(word)).has_value();
}

Eigen::VectorXf StaticVectorEmbedder::word_vector(std::string_view word) const {
  const Impl& m = *impl_;
  Eigen::VectorXf v = Eigen::VectorXf::Zero(m.dim);
  std::string norm = text::lower(word);
  if (auto row = m.find(word, norm))
    v = Eigen::Map<const Eigen::VectorXf>(m.vecs.data() + static_cast<size_t>(*row) * m.dim, m.dim);
  else
    m.add_oov_vector(norm, 1.0f, v.data());
  return v;
}

float StaticVectorEmbedder::word_weight(std::string_view word) const {
  const Impl& m = *impl_;
  std::string norm = text::lower(word);
  if (auto row = m.find(word, norm)) return m.weight[*row];
  return m.oov_weight_of(norm);
}

Eigen::VectorXf StaticVectorEmbedder::common_component() const { return impl_->component; }

}  // namespace jdpipe
