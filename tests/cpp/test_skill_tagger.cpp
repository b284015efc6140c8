// The trained skill tagger (include/jdpipe/skill_tagger.hpp, src/skills/tagger.*): its tokens,
// reading annotated texts, learning, saving and loading, and its use in extraction.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "jdpipe/jdpipe.hpp"
#include "skills/tagger.hpp"
#include "test_support.hpp"

using namespace jdpipe;
using jdpipe::testing::error_of;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> words(std::string_view text, const std::vector<text::Span>& spans) {
  std::vector<std::string> out;
  for (const auto& s : spans) out.emplace_back(text.substr(s.start, s.end - s.start));
  return out;
}

fs::path temp_file(const std::string& name, const std::string& content) {
  fs::path p = fs::temp_directory_path() / ("jdpipe-tagger-" + name);
  std::ofstream(p, std::ios::binary) << content;
  return p;
}

/// Annotated sentences where a skill is whatever follows "experience with" or "knowledge of",
/// never in the catalog, amid sentences with no skill at all.
std::vector<AnnotatedText> pattern_examples() {
  const char* skills[] = {"quorbic modelling", "flanges", "tensile rigs", "vexar", "plumbic audits", "grommet design",
                          "zintar", "brackish filters", "oxlet", "spindle tuning", "harbex", "volute casting"};
  const char* fillers[] = {"The office is in the city centre.", "We offer a friendly team and free coffee.",
                           "Apply before the end of the month.", "Our company was founded long ago."};
  std::vector<AnnotatedText> out;
  for (size_t i = 0; i < 48; ++i) {
    AnnotatedText ex;
    std::string skill = skills[i % 12];
    std::string lead = i % 2 ? "You have experience with " : "Good knowledge of ";
    ex.text = std::string(fillers[i % 4]) + "\n" + lead + skill + " and a driving licence.\n" + fillers[(i + 1) % 4];
    size_t at = ex.text.find(skill);
    ex.spans.emplace_back(at, at + skill.size());
    out.push_back(std::move(ex));
  }
  return out;
}

}  // namespace

TEST_CASE("tagger tokens: punctuation peeled off words, technical names kept whole") {
  std::string t = "Use (Python, C++ and .NET) on Node.js; CI/CD. \xE2\x80\x9CReact\xE2\x80\x9D C#!";
  auto toks = skills::tagger_tokens(t, 0, t.size());
  CHECK(words(t, toks) == std::vector<std::string>{"Use", "(", "Python", ",", "C++", "and", ".NET", ")", "on", "Node.js", ";",
                                                   "CI/CD", ".", "\xE2\x80\x9C", "React", "\xE2\x80\x9D", "C#", "!"});
  CHECK(skills::tagger_tokens("   ", 0, 3).empty());
  // A range inside the text: offsets stay the text's.
  auto part = skills::tagger_tokens(t, 5, 12);
  REQUIRE(part.size() == 2);
  CHECK(part[0].start == 5);
  CHECK(words(t, part) == std::vector<std::string>{"Python", ","});
}

TEST_CASE("tagger examples: SkillSpan sentences merge into postings, skill and knowledge spans merged") {
  auto p = temp_file("skillspan.jsonl",
                     R"({"idx": 7, "tokens": ["Know", "Java", "and", "unit", "testing"], "tags_skill": ["O", "O", "O", "B", "I"], "tags_knowledge": ["O", "B", "O", "B", "O"]})"
                     "\n"
                     R"({"idx": 7, "tokens": ["Team", "player"], "tags_skill": ["B", "I"], "tags_knowledge": ["O", "O"]})"
                     "\n"
                     R"({"idx": 8, "tokens": ["Docker"], "tags_skill": ["O"], "tags_knowledge": ["B"]})"
                     "\n");
  auto ex = SkillTagger::read_examples(p.string());
  fs::remove(p);
  REQUIRE(ex.size() == 2);
  CHECK(ex[0].text == "Know Java and unit testing\nTeam player");
  std::vector<std::string> spans;
  for (auto [b, e] : ex[0].spans) spans.push_back(ex[0].text.substr(b, e - b));
  std::sort(spans.begin(), spans.end());
  // "unit" (knowledge) lies inside "unit testing" (skill): the longer span wins.
  CHECK(spans == std::vector<std::string>{"Java", "Team player", "unit testing"});
  CHECK(ex[1].text == "Docker");
  CHECK(ex[1].spans == std::vector<std::pair<size_t, size_t>>{{0, 6}});
}

TEST_CASE("tagger examples: bad lines are errors naming the file and line") {
  auto check_error = [](const std::string& content, const std::string& expected) {
    auto p = temp_file("bad.jsonl", content);
    std::string message = error_of([&] { SkillTagger::read_examples(p.string()); });
    fs::remove(p);
    INFO(message);
    CHECK(message.find(p.string()) != std::string::npos);
    CHECK(message.find(expected) != std::string::npos);
  };
  check_error("{\"text\": \"Java\", \"spans\": [[0, 4]]}\nnot json\n", ":2: not a JSON object");
  check_error("{\"text\": \"Java\", \"spans\": [[0, 9]]}\n", ":1: each span must be [start, end]");
  check_error("{\"text\": \"Java\", \"spans\": [[3, 1]]}\n", ":1: each span must be [start, end]");
  check_error("{\"text\": \"Java\"}\n", ":1: \"spans\" must be an array");
  check_error("{\"tokens\": [\"a\", \"b\"], \"tags_skill\": [\"O\"]}\n", ":1: tags_skill and tokens differ in length");
  check_error("{\"title\": \"x\"}\n", ":1: expected {\"text\", \"spans\"}");
  check_error("\n\n", "holds no annotated text");
  CHECK_THROWS_AS(SkillTagger::read_examples("/nonexistent/annotated.jsonl"), Error);
}

TEST_CASE("tagger: learns a context pattern and applies it to words it never saw") {
  auto catalog = InMemoryCatalog::starter();
  auto tagger = SkillTagger::train(pattern_examples(), *catalog);
  CHECK(tagger->epochs() == TaggerTraining{}.epochs);
  CHECK(tagger->feature_rows() > 0);
  const auto& model = tagger->model();
  std::string text = "Our company was founded long ago.\nYou have experience with cobalt winding and a driving licence.";
  auto spans = skills::tag_spans(model, text, {});
  CHECK(words(text, spans) == std::vector<std::string>{"cobalt winding"});
  // No trigger, no skill.
  std::string plain = "We offer a friendly team and free coffee.\nThe office is in the city centre.";
  CHECK(skills::tag_spans(model, plain, {}).empty());
}

TEST_CASE("tagger: saved and loaded, it tags exactly as before; damaged files are refused with the file's name") {
  auto catalog = InMemoryCatalog::starter();
  auto tagger = SkillTagger::train(pattern_examples(), *catalog, {6, 3});
  fs::path p = fs::temp_directory_path() / "jdpipe-tagger-model.bin";
  tagger->save(p.string());
  auto back = SkillTagger::load(p.string());
  CHECK(back->epochs() == 6);
  CHECK(back->feature_rows() == tagger->feature_rows());
  for (const auto& ex : pattern_examples()) {
    auto a = skills::tag_spans(tagger->model(), ex.text, {}), b = skills::tag_spans(back->model(), ex.text, {});
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) CHECK((a[i].start == b[i].start && a[i].end == b[i].end));
  }
  std::string bytes = testing::read_file(p.string());
  auto refused = [&](const std::string& content, const std::string& expected) {
    auto q = temp_file("damaged.bin", content);
    std::string message = error_of([&] { SkillTagger::load(q.string()); });
    fs::remove(q);
    INFO(message);
    CHECK(message.find(q.string()) != std::string::npos);
    CHECK(message.find(expected) != std::string::npos);
  };
  refused(bytes.substr(0, bytes.size() - 5), "truncated weights");
  refused(bytes + "x", "trailing bytes");
  refused("JDPNOPE\1" + bytes.substr(8), "bad magic");
  std::string other_version = bytes;
  other_version[7] = '\7';
  refused(other_version, "another version");
  refused(bytes.substr(0, 20), "truncated header");
  fs::remove(p);
  CHECK_THROWS_AS(SkillTagger::load("/nonexistent/tagger.bin"), Error);
}

TEST_CASE("tagger: training refuses what it cannot learn from") {
  auto catalog = InMemoryCatalog::starter();
  CHECK_THROWS_AS(SkillTagger::train({}, *catalog), Error);
  CHECK_THROWS_AS(SkillTagger::train({{"No skills here at all.", {}}}, *catalog), Error);
  CHECK_THROWS_AS(SkillTagger::train(pattern_examples(), *catalog, {0, 1}), Error);
}

TEST_CASE("extraction with a tagger: tagged terms without an alias kept for API 2, alias spans are catalog skills") {
  auto catalog = InMemoryCatalog::starter();
  auto examples = pattern_examples();
  // Also teach it that a catalog alias after the trigger is a skill.
  for (const char* known : {"Python", "SQL", "Docker", "Kubernetes"}) {
    for (const char* lead : {"You have experience with ", "Good knowledge of "}) {
      AnnotatedText ex;
      ex.text = std::string("The office is in the city centre.\n") + lead + known + " and a driving licence.";
      size_t at = ex.text.find(known);
      ex.spans.emplace_back(at, at + std::string(known).size());
      examples.push_back(std::move(ex));
    }
  }
  Options options;
  options.skill_tagger = SkillTagger::train(examples, *catalog);
  Pipeline with(catalog, options), without(catalog);
  std::string jd =
      "Senior Data Engineer\n\nResponsibilities:\n- Build data pipelines for analytics.\n"
      "- You have experience with cobalt winding and a driving licence.\n- Good knowledge of Python and a driving licence.\n";
  auto skills = with.extract_skills(jd);
  auto find = [&](const std::string& name) {
    return std::find_if(skills.begin(), skills.end(), [&](const ExtractedSkill& s) { return s.skill_name == name; });
  };
  auto free_term = find("cobalt winding");
  REQUIRE(free_term != skills.end());
  CHECK(free_term->matched_via == "tagger");
  CHECK(free_term->slug.empty());
  REQUIRE(free_term->evidence.size() == 1);
  CHECK(jd.substr(free_term->evidence[0].byte_start, free_term->evidence[0].byte_end - free_term->evidence[0].byte_start) ==
        "cobalt winding");
  auto python = std::find_if(skills.begin(), skills.end(), [](const ExtractedSkill& s) { return !s.slug.empty(); });
  REQUIRE(python != skills.end());
  CHECK(python->matched_via == "alias");
  CHECK(python->surface_forms == std::vector<std::string>{"Python"});
  // The dictionary alone never finds the free term.
  auto plain = without.extract_skills(jd);
  CHECK(std::none_of(plain.begin(), plain.end(), [](const ExtractedSkill& s) { return s.skill_name == "cobalt winding"; }));
  // A whole run canonicalises the free term in API 2 (here: no catalog skill, so a new one).
  Run run = with.run(jd);
  REQUIRE_FALSE(run.api1.rejected);
  auto& unmatched = run.api2.unmatched_skills;
  CHECK(std::find(unmatched.begin(), unmatched.end(), "cobalt winding") != unmatched.end());
}

TEST_CASE("tagger on SkillSpan: trained on the train split, it finds dev spans far better than the dictionary") {
  std::string dir = std::string(JDPIPE_SHARED_DATA_DIR) + "/dev/";
  if (!fs::exists(dir + "skillspan-train.jsonl")) {
    MESSAGE("SkillSpan data not found at " << dir << "; skipped");
    return;
  }
  auto catalog = InMemoryCatalog::starter();
  auto tagger = SkillTagger::train(SkillTagger::read_examples(dir + "skillspan-train.jsonl"), *catalog);
  auto dev = SkillTagger::read_examples(dir + "skillspan-dev.jsonl");
  // Partial-overlap F1 of predicted against gold byte spans.
  auto f1 = [&](const std::shared_ptr<const SkillTagger>& t) {
    Options options;
    options.skill_tagger = t;
    Pipeline pipeline(catalog, options);
    size_t pred = 0, gold = 0, hit_pred = 0, hit_gold = 0;
    for (const auto& ex : dev) {
      std::vector<std::pair<size_t, size_t>> found;
      for (const auto& s : pipeline.extract_skills(ex.text))
        for (const auto& ev : s.evidence) found.emplace_back(ev.byte_start, ev.byte_end);
      auto overlaps = [](auto a, auto b) { return a.first < b.second && b.first < a.second; };
      for (auto p : found) hit_pred += std::any_of(ex.spans.begin(), ex.spans.end(), [&](auto g) { return overlaps(p, g); });
      for (auto g : ex.spans) hit_gold += std::any_of(found.begin(), found.end(), [&](auto p) { return overlaps(p, g); });
      pred += found.size();
      gold += ex.spans.size();
    }
    double precision = pred ? double(hit_pred) / pred : 0, recall = gold ? double(hit_gold) / gold : 0;
    return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
  };
  double dictionary = f1(nullptr), tagged = f1(tagger);
  MESSAGE("SkillSpan dev partial-overlap F1, starter catalog: dictionary " << dictionary << ", tagger " << tagged);
  CHECK(tagged > dictionary + 0.2);
  CHECK(tagged > 0.5);  // the issue's target for partial F1 (measured 0.66 with ESCO)
}

TEST_CASE("tagger: deterministic run ids tell taggers apart, and a saved model keeps its identity") {
  auto catalog = InMemoryCatalog::starter();
  auto a = SkillTagger::train(pattern_examples(), *catalog, {4, 1});
  auto b = SkillTagger::train(pattern_examples(), *catalog, {4, 2});  // another visiting order: other weights
  fs::path p = fs::temp_directory_path() / "jdpipe-tagger-id.bin";
  a->save(p.string());
  auto a_again = SkillTagger::load(p.string());
  fs::remove(p);
  auto id_with = [&](std::shared_ptr<const SkillTagger> t) {
    Options o;
    o.deterministic_ids = true;
    o.skill_tagger = std::move(t);
    return Pipeline(catalog, o).run(testing::sample_jd(), "jd-1").run_id;
  };
  CHECK(id_with(a) == id_with(a_again));
  CHECK(id_with(a) != id_with(b));
  CHECK(id_with(a) != id_with(nullptr));
}

namespace {

/// GloVe text vectors in which the words of each group point the same way: metals, fruits, and
/// the fabricated skill words of pattern_examples next to new ones the annotations never show.
fs::path cluster_vectors() {
  std::string glove;
  auto add = [&](const std::string& word, int axis, float jitter) {
    glove += word;
    for (int d = 0; d < 8; ++d) glove += " " + std::to_string(d == axis ? 1.0f : jitter * static_cast<float>((d * 7 + word.size()) % 5) / 10);
    glove += "\n";
  };
  for (const char* w : {"iron", "copper", "zinc", "Tin"}) add(w, 0, 0.1f);
  for (const char* w : {"apple", "pear", "plum"}) add(w, 1, 0.1f);
  for (const char* w : {"vexar", "zintar", "oxlet", "harbex", "flanges", "quorbic", "grommet", "spindle", "plumbic",
                        "volute", "tensile", "brackish", "modelling", "design", "tuning", "casting", "audits", "filters",
                        "rigs", "drumlex", "kravid"})
    add(w, 2, 0.1f);
  return temp_file("clusters.txt", glove);
}

}  // namespace

TEST_CASE("tagger word clusters: like words share a cluster, lower-cased, the most frequent form first") {
  auto path = cluster_vectors();
  auto vectors = StaticVectorEmbedder::load(path.string());
  fs::remove(path);
  auto clusters = skills::word_clusters(*vectors, 3, 1);
  REQUIRE(clusters.size() == vectors->words().size());
  CHECK(clusters.at("iron") == clusters.at("zinc"));
  CHECK(clusters.at("tin") == clusters.at("copper"));  // "Tin" is looked up lower-cased
  CHECK(clusters.at("apple") == clusters.at("plum"));
  CHECK(clusters.at("vexar") == clusters.at("kravid"));
  CHECK(clusters.at("iron") != clusters.at("apple"));
  CHECK(clusters.at("apple") != clusters.at("vexar"));
  for (const auto& [word, c] : clusters) CHECK((c >= 1 && c <= 3));
  // More clusters than words: each word its own.
  CHECK(skills::word_clusters(*vectors, 1000, 1).size() == clusters.size());
}

TEST_CASE("tagger with word clusters: a skill word never annotated is found through its cluster; clusters survive save/load") {
  auto path = cluster_vectors();
  TaggerTraining training;
  training.word_vectors = StaticVectorEmbedder::load(path.string());
  training.clusters = 3;
  fs::remove(path);
  auto catalog = InMemoryCatalog::starter();
  // A skill word and another word in either order: the only clue is the word itself.
  std::vector<AnnotatedText> examples;
  const char* known[] = {"vexar", "zintar", "oxlet", "harbex", "flanges"};
  const char* other[] = {"iron", "copper", "apple", "pear", "zinc"};
  for (size_t i = 0; i < 40; ++i) {
    AnnotatedText ex;
    std::string skill = known[i % 5], noise = other[(i + 2) % 5];
    ex.text = i % 2 ? "Bring " + noise + " and " + skill + " tomorrow." : "Bring " + skill + " and " + noise + " tomorrow.";
    size_t at = ex.text.find(skill);
    ex.spans.emplace_back(at, at + skill.size());
    examples.push_back(std::move(ex));
  }
  auto with = SkillTagger::train(examples, *catalog, training);
  auto without = SkillTagger::train(examples, *catalog);
  CHECK(with->cluster_words() > 0);
  CHECK(without->cluster_words() == 0);
  // "kravid" shares no affix with the annotated words; its vector lies with theirs.
  std::string text = "Bring plum and kravid tomorrow.";
  CHECK(words(text, skills::tag_spans(with->model(), text, {})) == std::vector<std::string>{"kravid"});
  CHECK(skills::tag_spans(without->model(), text, {}).empty());

  fs::path p = fs::temp_directory_path() / "jdpipe-tagger-clusters.bin";
  with->save(p.string());
  auto back = SkillTagger::load(p.string());
  std::string bytes = testing::read_file(p.string());
  fs::remove(p);
  CHECK(back->cluster_words() == with->cluster_words());
  CHECK(back->model().fingerprint == with->model().fingerprint);
  CHECK(words(text, skills::tag_spans(back->model(), text, {})) == std::vector<std::string>{"kravid"});
  auto damaged = temp_file("clusters-cut.bin", bytes.substr(0, bytes.size() - 3));
  std::string message = error_of([&] { SkillTagger::load(damaged.string()); });
  fs::remove(damaged);
  CHECK(message.find("truncated word clusters") != std::string::npos);
}
