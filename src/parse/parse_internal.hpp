#pragma once

// Internal helpers of the deterministic JD parser (stage 0). Not part of the public API.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jdpipe/parsed_jd.hpp"
#include "text/text.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace jdpipe::parse_detail {

/// The index of the first byte of p[0, n) that is one of set, else n: 16 bytes at a time where
/// SSE2 is there.
template <size_t K>
inline size_t find_byte_of(const unsigned char* p, size_t n, const unsigned char (&set)[K]) {
  size_t i = 0;
#if defined(__SSE2__)
  __m128i want[K];
  for (size_t k = 0; k < K; ++k) want[k] = _mm_set1_epi8(static_cast<char>(set[k]));
  auto match = [&](__m128i x) {
    __m128i m = _mm_cmpeq_epi8(x, want[0]);
    for (size_t k = 1; k < K; ++k) m = _mm_or_si128(m, _mm_cmpeq_epi8(x, want[k]));
    return static_cast<uint32_t>(_mm_movemask_epi8(m));
  };
  for (; i + 16 <= n; i += 16) {
    uint32_t bits = match(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)));
    if (bits) return i + static_cast<size_t>(__builtin_ctz(bits));
  }
  if (i == n) return n;
  if (n >= 16) {
    // The tail: the last 16 bytes, those already seen masked off.
    size_t base = n - 16;
    uint32_t bits = match(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + base))) >> (i - base);
    return bits ? i + static_cast<size_t>(__builtin_ctz(bits)) : n;
  }
  // Shorter than 16 bytes: through a zero-padded copy (no set holds a NUL byte).
  alignas(16) unsigned char buf[16] = {};
  for (size_t k = 0; k < n; ++k) buf[k] = p[k];
  uint32_t bits = match(_mm_load_si128(reinterpret_cast<const __m128i*>(buf))) & ((1u << n) - 1);
  return bits ? static_cast<size_t>(__builtin_ctz(bits)) : n;
#else
  for (; i < n; ++i)
    for (size_t k = 0; k < K; ++k)
      if (p[i] == set[k]) return i;
  return n;
#endif
}

/// text::is_space by table.
struct SpaceTable {
  bool t[256] = {};
  constexpr SpaceTable() {
    for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[c] = true;
  }
};
inline constexpr SpaceTable kSpaces;
inline bool space_byte(unsigned char c) { return kSpaces.t[c]; }
/// text::trim by table.
inline std::string_view trim_fast(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && space_byte(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && space_byte(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

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
size_t leading_bullet_len_slow(std::string_view s, size_t i, size_t e);
inline size_t leading_bullet_len(std::string_view s, size_t i, size_t e) {
  unsigned char c = i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
  if (c >= 'A' && c <= 'Z') return 0;  // most lines: no list marker starts with a capital
  return leading_bullet_len_slow(s, i, e);
}

/// Word-bounded search of a lower-case needle in a lower-cased text. The boundary is only checked
/// on the sides of the needle that start/end with a letter or digit.
size_t find_word(std::string_view low, std::string_view needle, size_t from = 0);
inline bool has_word(std::string_view low, std::string_view needle) {
  return find_word(low, needle) != std::string_view::npos;
}
/// A phrase prepared for WordIndex look-ups: its longest word (the anchor) and that word's hash,
/// computed once for the static phrase lists.
struct Needle {
  std::string_view text;
  uint32_t hash = 0;
  uint32_t a = 0, b = 0;  // the anchor run [a, b); a == b: no word in the phrase
  bool check_before = false, check_after = false;
  uint64_t gen = 0;       // when its anchor was registered for indexing (see WordIndex)
};
Needle prepare_needle(std::string_view text);
template <class Range, class Get>
std::vector<Needle> prepare_needles(const Range& r, Get get) {
  std::vector<Needle> out;
  for (const auto& x : r) out.push_back(prepare_needle(get(x)));
  return out;
}
inline std::vector<Needle> prepare_needles(std::initializer_list<std::string_view> r) {
  std::vector<Needle> out;
  for (auto x : r) out.push_back(prepare_needle(x));
  return out;
}

class WordFilter;

/// The words ([A-Za-z0-9] runs) of a lower-cased text by hash: find() answers find_word(text,
/// needle, from) with a probe and a walk over the occurrences of the needle's first word.
class WordIndex {
 public:
  void build(std::string_view low);
  /// Same result as find_word(low, needle, from) on the indexed text.
  size_t find(std::string_view needle, size_t from = 0) const;
  bool has(std::string_view needle) const { return find(needle) != std::string_view::npos; }
  /// Every match of find_word(low, needle, ...) in text order, at most cap of them.
  void find_all(std::string_view needle, std::vector<size_t>& out, size_t cap = 4096) const;
  size_t find(const Needle& n, size_t from = 0) const;
  bool has(const Needle& n) const { return find(n) != std::string_view::npos; }
  void find_all(const Needle& n, std::vector<size_t>& out, size_t cap = 4096) const;
  std::string_view text() const { return text_; }
  /// Calls f(pos, hash) for the words, in text order, that start with a digit (when digits) or
  /// that filter may hold; stops when f returns false. The filter's words must have been added
  /// with indexed = true.
  template <class F>
  void for_each(const WordFilter& filter, bool digits, F&& f) const;
  /// The hash a word gets (ASCII case folded).
  static uint32_t hash_of(std::string_view word);

 private:
  template <class F>
  void each_match(const Needle& n, size_t from, F&& f) const;
  std::string_view text_;
  // Only the words some phrase or filter registered (and words starting with a digit) are
  // kept: the rest of the text is never looked up. gen_ is the registration count when the index
  // was built: a phrase or filter registered later is answered by a scan of the text instead.
  std::unique_ptr<uint32_t[]> pos_, hash_, next_;  // per kept word, words_ of them (cap_ allocated)
  std::vector<uint32_t> head_;                      // per bucket: the first word, in text order
  size_t words_ = 0, cap_ = 0;
  size_t mask_ = 0;
  uint64_t gen_ = 0;
  void scan_words(const WordFilter& filter, bool digits, const std::function<bool(size_t, uint32_t)>& f) const;
};

/// Registers a word ([A-Za-z0-9] run, any case) for the word index; returns the registration
/// count after it.
uint64_t register_indexed_word(std::string_view word);

/// A set of words tested by hash: a filter that lets the extractors look at the few words that
/// can start what they look for (false positives are possible, false negatives are not).
class WordFilter {
 public:
  WordFilter() = default;
  /// Adds the first alphanumeric run of w ("SHRM-CP" adds "shrm", "(remote)" adds "remote").
  /// indexed: the words are also registered for the word index, so that WordIndex::for_each
  /// finds them.
  void add(std::string_view w, bool indexed = false);
  bool maybe(uint32_t h) const { return (bits_[(h >> 6) & 127] >> (h & 63)) & 1; }
  /// Whole tokens, any bytes ("salary/ctc", "r&r"), ASCII case folded.
  void add_exact(std::string_view token);
  bool maybe_exact(std::string_view token) const;
  /// maybe_exact for a token already in lower case (no case folding pass).
  bool maybe_lower(std::string_view token) const;
  uint64_t gen() const { return gen_; }

 private:
  uint64_t bits_[128] = {};
  uint64_t gen_ = 0;
};

template <class F>
void WordIndex::for_each(const WordFilter& filter, bool digits, F&& f) const {
  if (filter.gen() > gen_) {  // registered after this index was built
    scan_words(filter, digits, [&](size_t p, uint32_t h) { return static_cast<bool>(f(p, h)); });
    return;
  }
  for (size_t w = 0; w < words_; ++w) {
    uint32_t h = hash_[w];
    size_t p = pos_[w];
    bool digit = text_[p] >= '0' && text_[p] <= '9';
    if (!((digits && digit) || filter.maybe(h))) continue;
    if (!f(p, h)) return;
  }
}

/// The lower-cased text and its word index, shared by the extractors of one parse.
struct Doc {
  std::string_view text;  // as written
  std::string_view low;   // ASCII lower case, same length
  const WordIndex& words;
};

/// text::strip_bullet, deciding on the first byte.
std::string_view strip_bullet_fast(std::string_view s);
/// text::split_sentences, without its per-byte glyph comparisons.
void split_sentences_fast(std::string_view s, std::vector<text::Span>& out);
std::vector<text::Span> split_sentences_fast(std::string_view s);
/// The sentence of split_sentences_fast(s) that holds byte pos (a byte of a word), if any.
std::optional<text::Span> sentence_at(std::string_view s, size_t pos);

using text::istarts_with;
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
/// s up to its first sentence end (". " before a capital letter) or ";".
std::string_view first_clause(std::string_view s);
/// One pass over the input: its ASCII lower-case copy and what the rejection checks need, with
/// the same verdicts as text::looks_binary and text::is_valid_utf8.
struct Prescan {
  std::string low;
  bool has_nul = false;
  bool binary = false;      // a NUL, or more than 5% control bytes
  bool valid_utf8 = true;
};
Prescan prescan(std::string_view s);
/// text::word_count when it is below limit; otherwise some count >= limit (it stops early).
size_t count_words_upto(std::string_view s, size_t limit);
/// Appends text::squash_spaces(s) to out; returns its number of words.
size_t squash_append(std::string_view s, std::string& out);
/// text::lower, eight bytes at a time.
std::string lower_ascii(std::string_view s);
/// A line of markup or rules only: "**", "---", "===".
bool decoration_line(std::string_view s);
/// Cuts s to at most max_bytes without splitting a UTF-8 sequence.
std::string_view utf8_prefix(std::string_view s, size_t max_bytes);

// ---- markup (markup.cpp) ----------------------------------------------------------------------
/// Text with HTML tags, character entities, lone CRs or no-break spaces, made plain, with the
/// original byte span of every byte of it.
struct Normalized {
  std::string text;
  std::vector<uint32_t> start, end;  // per byte of text: [start, end) in the original
  std::vector<std::string> hrefs;    // link targets of <a href="..."> (http, https, mailto)
  /// The original span of the normalized span [b, e).
  std::pair<size_t, size_t> to_original(size_t b, size_t e) const;
};
/// Whether the text holds markup that normalize_markup() would change.
bool needs_normalizing(std::string_view s);
/// Tags become line breaks ("<p>", "<br>", "<li>" as a "• " bullet), "**" (<b>, <strong>,
/// headings) or nothing; entities are decoded; with block tags present, newlines of the source
/// are plain spaces, as a browser shows them.
Normalized normalize_markup(std::string_view s);

/// Test hook: when set, parse_jd throws inside, to exercise the internal_error path.
extern std::atomic<bool> g_fail_for_testing;

// ---- field extractors (fields.cpp) ----------------------------------------------------------
/// Money in a short string (a "Salary:" value or a sentence). field_context accepts amounts with
/// no currency; prose requires a currency sign/code or lakh/crore units.
/// low_s: s in lower case, when the caller has it (else it is computed).
std::optional<Ctc> parse_money(std::string_view s, bool field_context, std::string_view low_s = {});
/// Salary written in running text (sentences with salary vocabulary), else "competitive"-style
/// phrases with min/max null.
std::optional<Ctc> find_ctc_in_prose(const Doc& doc);
/// Years of experience in an "Experience:" value; raw is the value itself.
std::optional<Experience> parse_experience_value(std::string_view value);
/// Years of experience in running text ("3+ years of experience", "minimum of five years"),
/// then "fresher" / "entry level".
std::optional<Experience> find_experience_in_prose(const Doc& doc);
std::vector<std::string> find_education(const Doc& doc);
std::vector<std::string> find_certifications(const Doc& doc);
/// URLs and e-mail addresses; words, when given, is the index of text's lower case form.
void find_urls_and_emails(std::string_view text, std::vector<UrlRef>& urls, std::vector<std::string>& emails,
                          const WordIndex* words = nullptr);
/// Splits a "Location:" value into places and work modes.
std::vector<JobLocation> parse_location_value(std::string_view v);
/// Work modes stated in running text ("fully remote", "hybrid role") and "based in X".
void find_locations_in_prose(const Doc& doc, std::vector<JobLocation>& out);
void detect_domains(const Doc& doc, ParsedJD& out);

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
std::vector<std::string> hiring_phrase_titles(const Doc& doc);
/// A short line that reads as a job title (<= 8 words, no sentence punctuation, a role noun).
std::optional<std::string> title_from_line(std::string_view line);
/// A "Title:" value that is a job title, cleaned.
std::optional<std::string> title_from_field(std::string_view value);
std::string role_archetype(std::string_view title);
/// "Acme is hiring", "Join Acme" in running text.
std::optional<std::string> company_from_prose(const Doc& doc);
/// "Acme is a fintech platform ..." -> "Acme" (the sentence's leading capitalised name).
std::optional<std::string> company_from_self_description(std::string_view sentence);
/// "The School", "our company", "THE TEAM": a generic organisation phrase, not a name.
bool generic_org_phrase(std::string_view s);
/// A "Company:" value made presentable: cut after its legal suffix ("Pvt. Ltd., Pune" ->
/// "Pvt. Ltd."), the abbreviation's dot kept.
std::string clean_company(std::string_view v);
/// The line under a title line, "Acme Ltd · Berlin, Germany · Remote": the company when its name
/// is confirmed (it appears again in the text, or ends in an organisation word), and the places
/// and work modes of the other parts.
/// The title of the text's first line, computed once for the header and the role.
struct FirstLineTitle {
  std::string_view line;  // trimmed
  std::optional<std::string> title;
};
std::optional<std::string> company_from_header(std::string_view text, std::vector<JobLocation>& locations,
                                               const FirstLineTitle* known = nullptr);
/// Work mode of a short piece ("Remote (US)", "Hybrid", "WFO"), else nullptr.
const char* work_mode_of(std::string_view low_piece);
/// True when the sentence starts with a duty verb or says what "you will" do.
/// Where a document says "you will ..." or "responsible for": looked up once through the word
/// index for all the sentences looks_like_duty() reads.
struct DutyHints {
  explicit DutyHints(const Doc& doc);
  std::string_view low;
  std::vector<size_t> hits[6];  // "you will ", "you'll ", "you’ll ", "you would ", "you shall ", "responsible for"
};
/// low_sentence: the same bytes in lower case (a view into hints->low when hints are given).
bool looks_like_duty(std::string_view sentence, std::string_view low_sentence, const DutyHints* hints = nullptr);

}  // namespace jdpipe::parse_detail
