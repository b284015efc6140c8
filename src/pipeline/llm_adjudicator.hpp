#pragma once

// LLM2: asks an LLM to pick among the decision's candidates, and checks the answer.
#include <string>
#include <vector>

#include "jdpipe/catalog.hpp"
#include "jdpipe/llm.hpp"
#include "jdpipe/run.hpp"

namespace jdpipe {

struct AdjudicatorAnswer {
  bool ok = false;
  std::string slug;
  double confidence = 0;
  std::string reasoning;
  std::string error;  // why the answer was not used, when !ok
  double cost_usd = 0;
};

/// Never throws: a failed call or an answer that is not valid JSON, names a slug outside the
/// candidates, or gives a confidence outside [0, 1] comes back with ok == false.
AdjudicatorAnswer adjudicate_with_llm(LLMProvider& llm, const Run& run, const CatalogData& data,
                                      const std::vector<FusedScore>& candidates,
                                      const std::vector<std::string>& responsibilities);

}  // namespace jdpipe
