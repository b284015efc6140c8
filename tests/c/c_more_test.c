/* Tests of the C ABI beyond a single run: plug-in vtables (embedder, LLM), runs as handles,
 * batches on native threads, the lookups, persisting, options versions, and catalog import,
 * export and stats. Plain C99; prints "N passed, M failed" last. */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
#include <jdpipe/jdpipe.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

#ifndef JDPIPE_SOURCE_DIR
#error "JDPIPE_SOURCE_DIR must be defined"
#endif


static int write_text(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  if (!f) return 0;
  fputs(text, f);
  return fclose(f) == 0;
}


/* The smallest and largest number after each occurrence of `key` (e.g. "\"similarity\":") in
 * a JSON text; returns how many there were. */
static int number_range(const char *json, const char *key, double *lo, double *hi) {
  int n = 0;
  const char *p = json;
  *lo = 1e300;
  *hi = -1e300;
  while (p && (p = strstr(p, key)) != NULL) {
    double v;
    char *end;
    p += strlen(key);
    v = strtod(p, &end);
    if (end == p) continue; /* null */
    if (v < *lo) *lo = v;
    if (v > *hi) *hi = v;
    ++n;
  }
  return n;
}

static char *g_sample = NULL;
static size_t g_sample_len = 0;

/* ---- A C embedder: every text to the same vector, so that every KRA similarity is 1 ---- */

typedef struct {
  pthread_mutex_t mu;
  long calls;
  long texts;
  int fail; /* non-zero: embed reports an error */
  int freed;
} const_embedder;

static int const_embed(void *user_data, const char *const *texts, const size_t *lens, size_t count, float *out,
                       char *err, size_t err_size) {
  const_embedder *e = (const_embedder *)user_data;
  size_t i;
  const int dim = 8;
  pthread_mutex_lock(&e->mu);
  e->calls += 1;
  e->texts += (long)count;
  pthread_mutex_unlock(&e->mu);
  if (e->fail) {
    snprintf(err, err_size, "model offline (%u texts)", (unsigned)count);
    return 1;
  }
  for (i = 0; i < count; ++i) {
    int d;
    if (texts[i] == NULL || strlen(texts[i]) != lens[i]) return 2; /* NUL-terminated as promised */
    for (d = 0; d < dim; ++d) out[i * dim + d] = d == 0 ? 3.0f : 0.0f; /* normalised by the library */
  }
  return 0;
}

static void const_free(void *user_data) {
  const_embedder *e = (const_embedder *)user_data;
  e->freed += 1;
}

/* The constant embedder as a jdp_embedder named `name`; `state` must be set up first. */
static jdp_embedder *new_const_embedder(const_embedder *state, const char *name) {
  jdp_embedder_vtable vt;
  jdp_embedder *emb = NULL;
  memset(&vt, 0, sizeof vt);
  vt.version = JDP_EMBEDDER_VTABLE_VERSION;
  vt.name = name;
  vt.dim = 8;
  vt.embed = const_embed;
  vt.free_user_data = const_free;
  CHECK_RC(jdp_embedder_new(&emb, &vt, state), JDP_OK);
  return emb;
}

static void test_c_embedder_changes_kra_scores(jdp_catalog *cat) {
  const_embedder state;
  jdp_embedder *emb = NULL;
  jdp_pipeline *plain = NULL, *custom = NULL;
  jdp_options opts = JDP_OPTIONS_INIT;
  jdp_buf a = JDP_BUF_INIT, b = JDP_BUF_INIT;
  double lo_a, hi_a, lo_b, hi_b;
  int n_a, n_b;

  memset(&state, 0, sizeof state);
  pthread_mutex_init(&state.mu, NULL);
  emb = new_const_embedder(&state, "c-constant-8");
  opts.deterministic_ids = 1;
  CHECK_RC(jdp_pipeline_new_with(&plain, cat, &opts, NULL, NULL), JDP_OK);
  CHECK_RC(jdp_pipeline_new_with(&custom, cat, &opts, emb, NULL), JDP_OK);
  CHECK(state.calls > 0); /* the catalog's KRAs were embedded while building */
  jdp_embedder_free(emb); /* the pipeline keeps it */
  CHECK(state.freed == 0);
  if (!plain || !custom) goto done;

  CHECK_RC(jdp_run_json(&a, plain, g_sample, g_sample_len, "s"), JDP_OK);
  state.calls = 0;
  CHECK_RC(jdp_run_json(&b, custom, g_sample, g_sample_len, "s"), JDP_OK);
  CHECK(state.calls > 0);
  if (!a.ptr || !b.ptr) goto done;
  n_a = number_range(a.ptr, "\"similarity\":", &lo_a, &hi_a);
  n_b = number_range(b.ptr, "\"similarity\":", &lo_b, &hi_b);
  CHECK(n_a > 0 && n_b > 0);
  /* The hashing embedder gives varied similarities below 1; the constant one gives 1 each. */
  CHECK(hi_a < 0.999 && lo_a < hi_a);
  CHECK(lo_b > 0.9999 && hi_b < 1.0001);
  /* And the fused candidates' KRA scores differ. */
  n_a = number_range(a.ptr, "\"kra\":", &lo_a, &hi_a);
  n_b = number_range(b.ptr, "\"kra\":", &lo_b, &hi_b);
  CHECK(n_a > 0 && n_b > 0);
  CHECK(hi_b > hi_a);
  CHECK(strcmp(a.ptr, b.ptr) != 0);

  /* A failing embedder during a run is a fallback, not an error. */
  jdp_buf_dispose(&b);
  state.fail = 1;
  CHECK_RC(jdp_run_json(&b, custom, g_sample, g_sample_len, "s"), JDP_OK);
  CHECK(contains(&b, "\"kra_signal\""));
  CHECK(contains(&b, "model offline"));
  state.fail = 0;

done:
  jdp_buf_dispose(&a);
  jdp_buf_dispose(&b);
  jdp_pipeline_free(plain);
  CHECK(state.freed == 0);
  jdp_pipeline_free(custom);
  CHECK(state.freed == 1); /* exactly once, with the last user */
  pthread_mutex_destroy(&state.mu);
}

static void test_c_embedder_failing_at_build(jdp_catalog *cat) {
  const_embedder state;
  jdp_embedder_vtable vt;
  jdp_embedder *emb = NULL;
  jdp_pipeline *p = (jdp_pipeline *)&g_passed;
  memset(&state, 0, sizeof state);
  pthread_mutex_init(&state.mu, NULL);
  state.fail = 1;
  emb = new_const_embedder(&state, "c-failing");
  CHECK_RC(jdp_pipeline_new_with(&p, cat, NULL, emb, NULL), JDP_EPLUGIN);
  CHECK(p == NULL);
  CHECK(strstr(jdp_last_error(), "model offline") != NULL);
  CHECK(strstr(jdp_last_error(), "c-failing") != NULL);
  jdp_embedder_free(emb);
  CHECK(state.freed == 1);

  /* Bad vtables are refused and do not take ownership. */
  state.freed = 0;
  memset(&vt, 0, sizeof vt);
  vt.name = "c-failing";
  vt.dim = 8;
  vt.embed = const_embed;
  vt.free_user_data = const_free;
  vt.version = 99;
  CHECK_RC(jdp_embedder_new(&emb, &vt, &state), JDP_EINVAL);
  CHECK(emb == NULL && strstr(jdp_last_error(), "99") != NULL);
  vt.version = JDP_EMBEDDER_VTABLE_VERSION;
  vt.dim = 0;
  CHECK_RC(jdp_embedder_new(&emb, &vt, &state), JDP_EINVAL);
  vt.dim = 8;
  vt.embed = NULL;
  CHECK_RC(jdp_embedder_new(&emb, &vt, &state), JDP_EINVAL);
  CHECK_RC(jdp_embedder_new(&emb, NULL, &state), JDP_EINVAL);
  CHECK(state.freed == 0);
  pthread_mutex_destroy(&state.mu);
}

static void test_hashing_embedder(void) {
  jdp_embedder *emb = NULL;
  const char *texts[2] = {"Designs REST APIs", "Designs REST APIs"};
  float *out;
  int dim = 0, i;
  double norm = 0, dot = 0;
  CHECK_RC(jdp_embedder_new_hashing(&emb, 64), JDP_OK);
  CHECK_RC(jdp_embedder_embed(emb, texts, 2, NULL, &dim), JDP_OK);
  CHECK(dim == 64);
  out = (float *)calloc(128, sizeof(float));
  CHECK_RC(jdp_embedder_embed(emb, texts, 2, out, NULL), JDP_OK);
  for (i = 0; i < 64; ++i) {
    norm += (double)out[i] * out[i];
    dot += (double)out[i] * out[64 + i];
  }
  CHECK(norm > 0.999 && norm < 1.001);
  CHECK(dot > 0.999);
  free(out);
  jdp_embedder_free(emb);
  CHECK_RC(jdp_embedder_new_hashing(&emb, 0), JDP_EINVAL);
  CHECK(emb == NULL);
}

/* ---- A C LLM provider: answers adjudicate_role only ---- */

typedef struct {
  pthread_mutex_t mu;
  int calls;
  int adjudications;
  int saw_schema;
  int freed;
} c_llm;

static int c_chat(void *user_data, const char *request_json, size_t request_len, jdp_chat_answer *answer, char *err,
                  size_t err_size) {
  c_llm *l = (c_llm *)user_data;
  static const char kAnswer[] = "{\"slug\":\"backend-engineer\",\"confidence\":0.8,\"reasoning\":\"from C\"}";
  int adjudicate = strstr(request_json, "\"task\":\"adjudicate_role\"") != NULL;
  pthread_mutex_lock(&l->mu);
  l->calls += 1;
  if (adjudicate) l->adjudications += 1;
  if (strlen(request_json) == request_len && strstr(request_json, "\"json_schema\":") &&
      strstr(request_json, "\"messages\":[{"))
    l->saw_schema += 1;
  pthread_mutex_unlock(&l->mu);
  if (!adjudicate) {
    snprintf(err, err_size, "no answer for this task");
    return 1;
  }
  if (jdp_buf_set(&answer->text, kAnswer, sizeof kAnswer - 1) != JDP_OK) return 1;
  if (jdp_buf_set(&answer->model, "c-model", 7) != JDP_OK) return 1;
  answer->prompt_tokens = 10;
  answer->completion_tokens = 5;
  answer->cost_usd = 0.001;
  return 0;
}

static void c_llm_free(void *user_data) { ((c_llm *)user_data)->freed += 1; }

static void test_c_llm(jdp_catalog *cat) {
  c_llm state;
  jdp_llm_vtable vt;
  jdp_llm *llm = NULL;
  jdp_pipeline *p = NULL;
  jdp_options opts = JDP_OPTIONS_INIT;
  jdp_run *run = NULL;
  jdp_buf json = JDP_BUF_INIT;

  memset(&state, 0, sizeof state);
  pthread_mutex_init(&state.mu, NULL);
  memset(&vt, 0, sizeof vt);
  vt.version = JDP_LLM_VTABLE_VERSION;
  vt.name = "c-scripted";
  vt.chat = c_chat;
  vt.free_user_data = c_llm_free;
  CHECK_RC(jdp_llm_new(&llm, &vt, &state), JDP_OK);
  opts.llm_stages = JDP_LLM_STAGE_ADJUDICATE;
  CHECK_RC(jdp_pipeline_new_with(&p, cat, &opts, NULL, llm), JDP_OK);
  jdp_llm_free(llm);
  if (p) {
    CHECK_RC(jdp_pipeline_run(&run, p, g_sample, g_sample_len, "llm"), JDP_OK);
    CHECK(state.adjudications == 1);
    CHECK(state.calls == 1); /* only the adjudicate stage asks */
    CHECK(state.saw_schema == 1);
    CHECK(jdp_run_chosen_role(run) && strcmp(jdp_run_chosen_role(run), "backend-engineer") == 0);
    CHECK(jdp_run_confidence(run) > 0.79 && jdp_run_confidence(run) < 0.81);
    CHECK_RC(jdp_run_to_json(&json, run, -1), JDP_OK);
    CHECK(contains(&json, "\"llm2_fired\":true"));
    CHECK(contains(&json, "from C"));
    jdp_buf_dispose(&json);
    jdp_run_free(run);
    run = NULL;
  }
  jdp_pipeline_free(p);
  p = NULL;
  CHECK(state.freed == 1);

  /* All stages on: the failing ones fall back and are listed. */
  memset(&state, 0, sizeof state);
  pthread_mutex_init(&state.mu, NULL);
  CHECK_RC(jdp_llm_new(&llm, &vt, &state), JDP_OK);
  opts.llm_stages = JDP_LLM_STAGE_ALL;
  CHECK_RC(jdp_pipeline_new_with(&p, cat, &opts, NULL, llm), JDP_OK);
  if (p) {
    CHECK_RC(jdp_run_json(&json, p, g_sample, g_sample_len, "llm"), JDP_OK);
    CHECK(state.calls > 1);
    CHECK(contains(&json, "no answer for this task"));
    jdp_buf_dispose(&json);
  }
  jdp_pipeline_free(p);
  CHECK(state.freed == 0); /* the handle still holds it */
  jdp_llm_free(llm);
  CHECK(state.freed == 1);

  vt.version = 0;
  CHECK_RC(jdp_llm_new(&llm, &vt, &state), JDP_EINVAL);
  CHECK(llm == NULL);
  opts.llm_stages = 1u << 7;
  CHECK_RC(jdp_pipeline_new(&p, cat, &opts), JDP_EINVAL);
  CHECK(strstr(jdp_last_error(), "llm_stages") != NULL);
  CHECK_RC(jdp_llm_new_openai(&llm, NULL, NULL, NULL), JDP_EINVAL);
  CHECK_RC(jdp_llm_new_openai(&llm, "gpt-4.1-nano", "http://127.0.0.1:9/v1", "k"), JDP_OK);
  jdp_llm_free(llm);
  pthread_mutex_destroy(&state.mu);
}

/* Record the C provider's answers in a cache, then replay them without any provider. */
static void test_c_llm_cache(jdp_catalog *cat, const char *dir) {
  c_llm state;
  jdp_llm_vtable vt;
  jdp_llm *llm = NULL, *cached = NULL;
  jdp_pipeline *p = NULL;
  jdp_options opts = JDP_OPTIONS_INIT;
  jdp_run *run = NULL;
  char path[1024];

  snprintf(path, sizeof path, "%s/llm-cache.db", dir);
  memset(&state, 0, sizeof state);
  pthread_mutex_init(&state.mu, NULL);
  memset(&vt, 0, sizeof vt);
  vt.version = JDP_LLM_VTABLE_VERSION;
  vt.name = "c-scripted";
  vt.chat = c_chat;
  vt.free_user_data = c_llm_free;
  opts.llm_stages = JDP_LLM_STAGE_ADJUDICATE;

  CHECK_RC(jdp_llm_new(&llm, &vt, &state), JDP_OK);
  CHECK_RC(jdp_llm_new_caching(&cached, llm, path, "record", NULL), JDP_OK);
  jdp_llm_free(llm);
  CHECK_RC(jdp_pipeline_new_with(&p, cat, &opts, NULL, cached), JDP_OK);
  jdp_llm_free(cached);
  cached = NULL;
  if (p) {
    CHECK_RC(jdp_pipeline_run(&run, p, g_sample, g_sample_len, NULL), JDP_OK);
    CHECK(state.adjudications == 1);
    CHECK(jdp_run_confidence(run) > 0.79 && jdp_run_confidence(run) < 0.81);
    jdp_run_free(run);
    run = NULL;
  }
  jdp_pipeline_free(p);
  p = NULL;
  CHECK(state.freed == 1);

  /* Replay: no provider at all, the same answer from the file. */
  CHECK_RC(jdp_llm_new_caching(&cached, NULL, path, "replay", "c-scripted"), JDP_OK);
  CHECK_RC(jdp_pipeline_new_with(&p, cat, &opts, NULL, cached), JDP_OK);
  jdp_llm_free(cached);
  if (p) {
    CHECK_RC(jdp_pipeline_run(&run, p, g_sample, g_sample_len, NULL), JDP_OK);
    CHECK(jdp_run_chosen_role(run) && strcmp(jdp_run_chosen_role(run), "backend-engineer") == 0);
    CHECK(jdp_run_confidence(run) > 0.79 && jdp_run_confidence(run) < 0.81);
    jdp_run_free(run);
  }
  jdp_pipeline_free(p);
  CHECK(state.adjudications == 1); /* not asked again */

  CHECK_RC(jdp_llm_new_caching(&cached, NULL, path, "sometimes", "m"), JDP_EINVAL);
  CHECK(cached == NULL && strstr(jdp_last_error(), "sometimes") != NULL);
  CHECK_RC(jdp_llm_new_caching(&cached, NULL, path, "read-write", "m"), JDP_EINVAL);
  CHECK_RC(jdp_llm_new_caching(&cached, NULL, NULL, NULL, NULL), JDP_EINVAL);
  pthread_mutex_destroy(&state.mu);
}

/* ---- Runs as handles, batches, lookups ---- */

static void test_run_handle(jdp_pipeline *p) {
  jdp_run *run = NULL, *bad = NULL;
  jdp_buf json = JDP_BUF_INIT, again = JDP_BUF_INIT;
  CHECK_RC(jdp_pipeline_run(&run, p, g_sample, g_sample_len, "sample"), JDP_OK);
  CHECK(run != NULL);
  CHECK(jdp_run_rejected(run) == 0);
  CHECK(jdp_run_rejection_reason(run) == NULL);
  CHECK(strlen(jdp_run_case(run)) == 1 && strchr("ABCD", jdp_run_case(run)[0]) != NULL);
  CHECK(jdp_run_chosen_role(run) && strcmp(jdp_run_chosen_role(run), "backend-engineer") == 0);
  CHECK(jdp_run_confidence(run) > 0 && jdp_run_confidence(run) <= 1);
  CHECK(jdp_run_skill_count(run) > 0);
  CHECK(jdp_run_skill(run, 0) != NULL && jdp_run_skill(run, jdp_run_skill_count(run)) == NULL);
  CHECK(strlen(jdp_run_id(run)) > 0);
  CHECK_RC(jdp_run_to_json(&json, run, -1), JDP_OK);
  CHECK(contains(&json, "\"input_id\":\"sample\""));
  CHECK(contains(&json, jdp_run_id(run)));
  CHECK_RC(jdp_run_to_json(&again, run, 2), JDP_OK);
  CHECK(again.size > json.size && strchr(again.ptr, '\n') != NULL);
  jdp_buf_dispose(&json);
  jdp_buf_dispose(&again);

  CHECK_RC(jdp_pipeline_run(&bad, p, "", 0, NULL), JDP_OK);
  CHECK(jdp_run_rejected(bad) == 1);
  CHECK(jdp_run_rejection_reason(bad) != NULL);
  CHECK(strcmp(jdp_run_case(bad), "") == 0);
  CHECK(jdp_run_chosen_role(bad) == NULL);
  CHECK(jdp_run_confidence(bad) == 0);
  jdp_run_free(bad);
  jdp_run_free(run);

  /* NULLs */
  CHECK(jdp_run_id(NULL) == NULL && jdp_run_case(NULL) == NULL && jdp_run_skill_count(NULL) == 0);
  CHECK_RC(jdp_pipeline_run(NULL, p, "x", 1, NULL), JDP_EINVAL);
  CHECK_RC(jdp_pipeline_run(&run, NULL, "x", 1, NULL), JDP_EINVAL);
  CHECK(run == NULL);
  CHECK_RC(jdp_pipeline_run(&run, p, NULL, 3, NULL), JDP_EINVAL);
  CHECK_RC(jdp_pipeline_run(&run, p, "x", 1, "\xff\xfe"), JDP_EINVAL);
  CHECK_RC(jdp_run_to_json(&json, NULL, -1), JDP_EINVAL);
  jdp_run_free(NULL);
}

static void test_batch(jdp_pipeline *p) {
  enum { N = 6 };
  const char *texts[N];
  const char *ids[N] = {"a", "b", NULL, "d", "e", "f"};
  jdp_run *runs[N];
  jdp_run *single = NULL;
  jdp_buf x = JDP_BUF_INIT, y = JDP_BUF_INIT;
  int i;
  for (i = 0; i < N; ++i) texts[i] = i == 2 ? "too short" : g_sample;
  CHECK_RC(jdp_pipeline_run_batch(runs, p, texts, NULL, ids, N, 2), JDP_OK);
  for (i = 0; i < N; ++i) CHECK(runs[i] != NULL);
  CHECK(jdp_run_rejected(runs[2]) == 1);
  CHECK(jdp_run_chosen_role(runs[0]) && strcmp(jdp_run_chosen_role(runs[0]), "backend-engineer") == 0);
  /* Same result as a single run (deterministic ids). */
  CHECK_RC(jdp_pipeline_run(&single, p, g_sample, strlen(g_sample), "d"), JDP_OK);
  CHECK_RC(jdp_run_to_json(&x, runs[3], -1), JDP_OK);
  CHECK_RC(jdp_run_to_json(&y, single, -1), JDP_OK);
  CHECK(x.ptr && y.ptr && strstr(x.ptr, "\"input_id\":\"d\"") != NULL);
  CHECK(x.ptr && y.ptr && strcmp(jdp_run_id(runs[3]), jdp_run_id(single)) == 0);
  jdp_buf_dispose(&x);
  jdp_buf_dispose(&y);
  jdp_run_free(single);
  for (i = 0; i < N; ++i) jdp_run_free(runs[i]);

  /* Default ids are the indices. */
  CHECK_RC(jdp_pipeline_run_batch(runs, p, texts, NULL, NULL, 2, 0), JDP_OK);
  CHECK_RC(jdp_run_to_json(&x, runs[1], -1), JDP_OK);
  CHECK(contains(&x, "\"input_id\":\"1\""));
  jdp_buf_dispose(&x);
  jdp_run_free(runs[0]);
  jdp_run_free(runs[1]);

  CHECK_RC(jdp_pipeline_run_batch(runs, p, NULL, NULL, NULL, 2, 0), JDP_EINVAL);
  CHECK(runs[0] == NULL && runs[1] == NULL);
  CHECK_RC(jdp_pipeline_run_batch(NULL, p, NULL, NULL, NULL, 0, 0), JDP_OK);
}

static void test_lookups(jdp_pipeline *p) {
  jdp_buf out = JDP_BUF_INIT;
  CHECK_RC(jdp_resolve_title_json(&out, p, "Senior Backend Engineer", 3), JDP_OK);
  CHECK(contains(&out, "\"slug\":\"backend-engineer\""));
  CHECK(contains(&out, "\"matched_via\":"));
  CHECK(out.ptr && out.ptr[0] == '[');
  jdp_buf_dispose(&out);
  CHECK_RC(jdp_resolve_title_json(&out, p, "zzzz qqqq", 3), JDP_OK);
  CHECK(out.ptr && strcmp(out.ptr, "[]") == 0);
  jdp_buf_dispose(&out);

  CHECK_RC(jdp_extract_skills_json(&out, p, g_sample, g_sample_len), JDP_OK);
  CHECK(contains(&out, "\"skill_name\":"));
  CHECK(contains(&out, "\"evidence\":[{"));
  jdp_buf_dispose(&out);
  CHECK_RC(jdp_extract_skills_json(&out, p, "", 0), JDP_OK);
  CHECK(out.ptr && strcmp(out.ptr, "[]") == 0);
  jdp_buf_dispose(&out);

  CHECK_RC(jdp_link_skill_json(&out, p, "Python", NULL, 5), JDP_OK);
  CHECK(contains(&out, "\"slug\":\"python\""));
  jdp_buf_dispose(&out);
  CHECK_RC(jdp_link_skill_json(&out, p, "k8s", "We run k8s in production.", 5), JDP_OK);
  CHECK(out.ptr != NULL);
  jdp_buf_dispose(&out);

  CHECK_RC(jdp_resolve_title_json(&out, p, NULL, 3), JDP_EINVAL);
  CHECK_RC(jdp_link_skill_json(&out, NULL, "x", NULL, 3), JDP_EINVAL);
  CHECK_RC(jdp_extract_skills_json(NULL, p, "x", 1), JDP_EINVAL);
}

static void test_parse(jdp_pipeline *p) {
  jdp_buf parsed = JDP_BUF_INIT, run = JDP_BUF_INIT;
  jdp_options opts = JDP_OPTIONS_INIT;
  const char *block;
  CHECK_RC(jdp_parse_json(&parsed, g_sample, g_sample_len, NULL), JDP_OK);
  CHECK(contains(&parsed, "\"JD_type\":\"pass\""));
  /* The same object as the run's nano_parsed. */
  CHECK_RC(jdp_run_json(&run, p, g_sample, g_sample_len, NULL), JDP_OK);
  block = run.ptr ? strstr(run.ptr, "\"nano_parsed\":") : NULL;
  CHECK(block && parsed.ptr && strncmp(block + strlen("\"nano_parsed\":"), parsed.ptr, parsed.size) == 0);
  jdp_buf_dispose(&parsed);
  jdp_buf_dispose(&run);
  opts.min_words = 100000;
  CHECK_RC(jdp_parse_json(&parsed, g_sample, g_sample_len, &opts), JDP_OK);
  CHECK(contains(&parsed, "\"too_short\""));
  jdp_buf_dispose(&parsed);
  CHECK_RC(jdp_parse_json(&parsed, NULL, 4, NULL), JDP_EINVAL);
  CHECK_RC(jdp_parse_json(&parsed, "", 0, NULL), JDP_OK);
  CHECK(contains(&parsed, "\"reject\""));
  jdp_buf_dispose(&parsed);
}

/* ---- Threads: runs from several C threads on one pipeline ---- */

typedef struct {
  jdp_pipeline *p;
  int ok;
} thread_arg;

static void *lookup_thread(void *arg_) {
  thread_arg *arg = (thread_arg *)arg_;
  int i;
  arg->ok = 1;
  for (i = 0; i < 3; ++i) {
    jdp_run *run = NULL;
    jdp_buf out = JDP_BUF_INIT;
    if (jdp_pipeline_run(&run, arg->p, g_sample, g_sample_len, "t") != JDP_OK || !jdp_run_chosen_role(run) ||
        strcmp(jdp_run_chosen_role(run), "backend-engineer") != 0)
      arg->ok = 0;
    if (jdp_resolve_title_json(&out, arg->p, "Backend Engineer", 1) != JDP_OK || !strstr(out.ptr, "backend"))
      arg->ok = 0;
    jdp_buf_dispose(&out);
    jdp_run_free(run);
  }
  return NULL;
}

static void test_threads(jdp_pipeline *p) {
  pthread_t t[3];
  thread_arg args[3];
  int i;
  for (i = 0; i < 3; ++i) {
    args[i].p = p;
    args[i].ok = 0;
    pthread_create(&t[i], NULL, lookup_thread, &args[i]);
  }
  for (i = 0; i < 3; ++i) {
    pthread_join(t[i], NULL);
    CHECK(args[i].ok);
  }
}

/* ---- Options versions ---- */

static void test_options_versions(jdp_catalog *cat) {
  jdp_options v2 = JDP_OPTIONS_INIT;
  jdp_options v1;
  jdp_pipeline *p = NULL;
  jdp_buf out = JDP_BUF_INIT;
  CHECK(JDP_OPTIONS_VERSION == 3);
  CHECK(v2.min_words == 8 && v2.llm_stages == JDP_LLM_STAGE_ALL);
  /* A version 1 caller's struct: only the fields up to max_input_bytes are written. */
  memset(&v1, 0xab, sizeof v1);
  CHECK_RC(jdp_options_init(&v1, 1), JDP_OK);
  CHECK(v1.version == 1 && v1.top_k == 5 && v1.max_input_bytes == v2.max_input_bytes);
  CHECK(v1.llm_stages == 0xabababab); /* left alone: not part of a version 1 struct */
  CHECK_RC(jdp_pipeline_new(&p, cat, &v1), JDP_OK);
  jdp_pipeline_free(p);
  p = NULL;
  CHECK_RC(jdp_options_init(&v1, JDP_OPTIONS_VERSION + 1), JDP_EINVAL);

  /* min_words is honoured. */
  v2.min_words = 100000;
  CHECK_RC(jdp_pipeline_new(&p, cat, &v2), JDP_OK);
  if (p) {
    CHECK_RC(jdp_run_json(&out, p, g_sample, g_sample_len, NULL), JDP_OK);
    CHECK(contains(&out, "\"rejection_reason\":\"too_short\""));
    jdp_buf_dispose(&out);
  }
  jdp_pipeline_free(p);
}

/* ---- Catalogs: stats, export and reopen, SQLite, import, persist ---- */

static void test_catalogs(const char *dir) {
  char path[1024], onet[1024], file[1100];
  jdp_catalog *starter = NULL, *back = NULL, *db = NULL, *imported = NULL;
  jdp_pipeline *p = NULL;
  jdp_run *run = NULL;
  jdp_buf a = JDP_BUF_INIT, b = JDP_BUF_INIT, receipt = JDP_BUF_INIT;
  jdp_options opts = JDP_OPTIONS_INIT;

  opts.deterministic_ids = 1; /* the same JD is the same run id, applied once */
  CHECK_RC(jdp_catalog_open(&starter, NULL), JDP_OK);
  CHECK_RC(jdp_catalog_stats_json(&a, starter), JDP_OK);
  CHECK(contains(&a, "\"roles\":") && contains(&a, "\"skill_dimension_links\":"));

  /* Export to a bundle and to SQLite; both reopen with the same counts. */
  snprintf(path, sizeof path, "%s/starter.jsonl", dir);
  CHECK_RC(jdp_catalog_export(starter, path), JDP_OK);
  CHECK_RC(jdp_catalog_open(&back, path), JDP_OK);
  CHECK_RC(jdp_catalog_stats_json(&b, back), JDP_OK);
  CHECK(a.ptr && b.ptr && strcmp(a.ptr, b.ptr) == 0);
  jdp_buf_dispose(&b);
  jdp_catalog_free(back);

  snprintf(path, sizeof path, "%s/starter.db", dir);
  CHECK_RC(jdp_catalog_export(starter, path), JDP_OK);
  CHECK(jdp_catalog_export(starter, path) < 0);
  CHECK(strstr(jdp_last_error(), "starter.db") != NULL); /* refused: it already holds records */
  CHECK_RC(jdp_catalog_open(&db, path), JDP_OK);
  CHECK_RC(jdp_catalog_stats_json(&b, db), JDP_OK);
  CHECK(a.ptr && b.ptr && strcmp(a.ptr, b.ptr) == 0);
  jdp_buf_dispose(&b);

  /* Persist a run into the SQLite catalog: applied once. */
  CHECK_RC(jdp_pipeline_new(&p, db, &opts), JDP_OK);
  if (p) {
    CHECK_RC(jdp_pipeline_run(&run, p, g_sample, g_sample_len, "persist-me"), JDP_OK);
    CHECK_RC(jdp_catalog_persist(&receipt, db, run), JDP_OK);
    CHECK(contains(&receipt, "\"applied\":true"));
    CHECK(contains(&receipt, "\"centroid_n_after\":1"));
    jdp_buf_dispose(&receipt);
    CHECK_RC(jdp_catalog_persist(&receipt, db, run), JDP_OK);
    CHECK(contains(&receipt, "\"applied\":false"));
    jdp_buf_dispose(&receipt);
    CHECK_RC(jdp_catalog_persist(NULL, db, run), JDP_OK);
    CHECK_RC(jdp_catalog_persist(&receipt, db, NULL), JDP_EINVAL);
    jdp_run_free(run);
  }
  jdp_pipeline_free(p);
  p = NULL;
  jdp_catalog_free(db);
  db = NULL;
  /* The learning state is in the file: a second handle sees the run as applied. */
  CHECK_RC(jdp_catalog_open(&db, path), JDP_OK);
  CHECK_RC(jdp_pipeline_new(&p, db, &opts), JDP_OK);
  if (p) {
    CHECK_RC(jdp_pipeline_run(&run, p, g_sample, g_sample_len, "persist-me"), JDP_OK);
    CHECK_RC(jdp_catalog_persist(&receipt, db, run), JDP_OK);
    CHECK(contains(&receipt, "\"applied\":false"));
    jdp_buf_dispose(&receipt);
    jdp_run_free(run);
  }
  jdp_pipeline_free(p);
  p = NULL;
  jdp_catalog_free(db);

  /* Import a tiny O*NET folder, run against it, export it. */
  snprintf(onet, sizeof onet, "%s/onet", dir);
  CHECK(mkdir(onet, 0700) == 0);
  snprintf(file, sizeof file, "%s/Occupation Data.txt", onet);
  CHECK(write_text(file,
                   "O*NET-SOC Code\tTitle\tDescription\n"
                   "15-1252.00\tSoftware Developers\tResearch, design, and develop computer software.\n"
                   "13-2011.00\tAccountants and Auditors\tExamine, analyze, and interpret accounting records.\n"));
  snprintf(file, sizeof file, "%s/Alternate Titles.txt", onet);
  CHECK(write_text(file,
                   "O*NET-SOC Code\tAlternate Title\tShort Title\tSource(s)\n"
                   "15-1252.00\tBack-End Developer\tn/a\t08\n"
                   "13-2011.00\tChartered Accountant\tCA\t08\n"));
  snprintf(file, sizeof file, "%s/Task Statements.txt", onet);
  CHECK(write_text(file,
                   "O*NET-SOC Code\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source\n"
                   "15-1252.00\t1\tDesign and build scalable backend services and APIs.\tCore\t10\t07/2014\tIncumbent\n"
                   "15-1252.00\t2\tWrite and review code for distributed systems.\tCore\t10\t07/2014\tIncumbent\n"
                   "13-2011.00\t3\tPrepare and audit financial statements.\tCore\t10\t07/2014\tIncumbent\n"));
  snprintf(file, sizeof file, "%s/Technology Skills.txt", onet);
  CHECK(write_text(file,
                   "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\n"
                   "15-1252.00\tPython\t43232403\tDevelopment environment software\tY\n"
                   "15-1252.00\tPostgreSQL\t43232306\tData base user interface and query software\tY\n"
                   "13-2011.00\tIntuit QuickBooks\t43231604\tFinancial analysis software\tN\n"));
  CHECK_RC(jdp_catalog_import(&imported, "onet", onet, 0), JDP_OK);
  if (imported) {
    jdp_buf_dispose(&b);
    CHECK_RC(jdp_catalog_stats_json(&b, imported), JDP_OK);
    CHECK(contains(&b, "\"roles\":2") && contains(&b, "\"skills\":3"));
    jdp_buf_dispose(&b);
    CHECK_RC(jdp_pipeline_new(&p, imported, NULL), JDP_OK);
    if (p) {
      CHECK_RC(jdp_pipeline_run(&run, p, g_sample, g_sample_len, NULL), JDP_OK);
      CHECK(jdp_run_chosen_role(run) && strcmp(jdp_run_chosen_role(run), "software-developers-15-1252-00") == 0);
      jdp_run_free(run);
      CHECK_RC(jdp_resolve_title_json(&b, p, "Chartered Accountant", 1), JDP_OK);
      CHECK(contains(&b, "accountants-and-auditors-13-2011-00"));
      jdp_buf_dispose(&b);
    }
    jdp_pipeline_free(p);
    snprintf(path, sizeof path, "%s/onet.jsonl", dir);
    CHECK_RC(jdp_catalog_export(imported, path), JDP_OK);
    jdp_catalog_free(imported);
    imported = NULL;
    CHECK_RC(jdp_catalog_import(&imported, "bundle", path, 0), JDP_OK);
    jdp_catalog_free(imported);
    imported = NULL;
  }
  /* Errors name the input. */
  CHECK_RC(jdp_catalog_import(&imported, "onet", dir, 0), JDP_ENOTFOUND);
  CHECK(imported == NULL && strstr(jdp_last_error(), "Occupation Data.txt") != NULL);
  CHECK_RC(jdp_catalog_import(&imported, "onet", onet, JDP_IMPORT_ONET_TOOLS_USED), JDP_ENOTFOUND);
  CHECK(strstr(jdp_last_error(), "Tools Used.txt") != NULL);
  CHECK_RC(jdp_catalog_import(&imported, "xml", onet, 0), JDP_EINVAL);
  CHECK(strstr(jdp_last_error(), "xml") != NULL);
  CHECK_RC(jdp_catalog_import(&imported, "onet", onet, 1u << 9), JDP_EINVAL);
  CHECK_RC(jdp_catalog_export(starter, "/nonexistent-dir/x.jsonl"), JDP_EIO);
  CHECK(strstr(jdp_last_error(), "/nonexistent-dir/x.jsonl") != NULL);
  CHECK_RC(jdp_catalog_open(&db, "/nonexistent-dir/x.db"), JDP_ENOTFOUND);
  CHECK(db == NULL && strstr(jdp_last_error(), "/nonexistent-dir/x.db") != NULL);
  CHECK_RC(jdp_catalog_stats_json(&b, NULL), JDP_EINVAL);

  jdp_buf_dispose(&a);
  jdp_buf_dispose(&b);
  jdp_catalog_free(starter);
}

int main(void) {
  char sample_path[1024];
  char dir[] = "/tmp/jdpipe-c-test-XXXXXX";
  jdp_catalog *cat = NULL;
  jdp_pipeline *p = NULL;
  jdp_options opts = JDP_OPTIONS_INIT;
  char cmd[1200];

  snprintf(sample_path, sizeof sample_path, "%s/examples/sample-jd.txt", JDPIPE_SOURCE_DIR);
  g_sample = read_file(sample_path, &g_sample_len);
  if (!g_sample || !mkdtemp(dir)) {
    fprintf(stderr, "cannot read %s or make a temporary folder\n", sample_path);
    return 1;
  }
  opts.deterministic_ids = 1;
  CHECK_RC(jdp_catalog_open(&cat, NULL), JDP_OK);
  CHECK_RC(jdp_pipeline_new(&p, cat, &opts), JDP_OK);
  if (cat && p) {
    test_c_embedder_changes_kra_scores(cat);
    test_c_embedder_failing_at_build(cat);
    test_hashing_embedder();
    test_c_llm(cat);
    test_run_handle(p);
    test_batch(p);
    test_lookups(p);
    test_parse(p);
    test_threads(p);
    test_options_versions(cat);
  }
  jdp_pipeline_free(p);
  jdp_catalog_free(cat);
  test_catalogs(dir);
  if (jdp_catalog_open(&cat, NULL) == JDP_OK) test_c_llm_cache(cat, dir);
  jdp_catalog_free(cat);

  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
  free(g_sample);
  printf("%d passed, %d failed\n", g_passed, g_failed);
  return g_failed == 0 ? 0 : 1;
}
