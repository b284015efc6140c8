// Limits and pathological inputs: each completes with a run (never a crash, never memory in
// proportion to mentions x sentence length), and the per-JD time limit rejects with a reason.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "jdpipe/jdpipe.hpp"

using namespace jdpipe;

namespace {

const Pipeline& pipeline() {
  static Pipeline p;
  return p;
}

Run timed_run(const std::string& jd, const char* what) {
  auto t0 = std::chrono::steady_clock::now();
  Run r = pipeline().run(jd);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
  MESSAGE(std::string(what) << ": " << jd.size() << " bytes in " << ms << " ms");
  return r;
}

/// Evidence stays bounded: a few quotes per skill, each a window of its sentence.
void check_bounded_evidence(const Run& r) {
  for (const auto& s : r.api1.final_skills) {
    CHECK(s.evidence.size() <= 16);
    for (const auto& ev : s.evidence) CHECK(ev.sentence.size() <= 480);
  }
}

}  // namespace

TEST_CASE("a 1 MB single line of repeated skill words completes with bounded evidence") {
  std::string jd = "Job Title: Backend Engineer\nResponsibilities: ";
  while (jd.size() < 1'000'000) jd += "build python services with java and kubernetes for customers ";
  Run r = timed_run(jd, "1 MB line");
  REQUIRE_FALSE(r.rejected());
  CHECK_FALSE(r.api1.final_skills.empty());
  check_bounded_evidence(r);
  // The JSON grows with the input, not with mentions x sentence length.
  CHECK(r.to_json(-1).size() < 20 * jd.size());
}

TEST_CASE("100,000 bullets complete") {
  std::string jd = "Job Title: Data Engineer\nResponsibilities:\n";
  for (int i = 0; i < 100'000; ++i) jd += "- Ship SQL\n";
  Run r = timed_run(jd, "100k bullets");
  REQUIRE_FALSE(r.rejected());
  check_bounded_evidence(r);
}

TEST_CASE("one word repeated 200,000 times completes") {
  std::string jd = "Job Title: Engineer\nResponsibilities:\n";
  for (int i = 0; i < 200'000; ++i) jd += "python ";
  Run r = timed_run(jd, "repeated word");
  REQUIRE_FALSE(r.rejected());
  REQUIRE(r.api1.final_skills.size() == 1);
  check_bounded_evidence(r);
}

TEST_CASE("input over the maximum size is rejected as too long without being parsed") {
  Options o;
  o.parse.max_input_bytes = 1000;
  Pipeline p(nullptr, o);
  Run r = p.run(std::string(1001, 'a'));
  REQUIRE(r.rejected());
  CHECK(r.api1.rejection_reason == "too_long");
}

TEST_CASE("the per-JD time limit rejects a run with a reason naming the stage") {
  Options o;
  o.time_limit_ms = 1e-6;  // every run is past it after its first stage
  Pipeline p(nullptr, o);
  Run r = p.run("Job Title: Backend Engineer\nResponsibilities:\n- Build APIs in Node.js\n");
  REQUIRE(r.rejected());
  CHECK(r.api1.rejection_reason == "time_limit_exceeded");
  REQUIRE(r.fallbacks.size() == 1);
  CHECK(r.fallbacks[0].reason.find("after stage parse") != std::string::npos);

  Options generous;
  generous.time_limit_ms = 60'000;
  CHECK_FALSE(Pipeline(nullptr, generous).run("Job Title: Backend Engineer\nResponsibilities:\n- Build APIs\n").rejected());

  Options bad;
  bad.time_limit_ms = -1;
  CHECK_THROWS_WITH_AS(Pipeline(nullptr, bad), doctest::Contains("time_limit_ms"), Error);
}

TEST_CASE("fuzz regressions: invalid UTF-8 inside HTML markup is rejected, a blank name fails the bundle load") {
  // Found by fuzz_capi_run: the markup path parsed a cleaned copy while later stages quoted the
  // original bytes, so 0xFF reached the run JSON.
  Run r = pipeline().run("<p>Job Title: Backend Engineer</p><p>Build APIs in Node.js. Mail your CV to <a hre\xff\xff>us</a></p>");
  REQUIRE(r.rejected());
  CHECK(r.api1.rejection_reason == "invalid_utf8");
  // Found by fuzz_bundle: a skill with a blank display name loaded, but was written back as a
  // bundle that did not.
  CHECK_THROWS_WITH_AS(
      InMemoryCatalog::from_bundle_text(R"({"kind":"skill","slug":"triage","display_name":" ","category":"Care"})", "blank"),
      doctest::Contains("field 'display_name' must not be blank"), Error);
}
