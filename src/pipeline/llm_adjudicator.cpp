#include "pipeline/llm_adjudicator.hpp"

#include "llm/tasks.hpp"

namespace jdpipe {

AdjudicatorAnswer adjudicate_with_llm(LLMProvider& llm, const Run& run, const CatalogData& data,
                                      const std::vector<FusedScore>& candidates,
                                      const std::vector<std::string>& responsibilities) {
  AdjudicatorAnswer out;
  try {
    llm::AdjudicateInput in;
    in.title = run.nano_parsed.role;
    in.role_aliases = run.nano_parsed.role_aliases;
    in.responsibilities = responsibilities;
    for (const auto& s : run.api1.final_skills) in.skills.push_back(s.skill_name);
    for (const auto& f : candidates) {
      const Role* r = data.role_by_id(f.role_id);
      llm::CandidateRole c;
      c.slug = f.slug;
      c.fused_score = f.fused;
      if (r) {
        c.display_name = r->display_name;
        c.role_archetype = r->role_archetype;
        for (size_t i = 0; i < r->kras.size() && i < 6; ++i) c.kras.push_back(r->kras[i]);
      }
      in.candidates.push_back(std::move(c));
    }
    auto result = llm::run_adjudicate_role(llm, in);
    out.cost_usd = result.cost_usd;
    if (!result.ok) {
      out.error = result.error;
      return out;
    }
    out.ok = true;
    out.slug = result.value->slug;
    out.confidence = result.value->confidence;
    out.reasoning = result.value->reasoning;
  } catch (const std::exception& e) {
    out.ok = false;
    out.error = std::string("adjudicator failed: ") + e.what();
  } catch (...) {
    out.ok = false;
    out.error = "adjudicator failed";
  }
  return out;
}

}  // namespace jdpipe
