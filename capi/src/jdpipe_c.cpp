// The C ABI over the C++ API. Every entry point is noexcept in effect: exceptions from the
// C++ side are turned into a status code and the thread's last error by JDP_TRY / JDP_CATCH.

#include "jdpipe/jdpipe.h"
#include "text/text.hpp"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <new>
#include <string>
#include <string_view>

#include "jdpipe/jdpipe.hpp"

// The C header's constants must describe the library they ship with.
static_assert(JDP_VERSION_MAJOR == JDPIPE_VERSION_MAJOR, "jdpipe.h version out of sync");
static_assert(JDP_VERSION_MINOR == JDPIPE_VERSION_MINOR, "jdpipe.h version out of sync");
static_assert(JDP_VERSION_PATCH == JDPIPE_VERSION_PATCH, "jdpipe.h version out of sync");
static_assert(std::string_view(JDP_VERSION_STRING) == std::string_view(JDPIPE_VERSION_STRING),
              "jdpipe.h version out of sync");

namespace {

// JDP_OPTIONS_INIT is spelled out in C; keep it equal to the C++ defaults at compile time.
constexpr jdp_options kCDefaults = JDP_OPTIONS_INIT;
constexpr jdpipe::Options kCxxDefaults{};
static_assert(kCDefaults.version == JDP_OPTIONS_VERSION);
static_assert(kCDefaults.w_alias == kCxxDefaults.w_alias, "JDP_OPTIONS_INIT out of sync");
static_assert(kCDefaults.w_kra == kCxxDefaults.w_kra, "JDP_OPTIONS_INIT out of sync");
static_assert(kCDefaults.w_skill == kCxxDefaults.w_skill, "JDP_OPTIONS_INIT out of sync");
static_assert(kCDefaults.accept_threshold == kCxxDefaults.accept_threshold,
              "JDP_OPTIONS_INIT out of sync");
static_assert(kCDefaults.margin == kCxxDefaults.margin, "JDP_OPTIONS_INIT out of sync");
static_assert(kCDefaults.new_role_threshold == kCxxDefaults.new_role_threshold,
              "JDP_OPTIONS_INIT out of sync");
static_assert(kCDefaults.top_k == kCxxDefaults.top_k, "JDP_OPTIONS_INIT out of sync");
static_assert((kCDefaults.deterministic_ids != 0) == kCxxDefaults.deterministic_ids,
              "JDP_OPTIONS_INIT out of sync");
static_assert((kCDefaults.record_timings != 0) == kCxxDefaults.record_timings,
              "JDP_OPTIONS_INIT out of sync");
static_assert((kCDefaults.persist != 0) == kCxxDefaults.persist, "JDP_OPTIONS_INIT out of sync");
static_assert(kCDefaults.max_input_bytes == kCxxDefaults.parse.max_input_bytes,
              "JDP_OPTIONS_INIT out of sync");

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

// Used as the whole body of an entry point returning int:
//   int jdp_x(...) { JDP_TRY ...; return JDP_OK; JDP_CATCH }
#define JDP_TRY try {
#define JDP_CATCH                                                              \
  }                                                                            \
  catch (const jdpipe::Error& e) {                                             \
    return set_error(status_of(e.code()), e.what());                           \
  }                                                                            \
  catch (const std::bad_alloc&) {                                              \
    return set_error(JDP_ENOMEM, "out of memory");                             \
  }                                                                            \
  catch (const std::exception& e) {                                            \
    return set_error(JDP_EINTERNAL, "internal error: ", e.what());             \
  }                                                                            \
  catch (...) {                                                                \
    return set_error(JDP_EINTERNAL, "internal error: unknown C++ exception");  \
  }

bool finite_nonneg(double v) { return std::isfinite(v) && v >= 0; }

// Returns JDP_OK or sets the error and returns JDP_EINVAL.
int to_cxx_options(const jdp_options& in, jdpipe::Options& out) {
  if (in.version != JDP_OPTIONS_VERSION) {
    return set_error(JDP_EINVAL, "jdp_options version " + std::to_string(in.version) +
                                     " is not supported (this library expects version " +
                                     std::to_string(JDP_OPTIONS_VERSION) +
                                     "; initialise with JDP_OPTIONS_INIT or jdp_options_init)");
  }
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
  return JDP_OK;
}

}  // namespace

struct jdp_catalog {
  std::shared_ptr<jdpipe::Catalog> catalog;
};

struct jdp_pipeline {
  // jdpipe::Pipeline holds its own shared_ptr to the catalog, so the catalog handle may be
  // freed first.
  std::unique_ptr<jdpipe::Pipeline> pipeline;
};

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

int jdp_catalog_open(jdp_catalog** out, const char* path) {
  if (!out) return set_error(JDP_EINVAL, "jdp_catalog_open: out is NULL");
  *out = nullptr;
  JDP_TRY
  auto handle = std::make_unique<jdp_catalog>();
  if (!path || !*path) {
    handle->catalog = jdpipe::InMemoryCatalog::starter();
  } else {
    try {
      handle->catalog = jdpipe::InMemoryCatalog::from_bundle_file(path);
    } catch (const jdpipe::Error& e) {
      // The caller must be able to tell which file failed even if the core's message does not
      // say.
      std::string_view msg = e.what();
      if (msg.find(path) != std::string_view::npos) throw;
      throw jdpipe::Error(e.code(), std::string("cannot open catalog '") + path + "': " + e.what());
    }
  }
  if (!handle->catalog) return set_error(JDP_EINTERNAL, "jdp_catalog_open: no catalog loaded");
  *out = handle.release();
  return JDP_OK;
  JDP_CATCH
}

void jdp_catalog_free(jdp_catalog* catalog) { delete catalog; }

int jdp_options_init(jdp_options* opts, unsigned int version) {
  if (!opts) return set_error(JDP_EINVAL, "jdp_options_init: opts is NULL");
  JDP_TRY
  if (version != JDP_OPTIONS_VERSION) {
    return set_error(JDP_EINVAL, "jdp_options_init: jdp_options version " +
                                     std::to_string(version) +
                                     " is not supported (this library expects version " +
                                     std::to_string(JDP_OPTIONS_VERSION) + ")");
  }
  *opts = kCDefaults;
  return JDP_OK;
  JDP_CATCH
}

int jdp_pipeline_new(jdp_pipeline** out, jdp_catalog* catalog, const jdp_options* opts) {
  if (!out) return set_error(JDP_EINVAL, "jdp_pipeline_new: out is NULL");
  *out = nullptr;
  if (!catalog || !catalog->catalog) return set_error(JDP_EINVAL, "jdp_pipeline_new: catalog is NULL");
  JDP_TRY
  jdpipe::Options options;
  if (opts) {
    if (int rc = to_cxx_options(*opts, options); rc != JDP_OK) return rc;
  }
  auto handle = std::make_unique<jdp_pipeline>();
  handle->pipeline = std::make_unique<jdpipe::Pipeline>(catalog->catalog, options);
  *out = handle.release();
  return JDP_OK;
  JDP_CATCH
}

void jdp_pipeline_free(jdp_pipeline* pipeline) {
  // Destructors of the core do not throw; a stray one must still not cross into C.
  try {
    delete pipeline;
  } catch (...) {
  }
}

int jdp_run_json(jdp_buf* out, jdp_pipeline* pipeline, const char* text, size_t len,
                 const char* input_id) {
  if (!out) return set_error(JDP_EINVAL, "jdp_run_json: out is NULL");
  out->ptr = nullptr;
  out->size = 0;
  if (!pipeline || !pipeline->pipeline) return set_error(JDP_EINVAL, "jdp_run_json: pipeline is NULL");
  if (!text && len > 0) return set_error(JDP_EINVAL, "jdp_run_json: text is NULL but len > 0");
  std::string_view id = input_id ? std::string_view(input_id) : std::string_view();
  if (!jdpipe::text::is_valid_utf8(id)) return set_error(JDP_EINVAL, "jdp_run_json: input_id is not valid UTF-8");
  JDP_TRY
  std::string_view jd = text ? std::string_view(text, len) : std::string_view();
  jdpipe::Run run = pipeline->pipeline->run(jd, id);
  std::string json = run.to_json();
  char* p = static_cast<char*>(std::malloc(json.size() + 1));
  if (!p) throw std::bad_alloc();
  std::memcpy(p, json.data(), json.size());
  p[json.size()] = '\0';
  out->ptr = p;
  out->size = json.size();
  return JDP_OK;
  JDP_CATCH
}

}  // extern "C"
