#pragma once

// Title resolution through a second catalog's titles (issue 6): a job title is also resolved
// against a SOURCE catalog rich in real-world titles (O*NET 27.0: 52,754 alternate titles), and
// the source role it finds votes for the TARGET catalog's roles (ESCO) it is bridged to.
//
// The bridge is built from the two catalogs alone: a source role and a target role are linked
// by every title they share after title normalisation (roles::normalize_title: case, seniority,
// brackets, punctuation, a plural last word), a shared title counting
// 1 / (target roles with it x source roles with it), so a title many roles share ("engineer")
// links weakly. Each source role's links are normalised into a distribution over target roles.
//
// resolve_title(title): the target pipeline's top `pool` roles with their scores s; the source
// pipeline's best role c for the title; each target role u gets (s_u + weight x P(u | c)) /
// (1 + weight), a bridged role outside the pool entering with s_u = 0. Every match names the
// source role that voted, so a decision stays explainable.
//
// Measured on JobBERT dev against ESCO with O*NET as the source (bench/results/
// titles-eval-2026-11-26.md, "O*NET alternate-title bridge"): a small gain (top-1 +0.5 / +0.8
// points on the tuning / report half), so it is an option, not the default.
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "jdpipe/pipeline.hpp"

namespace jdpipe {

class TitleBridge {
 public:
  struct Options {
    double weight = 0.1;  // the vote's weight against the target's own score (tuning half of JobBERT dev)
    size_t pool = 50;     // target candidates re-ranked with the votes
  };

  /// A target role for a title, with what the bridge added.
  struct Match {
    TitleMatch match;         // score = the blended score above, in [0, 1]
    double vote = 0;          // P(u | c): 0 when the bridge did not vote for the role
    std::string source_slug;  // c, the source role whose titles voted ("" when vote is 0)
  };

  /// Both pipelines must outlive the bridge. Throws jdpipe::Error (kInvalidArgument) for a
  /// weight that is negative or not finite, or a pool of 0.
  TitleBridge(const Pipeline& target, const Pipeline& source, Options options);
  TitleBridge(const Pipeline& target, const Pipeline& source) : TitleBridge(target, source, Options{}) {}

  /// The top `k` target roles for `title`, best first.
  std::vector<Match> resolve_title(std::string_view title, size_t k = 10) const;

  /// P(target role | source role) by slug: 0 when the two share no title.
  double link(std::string_view source_slug, std::string_view target_slug) const;
  /// Source roles with at least one link.
  size_t linked_source_roles() const { return links_.size(); }

 private:
  const Pipeline& target_;
  const Pipeline& source_;
  Options options_;
  // source slug -> (target slug -> share), the shares of one source role summing to 1
  std::unordered_map<std::string, std::unordered_map<std::string, double>> links_;
  std::unordered_map<std::string, TitleMatch> target_roles_;  // slug -> its identity, for roles entering by vote
};

}  // namespace jdpipe
