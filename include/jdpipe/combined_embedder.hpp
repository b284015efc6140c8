#pragma once

// Several embedders as one: each part's (L2-normalised) vector scaled by the square root of its
// weight and concatenated, so that the cosine of two combined vectors is the weighted mean of the
// parts' cosines (weights normalised to sum 1). A lexical and a semantic embedder together
// catch both shared terms and paraphrases.
#include <memory>
#include <utility>
#include <vector>

#include "jdpipe/embedder.hpp"

namespace jdpipe {

class CombinedEmbedder : public Embedder {
 public:
  /// Throws jdpipe::Error kInvalidArgument when `parts` is empty, a part is null, or a weight is
  /// not a positive finite number.
  explicit CombinedEmbedder(std::vector<std::pair<std::shared_ptr<const Embedder>, double>> parts);

  /// "combined(<name>*<weight>+...)".
  std::string name() const override;
  int dim() const override { return dim_; }
  Matrix embed(const std::vector<std::string>& texts) const override;

 private:
  std::vector<std::pair<std::shared_ptr<const Embedder>, double>> parts_;  // weights sum to 1
  int dim_ = 0;
};

}  // namespace jdpipe
