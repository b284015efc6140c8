#include <fmt/format.h>

#include <cmath>
#include <cstdint>
#include <string_view>
#include <vector>

#include "embed/features.hpp"
#include "jdpipe/embedder.hpp"
#include "jdpipe/error.hpp"

namespace jdpipe {

HashingEmbedder::HashingEmbedder(int dim) : dim_(dim) {
  if (dim <= 0) throw Error(Error::Code::kInvalidArgument, "HashingEmbedder: dim must be positive");
}

std::string HashingEmbedder::name() const {
  if (bucket_idf_.empty()) return "hashing-v1";
  std::string_view bytes(reinterpret_cast<const char*>(bucket_idf_.data()), bucket_idf_.size() * sizeof(float));
  return fmt::format("hashing-v1-idf{:016x}", embed::fnv1a(bytes, 0));
}

void HashingEmbedder::fit_idf(const std::vector<std::string>& corpus) {
  std::vector<uint32_t> df(static_cast<size_t>(dim_), 0);
  // A bucket counts once per document: the last document that counted it, per bucket.
  std::vector<size_t> counted_in(static_cast<size_t>(dim_), SIZE_MAX);
  for (size_t d = 0; d < corpus.size(); ++d)
    embed::for_each_feature(corpus[d], [&](uint64_t h, float) {
      const size_t b = h % static_cast<uint64_t>(dim_);
      if (counted_in[b] != d) {
        counted_in[b] = d;
        ++df[b];
      }
    });
  bucket_idf_.assign(static_cast<size_t>(dim_), 0.0f);
  const double n = static_cast<double>(corpus.size());
  for (size_t b = 0; b < df.size(); ++b)
    bucket_idf_[b] = static_cast<float>(std::log((n + 1.0) / (df[b] + 1.0)) + 1.0);
}

Matrix HashingEmbedder::embed(const std::vector<std::string>& texts) const {
  Matrix out = Matrix::Zero(static_cast<Eigen::Index>(texts.size()), dim_);
  for (size_t i = 0; i < texts.size(); ++i) {
    auto row = out.row(static_cast<Eigen::Index>(i));
    embed::for_each_feature(texts[i], [&](uint64_t h, float w) {
      size_t b = h % static_cast<uint64_t>(dim_);
      // The hash's top bit signs the feature so that collisions cancel instead of pile up.
      float sign = (h >> 63) ? -1.0f : 1.0f;
      row[static_cast<Eigen::Index>(b)] += sign * w * (bucket_idf_.empty() ? 1.0f : bucket_idf_[b]);
    });
    float norm = row.norm();
    if (norm > 0) row /= norm;
  }
  return out;
}

}  // namespace jdpipe
