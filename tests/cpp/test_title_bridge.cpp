// TitleBridge: a second catalog's titles vote for the roles they are bridged to.
#include <doctest/doctest.h>

#include <cmath>

#include "jdpipe/jdpipe.hpp"
#include "jdpipe/title_bridge.hpp"
#include "test_support.hpp"

using namespace jdpipe;

namespace {

// The catalog titles are resolved to: general names, few aliases.
const Pipeline& target_pipeline() {
  static Pipeline p(InMemoryCatalog::from_bundle_text(
      "{\"kind\":\"meta\",\"name\":\"target\"}\n"
      "{\"kind\":\"role\",\"slug\":\"counter-attendant\",\"display_name\":\"Counter Attendant\",\"aliases\":[\"kiosk clerk\"],"
      "\"kras\":[\"Serve customers at a counter\"]}\n"
      "{\"kind\":\"role\",\"slug\":\"vehicle-seller\",\"display_name\":\"Vehicle Seller\",\"aliases\":[\"kiosk clerk\"],"
      "\"kras\":[\"Sell cars\"]}\n"
      "{\"kind\":\"role\",\"slug\":\"floor-layer\",\"display_name\":\"Floor Layer\",\"aliases\":[\"parquet fitter\"],"
      "\"kras\":[\"Lay floors\"]}\n",
      "target.jsonl"));
  return p;
}

// The catalog rich in real-world titles: one of its roles shares two titles with the target.
const Pipeline& source_pipeline() {
  static Pipeline p(InMemoryCatalog::from_bundle_text(
      "{\"kind\":\"meta\",\"name\":\"source\"}\n"
      "{\"kind\":\"role\",\"slug\":\"retail-workers\",\"display_name\":\"Retail Workers\","
      "\"aliases\":[\"Counter Attendants\",\"Kiosk Clerk\",\"Floor Associate\",\"Store Crew\"],\"kras\":[\"Serve customers\"]}\n"
      "{\"kind\":\"role\",\"slug\":\"pilots\",\"display_name\":\"Pilots\",\"aliases\":[\"Aviator\"],\"kras\":[\"Fly\"]}\n",
      "source.jsonl"));
  return p;
}

}  // namespace

TEST_CASE("TitleBridge: links by shared normalised titles, a title on many roles counting less") {
  TitleBridge bridge(target_pipeline(), source_pipeline());
  // "Counter Attendants" = "Counter Attendant" (plural): 1; "Kiosk Clerk" on two target roles: 1/2 each.
  CHECK(bridge.link("retail-workers", "counter-attendant") == doctest::Approx(0.75));
  CHECK(bridge.link("retail-workers", "vehicle-seller") == doctest::Approx(0.25));
  CHECK(bridge.link("retail-workers", "floor-layer") == 0);
  CHECK(bridge.link("pilots", "counter-attendant") == 0);
  CHECK(bridge.linked_source_roles() == 1);
}

TEST_CASE("TitleBridge: a title only the source knows reaches the bridged role, and says through what") {
  // Without the bridge the target finds the role sharing a word ("floor"), not the counter attendant.
  auto plain = target_pipeline().resolve_title("Floor Associate", 3);
  REQUIRE_FALSE(plain.empty());
  CHECK(plain[0].slug != "counter-attendant");

  TitleBridge bridge(target_pipeline(), source_pipeline(), {.weight = 1.0, .pool = 50});
  auto hits = bridge.resolve_title("Floor Associate", 3);
  REQUIRE_FALSE(hits.empty());
  CHECK(hits[0].match.slug == "counter-attendant");
  CHECK(hits[0].vote == doctest::Approx(0.75));
  CHECK(hits[0].source_slug == "retail-workers");
  for (size_t i = 0; i < hits.size(); ++i) {
    CHECK(hits[i].match.score >= 0);
    CHECK(hits[i].match.score <= 1);
    if (i) CHECK(hits[i].match.score <= hits[i - 1].match.score);
    if (hits[i].vote == 0) CHECK(hits[i].source_slug.empty());
  }

  // Weight 0 is the feature off: the target's own order.
  TitleBridge off(target_pipeline(), source_pipeline(), {.weight = 0.0, .pool = 50});
  auto same = off.resolve_title("Floor Associate", 3);
  REQUIRE_FALSE(same.empty());
  CHECK(same[0].match.slug == plain[0].slug);
  CHECK(off.resolve_title("Floor Associate", 0).empty());
}

TEST_CASE("TitleBridge: bad options are errors naming the option") {
  std::string msg = testing::error_of([] { TitleBridge(target_pipeline(), source_pipeline(), {.weight = -1.0, .pool = 50}); });
  CHECK(msg.find("weight") != std::string::npos);
  msg = testing::error_of([] { TitleBridge(target_pipeline(), source_pipeline(), {.weight = NAN, .pool = 50}); });
  CHECK(msg.find("weight") != std::string::npos);
  msg = testing::error_of([] { TitleBridge(target_pipeline(), source_pipeline(), {.weight = 0.1, .pool = 0}); });
  CHECK(msg.find("pool") != std::string::npos);
}
