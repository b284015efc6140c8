// libFuzzer target: a whole pipeline run through the C API on the starter catalog, as a Go or
// Rust caller would make it. Every input must give a run (possibly rejected) as valid JSON.
#include <simdjson.h>

#include <cstdint>
#include <cstdlib>

#include "jdpipe/jdpipe.h"

namespace {
jdp_pipeline* pipeline() {
  static jdp_pipeline* p = [] {
    jdp_catalog* c = nullptr;
    jdp_pipeline* pl = nullptr;
    jdp_options o = JDP_OPTIONS_INIT;
    o.deterministic_ids = 1;
    if (jdp_catalog_open(&c, nullptr) != JDP_OK || jdp_pipeline_new(&pl, c, &o) != JDP_OK) std::abort();
    jdp_catalog_free(c);  // the pipeline keeps it alive
    return pl;
  }();
  return p;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  jdp_buf out = JDP_BUF_INIT;
  int rc = jdp_run_json(&out, pipeline(), reinterpret_cast<const char*>(data), size, nullptr);
  if (rc != JDP_OK) std::abort();
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.parse(out.ptr, out.size).get(doc)) std::abort();
  jdp_buf_dispose(&out);
  return 0;
}
