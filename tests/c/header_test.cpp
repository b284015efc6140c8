// Compiles jdpipe.h as C++ with warnings as errors: the extern "C" guard and the initialiser
// macros must work from C++ too. Never run, only compiled.
#include <jdpipe/jdpipe.h>

int jdp_header_test_cxx();

int jdp_header_test_cxx() {
  jdp_options opts = JDP_OPTIONS_INIT;
  jdp_buf buf = JDP_BUF_INIT;
  int (*run_fn)(jdp_buf *, jdp_pipeline *, const char *, size_t, const char *) = jdp_run_json;
  (void)run_fn;
  (void)buf;
  jdp_embedder_vtable vt = {JDP_EMBEDDER_VTABLE_VERSION, "x", 1, nullptr, nullptr};
  jdp_chat_answer answer = {JDP_BUF_INIT, JDP_BUF_INIT, 0, 0, 0.0};
  (void)vt;
  (void)answer;
  return static_cast<int>(opts.version) + (opts.skill_tagger == nullptr ? 0 : 1);
}
