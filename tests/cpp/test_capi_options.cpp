// JDP_OPTIONS_INIT (the C header's defaults, spelt out in C) equals jdpipe::Options{}. This was a
// static_assert in capi/src/jdpipe_c.cpp until Options held a shared_ptr (no literal type).
#include <doctest/doctest.h>

#include "../../capi/include/jdpipe/jdpipe.h"
#include "jdpipe/pipeline.hpp"

TEST_CASE("JDP_OPTIONS_INIT equals the C++ defaults") {
  const jdp_options c = JDP_OPTIONS_INIT;
  const jdpipe::Options cxx{};
  CHECK(c.version == JDP_OPTIONS_VERSION);
  CHECK(c.w_alias == cxx.w_alias);
  CHECK(c.w_kra == cxx.w_kra);
  CHECK(c.w_skill == cxx.w_skill);
  CHECK(c.accept_threshold == cxx.accept_threshold);
  CHECK(c.margin == cxx.margin);
  CHECK(c.new_role_threshold == cxx.new_role_threshold);
  CHECK(c.top_k == cxx.top_k);
  CHECK((c.deterministic_ids != 0) == cxx.deterministic_ids);
  CHECK((c.record_timings != 0) == cxx.record_timings);
  CHECK((c.persist != 0) == cxx.persist);
  CHECK(c.max_input_bytes == cxx.parse.max_input_bytes);
  CHECK(c.min_words == cxx.parse.min_words);
  CHECK(c.llm_stages == JDP_LLM_STAGE_ALL);
  CHECK((cxx.llm_stages.parse && cxx.llm_stages.extract_skills && cxx.llm_stages.adjudicate &&
         cxx.llm_stages.propose_role && cxx.llm_stages.enrich_skill));
  CHECK(c.skill_tagger == nullptr);
  CHECK(cxx.skill_tagger == nullptr);
}
