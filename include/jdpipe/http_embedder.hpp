#pragma once

// An embedder over HTTP: any OpenAI-compatible POST /v1/embeddings endpoint.
#include <string>

#include "jdpipe/embedder.hpp"

namespace jdpipe {

struct HttpEmbedderOptions {
  /// The endpoint: a full ".../embeddings" URL, or a base URL (".../v1") that "/embeddings" is
  /// appended to.
  std::string url;
  std::string model = "text-embedding-3-small";
  /// Sent as "Authorization: Bearer KEY" when not empty.
  std::string api_key;
  /// The vector length; 0 asks the endpoint once at construction (one probe text).
  int dim = 0;
  /// Texts per request.
  size_t batch_size = 64;
  /// Retries of a request after a connection error, a timeout, 429 or 5xx (with backoff).
  int max_retries = 3;
  long connect_timeout_ms = 5000;
  long timeout_ms = 60000;
  long backoff_ms = 250;  // doubled per retry, at most 8 s
};

/// Embeds texts by POSTing {"model", "input": [texts]} in batches and reading
/// {"data": [{"index", "embedding"}]}; vectors are L2-normalised. Safe to call from several
/// threads (one connection per call). Throws jdpipe::Error kPlugin naming the URL and the
/// problem (HTTP status and an excerpt, malformed answer, wrong length) when a batch fails
/// after its retries; kInvalidArgument for bad options.
class HttpEmbedder : public Embedder {
 public:
  explicit HttpEmbedder(HttpEmbedderOptions options);

  /// "http-<model>-d<dim>".
  std::string name() const override;
  int dim() const override { return dim_; }
  Matrix embed(const std::vector<std::string>& texts) const override;

 private:
  Matrix embed_batch(const std::vector<std::string>& texts, size_t begin, size_t end) const;

  HttpEmbedderOptions opt_;
  std::string endpoint_;
  int dim_ = 0;
};

}  // namespace jdpipe
