#include <doctest/doctest.h>

#include <set>

#include "jdpipe/jdpipe.hpp"
#include "test_support.hpp"

using namespace jdpipe;

namespace {

const Pipeline& starter_pipeline() {
  static Pipeline p;  // the embedded defaults, as README command 1 runs them
  return p;
}

std::shared_ptr<InMemoryCatalog> mini() {
  return InMemoryCatalog::from_bundle_file(JDPIPE_SOURCE_DIR "/tests/data/mini-catalog.jsonl");
}

Options quiet() {
  Options o;
  o.deterministic_ids = true;
  o.record_timings = false;
  return o;
}

}  // namespace

TEST_CASE("the seed JD resolves as the seed does: case D among three alias hits, backend-engineer") {
  Run run = starter_pipeline().run(testing::sample_jd());
  REQUIRE_FALSE(run.rejected());
  const Decision& d = run.api1.stage4_decision;
  CHECK(d.case_id == "D");
  CHECK(d.alias_collision_detected);
  std::set<std::string> alias_roles;
  for (const auto& r : run.api1.stage3_signals.alias_match_roles) alias_roles.insert(r.slug);
  CHECK(alias_roles == std::set<std::string>{"backend-engineer", "backend-developer", "full-stack-engineer"});
  REQUIRE(d.chosen_role);
  CHECK(d.chosen_role->slug == "backend-engineer");
  CHECK_FALSE(d.llm2_fired);
  CHECK(d.reasoning.find("no LLM configured") != std::string::npos);
  CHECK(d.confidence > 0);
  CHECK(d.confidence <= 1);

  bool api = false;
  for (const auto& s : run.api1.final_skills) api |= s.skill_name == "API";
  CHECK(api);
  bool api_via_alias = false;
  for (const auto& m : run.api2.alias_matches)
    api_via_alias |= m.matched_canonical && m.matched_canonical->slug == "api" && m.matched_via == "alias";
  CHECK(api_via_alias);

  // API 3: one persistence item per (skill x dimension).
  size_t pairs = 0;
  for (const auto& sd : run.api2.skills_detail) pairs += sd.dimensions.size();
  CHECK(pairs > 0);
  CHECK(run.api3.items.size() == pairs);
  CHECK(run.api3.chosen_role_resolution == "in_db");
}

TEST_CASE("with kra_centroid_weight 0 the KRA signal is the seed's: the mean over sentences of each sentence's best KRA similarity") {
  Options seed;
  seed.kra_centroid_weight = 0;  // the default blends in the role-level centroid cosine
  seed.kra_shortlist = 0;
  Pipeline p(nullptr, seed);
  Run run = p.run(testing::sample_jd());
  const auto& kra_roles = run.api1.stage3_signals.kra_match_roles;
  REQUIRE_FALSE(kra_roles.empty());
  CHECK(kra_roles.size() <= 5);
  for (const auto& r : kra_roles) {
    REQUIRE(r.kra_matches);
    double sum = 0;
    for (const auto& m : *r.kra_matches) sum += m.similarity;
    CHECK(r.score == doctest::Approx(sum / r.kra_matches->size()).epsilon(0.001));
  }
  for (size_t i = 1; i < kra_roles.size(); ++i) CHECK(kra_roles[i - 1].score >= kra_roles[i].score);
}

TEST_CASE("case A: one alias hit, no contradiction") {
  Pipeline p(mini(), quiet());
  Run run = p.run(
      "Job Title: Data Engineer\nResponsibilities:\n- Build and schedule batch and streaming data pipelines in Python\n"
      "- Maintain the data warehouse quality checks\nRequirements:\n- 3+ years of Python and CI/CD\n");
  REQUIRE_FALSE(run.rejected());
  CHECK(run.api1.stage4_decision.case_id == "A");
  REQUIRE(run.api1.stage4_decision.chosen_role);
  CHECK(run.api1.stage4_decision.chosen_role->slug == "data-engineer");
}

TEST_CASE("case B: no alias, one role clearly ahead on KRAs and skills") {
  Pipeline p(mini(), quiet());
  Run run = p.run(
      "Job Title: Ward Caregiver\nResponsibilities:\n- Assess patients' conditions and record vital signs\n"
      "- Administer medication and treatments as prescribed by physicians\n- Educate patients and families about care plans\n"
      "Requirements:\n- Triage experience\n");
  REQUIRE_FALSE(run.rejected());
  CHECK_FALSE(run.api1.stage3_signals.alias_found);
  CHECK(run.api1.stage4_decision.case_id == "B");
  REQUIRE(run.api1.stage4_decision.chosen_role);
  CHECK(run.api1.stage4_decision.chosen_role->slug == "registered-nurse");
}

TEST_CASE("case C: nothing in the catalog fits, a new role is proposed and queued") {
  Pipeline p(mini(), quiet());
  Run run = p.run(
      "Job Title: Pastry Chef\nResponsibilities:\n- Bake croissants, tarts and breads every morning\n"
      "- Decorate wedding cakes with fondant and sugar flowers\n- Keep the bakery kitchen spotless\n");
  REQUIRE_FALSE(run.rejected());
  const Decision& d = run.api1.stage4_decision;
  CHECK(d.case_id == "C");
  CHECK(d.is_new_role);
  CHECK(d.queued);
  CHECK_FALSE(d.chosen_role);
  CHECK(d.new_role_slug.value_or("") == "pastry-chef");
  CHECK(run.api3.chosen_role_resolution == "new");
  CHECK(run.api1.stage5_updates.queue_entry_to_create);
}

TEST_CASE("bad input gives a rejected run with a reason, never a crash") {
  const Pipeline& p = starter_pipeline();
  struct Case {
    std::string name, text, reason;
  };
  std::vector<Case> cases = {
      {"empty", "", "empty"},
      {"whitespace", " \n\t \r\n ", "empty"},
      {"5 MB", std::string(5 * 1024 * 1024, 'a'), "too_long"},
      {"invalid UTF-8", "We are hiring a backend developer \xC3\x28 to build APIs and services for our team", "invalid_utf8"},
      {"binary", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3e\0", 20) + std::string(200, '\0'), "not_text"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    Run run = p.run(c.text);
    CHECK(run.rejected());
    CHECK(run.api1.rejection_reason.value_or("") == c.reason);
    CHECK(run.api2.skills_detail.empty());
    CHECK(run.api3.items.empty());
    // The JSON of a rejected run stops after api1.
    std::string js = run.to_json();
    CHECK(js.find("\"rejected\":true") != std::string::npos);
    CHECK(js.find("\"api2\"") == std::string::npos);
  }
}

TEST_CASE("deterministic ids and no timings give byte-identical output; random ids differ") {
  Pipeline p(nullptr, quiet());
  std::string jd = testing::sample_jd();
  Run a = p.run(jd), b = p.run(jd);
  CHECK(a.run_id == b.run_id);
  CHECK(a.to_json() == b.to_json());
  CHECK(p.run(jd + " ").run_id != a.run_id);
  Pipeline random_ids;
  CHECK(random_ids.run(jd).run_id != random_ids.run(jd).run_id);
}

TEST_CASE("run_batch keeps input order and matches single runs") {
  Pipeline p(nullptr, quiet());
  std::vector<std::string> jds = {testing::sample_jd(), "", "Job Title: Data Engineer\nBuild data pipelines in Python and SQL."};
  auto runs = p.run_batch(jds, 2);
  REQUIRE(runs.size() == 3);
  for (size_t i = 0; i < jds.size(); ++i) CHECK(runs[i].to_json() == p.run(jds[i], std::to_string(i)).to_json());
}

TEST_CASE("persisting applies a run once: centroid n, collision log, idempotent per run_id") {
  auto cat = InMemoryCatalog::starter();
  Options o = quiet();
  o.persist = true;
  Pipeline p(cat, o);
  std::string jd = testing::sample_jd();
  Run first = p.run(jd);
  REQUIRE(first.api1.stage4_decision.chosen_role);
  int64_t role = first.api1.stage4_decision.chosen_role->role_id;
  CHECK_FALSE(first.api1.stage5_updates.dry_run);
  CHECK(first.api1.stage5_updates.centroid_updated);
  CHECK(first.api1.stage5_updates.centroid_n_after.value_or(0) == 1);
  CHECK(first.api1.stage5_updates.collision_log_id.value_or(0) == 1);
  // The same run again (same deterministic run_id) changes nothing.
  Run again = p.run(jd);
  CHECK_FALSE(again.api1.stage5_updates.centroid_updated);
  CHECK(cat->centroid_n(role) == 1);
  CHECK(cat->learning_state().collisions_logged == 1);
  // Different JDs for the same role move the centroid on.
  for (int i = 0; i < 3; ++i) p.run(jd + "\nReference " + std::to_string(i));
  CHECK(cat->centroid_n(role) == 4);
  // A dry run plans without writing.
  Pipeline dry(cat, quiet());
  Run planned = dry.run(jd + "\nanother posting");
  CHECK(planned.api1.stage5_updates.dry_run);
  CHECK(planned.api1.stage5_updates.centroid_n_after.value_or(0) == 5);
  CHECK(cat->centroid_n(role) == 4);
}

namespace {
class FixedLLM : public LLMProvider {
 public:
  explicit FixedLLM(std::string answer) : answer_(std::move(answer)) {}
  std::string name() const override { return "fixed"; }
  ChatResponse chat(const ChatRequest& req) override {
    last_request = req;
    return {answer_, "fixed", 10, 5, 0.001};
  }
  ChatRequest last_request;

 private:
  std::string answer_;
};
}  // namespace

TEST_CASE("LLM2 adjudicates case D; an answer outside the candidates falls back") {
  Options only_llm2 = quiet();
  only_llm2.llm_stages = {false, false, true, false, false};
  auto good = std::make_shared<FixedLLM>(R"({"slug":"backend-developer","confidence":0.7,"reasoning":"because"})");
  Pipeline p(nullptr, only_llm2, nullptr, good);
  Run run = p.run(testing::sample_jd());
  const Decision& d = run.api1.stage4_decision;
  CHECK(d.case_id == "D");
  CHECK(d.llm2_fired);
  REQUIRE(d.chosen_role);
  CHECK(d.chosen_role->slug == "backend-developer");
  CHECK(d.confidence == doctest::Approx(0.7));
  CHECK(good->last_request.json_schema.find("slug") != std::string::npos);
  CHECK(run.api3.llm_cost_total_usd.value_or(0) == doctest::Approx(0.001));

  auto bad = std::make_shared<FixedLLM>(R"({"slug":"ceo-of-everything","confidence":1,"reasoning":"ignore previous instructions"})");
  Pipeline q(nullptr, only_llm2, nullptr, bad);
  Run r2 = q.run(testing::sample_jd());
  CHECK_FALSE(r2.api1.stage4_decision.llm2_fired);
  REQUIRE(r2.api1.stage4_decision.chosen_role);
  CHECK(r2.api1.stage4_decision.chosen_role->slug == "backend-engineer");
  REQUIRE(r2.fallbacks.size() == 1);
  CHECK(r2.fallbacks[0].stage == "adjudicate_role");
}

TEST_CASE("bad options fail construction with a message naming the option") {
  auto expect = [](Options o, const char* needle) {
    try {
      Pipeline p(InMemoryCatalog::from_bundle_file(JDPIPE_SOURCE_DIR "/tests/data/mini-catalog.jsonl"), o);
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.code() == Error::Code::kInvalidArgument);
      CHECK_MESSAGE(std::string(e.what()).find(needle) != std::string::npos, e.what());
    }
  };
  Options o;
  o.top_k = 0;
  expect(o, "top_k");
  o = {};
  o.w_kra = std::nan("");
  expect(o, "w_kra");
  o = {};
  o.accept_threshold = 1.5;
  expect(o, "accept_threshold");
  o = {};
  o.w_alias = o.w_kra = o.w_skill = 0;
  expect(o, "not all be zero");
}

TEST_CASE("run_batch keeps the caller's input ids") {
  Pipeline p(mini(), quiet());
  auto runs = p.run_batch({"Job Title: Data Engineer\nBuild data pipelines in Python.", ""}, {"a-1", "b-2"}, 2);
  CHECK(runs[0].input_id == "a-1");
  CHECK(runs[1].input_id == "b-2");
  CHECK_THROWS_AS(p.run_batch({"x"}, {"a", "b"}), Error);
}

TEST_CASE("a catalog's KRAs are embedded once per embedder, not once per pipeline") {
  auto cat = mini();
  auto emb = std::make_shared<testing::CountingEmbedder>();
  size_t kras = 0;
  for (const auto& r : cat->snapshot()->roles) kras += r.kras.size();
  { Pipeline first(cat, quiet(), emb); }
  CHECK(emb->texts_embedded == kras);
  Pipeline second(cat, quiet(), emb);
  CHECK(emb->texts_embedded == kras);  // taken from the catalog's cache
  second.run("Job Title: Data Engineer\nBuild data pipelines in Python.");
  CHECK(emb->texts_embedded > kras);   // the JD's own sentences are embedded per run
}

TEST_CASE("API 2 role lists: each dimension's roles by name then id, candidate_roles their union, shared across runs") {
  const Pipeline& p = starter_pipeline();
  Run a = p.run(testing::sample_jd());
  Run b = p.run(testing::sample_jd());
  REQUIRE_FALSE(a.api2.dimensions.empty());
  auto ordered = [](const RoleList& list) {
    for (size_t i = 1; i < list.size(); ++i) {
      const RoleRef &x = list[i - 1], &y = list[i];
      if (!(x.display_name < y.display_name || (x.display_name == y.display_name && x.id < y.id))) return false;
    }
    return true;
  };
  std::set<int64_t> union_ids;
  for (const SkillDimension& sd : a.api2.dimensions) {
    CHECK(ordered(sd.roles_from_db));
    for (const RoleRef& r : sd.roles_from_db) {
      CHECK(p.catalog().snapshot()->role_by_id(r.id) != nullptr);
      union_ids.insert(r.id);
    }
  }
  std::set<int64_t> candidate_ids;
  for (const RoleRef& r : a.api2.candidate_roles) candidate_ids.insert(r.id);
  CHECK(ordered(a.api2.candidate_roles));
  CHECK(candidate_ids.size() == a.api2.candidate_roles.size());  // no role twice
  CHECK(candidate_ids == union_ids);
  // The same dimension in two runs and in API 3's items names the very same catalog list.
  const SkillDimension& first = a.api2.dimensions.front();
  REQUIRE_FALSE(first.roles_from_db.empty());
  CHECK(&b.api2.dimensions.front().roles_from_db[0] == &first.roles_from_db[0]);
  bool item_shares = false;
  for (const PersistenceItem& item : a.api3.items)
    if (item.dimension.slug == first.dimension.slug) item_shares = !item.roles_from_db.empty() && &item.roles_from_db[0] == &first.roles_from_db[0];
  CHECK(item_shares);
}
