/* Tests of the C ABI (jdpipe.h), in plain C99. Prints "N passed, M failed" last and exits
 * non-zero when anything failed. */
#define _POSIX_C_SOURCE 200809L /* mkstemp, pthreads */
#include <jdpipe/jdpipe.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef JDPIPE_SOURCE_DIR
#error "JDPIPE_SOURCE_DIR must be defined"
#endif

#include "check.h"


static void test_version(void) {
  char expected[64];
  CHECK(jdp_version() != NULL);
  CHECK(strcmp(jdp_version(), JDP_VERSION_STRING) == 0);
  sprintf(expected, "%d.%d.%d", JDP_VERSION_MAJOR, JDP_VERSION_MINOR, JDP_VERSION_PATCH);
  CHECK(strcmp(JDP_VERSION_STRING, expected) == 0);
  CHECK(JDP_ABI_VERSION == 1);
  CHECK(strcmp(jdp_status_name(JDP_OK), "JDP_OK") == 0);
  CHECK(strcmp(jdp_status_name(JDP_EINVAL), "JDP_EINVAL") == 0);
  CHECK(strcmp(jdp_status_name(12345), "JDP_E?") == 0);
}

static void test_errors_start_empty(void) {
  jdp_clear_error();
  CHECK(jdp_last_error() != NULL);
  CHECK(strcmp(jdp_last_error(), "") == 0);
}

static void test_options(void) {
  jdp_options a = JDP_OPTIONS_INIT;
  jdp_options b;
  memset(&b, 0xab, sizeof b);
  CHECK_RC(jdp_options_init(&b, JDP_OPTIONS_VERSION), JDP_OK);
  CHECK(b.version == JDP_OPTIONS_VERSION);
  CHECK(a.w_alias == b.w_alias && a.w_kra == b.w_kra && a.w_skill == b.w_skill);
  CHECK(a.accept_threshold == b.accept_threshold && a.margin == b.margin &&
        a.new_role_threshold == b.new_role_threshold);
  CHECK(a.top_k == b.top_k && a.deterministic_ids == b.deterministic_ids &&
        a.record_timings == b.record_timings && a.persist == b.persist &&
        a.max_input_bytes == b.max_input_bytes);
  CHECK(a.w_alias == 0.5 && a.top_k == 5 && a.record_timings == 1 && a.persist == 0);
  CHECK(a.max_input_bytes == (size_t)2 * 1024 * 1024);

  jdp_clear_error();
  CHECK_RC(jdp_options_init(&b, 42), JDP_EINVAL);
  CHECK(strstr(jdp_last_error(), "42") != NULL);
  CHECK_RC(jdp_options_init(NULL, JDP_OPTIONS_VERSION), JDP_EINVAL);
}

static void test_null_args(jdp_catalog *cat, jdp_pipeline *p) {
  jdp_pipeline *p2 = (jdp_pipeline *)&g_passed;
  jdp_buf buf = JDP_BUF_INIT;

  jdp_clear_error();
  CHECK_RC(jdp_catalog_open(NULL, NULL), JDP_EINVAL);
  CHECK(jdp_last_error()[0] != '\0');

  jdp_clear_error();
  CHECK_RC(jdp_pipeline_new(NULL, cat, NULL), JDP_EINVAL);
  CHECK(jdp_last_error()[0] != '\0');

  jdp_clear_error();
  CHECK_RC(jdp_pipeline_new(&p2, NULL, NULL), JDP_EINVAL);
  CHECK(p2 == NULL);
  CHECK(jdp_last_error()[0] != '\0');

  jdp_clear_error();
  CHECK_RC(jdp_run_json(NULL, p, "x", 1, NULL), JDP_EINVAL);
  CHECK(jdp_last_error()[0] != '\0');

  jdp_clear_error();
  CHECK_RC(jdp_run_json(&buf, NULL, "x", 1, NULL), JDP_EINVAL);
  CHECK(buf.ptr == NULL && buf.size == 0);
  CHECK(jdp_last_error()[0] != '\0');

  jdp_clear_error();
  CHECK_RC(jdp_run_json(&buf, p, NULL, 5, NULL), JDP_EINVAL);
  CHECK(buf.ptr == NULL);
  CHECK(jdp_last_error()[0] != '\0');

  jdp_clear_error();
  CHECK_RC(jdp_run_json(&buf, p, "some text", 9, "bad id \xff"), JDP_EINVAL);
  CHECK(strstr(jdp_last_error(), "input_id") != NULL);

  /* The message stays until cleared. */
  CHECK(jdp_last_error()[0] != '\0');
  jdp_clear_error();
  CHECK(strcmp(jdp_last_error(), "") == 0);
}

static void test_free_null(void) {
  jdp_buf buf = JDP_BUF_INIT;
  jdp_catalog_free(NULL);
  jdp_pipeline_free(NULL);
  jdp_buf_dispose(NULL);
  jdp_buf_dispose(&buf);
  jdp_buf_dispose(&buf);
  CHECK(buf.ptr == NULL && buf.size == 0);
}

static void test_sample_jd(jdp_pipeline *p) {
  const char *path = JDPIPE_SOURCE_DIR "/examples/sample-jd.txt";
  size_t len = 0;
  char *text = read_file(path, &len);
  jdp_buf buf = JDP_BUF_INIT;
  CHECK(text != NULL);
  if (!text) {
    fprintf(stderr, "cannot read %s\n", path);
    return;
  }
  CHECK_RC(jdp_run_json(&buf, p, text, len, "sample"), JDP_OK);
  CHECK(buf.ptr != NULL);
  if (buf.ptr) {
    CHECK(buf.size == strlen(buf.ptr));
    CHECK(buf.ptr[0] == '{' && buf.ptr[buf.size - 1] == '}');
    CHECK(contains(&buf, "\"case\""));
    CHECK(contains(&buf, "backend-engineer"));
    CHECK(contains(&buf, "\"input_id\":\"sample\""));
    CHECK(contains(&buf, "\"rejected\":false"));
    if (!contains(&buf, "\"case\":\"D\"")) {
      fprintf(stderr, "note: the sample JD did not end in case D\n");
    }
  }
  jdp_buf_dispose(&buf);
  CHECK(buf.ptr == NULL && buf.size == 0);
  free(text);
}

static void test_rejections(jdp_pipeline *p) {
  /* Long enough not to be "too short": invalid UTF-8 must be what rejects it. */
  static const char bad_utf8[] =
      "Senior Backend Engineer \xff\xfe wanted. You will design and build REST APIs in Java "
      "and Kotlin, run services on AWS, and mentor engineers \xc3\x28 on the team.";
  jdp_buf buf = JDP_BUF_INIT;

  CHECK_RC(jdp_run_json(&buf, p, "", 0, NULL), JDP_OK);
  CHECK(contains(&buf, "\"rejected\":true"));
  jdp_buf_dispose(&buf);

  CHECK_RC(jdp_run_json(&buf, p, NULL, 0, "empty"), JDP_OK);
  CHECK(contains(&buf, "\"rejected\":true"));
  CHECK(contains(&buf, "\"input_id\":\"empty\""));
  jdp_buf_dispose(&buf);

  CHECK_RC(jdp_run_json(&buf, p, bad_utf8, sizeof bad_utf8 - 1, "bad-utf8"), JDP_OK);
  CHECK(contains(&buf, "\"rejected\":true"));
  CHECK(contains(&buf, "invalid_utf8"));
  jdp_buf_dispose(&buf);

  /* Embedded NUL bytes go through `len`, not strlen. */
  CHECK_RC(jdp_run_json(&buf, p, "a\0b", 3, NULL), JDP_OK);
  CHECK(contains(&buf, "\"rejected\":true"));
  jdp_buf_dispose(&buf);
}

static void test_wrong_options_version(jdp_catalog *cat) {
  jdp_options o = JDP_OPTIONS_INIT;
  jdp_pipeline *p = (jdp_pipeline *)&g_passed;
  o.version = 7;
  jdp_clear_error();
  CHECK_RC(jdp_pipeline_new(&p, cat, &o), JDP_EINVAL);
  CHECK(p == NULL);
  CHECK(strstr(jdp_last_error(), "version") != NULL);
  CHECK(strstr(jdp_last_error(), "7") != NULL);

  o.version = JDP_OPTIONS_VERSION;
  o.top_k = 0;
  CHECK_RC(jdp_pipeline_new(&p, cat, &o), JDP_EINVAL);
  CHECK(strstr(jdp_last_error(), "top_k") != NULL);
  o.top_k = 5;
  o.w_alias = o.w_kra = o.w_skill = 0;
  CHECK_RC(jdp_pipeline_new(&p, cat, &o), JDP_EINVAL);
  CHECK(p == NULL);
}

static void test_missing_bundle(void) {
  const char *path = "/nonexistent-jdpipe-dir/no-such-catalog.jsonl";
  jdp_catalog *c = (jdp_catalog *)&g_passed;
  int rc;
  jdp_clear_error();
  rc = jdp_catalog_open(&c, path);
  CHECK(rc < 0);
  CHECK(rc == JDP_EIO || rc == JDP_ENOTFOUND);
  CHECK(c == NULL);
  CHECK(strstr(jdp_last_error(), path) != NULL);
  jdp_catalog_free(c);
}

static void test_bad_bundle(void) {
  char path[] = "/tmp/jdpipe-c-test-XXXXXX";
  jdp_catalog *c = NULL;
  FILE *f;
  int fd, rc;
  fd = mkstemp(path);
  CHECK(fd >= 0);
  if (fd < 0) return;
  f = fdopen(fd, "wb");
  CHECK(f != NULL);
  if (!f) {
    close(fd);
    remove(path);
    return;
  }
  fputs("{\"kind\":\"meta\",\"name\":\"bad\",\"version\":\"1\"}\nthis is not json\n", f);
  fclose(f);
  jdp_clear_error();
  rc = jdp_catalog_open(&c, path);
  CHECK(rc < 0);
  CHECK(c == NULL);
  CHECK(strstr(jdp_last_error(), path) != NULL);
  if (rc != JDP_EPARSE) fprintf(stderr, "note: bad bundle gave %s\n", jdp_status_name(rc));
  remove(path);
}

static void test_bundle_file(void) {
  static const char jd[] =
      "Backend Developer. We build REST APIs in Java. Responsibilities: design and maintain "
      "RESTful APIs, write Java services, review code.";
  const char *path = JDPIPE_SOURCE_DIR "/data/starter-catalog.jsonl";
  jdp_catalog *c = NULL;
  jdp_pipeline *p = NULL;
  jdp_buf buf = JDP_BUF_INIT;
  CHECK_RC(jdp_catalog_open(&c, path), JDP_OK);
  CHECK(c != NULL);
  CHECK_RC(jdp_pipeline_new(&p, c, NULL), JDP_OK);
  CHECK_RC(jdp_run_json(&buf, p, jd, sizeof jd - 1, NULL), JDP_OK);
  CHECK(contains(&buf, "\"catalog\""));
  jdp_buf_dispose(&buf);
  jdp_pipeline_free(p);
  jdp_catalog_free(c);
}

/* The catalog handle is freed first; the pipeline must keep the catalog alive. */
static void test_free_catalog_first(void) {
  jdp_catalog *c = NULL;
  jdp_pipeline *p = NULL;
  jdp_buf buf = JDP_BUF_INIT;
  static const char jd[] =
      "Backend Developer wanted. Responsibilities: design and maintain RESTful APIs, "
      "build services in Java and Node.js, own the database schema and deployments.";
  CHECK_RC(jdp_catalog_open(&c, ""), JDP_OK);
  CHECK_RC(jdp_pipeline_new(&p, c, NULL), JDP_OK);
  jdp_catalog_free(c);
  CHECK_RC(jdp_run_json(&buf, p, jd, sizeof jd - 1, "after-free"), JDP_OK);
  CHECK(contains(&buf, "\"case\""));
  jdp_buf_dispose(&buf);
  jdp_pipeline_free(p);
}

static void test_deterministic(jdp_catalog *cat) {
  jdp_options o = JDP_OPTIONS_INIT;
  jdp_pipeline *p = NULL;
  jdp_buf a = JDP_BUF_INIT, b = JDP_BUF_INIT;
  static const char jd[] =
      "Data Engineer. Responsibilities: build batch and streaming data pipelines in Python "
      "and SQL, model the warehouse, keep Airflow jobs healthy.";
  o.deterministic_ids = 1;
  o.record_timings = 0;
  CHECK_RC(jdp_pipeline_new(&p, cat, &o), JDP_OK);
  CHECK_RC(jdp_run_json(&a, p, jd, sizeof jd - 1, "d"), JDP_OK);
  CHECK_RC(jdp_run_json(&b, p, jd, sizeof jd - 1, "d"), JDP_OK);
  CHECK(a.ptr && b.ptr && a.size == b.size && memcmp(a.ptr, b.ptr, a.size) == 0);
  jdp_buf_dispose(&a);
  jdp_buf_dispose(&b);
  jdp_pipeline_free(p);
}

/* ---- threads: one pipeline shared, last error per thread ---- */

struct thread_arg {
  jdp_pipeline *p;
  int ok;
};

static void *run_thread(void *arg_) {
  struct thread_arg *arg = (struct thread_arg *)arg_;
  static const char jd[] =
      "Frontend Engineer. Responsibilities: build React and TypeScript user interfaces, "
      "write component tests, work with designers on accessibility.";
  int i;
  arg->ok = 1;
  /* This thread's failure must not show on the main thread. */
  if (jdp_run_json(NULL, arg->p, jd, 1, NULL) != JDP_EINVAL || jdp_last_error()[0] == '\0')
    arg->ok = 0;
  for (i = 0; i < 3; ++i) {
    jdp_buf buf = JDP_BUF_INIT;
    if (jdp_run_json(&buf, arg->p, jd, sizeof jd - 1, "t") != JDP_OK || !contains(&buf, "\"case\""))
      arg->ok = 0;
    jdp_buf_dispose(&buf);
  }
  return NULL;
}

static void test_threads(jdp_pipeline *p) {
  enum { N = 4 };
  pthread_t th[N];
  struct thread_arg args[N];
  int i, started[N];
  jdp_clear_error();
  for (i = 0; i < N; ++i) {
    args[i].p = p;
    args[i].ok = 0;
    started[i] = pthread_create(&th[i], NULL, run_thread, &args[i]) == 0;
    CHECK(started[i]);
  }
  for (i = 0; i < N; ++i) {
    if (started[i]) {
      pthread_join(th[i], NULL);
      CHECK(args[i].ok);
    }
  }
  CHECK(strcmp(jdp_last_error(), "") == 0);
}

int main(void) {
  jdp_catalog *cat = NULL;
  jdp_pipeline *p = NULL;

  test_version();
  test_errors_start_empty();
  test_options();
  test_free_null();
  test_missing_bundle();
  test_bad_bundle();

  CHECK_RC(jdp_catalog_open(&cat, NULL), JDP_OK);
  CHECK(cat != NULL);
  if (cat) {
    CHECK_RC(jdp_pipeline_new(&p, cat, NULL), JDP_OK);
    CHECK(p != NULL);
    test_wrong_options_version(cat);
    test_deterministic(cat);
  }
  if (p) {
    test_null_args(cat, p);
    test_sample_jd(p);
    test_rejections(p);
    test_threads(p);
  }
  jdp_pipeline_free(p);
  jdp_catalog_free(cat);

  test_bundle_file();
  test_free_catalog_first();

  printf("%d passed, %d failed\n", g_passed, g_failed);
  return g_failed == 0 ? 0 : 1;
}
