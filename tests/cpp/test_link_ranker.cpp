// link_skill's ranker (src/skills/link_ranker): the candidate pool, each feature, the blend.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "jdpipe/catalog.hpp"
#include "skills/dictionary.hpp"
#include "skills/link_ranker.hpp"
#include "skills/linker.hpp"

using namespace jdpipe;
using skills::LinkRanker;
using skills::RankedSkill;

namespace {

Skill skill(std::string slug, std::string name, std::vector<std::string> alt = {}, std::string category = "Knowledge",
            std::string nature = "CONCEPT", std::string lifespan = "LONG") {
  Skill s;
  s.slug = std::move(slug);
  s.display_name = name;
  s.category = std::move(category);
  s.skill_nature = std::move(nature);
  s.typical_lifespan = std::move(lifespan);
  SkillAlias canon;
  canon.text = name;
  canon.type = "CANONICAL";
  canon.is_primary = true;
  s.aliases.push_back(canon);
  for (auto& a : alt) {
    SkillAlias al;
    al.text = a;
    s.aliases.push_back(al);
  }
  return s;
}

Role role(std::string slug, std::string name, std::vector<std::string> skills) {
  Role r;
  r.slug = std::move(slug);
  r.display_name = std::move(name);
  r.skills = std::move(skills);
  return r;
}

CatalogData ranker_catalog() {
  CatalogData d;
  d.skills.push_back(skill("software-architecture", "software architecture", {}, "Digital"));
  d.skills.push_back(skill("historic-architecture", "historic architecture"));
  d.skills.push_back(skill("python", "Python (computer programming)", {"Python"}, "Digital", "DOMAIN"));
  d.skills.push_back(skill("work-in-teams", "work in teams", {"teamwork"}, "Skill/Competence", "SOFT_SKILL", "EVERGREEN"));
  d.skills.push_back(skill("cloud", "cloud technologies", {}, "Digital"));
  d.skills.push_back(skill("restore-facades", "restore facades", {}, "Skill/Competence", "METHODOLOGY"));
  d.roles.push_back(role("software-architect", "software architect", {"software-architecture", "python", "work-in-teams"}));
  d.roles.push_back(role("software-developer", "software developer", {"python", "software-architecture", "cloud"}));
  d.roles.push_back(role("conservator", "building conservator", {"historic-architecture", "restore-facades"}));
  d.finalize();
  return d;
}

struct Fixture {
  CatalogData data = ranker_catalog();
  skills::SkillDictionary dict{data};
  skills::SkillLinker linker{data};
  LinkRanker ranker{data, dict, linker};

  const RankedSkill* find(const std::vector<RankedSkill>& r, std::string_view slug) const {
    for (const auto& c : r)
      if (data.skills[c.skill_index].slug == slug) return &c;
    return nullptr;
  }
  std::string top(const std::vector<RankedSkill>& r) const { return r.empty() ? "" : data.skills[r[0].skill_index].slug; }
};

}  // namespace

TEST_CASE("link ranker: the term is cut out of its sentence before the sentence is used as context") {
  CHECK(LinkRanker::context_without("we use Python daily", "Python") == "we use        daily");
  CHECK(LinkRanker::context_without("we use Python daily", "Java") == "we use Python daily");
  CHECK(LinkRanker::context_without("we use Python daily", "") == "we use Python daily");
}

TEST_CASE("linker: lexical scores per skill, the term's and the context's apart") {
  Fixture f;
  std::vector<skills::LexicalScores> s;
  f.linker.lexical_scores("software architecture", "restore facades", s);
  REQUIRE(s.size() == f.data.skills.size());
  CHECK(s[0].term == doctest::Approx(1.0).epsilon(0.01));
  CHECK(s[0].preferred == doctest::Approx(1.0).epsilon(0.01));
  CHECK(s[1].term > 0);
  CHECK(s[1].term < s[0].term);
  // The context names the skill (its words only: the alias's trigrams are not matched).
  CHECK(s[5].context > 0.3f);
  for (size_t i = 0; i < 5; ++i) CHECK(s[i].context < s[5].context);
  CHECK(s[5].term == 0);
  CHECK(s[0].context == 0);
  // A synonym match counts for the term, not for the preferred label.
  f.linker.lexical_scores("teamwork", "", s);
  CHECK(s[3].term > 0.9f);
  CHECK(s[3].preferred < s[3].term - 0.3f);  // trigrams only ("tea", "wor", ...)
}

TEST_CASE("link ranker: the sentence picks the sense of an ambiguous term") {
  Fixture f;
  // Python (another skill of the software roles) and "software" in the sentence.
  auto r = f.ranker.rank("architecture", "architecture and design of our Python software systems", {});
  const RankedSkill* sw = f.find(r, "software-architecture");
  const RankedSkill* hist = f.find(r, "historic-architecture");
  REQUIRE(sw);
  REQUIRE(hist);
  CHECK(sw->features[skills::kLinkDomain] > 0);
  CHECK(hist->features[skills::kLinkDomain] < 0);
  CHECK(sw->features[skills::kLinkContextRoles] > 0);
  CHECK(hist->features[skills::kLinkContextRoles] == 0);
  CHECK(f.top(r) == "software-architecture");
  // A building conservator's sentence: the other sense.
  r = f.ranker.rank("architecture", "architecture of old buildings, and you restore facades with the conservator", {});
  hist = f.find(r, "historic-architecture");
  REQUIRE(hist);
  CHECK(hist->features[skills::kLinkDomain] > 0);
  CHECK(hist->features[skills::kLinkContextRoles] > 0);
  CHECK(f.top(r) == "historic-architecture");
}

TEST_CASE("link ranker: alias hits, skill kinds and occupation counts as features; the score is the blend") {
  Fixture f;
  auto r = f.ranker.rank("Python", "", {});
  REQUIRE_FALSE(r.empty());
  CHECK(f.top(r) == "python");
  CHECK(r[0].alias == 1);
  CHECK(r[0].features[skills::kLinkAliasExact] == 1);
  CHECK(r[0].features[skills::kLinkAliasPreferred] == 0);  // "Python" is a synonym, not the preferred label
  CHECK(r[0].features[skills::kLinkOccupations] == doctest::Approx(1.0));  // the most listed skill
  r = f.ranker.rank("work in teams", "", {});
  REQUIRE_FALSE(r.empty());
  CHECK(r[0].features[skills::kLinkAliasPreferred] == 1);
  CHECK(r[0].features[skills::kLinkTransversal] == 1);
  CHECK(r[0].features[skills::kLinkKnowledge] == 0);
  const RankedSkill* hist = f.find(f.ranker.rank("historic architecture", "", {}), "historic-architecture");
  REQUIRE(hist);
  CHECK(hist->features[skills::kLinkOccupations] > 0);
  CHECK(hist->features[skills::kLinkOccupations] < 1);
  CHECK(hist->features[skills::kLinkKnowledge] == 1);
  CHECK(hist->features[skills::kLinkAliasExact] == 1);
  for (const auto& c : r) {
    double dot = 0;
    for (size_t k = 0; k < skills::kLinkFeatureCount; ++k) dot += double(LinkRanker::weights()[k]) * c.features[k];
    CHECK(c.score == doctest::Approx(dot));
  }
  CHECK(std::is_sorted(r.begin(), r.end(), [](const RankedSkill& a, const RankedSkill& b) { return a.score > b.score; }));
}

TEST_CASE("link ranker: the embedder's nearest names join the pool; a wrong-sized similarity list is ignored") {
  Fixture f;
  std::vector<float> dense(f.data.skills.size(), 0.0f);
  dense[4] = 0.9f;  // cloud technologies: no word in common with the term
  auto r = f.ranker.rank("zzqx", "", dense);
  const RankedSkill* cloud = f.find(r, "cloud");
  REQUIRE(cloud);
  CHECK(cloud->features[skills::kLinkDense] == doctest::Approx(0.9));
  CHECK(cloud->features[skills::kLinkLexical] == 0);
  CHECK(cloud->similarity == doctest::Approx(0.2 * 0.9));
  std::vector<float> wrong(2, 1.0f);
  CHECK(f.ranker.rank("zzqx", "", wrong).empty());
}
