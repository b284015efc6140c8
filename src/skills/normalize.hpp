#pragma once

// The skill matcher's view of text: Unicode folded to lower-case ASCII where a close ASCII form
// exists, cut into tokens that keep technical names whole, each token reduced to a match key
// (light stemming) so that inflected forms meet their alias.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jdpipe::skills {

/// Text folded for matching, with the way back to the original bytes.
struct FoldedText {
  std::string text;  // lower case; full-width forms, ligatures, quotes, dashes, accents folded
  // Where folding moved bytes, as (folded offset, original offset): one entry per byte a non-ASCII
  // character folded to (each maps to the character's first byte), one where each ASCII run after
  // such a character starts, and one for the end. From an entry on, bytes map one to one up to the
  // next. Empty when folding kept every byte in place (pure ASCII). Sparse because most postings
  // have a few non-ASCII characters among thousands of bytes.
  std::vector<std::pair<uint32_t, uint32_t>> shifts;
  /// The byte offset in the original of folded byte `folded_pos` (text.size() for the end).
  size_t original(size_t folded_pos) const;
  /// The same for positions asked in non-decreasing order, `cursor` (0 before the first) kept
  /// between calls: no search, the shifts are walked once over all of them.
  size_t original(size_t folded_pos, size_t& cursor) const {
    if (shifts.empty() || folded_pos < shifts.front().first) return folded_pos;
    while (cursor + 1 < shifts.size() && shifts[cursor + 1].first <= folded_pos) ++cursor;
    return shifts[cursor].second + (folded_pos - shifts[cursor].first);
  }
};

/// Where a span of `original` that ends at `end` (an offset FoldedText::original gave) ends
/// without the characters folding drops right before it: a mention's end maps past a soft hyphen
/// after its last word, which is no part of it.
size_t end_before_dropped(std::string_view original, size_t end);

/// Case folding (ASCII and Latin-1), full-width ASCII (U+FF01..FF5E) to ASCII, ligatures
/// (U+FB00..FB06) spelled out, typographic quotes to ' and ", dashes and minus to '-',
/// Unicode spaces to ' ', soft hyphens and zero-width spaces dropped, Latin-1 accents dropped.
FoldedText fold(std::string_view s);
/// The same into `out`, reusing its buffers.
void fold(std::string_view s, FoldedText& out);

// No default values: the tokenizer sizes its output for the most tokens a text can have without
// writing them (MatchTokens), then fills them in by index.
struct MatchToken {
  uint32_t start;  // byte span in the folded text
  uint32_t end;
  bool break_before;  // punctuation or a line break separates it from the previous token
  bool symbol;        // "/", "+" or "&" standing alone
};

/// An allocator whose resize leaves trivial elements unwritten (std::vector would zero them).
template <class T>
struct UninitializedAllocator : std::allocator<T> {
  template <class U>
  struct rebind {
    using other = UninitializedAllocator<U>;
  };
  UninitializedAllocator() = default;
  template <class U>
  UninitializedAllocator(const UninitializedAllocator<U>&) noexcept {}
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    if constexpr (sizeof...(Args) == 0) ::new (static_cast<void*>(p)) U;
    else ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};
/// A vector for buffers written in full after each resize: growing it does not zero the new part.
template <class T>
using UninitializedVector = std::vector<T, UninitializedAllocator<T>>;
using MatchTokens = UninitializedVector<MatchToken>;

/// Tokens of folded text: words keep inner dots and apostrophes ("node.js", "asp.net"), a
/// leading dot (".net") and trailing "+"/"#" ("c++", "c#"); "/", "+", "&" are tokens of their
/// own; hyphens and underscores separate words without a break ("back-end" = "back" "end").
void tokenize_folded(std::string_view folded, MatchTokens& out);

/// The key a token is matched by: inner dots dropped ("node.js" -> "nodejs", ".net" kept),
/// and for plain words of 4+ letters a light English stem ("teams" -> "team", "working" ->
/// "work", "managed"/"manages"/"managing" -> "manag", "organise"/"organize" -> "organiz").
/// Appends to `out`.
void match_key(std::string_view token, std::string& out);
/// The same into `out` (room for token.size() bytes: a key is never longer than its token);
/// returns the key's length.
size_t match_key(std::string_view token, char* out);

/// Function words skipped inside multi-word skills ("work in a team" = "work team").
bool is_stop_word(std::string_view folded_token);

}  // namespace jdpipe::skills
