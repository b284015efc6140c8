// The word index of a JD and a fast sentence splitter: the parser's phrase look-ups cost a hash
// probe and a walk over the occurrences of the phrase's first word, instead of a scan of the
// whole text per phrase.
#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/parse_internal.hpp"
#include "text/text.hpp"

namespace jdpipe::parse_detail {

namespace {

constexpr size_t npos = std::string_view::npos;

// 0: other, 1: [a-z0-9] (the text is lower case)
struct AlnumTable {
  unsigned char t[256] = {};
  constexpr AlnumTable() {
    for (int c = '0'; c <= '9'; ++c) t[c] = 1;
    for (int c = 'a'; c <= 'z'; ++c) t[c] = 1;
    for (int c = 'A'; c <= 'Z'; ++c) t[c] = 1;
  }
};
constexpr AlnumTable kAlnum;

inline uint64_t load8(const unsigned char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

// A word's hash, eight bytes at a time. avail: bytes readable from p (>= n); when at least 8, the
// tail is read with one load and masked.
inline uint32_t hash_bytes(const unsigned char* p, size_t n, size_t avail) {
  if (n <= 8 && avail >= 8) {  // most words: one load
    uint64_t v = load8(p) & (~uint64_t{0} >> (64 - 8 * n));
    uint64_t h = ((n + 1) * 0x9E3779B97F4A7C15ull ^ v) * 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 32;
    return static_cast<uint32_t>(h);
  }
  uint64_t h = (n + 1) * 0x9E3779B97F4A7C15ull;
  while (n >= 8) {
    h = (h ^ load8(p)) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 29;
    p += 8;
    n -= 8;
    avail -= 8;
  }
  if (n) {
    uint64_t v = 0;
    if (avail >= 8) {
      v = load8(p) & (~uint64_t{0} >> (64 - 8 * n));
    } else {
      for (size_t k = 0; k < n; ++k) v |= uint64_t{p[k]} << (8 * k);
    }
    h = (h ^ v) * 0xC4CEB9FE1A85EC53ull;
  }
  h ^= h >> 32;
  return static_cast<uint32_t>(h);
}

// The hash of a word written in any case: its ASCII lower case form.
inline uint32_t hash_word(const char* p, size_t n) {
  unsigned char buf[64];
  if (n > sizeof buf) {
    std::string tmp(p, n);
    for (char& c : tmp)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return hash_bytes(reinterpret_cast<const unsigned char*>(tmp.data()), n, n);
  }
  for (size_t k = 0; k < n; ++k) {
    unsigned char c = static_cast<unsigned char>(p[k]);
    buf[k] = (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + 32) : c;
  }
  return hash_bytes(buf, n, n);
}

// The registry of indexed words: a bit per hash value (64K bits), and a count of registrations.
// Bits are only ever set; an index built at count g holds every word registered at or before g.
std::atomic<uint64_t> g_bits[1024];
std::atomic<uint64_t> g_gen{0};

inline bool registered(uint32_t h) {
  return (g_bits[(h >> 6) & 1023].load(std::memory_order_relaxed) >> (h & 63)) & 1;
}

}  // namespace

uint64_t register_indexed_word(std::string_view word) {
  if (word.empty()) return g_gen.load(std::memory_order_acquire);
  uint32_t h = hash_word(word.data(), word.size());
  if (!registered(h)) g_bits[(h >> 6) & 1023].fetch_or(uint64_t{1} << (h & 63), std::memory_order_relaxed);
  return g_gen.fetch_add(1, std::memory_order_release) + 1;
}

void WordIndex::build(std::string_view low) {
  text_ = low;
  gen_ = g_gen.load(std::memory_order_acquire);
  const size_t n = low.size();
  // At most one word per two bytes: the arrays are sized once and written without checks.
  const size_t max_words = n / 2 + 1;
  if (cap_ < max_words) {
    pos_.reset(new uint32_t[max_words]);  // no zero fill: every slot used is written first
    hash_.reset(new uint32_t[max_words]);
    next_.reset(new uint32_t[max_words]);
    cap_ = max_words;
  }
  uint32_t* pos_out = pos_.get();
  uint32_t* hash_out = hash_.get();
  size_t count = 0;
  const unsigned char* s = reinterpret_cast<const unsigned char*>(low.data());
  auto emit = [&](size_t b, size_t e) {
    uint32_t h = hash_bytes(s + b, e - b, n - b);  // the text is lower case already
    if (!(registered(h) || (s[b] >= '0' && s[b] <= '9'))) return;
    pos_out[count] = static_cast<uint32_t>(b);
    hash_out[count] = h;
    ++count;
  };
  size_t i = 0;
  size_t cur = 0;       // start of the word being read
  bool in_word = false;
#if defined(__SSE2__)
  // 16 bytes at a time: a mask of the [0-9a-z] bytes (the text is lower case; bytes >= 0x80 are
  // negative as signed and fall outside both ranges), whose changes are the word starts and ends.
  const __m128i lo0 = _mm_set1_epi8('0' - 1), hi9 = _mm_set1_epi8('9' + 1);
  const __m128i loa = _mm_set1_epi8('a' - 1), hiz = _mm_set1_epi8('z' + 1);
  const __m128i loA = _mm_set1_epi8('A' - 1), hiZ = _mm_set1_epi8('Z' + 1);
  for (; i + 16 <= n; i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, lo0), _mm_cmplt_epi8(x, hi9));
    __m128i lower = _mm_and_si128(_mm_cmpgt_epi8(x, loa), _mm_cmplt_epi8(x, hiz));
    __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(x, loA), _mm_cmplt_epi8(x, hiZ));
    uint32_t m = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(digit, lower), upper)));
    uint32_t shifted = (m << 1) | (in_word ? 1u : 0u);
    uint32_t starts = m & ~shifted & 0xFFFFu;
    uint32_t ends = ~m & shifted & 0xFFFFu;
    // Starts and ends alternate: a word open at the block's start closes at the first end, then
    // every start pairs with the next end (the last start may stay open into the next block).
    if (in_word && ends) {
      emit(cur, i + static_cast<size_t>(__builtin_ctz(ends)));
      ends &= ends - 1;
    }
    while (starts) {
      size_t b = i + static_cast<size_t>(__builtin_ctz(starts));
      starts &= starts - 1;
      if (ends) {
        emit(b, i + static_cast<size_t>(__builtin_ctz(ends)));
        ends &= ends - 1;
      } else {
        cur = b;
      }
    }
    in_word = (m >> 15) & 1;
  }
#endif
  for (; i < n; ++i) {
    bool a = kAlnum.t[s[i]] != 0;
    if (a && !in_word) cur = i;
    if (!a && in_word) emit(cur, i);
    in_word = a;
  }
  if (in_word) emit(cur, n);
  words_ = count;
  size_t words = words_;
  size_t cap = 16;
  while (cap < words) cap <<= 1;
  mask_ = cap - 1;
  head_.assign(cap, UINT32_MAX);
  // Prepending from the last word keeps every chain in text order.
  for (size_t w = words; w-- > 0;) {
    size_t bkt = hash_[w] & mask_;
    next_[w] = head_[bkt];
    head_[bkt] = static_cast<uint32_t>(w);
  }
}

namespace {

// The needle's longest alphanumeric run [a, b): the rarest word to walk the occurrences of.
// Every run of a needle is a whole word of the text wherever find_word() matches the needle: the
// runs inside it are bounded by the needle's own non-alphanumeric bytes, the first and last by
// find_word()'s boundary checks.
bool anchor_run(std::string_view needle, size_t& a, size_t& b) {
  size_t best_a = 0, best_len = 0, i = 0;
  while (i < needle.size()) {
    while (i < needle.size() && !kAlnum.t[static_cast<unsigned char>(needle[i])]) ++i;
    size_t s = i;
    while (i < needle.size() && kAlnum.t[static_cast<unsigned char>(needle[i])]) ++i;
    if (i - s > best_len) {
      best_len = i - s;
      best_a = s;
    }
  }
  a = best_a;
  b = best_a + best_len;
  return best_len > 0;
}

}  // namespace

Needle prepare_needle(std::string_view needle) {
  Needle n;
  n.text = needle;
  if (needle.empty()) return n;
  size_t a = 0, b = 0;
  if (anchor_run(needle, a, b)) {
    n.a = static_cast<uint32_t>(a);
    n.b = static_cast<uint32_t>(b);
    n.hash = hash_word(needle.data() + a, b - a);
    n.gen = register_indexed_word(needle.substr(a, b - a));
  }
  n.check_before = kAlnum.t[static_cast<unsigned char>(needle.front())] != 0;
  n.check_after = kAlnum.t[static_cast<unsigned char>(needle.back())] != 0;
  return n;
}

template <class F>
void WordIndex::each_match(const Needle& n, size_t from, F&& f) const {
  std::string_view needle = n.text;
  if (needle.empty()) return;
  if (n.a == n.b || n.gen > gen_) {  // no word to look up, or registered after this index was built
    for (size_t p = find_word(text_, needle, from); p != npos; p = find_word(text_, needle, p + 1))
      if (!f(p)) return;
    return;
  }
  const size_t a = n.a;
  const char* t = text_.data();
  const size_t tn = text_.size();
  for (uint32_t w = head_[n.hash & mask_]; w != UINT32_MAX; w = next_[w]) {
    if (hash_[w] != n.hash) continue;
    size_t p = pos_[w];
    if (p < a) continue;
    size_t start = p - a;
    if (start < from || start + needle.size() > tn) continue;
    if (std::memcmp(t + start, needle.data(), needle.size()) != 0) continue;
    if (n.check_before && start > 0 && kAlnum.t[static_cast<unsigned char>(t[start - 1])]) continue;
    size_t end = start + needle.size();
    if (n.check_after && end < tn && kAlnum.t[static_cast<unsigned char>(t[end])]) continue;
    if (!f(start)) return;
  }
}

size_t WordIndex::find(const Needle& n, size_t from) const {
  size_t found = npos;
  each_match(n, from, [&](size_t p) {
    found = p;
    return false;
  });
  return found;
}

void WordIndex::find_all(const Needle& n, std::vector<size_t>& out, size_t cap) const {
  size_t k = 0;
  each_match(n, 0, [&](size_t p) {
    out.push_back(p);
    return ++k < cap;
  });
}

size_t WordIndex::find(std::string_view needle, size_t from) const { return find(prepare_needle(needle), from); }

void WordIndex::find_all(std::string_view needle, std::vector<size_t>& out, size_t cap) const {
  find_all(prepare_needle(needle), out, cap);
}

uint32_t WordIndex::hash_of(std::string_view word) { return hash_word(word.data(), word.size()); }

void WordFilter::add(std::string_view w, bool indexed) {
  size_t a = 0;
  while (a < w.size() && !kAlnum.t[static_cast<unsigned char>(w[a])]) ++a;
  size_t b = a;
  while (b < w.size() && kAlnum.t[static_cast<unsigned char>(w[b])]) ++b;
  if (b == a) return;
  uint32_t h = hash_word(w.data() + a, b - a);
  bits_[(h >> 6) & 127] |= uint64_t{1} << (h & 63);
  if (indexed) gen_ = std::max(gen_, register_indexed_word(w.substr(a, b - a)));
}

void WordIndex::scan_words(const WordFilter& filter, bool digits,
                           const std::function<bool(size_t, uint32_t)>& f) const {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text_.data());
  const size_t n = text_.size();
  size_t i = 0;
  while (i < n) {
    while (i < n && !kAlnum.t[s[i]]) ++i;
    if (i >= n) break;
    size_t b = i;
    while (i < n && kAlnum.t[s[i]]) ++i;
    uint32_t h = hash_bytes(s + b, i - b, n - b);
    bool digit = s[b] >= '0' && s[b] <= '9';
    if (!((digits && digit) || filter.maybe(h))) continue;
    if (!f(b, h)) return;
  }
}

void WordFilter::add_exact(std::string_view token) {
  uint32_t h = hash_word(token.data(), token.size());
  bits_[(h >> 6) & 127] |= uint64_t{1} << (h & 63);
}

bool WordFilter::maybe_exact(std::string_view token) const {
  return maybe(hash_word(token.data(), token.size()));
}

bool WordFilter::maybe_lower(std::string_view token) const {
  return maybe(hash_bytes(reinterpret_cast<const unsigned char*>(token.data()), token.size(), token.size()));
}

// ============================================================================================
// Sentences
// ============================================================================================

namespace {

// The glyphs text::split_sentences breaks before: • · ▪ ● ► ➢ ✓ ◦
inline bool split_glyph(const unsigned char* s, size_t i, size_t n) {
  unsigned char c = s[i];
  if (c == 0xC2) return i + 1 < n && s[i + 1] == 0xB7;
  if (c != 0xE2 || i + 2 >= n) return false;
  unsigned char d = s[i + 1], e = s[i + 2];
  return (d == 0x80 && e == 0xA2) || (d == 0x96 && (e == 0xAA || e == 0xBA)) || (d == 0x97 && (e == 0x8F || e == 0xA6)) ||
         (d == 0x9E && e == 0xA2) || (d == 0x9C && e == 0x93);
}

}  // namespace

// text::strip_bullet, deciding on the first byte instead of comparing every glyph.
std::string_view strip_bullet_fast(std::string_view s) {
  s = trim_fast(s);
  if (s.empty()) return s;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  unsigned char c = p[0];
  if (c == 0xC2 || c == 0xE2) {
    size_t g = 0;
    if (c == 0xC2 && s.size() >= 2 && p[1] == 0xB7) g = 2;  // ·
    else if (c == 0xE2 && s.size() >= 3) {
      unsigned char d = p[1], e = p[2];
      if ((d == 0x80 && e == 0xA2) || (d == 0x96 && (e == 0xAA || e == 0xBA)) || (d == 0x97 && (e == 0x8F || e == 0xA6)) ||
          (d == 0x9E && e == 0xA2) || (d == 0x9C && e == 0x93))
        g = 3;  // • ▪ ► ● ◦ ➢ ✓
    }
    if (g) return trim_fast(s.substr(g));
    return s;
  }
  if (c == '-' || c == '*' || c == '+' || c == '>') {
    if (s.size() == 1 || space_byte(p[1])) return trim_fast(s.substr(1));
    return s;
  }
  size_t i = 0;
  while (i < s.size() && i < 3 && s[i] >= '0' && s[i] <= '9') ++i;
  if (i == 0 && s.size() > 1 && s[0] >= 'a' && s[0] <= 'z' && s[1] == ')') i = 1;
  if (i > 0 && i < s.size() && (s[i] == '.' || s[i] == ')') && i + 1 < s.size() && space_byte(p[i + 1]))
    return trim_fast(s.substr(i + 1));
  return s;
}

void split_sentences_fast(std::string_view s, std::vector<text::Span>& out) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  auto push = [&](size_t b, size_t e) {
    while (b < e && space_byte(p[b])) ++b;
    while (e > b && space_byte(p[e - 1])) --e;
    if (b >= e) return;
    std::string_view piece = s.substr(b, e - b);
    // Already trimmed: only a leading marker byte can change it.
    unsigned char f = p[b];
    std::string_view stripped =
        ((f >= 'A' && f <= 'Z') || (f >= 'a' && f <= 'z' && !(b + 1 < e && p[b + 1] == ')'))) ? piece
                                                                                              : strip_bullet_fast(piece);
    if (stripped.empty()) return;
    size_t sb = static_cast<size_t>(stripped.data() - s.data());
    out.push_back({sb, sb + stripped.size()});
  };
  static constexpr unsigned char kStops[] = {'\n', '.', '!', '?', ';', 0xC2, 0xE2};
  size_t b = 0;
  size_t i = 0;
  while (i < n) {
    i += find_byte_of(p + i, n - i, kStops);
    if (i >= n) break;
    unsigned char c = p[i];
    if (c == '\n') {
      push(b, i);
      b = i + 1;
    } else if (c == 0xC2 || c == 0xE2) {
      if (i > b && split_glyph(p, i, n)) {
        push(b, i);
        b = i;
      }
    } else if (i + 2 < n && p[i + 1] == ' ') {
      unsigned char nx = p[i + 2];
      bool upper_or_digit = (nx >= 'A' && nx <= 'Z') || (nx >= '0' && nx <= '9') || nx >= 0x80;
      if (upper_or_digit && i > 0 && text::is_alnum(p[i - 1])) {
        push(b, i + 1);
        b = i + 1;
      }
    }
    ++i;
  }
  push(b, n);
}

std::optional<text::Span> sentence_at(std::string_view s, size_t pos) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  if (pos >= n) return std::nullopt;
  auto sentence_end_at = [&](size_t i) {  // ". X": the piece ends after i
    unsigned char c = p[i];
    if (!(c == '.' || c == '!' || c == '?' || c == ';') || i + 2 >= n || p[i + 1] != ' ') return false;
    unsigned char nx = p[i + 2];
    bool upper_or_digit = (nx >= 'A' && nx <= 'Z') || (nx >= '0' && nx <= '9') || nx >= 0x80;
    return upper_or_digit && i > 0 && text::is_alnum(p[i - 1]);
  };
  // The piece's start: after a line break or a sentence end, or at a glyph.
  size_t b = pos;
  while (b > 0) {
    if (p[b - 1] == '\n' || sentence_end_at(b - 1)) break;
    if (b < pos && split_glyph(p, b, n)) break;
    --b;
  }
  size_t e = pos;
  while (e < n) {
    if (p[e] == '\n') break;
    if (e > b && e > pos && split_glyph(p, e, n)) break;
    if (sentence_end_at(e)) {
      ++e;
      break;
    }
    ++e;
  }
  while (b < e && space_byte(p[b])) ++b;
  while (e > b && space_byte(p[e - 1])) --e;
  if (b >= e) return std::nullopt;
  std::string_view stripped = strip_bullet_fast(s.substr(b, e - b));
  if (stripped.empty()) return std::nullopt;
  size_t sb = static_cast<size_t>(stripped.data() - s.data());
  return text::Span{sb, sb + stripped.size()};
}

std::vector<text::Span> split_sentences_fast(std::string_view s) {
  std::vector<text::Span> out;
  split_sentences_fast(s, out);
  return out;
}

}  // namespace jdpipe::parse_detail
