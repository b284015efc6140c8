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
 *   - Structs passed in (jdp_options, jdp_embedder_vtable, jdp_llm_vtable)
 *     carry a version as their first member so that fields can be added later
 *     without breaking old callers; initialise them with their _INIT macro or
 *     their *_VERSION constant.
 *   - Results other than runs come back as JSON text in a jdp_buf (lookups,
 *     stats, receipts); runs come back as jdp_run handles with typed accessors
 *     (or as JSON with jdp_run_json / jdp_run_to_json).
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
 *   - jdp_pipeline_run(), jdp_pipeline_run_batch() and the lookups
 *     (jdp_resolve_title_json, jdp_extract_skills_json, jdp_link_skill_json)
 *     are as safe as jdp_run_json(). jdp_pipeline_run_batch() runs its own
 *     native threads.
 *   - A jdp_run is immutable: its accessors and jdp_run_to_json() may be called
 *     from many threads; jdp_catalog_persist() may run concurrently on one
 *     catalog (each run is one transaction, applied at most once).
 *   - jdp_catalog_import() and jdp_catalog_export() touch only their own
 *     handle and files.
 *   - Plug-in callbacks (embedders, LLM providers) are called from the
 *     threads that run the pipeline, several at once: they must be
 *     thread-safe. Embedder and LLM handles may be freed as soon as the
 *     pipelines that use them are built.
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
 *              a path ending .db, .sqlite or .sqlite3 for a SQLite catalog
 *              (jdpipe's persistent catalog); otherwise the path of a catalog
 *              bundle (.jsonl, one JSON record a line).
 * @return JDP_OK; JDP_EINVAL when `out` is NULL; JDP_EIO / JDP_ENOTFOUND when
 *         the file cannot be read; JDP_EPARSE for a malformed bundle. The
 *         error message names the path (and the line for a parse error).
 *
 * A bundle's learning state (with options.persist) lives in memory and is
 * lost when the last handle or pipeline using it is freed; a SQLite catalog
 * keeps it in its file.
 */
JDP_EXTERN int jdp_catalog_open(jdp_catalog **out, const char *path);

/**
 * Releases a catalog handle. Accepts NULL. Pipelines created from the catalog
 * keep their own reference and stay usable.
 */
JDP_EXTERN void jdp_catalog_free(jdp_catalog *catalog);

/* jdp_catalog_import flags. */
#define JDP_IMPORT_ONET_TOOLS_USED 1u /* O*NET: also import Tools Used.txt as TOOL skills */

/**
 * Imports a public taxonomy into a new in-memory catalog (save it with
 * jdp_catalog_export()).
 *
 * @param out     receives the new handle (NULL on failure); must not be NULL.
 * @param format  "onet" (the O*NET text database folder), "esco" (the ESCO
 *                CSV classification folder) or "bundle" (a .jsonl file).
 * @param source  the folder (onet, esco) or file (bundle) to read.
 * @param flags   0, or JDP_IMPORT_* bits.
 * @return JDP_OK; JDP_EINVAL for a NULL argument or an unknown format;
 *         JDP_ENOTFOUND for a missing file; JDP_EPARSE for a malformed one
 *         (the message names the file and line).
 */
JDP_EXTERN int jdp_catalog_import(jdp_catalog **out, const char *format, const char *source,
                                  unsigned int flags);

/**
 * Writes the catalog's records to `path`: a SQLite catalog when the path ends
 * .db, .sqlite or .sqlite3 (created; an existing catalog with records is
 * refused), otherwise a bundle (.jsonl, replaced atomically).
 *
 * @return JDP_OK; JDP_EINVAL for a NULL argument; JDP_EIO when the file
 *         cannot be written (the message names the path).
 */
JDP_EXTERN int jdp_catalog_export(jdp_catalog *catalog, const char *path);

/**
 * The catalog's counts as one JSON object: {"name", "version", "roles",
 * "role_aliases", "kras", "skills", "skill_aliases", "dimensions",
 * "role_skill_links", "skill_dimension_links"} (the same as `jdpipe catalog
 * stats`).
 *
 * @param out  receives the JSON; set to {NULL, 0} on failure.
 */
JDP_EXTERN int jdp_catalog_stats_json(jdp_buf *out, jdp_catalog *catalog);

/* ---- Options ------------------------------------------------------------ */

/** The version of struct jdp_options this header describes. Version 1 ended at
 * max_input_bytes; version 2 added min_words and llm_stages; version 3 added skill_tagger.
 * The library still accepts a version 1 or 2 struct (it reads only the fields that version
 * has and uses the defaults for the rest). */
#define JDP_OPTIONS_VERSION 3

/* Bits of jdp_options.llm_stages: with an LLM provider, the stages that ask it (the others
 * stay deterministic). */
#define JDP_LLM_STAGE_PARSE 1u
#define JDP_LLM_STAGE_EXTRACT_SKILLS 2u
#define JDP_LLM_STAGE_ADJUDICATE 4u
#define JDP_LLM_STAGE_PROPOSE_ROLE 8u
#define JDP_LLM_STAGE_ENRICH_SKILL 16u
#define JDP_LLM_STAGE_ALL 31u

/**
 * Pipeline options, mirroring jdpipe::Options. Initialise with
 * JDP_OPTIONS_INIT or jdp_options_init(), then change the fields you need;
 * `version` must stay JDP_OPTIONS_VERSION (or the older version the struct was
 * written for). New fields are only ever appended.
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

  /* ---- version 2 ---- */
  /* Input with fewer words is rejected as too_short. */
  size_t min_words;
  /* JDP_LLM_STAGE_* bits: the stages that ask the LLM provider, if one is given. */
  unsigned int llm_stages;

  /* ---- version 3 ---- */
  /* The path of a skill tagger model (from `jdpipe train-tagger` or
   * jdp_skill_tagger_train) whose spans skill extraction uses; NULL or "" for none.
   * jdp_pipeline_new loads it (the struct need not outlive the call). */
  const char *skill_tagger; /* a model from jdpipe train-tagger, NULL for none */
} jdp_options;

/** The defaults of jdpipe::Options, for initialising a jdp_options. */
#define JDP_OPTIONS_INIT \
  {JDP_OPTIONS_VERSION, 0.5, 0.35, 0.05, 0.45, 0.05, 0.2, 5, 0, 1, 0, 2u * 1024u * 1024u, 8u, JDP_LLM_STAGE_ALL, NULL}

/**
 * Fills `opts` with the defaults (the same as JDP_OPTIONS_INIT).
 *
 * @param opts     the struct to fill; must not be NULL.
 * @param version  JDP_OPTIONS_VERSION (the caller's view of the struct); an older
 *                 version fills only the fields that version has.
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
 *                 JDP_OPTIONS_VERSION (or an older version, 1 or 2).
 * @return JDP_OK; JDP_EINVAL for a NULL argument, a wrong options version (the
 *         message names it) or an out-of-range option; JDP_EIO or JDP_EPARSE
 *         when opts->skill_tagger cannot be read or is no tagger model (the
 *         message names the file); another JDP_E* code when the catalog cannot
 *         be compiled.
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

/* ---- Runs as handles ---------------------------------------------------- */

/** One pipeline run (opaque, immutable). Read it with the accessors below or
 * jdp_run_to_json(); persist it with jdp_catalog_persist(). */
typedef struct jdp_run jdp_run;

/**
 * Runs one job description, like jdp_run_json(), but returns the run as a
 * handle: read its decision without parsing JSON, persist it, or turn it into
 * JSON later. Safe to call concurrently on the same pipeline.
 *
 * @param out  receives the run (NULL on failure); free with jdp_run_free().
 * @return as jdp_run_json().
 */
JDP_EXTERN int jdp_pipeline_run(jdp_run **out, jdp_pipeline *pipeline, const char *text, size_t len,
                                const char *input_id);

/**
 * Runs `count` job descriptions on `threads` native threads (0: the hardware
 * concurrency) and fills outs[0..count-1] in input order.
 *
 * @param outs       an array of `count` run pointers the call fills; on
 *                   failure every entry is NULL.
 * @param texts      `count` JD texts; texts[i] has lens[i] bytes.
 * @param lens       `count` lengths; NULL when every text is NUL-terminated.
 * @param input_ids  NULL for the ids "0", "1", ...; otherwise `count` UTF-8
 *                   ids (NULL entries mean "").
 * @return JDP_OK; JDP_EINVAL for NULL `outs` / `pipeline` / `texts` (with
 *         count > 0), a NULL text with a positive length or an id that is not
 *         UTF-8; JDP_ENOMEM.
 */
JDP_EXTERN int jdp_pipeline_run_batch(jdp_run **outs, jdp_pipeline *pipeline, const char *const *texts,
                                      const size_t *lens, const char *const *input_ids, size_t count,
                                      unsigned int threads);

/** Releases a run. Accepts NULL. */
JDP_EXTERN void jdp_run_free(jdp_run *run);

/**
 * The run as JSON (the "Run JSON" format, keys sorted).
 *
 * @param indent  spaces per level; negative for one line.
 */
JDP_EXTERN int jdp_run_to_json(jdp_buf *out, const jdp_run *run, int indent);

/* Accessors. Strings belong to the run and live as long as it; a NULL run
 * gives NULL / 0. */

/** The run's id (a UUID, or derived from the input with deterministic_ids). */
JDP_EXTERN const char *jdp_run_id(const jdp_run *run);
/** Non-zero when the JD was rejected (see jdp_run_rejection_reason()). */
JDP_EXTERN int jdp_run_rejected(const jdp_run *run);
/** Why the JD was rejected ("too_short", "not_a_jd", ...), or NULL. */
JDP_EXTERN const char *jdp_run_rejection_reason(const jdp_run *run);
/** The decision's case: "A", "B", "C" or "D"; "" for a rejected run. */
JDP_EXTERN const char *jdp_run_case(const jdp_run *run);
/** The slug of the chosen catalog role, or NULL (rejected, or no role chosen). */
JDP_EXTERN const char *jdp_run_chosen_role(const jdp_run *run);
/** The slug proposed for a new role (case C), or NULL. */
JDP_EXTERN const char *jdp_run_new_role(const jdp_run *run);
/** The decision's confidence in [0, 1]; 0 for a rejected run. */
JDP_EXTERN double jdp_run_confidence(const jdp_run *run);
/** How many skills the run extracted. */
JDP_EXTERN size_t jdp_run_skill_count(const jdp_run *run);
/** The slug of skill `i` (0-based, in run order), or NULL when out of range. */
JDP_EXTERN const char *jdp_run_skill(const jdp_run *run, size_t i);

/**
 * Applies the learning loop of `run` (stage 5 and API 3) to `catalog` in one
 * transaction, at most once per run id, and returns what changed as JSON:
 * {"applied", "centroid_n_after", "collision_log_id", "queue_entry_id",
 * "skill_dimension_linked", "role_dimension_linked", "aliases_suggested"}
 * ("applied" is false when this run id was applied before). The run must come
 * from a pipeline over this catalog. A pipeline with options.persist does this
 * itself for each run.
 *
 * Safe to call from several threads on one catalog.
 *
 * @param out  receives the receipt JSON; may be NULL when not wanted.
 * @return JDP_OK; JDP_EINVAL for a NULL catalog or run; JDP_EIO when a SQLite
 *         catalog is read-only or stays locked.
 */
JDP_EXTERN int jdp_catalog_persist(jdp_buf *out, jdp_catalog *catalog, const jdp_run *run);

/* ---- Single-purpose lookups --------------------------------------------- */

/**
 * The top `k` catalog roles for a bare job title, as a JSON array, best first:
 * [{"slug", "display_name", "external_id", "score", "matched_via"}, ...].
 * An unknown title gives "[]".
 */
JDP_EXTERN int jdp_resolve_title_json(jdp_buf *out, jdp_pipeline *pipeline, const char *title, size_t k);

/**
 * The skills of a job description (parse, then the skill matcher; no role
 * resolution), as a JSON array: [{"skill_name", "slug", "skill_id",
 * "external_id", "is_primary", "matched_via", "surface_forms", "evidence":
 * [{"byte_start", "byte_end", "sentence"}]}, ...]. A JD the parser rejects
 * gives "[]".
 */
JDP_EXTERN int jdp_extract_skills_json(jdp_buf *out, jdp_pipeline *pipeline, const char *text, size_t len);

/**
 * The top `k` catalog skills for one skill mention, as a JSON array:
 * [{"slug", "display_name", "external_id", "score", "matched_via"}, ...].
 *
 * @param context  the sentence around the mention, or NULL.
 */
JDP_EXTERN int jdp_link_skill_json(jdp_buf *out, jdp_pipeline *pipeline, const char *term, const char *context,
                                   size_t k);

/**
 * Runs only the deterministic parser (stage 0) and returns its result as the
 * run JSON's "nano_parsed" object: JD_type ("pass" or "reject") with a
 * rejection_reason, company, sections with byte spans, CTC, experience,
 * locations, role title... No pipeline or catalog needed.
 *
 * @param opts  NULL for the defaults; its max_input_bytes and (version 2)
 *              min_words apply.
 */
JDP_EXTERN int jdp_parse_json(jdp_buf *out, const char *text, size_t len, const jdp_options *opts);

/* ---- Plug-ins ----------------------------------------------------------- */
/*
 * An embedder or LLM provider written in C (or Rust, Go...) is a versioned
 * vtable plus a `void *user_data` passed back to every call. The library copies
 * the vtable, so it may live on the stack. `free_user_data` (may be NULL) is
 * called exactly once, when the last handle or pipeline using the plug-in is
 * released; it is not called when jdp_*_new fails (user_data stays yours).
 *
 * Callbacks are called from the threads that run the pipeline, possibly
 * several at once: they must be thread-safe. They report a failure by
 * returning non-zero and writing a NUL-terminated message of at most
 * `err_size` bytes into `err` (err is "" on entry). A failure while a pipeline
 * is built fails jdp_pipeline_new_with() with JDP_EPLUGIN; during a run the
 * stage falls back to its deterministic path and the run lists it in
 * "fallbacks". Callbacks must not call back into the same pipeline.
 */

/** The version of jdp_embedder_vtable this header describes. */
#define JDP_EMBEDDER_VTABLE_VERSION 1

typedef struct {
  unsigned int version; /* JDP_EMBEDDER_VTABLE_VERSION */
  /* Names the model and its settings; KRA embeddings are cached under it.
   * Copied by jdp_embedder_new(). */
  const char *name;
  /* The dimension of the vectors, >= 1. */
  int dim;
  /* Embeds `count` texts: texts[i] is lens[i] bytes of UTF-8 (also
   * NUL-terminated). Writes count * dim floats, row-major, to `out`. Rows need
   * not be normalised (the library L2-normalises them); a zero row means "no
   * features". Returns 0 on success. */
  int (*embed)(void *user_data, const char *const *texts, const size_t *lens, size_t count, float *out,
               char *err, size_t err_size);
  /* Releases user_data; may be NULL. */
  void (*free_user_data)(void *user_data);
} jdp_embedder_vtable;

/** An embedder handle (opaque, reference-counted). */
typedef struct jdp_embedder jdp_embedder;

/**
 * Wraps a C embedder.
 *
 * @return JDP_OK; JDP_EINVAL for a NULL out / vtable / embed / name, a
 *         vtable version this library does not know or a dim < 1.
 */
JDP_EXTERN int jdp_embedder_new(jdp_embedder **out, const jdp_embedder_vtable *vtable, void *user_data);

/**
 * The built-in hashing embedder with `dim` buckets (the default of a pipeline
 * is one of 1024 buckets fitted on the catalog's text).
 */
JDP_EXTERN int jdp_embedder_new_hashing(jdp_embedder **out, int dim);

/**
 * Embeds `count` NUL-terminated texts with any embedder, writing count * dim
 * floats (rows L2-normalised) to `out`, which must hold that many.
 *
 * @param dim  receives the embedder's dimension when not NULL; with out NULL
 *             the call only reports it.
 */
JDP_EXTERN int jdp_embedder_embed(jdp_embedder *embedder, const char *const *texts, size_t count, float *out,
                                  int *dim);

/** Releases the handle. Accepts NULL. Pipelines using the embedder keep it. */
JDP_EXTERN void jdp_embedder_free(jdp_embedder *embedder);

/**
 * The answer of an LLM call, filled by the chat callback. The library
 * initialises it to zeros; fill the strings with jdp_buf_set() (never assign
 * your own memory to them).
 */
typedef struct {
  jdp_buf text;  /* JSON following the request's json_schema (required) */
  jdp_buf model; /* the model that answered (optional) */
  int prompt_tokens;
  int completion_tokens;
  double cost_usd; /* 0 when unknown */
} jdp_chat_answer;

/**
 * Copies `len` bytes at `data` into `buf` (library memory, NUL-terminated),
 * disposing of its previous content. Plug-ins use it to fill a
 * jdp_chat_answer.
 *
 * @return JDP_OK; JDP_EINVAL for a NULL buf, or NULL data with len > 0;
 *         JDP_ENOMEM.
 */
JDP_EXTERN int jdp_buf_set(jdp_buf *buf, const char *data, size_t len);

/** The version of jdp_llm_vtable this header describes. */
#define JDP_LLM_VTABLE_VERSION 1

typedef struct {
  unsigned int version; /* JDP_LLM_VTABLE_VERSION */
  /* Names the provider and model; copied by jdp_llm_new(). */
  const char *name;
  /* Answers one chat request. request_json (NUL-terminated, request_len
   * bytes) is {"task": str, "messages": [{"role": str, "content": str}, ...],
   * "schema_name": str, "json_schema": str (the JSON schema as text),
   * "temperature": number}. The pipeline validates the answer. Returns 0 on
   * success. */
  int (*chat)(void *user_data, const char *request_json, size_t request_len, jdp_chat_answer *answer, char *err,
              size_t err_size);
  /* Releases user_data; may be NULL. */
  void (*free_user_data)(void *user_data);
} jdp_llm_vtable;

/** An LLM provider handle (opaque, reference-counted). */
typedef struct jdp_llm jdp_llm;

/**
 * Wraps a C LLM provider.
 *
 * @return JDP_OK; JDP_EINVAL for a NULL out / vtable / chat / name or a vtable
 *         version this library does not know.
 */
JDP_EXTERN int jdp_llm_new(jdp_llm **out, const jdp_llm_vtable *vtable, void *user_data);

/**
 * The built-in OpenAI-compatible provider (OpenAI, vLLM, llama.cpp server,
 * Ollama...) over HTTP.
 *
 * @param model     the model name; required.
 * @param base_url  up to the version path (".../v1"); NULL or "" for
 *                  $OPENAI_BASE_URL, else https://api.openai.com/v1.
 * @param api_key   NULL or "" for $OPENAI_API_KEY (may stay empty for local
 *                  servers). Never logged.
 */
JDP_EXTERN int jdp_llm_new_openai(jdp_llm **out, const char *model, const char *base_url, const char *api_key);

/**
 * Wraps a provider in a SQLite answer cache (record and replay LLM runs).
 *
 * @param inner  the provider asked on a miss; may be NULL in "replay" mode.
 * @param path   the SQLite file (created when missing); required.
 * @param mode   "read-write" (NULL: the default), "record" or "replay" (a miss
 *               fails the call, and the stage falls back).
 * @param model  the model identity in the cache key; NULL or "" for the inner
 *               provider's name (required in replay mode without `inner`).
 * @return JDP_OK; JDP_EINVAL for a bad mode or missing argument; JDP_EIO when
 *         the store cannot be opened.
 */
JDP_EXTERN int jdp_llm_new_caching(jdp_llm **out, jdp_llm *inner, const char *path, const char *mode,
                                   const char *model);

/** Releases the handle. Accepts NULL. Pipelines using the provider keep it. */
JDP_EXTERN void jdp_llm_free(jdp_llm *llm);

/**
 * Builds a pipeline like jdp_pipeline_new(), with plug-ins.
 *
 * @param embedder  NULL for the default hashing embedder fitted on the
 *                  catalog; the catalog's KRAs are embedded here.
 * @param llm       NULL for none; options.llm_stages picks the stages that ask it.
 * @return as jdp_pipeline_new(); JDP_EPLUGIN when the embedder fails while the
 *         catalog's KRAs are embedded.
 */
JDP_EXTERN int jdp_pipeline_new_with(jdp_pipeline **out, jdp_catalog *catalog, const jdp_options *opts,
                                     jdp_embedder *embedder, jdp_llm *llm);

/* ---- Skill taggers ------------------------------------------------------ */

/**
 * Trains a skill tagger on annotated texts and writes the model to
 * `out_path`, for jdp_options.skill_tagger (the same as `jdpipe train-tagger
 * FILE... --catalog ... --epochs N -o out_path`, seed 1).
 *
 * @param files     `count` JSON Lines files of {"text": ..., "spans": [[start,
 *                  end], ...]} (UTF-8 byte offsets) or SkillSpan sentences; all
 *                  are read and trained on together. count >= 1.
 * @param catalog   the catalog whose skill dictionary is one of the features
 *                  (use the catalog the tagger will run with); NULL for the
 *                  starter catalog.
 * @param epochs    passes over the texts; 0 for the default (25).
 * @param out_path  the model file to write.
 * @return JDP_OK; JDP_EINVAL for a NULL argument, count 0, epochs < 0 or texts
 *         without any annotated span; JDP_EIO / JDP_EPARSE when a file cannot
 *         be read or a line is malformed, or the model cannot be written (the
 *         message names the file, and the line).
 */
JDP_EXTERN int jdp_skill_tagger_train(const char *const *files, size_t count, jdp_catalog *catalog, int epochs,
                                      const char *out_path);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* JDPIPE_JDPIPE_H */
