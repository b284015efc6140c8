// What the deterministic JD parser (stage 0) finds on the SkillSpan postings.
//
//   parse_report [DATA_DIR]        report on DATA_DIR/skillspan-{train,dev}.jsonl
//   parse_report --dump FILE...    print the parse of each file as JSON (for writing corpus
//                                  expectations by hand)
//
// DATA_DIR defaults to $JDPIPE_SHARED_DATA_DIR/dev, else ../shared/data/dev. Each posting's
// text is rebuilt from its tokens: tokens joined by spaces, sentences by line breaks, the
// sentences of one posting being those with the same consecutive `idx`.
#include <simdjson.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "jdpipe/parsed_jd.hpp"
#include "skillspan.hpp"

namespace {

// ---- a small JSON writer for --dump -------------------------------------------------------

std::string q(std::string_view s) {
  std::string o = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      o += '\\';
      o += static_cast<char>(c);
    } else if (c == '\n') {
      o += "\\n";
    } else if (c == '\r') {
      o += "\\r";
    } else if (c == '\t') {
      o += "\\t";
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      o += buf;
    } else {
      o += static_cast<char>(c);
    }
  }
  return o + "\"";
}
std::string num(const std::optional<double>& d) {
  if (!d) return "null";
  std::ostringstream ss;
  ss << *d;
  return ss.str();
}
std::string opt(const std::optional<std::string>& s) { return s ? q(*s) : "null"; }
std::string strs(const std::vector<std::string>& v) {
  std::string o = "[";
  for (size_t i = 0; i < v.size(); ++i) o += (i ? ", " : "") + q(v[i]);
  return o + "]";
}
std::string block(const jdpipe::TextBlock& b, const std::string& ind) {
  std::string o = "{\n";
  o += ind + "  \"heading\": " + q(b.heading) + ", \"heading_was_present\": " +
       (b.heading_was_present ? "true" : "false") + ", \"bullet_count\": " + std::to_string(b.bullet_count) +
       ", \"word_count\": " + std::to_string(b.word_count) + ",\n";
  o += ind + "  \"first_5_words\": " + q(b.source_marker.first_5_words) + ", \"last_5_words\": " +
       q(b.source_marker.last_5_words) + ", \"bytes\": [" + std::to_string(b.source_marker.byte_start) + ", " +
       std::to_string(b.source_marker.byte_end) + "],\n";
  o += ind + "  \"items\": [";
  for (size_t i = 0; i < b.items.size(); ++i) o += (i ? ",\n" + ind + "    " : "\n" + ind + "    ") + q(b.items[i]);
  return o + "]}";
}
std::string blocks(const std::vector<jdpipe::TextBlock>& v) {
  std::string o = "[";
  for (size_t i = 0; i < v.size(); ++i) o += (i ? ", " : "") + block(v[i], "    ");
  return o + "]";
}
std::string dump(const jdpipe::ParsedJD& p) {
  std::string o = "{\n";
  o += "  \"JD_type\": " + q(p.jd_type) + ", \"rejection_reason\": " + opt(p.rejection_reason) + ",\n";
  o += "  \"role\": " + q(p.role) + ", \"role_aliases\": " + strs(p.role_aliases) + ", \"role_archetype\": " +
       q(p.role_archetype) + ",\n";
  o += "  \"company_name\": " + opt(p.company_name) + ",\n";
  if (p.ctc)
    o += "  \"ctc\": {\"currency\": " + opt(p.ctc->currency) + ", \"min\": " + num(p.ctc->min) + ", \"max\": " +
         num(p.ctc->max) + ", \"period\": " + opt(p.ctc->period) + ", \"raw\": " + q(p.ctc->raw) +
         ", \"annual_min\": " + num(p.ctc->annual_min) + ", \"annual_max\": " + num(p.ctc->annual_max) + "},\n";
  else
    o += "  \"ctc\": null,\n";
  if (p.experience)
    o += "  \"experience\": {\"min\": " + num(p.experience->min) + ", \"max\": " + num(p.experience->max) +
         ", \"raw\": " + q(p.experience->raw) + "},\n";
  else
    o += "  \"experience\": null,\n";
  o += "  \"job_locations\": [";
  for (size_t i = 0; i < p.job_locations.size(); ++i)
    o += (i ? ", " : "") + std::string("{\"location\": ") + q(p.job_locations[i].location) +
         ", \"work_mode\": " + q(p.job_locations[i].work_mode) + "}";
  o += "],\n  \"education\": " + strs(p.education) + ",\n  \"certifications\": " + strs(p.certifications) + ",\n";
  o += "  \"urls\": [";
  for (size_t i = 0; i < p.urls.size(); ++i)
    o += (i ? ", " : "") + std::string("{\"type\": ") + q(p.urls[i].type) + ", \"url\": " + q(p.urls[i].url) + "}";
  o += "], \"emails\": " + strs(p.emails) + ",\n";
  o += "  \"domain\": {\"primary\": " + q(p.domain_primary.domain) + ", \"aliases\": " +
       strs(p.domain_primary.aliases) + ", \"secondary\": " +
       (p.domain_secondary ? q(p.domain_secondary->domain) : std::string("null")) + "},\n";
  o += "  \"about_company\": " + (p.about_company ? block(*p.about_company, "  ") : std::string("null")) + ",\n";
  o += "  \"roles_and_responsibilities\": " + blocks(p.roles_and_responsibilities) + ",\n";
  o += "  \"requirements\": " + blocks(p.requirements) + ",\n";
  o += "  \"nice_to_have\": " + blocks(p.nice_to_have) + ",\n";
  o += "  \"benefits\": " + blocks(p.benefits) + "\n}";
  return o;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 2 && std::string_view(argv[1]) == "--dump-postings") {
    // Every SkillSpan posting's parse, for comparing two builds of the parser.
    std::string dir = argc >= 3 ? argv[2] : "../shared/data/dev";
    std::vector<std::string> postings;
    for (const char* f : {"skillspan-train.jsonl", "skillspan-dev.jsonl"})
      if (!load_postings(dir + "/" + f, postings)) return 2;
    for (size_t i = 0; i < postings.size(); ++i)
      std::printf("== posting %zu\n%s\n", i, dump(jdpipe::parse_jd(postings[i])).c_str());
    return 0;
  }
  if (argc >= 2 && std::string_view(argv[1]) == "--dump") {
    for (int i = 2; i < argc; ++i) {
      std::printf("== %s\n%s\n", argv[i], dump(jdpipe::parse_jd(read_file(argv[i]))).c_str());
    }
    return 0;
  }
  std::string dir;
  if (argc >= 2) {
    dir = argv[1];
  } else if (const char* env = std::getenv("JDPIPE_SHARED_DATA_DIR")) {
    dir = std::string(env) + "/dev";
  } else {
#ifdef JDPIPE_SHARED_DATA_DIR
    dir = std::string(JDPIPE_SHARED_DATA_DIR) + "/dev";
#else
    dir = "../shared/data/dev";
#endif
  }
  std::vector<std::string> postings;
  std::vector<std::string> sources;
  for (const char* f : {"skillspan-train.jsonl", "skillspan-dev.jsonl"}) {
    size_t before = postings.size();
    if (!load_postings(dir + "/" + f, postings)) {
      std::fprintf(stderr, "parse_report: cannot read %s/%s\n", dir.c_str(), f);
      return 2;
    }
    sources.resize(postings.size(), f);
    (void)before;
  }
  size_t bytes = 0, rejected = 0, with_resp = 0, with_title = 0, with_company = 0, with_req = 0, items = 0,
         resp_items = 0, with_ctc = 0, with_exp = 0, with_loc = 0, headed_resp = 0;
  std::map<std::string, size_t> reasons;
  auto t0 = std::chrono::steady_clock::now();
  for (const auto& text : postings) {
    bytes += text.size();
    jdpipe::ParsedJD p = jdpipe::parse_jd(text);
    if (p.jd_type != "pass") {
      ++rejected;
      ++reasons[p.rejection_reason.value_or("?")];
      continue;
    }
    if (!p.roles_and_responsibilities.empty()) ++with_resp;
    bool headed = false;
    for (const auto& b : p.roles_and_responsibilities) {
      resp_items += b.items.size();
      headed |= b.heading_was_present;
    }
    headed_resp += headed;
    if (!p.role.empty()) ++with_title;
    if (p.company_name) ++with_company;
    if (!p.requirements.empty()) ++with_req;
    if (p.ctc) ++with_ctc;
    if (p.experience) ++with_exp;
    if (!p.job_locations.empty()) ++with_loc;
    for (const auto* v : {&p.roles_and_responsibilities, &p.requirements, &p.nice_to_have, &p.benefits})
      for (const auto& b : *v) items += b.items.size();
    if (p.about_company) items += p.about_company->items.size();
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  size_t n = postings.size();
  auto pct = [&](size_t k) { return n ? 100.0 * static_cast<double>(k) / static_cast<double>(n) : 0.0; };
  std::printf("SkillSpan postings (%s): %zu\n", dir.c_str(), n);
  std::printf("rejected:                      %zu (%.1f%%)\n", rejected, pct(rejected));
  for (const auto& [r, k] : reasons) std::printf("  %-28s %zu\n", r.c_str(), k);
  std::printf("with >=1 responsibilities block: %zu (%.1f%%), %zu of them under a heading\n", with_resp,
              pct(with_resp), headed_resp);
  std::printf("with a title:                  %zu (%.1f%%)\n", with_title, pct(with_title));
  std::printf("with a company name:           %zu (%.1f%%)\n", with_company, pct(with_company));
  std::printf("with requirements:             %zu (%.1f%%)\n", with_req, pct(with_req));
  std::printf("with ctc / experience / location: %zu / %zu / %zu\n", with_ctc, with_exp, with_loc);
  std::printf("mean items per posting:        %.1f (responsibility items %.1f)\n",
              n ? static_cast<double>(items) / static_cast<double>(n) : 0.0,
              n ? static_cast<double>(resp_items) / static_cast<double>(n) : 0.0);
  std::printf("total:                         %.2f MB in %.3f s, %.1f MB/s (one pass, one thread, cold)\n",
              static_cast<double>(bytes) / 1e6, secs, static_cast<double>(bytes) / 1e6 / secs);
  return 0;
}
