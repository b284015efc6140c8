#pragma once

// The rule-based skill enricher of API 2: what a skill the catalog lacks probably is (nature,
// volatility, lifespan, category), from the shape of its name, its sentences and the catalog
// skills nearest to it. Used when no LLM enricher is configured.
#include <string>
#include <string_view>
#include <vector>

#include "jdpipe/catalog.hpp"
#include "jdpipe/run.hpp"
#include "skills/linker.hpp"

namespace jdpipe::skills {

/// The category comes from the catalog skills nearest to `name` in its first sentence: pass them
/// as `nearest` (linker.nearest(name, sentences.front() or "", kNewSkillNeighbours)) when the
/// caller has them, so that they are not looked up twice.
constexpr size_t kNewSkillNeighbours = 5;
NewSkillMeta guess_new_skill_meta(std::string_view name, const std::vector<std::string>& sentences,
                                  const SkillLinker& linker, const CatalogData& data,
                                  const std::vector<LinkCandidate>* nearest = nullptr);

}  // namespace jdpipe::skills
