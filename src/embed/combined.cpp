#include "jdpipe/combined_embedder.hpp"

#include <fmt/format.h>

#include <cmath>

#include "jdpipe/error.hpp"

namespace jdpipe {

CombinedEmbedder::CombinedEmbedder(std::vector<std::pair<std::shared_ptr<const Embedder>, double>> parts)
    : parts_(std::move(parts)) {
  if (parts_.empty()) throw Error(Error::Code::kInvalidArgument, "CombinedEmbedder: no parts");
  double total = 0;
  for (const auto& [e, w] : parts_) {
    if (!e) throw Error(Error::Code::kInvalidArgument, "CombinedEmbedder: a part is null");
    if (!(w > 0 && std::isfinite(w)))
      throw Error(Error::Code::kInvalidArgument, fmt::format("CombinedEmbedder: weight {} of '{}' is not positive", w, e->name()));
    total += w;
    dim_ += e->dim();
  }
  for (auto& p : parts_) p.second /= total;
}

std::string CombinedEmbedder::name() const {
  std::string out = "combined(";
  for (size_t i = 0; i < parts_.size(); ++i)
    out += fmt::format("{}{}*{:.3f}", i ? "+" : "", parts_[i].first->name(), parts_[i].second);
  return out + ")";
}

Matrix CombinedEmbedder::embed(const std::vector<std::string>& texts) const {
  Matrix out = Matrix::Zero(static_cast<Eigen::Index>(texts.size()), dim_);
  Eigen::Index col = 0;
  for (const auto& [e, w] : parts_) {
    Matrix part = e->embed(texts);
    if (part.rows() != out.rows() || part.cols() != e->dim())
      throw Error(Error::Code::kPlugin, fmt::format("CombinedEmbedder: '{}' returned a {}x{} matrix for {} texts of dimension {}",
                                                    e->name(), part.rows(), part.cols(), texts.size(), e->dim()));
    for (Eigen::Index r = 0; r < part.rows(); ++r) {
      float n = part.row(r).norm();
      if (n > 0) part.row(r) /= n;
    }
    out.middleCols(col, part.cols()) = part * static_cast<float>(std::sqrt(w));
    col += part.cols();
  }
  // A text one part cannot embed (a zero row there) keeps a shorter vector: renormalise.
  for (Eigen::Index r = 0; r < out.rows(); ++r) {
    float n = out.row(r).norm();
    if (n > 0) out.row(r) /= n;
  }
  return out;
}

}  // namespace jdpipe
