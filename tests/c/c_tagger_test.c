/* Tests of the skill tagger through the C ABI: jdp_skill_tagger_train, jdp_options version 3's
 * skill_tagger changing jdp_extract_skills_json, clear errors naming bad files, and version 1
 * and 2 structs still accepted. Plain C99; prints "N passed, M failed" last. */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
#include <jdpipe/jdpipe.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* "Zorblax pipelines" is no skill of the starter catalog: only a tagger finds it. */
static const char kJD[] =
    "Senior Platform Engineer\n\n"
    "About the role\n"
    "We are hiring a senior platform engineer to join our infrastructure team in Berlin and help us\n"
    "scale the data platform that thousands of customers rely on every day.\n\n"
    "Responsibilities\n"
    "- Design and build Zorblax pipelines for the data platform.\n"
    "- Write Python services and deploy them with Docker on Kubernetes.\n"
    "- Review code and mentor two junior engineers.\n\n"
    "Requirements\n"
    "- 5+ years of experience with Python and SQL.\n"
    "- Hands-on experience with Zorblax pipelines in production.\n";

static const char *const kSkills[] = {"Zorblax pipelines", "Python", "SQL", "Docker", "Kubernetes", "Kafka streams", "Go"};
static const char *const kContexts[] = {
    "Experience with %s is required.",
    "You will design and build %s for our customers.",
    "Strong knowledge of %s is a plus.",
    "- Hands-on experience with %s in production.",
    "We use %s every day.",
    "Write services in %s and deploy them.",
};
static const char *const kNegatives[] = {
    "We offer a friendly team and free lunch on Fridays.",
    "The office is in Berlin, close to the river.",
    "You will report to the head of engineering.",
};

/* Writes annotated texts ({"text", "spans"} with byte offsets): each context with a skill, and
 * sentences with no skill. */
static int write_examples(const char *path) {
  FILE *f = fopen(path, "wb");
  size_t r, c, k = 0;
  if (!f) return 0;
  for (r = 0; r < 3; ++r) {
    for (c = 0; c < sizeof kContexts / sizeof kContexts[0]; ++c) {
      char text[256];
      const char *skill = kSkills[k++ % (sizeof kSkills / sizeof kSkills[0])];
      size_t start;
      snprintf(text, sizeof text, kContexts[c], skill);
      start = (size_t)(strstr(text, skill) - text);
      fprintf(f, "{\"text\": \"%s\", \"spans\": [[%lu, %lu]]}\n", text, (unsigned long)start,
              (unsigned long)(start + strlen(skill)));
    }
    fprintf(f, "{\"text\": \"%s\", \"spans\": []}\n", kNegatives[r]);
  }
  return fclose(f) == 0;
}

static int write_text(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  if (!f) return 0;
  fputs(text, f);
  return fclose(f) == 0;
}

static int same_file(const char *a, const char *b) {
  size_t la = 0, lb = 0;
  char *da = read_file(a, &la), *db = read_file(b, &lb);
  int same = da && db && la == lb && memcmp(da, db, la) == 0;
  free(da);
  free(db);
  return same;
}

/* jdp_extract_skills_json of kJD through a pipeline built with `opts`, into `out`. */
static int extract_with(jdp_buf *out, jdp_catalog *cat, const jdp_options *opts) {
  jdp_pipeline *p = NULL;
  int rc = jdp_pipeline_new(&p, cat, opts);
  if (rc == JDP_OK) rc = jdp_extract_skills_json(out, p, kJD, sizeof kJD - 1);
  jdp_pipeline_free(p);
  return rc;
}

static int same_json(const jdp_buf *a, const jdp_buf *b) {
  return a->ptr && b->ptr && a->size == b->size && memcmp(a->ptr, b->ptr, a->size) == 0;
}

static void test_train(jdp_catalog *cat, const char *dir, const char *data, const char *model) {
  char again[1100], starter[1100], missing[1100], bad[1100], empty[1100], out_bad[1100];
  const char *files[2];
  files[0] = data;

  CHECK_RC(jdp_skill_tagger_train(files, 1, cat, 10, model), JDP_OK);
  /* The same data, catalog and epochs give the same model; NULL is the starter catalog. */
  snprintf(again, sizeof again, "%s/again.bin", dir);
  snprintf(starter, sizeof starter, "%s/starter.bin", dir);
  CHECK_RC(jdp_skill_tagger_train(files, 1, cat, 10, again), JDP_OK);
  CHECK_RC(jdp_skill_tagger_train(files, 1, NULL, 10, starter), JDP_OK);
  CHECK(same_file(model, again));
  CHECK(same_file(model, starter));
  /* Another epoch count is another model; 0 is the default. */
  CHECK_RC(jdp_skill_tagger_train(files, 1, cat, 3, again), JDP_OK);
  CHECK(!same_file(model, again));
  /* Two files are trained on together. */
  files[1] = data;
  CHECK_RC(jdp_skill_tagger_train(files, 2, cat, 2, again), JDP_OK);

  /* Bad arguments and files, each named. */
  jdp_clear_error();
  CHECK_RC(jdp_skill_tagger_train(NULL, 1, cat, 10, again), JDP_EINVAL);
  CHECK(strstr(jdp_last_error(), "jdp_skill_tagger_train") != NULL);
  CHECK_RC(jdp_skill_tagger_train(files, 0, cat, 10, again), JDP_EINVAL);
  CHECK_RC(jdp_skill_tagger_train(files, 1, cat, 10, NULL), JDP_EINVAL);
  CHECK(strstr(jdp_last_error(), "out_path") != NULL);
  CHECK_RC(jdp_skill_tagger_train(files, 1, cat, -1, again), JDP_EINVAL);
  CHECK(strstr(jdp_last_error(), "epochs") != NULL);
  files[1] = NULL;
  CHECK_RC(jdp_skill_tagger_train(files, 2, cat, 10, again), JDP_EINVAL);
  CHECK(strstr(jdp_last_error(), "files[1]") != NULL);

  snprintf(missing, sizeof missing, "%s/no-such-file.jsonl", dir);
  files[0] = missing;
  CHECK_RC(jdp_skill_tagger_train(files, 1, cat, 10, again), JDP_EIO);
  CHECK(strstr(jdp_last_error(), missing) != NULL);

  snprintf(bad, sizeof bad, "%s/bad.jsonl", dir);
  CHECK(write_text(bad, "{\"text\": \"Python\", \"spans\": [[0, 6]]}\nnot json\n"));
  files[0] = bad;
  CHECK_RC(jdp_skill_tagger_train(files, 1, cat, 10, again), JDP_EPARSE);
  CHECK(strstr(jdp_last_error(), "bad.jsonl:2") != NULL);

  snprintf(empty, sizeof empty, "%s/unannotated.jsonl", dir);
  CHECK(write_text(empty, "{\"text\": \"Nothing here.\", \"spans\": []}\n"));
  files[0] = empty;
  CHECK_RC(jdp_skill_tagger_train(files, 1, cat, 10, again), JDP_EINVAL);
  CHECK(strstr(jdp_last_error(), "no annotated skill span") != NULL);

  snprintf(out_bad, sizeof out_bad, "%s/no-such-dir/model.bin", dir);
  files[0] = data;
  CHECK_RC(jdp_skill_tagger_train(files, 1, cat, 1, out_bad), JDP_EIO);
  CHECK(strstr(jdp_last_error(), out_bad) != NULL);
}

static void test_options_field(jdp_catalog *cat, const char *dir, const char *model) {
  jdp_options o = JDP_OPTIONS_INIT;
  jdp_options v2;
  jdp_pipeline *p = (jdp_pipeline *)&g_passed;
  jdp_buf plain = JDP_BUF_INIT, tagged = JDP_BUF_INIT, out = JDP_BUF_INIT;
  char garbage[1100], missing[1100];
  unsigned char filler[sizeof(const char *)];

  CHECK(JDP_OPTIONS_VERSION == 3 && o.skill_tagger == NULL);
  memset(&o, 0xab, sizeof o);
  CHECK_RC(jdp_options_init(&o, JDP_OPTIONS_VERSION), JDP_OK);
  CHECK(o.version == 3 && o.skill_tagger == NULL);

  /* Without a tagger "Zorblax pipelines" is no skill (at most a fuzzy "Data Pipelines"). */
  CHECK_RC(extract_with(&plain, cat, &o), JDP_OK);
  CHECK(contains(&plain, "\"skill_name\":\"Python\""));
  CHECK(!contains(&plain, "\"skill_name\":\"Zorblax pipelines\""));
  CHECK(!contains(&plain, "\"matched_via\":\"tagger\""));

  o.skill_tagger = model;
  CHECK_RC(extract_with(&tagged, cat, &o), JDP_OK);
  CHECK(contains(&tagged, "\"skill_name\":\"Zorblax pipelines\""));
  CHECK(contains(&tagged, "\"matched_via\":\"tagger\""));
  CHECK(contains(&tagged, "\"skill_name\":\"Python\""));

  /* "" is no tagger. */
  o.skill_tagger = "";
  CHECK_RC(extract_with(&out, cat, &o), JDP_OK);
  CHECK(same_json(&out, &plain));
  jdp_buf_dispose(&out);

  /* A missing or corrupted model fails with the file named. */
  snprintf(missing, sizeof missing, "%s/no-such-model.bin", dir);
  o.skill_tagger = missing;
  jdp_clear_error();
  CHECK_RC(jdp_pipeline_new(&p, cat, &o), JDP_EIO);
  CHECK(p == NULL);
  CHECK(strstr(jdp_last_error(), missing) != NULL);
  snprintf(garbage, sizeof garbage, "%s/garbage.bin", dir);
  CHECK(write_text(garbage, "JDPTAG but not really a model"));
  o.skill_tagger = garbage;
  p = (jdp_pipeline *)&g_passed;
  CHECK_RC(jdp_pipeline_new(&p, cat, &o), JDP_EPARSE);
  CHECK(p == NULL);
  CHECK(strstr(jdp_last_error(), garbage) != NULL);
  CHECK(strstr(jdp_last_error(), "skill tagger") != NULL);

  /* A version 2 caller's struct has no skill_tagger: init leaves those bytes alone and the
   * pipeline ignores them (here garbage, then a valid path). */
  memset(&v2, 0xab, sizeof v2);
  memset(filler, 0xab, sizeof filler);
  CHECK_RC(jdp_options_init(&v2, 2), JDP_OK);
  CHECK(v2.version == 2 && v2.llm_stages == JDP_LLM_STAGE_ALL);
  CHECK(memcmp(&v2.skill_tagger, filler, sizeof filler) == 0);
  CHECK_RC(extract_with(&out, cat, &v2), JDP_OK);
  CHECK(same_json(&out, &plain));
  jdp_buf_dispose(&out);
  v2.skill_tagger = model;
  CHECK_RC(extract_with(&out, cat, &v2), JDP_OK);
  CHECK(same_json(&out, &plain));
  jdp_buf_dispose(&out);
  /* ...and a version 1 struct too. */
  CHECK_RC(jdp_options_init(&v2, 1), JDP_OK);
  CHECK_RC(extract_with(&out, cat, &v2), JDP_OK);
  CHECK(same_json(&out, &plain));
  jdp_buf_dispose(&out);

  jdp_buf_dispose(&plain);
  jdp_buf_dispose(&tagged);
}

int main(void) {
  char dir[] = "/tmp/jdpipe-c-tagger-XXXXXX";
  char data[1100], model[1100], cmd[1200];
  jdp_catalog *cat = NULL;

  if (!mkdtemp(dir)) {
    fprintf(stderr, "cannot make a temporary folder\n");
    return 1;
  }
  snprintf(data, sizeof data, "%s/annotated.jsonl", dir);
  snprintf(model, sizeof model, "%s/tagger.bin", dir);
  CHECK(write_examples(data));
  CHECK_RC(jdp_catalog_open(&cat, NULL), JDP_OK);
  if (cat) {
    test_train(cat, dir, data, model);
    test_options_field(cat, dir, model);
  }
  jdp_catalog_free(cat);

  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
  printf("%d passed, %d failed\n", g_passed, g_failed);
  return g_failed == 0 ? 0 : 1;
}
