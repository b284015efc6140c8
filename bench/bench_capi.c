/* Timing of the C ABI on the sample JD: one run as JSON, one run as a handle (no JSON), and a
 * batch of 64 on 1 and 2 native threads. Prints a markdown table of medians.
 *
 *   jdpipe_bench_capi [REPEATS]   (default 15) */
#define _POSIX_C_SOURCE 200809L
#include <jdpipe/jdpipe.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifndef JDPIPE_SOURCE_DIR
#error "JDPIPE_SOURCE_DIR must be defined"
#endif

enum { BATCH = 64, MAX_REPEATS = 101 };

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double median(double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, cmp_double);
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

static void die(const char *what) {
  fprintf(stderr, "%s: %s\n", what, jdp_last_error());
  exit(1);
}

int main(int argc, char **argv) {
  int repeats = argc > 1 ? atoi(argv[1]) : 15;
  char path[1024];
  static char text[1 << 20];
  size_t len;
  FILE *f;
  jdp_catalog *cat = NULL;
  jdp_pipeline *p = NULL;
  double t_json[MAX_REPEATS], t_handle[MAX_REPEATS], t_b1[MAX_REPEATS], t_b2[MAX_REPEATS];
  const char *texts[BATCH];
  jdp_run *runs[BATCH];
  int r, i;

  if (repeats < 1 || repeats > MAX_REPEATS) repeats = 15;
  snprintf(path, sizeof path, "%s/examples/sample-jd.txt", JDPIPE_SOURCE_DIR);
  if (!(f = fopen(path, "rb"))) return 1;
  len = fread(text, 1, sizeof text - 1, f);
  fclose(f);
  text[len] = '\0';
  for (i = 0; i < BATCH; ++i) texts[i] = text;

  if (jdp_catalog_open(&cat, NULL) != JDP_OK) die("jdp_catalog_open");
  if (jdp_pipeline_new(&p, cat, NULL) != JDP_OK) die("jdp_pipeline_new");

  for (r = 0; r < repeats; ++r) {
    double t0;
    jdp_buf json = JDP_BUF_INIT;
    jdp_run *run = NULL;
    /* 20 single runs per sample, as JSON and as a handle */
    t0 = now_s();
    for (i = 0; i < 20; ++i) {
      if (jdp_run_json(&json, p, text, len, "b") != JDP_OK) die("jdp_run_json");
      jdp_buf_dispose(&json);
    }
    t_json[r] = (now_s() - t0) / 20;
    t0 = now_s();
    for (i = 0; i < 20; ++i) {
      if (jdp_pipeline_run(&run, p, text, len, "b") != JDP_OK || !jdp_run_chosen_role(run)) die("jdp_pipeline_run");
      jdp_run_free(run);
    }
    t_handle[r] = (now_s() - t0) / 20;
    t0 = now_s();
    if (jdp_pipeline_run_batch(runs, p, texts, NULL, NULL, BATCH, 1) != JDP_OK) die("batch 1");
    t_b1[r] = now_s() - t0;
    for (i = 0; i < BATCH; ++i) jdp_run_free(runs[i]);
    t0 = now_s();
    if (jdp_pipeline_run_batch(runs, p, texts, NULL, NULL, BATCH, 2) != JDP_OK) die("batch 2");
    t_b2[r] = now_s() - t0;
    for (i = 0; i < BATCH; ++i) jdp_run_free(runs[i]);
  }
  {
    double mj = median(t_json, repeats), mh = median(t_handle, repeats);
    double m1 = median(t_b1, repeats), m2 = median(t_b2, repeats);
    printf("| measurement (sample JD, starter catalog, %d repeats) | median |\n|---|---|\n", repeats);
    printf("| jdp_run_json, one run | %.1f us |\n", mj * 1e6);
    printf("| jdp_pipeline_run, one run as a handle (no JSON) | %.1f us |\n", mh * 1e6);
    printf("| JSON share of jdp_run_json | %.0f%% |\n", 100.0 * (mj - mh) / mj);
    printf("| jdp_pipeline_run_batch, %d JDs, 1 thread | %.0f JDs/s |\n", BATCH, BATCH / m1);
    printf("| jdp_pipeline_run_batch, %d JDs, 2 threads | %.0f JDs/s (x%.2f) |\n", BATCH, BATCH / m2, m1 / m2);
  }
  jdp_pipeline_free(p);
  jdp_catalog_free(cat);
  return 0;
}
