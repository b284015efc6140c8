/* Runs one job description through jdpipe's C ABI and prints the chosen role, then the run as
 * JSON.
 *
 *   jdpipe_example_c JD_FILE [CATALOG.jsonl|CATALOG.db]
 *
 * Exit status: 0 on success, 1 on an error, 2 on bad usage. */
#include <jdpipe/jdpipe.h>

#include <stdio.h>
#include <stdlib.h>

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *data = NULL;
  size_t cap = 0, n = 0;
  if (!f) return NULL;
  for (;;) {
    size_t got;
    if (cap - n < 4096) {
      char *grown = (char *)realloc(data, cap ? cap * 2 : 65536);
      if (!grown) {
        free(data);
        fclose(f);
        return NULL;
      }
      data = grown;
      cap = cap ? cap * 2 : 65536;
    }
    got = fread(data + n, 1, cap - n, f);
    n += got;
    if (got == 0) break;
  }
  if (ferror(f)) {
    free(data);
    data = NULL;
  }
  fclose(f);
  *len = n;
  return data;
}

int main(int argc, char **argv) {
  const char *jd_path, *catalog_path;
  jdp_catalog *catalog = NULL;
  jdp_pipeline *pipeline = NULL;
  jdp_run *run = NULL;
  jdp_buf json = JDP_BUF_INIT;
  char *text;
  size_t len = 0;
  int rc, status = 1;

  if (argc < 2 || argc > 3) {
    fprintf(stderr, "usage: %s JD_FILE [CATALOG.jsonl|CATALOG.db]\n", argv[0]);
    return 2;
  }
  jd_path = argv[1];
  catalog_path = argc == 3 ? argv[2] : NULL; /* NULL: the built-in starter catalog */

  if (!(text = read_file(jd_path, &len))) {
    fprintf(stderr, "cannot read %s\n", jd_path);
    return 1;
  }

  /* jdpipe 0.1.0 linked against 0.1.0 headers, in the normal case. */
  fprintf(stderr, "jdpipe %s (headers %s)\n", jdp_version(), JDP_VERSION_STRING);

  if ((rc = jdp_catalog_open(&catalog, catalog_path)) != JDP_OK) {
    fprintf(stderr, "jdp_catalog_open: %s: %s\n", jdp_status_name(rc), jdp_last_error());
    goto done;
  }
  /* NULL options: the defaults. With options:
   *   jdp_options opts = JDP_OPTIONS_INIT; opts.top_k = 3; jdp_pipeline_new(&p, catalog, &opts); */
  if ((rc = jdp_pipeline_new(&pipeline, catalog, NULL)) != JDP_OK) {
    fprintf(stderr, "jdp_pipeline_new: %s: %s\n", jdp_status_name(rc), jdp_last_error());
    goto done;
  }
  /* The pipeline holds the catalog; this handle is no longer needed. */
  jdp_catalog_free(catalog);
  catalog = NULL;

  /* A JD that cannot be processed still succeeds, with a rejected run. */
  if ((rc = jdp_pipeline_run(&run, pipeline, text, len, jd_path)) != JDP_OK) {
    fprintf(stderr, "jdp_pipeline_run: %s: %s\n", jdp_status_name(rc), jdp_last_error());
    goto done;
  }
  if (jdp_run_rejected(run)) {
    printf("rejected: %s\n", jdp_run_rejection_reason(run));
  } else {
    const char *role = jdp_run_chosen_role(run);
    printf("case: %s\n", jdp_run_case(run));
    if (role) printf("role: %s\n", role);
    else if (jdp_run_new_role(run)) printf("role: (new) %s\n", jdp_run_new_role(run));
    else printf("role: (none)\n");
    printf("confidence: %.3f\n", jdp_run_confidence(run));
  }
  /* The whole run, as JSON. */
  if ((rc = jdp_run_to_json(&json, run, -1)) != JDP_OK) {
    fprintf(stderr, "jdp_run_to_json: %s: %s\n", jdp_status_name(rc), jdp_last_error());
    goto done;
  }
  fwrite(json.ptr, 1, json.size, stdout);
  fputc('\n', stdout);
  status = 0;

done:
  jdp_buf_dispose(&json);
  jdp_run_free(run);
  jdp_pipeline_free(pipeline);
  jdp_catalog_free(catalog);
  free(text);
  return status;
}
