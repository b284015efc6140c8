// Whole-role votes in title matching (the RoleTermIndex behind them) and the title words kept
// with their asides.
#include <doctest/doctest.h>

#include <algorithm>

#include "jdpipe/jdpipe.hpp"
#include "roles/role_terms.hpp"
#include "roles/title_index.hpp"
#include "test_support.hpp"

using namespace jdpipe;

TEST_CASE("role term index: a word most of a role's labels share counts more; unknown words score nothing") {
  roles::RoleTermIndex index({{"java", "developer", "java", "developer", "software"},
                              {"developer", "property", "real", "estate"},
                              {"cook"}});
  std::vector<float> scores(3, 0.0f);
  std::vector<uint32_t> touched;
  index.score({"java", "developer"}, 1.0f, scores, touched);
  CHECK(scores[0] > scores[1]);
  CHECK(scores[1] > 0);
  CHECK(scores[2] == 0);
  CHECK(scores[0] <= doctest::Approx(1.0).epsilon(1e-5));
  std::sort(touched.begin(), touched.end());
  CHECK(touched == std::vector<uint32_t>{0, 1});

  // The weight scales the cosine; a role identical to the query scores the weight.
  std::vector<float> again(3, 0.0f);
  touched.clear();
  index.score({"cook"}, 0.5f, again, touched);
  CHECK(again[2] == doctest::Approx(0.5));
  CHECK(touched == std::vector<uint32_t>{2});

  std::vector<float> none(3, 0.0f);
  touched.clear();
  index.score({"zzqx"}, 1.0f, none, touched);
  CHECK(touched.empty());
  CHECK(std::all_of(none.begin(), none.end(), [](float s) { return s == 0; }));
}

TEST_CASE("title words with asides keep brackets and text after a separator; title_words drops them") {
  CHECK(roles::title_words("Executive, Human Resources") == std::vector<std::string>{"executive"});
  CHECK(roles::title_words_with_asides("Executive, Human Resources") ==
        std::vector<std::string>{"executive", "human", "resources"});
  CHECK(roles::title_words_with_asides("Senior Engineer (Instrument) | Telecom") ==
        std::vector<std::string>{"engineer", "instrument", "telecom"});
  CHECK(roles::title_words("Senior Engineer (Instrument) | Telecom") == std::vector<std::string>{"engineer"});
  // An aside with a word the caller rejects is left out whole; the main text never is.
  auto japanese = [](std::string_view w) { return w == "japanese"; };
  CHECK(roles::title_words_with_asides("Marketing Expert (Native Japanese Speaker) - Remote", japanese) ==
        std::vector<std::string>{"marketing", "expert", "remote"});
  CHECK(roles::title_words_with_asides("Japanese Teacher, Japanese", japanese) ==
        std::vector<std::string>{"japanese", "teacher"});
  // An unclosed bracket is an aside to the end.
  CHECK(roles::title_words("Nurse (night") == std::vector<std::string>{"nurse"});
}

namespace {

// Two developers that a bare title cannot tell apart by their labels: only the skills can.
std::shared_ptr<InMemoryCatalog> developers_catalog() {
  std::string text =
      "{\"kind\":\"meta\",\"name\":\"developers\"}\n"
      "{\"kind\":\"skill\",\"slug\":\"java\",\"display_name\":\"Java (computer programming)\"}\n"
      "{\"kind\":\"skill\",\"slug\":\"real-estate\",\"display_name\":\"real estate market\"}\n"
      "{\"kind\":\"skill\",\"slug\":\"japanese\",\"display_name\":\"Japanese\",\"sub_category\":\"languages\"}\n"
      "{\"kind\":\"role\",\"slug\":\"property-developer\",\"display_name\":\"Developer\",\"skills\":[\"real-estate\"],"
      "\"kras\":[\"Buy land and build houses\"]}\n"
      "{\"kind\":\"role\",\"slug\":\"software-developer\",\"display_name\":\"Software Developer\",\"skills\":[\"java\"],"
      "\"kras\":[\"Write and test code\"]}\n"
      "{\"kind\":\"role\",\"slug\":\"hr-officer\",\"display_name\":\"Human Resources Officer\","
      "\"kras\":[\"Recruit staff\"]}\n"
      "{\"kind\":\"role\",\"slug\":\"japanese-teacher\",\"display_name\":\"Japanese Teacher\","
      "\"skills\":[\"japanese\"],\"kras\":[\"Teach Japanese\"]}\n"
      "{\"kind\":\"role\",\"slug\":\"executive\",\"display_name\":\"Executive\",\"kras\":[\"Run a company\"]}\n";
  return InMemoryCatalog::from_bundle_text(text, "developers.jsonl");
}

std::string top(const Options& o, std::string_view title) {
  Pipeline p(developers_catalog(), o);
  auto hits = p.resolve_title(title, 3);
  return hits.empty() ? "" : hits[0].slug;
}

}  // namespace

TEST_CASE("resolve_title: a title word naming a skill votes for the roles that need it") {
  Options votes;
  Options no_skills;
  no_skills.title_blend.role_skills = 0;
  // "Developer" is the property developer's whole name, so its label wins without the skill vote.
  CHECK(top(no_skills, "Java Developer") == "property-developer");
  CHECK(top(votes, "Java Developer") == "software-developer");
  // Scores stay below 1 unless the title is an exact alias.
  Pipeline p(developers_catalog(), votes);
  for (const auto& h : p.resolve_title("Java Developer", 3)) CHECK(h.score < 1.0);
}

TEST_CASE("resolve_title: the field named after a comma counts in the near-miss match") {
  // "Executive" alone is an exact alias of the executive; with the field after the comma the
  // near-miss match finds the HR officer among the candidates.
  Pipeline p(developers_catalog());
  auto hits = p.resolve_title("Executive, Human Resources", 3);
  REQUIRE(hits.size() >= 2);
  bool hr = std::any_of(hits.begin(), hits.end(), [](const TitleMatch& h) { return h.slug == "hr-officer"; });
  CHECK(hr);
}

TEST_CASE("resolve_title: an aside naming a language (a catalog skill in the languages group) is not matched") {
  Pipeline p(developers_catalog());
  auto same = [](const std::vector<TitleMatch>& a, const std::vector<TitleMatch>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
      if (a[i].slug != b[i].slug || a[i].score != b[i].score) return false;
    return true;
  };
  auto plain = p.resolve_title("Software Developer", 5);
  REQUIRE_FALSE(plain.empty());
  CHECK(plain[0].slug == "software-developer");
  CHECK(same(p.resolve_title("Software Developer (Japanese Speaker)", 5), plain));
  // Another aside is matched, and so is a language in the main text.
  CHECK_FALSE(same(p.resolve_title("Software Developer (Teacher)", 5), plain));
  auto main_text = p.resolve_title("Japanese Speaker", 5);
  REQUIRE_FALSE(main_text.empty());
  CHECK(main_text[0].slug == "japanese-teacher");
}

TEST_CASE("title blend options: the whole-role weights must be finite and non-negative") {
  Options o;
  o.title_blend.role_labels = -1;
  CHECK_THROWS_WITH(Pipeline(developers_catalog(), o), doctest::Contains("title_blend.role_labels"));
}

TEST_CASE("resolve_title: the whole-role embedding vote breaks a tie between roles by their other labels") {
  // Both roles have the label "coder"; only the software role's other label ("programmer") is
  // near "programming" in the (default, hashing) embedding.
  std::string text =
      "{\"kind\":\"meta\",\"name\":\"coders\"}\n"
      "{\"kind\":\"role\",\"slug\":\"printer\",\"display_name\":\"Printer\",\"aliases\":[\"coder\"],"
      "\"kras\":[\"Print labels\"]}\n"
      "{\"kind\":\"role\",\"slug\":\"software\",\"display_name\":\"Coder\",\"aliases\":[\"programmer\"],"
      "\"kras\":[\"Write code\"]}\n";
  auto top_for = [&](double role_embedding) {
    Options o;
    o.title_blend = {1.0, 0.0, 0.0, 1.0, 0.0, 0.0, role_embedding};  // token cosine only, plus the vote
    Pipeline p(InMemoryCatalog::from_bundle_text(text, "coders.jsonl"), o);
    auto hits = p.resolve_title("coder programming", 2);
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].score < 1.0);
    return hits;
  };
  auto tied = top_for(0);
  CHECK(tied[0].score == tied[1].score);
  CHECK(tied[0].slug == "printer");  // a tie goes to catalog order
  CHECK(top_for(1.0)[0].slug == "software");
}

TEST_CASE("resolve_title: a catalog too large to embed every label resolves without the role embedding vote") {
  // 2 x 8,200 labels x 1,024 dimensions (the hashing embedder) is above what the title matcher
  // embeds up front, so it compares the lexical shortlist's embeddings only and has no role
  // centroids: the whole-role embedding vote must be skipped, not read from an empty matrix.
  std::string text = "{\"kind\":\"meta\",\"name\":\"many labels\"}\n";
  for (const char* role : {"harbour-pilot", "tax-adviser"}) {
    text += std::string("{\"kind\":\"role\",\"slug\":\"") + role + "\",\"display_name\":\"" + role + "\",\"aliases\":[";
    for (int a = 0; a < 8200; ++a) text += std::string(a ? "," : "") + "\"" + role + " variant " + std::to_string(a) + "\"";
    text += "],\"kras\":[\"Do the work\"]}\n";
  }
  Options o;
  REQUIRE(o.title_blend.role_embedding > 0);
  Pipeline p(InMemoryCatalog::from_bundle_text(text, "many-labels.jsonl"), o);
  const auto hits = p.resolve_title("senior tax adviser variant 17", 2);
  REQUIRE(!hits.empty());
  CHECK(hits[0].slug == "tax-adviser");
}
