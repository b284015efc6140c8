// SkillLinker::nearest's small-k path (src/skills/linker_topk.cpp) against the exhaustive path:
// the same skills in the same order with bit-identical scores, on ESCO v1.1.1's aliases as
// terms (exact, cut to one word, misspelled to trigram-only matches), with and without a
// context sentence, for k in {1, 5, 10, 16}.
#include <doctest/doctest.h>

#include <cstring>
#include <string>
#include <vector>

#include "jdpipe/importers.hpp"
#include "skills/linker.hpp"
#include "test_support.hpp"

using namespace jdpipe;

namespace {

// Drops the second letter of every word: the word features no longer match, most trigrams do.
std::string misspell(const std::string& s) {
  std::string out;
  size_t word_len = 0;
  for (char c : s) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    word_len = letter ? word_len + 1 : 0;
    if (word_len != 2) out += c;
  }
  return out;
}

std::string first_word(const std::string& s) { return s.substr(0, s.find(' ')); }

}  // namespace

TEST_CASE("linker: the small-k nearest gives the exhaustive top k, bit for bit (ESCO v1.1.1)") {
  CatalogData esco = import_esco(std::string(JDPIPE_SHARED_DATA_DIR) + "/esco-v1.1.1");
  esco.finalize();
  const skills::SkillLinker linker(esco);

  std::vector<std::pair<std::string, std::string>> queries = {
      {"", ""},
      {"", "we build web applications in a small team"},
      {"the and of", ""},
      {"xyzzy qqq", "a sentence nothing in the catalog has"},
      {"pythn", ""},
      {"programing langauges", "experience with programing langauges such as java"},
      {"project management", "you will lead project management for our clients"},
      {"management", ""},
      {"communication skills", "excellent communication skills are a must"},
  };
  for (size_t si = 0; si < esco.skills.size(); si += 89) {
    const Skill& s = esco.skills[si];
    const std::string& other = esco.skills[(si * 7 + 13) % esco.skills.size()].display_name;
    const std::string context = "you will work on " + other + " and " + s.display_name + " with the team";
    queries.push_back({s.display_name, ""});
    queries.push_back({s.display_name, context});
    queries.push_back({first_word(s.display_name), ""});
    queries.push_back({misspell(s.display_name), ""});
    queries.push_back({misspell(s.display_name), context});
    if (!s.aliases.empty()) queries.push_back({s.aliases.back().text, other});
  }

  size_t compared = 0, with_ties = 0, full_score_ties = 0, empty = 0;
  for (const auto& query : queries) {
    // Named references, not a structured binding: clang 14 (the sanitizer build) cannot capture
    // a structured binding in CAPTURE's lambda.
    const std::string& term = query.first;
    const std::string& context = query.second;
    for (size_t k : {1, 5, 10, 16}) {
      CAPTURE(term);
      CAPTURE(context);
      CAPTURE(k);
      const auto want = linker.nearest_exhaustive(term, context, k);
      const auto got = linker.nearest(term, context, k);
      REQUIRE(got.size() == want.size());
      for (size_t i = 0; i < want.size(); ++i) {
        CAPTURE(i);
        CHECK(got[i].skill_index == want[i].skill_index);
        CHECK(std::memcmp(&got[i].score, &want[i].score, sizeof(double)) == 0);
      }
      ++compared;
      empty += want.empty();
      for (size_t i = 1; i < want.size(); ++i)
        if (want[i].score == want[i - 1].score) {
          ++with_ties;
          full_score_ties += want[i].score == 1.0;
          break;
        }
    }
  }
  MESSAGE(compared << " top-k lists compared, " << with_ties << " with tied scores (" << full_score_ties
                   << " tied at 1.0), " << empty << " empty");
  // The comparison covers what can go wrong: ties (broken by skill index) and empty answers.
  CHECK(with_ties > 20);
  CHECK(full_score_ties > 0);
  CHECK(empty >= 4);
  CHECK(linker.nearest("data analysis", "", 0).empty());
}
