// SkillLinker::nearest for small k: nearest_exhaustive's answer, bit for bit, with less work
// per posting and per alias row reached.
//
// The sums are the exhaustive path's: each row's products are added in the same (feature id)
// order, so the scores are the same floats. What goes: the branch on a row's first posting
// (it mispredicts often; rows are appended unconditionally, the count growing while a row's
// sum is still zero, as every product is positive) and the flag byte per trigram posting (only
// word lists mark rows); and the per-skill table, candidate list and sort over every skill
// reached (thousands for a common trigram): the k best skills are kept in a small list, and a
// row whose sum cannot beat the k-th (row factors are at most 1) costs a load and a compare,
// its word mark not even read. Scoring every alias row with fewer postings walked (max-score
// pruning) was tried and lost: bench/results/skill-linking-2026-11-26.md.
#include <algorithm>

#include "skills/linker.hpp"

namespace jdpipe::skills {

std::vector<LinkCandidate> SkillLinker::nearest_small_k(const Features& q, size_t k) const {
  std::vector<LinkCandidate> out;
  if (k == 0) return out;
  // Per alias row, kept zero between calls: only the rows the query reaches are visited and reset.
  thread_local std::vector<float> acc;
  thread_local std::vector<uint8_t> shares_word;
  thread_local std::vector<uint32_t> reached;  // room for every row: appended to without a branch
  if (acc.size() != row_skill_.size()) {
    acc.assign(row_skill_.size(), 0.0f), shares_word.assign(row_skill_.size(), 0);
    reached.assign(row_skill_.size() + 1, 0);
  }
  float* const row_acc = acc.data();  // plain pointers: thread_local lookups stay out of the loops
  uint8_t* const row_word = shares_word.data();
  uint32_t* const new_rows = reached.data();
  size_t n_reached = 0;
  for (auto& [id, w] : q) {
    if (is_word_[id]) {
      for (auto& [r, rw] : postings_[id]) {
        const float a = row_acc[r];
        new_rows[n_reached] = r;
        n_reached += a == 0;
        row_word[r] = 1;
        row_acc[r] = a + w * rw;
      }
    } else {
      for (auto& [r, rw] : postings_[id]) {
        const float a = row_acc[r];
        new_rows[n_reached] = r;
        n_reached += a == 0;
        row_acc[r] = a + w * rw;
      }
    }
  }

  // The k best skills so far (score capped at 1 as reported; ties: lower skill index first).
  struct Kept {
    uint32_t skill;
    float score;
  };
  auto better = [](float sa, uint32_t a, float sb, uint32_t b) { return sa > sb || (sa == sb && a < b); };
  thread_local std::vector<Kept> kept;
  kept.clear();
  size_t worst = 0;   // index in kept of the k-th best, once k are kept
  float floor = 0;    // a row whose sum is below this cannot enter
  auto find_worst = [&] {
    worst = 0;
    for (size_t i = 1; i < kept.size(); ++i)
      if (better(kept[worst].score, kept[worst].skill, kept[i].score, kept[i].skill)) worst = i;
    floor = kept.size() == k ? kept[worst].score : 0.0f;
  };
  for (size_t i = 0; i < n_reached; ++i) {
    const uint32_t r = new_rows[i];
    const float a = row_acc[r];
    row_acc[r] = 0;
    if (a < floor) continue;
    // Trigrams alone (no word in common) only count when they are most of both strings.
    const float score = row_word[r] || a >= kTrigramOnlyMin ? a * row_factor_[r] : 0.0f;
    if (score <= 0) continue;
    const float capped = std::min(1.0f, score);
    const uint32_t s = row_skill_[r];
    auto it = std::find_if(kept.begin(), kept.end(), [&](const Kept& c) { return c.skill == s; });
    if (it != kept.end()) {
      if (capped <= it->score) continue;
      it->score = capped;
    } else if (kept.size() < k) {
      kept.push_back({s, capped});
    } else if (better(capped, s, kept[worst].score, kept[worst].skill)) {
      kept[worst] = {s, capped};
    } else {
      continue;
    }
    find_worst();
  }
  // The word marks, read above for the few rows that could enter, reset list by list.
  for (auto& [id, w] : q)
    if (is_word_[id])
      for (auto& [r, rw] : postings_[id]) row_word[r] = 0;
  std::sort(kept.begin(), kept.end(), [&](const Kept& a, const Kept& b) { return better(a.score, a.skill, b.score, b.skill); });
  out.reserve(kept.size());
  for (const Kept& c : kept) out.push_back({c.skill, static_cast<double>(c.score)});
  return out;
}

}  // namespace jdpipe::skills
