#pragma once

#include <Eigen/Core>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace jdpipe {

/// Rows are texts; every row is L2-normalised (a zero row when a text has no features).
using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// Turns texts into vectors. Implementations must be safe to call from several threads at once.
class Embedder {
 public:
  virtual ~Embedder() = default;
  /// Names the model and its settings; embeddings are cached under name() and dim().
  virtual std::string name() const = 0;
  virtual int dim() const = 0;
  virtual Matrix embed(const std::vector<std::string>& texts) const = 0;
};

/// Zero-data default: word unigrams and bigrams plus character 3- to 5-grams of each word,
/// feature-hashed into `dim` buckets, weighted by IDF learnt from a corpus (the catalog's text),
/// L2-normalised.
class HashingEmbedder : public Embedder {
 public:
  explicit HashingEmbedder(int dim = 1024);
  /// Learns IDF weights from `corpus` (one document per entry). Without it every feature weighs 1.
  void fit_idf(const std::vector<std::string>& corpus);

  std::string name() const override;
  int dim() const override { return dim_; }
  Matrix embed(const std::vector<std::string>& texts) const override;

 private:
  int dim_;
  std::vector<float> bucket_idf_;  // per bucket; empty until fit_idf
};

}  // namespace jdpipe
