#include "skills/normalize.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace jdpipe::skills {
namespace {

// Latin-1 letters U+00C0..U+00FF without their accents, lower case; '\0' for the two signs.
constexpr const char* kLatin1 =
    "aaaaaaaceeeeiiii"
    "dnooooo\0ouuuuyts"
    "aaaaaaaceeeeiiii"
    "dnooooo\0ouuuuyty";

// Byte classes of folded text for the tokenizer, one table lookup per byte.
enum : uint8_t { kBreak = 0, kWordByte = 1, kSymbolByte = 2, kGapByte = 4 };
constexpr std::array<uint8_t, 256> kByteClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) t[c] = kWordByte;
    else if (c == '/' || c == '+' || c == '&') t[c] = kSymbolByte;
    else if (c == ' ' || c == '\t' || c == '-' || c == '_' || c == '\'' || c == '"') t[c] = kGapByte;
  }
  return t;
}();
// Bytes after a word that may carry it on (an inner dot or apostrophe) or belong to it (a
// trailing + or #): one lookup where most words end.
constexpr std::array<bool, 256> kMayCarryWord = [] {
  std::array<bool, 256> t{};
  for (char c : {'.', '\'', '+', '#'}) t[static_cast<unsigned char>(c)] = true;
  return t;
}();

inline bool word_byte(unsigned char c) { return kByteClass[c] == kWordByte; }

#if defined(__SSE2__)
// Bytes 'A'..'Z' of v lower-cased.
inline __m128i lower16(__m128i v) {
  __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
  return _mm_add_epi8(v, _mm_and_si128(upper, _mm_set1_epi8(32)));
}
// One bit per byte of v: a word byte (a-z, 0-9, or any byte of a multi-byte character).
inline uint32_t word_mask16(__m128i v) {
  __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('z' + 1)));
  __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
  __m128i high = _mm_cmplt_epi8(v, _mm_setzero_si128());
  return static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), high)));
}
#endif

// Bit k of words[k / 64]: byte k of s is a word byte; bits past the end are 0.
void word_bits(const unsigned char* p, size_t n, std::vector<uint64_t>& words) {
  words.assign(n / 64 + 1, 0);
  size_t k = 0;
#if defined(__SSE2__)
  for (; k + 16 <= n; k += 16)
    words[k >> 6] |= static_cast<uint64_t>(word_mask16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k)))) << (k & 63);
#endif
  for (; k < n; ++k)
    if (word_byte(p[k])) words[k >> 6] |= 1ull << (k & 63);
}

}  // namespace

FoldedText fold(std::string_view s) {
  FoldedText f;
  fold(s, f);
  return f;
}

namespace {
// Whether every byte is below 0x80 (the loop's plain form is not vectorized at -O2).
bool all_ascii(const unsigned char* p, size_t n) {
  size_t k = 0;
#if defined(__SSE2__)
  for (; k + 64 <= n; k += 64) {
    __m128i v = _mm_or_si128(_mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k)),
                                          _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k + 16))),
                             _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k + 32)),
                                          _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k + 48))));
    if (_mm_movemask_epi8(v) != 0) return false;
  }
#endif
  for (; k < n; ++k)
    if (p[k] >= 0x80) return false;
  return true;
}

// Characters folding leaves out: soft hyphens, zero-width spaces and byte-order marks.
bool dropped_by_folding(uint32_t cp) { return cp == 0xAD || cp == 0x200B || cp == 0xFEFF; }
}  // namespace

size_t end_before_dropped(std::string_view original, size_t end) {
  while (end > 0) {
    // The last character before `end`: its lead byte and code point (2- and 3-byte forms only:
    // the dropped characters are those).
    size_t lead = end - 1;
    while (lead > 0 && end - lead < 3 && (static_cast<unsigned char>(original[lead]) & 0xC0) == 0x80) --lead;
    const auto* c = reinterpret_cast<const unsigned char*>(original.data() + lead);
    uint32_t cp = 0;
    if (end - lead == 2 && (c[0] & 0xE0) == 0xC0) cp = ((c[0] & 0x1Fu) << 6) | (c[1] & 0x3Fu);
    else if (end - lead == 3 && (c[0] & 0xF0) == 0xE0) cp = ((c[0] & 0x0Fu) << 12) | ((c[1] & 0x3Fu) << 6) | (c[2] & 0x3Fu);
    if (!dropped_by_folding(cp)) return end;
    end = lead;
  }
  return end;
}

size_t FoldedText::original(size_t folded_pos) const {
  // Nothing moved before the first non-ASCII character: no search for those positions.
  if (shifts.empty() || folded_pos < shifts.front().first) return folded_pos;
  auto it = std::upper_bound(shifts.begin(), shifts.end(), folded_pos,
                             [](size_t p, const std::pair<uint32_t, uint32_t>& e) { return p < e.first; });
  --it;
  return it->second + (folded_pos - it->first);
}

void fold(std::string_view s, FoldedText& f) {
  const bool ascii = all_ascii(reinterpret_cast<const unsigned char*>(s.data()), s.size());
  f.text.resize(s.size());
  f.shifts.clear();
  // Raw pointers: writes through a char* may alias anything, and would make the compiler reload
  // the strings' buffers at every byte.
  char* text = f.text.data();
  if (ascii) {
    // The common case: lower-casing keeps every byte in place, no offset map needed.
    size_t i = 0;
#if defined(__SSE2__)
    for (; i + 16 <= s.size(); i += 16)
      _mm_storeu_si128(reinterpret_cast<__m128i*>(text + i), lower16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i))));
#endif
    for (; i < s.size(); ++i) {
      char c = s[i];
      text[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    return;
  }
  // Every replacement is at most as long as the character it replaces, so the output fits in
  // the input's length: write by index, trim at the end.
  size_t o = 0;
  bool moved = false;  // a non-ASCII character was just folded: the next ASCII byte starts a run
  auto put = [&](std::string_view out, size_t from) {
    for (char c : out) {
      f.shifts.emplace_back(static_cast<uint32_t>(o), static_cast<uint32_t>(from));
      text[o++] = c;
    }
    moved = true;
  };
  auto ascii_run = [&](size_t from) {
    if (moved) f.shifts.emplace_back(static_cast<uint32_t>(o), static_cast<uint32_t>(from));
    moved = false;
  };
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  size_t ascii_until = 0;  // bytes before this are known ASCII
  for (size_t i = 0; i < n;) {
#if defined(__SSE2__)
    // Runs of ASCII, 16 bytes at a time.
    if (i + 16 <= n && i >= ascii_until) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      const int high = _mm_movemask_epi8(v);
      // The ASCII bytes, all 16 or those before the first other one, lower-cased in one store
      // (what it writes past them is overwritten next); the other character goes one by one.
      const size_t ascii = high == 0 ? 16 : static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(high)));
      if (ascii > 0) {
        ascii_run(i);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(text + o), lower16(v));
        i += ascii;
        o += ascii;
      }
      if (high != 0) ascii_until = i + 1;
      continue;
    }
#endif
    unsigned char c = p[i];
    if (c < 0x80) {
      ascii_run(i);
      text[o++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
      ++i;
      continue;
    }
    size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    if (i + len > n) len = n - i;
    uint32_t cp = 0;
    if (len == 2) cp = ((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
    else if (len == 3) cp = ((c & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
    std::string_view repl;
    char one[2] = {0, 0};
    bool replaced = true;
    if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x3000) repl = " ";
    else if (dropped_by_folding(cp)) repl = "";
    else if (cp == 0xDF) repl = "ss";
    else if (cp >= 0xC0 && cp <= 0xFF && kLatin1[cp - 0xC0]) { one[0] = kLatin1[cp - 0xC0]; repl = std::string_view(one, 1); }
    else if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) repl = "-";
    else if (cp == 0x2018 || cp == 0x2019 || cp == 0x201B || cp == 0x2032) repl = "'";
    else if (cp == 0x201C || cp == 0x201D || cp == 0x201F || cp == 0x2033) repl = "\"";
    else if (cp == 0x2028 || cp == 0x2029) repl = "\n";
    else if (cp >= 0xFB00 && cp <= 0xFB06) {
      static constexpr std::array<std::string_view, 7> kLig = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
      repl = kLig[cp - 0xFB00];
    } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
      char a = static_cast<char>(cp - 0xFEE0);
      one[0] = (a >= 'A' && a <= 'Z') ? static_cast<char>(a + 32) : a;
      repl = std::string_view(one, 1);
    } else {
      replaced = false;
    }
    if (replaced) put(repl, i);
    else put(s.substr(i, len), i);
    i += len;
  }
  f.text.resize(o);
  f.shifts.emplace_back(static_cast<uint32_t>(o), static_cast<uint32_t>(n));
}

namespace {
// Appends the positions of the set bits of `starts` and of `ends` (bit k: position base + k) at
// starts_out[starts_n] and ends_out[ends_n], and advances the counts. Sixteen of each written
// whatever the counts, so that the loop has no branch that the number of words in 64 bytes
// (about ten, varying) would make mispredicted; a bit cleared each step, the two lists' steps
// interleaved so that their chains run side by side. The outs need room for sixteen past the
// last position. Past a list's last bit, position base + 63 is written but not counted.
inline void append_bit_positions(uint64_t starts, uint64_t ends, uint32_t base, uint32_t* starts_out, size_t& starts_n,
                                 uint32_t* ends_out, size_t& ends_n) {
  uint32_t* so = starts_out + starts_n;
  uint32_t* eo = ends_out + ends_n;
  size_t sn = 0, en = 0;
  for (int k = 0; k < 16; ++k) {
    so[k] = base + static_cast<uint32_t>(__builtin_ctzll(starts | (1ull << 63)));
    eo[k] = base + static_cast<uint32_t>(__builtin_ctzll(ends | (1ull << 63)));
    sn += starts != 0;
    en += ends != 0;
    starts &= starts - 1;
    ends &= ends - 1;
  }
  for (; starts; starts &= starts - 1) so[sn++] = base + static_cast<uint32_t>(__builtin_ctzll(starts));
  for (; ends; ends &= ends - 1) eo[en++] = base + static_cast<uint32_t>(__builtin_ctzll(ends));
  starts_n += sn;
  ends_n += en;
}
}  // namespace

void tokenize_folded(std::string_view s, MatchTokens& out) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  // At most one token a byte, written by index through a local pointer: a push_back per token
  // costs more than the tokenizing (its bool stores may alias the vector, which is reloaded).
  out.resize(n);
  MatchToken* tok = out.data();
  size_t count = 0;
  // The runs of word bytes, from a bitmap of them: where each starts (a word byte after one that
  // is none) and ends (the next byte that is none), 64 bytes at a time, without a branch per byte
  // or per run. Then the runs become tokens; only the bytes between two runs that are not one
  // space, and the bytes after a run that may carry it on ("node.js", "c++"), are read one by one.
  static thread_local std::vector<uint64_t> words;
  static thread_local UninitializedVector<uint32_t> run_starts, run_ends;
  word_bits(p, n, words);
  // At most one run in two bytes, and room for the sixteen append_bit_positions writes past the last.
  run_starts.resize(n / 2 + 1 + 16);
  run_ends.resize(n / 2 + 1 + 16);
  size_t runs = 0, ends = 0;
  uint64_t carry = 0;  // the previous bitmap word's last bit, shifted in
  for (size_t w = 0; w < words.size(); ++w) {
    const uint64_t word = words[w], before = (word << 1) | carry;
    carry = word >> 63;
    append_bit_positions(word & ~before, ~word & before, static_cast<uint32_t>(w << 6), run_starts.data(), runs,
                         run_ends.data(), ends);
  }
  bool brk = true;
  size_t gap_from = 0;  // where the last token ended
  // Bytes [gap_from, to) hold no word byte: "/", "+", "&" are tokens, other punctuation a break.
  // Returns where a word at `to` starts: at a dot before it (".net"), else at `to`.
  auto gap = [&](size_t to) {
    size_t word_start = to;
    for (size_t k = gap_from; k < to; ++k) {
      const unsigned char c = p[k];
      const uint8_t cls = kByteClass[c];
      if (cls == kSymbolByte) {
        tok[count++] = {static_cast<uint32_t>(k), static_cast<uint32_t>(k + 1), brk, true};
        brk = false;
      } else if (c == '.' && k + 1 == to && to < n && p[to] >= 'a' && p[to] <= 'z' && (k == 0 || !word_byte(p[k - 1]))) {
        word_start = k;
      } else if (cls != kGapByte) {
        brk = true;  // line breaks and any other punctuation
      }
    }
    return word_start;
  };
  for (size_t r = 0; r < runs; ++r) {
    size_t b = run_starts[r], i = run_ends[r];
    // Most words follow the last one after one space.
    if (b != gap_from + 1 || p[gap_from] != ' ') b = gap(b);
    // Most words end at a space or punctuation that ends them for sure.
    if (i < n && kMayCarryWord[p[i]]) {
      // Inner dots and apostrophes keep a word whole ("node.js", "don't"): the next run is its rest.
      while (i + 1 < n && (p[i] == '.' || p[i] == '\'') && word_byte(p[i + 1])) i = run_ends[++r];
      // Trailing "+"/"#" belong to names like C++, C#, F# when no word follows.
      while (i < n && (p[i] == '+' || p[i] == '#') && (i + 1 >= n || !word_byte(p[i + 1]))) ++i;
    }
    tok[count++] = {static_cast<uint32_t>(b), static_cast<uint32_t>(i), brk, false};
    brk = false;
    gap_from = i;
  }
  gap(n);
  out.resize(count);
}

namespace {

inline bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

bool has_vowel(const char* w, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (vowel(w[i])) return true;
  return false;
}

// Light English stemming of w[0, n), in place: enough that plural, -ing, -ed and -s forms and
// British -ise spellings of a word meet. Both aliases and text go through it, so the stems need
// only be consistent. Returns the new length.
size_t stem(char* w, size_t n) {
  // A suffix, with at least one letter before it.
  auto ends = [&](const char* suf, size_t k) { return n > k && std::memcmp(w + n - k, suf, k) == 0; };
  if (n < 4) return n;
  if (ends("ies", 3) && n > 4) {
    n -= 3;
    w[n++] = 'y';
  } else if (ends("sses", 4)) {
    n -= 2;
  } else if (ends("s", 1) && !ends("ss", 2) && !ends("us", 2) && !ends("is", 2)) {
    --n;
  }
  bool cut = false;
  if (ends("ing", 3) && n >= 6 && has_vowel(w, n - 3)) {
    n -= 3;
    cut = true;
  } else if (ends("ed", 2) && n >= 5 && has_vowel(w, n - 2)) {
    n -= 2;
    cut = true;
  }
  if (cut && n >= 3) {
    char a = w[n - 1], b = w[n - 2];
    // "programming" -> "programm" -> "program"; "planned" -> "plan"
    if (a == b && a != 'l' && a != 's' && a != 'z' && !vowel(a)) --n;
  }
  if (n > 4 && w[n - 1] == 'e') --n;
  // British and American spellings: organis(e) / organiz(e), analys(e) / analyz(e).
  if (n >= 6 && (ends("is", 2) || ends("ys", 2))) w[n - 1] = 'z';
  return n;
}

}  // namespace

size_t match_key(std::string_view token, char* out) {
  size_t n = 0;
  bool letters = true;
  for (size_t i = 0; i < token.size(); ++i) {
    char c = token[i];
    if (c == '.' && i > 0) continue;  // "node.js" -> "nodejs"; a leading dot (".net") stays
    if (c == '\'') {
      // "manager's" -> "manager"
      if (i + 2 == token.size() && token[i + 1] == 's') break;
      continue;
    }
    letters &= c >= 'a' && c <= 'z';
    out[n++] = c;
  }
  return letters ? stem(out, n) : n;
}

void match_key(std::string_view token, std::string& out) {
  size_t from = out.size();
  out.resize(from + token.size());
  out.resize(from + match_key(token, out.data() + from));
}

bool is_stop_word(std::string_view w) {
  switch (w.size()) {
    case 1:
      return w == "a" || w == "&";
    case 2:
      return w == "an" || w == "of" || w == "in" || w == "on" || w == "at" || w == "to" || w == "by" || w == "as" ||
             w == "or";
    case 3:
      return w == "the" || w == "for" || w == "and" || w == "our" || w == "its";
    case 4:
      return w == "with" || w == "from" || w == "into" || w == "your";
    case 5:
      return w == "their";
    default:
      return false;
  }
}

}  // namespace jdpipe::skills
