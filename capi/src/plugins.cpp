// Plug-ins written in C: embedders and LLM providers given as versioned vtables with a
// user_data pointer, adapted to jdpipe::Embedder / jdpipe::LLMProvider.

#include <cmath>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "internal.hpp"
#include "util/json.hpp"

using namespace jdpipe::capi;

namespace {

constexpr size_t kErrSize = 512;

// Calls the vtable's free hook once, when the last owner lets go.
struct UserData {
  void* ptr;
  void (*free_fn)(void*);
  ~UserData() {
    if (free_fn) free_fn(ptr);
  }
};

std::string plugin_message(const char* err, const std::string& fallback) {
  std::string msg(err, strnlen(err, kErrSize));
  return msg.empty() ? fallback : msg;
}

class CEmbedder final : public jdpipe::Embedder {
 public:
  CEmbedder(const jdp_embedder_vtable& vt, void* user_data)
      : name_(vt.name), dim_(vt.dim), embed_(vt.embed), user_data_{user_data, vt.free_user_data} {}

  std::string name() const override { return name_; }
  int dim() const override { return dim_; }

  jdpipe::Matrix embed(const std::vector<std::string>& texts) const override {
    jdpipe::Matrix out = jdpipe::Matrix::Zero(static_cast<Eigen::Index>(texts.size()), dim_);
    if (texts.empty()) return out;
    std::vector<const char*> ptrs(texts.size());
    std::vector<size_t> lens(texts.size());
    for (size_t i = 0; i < texts.size(); ++i) {
      ptrs[i] = texts[i].c_str();
      lens[i] = texts[i].size();
    }
    char err[kErrSize] = {0};
    const int rc = embed_(user_data_.ptr, ptrs.data(), lens.data(), texts.size(), out.data(), err, kErrSize);
    err[kErrSize - 1] = '\0';
    if (rc != 0)
      throw jdpipe::Error(jdpipe::Error::Code::kPlugin,
                          "embedder '" + name_ + "' failed: " +
                              plugin_message(err, "embed returned " + std::to_string(rc) + " with no message"));
    for (Eigen::Index r = 0; r < out.rows(); ++r) {
      auto row = out.row(r);
      if (!row.allFinite())
        throw jdpipe::Error(jdpipe::Error::Code::kPlugin,
                            "embedder '" + name_ + "' returned a non-finite value in row " + std::to_string(r));
      const float norm = row.norm();
      if (norm > 0) row /= norm;
    }
    return out;
  }

 private:
  std::string name_;
  int dim_;
  decltype(jdp_embedder_vtable::embed) embed_;
  UserData user_data_;
};

// {"task", "messages": [{"role", "content"}], "schema_name", "json_schema", "temperature"}
std::string request_json(const jdpipe::ChatRequest& request) {
  using jdpipe::json::append_quoted;
  std::string out = "{\"task\":";
  append_quoted(out, request.task);
  out += ",\"messages\":[";
  for (size_t i = 0; i < request.messages.size(); ++i) {
    out += i ? ",{\"role\":" : "{\"role\":";
    append_quoted(out, request.messages[i].role);
    out += ",\"content\":";
    append_quoted(out, request.messages[i].content);
    out += "}";
  }
  out += "],\"schema_name\":";
  append_quoted(out, request.schema_name);
  out += ",\"json_schema\":";
  append_quoted(out, request.json_schema);
  out += ",\"temperature\":";
  out += jdpipe::json::Value(request.temperature).dump();
  out += "}";
  return out;
}

class CLLMProvider final : public jdpipe::LLMProvider {
 public:
  CLLMProvider(const jdp_llm_vtable& vt, void* user_data)
      : name_(vt.name), chat_(vt.chat), user_data_{user_data, vt.free_user_data} {}

  std::string name() const override { return name_; }

  jdpipe::ChatResponse chat(const jdpipe::ChatRequest& request) override {
    const std::string req = request_json(request);
    jdp_chat_answer answer{};
    char err[kErrSize] = {0};
    const int rc = chat_(user_data_.ptr, req.c_str(), req.size(), &answer, err, kErrSize);
    err[kErrSize - 1] = '\0';
    // Take the strings out before anything can throw, so that they are always freed.
    std::string text = answer.text.ptr ? std::string(answer.text.ptr, answer.text.size) : std::string();
    std::string model = answer.model.ptr ? std::string(answer.model.ptr, answer.model.size) : std::string();
    const bool has_text = answer.text.ptr != nullptr;
    jdp_buf_dispose(&answer.text);
    jdp_buf_dispose(&answer.model);
    const std::string who = "LLM provider '" + name_ + "' for task '" + request.task + "'";
    if (rc != 0)
      throw jdpipe::Error(jdpipe::Error::Code::kPlugin,
                          who + " failed: " + plugin_message(err, "chat returned " + std::to_string(rc) + " with no message"));
    if (!has_text) throw jdpipe::Error(jdpipe::Error::Code::kPlugin, who + " returned no text");
    if (answer.prompt_tokens < 0 || answer.completion_tokens < 0 || !std::isfinite(answer.cost_usd) ||
        answer.cost_usd < 0)
      throw jdpipe::Error(jdpipe::Error::Code::kPlugin, who + " returned negative or non-finite counts or cost");
    jdpipe::ChatResponse out;
    out.text = std::move(text);
    out.model = std::move(model);
    out.prompt_tokens = answer.prompt_tokens;
    out.completion_tokens = answer.completion_tokens;
    out.cost_usd = answer.cost_usd;
    return out;
  }

 private:
  std::string name_;
  decltype(jdp_llm_vtable::chat) chat_;
  UserData user_data_;
};

}  // namespace

extern "C" {

int jdp_embedder_new(jdp_embedder** out, const jdp_embedder_vtable* vtable, void* user_data) {
  if (!out) return set_error(JDP_EINVAL, "jdp_embedder_new: out is NULL");
  *out = nullptr;
  if (!vtable) return set_error(JDP_EINVAL, "jdp_embedder_new: vtable is NULL");
  if (vtable->version != JDP_EMBEDDER_VTABLE_VERSION)
    return set_error(JDP_EINVAL, "jdp_embedder_new: jdp_embedder_vtable version " + std::to_string(vtable->version) +
                                     " is not supported (this library expects " +
                                     std::to_string(JDP_EMBEDDER_VTABLE_VERSION) + ")");
  if (!vtable->embed) return set_error(JDP_EINVAL, "jdp_embedder_new: vtable->embed is NULL");
  if (!vtable->name || !*vtable->name) return set_error(JDP_EINVAL, "jdp_embedder_new: vtable->name is NULL or empty");
  if (vtable->dim < 1 || vtable->dim > (1 << 24))
    return set_error(JDP_EINVAL, "jdp_embedder_new: vtable->dim must be in [1, 16777216], got " +
                                     std::to_string(vtable->dim));
  JDP_TRY
  auto handle = std::make_unique<jdp_embedder>();
  // Until the C++ object exists, a failure must not call the free hook (user_data stays the
  // caller's); make_shared either builds it or throws before owning user_data.
  handle->embedder = std::make_shared<CEmbedder>(*vtable, user_data);
  *out = handle.release();
  return JDP_OK;
  JDP_CATCH
}

int jdp_embedder_new_hashing(jdp_embedder** out, int dim) {
  if (!out) return set_error(JDP_EINVAL, "jdp_embedder_new_hashing: out is NULL");
  *out = nullptr;
  JDP_TRY
  auto handle = std::make_unique<jdp_embedder>();
  handle->embedder = std::make_shared<jdpipe::HashingEmbedder>(dim);
  *out = handle.release();
  return JDP_OK;
  JDP_CATCH
}

int jdp_embedder_embed(jdp_embedder* embedder, const char* const* texts, size_t count, float* out, int* dim) {
  if (!embedder || !embedder->embedder) return set_error(JDP_EINVAL, "jdp_embedder_embed: embedder is NULL");
  JDP_TRY
  const int d = embedder->embedder->dim();
  if (dim) *dim = d;
  if (!out) return JDP_OK;
  if (!texts && count > 0) return set_error(JDP_EINVAL, "jdp_embedder_embed: texts is NULL");
  std::vector<std::string> inputs(count);
  for (size_t i = 0; i < count; ++i) {
    if (!texts[i]) return set_error(JDP_EINVAL, "jdp_embedder_embed: texts[" + std::to_string(i) + "] is NULL");
    inputs[i] = texts[i];
  }
  jdpipe::Matrix m = embedder->embedder->embed(inputs);
  if (m.rows() != static_cast<Eigen::Index>(count) || m.cols() != d)
    return set_error(JDP_EPLUGIN, "jdp_embedder_embed: the embedder returned a matrix of the wrong shape");
  if (m.size() > 0) std::memcpy(out, m.data(), static_cast<size_t>(m.size()) * sizeof(float));
  return JDP_OK;
  JDP_CATCH
}

void jdp_embedder_free(jdp_embedder* embedder) {
  try {
    delete embedder;
  } catch (...) {
  }
}

int jdp_llm_new(jdp_llm** out, const jdp_llm_vtable* vtable, void* user_data) {
  if (!out) return set_error(JDP_EINVAL, "jdp_llm_new: out is NULL");
  *out = nullptr;
  if (!vtable) return set_error(JDP_EINVAL, "jdp_llm_new: vtable is NULL");
  if (vtable->version != JDP_LLM_VTABLE_VERSION)
    return set_error(JDP_EINVAL, "jdp_llm_new: jdp_llm_vtable version " + std::to_string(vtable->version) +
                                     " is not supported (this library expects " +
                                     std::to_string(JDP_LLM_VTABLE_VERSION) + ")");
  if (!vtable->chat) return set_error(JDP_EINVAL, "jdp_llm_new: vtable->chat is NULL");
  if (!vtable->name || !*vtable->name) return set_error(JDP_EINVAL, "jdp_llm_new: vtable->name is NULL or empty");
  JDP_TRY
  auto handle = std::make_unique<jdp_llm>();
  handle->llm = std::make_shared<CLLMProvider>(*vtable, user_data);
  *out = handle.release();
  return JDP_OK;
  JDP_CATCH
}

int jdp_llm_new_openai(jdp_llm** out, const char* model, const char* base_url, const char* api_key) {
  if (!out) return set_error(JDP_EINVAL, "jdp_llm_new_openai: out is NULL");
  *out = nullptr;
  if (!model || !*model) return set_error(JDP_EINVAL, "jdp_llm_new_openai: model is NULL or empty");
  JDP_TRY
  jdpipe::OpenAIOptions options;
  options.model = model;
  if (base_url) options.base_url = base_url;
  if (api_key) options.api_key = api_key;
  auto handle = std::make_unique<jdp_llm>();
  handle->llm = std::make_shared<jdpipe::OpenAIProvider>(std::move(options));
  *out = handle.release();
  return JDP_OK;
  JDP_CATCH
}

int jdp_llm_new_caching(jdp_llm** out, jdp_llm* inner, const char* path, const char* mode, const char* model) {
  if (!out) return set_error(JDP_EINVAL, "jdp_llm_new_caching: out is NULL");
  *out = nullptr;
  if (!path || !*path) return set_error(JDP_EINVAL, "jdp_llm_new_caching: path is NULL or empty");
  JDP_TRY
  jdpipe::CacheOptions options;
  options.path = path;
  if (mode && *mode) options.mode = jdpipe::parse_cache_mode(mode);
  if (model) options.model = model;
  auto handle = std::make_unique<jdp_llm>();
  handle->llm = std::make_shared<jdpipe::CachingProvider>(inner ? inner->llm : nullptr, std::move(options));
  *out = handle.release();
  return JDP_OK;
  JDP_CATCH
}

void jdp_llm_free(jdp_llm* llm) {
  try {
    delete llm;
  } catch (...) {
  }
}

}  // extern "C"
