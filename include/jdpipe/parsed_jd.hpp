#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jdpipe {

/// Where a block of the parsed JD came from: its first and last five words as written, and
/// the byte span [byte_start, byte_end) in the original text.
struct SourceMarker {
  std::string first_5_words;
  std::string last_5_words;
  size_t byte_start = 0;
  size_t byte_end = 0;
};

/// A section of the JD: responsibilities, requirements, about the company, benefits...
struct TextBlock {
  std::string heading;             // as written, without trailing ':' (empty when absent)
  bool heading_was_present = false;
  int bullet_count = 0;
  std::string text;                // the items joined by blank lines
  int word_count = 0;
  SourceMarker source_marker;
  std::vector<std::string> items;  // bullets or sentences, bullet glyphs removed

  /// Whether the byte at `pos` of the JD lies in this block.
  bool contains(size_t pos) const { return pos >= source_marker.byte_start && pos < source_marker.byte_end; }
};

/// Whether `pos` lies in the (optional) block, or in any of the blocks.
inline bool in_block(size_t pos, const std::optional<TextBlock>& b) { return b && b->contains(pos); }
inline bool in_block(size_t pos, const std::vector<TextBlock>& blocks) {
  for (const auto& b : blocks)
    if (b.contains(pos)) return true;
  return false;
}

struct Ctc {
  std::optional<std::string> currency;  // ISO code: INR, USD, EUR, GBP
  std::optional<double> min;            // in the unit written (30 for "30 LPA")
  std::optional<double> max;
  std::optional<std::string> period;    // annual, monthly, hourly
  std::string raw;
  std::optional<double> annual_min;     // yearly amount in currency units
  std::optional<double> annual_max;
};

struct Experience {
  std::optional<double> min;
  std::optional<double> max;
  std::string raw;
};

struct JobLocation {
  std::string location;   // place name, may be empty when only a work mode is given
  std::string work_mode;  // remote, hybrid, onsite or empty
};

struct UrlRef {
  std::string type;  // website, linkedin, careers, apply, other
  std::string url;
};

struct Domain {
  std::string domain = "Other";
  std::vector<std::string> aliases;
};

/// Stage 0's output, the seed's `nano_parsed`.
struct ParsedJD {
  std::string jd_type = "pass";                 // "pass" or "reject"
  std::optional<std::string> rejection_reason;  // empty, too_short, too_long, not_text, invalid_utf8, resume, not_job_ad, internal_error (a parser fault, never the input's)
  std::optional<std::string> company_name;
  std::optional<TextBlock> about_company;
  std::vector<TextBlock> roles_and_responsibilities;
  std::vector<TextBlock> requirements;  // required qualifications and skills
  std::vector<TextBlock> nice_to_have;  // preferred / bonus qualifications
  std::vector<TextBlock> benefits;
  std::optional<Ctc> ctc;
  std::optional<Experience> experience;
  std::vector<std::string> education;
  std::vector<std::string> certifications;
  std::vector<JobLocation> job_locations;
  std::vector<UrlRef> urls;
  std::vector<std::string> emails;
  std::string role;                       // the job title as written (may be empty)
  std::vector<std::string> role_aliases;  // other titles the JD uses for the same job
  std::string role_archetype;             // broad family guess, e.g. "Engineering" (may be empty)
  Domain domain_primary;
  std::optional<Domain> domain_secondary;
};

struct ParseOptions {
  size_t max_input_bytes = 2 * 1024 * 1024;  // longer input is rejected as too_long
  size_t min_words = 8;                      // fewer words are rejected as too_short
};

/// The deterministic parser (no LLM). Never throws on any input: bad input gives
/// jd_type "reject" with a rejection_reason.
ParsedJD parse_jd(std::string_view text, const ParseOptions& options = {});

/// Finds the byte span of a block given its first and last five words, tolerant of case,
/// whitespace, punctuation and bullet glyphs. Returns nullopt when either marker does not
/// resolve (never guesses).
std::optional<std::pair<size_t, size_t>> resolve_marker(std::string_view original,
                                                        std::string_view first_words,
                                                        std::string_view last_words);

}  // namespace jdpipe
