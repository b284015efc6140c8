// Walks every key path of the seed's JSON blocks and checks that our run has it.
#include <doctest/doctest.h>

#include "jdpipe/jdpipe.hpp"
#include "test_support.hpp"

namespace {

// The seed renders four JSON blocks, each starting with a "{" line after a heading line.
std::string seed_block(const std::string& seed, const std::string& heading) {
  size_t h = seed.find(heading);
  REQUIRE_MESSAGE(h != std::string::npos, heading);
  size_t b = seed.find("\n{\n", h);
  REQUIRE(b != std::string::npos);
  ++b;
  // The rendering lost its indentation: find the matching brace, minding strings.
  int depth = 0;
  bool in_string = false, escaped = false;
  for (size_t i = b; i < seed.size(); ++i) {
    char c = seed[i];
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{') {
      ++depth;
    } else if (c == '}' && --depth == 0) {
      return seed.substr(b, i - b + 1);
    }
  }
  FAIL("unbalanced JSON block after ", heading);
  return {};
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
    simdjson::padded_string block(seed_block(seed, blk.heading));
    simdjson::dom::element seed_json = seed_parser.parse(block);
    std::set<std::string> want, have;
    jdpipe::testing::collect_paths(seed_json, "", want);
    jdpipe::testing::collect_paths(run[blk.key], "", have);
    CHECK(want.size() > 10);
    for (const auto& path : want) CHECK_MESSAGE(have.count(path), blk.key, ": missing ", path);
  }
}
