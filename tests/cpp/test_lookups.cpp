// The pipeline's single-purpose lookups: resolve_title, extract_skills, link_skill.
#include <doctest/doctest.h>

#include <algorithm>

#include "jdpipe/pipeline.hpp"
#include "test_support.hpp"

namespace {

const jdpipe::Pipeline& starter_pipeline() {
  static jdpipe::Pipeline p;
  return p;
}

}  // namespace

TEST_CASE("resolve_title finds a role through its alias, whatever the decoration") {
  auto hits = starter_pipeline().resolve_title("Senior Back-end Engineer (m/f/d)", 5);
  REQUIRE_FALSE(hits.empty());
  CHECK(std::any_of(hits.begin(), hits.end(), [](const jdpipe::TitleMatch& t) { return t.slug == "backend-engineer"; }));
  CHECK(hits.front().score > 0);
  CHECK(hits.size() <= 5);
  CHECK(starter_pipeline().resolve_title("Backend Engineer", 1).size() == 1);
}

TEST_CASE("extract_skills gives the run's skills with spans that slice the text back") {
  std::string jd = jdpipe::testing::sample_jd();
  auto skills = starter_pipeline().extract_skills(jd);
  auto run = starter_pipeline().run(jd);
  REQUIRE(skills.size() == run.api1.final_skills.size());
  for (size_t i = 0; i < skills.size(); ++i) CHECK(skills[i].slug == run.api1.final_skills[i].slug);
  for (const auto& s : skills) {
    REQUIRE_FALSE(s.evidence.empty());
    for (const auto& ev : s.evidence) {
      std::string surface = jd.substr(ev.byte_start, ev.byte_end - ev.byte_start);
      CHECK(std::find(s.surface_forms.begin(), s.surface_forms.end(), surface) != s.surface_forms.end());
    }
  }
  CHECK(starter_pipeline().extract_skills("").empty());
}

TEST_CASE("link_skill maps a variant spelling to its catalog skill") {
  auto links = starter_pipeline().link_skill("NodeJS");
  REQUIRE_FALSE(links.empty());
  CHECK(links.front().display_name == "Node.js");
  CHECK(starter_pipeline().link_skill("zzqx-not-a-skill").empty());
}
