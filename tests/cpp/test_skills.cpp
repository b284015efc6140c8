// The skill matcher (src/skills): tokens, Unicode folding, variants, the ambiguity gate,
// evidence and is_primary, API 2's linking tiers.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "jdpipe/jdpipe.hpp"
#include "skills/dictionary.hpp"
#include "skills/enrich.hpp"
#include "skills/linker.hpp"
#include "skills/normalize.hpp"
#include "test_support.hpp"

using namespace jdpipe;

namespace {

Skill make_skill(std::string slug, std::string name, std::vector<std::string> aliases, std::string category = "Concept",
                 std::string nature = "CONCEPT", bool case_sensitive = false) {
  Skill s;
  s.slug = std::move(slug);
  s.display_name = name;
  s.category = std::move(category);
  s.skill_nature = std::move(nature);
  SkillAlias canon;
  canon.text = name;
  canon.type = "CANONICAL";
  if (case_sensitive) canon.match = "CASE_SENSITIVE";
  s.aliases.push_back(canon);
  for (auto& a : aliases) {
    SkillAlias al;
    al.text = a;
    if (case_sensitive) al.match = "CASE_SENSITIVE";
    s.aliases.push_back(al);
  }
  return s;
}

CatalogData test_catalog() {
  CatalogData d;
  d.skills.push_back(make_skill("cpp", "C++", {}, "Programming Language", "LANGUAGE"));
  d.skills.push_back(make_skill("csharp", "C#", {}, "Programming Language", "LANGUAGE"));
  d.skills.push_back(make_skill("c", "C", {}, "Programming Language", "LANGUAGE"));
  d.skills.push_back(make_skill("dotnet", ".NET", {}, "Framework", "FRAMEWORK"));
  d.skills.push_back(make_skill("node-js", "Node.js", {}, "Framework", "PLATFORM"));
  d.skills.push_back(make_skill("ci-cd", "CI/CD", {}, "Concept", "METHODOLOGY"));
  d.skills.push_back(make_skill("tcp-ip", "TCP/IP", {}, "Concept", "CONCEPT"));
  d.skills.push_back(make_skill("react", "React", {"React.js"}, "Framework", "FRAMEWORK"));
  d.skills.push_back(make_skill("redux", "Redux", {}, "Framework", "FRAMEWORK"));
  d.skills.push_back(make_skill("go", "Go", {"Golang"}, "Programming Language", "LANGUAGE"));
  d.skills.push_back(make_skill("teamwork", "work in a team", {"teamwork"}, "Skill/Competence", "SOFT_SKILL"));
  d.skills.push_back(make_skill("data-analysis", "data analysis", {}, "Knowledge", "CONCEPT"));
  d.skills.push_back(make_skill("manage-budgets", "manage budgets", {}, "Skill/Competence", "METHODOLOGY"));
  d.skills.push_back(make_skill("kubernetes", "Kubernetes", {}, "Tool", "TOOL"));
  d.skills.push_back(make_skill("backend", "back-end development", {}, "Concept", "CONCEPT"));
  d.skills.push_back(make_skill("sap", "SAP", {}, "Tool", "TOOL", /*case_sensitive=*/true));
  d.finalize();
  return d;
}

std::vector<std::string> found(const skills::SkillDictionary& dict, const CatalogData& d, std::string_view text) {
  std::vector<std::string> out;
  for (const auto& m : dict.find_all(text)) out.push_back(d.skills[m.skill_index].slug);
  return out;
}

std::vector<std::string> spans(const skills::SkillDictionary& dict, std::string_view text) {
  std::vector<std::string> out;
  for (const auto& m : dict.find_all(text)) out.emplace_back(text.substr(m.start, m.end - m.start));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("skill tokens keep C++, C#, .NET, Node.js, CI/CD and TCP/IP whole") {
  CatalogData d = test_catalog();
  skills::SkillDictionary dict(d);
  CHECK(found(dict, d, "Experience with C++, C# and .NET; Node.js services") == V{"cpp", "csharp", "dotnet", "node-js"});
  CHECK(spans(dict, "Experience with C++, C# and .NET; Node.js services") == V{"C++", "C#", ".NET", "Node.js"});
  CHECK(found(dict, d, "Build CI/CD pipelines over TCP/IP networks") == V{"ci-cd", "tcp-ip"});
  // "C" inside "C++" or "CI/CD" is no mention of C.
  CHECK(found(dict, d, "We write C++ and use CI/CD") == V{"cpp", "ci-cd"});
}

TEST_CASE("Unicode folding: case, full-width forms, ligatures, quotes and dashes") {
  auto f = skills::fold("\xEF\xBC\xAB\xEF\xBD\x95\xEF\xBD\x82" "ernetes \xEF\xAC\x81le back\xE2\x80\x93" "end \xE2\x80\x9Cquoted\xE2\x80\x9D");
  CHECK(f.text == "kubernetes file back-end \"quoted\"");
  // Offsets map back to the original bytes.
  CHECK(f.original(0) == 0);
  CHECK(f.original(1) == 3);
  CHECK(f.original(f.text.size()) == std::string_view("\xEF\xBC\xAB\xEF\xBD\x95\xEF\xBD\x82" "ernetes \xEF\xAC\x81le back\xE2\x80\x93" "end \xE2\x80\x9Cquoted\xE2\x80\x9D").size());

  CatalogData d = test_catalog();
  skills::SkillDictionary dict(d);
  std::string text = "Run \xEF\xBC\xAB\xEF\xBD\x95\xEF\xBD\x82\xEF\xBD\x85rnetes clusters and \xE2\x80\x98" "back\xE2\x80\x91" "end development\xE2\x80\x99";
  auto ms = dict.find_all(text);
  CHECK(found(dict, d, "and \xE2\x80\x98" "back\xE2\x80\x91" "end development\xE2\x80\x99") == V{"backend"});
  CHECK(found(dict, d, "Run \xEF\xBC\xAB" "ubernetes clusters and back-end development") == V{"kubernetes", "backend"});
  REQUIRE(ms.size() == 2);
  CHECK(d.skills[ms[0].skill_index].slug == "kubernetes");
  CHECK(text.substr(ms[0].start, ms[0].end - ms[0].start) == "\xEF\xBC\xAB\xEF\xBD\x95\xEF\xBD\x82\xEF\xBD\x85rnetes");
  CHECK(d.skills[ms[1].skill_index].slug == "backend");
  CHECK(found(dict, d, "KUBERNETES") == V{"kubernetes"});
}

TEST_CASE("evidence offsets: every mention of a text keeps its original bytes among folded characters") {
  // Mentions before, between and after characters that fold to other lengths (full-width forms,
  // a ligature, curly quotes, a dash, a dropped soft hyphen), an ambiguous name left out in the
  // middle, and "skills" taken into a mention: the offsets of each are the original's.
  CatalogData d = test_catalog();
  skills::SkillDictionary dict(d);
  // (A soft hyphen after a mention's last word is no part of it.) "react" has no related skill
  // within twelve words.
  const std::string text =
      "\xE2\x80\x9CKubernetes\xE2\x80\x9D \xEF\xAC\x81ne \xE2\x80\x94 plain words here say nothing at all about any "
      "one thing, and we react fast \xE2\x80\x94 plain words here say nothing at all about any one thing: Node.js, "
      "data analysis skills\xC2\xAD \xEF\xBC\xAB\xEF\xBC\xB5\xEF\xBC\xA2" "ernetes\xE2\x80\x8B and C++";
  CHECK(spans(dict, text) == V{"Kubernetes", "Node.js", "data analysis skills",
                               "\xEF\xBC\xAB\xEF\xBC\xB5\xEF\xBC\xA2" "ernetes", "C++"});
  CHECK(found(dict, d, text) == V{"kubernetes", "node-js", "data-analysis", "kubernetes", "cpp"});
}

TEST_CASE("exact mentions: the alias as written, however long its text") {
  // An entry holds a folded text of up to 15 bytes itself and reads a longer one from the
  // dictionary's texts: both tell a mention written as the alias from an inflected one.
  CatalogData d;
  d.skills.push_back(make_skill("troubleshooting", "troubleshooting", {}));     // 15 bytes
  d.skills.push_back(make_skill("photolithography", "photolithography", {}));   // 16 bytes
  d.skills.push_back(make_skill("network-science", "network science", {}));     // 15, two words
  d.skills.push_back(make_skill("network-security", "network security", {}));   // 16, two words
  d.finalize();
  skills::SkillDictionary dict(d);
  auto exact = [&](std::string_view text) {
    std::vector<bool> out;
    for (const auto& m : dict.find_all(text)) out.push_back(m.exact);
    return out;
  };
  using B = std::vector<bool>;
  CHECK(exact("Troubleshooting and PHOTOLITHOGRAPHY") == B{true, true});
  CHECK(exact("troubleshoot; photolithographies") == B{false, false});
  CHECK(exact("network science, network security") == B{true, true});
  CHECK(exact("network sciences, network securities") == B{false, false});
  CHECK(found(dict, d, "troubleshoot; photolithographies") == V{"troubleshooting", "photolithography"});
}

TEST_CASE("ambiguity gate: a common-word name needs corroboration") {
  CatalogData d = test_catalog();
  skills::SkillDictionary dict(d);
  CHECK(found(dict, d, "We react quickly to customer needs").empty());
  CHECK(found(dict, d, "React and Redux") == V{"react", "redux"});
  CHECK(found(dict, d, "Strong knowledge of the React framework") == V{"react"});
  CHECK(found(dict, d, "Ready to go the extra mile").empty());
  CHECK(found(dict, d, "Services in Go and Kubernetes") == V{"go", "kubernetes"});
  // An unambiguous alias of the same skill needs nothing.
  CHECK(found(dict, d, "We use Golang") == V{"go"});
}

TEST_CASE("ambiguity gate: a related skill corroborates within twelve tokens either side") {
  CatalogData d = test_catalog();
  skills::SkillDictionary dict(d);
  auto filler = [](int words) {
    std::string s;
    for (int k = 0; k < words; ++k) s += " zq";
    return s + " ";
  };
  // Twelve tokens apart (eleven between) is near enough, thirteen is not; on both sides.
  CHECK(found(dict, d, "Go" + filler(11) + "Kubernetes") == V{"go", "kubernetes"});
  CHECK(found(dict, d, "Go" + filler(12) + "Kubernetes") == V{"kubernetes"});
  CHECK(found(dict, d, "Kubernetes" + filler(11) + "Go") == V{"kubernetes", "go"});
  CHECK(found(dict, d, "Kubernetes" + filler(12) + "Go") == V{"kubernetes"});
  // Mentions outside the window on either side change nothing; two ambiguous names do not
  // corroborate each other.
  CHECK(found(dict, d, "Kubernetes" + filler(12) + "Go" + filler(12) + "Kubernetes") == V{"kubernetes", "kubernetes"});
  CHECK(found(dict, d, "Go and React").empty());
}

TEST_CASE("case-sensitive aliases match only as written") {
  CatalogData d = test_catalog();
  skills::SkillDictionary dict(d);
  CHECK(found(dict, d, "Experience with SAP ERP") == V{"sap"});
  CHECK(found(dict, d, "respond asap and sap the strength").empty());
}

TEST_CASE("inflection, word order, stop words, typos, hyphen and space variants") {
  CatalogData d = test_catalog();
  skills::SkillDictionary dict(d);
  CHECK(found(dict, d, "You enjoy working as a team") == V{"teamwork"});
  CHECK(found(dict, d, "able to work in a team") == V{"teamwork"});
  CHECK(found(dict, d, "Managing budgets for clients") == V{"manage-budgets"});
  CHECK(found(dict, d, "She managed the budget") == V{"manage-budgets"});
  CHECK(found(dict, d, "the analysis of data") == V{"data-analysis"});
  CHECK(found(dict, d, "daily analysis data exports").empty());  // reversed order only around a function word
  CHECK(found(dict, d, "Kubernets clusters") == V{"kubernetes"});   // one typo in a long word
  CHECK(found(dict, d, "Kuberneetes clusters") == V{"kubernetes"});  // (a letter too many,
  CHECK(found(dict, d, "Kubernetas clusters") == V{"kubernetes"});   // one wrong),
  CHECK(found(dict, d, "Kbernetas clusters").empty());               // not two
  CHECK(found(dict, d, "nodejs and Node JS") == V{"node-js", "node-js"});
  CHECK(found(dict, d, "backend development and back end development") == V{"backend", "backend"});
  auto ms = dict.find_all("You enjoy working as a team");
  REQUIRE(ms.size() == 1);
  CHECK_FALSE(ms[0].exact);
  CHECK(dict.find_all("work in a team")[0].exact);
}

TEST_CASE("compounds written apart: the second word must carry on a skill word") {
  CatalogData d;
  d.skills.push_back(make_skill("cooperation", "cooperation", {}, "Skill/Competence", "SOFT_SKILL"));
  d.skills.push_back(make_skill("python", "Python3", {}, "Programming Language", "LANGUAGE"));
  d.skills.push_back(make_skill("webinars", "webinars", {}, "Skill/Competence", "CONCEPT"));
  d.skills.push_back(make_skill("wear-ppe", "wear protective equipment", {}, "Skill/Competence", "CONCEPT"));
  d.finalize();
  skills::SkillDictionary dict(d);
  CHECK(found(dict, d, "close co-operation with sales") == V{"cooperation"});
  CHECK(found(dict, d, "a webinar, a we binar") == V{"webinars", "webinars"});  // the stem, as for one word
  CHECK(found(dict, d, "Python 3 and python3") == V{"python", "python"});
  // "we" begins "webinars", and "we are" joined and stemmed is "wear", which begins an alias:
  // but "are" does not carry on "webinars", so the two stay apart.
  CHECK(found(dict, d, "we are protective equipment suppliers").empty());
  CHECK(found(dict, d, "wear protective equipment") == V{"wear-ppe"});
  CHECK(found(dict, d, "co ordination").empty());  // "co" begins "cooperation", "ord" does not carry it on
}

TEST_CASE("typos: the same wherever the misspelled word stands") {
  CatalogData d;
  d.skills.push_back(make_skill("cs", "computer science", {}, "Knowledge", "CONCEPT"));
  d.skills.push_back(make_skill("ds", "data science", {}, "Knowledge", "CONCEPT"));
  d.skills.push_back(make_skill("eng", "engineering", {}, "Knowledge", "CONCEPT"));
  d.finalize();
  skills::SkillDictionary dict(d);
  // A misspelled first word of a multi-word skill (7+ letters), whether or not a walk from an
  // earlier word looked at it first.
  CHECK(found(dict, d, "computr science") == V{"cs"});
  CHECK(found(dict, d, "data science computr science") == V{"ds", "cs"});
  // Alone, from 9 letters as written (the stem, "enginer", is shorter).
  CHECK(found(dict, d, "Enginering") == V{"eng"});
  CHECK(found(dict, d, "our Enginering team") == V{"eng"});
  CHECK(found(dict, d, "Enginerng").empty());  // two edits
}

TEST_CASE("typos: a letter dropped, added or wrong, two swapped; no guess between two words") {
  auto catalog = [](std::vector<std::string> tools) {
    CatalogData d;
    for (const auto& t : tools) d.skills.push_back(make_skill(t, "adobe " + t, {}, "Tool", "TOOL"));
    d.finalize();
    return d;
  };
  CatalogData one = catalog({"photoshop"});
  skills::SkillDictionary dict(one);
  CHECK(found(dict, one, "adobe photoshp") == V{"photoshop"});    // a late letter dropped
  CHECK(found(dict, one, "adobe hotoshop") == V{"photoshop"});    // the first letter dropped
  CHECK(found(dict, one, "adobe photosshop") == V{"photoshop"});  // one too many
  CHECK(found(dict, one, "adobe photoshap") == V{"photoshop"});   // one wrong
  CHECK(found(dict, one, "adobe photsohop") == V{"photoshop"});   // two swapped
  CHECK(found(dict, one, "adobe phtsohop").empty());              // two edits
  // "photoshp" is both words with a letter dropped, and "photoshap" one letter wrong against both.
  CatalogData two = catalog({"photoshop", "photoshup"});
  skills::SkillDictionary both(two);
  CHECK(found(both, two, "adobe photoshp").empty());
  CHECK(found(both, two, "adobe photoshap").empty());
  CHECK(found(both, two, "adobe photoshop") == V{"photoshop"});
  CHECK(found(both, two, "adobe photosop") == V{"photoshop"});  // a letter dropped that only one has
}

TEST_CASE("typos: a word fixed (or not) once is taken the same way later in the text and in later texts") {
  // The scan's memo keeps a word's fix from one text to the next: a fixed word then starts or
  // carries on a walk like a word written right, one with no fix starts none.
  CatalogData d;
  d.skills.push_back(make_skill("photoshop", "adobe photoshop", {}, "Tool", "TOOL"));
  d.skills.push_back(make_skill("scripting", "photoshop scripting", {}, "Tool", "TOOL"));
  d.skills.push_back(make_skill("retouching", "digital photograph retouching", {}, "Tool", "TOOL"));
  d.finalize();
  skills::SkillDictionary dict(d);
  const std::string text = "photoshp scripting, adobe photoshp; digital photogrpah retouching and adobe phtsohop.";
  const V want = {"scripting", "photoshop", "retouching"};
  CHECK(found(dict, d, text) == want);
  CHECK(found(dict, d, text) == want);  // now from the memo
  CHECK(found(dict, d, text + " " + text) == V{"scripting", "photoshop", "retouching", "scripting", "photoshop", "retouching"});
  CHECK(found(dict, d, "adobe phtsohop").empty());
  CHECK(found(dict, d, "Photoshp Scripting") == V{"scripting"});
}

TEST_CASE("lookup: whole terms, exact or through a variant") {
  CatalogData d = test_catalog();
  skills::SkillDictionary dict(d);
  auto h = dict.lookup("Node.js");
  REQUIRE(h.size() == 1);
  CHECK(h[0].exact);
  h = dict.lookup("nodejs");
  REQUIRE(h.size() == 1);
  CHECK_FALSE(h[0].exact);
  CHECK(dict.lookup("react").size() == 1);  // a known term needs no corroboration
  CHECK(dict.lookup("Kubernetes clusters").empty());
}

TEST_CASE("linker: nearest skill names for terms no alias answers") {
  CatalogData d = test_catalog();
  skills::SkillLinker linker(d);
  auto c = linker.nearest("analysing data sets", "", 3);
  REQUIRE_FALSE(c.empty());
  CHECK(d.skills[c[0].skill_index].slug == "data-analysis");
  c = linker.nearest("budget management", "", 3);
  REQUIRE_FALSE(c.empty());
  CHECK(d.skills[c[0].skill_index].slug == "manage-budgets");
}

TEST_CASE("extract_skills: is_primary from the section, byte offsets and sentences as evidence") {
  Pipeline p;
  std::string jd =
      "Senior Frontend Engineer\n\n"
      "Requirements:\n"
      "- 5+ years of experience building apps with React and Redux.\n"
      "- Strong TypeScript skills.\n\n"
      "Nice to have:\n"
      "- Experience with GraphQL.\n";
  auto skills = p.extract_skills(jd);
  auto get = [&](const std::string& slug) -> const ExtractedSkill* {
    for (const auto& s : skills)
      if (s.slug == slug) return &s;
    return nullptr;
  };
  const ExtractedSkill* react = get("react");
  const ExtractedSkill* graphql = get("graphql");
  REQUIRE(react);
  REQUIRE(graphql);
  CHECK(react->is_primary);
  CHECK_FALSE(graphql->is_primary);
  REQUIRE(react->evidence.size() == 1);
  const Evidence& ev = react->evidence[0];
  CHECK(jd.substr(ev.byte_start, ev.byte_end - ev.byte_start) == "React");
  CHECK(ev.sentence.find("building apps with React and Redux") != std::string::npos);
  CHECK(get("redux"));
}

TEST_CASE("link_skill: alias, then fuzzy forms, then similar names, each tagged") {
  Pipeline p;
  auto l = p.link_skill("Node.js");
  REQUIRE_FALSE(l.empty());
  CHECK(l[0].slug == "node-js");
  CHECK(l[0].matched_via == "alias");
  l = p.link_skill("nodejs");
  REQUIRE_FALSE(l.empty());
  CHECK(l[0].slug == "node-js");
  CHECK(l[0].matched_via == "fuzzy");
  l = p.link_skill("kubernetes cluster administration", "", 3);
  REQUIRE_FALSE(l.empty());
  CHECK(l[0].slug == "kubernetes");
  CHECK(l[0].score < 0.9);
  CHECK(l.size() <= 3);
}

TEST_CASE("API 2: variant forms become alias suggestions, unknown skills get rule-based new_skill_meta") {
  auto llm = std::make_shared<ScriptedProvider>();
  llm->enqueue("extract_skills_and_role",
               ChatResponse{R"({"skills":[{"skill_name":"nodejs","is_primary":true,"evidence":["Node.js"]},)"
                            R"({"skill_name":"Janus","is_primary":true,"evidence":["Janus"]},)"
                            R"({"skill_name":"Kotlin","is_primary":false,"evidence":["kotlin"]}],)"
                            R"("jd_role":{"display_name":"Backend Developer","role_aliases":["Backend Developer"],)"
                            R"("role_archetype":"Engineering","rationale":null}})",
                            "m", 100, 50, 0.002});
  Options o;
  o.deterministic_ids = true;
  o.llm_stages.parse = false;
  o.llm_stages.adjudicate = false;
  o.llm_stages.propose_role = false;
  o.llm_stages.enrich_skill = false;  // the rule-based enricher describes the new skill
  Pipeline p(nullptr, o, nullptr, llm);
  Run run = p.run(testing::sample_jd());
  REQUIRE_FALSE(run.rejected());
  const SkillDetail* node = nullptr;
  const SkillDetail* janus = nullptr;
  const SkillDetail* kotlin = nullptr;
  for (const auto& sd : run.api2.skills_detail) {
    if (sd.input_skill == "nodejs") node = &sd;
    if (sd.input_skill == "Janus") janus = &sd;
    if (sd.input_skill == "Kotlin") kotlin = &sd;
  }
  REQUIRE(node);
  REQUIRE(janus);
  REQUIRE(kotlin);
  CHECK(node->matched_via == "fuzzy");
  REQUIRE(node->canonical);
  CHECK(node->canonical->slug == "node-js");
  CHECK(node->new_alias_text.value_or("") == "nodejs");
  CHECK(kotlin->matched_via == "alias");
  bool suggestion = false;
  for (const auto& am : run.api2.alias_matches)
    if (am.input_term == "nodejs")
      suggestion = !am.alias_persisted && am.alias_persist_skipped_reason.value_or("").find("dry run") != std::string::npos;
  CHECK(suggestion);

  CHECK(run.api2.unmatched_skills == std::vector<std::string>{"Janus"});
  CHECK(janus->matched_via == "none");
  REQUIRE(janus->new_skill_meta);
  const NewSkillMeta& m = *janus->new_skill_meta;
  CHECK(m.skill_nature == "TOOL");  // a short capitalised product name
  CHECK(m.volatility == "VOLATILE");
  CHECK_FALSE(m.category.empty());
  CHECK(m.confidence > 0);
  CHECK(m.confidence <= 1);
  CHECK(m.maturity_reasoning.rfind("rules:", 0) == 0);
}

TEST_CASE("rule-based enricher: nature from the name's shape and its sentences") {
  CatalogData d = test_catalog();
  skills::SkillLinker linker(d);
  CHECK(skills::guess_new_skill_meta("Svelte.js", {}, linker, d).skill_nature == "FRAMEWORK");
  CHECK(skills::guess_new_skill_meta("AWS Certified Developer", {}, linker, d).skill_nature == "CERTIFICATION");
  CHECK(skills::guess_new_skill_meta("Zig", {"Systems work in the Zig programming language"}, linker, d).skill_nature ==
        "LANGUAGE");
  auto soft = skills::guess_new_skill_meta("collaborative mindset", {}, linker, d);
  CHECK(soft.skill_nature == "SOFT_SKILL");
  CHECK(soft.typical_lifespan == "EVERGREEN");
}
