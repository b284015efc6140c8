// Role resolution pieces: near-miss title matching, two-stage KRA scoring, the combined
// embedder and the calibrated confidence.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "jdpipe/combined_embedder.hpp"
#include "jdpipe/jdpipe.hpp"
#include "roles/confidence.hpp"
#include "roles/kra_index.hpp"
#include "test_support.hpp"

using namespace jdpipe;

namespace {

std::shared_ptr<InMemoryCatalog> titles_catalog() {
  std::string text =
      "{\"kind\":\"meta\",\"name\":\"titles\"}\n"
      "{\"kind\":\"role\",\"slug\":\"ops-manager\",\"display_name\":\"Operations Manager\",\"aliases\":[\"COO\"],"
      "\"kras\":[\"Plan and direct daily operations of the company\"]}\n"
      "{\"kind\":\"role\",\"slug\":\"metal-production-manager\",\"display_name\":\"Metal Production Manager\","
      "\"aliases\":[\"operations manager\"],\"kras\":[\"Direct production in a metal plant\"]}\n"
      "{\"kind\":\"role\",\"slug\":\"ict-support\",\"display_name\":\"ICT Help Desk Agent\","
      "\"aliases\":[\"ICT support technician\"],\"kras\":[\"Answer user calls about computer problems\"]}\n"
      "{\"kind\":\"role\",\"slug\":\"lecturer\",\"display_name\":\"Higher Education Lecturer\","
      "\"aliases\":[\"university lecturer\"],\"kras\":[\"Teach university students\"]}\n"
      "{\"kind\":\"role\",\"slug\":\"nurse\",\"display_name\":\"Specialist Nurse\",\"aliases\":[\"nurse specialist\"],"
      "\"kras\":[\"Care for patients on the ward\"]}\n";
  return InMemoryCatalog::from_bundle_text(text, "titles.jsonl");
}

const Pipeline& titles_pipeline() {
  static Pipeline p(titles_catalog());
  return p;
}

}  // namespace

TEST_CASE("resolve_title: exact hits lead, the role named by the title before one with it as an alias") {
  auto hits = titles_pipeline().resolve_title("Senior Operations Manager (m/f/d)", 5);
  REQUIRE(hits.size() >= 2);
  CHECK(hits[0].slug == "ops-manager");
  CHECK(hits[0].score == 1.0);
  CHECK(hits[0].matched_via == "alias");
  CHECK(hits[1].slug == "metal-production-manager");
  CHECK(hits[1].matched_via == "alias");
  for (size_t i = 2; i < hits.size(); ++i) CHECK(hits[i].score < 1.0);
}

TEST_CASE("resolve_title: near misses by typo, word order and abbreviation, scored below 1") {
  auto typo = titles_pipeline().resolve_title("Operatons Manger", 3);
  REQUIRE_FALSE(typo.empty());
  CHECK(typo[0].slug == "ops-manager");
  CHECK(typo[0].score < 1.0);
  CHECK(typo[0].matched_via != "alias");
  auto order = titles_pipeline().resolve_title("Nurse, Specialist", 3);  // the words after "," are matched too
  REQUIRE_FALSE(order.empty());
  CHECK(order[0].slug == "nurse");
  auto abbrev = titles_pipeline().resolve_title("IT Support Tech", 3);  // IT = ICT, Tech = technician
  REQUIRE_FALSE(abbrev.empty());
  CHECK(abbrev[0].slug == "ict-support");
  // "A/B" alternatives are matched as one title: a near miss, not an exact hit of a part.
  auto alt = titles_pipeline().resolve_title("Lecturer/University Lecturer", 3);
  REQUIRE_FALSE(alt.empty());
  CHECK(alt[0].slug == "lecturer");
  CHECK(alt[0].score < 1.0);
}

TEST_CASE("resolve_title: scores are best first, at most k, in [0, 1]; nonsense finds little") {
  auto hits = titles_pipeline().resolve_title("manager", 2);
  CHECK(hits.size() <= 2);
  for (size_t i = 0; i < hits.size(); ++i) {
    CHECK(hits[i].score >= 0);
    CHECK(hits[i].score <= 1);
    if (i) CHECK(hits[i].score <= hits[i - 1].score);
  }
  CHECK(titles_pipeline().resolve_title("", 5).empty());
  CHECK(titles_pipeline().resolve_title("Manager", 0).empty());
  for (const auto& h : titles_pipeline().resolve_title("zzqx", 5)) CHECK(h.score < 0.5);
}

TEST_CASE("two-stage KRA scoring: the full shortlist equals exact scoring; a short one keeps exact scores") {
  auto catalog = InMemoryCatalog::starter();
  auto snap = catalog->snapshot();
  HashingEmbedder e(512);
  roles::KraIndex index(*snap, e, *catalog);
  Matrix jd = e.embed({"Design and build REST APIs for our services", "Write unit tests and review code",
                       "Operate the data pipelines in the cloud"});
  auto exact = index.score(jd);
  auto all = index.score_two_stage(jd, index.role_count());
  REQUIRE(all.size() == exact.size());
  for (size_t i = 0; i < exact.size(); ++i) {
    CHECK(all[i].role_index == exact[i].role_index);
    CHECK(all[i].score == doctest::Approx(exact[i].score));
  }
  auto few = index.score_two_stage(jd, 3);
  REQUIRE(few.size() == 3);
  for (const auto& rs : few) {
    auto it = std::find_if(exact.begin(), exact.end(), [&](const auto& x) { return x.role_index == rs.role_index; });
    REQUIRE(it != exact.end());
    CHECK(rs.score == doctest::Approx(it->score));
    CHECK(rs.best_kra == it->best_kra);
  }
  CHECK(std::is_sorted(few.begin(), few.end(), [](auto& a, auto& b) { return a.score > b.score; }));
  CHECK(index.score_two_stage(jd, 0).empty());
  // The centroid weight blends the role-level cosine into the score and reorders by the blend.
  auto blended = index.score(jd, 0.5);
  for (const auto& rs : blended) {
    CHECK(rs.score == doctest::Approx(0.5 * rs.mean_of_max + 0.5 * rs.centroid));
    CHECK(rs.centroid <= 1.0001);
  }
  CHECK(std::is_sorted(blended.begin(), blended.end(), [](auto& a, auto& b) { return a.score > b.score; }));
  for (const auto& rs : index.score(jd, 1.0)) CHECK(rs.score == doctest::Approx(rs.centroid));
}

TEST_CASE("combined embedder: the cosine is the weighted mean of the parts' cosines") {
  auto a = std::make_shared<HashingEmbedder>(256);
  auto b = std::make_shared<HashingEmbedder>(64);
  CombinedEmbedder c({{a, 3.0}, {b, 1.0}});
  CHECK(c.dim() == 320);
  std::vector<std::string> texts = {"maintain the payroll system", "run the payroll for staff"};
  Matrix ma = a->embed(texts), mb = b->embed(texts), mc = c.embed(texts);
  double expected = 0.75 * ma.row(0).dot(ma.row(1)) + 0.25 * mb.row(0).dot(mb.row(1));
  CHECK(mc.row(0).dot(mc.row(1)) == doctest::Approx(expected).epsilon(1e-4));
  CHECK(mc.row(0).norm() == doctest::Approx(1.0));
  CHECK_THROWS_AS(CombinedEmbedder({}), Error);
  CHECK_THROWS_AS(CombinedEmbedder({{a, 0.0}}), Error);
  CHECK(c.name().find("combined(") == 0);
}

TEST_CASE("confidence: one scale for every case, in [0, 1], rising with the lead") {
  roles::DecisionEvidence single{1, true, 0.5, 0.4}, collision{3, true, 0.5, 0.4};
  CHECK(roles::role_confidence(single) > roles::role_confidence(collision));
  roles::DecisionEvidence close{0, false, 0.5, 0.49}, clear{0, false, 0.5, 0.2};
  CHECK(roles::role_confidence(clear) > roles::role_confidence(close));
  for (const auto& e : {single, collision, close, clear}) {
    CHECK(roles::role_confidence(e) >= 0);
    CHECK(roles::role_confidence(e) <= 1);
    CHECK(roles::new_role_confidence(e) >= 0);
    CHECK(roles::new_role_confidence(e) <= 1);
  }
  CHECK(roles::new_role_confidence(close) == doctest::Approx(1.0 - roles::role_confidence(close)));
}
