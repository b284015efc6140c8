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
  {
    jdp_embedder_vtable evt;
    jdp_llm_vtable lvt;
    jdp_chat_answer answer;
    jdp_run *run = NULL;
    int (*batch_fn)(jdp_run **, jdp_pipeline *, const char *const *, const size_t *, const char *const *, size_t,
                    unsigned int) = jdp_pipeline_run_batch;
    int (*with_fn)(jdp_pipeline **, jdp_catalog *, const jdp_options *, jdp_embedder *, jdp_llm *) =
        jdp_pipeline_new_with;
    int (*import_fn)(jdp_catalog **, const char *, const char *, unsigned int) = jdp_catalog_import;
    int (*persist_fn)(jdp_buf *, jdp_catalog *, const jdp_run *) = jdp_catalog_persist;
    int (*train_fn)(const char *const *, size_t, jdp_catalog *, int, const char *) = jdp_skill_tagger_train;
    evt.version = JDP_EMBEDDER_VTABLE_VERSION;
    evt.name = "x";
    evt.dim = 1;
    evt.embed = 0;
    evt.free_user_data = 0;
    lvt.version = JDP_LLM_VTABLE_VERSION;
    lvt.name = "x";
    lvt.chat = 0;
    lvt.free_user_data = 0;
    answer.prompt_tokens = 0;
    (void)evt;
    (void)lvt;
    (void)answer;
    (void)run;
    (void)batch_fn;
    (void)with_fn;
    (void)import_fn;
    (void)persist_fn;
    (void)train_fn;
    (void)jdp_run_chosen_role;
    (void)jdp_resolve_title_json;
    (void)jdp_extract_skills_json;
    (void)jdp_link_skill_json;
    (void)jdp_catalog_export;
    (void)jdp_catalog_stats_json;
    (void)jdp_embedder_new;
    (void)jdp_llm_new;
    (void)jdp_buf_set;
    (void)jdp_llm_new_caching;
    (void)jdp_parse_json;
    (void)jdp_llm_new_openai;
    (void)jdp_embedder_new_hashing;
    (void)jdp_embedder_embed;
  }
  return (int)opts.version + JDP_OK + JDP_EINVAL + JDP_ENOTFOUND + JDP_EPARSE + JDP_EIO +
         JDP_EPLUGIN + JDP_EINTERNAL + JDP_ENOMEM + JDP_VERSION_MAJOR + JDP_VERSION_MINOR +
         JDP_VERSION_PATCH + (int)sizeof(JDP_VERSION_STRING) + JDP_OPTIONS_VERSION + (int)JDP_LLM_STAGE_ALL +
         (int)JDP_IMPORT_ONET_TOOLS_USED + (int)opts.min_words + (opts.skill_tagger == NULL);
}
