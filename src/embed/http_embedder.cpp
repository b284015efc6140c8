#include "jdpipe/http_embedder.hpp"

#include <curl/curl.h>
#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <thread>

#include "jdpipe/error.hpp"
#include "llm/http_util.hpp"
#include "util/json.hpp"

namespace jdpipe {

namespace {

std::once_flag g_curl_once;

size_t write_cb(char* data, size_t size, size_t n, void* user) {
  static_cast<std::string*>(user)->append(data, size * n);
  return size * n;
}

bool retriable(CURLcode c) {
  return c == CURLE_COULDNT_CONNECT || c == CURLE_OPERATION_TIMEDOUT || c == CURLE_RECV_ERROR ||
         c == CURLE_SEND_ERROR || c == CURLE_GOT_NOTHING || c == CURLE_PARTIAL_FILE || c == CURLE_COULDNT_RESOLVE_HOST;
}

}  // namespace

HttpEmbedder::HttpEmbedder(HttpEmbedderOptions options) : opt_(std::move(options)) {
  if (opt_.url.empty()) throw Error(Error::Code::kInvalidArgument, "http embedder: the URL is empty");
  if (opt_.url.rfind("http://", 0) != 0 && opt_.url.rfind("https://", 0) != 0)
    throw Error(Error::Code::kInvalidArgument,
                fmt::format("http embedder: '{}' is not an http:// or https:// URL", llm::shown_url(opt_.url)));
  if (opt_.batch_size == 0) throw Error(Error::Code::kInvalidArgument, "http embedder: batch_size must be positive");
  if (opt_.dim < 0 || opt_.max_retries < 0)
    throw Error(Error::Code::kInvalidArgument, "http embedder: dim and max_retries must not be negative");
  std::call_once(g_curl_once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  endpoint_ = opt_.url;
  while (!endpoint_.empty() && endpoint_.back() == '/') endpoint_.pop_back();
  if (endpoint_.size() < 11 || endpoint_.compare(endpoint_.size() - 11, 11, "/embeddings") != 0) endpoint_ += "/embeddings";
  dim_ = opt_.dim;
  if (dim_ == 0) {
    Matrix probe = embed_batch({"dimension probe"}, 0, 1);
    dim_ = static_cast<int>(probe.cols());
  }
}

std::string HttpEmbedder::name() const { return fmt::format("http-{}-d{}", opt_.model, dim_); }

Matrix HttpEmbedder::embed(const std::vector<std::string>& texts) const {
  Matrix out(static_cast<Eigen::Index>(texts.size()), dim_);
  for (size_t b = 0; b < texts.size(); b += opt_.batch_size) {
    size_t e = std::min(texts.size(), b + opt_.batch_size);
    out.middleRows(static_cast<Eigen::Index>(b), static_cast<Eigen::Index>(e - b)) = embed_batch(texts, b, e);
  }
  return out;
}

Matrix HttpEmbedder::embed_batch(const std::vector<std::string>& texts, size_t begin, size_t end) const {
  const std::string shown = llm::shown_url(endpoint_);
  json::Array input;
  for (size_t i = begin; i < end; ++i) input.push_back(texts[i]);
  const std::string body = json::Value(json::Object{{"model", opt_.model}, {"input", std::move(input)}}).dump();

  llm::JsonPostHandle handle("http embedder", opt_.api_key);
  CURL* curl = handle.curl();

  std::string answer, last_error;
  for (int attempt = 0;; ++attempt) {
    if (attempt > 0) {
      long wait = std::min(8000L, opt_.backoff_ms << std::min(attempt - 1, 10));
      std::this_thread::sleep_for(std::chrono::milliseconds(wait));
    }
    answer.clear();
    char errbuf[CURL_ERROR_SIZE] = {0};
    curl_easy_setopt(curl, CURLOPT_URL, endpoint_.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, handle.headers());
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, write_cb);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, opt_.connect_timeout_ms);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, opt_.timeout_ms);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
    CURLcode rc = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    const bool can_retry = attempt < opt_.max_retries;
    if (rc != CURLE_OK) {
      last_error = errbuf[0] ? std::string(errbuf) : std::string(curl_easy_strerror(rc));
      if (retriable(rc) && can_retry) continue;
      throw Error(Error::Code::kPlugin, llm::redact_secret(fmt::format("http embedder: request to {} failed after {} attempt(s): {}",
                                                                       shown, attempt + 1, last_error), opt_.api_key));
    }
    if (status == 429 || status >= 500) {
      last_error = fmt::format("HTTP {}: {}", status, llm::error_excerpt(answer, opt_.api_key));
      if (can_retry) continue;
    }
    if (status < 200 || status >= 300)
      throw Error(Error::Code::kPlugin,
                  fmt::format("http embedder: {} answered HTTP {} after {} attempt(s): {}", shown, status, attempt + 1,
                              llm::error_excerpt(answer, opt_.api_key)));
    break;
  }

  // {"data": [{"index": i, "embedding": [...]}, ...]}; items may come in any order.
  auto bad = [&](const std::string& why) {
    return Error(Error::Code::kPlugin, fmt::format("http embedder: malformed answer from {}: {}", shown, why));
  };
  simdjson::dom::parser parser;
  simdjson::padded_string padded(answer);
  simdjson::dom::element doc;
  if (parser.parse(padded).get(doc)) throw bad("not JSON");
  simdjson::dom::array data;
  if (doc["data"].get_array().get(data)) throw bad("no 'data' array");
  const size_t n = end - begin;
  if (data.size() != n) throw bad(fmt::format("{} embeddings for {} inputs", data.size(), n));
  int dim = dim_;
  Matrix out;
  std::vector<bool> filled(n, false);
  size_t pos = 0;
  for (simdjson::dom::element item : data) {
    int64_t index = static_cast<int64_t>(pos++);
    int64_t given;
    if (!item["index"].get_int64().get(given)) index = given;
    if (index < 0 || static_cast<size_t>(index) >= n || filled[static_cast<size_t>(index)])
      throw bad(fmt::format("bad or repeated index {}", index));
    simdjson::dom::array vec;
    if (item["embedding"].get_array().get(vec)) throw bad(fmt::format("item {} has no 'embedding' array", index));
    if (dim == 0) dim = static_cast<int>(vec.size());
    if (dim == 0 || vec.size() != static_cast<size_t>(dim))
      throw bad(fmt::format("item {} has {} numbers, expected {}", index, vec.size(), dim));
    if (out.size() == 0) out = Matrix::Zero(static_cast<Eigen::Index>(n), dim);
    Eigen::Index c = 0;
    for (simdjson::dom::element v : vec) {
      double x;
      if (v.get_double().get(x)) throw bad(fmt::format("item {} holds a non-number", index));
      out(index, c++) = static_cast<float>(x);
    }
    filled[static_cast<size_t>(index)] = true;
    float norm = out.row(index).norm();
    if (norm > 0) out.row(index) /= norm;
  }
  return out;
}

}  // namespace jdpipe
