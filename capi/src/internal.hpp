// Internals shared by the C ABI's source files: the per-thread last error, the exception
// barrier (JDP_TRY / JDP_CATCH) and the handle types behind the opaque C structs.
#pragma once

#include <memory>
#include <new>
#include <string>
#include <string_view>

#include "jdpipe/jdpipe.h"
#include "jdpipe/jdpipe.hpp"

namespace jdpipe::capi {

/// Stores the calling thread's last error and returns `status`. Never throws.
int set_error(int status, std::string_view message) noexcept;
int set_error(int status, std::string_view prefix, std::string_view message) noexcept;
int status_of(jdpipe::Error::Code code) noexcept;

/// Fills `out` with a malloc'd, NUL-terminated copy of `text`. Throws std::bad_alloc.
void copy_to_buf(jdp_buf* out, std::string_view text);

}  // namespace jdpipe::capi

// Used as the whole body of an entry point returning int:
//   int jdp_x(...) { JDP_TRY ...; return JDP_OK; JDP_CATCH }
#define JDP_TRY try {
#define JDP_CATCH                                                                         \
  }                                                                                       \
  catch (const jdpipe::Error& e) {                                                        \
    return ::jdpipe::capi::set_error(::jdpipe::capi::status_of(e.code()), e.what());      \
  }                                                                                       \
  catch (const std::bad_alloc&) {                                                         \
    return ::jdpipe::capi::set_error(JDP_ENOMEM, "out of memory");                        \
  }                                                                                       \
  catch (const std::exception& e) {                                                       \
    return ::jdpipe::capi::set_error(JDP_EINTERNAL, "internal error: ", e.what());        \
  }                                                                                       \
  catch (...) {                                                                           \
    return ::jdpipe::capi::set_error(JDP_EINTERNAL, "internal error: unknown C++ exception"); \
  }

struct jdp_catalog {
  std::shared_ptr<jdpipe::Catalog> catalog;
};

struct jdp_pipeline {
  // jdpipe::Pipeline holds its own shared_ptr to the catalog and plug-ins, so their handles
  // may be freed first.
  std::unique_ptr<jdpipe::Pipeline> pipeline;
};

struct jdp_run {
  jdpipe::Run run;
};

struct jdp_embedder {
  std::shared_ptr<const jdpipe::Embedder> embedder;
};

struct jdp_llm {
  std::shared_ptr<jdpipe::LLMProvider> llm;
};
