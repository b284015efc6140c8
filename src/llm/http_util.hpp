#pragma once

// Small string helpers of the LLM providers: header values, error excerpts, secrets kept out.
#include <optional>
#include <string>
#include <string_view>

namespace jdpipe::llm {

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
