#pragma once

// Small helpers of the HTTP clients (LLM provider, embedder): header values, error excerpts,
// secrets kept out, and the curl handle of a JSON POST.
#include <curl/curl.h>

#include <optional>
#include <string>
#include <string_view>

namespace jdpipe::llm {

/// A curl easy handle with the headers of a JSON POST (and the bearer key when given), freed
/// together. Throws a kPlugin jdpipe::Error naming `what` when curl cannot make a handle.
class JsonPostHandle {
 public:
  JsonPostHandle(std::string_view what, const std::string& api_key);
  ~JsonPostHandle();
  JsonPostHandle(const JsonPostHandle&) = delete;
  JsonPostHandle& operator=(const JsonPostHandle&) = delete;
  CURL* curl() const { return curl_; }
  curl_slist* headers() const { return headers_; }

 private:
  CURL* curl_ = nullptr;
  curl_slist* headers_ = nullptr;
};

std::string ascii_lower(std::string_view s);
std::string_view trim_view(std::string_view s);
/// A non-negative decimal number ("2", "1.5"); nullopt for anything else (an HTTP date).
std::optional<double> parse_decimal(std::string_view s);
/// At most max_bytes of s, cut on a UTF-8 boundary.
std::string utf8_cut(std::string_view s, size_t max_bytes);
/// Every occurrence of secret (when at least 4 bytes long) replaced by "[redacted]".
std::string redact_secret(std::string s, std::string_view secret);
/// A short, one-line excerpt of an error body: its error.message when it is OpenAI's error
/// JSON, else the body; whitespace squashed, at most 200 bytes, the secret redacted.
std::string error_excerpt(std::string_view body, std::string_view secret);
/// True when a 400 body is about response_format / json_schema (structured outputs refused).
bool mentions_response_format(std::string_view body);
/// The URL without user info, query or fragment (safe for messages).
std::string shown_url(std::string_view url);

}  // namespace jdpipe::llm
