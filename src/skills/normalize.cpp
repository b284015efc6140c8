#include "skills/normalize.hpp"

#include <array>
#include <cstring>

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

inline bool word_byte(unsigned char c) { return kByteClass[c] == kWordByte; }

}  // namespace

FoldedText fold(std::string_view s) {
  FoldedText f;
  fold(s, f);
  return f;
}

void fold(std::string_view s, FoldedText& f) {
  bool ascii = true;
  for (unsigned char c : s) ascii &= c < 0x80;
  f.text.resize(s.size());
  f.origin.clear();
  // Raw pointers: writes through a char* may alias anything, and would make the compiler reload
  // the strings' buffers at every byte.
  char* text = f.text.data();
  if (ascii) {
    // The common case: lower-casing keeps every byte in place, no offset map needed.
    for (size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      text[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    return;
  }
  // Every replacement is at most as long as the character it replaces, so the output fits in
  // the input's length: write by index, trim at the end.
  f.origin.resize(s.size() + 1);
  uint32_t* origin = f.origin.data();
  size_t o = 0;
  auto put = [&](std::string_view out, size_t from) {
    for (char c : out) {
      text[o] = c;
      origin[o++] = static_cast<uint32_t>(from);
    }
  };
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  for (size_t i = 0; i < n;) {
    unsigned char c = p[i];
    if (c < 0x80) {
      text[o] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
      origin[o++] = static_cast<uint32_t>(i++);
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
    else if (cp == 0xAD || cp == 0x200B || cp == 0xFEFF) repl = "";
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
  f.origin.resize(o + 1);
  f.origin[o] = static_cast<uint32_t>(n);
}

void tokenize_folded(std::string_view s, std::vector<MatchToken>& out) {
  out.clear();
  bool brk = true;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    const uint8_t cls = kByteClass[c];
    if (cls == kWordByte || (c == '.' && i + 1 < n && p[i + 1] >= 'a' && p[i + 1] <= 'z' && (i == 0 || !word_byte(p[i - 1])))) {
      size_t b = i++;
      while (i < n) {
        if (kByteClass[p[i]] == kWordByte) {
          ++i;
          continue;
        }
        // Inner dots and apostrophes keep a word whole ("node.js", "don't").
        if ((p[i] == '.' || p[i] == '\'') && i + 1 < n && word_byte(p[i + 1])) {
          i += 2;
          continue;
        }
        break;
      }
      // Trailing "+"/"#" belong to names like C++, C#, F# when no word follows.
      while (i < n && (p[i] == '+' || p[i] == '#') && (i + 1 >= n || !word_byte(p[i + 1]))) ++i;
      out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(i), brk, false});
      brk = false;
      continue;
    }
    if (cls == kSymbolByte) {
      out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), brk, true});
      brk = false;
    } else if (cls != kGapByte) {
      brk = true;  // line breaks and any other punctuation
    }
    ++i;
  }
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
