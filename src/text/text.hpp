#pragma once

// Text primitives shared by every stage: UTF-8 checks, case folding, tokens, sentences.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jdpipe::text {

bool is_valid_utf8(std::string_view s);
/// True when the bytes look like binary data rather than text (NULs, many control bytes).
bool looks_binary(std::string_view s);

/// ASCII lower-casing; other bytes are kept.
std::string lower(std::string_view s);
std::string_view trim(std::string_view s);
/// Whether s at byte i starts with the lower-case needle, ASCII letters compared case-insensitively.
bool istarts_with(std::string_view s, size_t i, std::string_view lower_needle);
/// Collapses runs of whitespace to one space and trims.
std::string squash_spaces(std::string_view s);

inline bool is_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}
inline bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/// A token of the skill/title tokenizer with its byte span in the tokenized text.
struct Token {
  std::string norm;  // lower-cased; symbols such as "/", "+", "&" are tokens of their own
  size_t start = 0;
  size_t end = 0;
  bool break_before = false;  // punctuation or a line break separates it from the previous token
  bool upper_as_written = false;  // written as in the original had an upper-case letter
  std::string_view raw;       // the bytes as written (a view into the tokenized text)
};

/// Splits text into word tokens that keep technical names whole: "C++", "C#", ".NET",
/// "Node.js", "ASP.NET". "/" "+" "&" between words become separate tokens so that aliases
/// such as "CI/CD" match token by token; other punctuation only sets break_before.
std::vector<Token> tokenize(std::string_view s);

/// The tokens' norms joined by single spaces: the key aliases are looked up by.
std::string token_key(std::string_view s);

/// A sentence's byte span in its text.
struct Span {
  size_t start = 0;
  size_t end = 0;
};
/// Sentence boundaries: line breaks, bullet glyphs and ". ", "! ", "? " before an upper-case
/// letter or digit. Spans are trimmed and never empty.
std::vector<Span> split_sentences(std::string_view s);

/// Byte spans of URLs ("http://", "https://", "www.") and e-mail addresses: words inside them
/// are not skills or titles.
std::vector<Span> find_links(std::string_view s);

/// Removes a leading bullet glyph ("•", "-", "*", "·", "▪", "1.", "a)") and spaces.
std::string_view strip_bullet(std::string_view s);

/// A slug from free text: ASCII lower case, Latin-1 accents dropped, "+" "plus", "#" "sharp",
/// "&" "and", other runs of symbols one "-"; at most 80 bytes; "item" when nothing is left.
std::string slugify(std::string_view s);

/// Counts whitespace-separated words.
size_t word_count(std::string_view s);

}  // namespace jdpipe::text
