#pragma once

// The decision's confidence: an estimate of the probability that the chosen role is right,
// the same meaning in every case. Fitted by tools/eval_roles.py on the tuning halves of the
// development data; bench/results/roles-eval-2026-11-26.md shows accuracy per band on the
// report halves.
#include <cstddef>

namespace jdpipe::roles {

struct DecisionEvidence {
  size_t alias_hits = 0;        // roles the title hit exactly
  bool alias_chosen = false;    // the chosen role is one of them
  double content_top = 0;       // content score (KRA and skill signals) of the best role
  double content_second = 0;    // ... of the runner-up
};

/// P(the chosen catalog role is right) for cases A, B and D (deterministic tie-break).
double role_confidence(const DecisionEvidence& e);

/// Case C: P(no catalog role is right), as 1 - role_confidence of the best catalog role.
double new_role_confidence(const DecisionEvidence& e);

}  // namespace jdpipe::roles
