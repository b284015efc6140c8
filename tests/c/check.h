/* The checks of the C tests: each counts a pass or prints the failure with jdp_last_error(). A
 * test program prints "N passed, M failed" last and exits non-zero when anything failed. */
#ifndef JDPIPE_TESTS_C_CHECK_H
#define JDPIPE_TESTS_C_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int g_passed = 0;
static int g_failed = 0;

#define CHECK(cond)                                                                  \
  do {                                                                               \
    if (cond) {                                                                      \
      ++g_passed;                                                                    \
    } else {                                                                         \
      ++g_failed;                                                                    \
      fprintf(stderr, "%s:%d: CHECK failed: %s (last error: \"%s\")\n", __FILE__, __LINE__, \
              #cond, jdp_last_error());                                              \
    }                                                                                \
  } while (0)

/* A status check that also names the code on failure. */
#define CHECK_RC(expr, expected)                                                            \
  do {                                                                                      \
    int rc_ = (expr);                                                                       \
    if (rc_ == (expected)) {                                                                \
      ++g_passed;                                                                           \
    } else {                                                                                \
      ++g_failed;                                                                           \
      fprintf(stderr, "%s:%d: %s returned %d (%s), expected %s (last error: \"%s\")\n",     \
              __FILE__, __LINE__, #expr, rc_, jdp_status_name(rc_), #expected, jdp_last_error()); \
    }                                                                                       \
  } while (0)

/* Shared helpers of the C tests. */
static int contains(const jdp_buf *b, const char *needle) {
  return b->ptr != NULL && strstr(b->ptr, needle) != NULL;
}

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *data;
  long size;
  if (!f) return NULL;
  if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
    fclose(f);
    return NULL;
  }
  data = (char *)malloc((size_t)size + 1);
  if (data && fread(data, 1, (size_t)size, f) != (size_t)size) {
    free(data);
    data = NULL;
  }
  fclose(f);
  if (data) {
    data[size] = '\0';
    *len = (size_t)size;
  }
  return data;
}

#endif
