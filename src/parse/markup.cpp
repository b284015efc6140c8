// HTML and other markup in a pasted JD: tags, character entities, lone carriage returns and
// no-break spaces become plain text the parser reads, with a map from every byte of that text
// back to the bytes of the original it came from, so that offsets always point into the
// original input.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "parse/parse_internal.hpp"

namespace jdpipe::parse_detail {

namespace {

constexpr size_t npos = std::string_view::npos;

struct Entity {
  std::string_view name;
  std::string_view utf8;
};
// The named entities job ads use; others stay as written.
constexpr Entity kEntities[] = {
    {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "},
    {"ensp", " "}, {"emsp", " "}, {"thinsp", " "}, {"ndash", "\xE2\x80\x93"}, {"mdash", "\xE2\x80\x94"},
    {"lsquo", "\xE2\x80\x98"}, {"rsquo", "\xE2\x80\x99"}, {"ldquo", "\xE2\x80\x9C"}, {"rdquo", "\xE2\x80\x9D"},
    {"sbquo", "\xE2\x80\x9A"}, {"bdquo", "\xE2\x80\x9E"}, {"laquo", "\xC2\xAB"}, {"raquo", "\xC2\xBB"},
    {"hellip", "\xE2\x80\xA6"}, {"bull", "\xE2\x80\xA2"}, {"middot", "\xC2\xB7"}, {"euro", "\xE2\x82\xAC"},
    {"pound", "\xC2\xA3"}, {"yen", "\xC2\xA5"}, {"cent", "\xC2\xA2"}, {"copy", "\xC2\xA9"}, {"reg", "\xC2\xAE"},
    {"trade", "\xE2\x84\xA2"}, {"deg", "\xC2\xB0"}, {"times", "\xC3\x97"}, {"divide", "\xC3\xB7"},
    {"plusmn", "\xC2\xB1"}, {"frac12", "\xC2\xBD"}, {"frac14", "\xC2\xBC"}, {"frac34", "\xC2\xBE"},
    {"rarr", "\xE2\x86\x92"}, {"larr", "\xE2\x86\x90"}, {"check", "\xE2\x9C\x93"}, {"sect", "\xC2\xA7"},
    {"para", "\xC2\xB6"}, {"iexcl", "\xC2\xA1"}, {"iquest", "\xC2\xBF"}, {"shy", ""}, {"zwj", ""}, {"zwnj", ""},
    {"aacute", "\xC3\xA1"}, {"eacute", "\xC3\xA9"}, {"iacute", "\xC3\xAD"}, {"oacute", "\xC3\xB3"},
    {"uacute", "\xC3\xBA"}, {"Aacute", "\xC3\x81"}, {"Eacute", "\xC3\x89"}, {"Iacute", "\xC3\x8D"},
    {"Oacute", "\xC3\x93"}, {"Uacute", "\xC3\x9A"}, {"agrave", "\xC3\xA0"}, {"egrave", "\xC3\xA8"},
    {"ograve", "\xC3\xB2"}, {"acirc", "\xC3\xA2"}, {"ecirc", "\xC3\xAA"}, {"ocirc", "\xC3\xB4"},
    {"auml", "\xC3\xA4"}, {"euml", "\xC3\xAB"}, {"iuml", "\xC3\xAF"}, {"ouml", "\xC3\xB6"}, {"uuml", "\xC3\xBC"},
    {"Auml", "\xC3\x84"}, {"Ouml", "\xC3\x96"}, {"Uuml", "\xC3\x9C"}, {"szlig", "\xC3\x9F"}, {"ntilde", "\xC3\xB1"},
    {"Ntilde", "\xC3\x91"}, {"ccedil", "\xC3\xA7"}, {"Ccedil", "\xC3\x87"}, {"atilde", "\xC3\xA3"},
    {"otilde", "\xC3\xB5"}, {"aring", "\xC3\xA5"}, {"oslash", "\xC3\xB8"}, {"aelig", "\xC3\xA6"}};

bool ascii_alpha(unsigned char c) { return is_alpha(c); }

// Appends the UTF-8 encoding of a code point (invalid ones as U+FFFD).
void append_utf8(std::string& out, uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// An entity at i ("&amp;", "&#8226;", "&#x2022;"): its length and decoded text, else 0.
size_t entity_at(std::string_view s, size_t i, std::string& decoded) {
  if (at(s, i) != '&') return 0;
  size_t k = i + 1;
  if (at(s, k) == '#') {
    ++k;
    bool hex = at(s, k) == 'x' || at(s, k) == 'X';
    if (hex) ++k;
    size_t d0 = k;
    uint32_t cp = 0;
    while (k < s.size() && k - d0 < 7) {
      unsigned char c = at(s, k);
      uint32_t v;
      if (is_digit(c)) v = c - '0';
      else if (hex && c >= 'a' && c <= 'f') v = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') v = c - 'A' + 10;
      else break;
      cp = cp * (hex ? 16 : 10) + v;
      ++k;
    }
    if (k == d0 || at(s, k) != ';') return 0;
    decoded.clear();
    if (cp == 0xA0) decoded = " ";
    else append_utf8(decoded, cp);
    return k + 1 - i;
  }
  size_t n0 = k;
  while (k < s.size() && k - n0 < 8 && is_ascii_alnum(at(s, k))) ++k;
  if (k == n0 || at(s, k) != ';') return 0;
  std::string_view name = s.substr(n0, k - n0);
  for (const auto& e : kEntities)
    if (e.name == name) {
      decoded = std::string(e.utf8);
      return k + 1 - i;
    }
  return 0;
}

enum class TagKind { None, Inline, Bold, Block, Break, Item, Heading, Cell, Skip };

// The tag at i: its end (past '>'), kind, whether it closes, and its lower-case name.
size_t tag_at(std::string_view s, size_t i, TagKind& kind, bool& closing, std::string& name) {
  kind = TagKind::None;
  if (at(s, i) != '<') return 0;
  size_t k = i + 1;
  if (sub(s, k, 3) == "!--") {
    size_t e = s.find("-->", k + 3);
    kind = TagKind::Inline;
    return e == npos ? 0 : e + 3 - i;
  }
  closing = at(s, k) == '/';
  if (closing) ++k;
  size_t n0 = k;
  while (k < s.size() && k - n0 < 12 && (ascii_alpha(at(s, k)) || (k > n0 && is_digit(at(s, k))))) ++k;
  if (k == n0) return 0;
  unsigned char after = at(s, k);
  if (!(after == '>' || after == '/' || is_blank(after) || after == '\n' || after == '\r')) return 0;
  name.assign(s.substr(n0, k - n0));
  for (char& c : name)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  static constexpr std::string_view kInline[] = {"span", "a", "i", "em", "u", "font", "small", "sup", "sub",
                                                 "mark", "abbr", "code", "img", "label", "s", "strike", "del",
                                                 "ins", "big", "tt", "html", "body", "head", "meta", "link",
                                                 "o:p", "center", "main", "nav", "time"};
  static constexpr std::string_view kBlock[] = {"p", "div", "ul", "ol", "table", "tbody", "thead", "section",
                                                "article", "header", "footer", "blockquote", "dl", "pre",
                                                "form", "fieldset", "aside", "figure", "address", "title"};
  if (name == "b" || name == "strong") kind = TagKind::Bold;
  else if (name == "br" || name == "hr" || name == "tr" || name == "dt" || name == "dd") kind = TagKind::Break;
  else if (name == "li") kind = TagKind::Item;
  else if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') kind = TagKind::Heading;
  else if (name == "td" || name == "th") kind = TagKind::Cell;
  else if (name == "script" || name == "style") kind = TagKind::Skip;
  else {
    for (auto t : kBlock)
      if (name == t) kind = TagKind::Block;
    if (kind == TagKind::None)
      for (auto t : kInline)
        if (name == t) kind = TagKind::Inline;
  }
  if (kind == TagKind::None) return 0;  // "<5 years" or "<Name>": not a tag
  // The end of the tag, quotes respected.
  char quote = 0;
  while (k < s.size() && k - i < 4096) {
    char c = s[k];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return k + 1 - i;
    }
    ++k;
  }
  return 0;
}

// A link target in a tag's attributes: href="https://..." or "mailto:...".
void collect_href(std::string_view tag, std::vector<std::string>& hrefs) {
  size_t p = 0;
  while ((p = tag.find("href", p)) != npos) {
    size_t k = p + 4;
    while (k < tag.size() && is_blank(at(tag, k))) ++k;
    if (at(tag, k) != '=') {
      p = k;
      continue;
    }
    ++k;
    while (k < tag.size() && is_blank(at(tag, k))) ++k;
    char q = at(tag, k) == '"' || at(tag, k) == '\'' ? tag[k++] : 0;
    size_t b = k;
    while (k < tag.size() && (q ? tag[k] != q : !(is_blank(at(tag, k)) || tag[k] == '>'))) ++k;
    std::string_view v = tag.substr(b, k - b);
    if (istarts_with(v, 0, "http://") || istarts_with(v, 0, "https://") || istarts_with(v, 0, "mailto:"))
      if (hrefs.size() < 64) hrefs.emplace_back(v);
    p = k;
  }
}

// Whether '<' starts real markup in this text: a closing tag ("</p>", "</li>") or a line-break or
// paragraph tag. Without such evidence "<ADDRESS>" or "<Name>" are words, not tags.
bool html_evidence(std::string_view s) {
  size_t p = 0;
  int seen = 0;
  while ((p = s.find('<', p)) != npos && seen < 100000) {
    ++seen;
    unsigned char c = at(s, p + 1);
    // Only "</", "<b", "<p", "<l", "<d", "<u" and "<!" can start the evidence below.
    unsigned char lc = (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + 32) : c;
    if (!(c == '/' || lc == 'b' || lc == 'p' || lc == 'l' || lc == 'd' || lc == 'u' || c == '!')) {
      ++p;
      continue;
    }
    if (c == '/') {
      TagKind k;
      bool closing;
      std::string name;
      if (tag_at(s, p, k, closing, name)) return true;
    } else if (istarts_with(s, p + 1, "br") || istarts_with(s, p + 1, "p>") || istarts_with(s, p + 1, "p ") ||
               istarts_with(s, p + 1, "li>") || istarts_with(s, p + 1, "div") || istarts_with(s, p + 1, "ul>") ||
               istarts_with(s, p + 1, "!--")) {
      TagKind k;
      bool closing;
      std::string name;
      if (tag_at(s, p, k, closing, name)) return true;
    }
    ++p;
  }
  return false;
}

}  // namespace

bool needs_normalizing(std::string_view s) {
  if (s.empty()) return false;  // data() may be null (a C caller's NULL, 0): memchr must not see it
  // Each trigger byte is looked for with memchr: plain text has few of them.
  const char* b = s.data();
  const char* e = b + s.size();
  if (std::memchr(b, '<', s.size()) && html_evidence(s)) return true;
  std::string d;
  for (const char* p = b; (p = static_cast<const char*>(std::memchr(p, '&', static_cast<size_t>(e - p)))); ++p)
    if (entity_at(s, static_cast<size_t>(p - b), d)) return true;
  for (const char* p = b; (p = static_cast<const char*>(std::memchr(p, '\r', static_cast<size_t>(e - p)))); ++p)
    if (p + 1 >= e || p[1] != '\n') return true;
  for (const char* p = b; (p = static_cast<const char*>(std::memchr(p, '\xC2', static_cast<size_t>(e - p)))); ++p)
    if (p + 1 < e && static_cast<unsigned char>(p[1]) == 0xA0) return true;
  return false;
}

Normalized normalize_markup(std::string_view s) {
  Normalized n;
  n.text.reserve(s.size());
  n.start.reserve(s.size());
  n.end.reserve(s.size());
  const bool html = html_evidence(s);
  // Block-level tags make newlines insignificant (as a browser shows them).
  bool html_blocks = false;
  if (html) {
    size_t p = 0;
    int tags = 0;
    while ((p = s.find('<', p)) != npos && tags < 4096) {
      TagKind k;
      bool closing;
      std::string name;
      size_t len = tag_at(s, p, k, closing, name);
      if (len && (k == TagKind::Block || k == TagKind::Break || k == TagKind::Item || k == TagKind::Heading)) {
        html_blocks = true;
        break;
      }
      p += len ? len : 1;
      ++tags;
    }
  }
  auto emit = [&](std::string_view t, size_t ob, size_t oe) {
    for (char c : t) {
      n.text.push_back(c);
      n.start.push_back(static_cast<uint32_t>(ob));
      n.end.push_back(static_cast<uint32_t>(oe));
    }
  };
  auto ends_with_newlines = [&](size_t k) {
    size_t m = 0;
    for (size_t j = n.text.size(); j > 0 && m < k; --j) {
      char c = n.text[j - 1];
      if (c == '\n') ++m;
      else if (c == ' ' || c == '\t') continue;
      else break;
    }
    return m >= k || n.text.empty();
  };
  std::string decoded, name;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = at(s, i);
    if (c == '<' && html) {
      TagKind kind;
      bool closing = false;
      size_t len = tag_at(s, i, kind, closing, name);
      if (len) {
        size_t ob = i, oe = i + len;
        switch (kind) {
          case TagKind::Bold: emit("**", ob, oe); break;
          case TagKind::Break: emit("\n", ob, oe); break;
          case TagKind::Block:
            if (!ends_with_newlines(2)) emit(ends_with_newlines(1) ? "\n" : "\n\n", ob, oe);
            break;
          case TagKind::Item:
            if (!closing) emit(ends_with_newlines(1) ? "\xE2\x80\xA2 " : "\n\xE2\x80\xA2 ", ob, oe);
            else emit("\n", ob, oe);
            break;
          case TagKind::Heading:
            if (!closing) {
              if (!ends_with_newlines(2)) emit(ends_with_newlines(1) ? "\n" : "\n\n", ob, oe);
              emit("**", ob, oe);
            } else {
              emit("**\n\n", ob, oe);
            }
            break;
          case TagKind::Cell: emit(" ", ob, oe); break;
          case TagKind::Skip:
            if (!closing) {
              // Up to the closing tag.
              std::string close = "</" + name;
              size_t e = i + len;
              while (e < s.size() && !istarts_with(s, e, close)) ++e;
              size_t gt = s.find('>', e);
              oe = gt == npos ? s.size() : gt + 1;
            }
            break;
          case TagKind::Inline:
          case TagKind::None: break;
        }
        if (kind == TagKind::Inline && name == "a" && !closing) collect_href(s.substr(i, len), n.hrefs);
        i = oe;
        continue;
      }
    }
    if (c == '&') {
      if (size_t len = entity_at(s, i, decoded)) {
        emit(decoded, i, i + len);
        i += len;
        continue;
      }
    }
    if (c == '\r') {
      if (at(s, i + 1) == '\n') {
        // CRLF: keep both bytes (the parser treats "\r\n" as a line break).
        if (html_blocks) emit(" ", i, i + 2);
        else emit("\r\n", i, i + 2);
        i += 2;
        continue;
      }
      emit(html_blocks ? " " : "\n", i, i + 1);
      ++i;
      continue;
    }
    if (c == '\n' && html_blocks) {
      emit(" ", i, i + 1);
      ++i;
      continue;
    }
    if (c == 0xC2 && at(s, i + 1) == 0xA0) {
      emit(" ", i, i + 2);
      i += 2;
      continue;
    }
    n.text.push_back(static_cast<char>(c));
    n.start.push_back(static_cast<uint32_t>(i));
    n.end.push_back(static_cast<uint32_t>(i + 1));
    ++i;
  }
  return n;
}

std::pair<size_t, size_t> Normalized::to_original(size_t b, size_t e) const {
  if (text.empty()) return {0, 0};
  size_t ob = b < start.size() ? start[b] : end.back();
  size_t oe = e == 0 ? ob : (e - 1 < end.size() ? end[e - 1] : end.back());
  if (oe < ob) oe = ob;
  return {ob, oe};
}

}  // namespace jdpipe::parse_detail
