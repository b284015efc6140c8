#include <doctest/doctest.h>

#include <set>

#include "jdpipe/catalog.hpp"
#include "jdpipe/error.hpp"
#include "test_support.hpp"

using jdpipe::InMemoryCatalog;

namespace {
const std::string kMini = JDPIPE_SOURCE_DIR "/tests/data/mini-catalog.jsonl";
}

TEST_CASE("a bundle loads with ids, references and indices") {
  auto cat = InMemoryCatalog::from_bundle_file(kMini);
  auto d = cat->snapshot();
  CHECK(d->meta.name == "mini");
  CHECK(d->roles.size() == 4);
  CHECK(d->skills.size() == 7);
  CHECK(d->dimensions.size() == 3);
  const auto* api = d->skill_by_slug("api");
  REQUIRE(api);
  CHECK(api->aliases.size() == 2);
  CHECK(api->aliases[0].id > 0);
  CHECK(d->skill_by_id(api->id) == api);
  // Roles that link python: backend-engineer and data-engineer, in bundle order.
  const auto& with_python = d->roles_with_skill("python");
  REQUIRE(with_python.size() == 2);
  CHECK(d->roles[with_python[0]].slug == "backend-engineer");
  CHECK(d->roles[with_python[1]].slug == "data-engineer");
  CHECK(d->roles_with_dimension("api-design").size() == 1);
}

TEST_CASE("bad bundle lines are reported with their line number, or skipped on request") {
  std::string text =
      "{\"kind\":\"meta\",\"name\":\"t\"}\n"
      "{\"kind\":\"skill\",\"slug\":\"a\",\"display_name\":\"A\"}\n"
      "not json\n"
      "{\"kind\":\"skill\",\"slug\":\"b\",\"display_name\":\"B\",\"volatility\":\"WOBBLY\"}\n";
  try {
    InMemoryCatalog::from_bundle_text(text, "t.jsonl");
    FAIL("expected an error");
  } catch (const jdpipe::Error& e) {
    CHECK(std::string(e.what()).find("t.jsonl:3") != std::string::npos);
  }
  std::vector<std::string> skipped;
  auto cat = InMemoryCatalog::from_bundle_text(text, "t.jsonl", {true}, &skipped);
  CHECK(cat->snapshot()->skills.size() == 1);
  REQUIRE(skipped.size() == 2);
  CHECK(skipped[1].find("t.jsonl:4") != std::string::npos);
  CHECK(skipped[1].find("WOBBLY") != std::string::npos);
}

TEST_CASE("dangling references and repeated slugs fail the load naming the record") {
  auto expect_error = [](const std::string& text, const std::string& needle) {
    try {
      InMemoryCatalog::from_bundle_text(text, "x.jsonl");
      FAIL("expected an error");
    } catch (const jdpipe::Error& e) {
      CHECK_MESSAGE(std::string(e.what()).find(needle) != std::string::npos, e.what());
    }
  };
  expect_error("{\"kind\":\"role\",\"slug\":\"r\",\"display_name\":\"R\",\"skills\":[\"nope\"]}", "unknown skill 'nope'");
  expect_error("{\"kind\":\"skill\",\"slug\":\"s\",\"display_name\":\"S\",\"dimensions\":[\"d\"]}", "unknown dimension 'd'");
  expect_error("{\"kind\":\"skill\",\"slug\":\"s\",\"display_name\":\"S\"}\n{\"kind\":\"skill\",\"slug\":\"s\",\"display_name\":\"T\"}",
               "'s' appears twice");
  CHECK_THROWS_AS(InMemoryCatalog::from_bundle_file("/nonexistent/catalog.jsonl"), jdpipe::Error);
}

TEST_CASE("the starter catalog meets its size floor and keeps the seed's alias collision") {
  auto d = InMemoryCatalog::starter()->snapshot();
  CHECK(d->meta.name == "starter");
  CHECK(d->roles.size() >= 60);
  CHECK(d->skills.size() >= 400);
  CHECK(d->dimensions.size() >= 80);
  std::set<std::string> families;
  for (const auto& r : d->roles) {
    families.insert(r.role_archetype);
    CHECK_MESSAGE(r.aliases.size() >= 3, r.slug);
    CHECK_MESSAGE(r.kras.size() >= 6, r.slug);
    CHECK_MESSAGE(!r.skills.empty(), r.slug);
    CHECK_MESSAGE(!r.dimensions.empty(), r.slug);
  }
  CHECK(families.size() >= 8);
  for (const char* slug : {"backend-engineer", "backend-developer", "full-stack-engineer"}) {
    const auto* r = d->role_by_slug(slug);
    REQUIRE_MESSAGE(r, slug);
    CHECK_MESSAGE(std::find(r->aliases.begin(), r->aliases.end(), "Backend Developer") != r->aliases.end(), slug);
  }
}
