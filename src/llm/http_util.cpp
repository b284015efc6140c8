#include "llm/http_util.hpp"

#include "jdpipe/error.hpp"

#include <simdjson.h>

#include <charconv>

namespace jdpipe::llm {

JsonPostHandle::JsonPostHandle(std::string_view what, const std::string& api_key) : curl_(curl_easy_init()) {
  if (!curl_) throw Error(Error::Code::kPlugin, std::string(what) + ": curl_easy_init failed");
  headers_ = curl_slist_append(headers_, "Content-Type: application/json");
  headers_ = curl_slist_append(headers_, "Accept: application/json");
  headers_ = curl_slist_append(headers_, "Expect:");
  if (!api_key.empty()) headers_ = curl_slist_append(headers_, ("Authorization: Bearer " + api_key).c_str());
}

JsonPostHandle::~JsonPostHandle() {
  curl_slist_free_all(headers_);
  curl_easy_cleanup(curl_);
}


std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view trim_view(std::string_view s) {
  auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && ws(s.front())) s.remove_prefix(1);
  while (!s.empty() && ws(s.back())) s.remove_suffix(1);
  return s;
}

std::optional<double> parse_decimal(std::string_view s) {
  s = trim_view(s);
  if (s.empty()) return std::nullopt;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || c == '.')) return std::nullopt;
  double v = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec != std::errc() || r.ptr != s.data() + s.size() || v < 0) return std::nullopt;
  return v;
}

std::string utf8_cut(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return std::string(s.substr(0, n)) + "...";
}

std::string redact_secret(std::string s, std::string_view secret) {
  if (secret.size() < 4) return s;
  size_t pos = 0;
  while ((pos = s.find(secret, pos)) != std::string::npos) {
    s.replace(pos, secret.size(), "[redacted]");
    pos += 10;
  }
  return s;
}

std::string error_excerpt(std::string_view body, std::string_view secret) {
  std::string text(body);
  {
    simdjson::dom::parser p;
    simdjson::padded_string ps(body);
    simdjson::dom::element doc;
    std::string_view msg;
    if (!p.parse(ps).get(doc)) {
      if (!doc["error"]["message"].get_string().get(msg)) text = std::string(msg);
      else if (!doc["error"].get_string().get(msg)) text = std::string(msg);
    }
  }
  // Redact before cutting, so that no prefix of the secret survives a cut.
  text = redact_secret(std::move(text), secret);
  std::string squashed;
  bool space = false;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || c == ' ') {
      space = !squashed.empty();
      continue;
    }
    if (space) squashed.push_back(' ');
    space = false;
    squashed.push_back(c);
  }
  if (squashed.empty()) return "(empty body)";
  return utf8_cut(squashed, 200);
}

bool mentions_response_format(std::string_view body) {
  std::string low = ascii_lower(body);
  return low.find("response_format") != std::string::npos || low.find("json_schema") != std::string::npos ||
         low.find("response format") != std::string::npos || low.find("structured output") != std::string::npos;
}

std::string shown_url(std::string_view url) {
  std::string_view rest = url;
  std::string scheme;
  if (auto p = rest.find("://"); p != std::string_view::npos) {
    scheme = std::string(rest.substr(0, p + 3));
    rest.remove_prefix(p + 3);
  }
  size_t end = rest.find_first_of("?#");
  if (end != std::string_view::npos) rest = rest.substr(0, end);
  size_t slash = rest.find('/');
  std::string_view authority = rest.substr(0, slash);
  if (auto at = authority.rfind('@'); at != std::string_view::npos) rest.remove_prefix(at + 1);
  return scheme + std::string(rest);
}

}  // namespace jdpipe::llm
