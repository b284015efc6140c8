/*
 * jdpipe.h: the stable C ABI of jdpipe (C99).
 *
 * Conventions (after libgit2):
 *   - Functions return an int status: JDP_OK (0) on success, a named negative
 *     JDP_E* code on failure. The message of the failure is then available from
 *     jdp_last_error() on the same thread.
 *   - Output parameters come first. On failure an output handle is set to NULL
 *     and an output jdp_buf to {NULL, 0}, so freeing it is always safe.
 *   - Handles are typed and opaque; every *_free function accepts NULL.
 *   - Strings the library returns live in a jdp_buf and are released with
 *     jdp_buf_dispose(); never free() them yourself.
 *   - Strings passed in are UTF-8. No C++ exception ever crosses this boundary.
 *   - Structs passed in (jdp_options) carry a version as their first member so
 *     that fields can be added later without breaking old callers.
 *
 * Thread safety:
 *   - A jdp_pipeline is immutable once built: jdp_run_json() may be called on
 *     the same pipeline from many threads at once without locking. Only
 *     jdp_pipeline_free() needs exclusive access (no run in flight).
 *   - A jdp_catalog handle may be shared: several pipelines, possibly on
 *     several threads, may be built from it. Persisting runs (options.persist)
 *     goes through the catalog's own transaction, one per run.
 *   - A pipeline keeps its catalog alive: jdp_catalog_free() may be called as
 *     soon as the pipelines that need the catalog have been created.
 *   - jdp_last_error() is per thread: a failure on one thread never changes the
 *     message another thread sees.
 */
#ifndef JDPIPE_JDPIPE_H
#define JDPIPE_JDPIPE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Symbol visibility ------------------------------------------------- */

#if defined(_WIN32) && defined(JDP_SHARED)
#  ifdef JDP_BUILDING
#    define JDP_EXTERN __declspec(dllexport)
#  else
#    define JDP_EXTERN __declspec(dllimport)
#  endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define JDP_EXTERN __attribute__((visibility("default")))
#else
#  define JDP_EXTERN
#endif

/* ---- Versions ----------------------------------------------------------- */

/* The version of the headers compiled against. Compare with jdp_version() to
 * detect a different library at run time. */
#define JDP_VERSION_MAJOR 0
#define JDP_VERSION_MINOR 1
#define JDP_VERSION_PATCH 0
#define JDP_VERSION_STRING "0.1.0"

/* Bumped only when this C ABI changes incompatibly (a removed function, a
 * changed signature or struct layout that the struct versions cannot absorb). */
#define JDP_ABI_VERSION 1

/**
 * The version of the linked library, e.g. "0.1.0". Never NULL; the string is
 * static and must not be freed.
 */
JDP_EXTERN const char *jdp_version(void);

/* ---- Status codes and errors -------------------------------------------- */

#define JDP_OK 0         /* success */
#define JDP_EINVAL -1    /* an invalid argument (NULL handle, bad struct version, bad option) */
#define JDP_ENOTFOUND -2 /* something named does not exist */
#define JDP_EPARSE -3    /* malformed input data (e.g. a bad catalog bundle line) */
#define JDP_EIO -4       /* a file could not be read or written */
#define JDP_EPLUGIN -5   /* a plug-in (embedder, LLM provider, catalog) failed */
#define JDP_EINTERNAL -6 /* a bug or an unexpected failure inside jdpipe */
#define JDP_ENOMEM -7    /* out of memory */

/**
 * The message of the most recent failure on the calling thread. Never NULL:
 * "" when no call on this thread has failed since the start or since
 * jdp_clear_error(). Successful calls leave the message unchanged, so look at
 * it only after a call returned a negative status. The string belongs to the
 * library and stays valid until the next jdp_* call on the same thread.
 */
JDP_EXTERN const char *jdp_last_error(void);

/**
 * Resets the calling thread's last error message to "".
 */
JDP_EXTERN void jdp_clear_error(void);

/**
 * A short constant name for a status code ("JDP_OK", "JDP_EINVAL", ...;
 * "JDP_E?" for an unknown code). Never NULL; static, must not be freed.
 */
JDP_EXTERN const char *jdp_status_name(int status);

/* ---- Library-owned strings ---------------------------------------------- */

/**
 * A string returned by the library: `size` bytes at `ptr`, followed by a NUL
 * terminator not counted in `size`. Initialise to {NULL, 0} (JDP_BUF_INIT);
 * release with jdp_buf_dispose().
 */
typedef struct {
  char *ptr;
  size_t size;
} jdp_buf;

#define JDP_BUF_INIT {NULL, 0}

/**
 * Frees the memory of a jdp_buf the library filled and resets it to
 * {NULL, 0}. Accepts NULL and an already disposed (or zeroed) buffer, so
 * disposing twice is harmless.
 */
JDP_EXTERN void jdp_buf_dispose(jdp_buf *buf);

/* ---- Catalogs ----------------------------------------------------------- */

/** A taxonomy of skills, roles, KRAs and dimensions (opaque). */
typedef struct jdp_catalog jdp_catalog;

/**
 * Opens a catalog.
 *
 * @param out   receives the new handle (NULL on failure); must not be NULL.
 * @param path  NULL or "" for the starter catalog compiled into the library;
 *              otherwise the path of a catalog bundle (.jsonl, one JSON record
 *              a line).
 * @return JDP_OK; JDP_EINVAL when `out` is NULL; JDP_EIO / JDP_ENOTFOUND when
 *         the file cannot be read; JDP_EPARSE for a malformed bundle. The
 *         error message names the path (and the line for a parse error).
 *
 * The catalog's learning state (with options.persist) lives in memory and is
 * lost when the last handle or pipeline using it is freed.
 */
JDP_EXTERN int jdp_catalog_open(jdp_catalog **out, const char *path);

/**
 * Releases a catalog handle. Accepts NULL. Pipelines created from the catalog
 * keep their own reference and stay usable.
 */
JDP_EXTERN void jdp_catalog_free(jdp_catalog *catalog);

/* ---- Options ------------------------------------------------------------ */

/** The version of struct jdp_options this header describes. */
#define JDP_OPTIONS_VERSION 1

/**
 * Pipeline options, mirroring jdpipe::Options. Initialise with
 * JDP_OPTIONS_INIT or jdp_options_init(), then change the fields you need;
 * `version` must stay JDP_OPTIONS_VERSION.
 */
typedef struct {
  unsigned int version; /* JDP_OPTIONS_VERSION */

  /* Signal fusion: fused = (w_alias*alias + w_kra*kra + w_skill*skill) / (sum of
   * weights). Weights must be finite and >= 0 with a positive sum. */
  double w_alias;
  double w_kra;
  double w_skill;
  /* Case B takes the best role when its content score is at least
   * accept_threshold and leads the second by margin; case C when it is below
   * new_role_threshold. */
  double accept_threshold;
  double margin;
  double new_role_threshold;
  /* Candidates kept per signal; at least 1. */
  int top_k;
  /* Non-zero: run ids derived from the input and options instead of random. */
  int deterministic_ids;
  /* Non-zero: per-stage timings in the run's "timings_us". */
  int record_timings;
  /* Non-zero: apply stage 5 and API 3 through the catalog (otherwise they are a
   * dry-run plan). */
  int persist;
  /* Longer input is rejected as too_long (a rejected run, not an error). */
  size_t max_input_bytes;
} jdp_options;

/** The defaults of jdpipe::Options, for initialising a jdp_options. */
#define JDP_OPTIONS_INIT \
  {JDP_OPTIONS_VERSION, 0.5, 0.35, 0.05, 0.45, 0.05, 0.2, 5, 0, 1, 0, 2u * 1024u * 1024u}

/**
 * Fills `opts` with the defaults (the same as JDP_OPTIONS_INIT).
 *
 * @param opts     the struct to fill; must not be NULL.
 * @param version  JDP_OPTIONS_VERSION (the caller's view of the struct).
 * @return JDP_OK, or JDP_EINVAL for a NULL `opts` or an unsupported version
 *         (`opts` is then left untouched).
 */
JDP_EXTERN int jdp_options_init(jdp_options *opts, unsigned int version);

/* ---- Pipelines ---------------------------------------------------------- */

/** A compiled pipeline over one catalog (opaque, immutable, thread-safe). */
typedef struct jdp_pipeline jdp_pipeline;

/**
 * Builds a pipeline: compiles the matchers and embeds the catalog's KRAs with
 * the default (hashing) embedder; no LLM. This is the expensive step; build
 * once and run many times.
 *
 * @param out      receives the new handle (NULL on failure); must not be NULL.
 * @param catalog  the catalog to match against; must not be NULL (open the
 *                 starter catalog with jdp_catalog_open(&c, NULL)). The
 *                 pipeline takes its own reference to it.
 * @param opts     NULL for the defaults; otherwise `opts->version` must be
 *                 JDP_OPTIONS_VERSION.
 * @return JDP_OK; JDP_EINVAL for a NULL argument, a wrong options version (the
 *         message names it) or an out-of-range option; another JDP_E* code
 *         when the catalog cannot be compiled.
 */
JDP_EXTERN int jdp_pipeline_new(jdp_pipeline **out, jdp_catalog *catalog, const jdp_options *opts);

/**
 * Releases a pipeline. Accepts NULL. No jdp_run_json() on it may be in flight.
 */
JDP_EXTERN void jdp_pipeline_free(jdp_pipeline *pipeline);

/**
 * Runs one job description through the pipeline and returns the run as JSON
 * (one line, keys sorted; the "Run JSON" format of jdpipe).
 *
 * A JD that cannot be processed (empty, too short or long, invalid UTF-8, not
 * a job ad...) is not an error: the call returns JDP_OK with a run whose api1
 * has "rejected":true and a "rejection_reason".
 *
 * Safe to call concurrently on the same pipeline from many threads.
 *
 * @param out       receives the JSON; must not be NULL. Its previous content
 *                  is NOT freed (dispose it first). Set to {NULL, 0} on failure.
 * @param pipeline  must not be NULL.
 * @param text      the JD bytes (need not be NUL-terminated); may be NULL only
 *                  when `len` is 0.
 * @param len       the number of bytes at `text`.
 * @param input_id  a caller's id copied into the run's "input_id"; NULL or ""
 *                  for none. Must be valid UTF-8.
 * @return JDP_OK; JDP_EINVAL for NULL `out` or `pipeline`, NULL `text` with
 *         `len` > 0, or an `input_id` that is not UTF-8; JDP_ENOMEM; another
 *         JDP_E* code for an unexpected failure.
 */
JDP_EXTERN int jdp_run_json(jdp_buf *out, jdp_pipeline *pipeline, const char *text, size_t len,
                            const char *input_id);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* JDPIPE_JDPIPE_H */
