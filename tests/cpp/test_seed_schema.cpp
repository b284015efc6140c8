// Walks every key path of the seed's JSON blocks and checks that our run has it.
#include <doctest/doctest.h>

#include "jdpipe/jdpipe.hpp"
#include "test_support.hpp"

namespace {

// The seed renders four JSON blocks, each after a heading line, each a "{" ... "}" at column 0.
std::string seed_block(const std::string& seed, const std::string& heading) {
  size_t h = seed.find(heading);
  REQUIRE_MESSAGE(h != std::string::npos, heading);
  size_t b = seed.find("\n{\n", h);
  REQUIRE(b != std::string::npos);
  size_t e = seed.find("\n}\n", b);
  if (e == std::string::npos) e = seed.rfind("\n}");
  return seed.substr(b + 1, e - b + 1);
}

}  // namespace

TEST_CASE("our run has every key path of the seed's parser, API 1, API 2 and API 3 blocks") {
  std::string seed = jdpipe::testing::read_file(JDPIPE_SOURCE_DIR "/../shared/seed/pipeline-run-example.txt");
  jdpipe::Pipeline pipeline;
  std::string ours = pipeline.run(jdpipe::testing::sample_jd()).to_json();
  simdjson::dom::parser run_parser;
  simdjson::dom::element run = run_parser.parse(ours);

  struct Block {
    const char* heading;
    const char* key;
  };
  for (Block blk : {Block{"Show raw JSON", "nano_parsed"}, Block{"API 1 \xE2\x80\x94 extract-from-jd", "api1"},
                    Block{"API 2 \xE2\x80\x94 extract-details", "api2"}, Block{"API 3 \xE2\x80\x94 final-role-output", "api3"}}) {
    CAPTURE(blk.key);
    simdjson::dom::parser seed_parser;
    simdjson::dom::element seed_json = seed_parser.parse(seed_block(seed, blk.heading));
    std::set<std::string> want, have;
    jdpipe::testing::collect_paths(seed_json, "", want);
    jdpipe::testing::collect_paths(run[blk.key], "", have);
    CHECK(want.size() > 10);
    for (const auto& path : want) CHECK_MESSAGE(have.count(path), blk.key, ": missing ", path);
  }
}
