// The stage runner: build the request, ask, validate. Never throws.
#include <fmt/format.h>

#include "llm/tasks.hpp"

namespace jdpipe::llm {

namespace {

std::string provider_name(LLMProvider& llm) {
  try {
    return llm.name();
  } catch (...) {
    return "?";
  }
}

template <class T, class Build, class Validate>
StageResult<T> run_task(LLMProvider& llm, Task task, Build&& build, Validate&& validate) noexcept {
  StageResult<T> out;
  try {
    const TaskSpec& spec = task_spec(task);
    out.task = spec.name;
    out.prompt_version = spec.prompt_version;
    ChatRequest req = build();
    ChatResponse resp;
    try {
      resp = llm.chat(req);
    } catch (const std::exception& e) {
      out.error = fmt::format("LLM '{}' failed: {}", provider_name(llm), e.what());
      return out;
    } catch (...) {
      out.error = fmt::format("LLM '{}' failed with an unknown error", provider_name(llm));
      return out;
    }
    out.cost_usd = resp.cost_usd;
    out.prompt_tokens = resp.prompt_tokens;
    out.completion_tokens = resp.completion_tokens;
    out.cached = resp.cached;
    Checked<T> checked = validate(resp.text);
    if (checked.ok()) {
      out.ok = true;
      out.value = std::move(checked.value);
    } else {
      out.error = fmt::format("LLM '{}' answer rejected: {}", provider_name(llm), checked.error);
    }
  } catch (const std::exception& e) {
    out.ok = false;
    out.value.reset();
    try {
      out.error = std::string("LLM stage failed: ") + e.what();
    } catch (...) {
    }
  } catch (...) {
    out.ok = false;
    out.value.reset();
  }
  return out;
}

}  // namespace

StageResult<ParseAnswer> run_parse(LLMProvider& llm, const ParseInput& in) {
  return run_task<ParseAnswer>(
      llm, Task::kParse, [&] { return build_parse_request(in); },
      [&](const std::string& text) { return validate_parse(text, in.jd); });
}

StageResult<SkillsAndRoleAnswer> run_extract_skills_and_role(LLMProvider& llm, const ExtractInput& in) {
  return run_task<SkillsAndRoleAnswer>(
      llm, Task::kExtractSkillsAndRole, [&] { return build_extract_request(in); },
      [&](const std::string& text) { return validate_skills_and_role(text, in.jd); });
}

StageResult<RoleChoice> run_adjudicate_role(LLMProvider& llm, const AdjudicateInput& in) {
  return run_task<RoleChoice>(
      llm, Task::kAdjudicateRole, [&] { return build_adjudicate_request(in); },
      [&](const std::string& text) {
        std::vector<std::string> slugs;
        for (const auto& c : in.candidates) slugs.push_back(c.slug);
        return validate_role_choice(text, slugs);
      });
}

StageResult<NewRoleProposal> run_propose_new_role(LLMProvider& llm, const ProposeRoleInput& in) {
  return run_task<NewRoleProposal>(
      llm, Task::kProposeNewRole, [&] { return build_propose_role_request(in); },
      [&](const std::string& text) { return validate_new_role(text, in.existing_slugs); });
}

StageResult<NewSkillMeta> run_enrich_new_skill(LLMProvider& llm, const EnrichSkillInput& in) {
  return run_task<NewSkillMeta>(
      llm, Task::kEnrichNewSkill, [&] { return build_enrich_skill_request(in); },
      [&](const std::string& text) { return validate_new_skill(text); });
}

StageResult<DimensionsAnswer> run_propose_dimensions(LLMProvider& llm, const ProposeDimensionsInput& in) {
  return run_task<DimensionsAnswer>(
      llm, Task::kProposeDimensions, [&] { return build_propose_dimensions_request(in); },
      [&](const std::string& text) { return validate_dimensions(text, in); });
}

}  // namespace jdpipe::llm
