#include "text/text.hpp"

#include <cstdint>

namespace jdpipe::text {

bool is_valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) { ++i; continue; }
    size_t len;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    else return false;
    if (i + len > n) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    // Overlong forms, surrogates and out-of-range code points are invalid.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
      return false;
    i += len;
  }
  return true;
}

bool looks_binary(std::string_view s) {
  size_t control = 0;
  for (unsigned char c : s) {
    if (c == 0) return true;
    if (c < 0x20 && !is_space(c)) ++control;
  }
  return control * 20 > s.size();  // more than 5% control bytes
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool istarts_with(std::string_view s, size_t i, std::string_view lower_needle) {
  if (i > s.size() || s.size() - i < lower_needle.size()) return false;
  for (size_t k = 0; k < lower_needle.size(); ++k) {
    unsigned char c = static_cast<unsigned char>(s[i + k]);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    if (c != static_cast<unsigned char>(lower_needle[k])) return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && is_space(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && is_space(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

std::string squash_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (char c : trim(s)) {
    if (is_space(static_cast<unsigned char>(c))) { pending = true; continue; }
    if (pending) out.push_back(' ');
    pending = false;
    out.push_back(c);
  }
  return out;
}

namespace {

// Multi-byte punctuation that separates tokens: general punctuation (U+2000-U+206F: dashes,
// quotes, bullets), arrows, geometric shapes used as bullets, NBSP, CJK punctuation.
size_t separator_len(std::string_view s, size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c == 0xC2 && i + 1 < s.size()) {
    auto d = static_cast<unsigned char>(s[i + 1]);
    if (d == 0xA0 || d == 0xB7 || d == 0xAB || d == 0xBB || d == 0xA9 || d == 0xAE) return 2;
  }
  if (c == 0xE2 && i + 2 < s.size()) {
    auto d = static_cast<unsigned char>(s[i + 1]);
    if (d == 0x80 || d == 0x81 || d == 0x86 || d == 0x96 || d == 0x97 || d == 0x9C || d == 0x9E) return 3;
  }
  if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) return 3;
  if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC) return 3;  // full-width punctuation
  return 0;
}

bool word_byte(std::string_view s, size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  return is_alnum(c) && separator_len(s, i) == 0;
}

}  // namespace

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  bool brk = true;
  size_t i = 0, n = s.size();
  auto emit = [&](size_t b, size_t e) {
    Token t;
    t.start = b;
    t.end = e;
    t.raw = s.substr(b, e - b);
    t.norm = lower(t.raw);
    for (char c : t.raw) t.upper_as_written |= (c >= 'A' && c <= 'Z');
    t.break_before = brk;
    brk = false;
    out.push_back(std::move(t));
  };
  while (i < n) {
    auto c = static_cast<unsigned char>(s[i]);
    if (size_t sep = separator_len(s, i)) { brk = true; i += sep; continue; }
    if (is_space(c)) {
      if (c == '\n') brk = true;
      ++i;
      continue;
    }
    // ".NET"-style names: a dot directly before letters at a word start.
    bool dot_word = c == '.' && (i == 0 || !word_byte(s, i - 1)) && i + 1 < n &&
                    is_alnum(static_cast<unsigned char>(s[i + 1])) && !(s[i + 1] >= '0' && s[i + 1] <= '9');
    if (word_byte(s, i) || dot_word) {
      size_t b = i;
      if (dot_word) ++i;
      while (i < n) {
        if (word_byte(s, i)) { ++i; continue; }
        // Inner dots and apostrophes keep a word whole ("node.js", "asp.net", "don't"),
        // a dot followed by a space or the end ends it.
        if ((s[i] == '.' || s[i] == '\'') && i + 1 < n && word_byte(s, i + 1)) { i += 1; continue; }
        break;
      }
      // Trailing "+"/"#" belong to names like C++, C#, F# when not followed by a word.
      while (i < n && (s[i] == '+' || s[i] == '#') && (i + 1 >= n || !word_byte(s, i + 1))) ++i;
      emit(b, i);
      continue;
    }
    if (c == '/' || c == '+' || c == '&') {
      emit(i, i + 1);
      ++i;
      continue;
    }
    if (c == '-' || c == '_') {  // hyphens join nothing here; "back-end" tokenizes as "back" "end"
      ++i;
      continue;
    }
    brk = true;  // any other punctuation
    ++i;
  }
  return out;
}

std::string token_key(std::string_view s) {
  std::string key;
  for (const Token& t : tokenize(s)) {
    if (!key.empty()) key.push_back(' ');
    key += t.norm;
  }
  return key;
}

namespace {
bool starts_bullet(std::string_view s, size_t i) {
  static constexpr std::string_view kGlyphs[] = {"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x96\xAA", "\xE2\x97\x8F",
                                                  "\xE2\x96\xBA", "\xE2\x9E\xA2", "\xE2\x9C\x93", "\xE2\x97\xA6"};
  const unsigned char lead = static_cast<unsigned char>(s[i]);
  if (lead != 0xE2 && lead != 0xC2) return false;  // every glyph starts so: most bytes stop here
  for (auto g : kGlyphs)
    if (s.substr(i, g.size()) == g) return true;
  return false;
}
}  // namespace

std::vector<Span> split_sentences(std::string_view s) {
  std::vector<Span> out;
  auto push = [&](size_t b, size_t e) {
    std::string_view piece = s.substr(b, e - b);
    std::string_view stripped = strip_bullet(trim(piece));
    if (stripped.empty()) return;
    size_t sb = static_cast<size_t>(stripped.data() - s.data());
    size_t se = sb + stripped.size();
    out.push_back({sb, se});
  };
  size_t b = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\n') { push(b, i); b = i + 1; continue; }
    if (i > b && starts_bullet(s, i)) { push(b, i); b = i; continue; }
    if ((c == '.' || c == '!' || c == '?' || c == ';') && i + 2 < s.size() && s[i + 1] == ' ') {
      unsigned char nx = static_cast<unsigned char>(s[i + 2]);
      bool upper_or_digit = (nx >= 'A' && nx <= 'Z') || (nx >= '0' && nx <= '9') || nx >= 0x80;
      // Skip common abbreviations ("e.g. ", "i.e. ", "etc. ") by requiring a letter before.
      if (upper_or_digit && i > 0 && is_alnum(static_cast<unsigned char>(s[i - 1]))) {
        push(b, i + 1);
        b = i + 1;
      }
    }
  }
  push(b, s.size());
  return out;
}

std::vector<Span> find_links(std::string_view s) {
  std::vector<Span> out;
  auto word_end = [&](size_t i) {
    while (i < s.size() && !is_space(static_cast<unsigned char>(s[i])) && s[i] != '"' && s[i] != '<' && s[i] != '>') ++i;
    return i;
  };
  size_t i = 0;
  while (i < s.size()) {
    size_t b = i;
    bool link = false;
    const char c = static_cast<char>(s[i] | 0x20);  // ASCII lower case of the letters checked
    if ((c == 'h' || c == 'w') && (i == 0 || !is_alnum(static_cast<unsigned char>(s[i - 1]))))
      for (std::string_view prefix : {"http://", "https://", "www."})
        if (istarts_with(s, i, prefix)) link = true;
    if (link) {
      size_t e = word_end(i);
      out.push_back({b, e});
      i = e;
      continue;
    }
    if (s[i] == '@' && i > 0 && is_alnum(static_cast<unsigned char>(s[i - 1])) && i + 1 < s.size() &&
        is_alnum(static_cast<unsigned char>(s[i + 1]))) {
      size_t start = i;
      while (start > 0 && !is_space(static_cast<unsigned char>(s[start - 1]))) --start;
      size_t e = word_end(i);
      if (!out.empty() && out.back().end > start) start = out.back().end;
      out.push_back({start, e});
      i = e;
      continue;
    }
    ++i;
  }
  return out;
}

std::string_view strip_bullet(std::string_view s) {
  s = trim(s);
  static constexpr std::string_view kGlyphs[] = {"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x96\xAA", "\xE2\x97\x8F", "\xE2\x96\xBA",
                                                  "\xE2\x9E\xA2", "\xE2\x9C\x93", "\xE2\x97\xA6", "-", "*", "+", ">"};
  for (auto g : kGlyphs)
    if (s.substr(0, g.size()) == g && (s.size() == g.size() || g.size() > 1 || is_space(static_cast<unsigned char>(s[g.size()]))))
      return trim(s.substr(g.size()));
  // "1." "2)" "a)" numbering
  size_t i = 0;
  while (i < s.size() && i < 3 && s[i] >= '0' && s[i] <= '9') ++i;
  if (i == 0 && s.size() > 1 && s[0] >= 'a' && s[0] <= 'z' && s[1] == ')') i = 1;
  if (i > 0 && i < s.size() && (s[i] == '.' || s[i] == ')') && i + 1 < s.size() && is_space(static_cast<unsigned char>(s[i + 1])))
    return trim(s.substr(i + 1));
  return s;
}

namespace {
// Latin-1 supplement letters (U+00C0..U+00FF) to ASCII, lower case; 0 drops the character.
char latin1_base(unsigned cp) {
  static constexpr const char* kMap =
      "aaaaaaaceeeeiiii"  // C0-CF
      "dnooooo\0ouuuuyts"  // D0-DF (D7 multiplication sign dropped)
      "aaaaaaaceeeeiiii"  // E0-EF
      "dnooooo\0ouuuuyty";  // F0-FF (F7 division sign dropped)
  if (cp < 0xC0 || cp > 0xFF) return 0;
  return kMap[cp - 0xC0];
}
}  // namespace

std::string slugify(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  auto sep = [&] {
    if (!out.empty() && out.back() != '-') out.push_back('-');
  };
  auto word = [&](std::string_view w) {
    sep();
    out += w;
    out.push_back('-');
  };
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.push_back(static_cast<char>(c));
    } else if (c == '+') {
      if (i + 1 < s.size() && s[i + 1] == '+') {
        word("plus-plus");
        ++i;
      } else {
        word("plus");
      }
    } else if (c == '#') {
      word("sharp");
    } else if (c == '&') {
      word("and");
    } else if (c == 0xC3 && i + 1 < s.size()) {  // two-byte UTF-8 for U+00C0..U+00FF
      unsigned cp = 0xC0 + (static_cast<unsigned char>(s[i + 1]) & 0x3F);
      char b = latin1_base(cp);
      ++i;
      if (b) out.push_back(b);
      else sep();
    } else if (c == '\'') {
      // Apostrophes join: "worker's" -> "workers".
    } else if (c >= 0x80) {
      // Other non-ASCII characters separate words, except the typographic apostrophes.
      size_t b = i;
      while (i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) ++i;
      std::string_view seq = s.substr(b, i + 1 - b);
      if (seq != "\xE2\x80\x99" && seq != "\xE2\x80\x98") sep();
    } else {
      sep();
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out.size() > 80) {
    out.resize(80);
    size_t cut = out.rfind('-');
    if (cut != std::string::npos && cut > 40) out.resize(cut);
    while (!out.empty() && out.back() == '-') out.pop_back();
  }
  if (out.empty()) out = "item";
  return out;
}

size_t word_count(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = is_space(static_cast<unsigned char>(c));
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

}  // namespace jdpipe::text
