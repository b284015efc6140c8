#pragma once

// Reading the SkillSpan development data (../shared/data/dev/skillspan-*.jsonl) back into
// postings, for the parser's report and benchmark.
#include <simdjson.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// Postings of one SkillSpan file: sentences with the same consecutive `idx` form one posting.
inline bool load_postings(const std::string& path, std::vector<std::string>& out) {
  simdjson::dom::parser parser;
  simdjson::dom::document_stream stream;
  simdjson::padded_string json;
  if (simdjson::padded_string::load(path).get(json)) return false;
  if (parser.parse_many(json).get(stream)) return false;
  int64_t prev = -1;
  for (auto doc : stream) {
    simdjson::dom::element e;
    if (doc.get(e)) return false;
    int64_t idx = 0;
    simdjson::dom::array tokens;
    if (e["idx"].get_int64().get(idx) || e["tokens"].get_array().get(tokens)) return false;
    if (out.empty() || idx != prev) out.emplace_back();
    else out.back().push_back('\n');
    prev = idx;
    std::string& text = out.back();
    bool first = true;
    for (simdjson::dom::element t : tokens) {
      std::string_view s;
      if (t.get_string().get(s)) continue;
      if (!first) text.push_back(' ');
      text.append(s);
      first = false;
    }
  }
  return true;
}
