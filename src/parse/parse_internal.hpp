#pragma once

// Internal helpers of the deterministic JD parser (stage 0). Not part of the public API.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jdpipe/parsed_jd.hpp"

namespace jdpipe::parse_detail {

inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool is_alpha(unsigned char c) { return is_upper(c) || is_lower(c); }
inline bool is_ascii_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }
inline bool is_blank(unsigned char c) { return c == ' ' || c == '\t'; }
/// The byte at i, or 0 past the end (never reads out of range).
inline unsigned char at(std::string_view s, size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0; }
/// s.substr that never throws: positions past the end give an empty view.
inline std::string_view sub(std::string_view s, size_t pos, size_t n = std::string_view::npos) {
  return pos >= s.size() ? std::string_view{} : s.substr(pos, n);
}

/// Length of a bullet glyph (•, ·, ▪, ●, ►, ➢, ✓, ✔, ◦, ■, ➤, ○, ‣, ⁃, ◆, ❖) starting at i, else 0.
size_t bullet_glyph_len(std::string_view s, size_t i);
/// Length of a multi-byte punctuation or symbol code point (dashes, quotes, bullets, NBSP, currency
/// signs, arrows, emoji...) starting at i, else 0.
size_t punct_cp_len(std::string_view s, size_t i);
/// Length of the UTF-8 sequence starting at i (1 for a stray byte), never past the end.
size_t cp_len(std::string_view s, size_t i);
/// Length of a leading list marker at i ("• ", "- ", "* ", "1. ", "2) ", "(a) ") including the
/// spaces after it, else 0. e bounds the line.
size_t leading_bullet_len(std::string_view s, size_t i, size_t e);

/// Word-bounded search of a lower-case needle in a lower-cased text. The boundary is only checked
/// on the sides of the needle that start/end with a letter or digit.
size_t find_word(std::string_view low, std::string_view needle, size_t from = 0);
inline bool has_word(std::string_view low, std::string_view needle) {
  return find_word(low, needle) != std::string_view::npos;
}
/// Case-insensitive (ASCII) test that s at i starts with the lower-case needle.
bool istarts_with(std::string_view s, size_t i, std::string_view lower_needle);
/// Case-insensitive (ASCII) test that s ends with the lower-case needle.
bool iends_with(std::string_view s, std::string_view lower_needle);

/// The first / last n whitespace-separated words of s, joined by single spaces.
std::string first_n_words(std::string_view s, size_t n);
std::string last_n_words(std::string_view s, size_t n);
/// Strips spaces and ASCII punctuation (except closing brackets that have an opening one) from
/// both ends.
std::string_view trim_punct(std::string_view s);
/// A field value made presentable: trimmed, whitespace squashed, trailing ",;:." removed,
/// at most max_bytes bytes (cut on a UTF-8 boundary).
std::string clean_value(std::string_view s, size_t max_bytes = 300);
/// Cuts s to at most max_bytes without splitting a UTF-8 sequence.
std::string_view utf8_prefix(std::string_view s, size_t max_bytes);

// ---- field extractors (fields.cpp) ----------------------------------------------------------
/// Money in a short string (a "Salary:" value or a sentence). field_context accepts amounts with
/// no currency; prose requires a currency sign/code or lakh/crore units.
std::optional<Ctc> parse_money(std::string_view s, bool field_context);
/// Salary written in running text (sentences with salary vocabulary), else "competitive"-style
/// phrases with min/max null.
std::optional<Ctc> find_ctc_in_prose(std::string_view text, std::string_view low);
/// Years of experience in an "Experience:" value; raw is the value itself.
std::optional<Experience> parse_experience_value(std::string_view value);
/// Years of experience in running text ("3+ years of experience", "minimum of five years"),
/// then "fresher" / "entry level".
std::optional<Experience> find_experience_in_prose(std::string_view text, std::string_view low);
std::vector<std::string> find_education(std::string_view text);
std::vector<std::string> find_certifications(std::string_view text);
void find_urls_and_emails(std::string_view text, std::vector<UrlRef>& urls, std::vector<std::string>& emails);
/// Splits a "Location:" value into places and work modes.
std::vector<JobLocation> parse_location_value(std::string_view v);
/// Work modes stated in running text ("fully remote", "hybrid role") and "based in X".
void find_locations_in_prose(std::string_view text, std::string_view low, std::vector<JobLocation>& out);
void detect_domains(std::string_view low, ParsedJD& out);

// ---- roles (roles.cpp) -----------------------------------------------------------------------
/// True for a role noun (singular or plural, lower case): developer, engineer, nurse...
bool is_role_noun(std::string_view lower_word);
/// True when one of the words of s is a role noun.
bool has_role_noun(std::string_view s);
/// Values made only of employment-type words ("full time permanent", "Contract").
bool is_employment_type_only(std::string_view v);
/// The key titles are de-duplicated by: lower case, hyphens as spaces, spaces squashed.
std::string title_key(std::string_view t);
/// Titles after hiring phrases ("we need a great back-end developer"), in text order, the last
/// word singularised.
std::vector<std::string> hiring_phrase_titles(std::string_view text, std::string_view low);
/// A short line that reads as a job title (<= 8 words, no sentence punctuation, a role noun).
std::optional<std::string> title_from_line(std::string_view line);
/// A "Title:" value that is a job title, cleaned.
std::optional<std::string> title_from_field(std::string_view value);
std::string role_archetype(std::string_view title);
/// "Acme is hiring", "Join Acme" in running text.
std::optional<std::string> company_from_prose(std::string_view text);
/// "Acme is a fintech platform ..." -> "Acme" (the sentence's leading capitalised name).
std::optional<std::string> company_from_self_description(std::string_view sentence);
/// True when the sentence starts with a duty verb or says what "you will" do.
bool looks_like_duty(std::string_view sentence);

}  // namespace jdpipe::parse_detail
