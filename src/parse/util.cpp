// Byte-level helpers of the JD parser: glyphs, word-bounded search, word windows.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "parse/parse_internal.hpp"
#include "text/text.hpp"

namespace jdpipe::parse_detail {

size_t bullet_glyph_len(std::string_view s, size_t i) {
  unsigned char c = at(s, i);
  if (c == 0xC2 && at(s, i + 1) == 0xB7) return 2;  // ·
  if (c == 0xEF && at(s, i + 1) == 0x82 && at(s, i + 2) == 0xB7) return 3;  // U+F0B7, Word's symbol-font bullet
  if (c != 0xE2 || i + 2 >= s.size()) return 0;
  unsigned char d = at(s, i + 1), e = at(s, i + 2);
  switch (d) {
    case 0x80: return (e == 0xA2 || e == 0xA3) ? 3 : 0;  // • ‣
    case 0x81: return e == 0x83 ? 3 : 0;                 // ⁃
    case 0x86: return e == 0x92 ? 3 : 0;                 // →
    case 0x87: return e == 0x92 ? 3 : 0;                 // ⇒
    case 0x88: return e == 0x99 ? 3 : 0;                 // ∙
    case 0x8C: return e == 0xB2 ? 3 : 0;                 // ⌲
    case 0x96: return (e == 0xAA || e == 0xA0 || e == 0xBA || e == 0xB8 || e == 0xAB || e == 0xB6) ? 3 : 0;  // ▪ ■ ► ▸ ▫ ▶
    case 0x97: return (e == 0x8F || e == 0xA6 || e == 0x8B || e == 0x86 || e == 0xBE || e == 0xBD) ? 3 : 0;  // ● ◦ ○ ◆ ◾ ◽
    case 0x98: return e == 0x91 ? 3 : 0;                                          // ☑
    case 0x9C: return (e == 0x93 || e == 0x94 || e == 0xA6 || e == 0x85) ? 3 : 0;  // ✓ ✔ ✦ ✅
    case 0x9D: return e == 0x96 ? 3 : 0;                                          // ❖
    case 0x9E: return (e == 0xA2 || e == 0xA4 || e == 0x94) ? 3 : 0;              // ➢ ➤ ➔
    default: return 0;
  }
}

size_t cp_len(std::string_view s, size_t i) {
  unsigned char c = at(s, i);
  size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
  if (i >= s.size()) return 1;
  if (i + len > s.size()) len = s.size() - i;
  return len == 0 ? 1 : len;
}

size_t punct_cp_len(std::string_view s, size_t i) {
  unsigned char c = at(s, i);
  if (c < 0x80) return 0;
  unsigned char d = at(s, i + 1);
  if (c == 0xC2 && d >= 0xA0 && d <= 0xBF) return 2;                   // NBSP, ¡..¿ incl. £ « » ·
  if (c == 0xC3 && (d == 0x97 || d == 0xB7)) return 2;                 // × ÷
  if (i + 2 >= s.size()) return 0;
  if (c == 0xE2 && d >= 0x80 && d <= 0xAF) return 3;                   // U+2000..U+2BFF
  if (c == 0xE3 && d == 0x80) return 3;                                // CJK punctuation
  if (c == 0xEF) {
    unsigned char e = at(s, i + 2);
    if (d == 0xBB && e == 0xBF) return 3;                              // BOM
    if (d == 0xB8 && e >= 0x80 && e <= 0x8F) return 3;                 // variation selectors
    if (d == 0xBC && ((e >= 0x80 && e <= 0x8F) || (e >= 0x9A && e <= 0xA0) || (e >= 0xBB))) return 3;
    if (d == 0xBD && e >= 0x9B && e <= 0xA5) return 3;
  }
  if (c == 0xF0 && d == 0x9F && i + 3 < s.size()) return 4;            // emoji
  return 0;
}

size_t leading_bullet_len_slow(std::string_view s, size_t i, size_t e) {
  if (e > s.size()) e = s.size();
  if (i >= e) return 0;
  auto spaces_after = [&](size_t k) {
    while (k < e && is_blank(at(s, k))) ++k;
    return k;
  };
  if (size_t g = bullet_glyph_len(s, i); g && i + g <= e) return spaces_after(i + g) - i;
  unsigned char c = at(s, i);
  if ((c == '-' || c == '*' || c == '+' || c == 'o') && i + 1 < e && is_blank(at(s, i + 1))) {
    if (c == 'o' && !(i + 2 < e && is_upper(at(s, i + 2)))) return 0;  // "o Item" Word-style bullets only
    return spaces_after(i + 1) - i;
  }
  if (c == 0xE2 && at(s, i + 1) == 0x80 && (at(s, i + 2) == 0x93 || at(s, i + 2) == 0x94) && i + 3 < e &&
      is_blank(at(s, i + 3)))
    return spaces_after(i + 3) - i;  // – —
  // "1." "12)" "a)" "(1)" "(a)"
  size_t k = i;
  bool paren = false;
  if (c == '(') { paren = true; ++k; }
  size_t d0 = k;
  while (k < e && k - d0 < 3 && is_digit(at(s, k))) ++k;
  if (k == d0 && k < e && is_lower(at(s, k)) && at(s, k + 1) == ')') ++k;
  if (k == d0) return 0;
  if (paren) {
    if (at(s, k) != ')') return 0;
    ++k;
  } else {
    if (at(s, k) != '.' && at(s, k) != ')') return 0;
    ++k;
  }
  if (k >= e || !is_blank(at(s, k))) return 0;
  return spaces_after(k) - i;
}

size_t find_word(std::string_view low, std::string_view needle, size_t from) {
  if (needle.empty()) return std::string_view::npos;
  bool check_before = is_ascii_alnum(static_cast<unsigned char>(needle.front()));
  bool check_after = is_ascii_alnum(static_cast<unsigned char>(needle.back()));
  size_t pos = low.find(needle, from);
  while (pos != std::string_view::npos) {
    size_t end = pos + needle.size();
    bool ok_before = !check_before || pos == 0 || !is_ascii_alnum(at(low, pos - 1));
    bool ok_after = !check_after || end >= low.size() || !is_ascii_alnum(at(low, end));
    if (ok_before && ok_after) return pos;
    pos = low.find(needle, pos + 1);
  }
  return std::string_view::npos;
}

bool iends_with(std::string_view s, std::string_view lower_needle) {
  if (s.size() < lower_needle.size()) return false;
  return istarts_with(s, s.size() - lower_needle.size(), lower_needle);
}

std::string first_n_words(std::string_view s, size_t n) {
  std::string out;
  size_t i = 0, words = 0;
  while (i < s.size() && words < n) {
    while (i < s.size() && space_byte(at(s, i))) ++i;
    size_t b = i;
    while (i < s.size() && !space_byte(at(s, i))) ++i;
    if (i == b) break;
    if (!out.empty()) out.push_back(' ');
    out.append(s.substr(b, i - b));
    ++words;
  }
  return out;
}

std::string last_n_words(std::string_view s, size_t n) {
  // The words from the end, then joined in text order.
  size_t i = s.size(), got = 0, first_b = s.size();
  while (i > 0 && got < n) {
    while (i > 0 && space_byte(at(s, i - 1))) --i;
    size_t e = i;
    while (i > 0 && !space_byte(at(s, i - 1))) --i;
    if (i == e) break;
    first_b = i;
    ++got;
  }
  std::string out;
  squash_append(s.substr(first_b), out);
  return out;
}

std::string_view trim_punct(std::string_view s) {
  auto strip = [](unsigned char c) {
    return space_byte(c) || c == ',' || c == ';' || c == ':' || c == '.' || c == '-' || c == '!' || c == '?' ||
           c == '"' || c == '\'' || c == '*' || c == '_' || c == '|' || c == '#' || c == '>' || c == '<';
  };
  size_t b = 0, e = s.size();
  while (b < e && strip(at(s, b))) ++b;
  while (e > b && strip(at(s, e - 1))) --e;
  // Unbalanced brackets at the ends.
  std::string_view r = s.substr(b, e - b);
  auto count = [&](char ch) {
    size_t n = 0;
    for (char c : r) n += c == ch;
    return n;
  };
  while (!r.empty() && (r.back() == ')' || r.back() == ']') && count(r.back() == ')' ? '(' : '[') < count(r.back())) {
    r.remove_suffix(1);
    while (!r.empty() && strip(static_cast<unsigned char>(r.back()))) r.remove_suffix(1);
  }
  while (!r.empty() && (r.front() == '(' || r.front() == '[') && count(r.front() == '(' ? ')' : ']') < count(r.front())) {
    r.remove_prefix(1);
    while (!r.empty() && strip(static_cast<unsigned char>(r.front()))) r.remove_prefix(1);
  }
  return r;
}

std::string_view first_clause(std::string_view s) {
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    char c = s[i];
    if (c == ';') return s.substr(0, i);
    if ((c == '.' || c == '!' || c == '?') && s[i + 1] == ' ' && i > 0 &&
        (is_alpha(at(s, i - 1)) || at(s, i - 1) == ')' || at(s, i - 1) == '"') &&
        (is_upper(at(s, i + 2)) || at(s, i + 2) >= 0x80))
      return s.substr(0, i);
  }
  return s;
}

bool decoration_line(std::string_view s) {
  for (char c : s)
    if (!(c == '#' || c == '*' || c == '_' || c == '>' || c == '|' || c == '-' || c == '=' || c == '~' ||
          space_byte(static_cast<unsigned char>(c))))
      return false;
  return true;
}

std::string_view utf8_prefix(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t e = max_bytes;
  while (e > 0 && (at(s, e) & 0xC0) == 0x80) --e;
  return s.substr(0, e);
}

std::string clean_value(std::string_view s, size_t max_bytes) {
  std::string out = text::squash_spaces(utf8_prefix(s, max_bytes));
  while (!out.empty()) {
    char c = out.back();
    if (c == ',' || c == ';' || c == ':' || c == '.' || c == '*' || c == '_' || c == '|' || c == '-' || c == ' ')
      out.pop_back();
    else
      break;
  }
  size_t b = 0;
  while (b < out.size() && (out[b] == '*' || out[b] == '_' || out[b] == ' ' || out[b] == ':' || out[b] == '-')) ++b;
  return out.substr(b);
}

}  // namespace jdpipe::parse_detail

// ============================================================================================
// One pass over the input: lower case copy, NUL and control bytes, UTF-8 validity
// ============================================================================================

namespace jdpipe::parse_detail {

namespace {

constexpr uint64_t kOnes = 0x0101010101010101ull;
constexpr uint64_t kHighs = 0x8080808080808080ull;

// Bits set in a 16-bit mask, without a library call (no POPCNT in the baseline x86-64 ISA).
inline size_t popcount16(uint32_t m) {
  m = m - ((m >> 1) & 0x5555u);
  m = (m & 0x3333u) + ((m >> 2) & 0x3333u);
  m = (m + (m >> 4)) & 0x0F0Fu;
  return static_cast<size_t>((m + (m >> 8)) & 0x1Fu);
}

inline uint64_t load8(const unsigned char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
inline void store8(unsigned char* p, uint64_t v) { std::memcpy(p, &v, 8); }

// ASCII 'A'..'Z' to lower case in 8 ASCII bytes at once.
inline uint64_t lower8(uint64_t v) {
  uint64_t heptets = v & ~kHighs;
  uint64_t ge_a = heptets + kOnes * (0x80 - 'A');
  uint64_t gt_z = heptets + kOnes * (0x7F - 'Z');
  uint64_t upper = ge_a & ~gt_z & ~v & kHighs;
  return v | (upper >> 2);
}

// A byte below 0x20 among 8 ASCII bytes.
inline bool has_control8(uint64_t v) { return ((v - kOnes * 0x20) & ~v & kHighs) != 0; }

}  // namespace

Prescan prescan(std::string_view s) {
  Prescan r;
  const size_t n = s.size();
  r.low.resize(n);
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  auto* o = reinterpret_cast<unsigned char*>(r.low.data());
  size_t control = 0;
  size_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    // 16 plain ASCII bytes (no control byte, no high bit): lower-cased at once.
    if (i + 16 <= n) {
      __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      // Signed: bytes >= 0x80 are negative, so "x < 0x20" holds for them and for control bytes;
      // white space (0x09..0x0D) is neither a control byte nor a UTF-8 byte.
      __m128i low = _mm_cmplt_epi8(x, _mm_set1_epi8(0x20));
      __m128i ws = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(0x08)), _mm_cmplt_epi8(x, _mm_set1_epi8(0x0E)));
      if (_mm_movemask_epi8(_mm_andnot_si128(ws, low)) == 0) {
        __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(x, _mm_set1_epi8('Z' + 1)));
        __m128i y = _mm_or_si128(x, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(o + i), y);
        i += 16;
        continue;
      }
    }
#endif
    if (i + 8 <= n) {
      uint64_t v = load8(p + i);
      if ((v & kHighs) == 0 && !has_control8(v)) {
        store8(o + i, lower8(v));
        i += 8;
        continue;
      }
    }
    unsigned char c = p[i];
    if (c < 0x80) {
      if (c < 0x20) {
        if (c == 0) r.has_nul = true;
        if (!space_byte(c)) ++control;
      }
      o[i] = (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + 32) : c;
      ++i;
      continue;
    }
    // A UTF-8 sequence, validated as text::is_valid_utf8 does, copied as is.
    size_t len;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    else { len = 1; cp = 0; r.valid_utf8 = false; }
    if (len > 1) {
      if (i + len > n) {
        r.valid_utf8 = false;
        len = n - i;
      } else {
        for (size_t k = 1; k < len; ++k) {
          if ((p[i + k] & 0xC0) != 0x80) {
            r.valid_utf8 = false;
            len = k;
            break;
          }
          cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (r.valid_utf8 && ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
                             (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF))
          r.valid_utf8 = false;
      }
    }
    for (size_t k = 0; k < len; ++k) {
      unsigned char d = p[i + k];
      if (d == 0) r.has_nul = true;
      else if (d < 0x20 && !space_byte(d)) ++control;
      o[i + k] = (d >= 'A' && d <= 'Z') ? static_cast<unsigned char>(d + 32) : d;
    }
    i += len;
  }
  r.binary = r.has_nul || control * 20 > n;
  return r;
}

size_t count_words_upto(std::string_view s, size_t limit) {
  size_t n = 0;
  bool in = false;
#if defined(__SSE2__)
  // 16 bytes at a time: a word starts where a non-space byte follows a space (or the start).
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0;
  const __m128i sp = _mm_set1_epi8(' ');
  const __m128i lo = _mm_set1_epi8('\t' - 1), hi = _mm_set1_epi8('\r' + 1);
  auto word_mask = [&](__m128i x) {
    __m128i ws = _mm_or_si128(_mm_cmpeq_epi8(x, sp), _mm_and_si128(_mm_cmpgt_epi8(x, lo), _mm_cmplt_epi8(x, hi)));
    return ~static_cast<uint32_t>(_mm_movemask_epi8(ws)) & 0xFFFFu;
  };
  for (; i + 16 <= s.size(); i += 16) {
    uint32_t word = word_mask(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)));
    uint32_t starts = word & ~((word << 1) | (in ? 1u : 0u));
    n += popcount16(starts);
    in = (word >> 15) & 1;
    if (n >= limit) return n;
  }
  if (i == s.size()) return n;
  // The tail in one block: the last 16 bytes with those already counted shifted out, or a short
  // string padded with spaces.
  uint32_t word;
  size_t len = s.size() - i;
  if (s.size() >= 16) {
    word = word_mask(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + s.size() - 16))) >> (16 - len);
  } else {
    alignas(16) unsigned char buf[16];
    std::memset(buf, ' ', sizeof buf);
    std::memcpy(buf, p, len);
    word = word_mask(_mm_load_si128(reinterpret_cast<const __m128i*>(buf))) & ((1u << len) - 1);
  }
  uint32_t starts = word & ~((word << 1) | (in ? 1u : 0u));
  return n + popcount16(starts);
#endif
  for (char c : s) {
    bool sp = space_byte(static_cast<unsigned char>(c));
    if (!sp && !in && ++n >= limit) return n;
    in = !sp;
  }
  return n;
}

size_t squash_append(std::string_view s, std::string& out) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0, words = 0;
#if defined(__SSE2__)
  // Most items have single spaces only and no other white space: appended as they are.
  if (n > 0 && !space_byte(p[0]) && !space_byte(p[n - 1])) {
    size_t spaces = 0;
    bool plain = true;
    bool prev_space = false;
    size_t k = 0;
    const __m128i sp = _mm_set1_epi8(' ');
    const __m128i lo = _mm_set1_epi8('\t' - 1), hi = _mm_set1_epi8('\r' + 1);  // \t \n \v \f \r
    for (; k + 16 <= n; k += 16) {
      __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k));
      if (_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(x, lo), _mm_cmplt_epi8(x, hi)))) {
        plain = false;
        break;
      }
      uint32_t m = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, sp)));
      if (m & ((m << 1) | (prev_space ? 1u : 0u))) {  // two spaces in a row
        plain = false;
        break;
      }
      prev_space = (m >> 15) & 1;
      spaces += popcount16(m);
    }
    for (; plain && k < n; ++k) {
      unsigned char c = p[k];
      if (c == ' ') {
        if (prev_space) plain = false;
        prev_space = true;
        ++spaces;
      } else {
        if (space_byte(c)) plain = false;
        prev_space = false;
      }
    }
    if (plain) {
      out.append(s.data(), n);
      return spaces + 1;
    }
  }
#endif
  while (i < n) {
    while (i < n && space_byte(p[i])) ++i;
    if (i >= n) break;
    size_t b = i;
    while (i < n && !space_byte(p[i])) ++i;
    if (words++) out.push_back(' ');
    out.append(s.data() + b, i - b);
  }
  return words;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s.size(), '\0');
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  auto* o = reinterpret_cast<unsigned char*>(out.data());
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) store8(o + i, lower8(load8(p + i)));
  for (; i < s.size(); ++i) o[i] = (p[i] >= 'A' && p[i] <= 'Z') ? static_cast<unsigned char>(p[i] + 32) : p[i];
  return out;
}

}  // namespace jdpipe::parse_detail
