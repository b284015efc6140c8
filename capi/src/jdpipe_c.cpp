// The C ABI over the C++ API. Every entry point is noexcept in effect: exceptions from the
// C++ side are turned into a status code and the thread's last error by JDP_TRY / JDP_CATCH.

#include "jdpipe/jdpipe.h"
#include "internal.hpp"
#include "text/text.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <iterator>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "jdpipe/jdpipe.hpp"

// The C header's constants must describe the library they ship with.
static_assert(JDP_VERSION_MAJOR == JDPIPE_VERSION_MAJOR, "jdpipe.h version out of sync");
static_assert(JDP_VERSION_MINOR == JDPIPE_VERSION_MINOR, "jdpipe.h version out of sync");
static_assert(JDP_VERSION_PATCH == JDPIPE_VERSION_PATCH, "jdpipe.h version out of sync");
static_assert(std::string_view(JDP_VERSION_STRING) == std::string_view(JDPIPE_VERSION_STRING),
              "jdpipe.h version out of sync");

namespace {

// JDP_OPTIONS_INIT is spelled out in C. jdpipe::Options holds a shared_ptr (the skill tagger),
// so it is no literal type and its defaults cannot be compared here at compile time:
// tests/cpp/test_capi_options.cpp compares them field by field.
constexpr jdp_options kCDefaults = JDP_OPTIONS_INIT;
static_assert(kCDefaults.version == JDP_OPTIONS_VERSION);
static_assert(kCDefaults.llm_stages == JDP_LLM_STAGE_ALL, "JDP_OPTIONS_INIT out of sync");
static_assert(kCDefaults.skill_tagger == nullptr, "JDP_OPTIONS_INIT out of sync");
// Version 2 only appends fields: a version 1 struct is a prefix of it.
static_assert(offsetof(jdp_options, min_words) >= offsetof(jdp_options, max_input_bytes) + sizeof(size_t));
// Version 3 only appends skill_tagger: a version 2 struct is a prefix of it.
static_assert(offsetof(jdp_options, skill_tagger) >= offsetof(jdp_options, llm_stages) + sizeof(unsigned int));

}  // namespace

namespace jdpipe::capi {

// The last error is per thread. Setting it must not throw (it runs inside catch handlers), so
// an allocation failure while storing a message degrades to a static one.
thread_local std::string t_last_error;
thread_local bool t_last_error_oom = false;

int set_error(int status, std::string_view message) noexcept {
  try {
    t_last_error.assign(message);
    t_last_error_oom = false;
  } catch (...) {
    t_last_error.clear();
    t_last_error_oom = true;
  }
  return status;
}

int set_error(int status, std::string_view prefix, std::string_view message) noexcept {
  try {
    t_last_error.assign(prefix);
    t_last_error.append(message);
    t_last_error_oom = false;
  } catch (...) {
    t_last_error.clear();
    t_last_error_oom = true;
  }
  return status;
}

int status_of(jdpipe::Error::Code code) noexcept {
  using C = jdpipe::Error::Code;
  switch (code) {
    case C::kInvalidArgument: return JDP_EINVAL;
    case C::kNotFound: return JDP_ENOTFOUND;
    case C::kParse: return JDP_EPARSE;
    case C::kIO: return JDP_EIO;
    case C::kPlugin: return JDP_EPLUGIN;
    case C::kInternal: return JDP_EINTERNAL;
  }
  return JDP_EINTERNAL;
}

void copy_to_buf(jdp_buf* out, std::string_view text) {
  char* p = static_cast<char*>(std::malloc(text.size() + 1));
  if (!p) throw std::bad_alloc();
  if (!text.empty()) std::memcpy(p, text.data(), text.size());
  p[text.size()] = '\0';
  out->ptr = p;
  out->size = text.size();
}

}  // namespace jdpipe::capi

namespace {

using namespace jdpipe::capi;

bool finite_nonneg(double v) { return std::isfinite(v) && v >= 0; }

bool supported_options_version(unsigned int v) { return v >= 1 && v <= JDP_OPTIONS_VERSION; }

// The bytes of jdp_options that a caller's struct of `version` has (older structs are prefixes).
size_t options_size(unsigned int version) {
  switch (version) {
    case 1: return offsetof(jdp_options, max_input_bytes) + sizeof(size_t);
    case 2: return offsetof(jdp_options, llm_stages) + sizeof(unsigned int);
    default: return sizeof(jdp_options);
  }
}

std::string options_version_message(const char* who, unsigned int version) {
  return std::string(who) + ": jdp_options version " + std::to_string(version) +
         " is not supported (this library takes versions 1 to " + std::to_string(JDP_OPTIONS_VERSION) +
         "; initialise with JDP_OPTIONS_INIT or jdp_options_init)";
}

// Returns JDP_OK or sets the error and returns JDP_EINVAL. A version 1 struct is read up to
// max_input_bytes only; the later fields keep the C++ defaults. The skill tagger (version 3) is
// a file, loaded by jdp_pipeline_new_with only.
int to_cxx_options(const jdp_options& in, jdpipe::Options& out) {
  if (!supported_options_version(in.version))
    return set_error(JDP_EINVAL, options_version_message("jdp_pipeline_new", in.version));
  if (!finite_nonneg(in.w_alias) || !finite_nonneg(in.w_kra) || !finite_nonneg(in.w_skill) ||
      !(in.w_alias + in.w_kra + in.w_skill > 0)) {
    return set_error(JDP_EINVAL,
                     "jdp_options: w_alias, w_kra and w_skill must be finite, >= 0 and not all 0");
  }
  if (!std::isfinite(in.accept_threshold) || !std::isfinite(in.margin) ||
      !std::isfinite(in.new_role_threshold)) {
    return set_error(JDP_EINVAL,
                     "jdp_options: accept_threshold, margin and new_role_threshold must be finite");
  }
  if (in.top_k < 1) {
    return set_error(JDP_EINVAL,
                     "jdp_options: top_k must be at least 1 (got " + std::to_string(in.top_k) + ")");
  }
  out.w_alias = in.w_alias;
  out.w_kra = in.w_kra;
  out.w_skill = in.w_skill;
  out.accept_threshold = in.accept_threshold;
  out.margin = in.margin;
  out.new_role_threshold = in.new_role_threshold;
  out.top_k = in.top_k;
  out.deterministic_ids = in.deterministic_ids != 0;
  out.record_timings = in.record_timings != 0;
  out.persist = in.persist != 0;
  out.parse.max_input_bytes = in.max_input_bytes;
  if (in.version >= 2) {
    if (in.llm_stages & ~JDP_LLM_STAGE_ALL)
      return set_error(JDP_EINVAL, "jdp_options: llm_stages has bits outside JDP_LLM_STAGE_ALL");
    out.parse.min_words = in.min_words;
    out.llm_stages.parse = in.llm_stages & JDP_LLM_STAGE_PARSE;
    out.llm_stages.extract_skills = in.llm_stages & JDP_LLM_STAGE_EXTRACT_SKILLS;
    out.llm_stages.adjudicate = in.llm_stages & JDP_LLM_STAGE_ADJUDICATE;
    out.llm_stages.propose_role = in.llm_stages & JDP_LLM_STAGE_PROPOSE_ROLE;
    out.llm_stages.enrich_skill = in.llm_stages & JDP_LLM_STAGE_ENRICH_SKILL;
  }
  return JDP_OK;
}

void clear_buf(jdp_buf* out) {
  out->ptr = nullptr;
  out->size = 0;
}

// NULL or "" -> empty; otherwise must be UTF-8.
bool utf8_arg(const char* s) { return !s || jdpipe::text::is_valid_utf8(s); }

}  // namespace

extern "C" {

const char* jdp_version(void) {
  try {
    const char* v = jdpipe::version();
    return v ? v : JDP_VERSION_STRING;
  } catch (...) {
    return JDP_VERSION_STRING;
  }
}

const char* jdp_last_error(void) {
  return t_last_error_oom ? "out of memory (while recording an error message)"
                          : t_last_error.c_str();
}

void jdp_clear_error(void) {
  t_last_error.clear();
  t_last_error_oom = false;
}

const char* jdp_status_name(int status) {
  switch (status) {
    case JDP_OK: return "JDP_OK";
    case JDP_EINVAL: return "JDP_EINVAL";
    case JDP_ENOTFOUND: return "JDP_ENOTFOUND";
    case JDP_EPARSE: return "JDP_EPARSE";
    case JDP_EIO: return "JDP_EIO";
    case JDP_EPLUGIN: return "JDP_EPLUGIN";
    case JDP_EINTERNAL: return "JDP_EINTERNAL";
    case JDP_ENOMEM: return "JDP_ENOMEM";
    default: return "JDP_E?";
  }
}

void jdp_buf_dispose(jdp_buf* buf) {
  if (!buf) return;
  std::free(buf->ptr);
  buf->ptr = nullptr;
  buf->size = 0;
}

int jdp_buf_set(jdp_buf* buf, const char* data, size_t len) {
  if (!buf) return set_error(JDP_EINVAL, "jdp_buf_set: buf is NULL");
  if (!data && len > 0) return set_error(JDP_EINVAL, "jdp_buf_set: data is NULL but len > 0");
  JDP_TRY
  jdp_buf fresh{nullptr, 0};
  copy_to_buf(&fresh, data ? std::string_view(data, len) : std::string_view());
  jdp_buf_dispose(buf);
  *buf = fresh;
  return JDP_OK;
  JDP_CATCH
}

// ---- Catalogs ------------------------------------------------------------------------------

int jdp_catalog_open(jdp_catalog** out, const char* path) {
  if (!out) return set_error(JDP_EINVAL, "jdp_catalog_open: out is NULL");
  *out = nullptr;
  JDP_TRY
  auto handle = std::make_unique<jdp_catalog>();
  const std::string p = path ? path : "";
  try {
    handle->catalog = jdpipe::open_catalog(p);
  } catch (const jdpipe::Error& e) {
    // The caller must be able to tell which file failed even if the core's message does not
    // say.
    std::string_view msg = e.what();
    if (p.empty() || msg.find(p) != std::string_view::npos) throw;
    throw jdpipe::Error(e.code(), "cannot open catalog '" + p + "': " + e.what());
  }
  if (!handle->catalog) return set_error(JDP_EINTERNAL, "jdp_catalog_open: no catalog loaded");
  *out = handle.release();
  return JDP_OK;
  JDP_CATCH
}

void jdp_catalog_free(jdp_catalog* catalog) {
  try {
    delete catalog;
  } catch (...) {
  }
}

int jdp_catalog_import(jdp_catalog** out, const char* format, const char* source, unsigned int flags) {
  if (!out) return set_error(JDP_EINVAL, "jdp_catalog_import: out is NULL");
  *out = nullptr;
  if (!format) return set_error(JDP_EINVAL, "jdp_catalog_import: format is NULL");
  if (!source || !*source) return set_error(JDP_EINVAL, "jdp_catalog_import: source is NULL or empty");
  if (flags & ~JDP_IMPORT_ONET_TOOLS_USED)
    return set_error(JDP_EINVAL, "jdp_catalog_import: unknown flags " + std::to_string(flags));
  JDP_TRY
  const std::string kind = format;
  jdpipe::ImportOptions options;
  options.include_tools_used = (flags & JDP_IMPORT_ONET_TOOLS_USED) != 0;
  auto handle = std::make_unique<jdp_catalog>();
  if (kind == "onet") {
    handle->catalog = std::make_shared<jdpipe::InMemoryCatalog>(jdpipe::import_onet(source, options));
  } else if (kind == "esco") {
    handle->catalog = std::make_shared<jdpipe::InMemoryCatalog>(jdpipe::import_esco(source, options));
  } else if (kind == "bundle") {
    handle->catalog = jdpipe::InMemoryCatalog::from_bundle_file(source);
  } else {
    return set_error(JDP_EINVAL, "jdp_catalog_import: unknown format '" + kind + "' (onet, esco or bundle)");
  }
  *out = handle.release();
  return JDP_OK;
  JDP_CATCH
}

int jdp_catalog_export(jdp_catalog* catalog, const char* path) {
  if (!catalog || !catalog->catalog) return set_error(JDP_EINVAL, "jdp_catalog_export: catalog is NULL");
  if (!path || !*path) return set_error(JDP_EINVAL, "jdp_catalog_export: path is NULL or empty");
  JDP_TRY
  jdpipe::save_catalog(*catalog->catalog->snapshot(), path);
  return JDP_OK;
  JDP_CATCH
}

int jdp_catalog_stats_json(jdp_buf* out, jdp_catalog* catalog) {
  if (!out) return set_error(JDP_EINVAL, "jdp_catalog_stats_json: out is NULL");
  clear_buf(out);
  if (!catalog || !catalog->catalog) return set_error(JDP_EINVAL, "jdp_catalog_stats_json: catalog is NULL");
  JDP_TRY
  copy_to_buf(out, jdpipe::to_json(jdpipe::catalog_stats(*catalog->catalog->snapshot())));
  return JDP_OK;
  JDP_CATCH
}

int jdp_catalog_persist(jdp_buf* out, jdp_catalog* catalog, const jdp_run* run) {
  if (out) clear_buf(out);
  if (!catalog || !catalog->catalog) return set_error(JDP_EINVAL, "jdp_catalog_persist: catalog is NULL");
  if (!run) return set_error(JDP_EINVAL, "jdp_catalog_persist: run is NULL");
  JDP_TRY
  jdpipe::PersistReceipt receipt = catalog->catalog->persist(run->run);
  if (out) copy_to_buf(out, jdpipe::to_json(receipt));
  return JDP_OK;
  JDP_CATCH
}

// ---- Options and pipelines -----------------------------------------------------------------

int jdp_options_init(jdp_options* opts, unsigned int version) {
  if (!opts) return set_error(JDP_EINVAL, "jdp_options_init: opts is NULL");
  JDP_TRY
  if (!supported_options_version(version))
    return set_error(JDP_EINVAL, options_version_message("jdp_options_init", version));
  // Only the fields a struct of that version has.
  std::memcpy(opts, &kCDefaults, options_size(version));
  opts->version = version;
  return JDP_OK;
  JDP_CATCH
}

int jdp_pipeline_new_with(jdp_pipeline** out, jdp_catalog* catalog, const jdp_options* opts,
                          jdp_embedder* embedder, jdp_llm* llm) {
  if (!out) return set_error(JDP_EINVAL, "jdp_pipeline_new: out is NULL");
  *out = nullptr;
  if (!catalog || !catalog->catalog) return set_error(JDP_EINVAL, "jdp_pipeline_new: catalog is NULL");
  JDP_TRY
  jdpipe::Options options;
  if (opts) {
    if (int rc = to_cxx_options(*opts, options); rc != JDP_OK) return rc;
    if (opts->version >= 3 && opts->skill_tagger && *opts->skill_tagger)
      options.skill_tagger = jdpipe::SkillTagger::load(opts->skill_tagger);  // the error names the file
  }
  auto handle = std::make_unique<jdp_pipeline>();
  handle->pipeline = std::make_unique<jdpipe::Pipeline>(catalog->catalog, options,
                                                        embedder ? embedder->embedder : nullptr,
                                                        llm ? llm->llm : nullptr);
  *out = handle.release();
  return JDP_OK;
  JDP_CATCH
}

int jdp_pipeline_new(jdp_pipeline** out, jdp_catalog* catalog, const jdp_options* opts) {
  return jdp_pipeline_new_with(out, catalog, opts, nullptr, nullptr);
}

void jdp_pipeline_free(jdp_pipeline* pipeline) {
  // Destructors of the core do not throw; a stray one must still not cross into C.
  try {
    delete pipeline;
  } catch (...) {
  }
}

// ---- Runs ----------------------------------------------------------------------------------

int jdp_run_json(jdp_buf* out, jdp_pipeline* pipeline, const char* text, size_t len,
                 const char* input_id) {
  if (!out) return set_error(JDP_EINVAL, "jdp_run_json: out is NULL");
  clear_buf(out);
  if (!pipeline || !pipeline->pipeline) return set_error(JDP_EINVAL, "jdp_run_json: pipeline is NULL");
  if (!text && len > 0) return set_error(JDP_EINVAL, "jdp_run_json: text is NULL but len > 0");
  if (!utf8_arg(input_id)) return set_error(JDP_EINVAL, "jdp_run_json: input_id is not valid UTF-8");
  JDP_TRY
  std::string_view jd = text ? std::string_view(text, len) : std::string_view();
  jdpipe::Run run = pipeline->pipeline->run(jd, input_id ? input_id : "");
  copy_to_buf(out, run.to_json());
  return JDP_OK;
  JDP_CATCH
}

int jdp_pipeline_run(jdp_run** out, jdp_pipeline* pipeline, const char* text, size_t len, const char* input_id) {
  if (!out) return set_error(JDP_EINVAL, "jdp_pipeline_run: out is NULL");
  *out = nullptr;
  if (!pipeline || !pipeline->pipeline) return set_error(JDP_EINVAL, "jdp_pipeline_run: pipeline is NULL");
  if (!text && len > 0) return set_error(JDP_EINVAL, "jdp_pipeline_run: text is NULL but len > 0");
  if (!utf8_arg(input_id)) return set_error(JDP_EINVAL, "jdp_pipeline_run: input_id is not valid UTF-8");
  JDP_TRY
  auto handle = std::make_unique<jdp_run>();
  handle->run = pipeline->pipeline->run(text ? std::string_view(text, len) : std::string_view(),
                                        input_id ? input_id : "");
  *out = handle.release();
  return JDP_OK;
  JDP_CATCH
}

int jdp_pipeline_run_batch(jdp_run** outs, jdp_pipeline* pipeline, const char* const* texts, const size_t* lens,
                           const char* const* input_ids, size_t count, unsigned int threads) {
  if (!outs && count > 0) return set_error(JDP_EINVAL, "jdp_pipeline_run_batch: outs is NULL");
  for (size_t i = 0; i < count; ++i) outs[i] = nullptr;
  if (!pipeline || !pipeline->pipeline) return set_error(JDP_EINVAL, "jdp_pipeline_run_batch: pipeline is NULL");
  if (!texts && count > 0) return set_error(JDP_EINVAL, "jdp_pipeline_run_batch: texts is NULL");
  JDP_TRY
  std::vector<std::string> inputs(count), ids(count);
  for (size_t i = 0; i < count; ++i) {
    const size_t len = lens ? lens[i] : (texts[i] ? std::strlen(texts[i]) : 0);
    if (!texts[i] && len > 0)
      return set_error(JDP_EINVAL, "jdp_pipeline_run_batch: texts[" + std::to_string(i) + "] is NULL but its length is not 0");
    if (texts[i]) inputs[i].assign(texts[i], len);
    if (input_ids) {
      if (!utf8_arg(input_ids[i]))
        return set_error(JDP_EINVAL, "jdp_pipeline_run_batch: input_ids[" + std::to_string(i) + "] is not valid UTF-8");
      if (input_ids[i]) ids[i] = input_ids[i];
    } else {
      ids[i] = std::to_string(i);
    }
  }
  std::vector<jdpipe::Run> runs = pipeline->pipeline->run_batch(inputs, ids, threads);
  std::vector<std::unique_ptr<jdp_run>> handles(count);
  for (size_t i = 0; i < count; ++i) {
    handles[i] = std::make_unique<jdp_run>();
    handles[i]->run = std::move(runs[i]);
  }
  for (size_t i = 0; i < count; ++i) outs[i] = handles[i].release();
  return JDP_OK;
  JDP_CATCH
}

void jdp_run_free(jdp_run* run) {
  try {
    delete run;
  } catch (...) {
  }
}

int jdp_run_to_json(jdp_buf* out, const jdp_run* run, int indent) {
  if (!out) return set_error(JDP_EINVAL, "jdp_run_to_json: out is NULL");
  clear_buf(out);
  if (!run) return set_error(JDP_EINVAL, "jdp_run_to_json: run is NULL");
  JDP_TRY
  copy_to_buf(out, run->run.to_json(indent < 0 ? -1 : indent));
  return JDP_OK;
  JDP_CATCH
}

const char* jdp_run_id(const jdp_run* run) { return run ? run->run.run_id.c_str() : nullptr; }

int jdp_run_rejected(const jdp_run* run) { return run && run->run.rejected() ? 1 : 0; }

const char* jdp_run_rejection_reason(const jdp_run* run) {
  if (!run || !run->run.api1.rejection_reason) return nullptr;
  return run->run.api1.rejection_reason->c_str();
}

const char* jdp_run_case(const jdp_run* run) {
  if (!run) return nullptr;
  return run->run.rejected() ? "" : run->run.api1.stage4_decision.case_id.c_str();
}

const char* jdp_run_chosen_role(const jdp_run* run) {
  if (!run || run->run.rejected() || !run->run.api1.stage4_decision.chosen_role) return nullptr;
  return run->run.api1.stage4_decision.chosen_role->slug.c_str();
}

const char* jdp_run_new_role(const jdp_run* run) {
  if (!run || run->run.rejected() || !run->run.api1.stage4_decision.new_role_slug) return nullptr;
  return run->run.api1.stage4_decision.new_role_slug->c_str();
}

double jdp_run_confidence(const jdp_run* run) {
  return run && !run->run.rejected() ? run->run.api1.stage4_decision.confidence : 0.0;
}

size_t jdp_run_skill_count(const jdp_run* run) { return run ? run->run.api1.final_skills.size() : 0; }

const char* jdp_run_skill(const jdp_run* run, size_t i) {
  if (!run || i >= run->run.api1.final_skills.size()) return nullptr;
  return run->run.api1.final_skills[i].slug.c_str();
}

// ---- Lookups -------------------------------------------------------------------------------

int jdp_resolve_title_json(jdp_buf* out, jdp_pipeline* pipeline, const char* title, size_t k) {
  if (!out) return set_error(JDP_EINVAL, "jdp_resolve_title_json: out is NULL");
  clear_buf(out);
  if (!pipeline || !pipeline->pipeline) return set_error(JDP_EINVAL, "jdp_resolve_title_json: pipeline is NULL");
  if (!title) return set_error(JDP_EINVAL, "jdp_resolve_title_json: title is NULL");
  if (!utf8_arg(title)) return set_error(JDP_EINVAL, "jdp_resolve_title_json: title is not valid UTF-8");
  JDP_TRY
  copy_to_buf(out, jdpipe::to_json(pipeline->pipeline->resolve_title(title, k)));
  return JDP_OK;
  JDP_CATCH
}

int jdp_extract_skills_json(jdp_buf* out, jdp_pipeline* pipeline, const char* text, size_t len) {
  if (!out) return set_error(JDP_EINVAL, "jdp_extract_skills_json: out is NULL");
  clear_buf(out);
  if (!pipeline || !pipeline->pipeline) return set_error(JDP_EINVAL, "jdp_extract_skills_json: pipeline is NULL");
  if (!text && len > 0) return set_error(JDP_EINVAL, "jdp_extract_skills_json: text is NULL but len > 0");
  JDP_TRY
  copy_to_buf(out, jdpipe::to_json(pipeline->pipeline->extract_skills(
                       text ? std::string_view(text, len) : std::string_view())));
  return JDP_OK;
  JDP_CATCH
}

int jdp_link_skill_json(jdp_buf* out, jdp_pipeline* pipeline, const char* term, const char* context, size_t k) {
  if (!out) return set_error(JDP_EINVAL, "jdp_link_skill_json: out is NULL");
  clear_buf(out);
  if (!pipeline || !pipeline->pipeline) return set_error(JDP_EINVAL, "jdp_link_skill_json: pipeline is NULL");
  if (!term) return set_error(JDP_EINVAL, "jdp_link_skill_json: term is NULL");
  if (!utf8_arg(term) || !utf8_arg(context))
    return set_error(JDP_EINVAL, "jdp_link_skill_json: term or context is not valid UTF-8");
  JDP_TRY
  copy_to_buf(out, jdpipe::to_json(pipeline->pipeline->link_skill(term, context ? context : "", k)));
  return JDP_OK;
  JDP_CATCH
}

int jdp_parse_json(jdp_buf* out, const char* text, size_t len, const jdp_options* opts) {
  if (!out) return set_error(JDP_EINVAL, "jdp_parse_json: out is NULL");
  clear_buf(out);
  if (!text && len > 0) return set_error(JDP_EINVAL, "jdp_parse_json: text is NULL but len > 0");
  JDP_TRY
  jdpipe::Options options;
  if (opts) {
    if (int rc = to_cxx_options(*opts, options); rc != JDP_OK) return rc;
  }
  copy_to_buf(out, jdpipe::to_json(jdpipe::parse_jd(text ? std::string_view(text, len) : std::string_view(),
                                                    options.parse)));
  return JDP_OK;
  JDP_CATCH
}

// ---- Skill taggers ---------------------------------------------------------------------------

int jdp_skill_tagger_train(const char* const* files, size_t count, jdp_catalog* catalog, int epochs,
                           const char* out_path) {
  if (!files || count == 0) return set_error(JDP_EINVAL, "jdp_skill_tagger_train: no annotated files (files NULL or count 0)");
  if (!out_path || !*out_path) return set_error(JDP_EINVAL, "jdp_skill_tagger_train: out_path is NULL or empty");
  if (epochs < 0)
    return set_error(JDP_EINVAL, "jdp_skill_tagger_train: epochs must be >= 0 (0 for the default), got " +
                                     std::to_string(epochs));
  if (catalog && !catalog->catalog) return set_error(JDP_EINVAL, "jdp_skill_tagger_train: catalog is invalid");
  for (size_t i = 0; i < count; ++i)
    if (!files[i]) return set_error(JDP_EINVAL, "jdp_skill_tagger_train: files[" + std::to_string(i) + "] is NULL");
  JDP_TRY
  std::vector<jdpipe::AnnotatedText> texts;
  for (size_t i = 0; i < count; ++i) {
    auto more = jdpipe::SkillTagger::read_examples(files[i]);
    texts.insert(texts.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  }
  jdpipe::TaggerTraining training;
  if (epochs > 0) training.epochs = epochs;
  std::shared_ptr<jdpipe::Catalog> on = catalog ? catalog->catalog : jdpipe::InMemoryCatalog::starter();
  jdpipe::SkillTagger::train(texts, *on, training)->save(out_path);
  return JDP_OK;
  JDP_CATCH
}

}  // extern "C"
