// Byte-level helpers of the JD parser: glyphs, word-bounded search, word windows.
#include <string>
#include <string_view>

#include "parse/parse_internal.hpp"
#include "text/text.hpp"

namespace jdpipe::parse_detail {

size_t bullet_glyph_len(std::string_view s, size_t i) {
  unsigned char c = at(s, i);
  if (c == 0xC2 && at(s, i + 1) == 0xB7) return 2;  // ·
  if (c != 0xE2 || i + 2 >= s.size()) return 0;
  unsigned char d = at(s, i + 1), e = at(s, i + 2);
  switch (d) {
    case 0x80: return (e == 0xA2 || e == 0xA3) ? 3 : 0;  // • ‣
    case 0x81: return e == 0x83 ? 3 : 0;                 // ⁃
    case 0x96: return (e == 0xAA || e == 0xA0 || e == 0xBA || e == 0xB8) ? 3 : 0;  // ▪ ■ ► ▸
    case 0x97: return (e == 0x8F || e == 0xA6 || e == 0x8B || e == 0x86) ? 3 : 0;  // ● ◦ ○ ◆
    case 0x9C: return (e == 0x93 || e == 0x94 || e == 0xA6) ? 3 : 0;               // ✓ ✔ ✦
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

size_t leading_bullet_len(std::string_view s, size_t i, size_t e) {
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

bool istarts_with(std::string_view s, size_t i, std::string_view lower_needle) {
  if (i > s.size() || s.size() - i < lower_needle.size()) return false;
  for (size_t k = 0; k < lower_needle.size(); ++k) {
    unsigned char c = static_cast<unsigned char>(s[i + k]);
    if (is_upper(c)) c = static_cast<unsigned char>(c - 'A' + 'a');
    if (c != static_cast<unsigned char>(lower_needle[k])) return false;
  }
  return true;
}

bool iends_with(std::string_view s, std::string_view lower_needle) {
  if (s.size() < lower_needle.size()) return false;
  return istarts_with(s, s.size() - lower_needle.size(), lower_needle);
}

std::string first_n_words(std::string_view s, size_t n) {
  std::string out;
  size_t i = 0, words = 0;
  while (i < s.size() && words < n) {
    while (i < s.size() && text::is_space(at(s, i))) ++i;
    size_t b = i;
    while (i < s.size() && !text::is_space(at(s, i))) ++i;
    if (i == b) break;
    if (!out.empty()) out.push_back(' ');
    out.append(s.substr(b, i - b));
    ++words;
  }
  return out;
}

std::string last_n_words(std::string_view s, size_t n) {
  std::vector<std::string_view> ws;
  size_t i = s.size();
  while (i > 0 && ws.size() < n) {
    while (i > 0 && text::is_space(at(s, i - 1))) --i;
    size_t e = i;
    while (i > 0 && !text::is_space(at(s, i - 1))) --i;
    if (i == e) break;
    ws.push_back(s.substr(i, e - i));
  }
  std::string out;
  for (size_t k = ws.size(); k-- > 0;) {
    if (!out.empty()) out.push_back(' ');
    out.append(ws[k]);
  }
  return out;
}

std::string_view trim_punct(std::string_view s) {
  auto strip = [](unsigned char c) {
    return text::is_space(c) || c == ',' || c == ';' || c == ':' || c == '.' || c == '-' || c == '!' || c == '?' ||
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
