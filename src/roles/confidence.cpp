#include "roles/confidence.hpp"

#include <algorithm>
#include <cmath>

namespace jdpipe::roles {

namespace {

// Measured on the tuning halves (tools/eval_roles.py, 2026-11-26):
// - a title with exactly one exact alias hit: the hit was the right ESCO occupation for 54.0%
//   of 1,301 JobBERT titles; with several hits, the first was right for 24.1% of 584;
constexpr double kAliasSingle = 0.540;
constexpr double kAliasCollision = 0.241;
// - without an alias hit, logistic regression of "right" on the best role's content score and
//   its lead over the runner-up (in tenths), on 450 O*NET hold-out JDs (static+hashing embedder,
//   default options: centroid-weighted KRA score, shortlist 5, skill weight 0.05).
constexpr double kBias = -0.5990, kContentTop = -1.6766, kLeadTenths = 3.5732;

double content_model(const DecisionEvidence& e) {
  double z = kBias + kContentTop * e.content_top + kLeadTenths * 10.0 * (e.content_top - e.content_second);
  return 1.0 / (1.0 + std::exp(-z));
}

}  // namespace

double role_confidence(const DecisionEvidence& e) {
  double p = e.alias_chosen ? (e.alias_hits > 1 ? kAliasCollision : kAliasSingle) : content_model(e);
  return std::clamp(p, 0.0, 1.0);
}

double new_role_confidence(const DecisionEvidence& e) { return std::clamp(1.0 - content_model(e), 0.0, 1.0); }

}  // namespace jdpipe::roles
