/* Compiles jdpipe.h alone as strict C99 (-std=c99 -Wall -Wextra -pedantic -Werror): the header
 * must be self-contained and free of C++ or compiler extensions. Never run, only compiled. */
#include <jdpipe/jdpipe.h>

#if JDP_ABI_VERSION != 1
#error "unexpected JDP_ABI_VERSION"
#endif

int jdp_header_test_c(void);

int jdp_header_test_c(void) {
  jdp_options opts = JDP_OPTIONS_INIT;
  jdp_buf buf = JDP_BUF_INIT;
  jdp_catalog *catalog = NULL;
  jdp_pipeline *pipeline = NULL;
  int (*open_fn)(jdp_catalog **, const char *) = jdp_catalog_open;
  int (*new_fn)(jdp_pipeline **, jdp_catalog *, const jdp_options *) = jdp_pipeline_new;
  int (*run_fn)(jdp_buf *, jdp_pipeline *, const char *, size_t, const char *) = jdp_run_json;
  int (*init_fn)(jdp_options *, unsigned int) = jdp_options_init;
  const char *(*str_fns[3])(void) = {jdp_version, jdp_last_error, 0};
  (void)str_fns;
  (void)open_fn;
  (void)new_fn;
  (void)run_fn;
  (void)init_fn;
  (void)jdp_catalog_free;
  (void)jdp_pipeline_free;
  (void)jdp_buf_dispose;
  (void)jdp_clear_error;
  (void)jdp_status_name;
  (void)catalog;
  (void)pipeline;
  (void)buf;
  return (int)opts.version + JDP_OK + JDP_EINVAL + JDP_ENOTFOUND + JDP_EPARSE + JDP_EIO +
         JDP_EPLUGIN + JDP_EINTERNAL + JDP_ENOMEM + JDP_VERSION_MAJOR + JDP_VERSION_MINOR +
         JDP_VERSION_PATCH + (int)sizeof(JDP_VERSION_STRING) + JDP_OPTIONS_VERSION;
}
