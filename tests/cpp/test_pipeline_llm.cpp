// The pipeline with an LLM configured: every LLM stage used when its answer validates, the
// deterministic stage kept (and listed in fallbacks) when it does not.
#include <doctest/doctest.h>

#include "jdpipe/jdpipe.hpp"
#include "test_support.hpp"

using namespace jdpipe;

TEST_CASE("LLM stages: skills and role, adjudication and new-skill enrichment are used; a failed parse falls back") {
  auto llm = std::make_shared<ScriptedProvider>();
  llm->enqueue_error("parse", "upstream timeout");
  llm->enqueue("extract_skills_and_role",
               ChatResponse{R"({"skills":[{"skill_name":"API","is_primary":true,"evidence":["service APIs"]},)"
                            R"({"skill_name":"Janus","is_primary":true,"evidence":["Janus"]},)"
                            R"({"skill_name":"Kotlin","is_primary":false,"evidence":["kotlin"]}],)"
                            R"("jd_role":{"display_name":"Backend Developer","role_aliases":["Backend Developer"],)"
                            R"("role_archetype":"Engineering","rationale":null}})",
                            "m", 100, 50, 0.002});
  llm->enqueue("adjudicate_role", ChatResponse{R"({"slug":"backend-engineer","confidence":0.79,"reasoning":"server work"})",
                                               "m", 100, 20, 0.001});
  llm->enqueue("enrich_new_skill",
               ChatResponse{R"({"category":"Technology","sub_category":"WebRTC server","skill_nature":"PLATFORM",)"
                            R"("volatility":"MODERATE","typical_lifespan":"MEDIUM","version_strategy":"NOT_APPLICABLE",)"
                            R"("confidence":0.6,"maturity_reasoning":"An open-source WebRTC gateway."})",
                            "m", 50, 30, 0.0005});
  Options o;
  o.deterministic_ids = true;
  Pipeline p(nullptr, o, nullptr, llm);
  Run run = p.run(testing::sample_jd());
  REQUIRE_FALSE(run.rejected());

  // The parse failed: the deterministic parse stands, and the run says so.
  REQUIRE_FALSE(run.fallbacks.empty());
  CHECK(run.fallbacks[0].stage == "parse");
  CHECK(run.nano_parsed.company_name.value_or("") == "Episoden");

  std::vector<std::string> names;
  for (const auto& s : run.api1.final_skills) names.push_back(s.skill_name);
  CHECK(names == std::vector<std::string>{"API", "Janus", "Kotlin"});
  CHECK_FALSE(run.api1.final_skills[2].is_primary);
  CHECK(run.api1.jd_role.display_name == "Backend Developer");

  const Decision& d = run.api1.stage4_decision;
  CHECK(d.case_id == "D");
  CHECK(d.llm2_fired);
  CHECK(d.chosen_role->slug == "backend-engineer");
  CHECK(d.reasoning == "LLM2 picked backend-engineer (confidence 0.79)");

  REQUIRE(run.api2.unmatched_skills == std::vector<std::string>{"Janus"});
  const SkillDetail* janus = nullptr;
  for (const auto& sd : run.api2.skills_detail)
    if (sd.input_skill == "Janus") janus = &sd;
  REQUIRE(janus);
  CHECK(janus->source_tag == "new");
  REQUIRE(janus->new_skill_meta);
  CHECK(janus->new_skill_meta->skill_nature == "PLATFORM");

  CHECK(run.api3.llm_cost_api1_usd.value_or(0) == doctest::Approx(0.003));
  CHECK(run.api3.llm_cost_api2_usd.value_or(0) == doctest::Approx(0.0005));
  CHECK(run.api3.llm_cost_total_usd.value_or(0) == doctest::Approx(0.0035));
  bool janus_new = false;
  for (const auto& f : run.api3.final_input_skills) janus_new |= f.skill == "Janus" && f.tag == "new";
  CHECK(janus_new);
}

TEST_CASE("an LLM whose every answer is invalid leaves the deterministic run intact") {
  auto llm = std::make_shared<ScriptedProvider>();
  for (const char* task : {"parse", "extract_skills_and_role", "adjudicate_role"})
    llm->enqueue(task, std::string(R"({"not":"what the schema asks"})"));
  Options o;
  o.deterministic_ids = true;
  o.record_timings = false;
  Pipeline with_llm(nullptr, o, nullptr, llm);
  Pipeline without(nullptr, o);
  Run a = with_llm.run(testing::sample_jd());
  Run b = without.run(testing::sample_jd());
  CHECK(a.fallbacks.size() == 3);
  CHECK(a.api1.stage4_decision.chosen_role->slug == b.api1.stage4_decision.chosen_role->slug);
  CHECK(a.api1.final_skills.size() == b.api1.final_skills.size());
  CHECK_FALSE(a.api1.stage4_decision.llm2_fired);
}
