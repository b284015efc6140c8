#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "jdpipe/bundle.hpp"
#include "jdpipe/catalog.hpp"
#include "jdpipe/error.hpp"
#include "test_support.hpp"

using jdpipe::CatalogData;
using jdpipe::InMemoryCatalog;

namespace {

std::shared_ptr<const CatalogData> load(std::string_view text, std::string_view name = "bundle.jsonl") {
  return InMemoryCatalog::from_bundle_text(text, name)->snapshot();
}

void check_same_records(const CatalogData& a, const CatalogData& b) {
  CHECK(a.meta == b.meta);
  REQUIRE(a.dimensions.size() == b.dimensions.size());
  REQUIRE(a.skills.size() == b.skills.size());
  REQUIRE(a.roles.size() == b.roles.size());
  for (size_t i = 0; i < a.dimensions.size(); ++i) CHECK_MESSAGE(a.dimensions[i] == b.dimensions[i], a.dimensions[i].slug);
  for (size_t i = 0; i < a.skills.size(); ++i) CHECK_MESSAGE(a.skills[i] == b.skills[i], a.skills[i].slug);
  for (size_t i = 0; i < a.roles.size(); ++i) CHECK_MESSAGE(a.roles[i] == b.roles[i], a.roles[i].slug);
}

std::filesystem::path fresh_temp_dir(const std::string& tag) {
  auto dir = std::filesystem::temp_directory_path() /
             ("jdpipe-" + tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("bundle writer: the starter catalog round-trips to equal records") {
  auto first = load(jdpipe::starter_catalog_bundle(), "starter-catalog.jsonl");
  std::string text = jdpipe::to_bundle_text(*first);
  auto second = load(text);
  check_same_records(*first, *second);
  // Writing the reloaded records gives the same text again.
  CHECK(jdpipe::to_bundle_text(*second) == text);
}

TEST_CASE("bundle writer: the mini bundle round-trips to equal records") {
  auto first = InMemoryCatalog::from_bundle_file(JDPIPE_SOURCE_DIR "/tests/data/mini-catalog.jsonl")->snapshot();
  auto second = load(jdpipe::to_bundle_text(*first));
  check_same_records(*first, *second);
  const auto* go = second->skill_by_slug("go");
  REQUIRE(go);
  REQUIRE(go->aliases.size() == 2);
  CHECK(go->aliases[0].match == "CASE_SENSITIVE");
  CHECK(go->aliases[1].text == "Golang");
}

TEST_CASE("bundle writer: line kinds in order, kind first, references by slug") {
  auto data = InMemoryCatalog::from_bundle_file(JDPIPE_SOURCE_DIR "/tests/data/mini-catalog.jsonl")->snapshot();
  std::string text = jdpipe::to_bundle_text(*data);
  std::vector<std::string> kinds;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    REQUIRE(nl != std::string::npos);  // every line ends with a newline
    std::string line = text.substr(pos, nl - pos);
    pos = nl + 1;
    REQUIRE(line.rfind("{\"kind\":\"", 0) == 0);
    std::string kind = line.substr(9, line.find('"', 9) - 9);
    if (kinds.empty() || kinds.back() != kind) kinds.push_back(kind);
  }
  CHECK(kinds == std::vector<std::string>{"meta", "dimension", "skill", "role"});
  CHECK(text.find("\"skills\":[\"api\",\"node-js\",\"python\",\"go\"]") != std::string::npos);
  CHECK(text.find("\"dimensions\":[\"data-pipelines\",\"api-design\"]") != std::string::npos);
  CHECK(text.find("\"external_id\":null") != std::string::npos);
}

TEST_CASE("bundle writer: escaping, optional fields and fresh records survive a reload") {
  CatalogData d;
  d.meta = {"t\"q", "1", "line one\nline two\ttab", "CC0"};
  jdpipe::Dimension dim;
  dim.slug = "d";
  dim.display_name = "Dimension \"D\" \\ back";
  dim.source = "llm";
  d.dimensions.push_back(dim);
  jdpipe::Skill s;
  s.slug = "c-plus-plus";
  s.display_name = "C++ — Straße";
  s.external_id = "http://example.org/skill/1";
  s.ai_related = true;
  s.is_extractable = false;
  s.aliases = {{0, "C++ — Straße", "CANONICAL", "EXACT", true}, {0, "cpp", "ABBREVIATION", "CASE_SENSITIVE", false}};
  s.dimensions = {"d"};
  d.skills.push_back(s);
  jdpipe::Role r;
  r.slug = "r";
  r.display_name = "R";
  r.rationale = "Why\r\nnot";
  r.kras = {"K1 \"quoted\"", "K2 \u00e9"};
  r.skills = {"c-plus-plus"};
  r.dimensions = {"d"};
  r.source = "llm";
  d.roles.push_back(r);
  d.finalize();
  auto back = load(jdpipe::to_bundle_text(d));
  check_same_records(d, *back);
}

TEST_CASE("bundle writer: write_bundle writes a loadable file and names the path on failure") {
  auto data = load(jdpipe::starter_catalog_bundle(), "starter-catalog.jsonl");
  auto dir = fresh_temp_dir("bundle");
  std::string path = (dir / "out.jsonl").string();
  jdpipe::write_bundle(*data, path);
  auto reread = InMemoryCatalog::from_bundle_file(path)->snapshot();
  check_same_records(*data, *reread);
  // Nothing but the bundle is left in the folder.
  size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) files += e.is_regular_file();
  CHECK(files == 1);

  std::string bad = (dir / "no-such-folder" / "out.jsonl").string();
  try {
    jdpipe::write_bundle(*data, bad);
    FAIL("expected an error");
  } catch (const jdpipe::Error& e) {
    CHECK(e.code() == jdpipe::Error::Code::kIO);
    CHECK(std::string(e.what()).find(bad) != std::string::npos);
  }
  std::filesystem::remove_all(dir);
}
