#include "skills/dictionary.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <memory>

#include "skills/normalize.hpp"
#include "util/huge_pages.hpp"

namespace jdpipe::skills {

namespace {

// Tech names that are also everyday English words: they count only with corroboration.
constexpr std::array<std::string_view, 40> kCommonWordNames = {
    "go",     "swift",  "rust",    "spring", "react",  "excel",   "access",  "word",    "ruby",   "shell",
    "express", "chef",  "puppet",  "salt",   "ember",  "meteor",  "backbone", "spark",  "storm",  "hive",
    "pig",    "ant",    "make",    "dart",   "julia",  "crystal", "basic",   "scheme",  "logo",   "elm",
    "teams",  "slack",  "office",  "windows", "flask", "mercury", "oracle",  "nest",    "next",   "gatsby"};

// Words near an ambiguous name that show the technical sense ("React framework", "MS Word"):
// marked in a scan's word flags (kTechContext).
constexpr std::array<std::string_view, 22> kTechContextWords = {
    "programming", "language",  "languages", "framework", "frameworks", "library",   "libraries", "developer",
    "developers",  "coding",    "code",      "frontend",  "backend",    "scripting", "microsoft", "ms",
    "spreadsheet", "spreadsheets", "js",     "sdk",       "programmer", "programmers"};

constexpr size_t kCorroborationWindow = 12;  // tokens either side
constexpr size_t kMaxStopsInside = 2;        // function words skipped inside one match
constexpr size_t kTypoMinLength = 7;       // one typo is looked for in words whose key is this long
constexpr size_t kTypoMinLengthAlone = 9;  // ... and trusted alone (a one-word skill) from this length, as written
enum : uint8_t { kTypoNone = 0, kTypoUntried = 1, kTypoFound = 2 };

bool tech_family(const Skill& s) {
  const std::string& n = s.skill_nature;
  return n == "LANGUAGE" || n == "FRAMEWORK" || n == "TOOL" || n == "PLATFORM" || s.category == "Digital";
}

bool generic_category(const std::string& c) { return c.empty() || c == "Skill/Competence" || c == "Knowledge"; }

bool letters_only(std::string_view k) {
  for (char c : k)
    if (c < 'a' || c > 'z') return false;
  return true;
}

// Whether a word's key is long and plain enough for one typo: the text's words are tried against
// the one-deletion forms of the vocabulary's words, both from this length.
bool typo_checked(std::string_view key) { return key.size() >= kTypoMinLength && letters_only(key); }

// A token without its inner dots ("node.js" -> "nodejs"): the form compounds are joined in.
std::string undotted(std::string_view t) {
  std::string out;
  for (size_t i = 0; i < t.size(); ++i)
    if (t[i] != '.' || i == 0) out.push_back(t[i]);
  return out;
}

// A word's join form (see SkillDictionary::join_signature): without dots and apostrophes, up to `limit`
// bytes, into `out`; returns its length.
size_t join_form(std::string_view w, char* out, size_t limit) {
  size_t n = 0;
  for (size_t q = 0; q < w.size() && n < limit; ++q)
    if (w[q] != '.' && w[q] != '\'') out[n++] = w[q];
  return n;
}
// Whether the n bytes at a and b are the same: a loop, where a call to memcmp would cost more
// than the comparing for words of a few letters (a walk compares each alias it reaches).
inline bool same_bytes(const char* a, const char* b, size_t n) {
  for (size_t k = 0; k < n; ++k)
    if (a[k] != b[k]) return false;
  return true;
}

constexpr size_t kLeadLetters = 3;     // of a compound's second word, checked against its head
constexpr size_t kMaxJoinHead = 16;    // longer words are no heads (the memo's word length)
constexpr size_t kMinJoinedWord = 5;   // alias words this long give heads

// A head and the lead letters after it as join_prefixes_ keys them: with a space between (no
// word has one), so that where the head ends counts.
struct JoinPair {
  char bytes[kMaxJoinHead + 1 + kLeadLetters];
  size_t n;
  JoinPair(std::string_view head, std::string_view lead) : n(head.size() + 1 + lead.size()) {
    std::memcpy(bytes, head.data(), head.size());
    bytes[head.size()] = ' ';
    std::memcpy(bytes + head.size() + 1, lead.data(), lead.size());
  }
  std::string_view view() const { return {bytes, n}; }
};

// Up to kLeadLetters bytes as one of 31 bits (31: a signature is a KeyTable value, never ~0).
uint32_t lead_bit(std::string_view lead) {
  uint32_t code = 0;
  for (char c : lead) code = code << 8 | static_cast<unsigned char>(c);
  return 1u << (((code + static_cast<uint32_t>(lead.size())) * 0x9E3779B9u) >> 27) % 31;
}

// The lead_bit of a word as the second half of a compound: its join form's first letters.
uint32_t word_lead(std::string_view word) {
  char lead[kLeadLetters];
  return lead_bit(std::string_view(lead, join_form(word, lead, kLeadLetters)));
}

}  // namespace

struct SkillDictionary::Scan {
  FoldedText folded;
  MatchTokens toks;
  // What the scan worked out per token, in one record: the passes over all tokens (the listing
  // of starts above all) read one array, not one per field. The memo keeps the same record for a
  // token's text, so that a hit is a copy and one bit.
  struct Word {  // 16 bytes
    // kStop, kUnknown, kAnyToken (a typo candidate, untried: any id a walk may step with) or a
    // token id; typo_fix fills in an id found through one edit.
    uint32_t id;
    uint32_t child_bits;  // child_bits_at_ of its id when it starts an alias, else 0 (no children)
    uint32_t join_sig;    // as the first word of a compound: its join_signature
    uint8_t typo;         // kTypoNone, kTypoUntried, kTypoFound
    uint8_t flags;        // node_flags of its id's node, kTechContext, kDeep; kBreakBefore, kSymbol
    uint8_t lead_index;   // as the second word of a compound: the index of its lead bit
    uint8_t unused;
    // No lead bit: bit 31, which no join signature has (lead_bit gives bits 0..30).
    static constexpr uint8_t kNoLead = 31;
    uint32_t lead() const { return 1u << lead_index; }
  };
  mutable UninitializedVector<Word> words;  // the scan writes every token's
  std::string_view token(size_t i) const { return {folded.text.data() + toks[i].start, toks[i].end - toks[i].start}; }

  // What the scan worked out for a token's text before (a scan serves one dictionary): postings are
  // Zipfian, so most tokens were seen, and their stemming and vocabulary lookup (a cache miss
  // in a 100k-key table) are skipped. Direct-mapped by hash; only texts of up to 16 bytes.
  // 128k slots of 32 bytes (4 MiB per thread and dictionary): a posting's words mostly stay in
  // it from one posting to the next. On the SkillSpan postings (10k distinct words) 32k slots
  // missed 4.9k tokens a pass (pairs of words evicting each other), 64k 2.5k; two ways per
  // cache line missed 1.2k but cost more per lookup than they saved. Against 64k slots, by
  // tools/matcher_ab.sh: 32k 11% slower, 128k 5% faster, 256k no faster than 128k.
  struct Memo {  // 32 bytes
    // The token's text as a ShortKey's two words (0, 0: empty). Its length need not be kept: a
    // token has no NUL byte, so where its zero padding starts says where it ends.
    uint64_t text_a = 0, text_b = 0;
    // The token's Word without what depends on where it stands (kBreakBefore).
    Word word{};
    // Without short-circuits: the words differ in unpredictable ways, a branch each would cost more.
    bool holds(const ShortKey& k) const { return ((text_a ^ k.a) | (text_b ^ k.b)) == 0; }
    void set(const ShortKey& k, const Word& w) {
      text_a = k.a;
      text_b = k.b;
      word = w;
      word.flags &= static_cast<uint8_t>(~kBreakBefore);
    }
  };
  static_assert(sizeof(Word) == 16 && sizeof(Memo) == 32, "a memo slot is half a cache line");
  // The memo slot of a token's text, or null for a text too long to memoize.
  Memo* memo_slot(std::string_view tv) { return tv.size() <= 16 ? &memo[slot_of(memo_key(tv))] : nullptr; }
  // A token's text of up to 16 bytes as the memo knows it: its bytes in two words, zero past its
  // end. Two whole-word loads and masks, no branch on the length (which varies from token to
  // token and would be mispredicted), when 16 bytes can be read; a copy near the text's end.
  ShortKey memo_key(std::string_view tv) const { return memo_key(tv.data(), tv.size(), folded.text.data() + folded.text.size()); }
  // The same for the n bytes at p of a text that ends at `end`.
  static ShortKey memo_key(const char* p, size_t n, const char* end) {
    char tail[16];
    if (end - p < 16) {
      std::memset(tail, 0, sizeof tail);
      std::memcpy(tail, p, n);
      p = tail;
    }
    uint64_t a, b;
    std::memcpy(&a, p, 8);
    std::memcpy(&b, p + 8, 8);
    return {a & kKeepBytes[n].first, b & kKeepBytes[n].second, static_cast<uint32_t>(n)};
  }
  // Per length 0..16: the masks keeping that many bytes of the two words.
  static constexpr std::array<std::pair<uint64_t, uint64_t>, 17> kKeepBytes = [] {
    std::array<std::pair<uint64_t, uint64_t>, 17> t{};
    for (size_t n = 0; n <= 16; ++n) {
      const size_t a = n < 8 ? n : 8, b = n - a;
      t[n] = {a == 8 ? ~0ull : ~(~0ull << (8 * a)), b == 8 ? ~0ull : ~(~0ull << (8 * b))};
    }
    return t;
  }();
  // A cheap hash will do: a collision only costs a memo miss.
  static size_t slot_of(const ShortKey& k) {
    return ((k.a * 0x9E3779B97F4A7C15ull) ^ (k.b * 0xC2B2AE3D27D4EB4Full)) >> (64 - kMemoBits);
  }
  static constexpr unsigned kMemoBits = 17;
  static constexpr size_t kMemoSlots = size_t{1} << kMemoBits;
  mutable util::HugePageVector<Memo> memo = util::HugePageVector<Memo>(kMemoSlots);
  // Tokens not in the memo: keys computed and their vocabulary slots prefetched in a first
  // pass, looked up in a second.
  struct Pending {
    uint32_t token, key_start, key_size;
    uint64_t hash;       // of the key
    uint64_t join_hash;  // of the token's join form, when it may be a head (join_hash)
    bool may_head;
  };
  std::vector<Pending> pending;
  UninitializedVector<char> keys;
  UninitializedVector<uint32_t> starts;  // find_all: the tokens a match may start at
  struct Found {
    Mention mention;
    size_t first_token;
    bool ambiguous;  // its alias needs corroboration
  };
  std::vector<Found> found;  // find_all: the mentions, before the ambiguous ones are checked
};

namespace {
std::atomic<uint32_t> next_scan_owner{1};
}  // namespace

uint32_t SkillDictionary::intern(std::string_view key) {
  return vocab_.try_emplace(key, static_cast<uint32_t>(vocab_.size())).first;
}

uint32_t SkillDictionary::id_of(std::string_view key, uint64_t hash) const {
  // Most words asked for are no skill's words: the filter (in cache) answers them.
  return vocab_filter_.maybe_contains(hash) ? vocab_.find(key, hash) : kUnknown;  // KeyTable::kMissing is kUnknown
}

uint32_t SkillDictionary::step(uint32_t node, uint32_t token) const {
  if (node == 0) return root_child(token);
  if (node <= root_children_) return step_from_root_child(node, token, child_bits_at_[node - 1]);
  if (!edge_filter_.maybe_contains((static_cast<uint64_t>(node) << 32) | token)) return 0;
  return find_edge(node, token);
}

uint32_t SkillDictionary::step_from_root_child(uint32_t node, uint32_t token, uint32_t child_bits) const {
  return child_bit_set(child_bits, token) ? find_edge(node, token) : 0;
}

uint32_t SkillDictionary::find_edge(uint32_t node, uint32_t token) const {
  const uint32_t* b = edge_token_.data() + (node_[node].edges & ~kTerminalBit);
  const uint32_t* e = edge_token_.data() + (node_[node + 1].edges & ~kTerminalBit);
  if (e - b <= 8) {
    for (const uint32_t* p = b; p < e; ++p)
      if (*p == token) return static_cast<uint32_t>(p - edge_token_.data()) + 1;
    return 0;
  }
  const uint32_t* p = std::lower_bound(b, e, token);
  return p != e && *p == token ? static_cast<uint32_t>(p - edge_token_.data()) + 1 : 0;
}

void SkillDictionary::freeze_trie() {
  std::vector<std::pair<uint64_t, uint32_t>> edges;  // (node << 32 | token) -> child
  edges.reserve(building_edges_.size());
  building_edges_.for_each([&](uint64_t key, uint32_t child) { edges.push_back({key, child}); });
  building_edges_ = EdgeTable();
  // Token ids renumbered: those that start an alias first. Then the root's children are the
  // nodes 1..R in token order (breadth-first numbering, below), and a token's step from the
  // root is arithmetic, without a table. Among them, words with more children first: they
  // start the most walks, so their nodes, edges and next level sit together in a few pages and
  // cache lines.
  std::vector<uint32_t> new_id(vocab_.size(), kUnknown);
  std::vector<uint32_t> children(nodes_, 0);  // by old node number
  for (const auto& [key, child] : edges) ++children[key >> 32];
  std::vector<std::pair<uint32_t, uint32_t>> starters;  // (token, its node)
  for (const auto& [key, child] : edges)
    if ((key >> 32) == 0) starters.push_back({static_cast<uint32_t>(key), child});
  std::sort(starters.begin(), starters.end(), [&](const auto& a, const auto& b) {
    return children[a.second] != children[b.second] ? children[a.second] > children[b.second] : a.first < b.first;
  });
  root_children_ = 0;
  for (const auto& [t, node] : starters) new_id[t] = root_children_++;
  uint32_t next_id = root_children_;
  for (uint32_t& id : new_id)
    if (id == kUnknown) id = next_id++;
  auto renamed = [&](uint32_t id) { return id < new_id.size() ? new_id[id] : id; };
  vocab_.update_values(renamed);
  for (auto& [key, child] : edges) key = (key & ~0xFFFFFFFFull) | renamed(static_cast<uint32_t>(key));
  // Edges grouped by parent, in token order: sorting the (node << 32 | token) keys does both.
  std::sort(edges.begin(), edges.end());
  std::vector<uint32_t> old_first(nodes_ + 1, 0);  // by old node number
  for (const auto& [key, child] : edges) ++old_first[(key >> 32) + 1];
  for (size_t p = 0; p < nodes_; ++p) old_first[p + 1] += old_first[p];
  // Breadth-first: a node's number is one more than the number of the edge leading to it.
  std::vector<uint32_t> renumber(nodes_, 0), order = {0};
  order.reserve(nodes_);
  node_.assign(nodes_ + 1, NodeSpan{});
  edge_token_.clear();
  edge_token_.reserve(edges.size());
  for (size_t q = 0; q < order.size(); ++q) {
    uint32_t old = order[q];
    node_[q].edges = static_cast<uint32_t>(edge_token_.size());
    for (uint32_t e = old_first[old]; e < old_first[old + 1]; ++e) {
      edge_token_.push_back(static_cast<uint32_t>(edges[e].first & 0xFFFFFFFF));
      renumber[edges[e].second] = static_cast<uint32_t>(edge_token_.size());
      order.push_back(edges[e].second);
    }
  }
  node_[nodes_].edges = static_cast<uint32_t>(edge_token_.size());
  // The root children's edges in their own bitmaps (see child_bits_), the deeper ones in edge_filter_.
  child_bits_.assign(1, 0);  // word 0: the bitmap of a node without children
  child_bits_at_.assign(root_children_, 0);
  for (uint32_t p = 1; p <= root_children_; ++p) {
    const uint32_t children = node_[p + 1].edges - node_[p].edges;
    if (children == 0) continue;
    unsigned log2_words = 0;
    while ((size_t{64} << log2_words) < size_t{children} * kChildBitsPerChild) ++log2_words;
    child_bits_at_[p - 1] = static_cast<uint32_t>(child_bits_.size()) << 6 | child_shift_code(log2_words + 6);
    const size_t first = child_bits_.size();
    child_bits_.resize(first + (size_t{1} << log2_words), 0);
    for (uint32_t e = node_[p].edges; e < node_[p + 1].edges; ++e) {
      const uint64_t bit = child_bit_index(edge_token_[e], 64 - (log2_words + 6));
      child_bits_[first + (bit >> 6)] |= uint64_t{1} << (bit & 63);
    }
  }
  edge_filter_.reserve(edge_token_.size() - node_[root_children_ + 1].edges);
  for (uint32_t p = root_children_ + 1; p < nodes_; ++p)
    for (uint32_t e = node_[p].edges; e < node_[p + 1].edges; ++e)
      edge_filter_.add((static_cast<uint64_t>(p) << 32) | edge_token_[e]);
  // Entries in node order; a node with entries is marked in its edges' top bit.
  std::vector<uint32_t> count(nodes_ + 1, 0);
  for (const auto& [node, list] : building_entries_) count[renumber[node] + 1] = static_cast<uint32_t>(list.size());
  for (size_t p = 0; p < nodes_; ++p) node_[p + 1].entries = node_[p].entries + count[p + 1];
  entries_.assign(node_[nodes_].entries, Entry{});
  for (auto& [node, list] : building_entries_) {
    uint32_t p = renumber[node];
    std::move(list.begin(), list.end(), entries_.begin() + node_[p].entries);
    node_[p].edges |= kTerminalBit;
  }
  building_entries_.clear();
  // intern gave each key its insertion order as id.
  vocab_entry_.resize(new_id.size());
  for (uint32_t entry = 0; entry < new_id.size(); ++entry) vocab_entry_[new_id[entry]] = entry;
  root_flags_.resize(root_children_);
  for (uint32_t t = 0; t < root_children_; ++t) root_flags_[t] = node_flags(root_child(t));
  deep_.assign(vocab_.size(), false);
  for (uint32_t e = node_[root_children_ + 1].edges & ~kTerminalBit; e < edge_token_.size(); ++e) deep_[edge_token_[e]] = true;
}

namespace {
// A polynomial string hash, so that the hashes of all of a word's one-deletion forms come in
// O(length) from prefix and suffix hashes: H(a + b) = H(a) * kBase^|b| + H(b).
constexpr uint64_t kBase = 0x100000001B3ull;
uint64_t poly_hash(std::string_view s) {
  uint64_t h = 0;
  for (unsigned char c : s) h = h * kBase + c + 1;
  return h;
}

// kBase's inverse modulo 2^64 (kBase is odd), by Newton's iteration: each step doubles the
// bits that are right.
constexpr uint64_t kBaseInverse = [] {
  uint64_t x = kBase;
  for (int i = 0; i < 6; ++i) x *= 2 - kBase * x;
  return x;
}();
static_assert(kBase * kBaseInverse == 1);

// Calls f(p, poly_hash of `key` less its letter p) for p = 0, 1, ... until f returns true.
// O(length), no buffers: H(key less p) = H(key[0, p)) * kBase^(n-1-p) + H(key[p+1, n)), the
// suffix's hash taken off the whole's letter by letter and the power divided by kBase.
template <class F>
void for_each_deletion_hash(std::string_view key, F&& f) {
  const size_t n = key.size();
  if (n == 0) return;
  uint64_t power = 1;  // kBase^(n-1-p)
  for (size_t i = 1; i < n; ++i) power *= kBase;
  uint64_t prefix = 0, suffix = poly_hash(key);  // H(key[0, p)), H(key[p, n))
  for (size_t p = 0; p < n; ++p) {
    const uint64_t letter = static_cast<unsigned char>(key[p]) + 1;
    suffix -= letter * power;
    if (f(p, prefix * power + suffix)) return;
    prefix = prefix * kBase + letter;
    power *= kBaseInverse;
  }
}

// Whether two keys of the same length differ in one letter or in two adjacent letters swapped.
bool one_swap_or_substitution(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return true;
  if (a.substr(i + 1) == b.substr(i + 1)) return true;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
}

// Whether `key` less one of its letters is `form`.
bool drops_to(std::string_view key, std::string_view form) {
  if (key.size() != form.size() + 1) return false;
  size_t i = 0;
  while (i < form.size() && key[i] == form[i]) ++i;
  return key.substr(i + 1) == form.substr(i);
}
}  // namespace

uint64_t SkillDictionary::half_key(std::string_view half, size_t key_length, bool leading) {
  // Two halves alike by chance only add a candidate, which is checked.
  return key_hash(half) ^ (key_length * 0x9E3779B97F4A7C15ull + leading);
}

void SkillDictionary::index_typo_halves() {
  typo_halves_.clear();
  vocab_.for_each([&](std::string_view k, uint32_t id) {
    if (!typo_checked(k)) return;
    const size_t split = half_split(k.size());
    typo_halves_.push_back({half_key(k.substr(0, split), k.size(), true), id});
    typo_halves_.push_back({half_key(k.substr(split + 1), k.size(), false), id});
  });
  std::sort(typo_halves_.begin(), typo_halves_.end());
  typo_halves_.shrink_to_fit();
  unsigned bits = 1;
  while ((size_t{1} << bits) < typo_halves_.size()) ++bits;
  typo_shift_ = 64 - bits;
  typo_directory_.assign((size_t{1} << bits) + 1, 0);
  for (const auto& [h, id] : typo_halves_) ++typo_directory_[(h >> typo_shift_) + 1];
  for (size_t i = 1; i < typo_directory_.size(); ++i) typo_directory_[i] += typo_directory_[i - 1];
}

uint32_t SkillDictionary::dropped_from(std::string_view form) const {
  // A key one letter longer than the form: the letter dropped was at or after `split` (the
  // key starts with the form's leading half) or before it (the key ends with the trailing one).
  const size_t split = half_split(form.size() + 1);
  uint32_t found = kUnknown;
  for (const bool leading : {true, false}) {
    const uint64_t h = half_key(leading ? form.substr(0, split) : form.substr(split), form.size() + 1, leading);
    const size_t bucket = h >> typo_shift_;
    for (uint32_t x = typo_directory_[bucket]; x < typo_directory_[bucket + 1]; ++x) {
      const auto& [half, id] = typo_halves_[x];
      if (half != h || id == found || !drops_to(vocab_key(id), form)) continue;
      if (found != kUnknown) return kUnknown;
      found = id;
    }
  }
  return found;
}

uint32_t SkillDictionary::typo_id(std::string_view key) const {
  // One edit: the text lacks a letter, has one too many, or has one wrong (or two swapped).
  // Most words tried are no skill word at all: their deletion forms are ruled out by a filter
  // of hashes first (edit_filter_, in cache), and only a "maybe" is looked up.
  if (edit_filter_.maybe_contains(poly_hash(key)) && vocab_.find(key) == KeyTable::kMissing)
    if (uint32_t id = dropped_from(key); id != kUnknown) return id;
  if (key.size() > kMaxTypoKey) return kUnknown;
  uint32_t found = kUnknown;
  std::string d;
  for_each_deletion_hash(key, [&](size_t p, uint64_t h) {
    if (!edit_filter_.maybe_contains(h)) return false;
    d.assign(key.substr(0, p)).append(key.substr(p + 1));
    if (uint32_t id = vocab_.find(d); id != KeyTable::kMissing) {
      found = id;
    } else if (uint32_t id = dropped_from(d); id != kUnknown && one_swap_or_substitution(key, vocab_key(id))) {
      // The text less one letter is a word less one letter: one letter wrong or two swapped
      // when the two were at the same place or side by side, else two edits.
      found = id;
    }
    return found != kUnknown;
  });
  return found;
}

void SkillDictionary::add_sequence(const std::vector<uint32_t>& ids, const Entry& e) {
  uint32_t node = 0;
  for (uint32_t id : ids) {
    auto [child, fresh] = building_edges_.try_emplace((static_cast<uint64_t>(node) << 32) | id, nodes_);
    if (fresh) ++nodes_;
    node = child;
  }
  auto& list = building_entries_[node];
  for (auto& x : list)
    if (x.skill_index == e.skill_index) {
      if (x.variant && !e.variant) x = e;  // the alias's own form wins over a variant landing here
      return;
    }
  list.push_back(e);
}

void SkillDictionary::add_alias(uint32_t si, uint32_t ai, const SkillAlias& a) {
  FoldedText f = fold(a.text);
  MatchTokens toks;
  tokenize_folded(f.text, toks);
  if (toks.empty() || toks.front().symbol) return;
  Entry e{};
  e.skill_index = si;
  e.alias_index = ai;
  e.case_sensitive = a.match != "CASE_INSENSITIVE";
  std::string exact_text, written;
  std::vector<uint32_t> ids;
  std::vector<std::string> content;  // undotted folded forms of the content tokens
  bool symbols = false;
  std::string key;
  for (const auto& t : toks) {
    std::string_view tv = std::string_view(f.text).substr(t.start, t.end - t.start);
    if (!exact_text.empty()) exact_text.push_back(' ');
    exact_text += tv;
    if (!written.empty()) written.push_back(' ');
    written += std::string_view(a.text).substr(f.original(t.start), f.original(t.end) - f.original(t.start));
    if ((t.symbol && tv == "&") || (!t.symbol && is_stop_word(tv))) continue;
    symbols |= t.symbol;
    key.clear();
    if (t.symbol) key = tv;
    else match_key(tv, key);
    ids.push_back(intern(key));
    content.push_back(undotted(tv));
  }
  // An alias of 64 KiB is no skill's name but a broken row: it is left out, as is one of no words.
  if (ids.empty() || exact_text.size() > UINT16_MAX || written.size() > UINT16_MAX) return;
  e.texts_at = static_cast<uint32_t>(texts_.size());
  e.exact_n = static_cast<uint16_t>(exact_text.size());
  e.written_n = static_cast<uint16_t>(written.size());
  texts_ += exact_text;
  texts_ += written;
  exact_text.copy(e.exact_inline, kExactInline);
  e.ambiguous = ids.size() == 1 && !symbols &&
                (content[0].size() <= 2 ||
                 std::find(kCommonWordNames.begin(), kCommonWordNames.end(), content[0]) != kCommonWordNames.end());
  add_sequence(ids, e);
  ++alias_count_;
  if (e.case_sensitive) return;  // written exactly as given, no variants

  Entry v = e;
  v.variant = true;
  if (ids.size() >= 2 && !symbols) {
    // "back end" / "node js" written as one word: all of a short alias, or its first two words.
    std::string joined;
    for (size_t k = 0; k < content.size() && k < 3; ++k) joined += content[k];
    key.clear();
    match_key(joined, key);
    if (ids.size() <= 3 && joined.size() >= 5) add_sequence({intern(key)}, v);
    if (ids.size() >= 3) {
      key.clear();
      match_key(content[0] + content[1], key);
      std::vector<uint32_t> rest = {intern(key)};
      rest.insert(rest.end(), ids.begin() + 2, ids.end());
      add_sequence(rest, v);
    }
  }
  if (ids.size() == 2 && !symbols) {
    Entry r = v;
    r.needs_gap = true;  // "analysis of data" for "data analysis", never bare "analysis data"
    add_sequence({ids[1], ids[0]}, r);
  }
  // Heads of compounds, so that "back end" in a text can be joined and tried as "backend".
  std::string form;
  for (const std::string& word : content) {
    form.resize(word.size());
    form.resize(join_form(word, form.data(), form.size()));
    if (form.size() < kMinJoinedWord) continue;  // symbols too: one byte each
    if (!building_join_words_.insert(form).second) continue;  // a word of an earlier alias
    for (size_t p = 2; p < form.size() && p <= kMaxJoinHead; ++p) {
      const std::string_view head = std::string_view(form).substr(0, p);
      const std::string_view lead = std::string_view(form).substr(p, kLeadLetters);
      const uint32_t bit = lead_bit(lead);
      if (auto [sig, fresh] = join_heads_.try_emplace(head, bit); !fresh) join_heads_.set(head, sig | bit);
      join_prefixes_.try_emplace(JoinPair(head, lead).view(), 0);
    }
  }
}

SkillDictionary::SkillDictionary(const CatalogData& data) : data_(data), scan_owner_(next_scan_owner++) {
  family_tech_.resize(data.skills.size());
  for (size_t si = 0; si < data.skills.size(); ++si) {
    const Skill& s = data.skills[si];
    family_tech_[si] = tech_family(s);
    if (!s.is_extractable) continue;
    for (size_t ai = 0; ai < s.aliases.size(); ++ai)
      add_alias(static_cast<uint32_t>(si), static_cast<uint32_t>(ai), s.aliases[ai]);
  }
  vocab_filter_.reserve(vocab_.size());
  vocab_.for_each([&](std::string_view k, uint32_t) { vocab_filter_.add(key_hash(k)); });
  join_head_filter_.reserve(join_heads_.size());
  join_heads_.for_each([&](std::string_view k, uint32_t) { join_head_filter_.add(key_hash(k)); });
  join_prefix_filter_.reserve(join_prefixes_.size());
  join_prefixes_.for_each([&](std::string_view k, uint32_t) { join_prefix_filter_.add(key_hash(k)); });
  // For one typo in the text (typo_id): the keys and the one-deletion forms of the long ones.
  size_t forms = 0;
  vocab_.for_each([&](std::string_view k, uint32_t) { forms += typo_checked(k) ? k.size() : 0; });
  edit_filter_.reserve(vocab_.size() + forms);
  vocab_.for_each([&](std::string_view k, uint32_t) {
    edit_filter_.add(poly_hash(k));
    if (typo_checked(k)) for_each_deletion_hash(k, [&](size_t, uint64_t h) { edit_filter_.add(h); return false; });
  });
  building_join_words_ = {};
  freeze_trie();
  index_typo_halves();  // with the token ids freeze_trie gives
}

uint8_t SkillDictionary::word_flags(std::string_view token) const {
  // Asked once for each word new to a scan's memo: a hash lookup, not 22 comparisons.
  static const absl::flat_hash_set<std::string_view> kWords(kTechContextWords.begin(), kTechContextWords.end());
  return kWords.contains(token) ? kTechContext : 0;
}

bool SkillDictionary::join_hash(std::string_view token, uint64_t& hash) {
  char form[kMaxJoinHead + 1];
  const size_t n = join_form(token, form, sizeof form);
  if (n < 2 || n > kMaxJoinHead) return false;
  hash = key_hash(form, n);
  return true;
}

uint32_t SkillDictionary::join_signature(std::string_view token, uint64_t hash) const {
  // Most words a scan has not seen before are rare ones, and no head: the filter answers them.
  if (!join_head_filter_.maybe_contains(hash)) return 0;
  char form[kMaxJoinHead + 1];
  const uint32_t sig = join_heads_.find(std::string_view(form, join_form(token, form, sizeof form)), hash);
  return sig == KeyTable::kMissing ? 0 : sig;
}

namespace {
// Two adjacent words as join_prefixes_ keys them: the first's join form, the second's lead letters.
JoinPair join_pair(std::string_view first, std::string_view second) {
  char head[kMaxJoinHead], lead[kLeadLetters];
  return JoinPair(std::string_view(head, join_form(first, head, kMaxJoinHead)),
                  std::string_view(lead, join_form(second, lead, kLeadLetters)));
}
}  // namespace

bool SkillDictionary::join_pair_known(std::string_view first, std::string_view second) const {
  const JoinPair pair = join_pair(first, second);
  const uint64_t hash = key_hash(pair.view());
  return join_prefix_filter_.maybe_contains(hash) && join_prefixes_.find(pair.view(), hash) != KeyTable::kMissing;
}

uint32_t SkillDictionary::joined_id(std::string_view head, std::string_view tail) const {
  char joined[128], key[128];
  if (head.size() + tail.size() > sizeof joined) {
    std::string k;
    match_key(undotted(head) + undotted(tail), k);
    return id_of(k);
  }
  size_t n = 0;
  for (std::string_view t : {head, tail})
    for (size_t q = 0; q < t.size(); ++q)
      if (t[q] != '.' || q == 0) joined[n++] = t[q];  // as undotted()
  return id_of(std::string_view(key, match_key(std::string_view(joined, n), key)));
}

uint8_t SkillDictionary::node_flags(uint32_t node) const {
  const uint32_t f = node_[node].edges;
  return (f & kTerminalBit ? kTerminal : 0) | ((f & ~kTerminalBit) != (node_[node + 1].edges & ~kTerminalBit) ? kHasChildren : 0);
}

void SkillDictionary::scan(std::string_view text, Scan& sc) const {
  fold(text, sc.folded);
  tokenize_folded(sc.folded.text, sc.toks);
  const size_t n = sc.toks.size();
  sc.words.resize(n);
  sc.pending.clear();
  sc.keys.resize(sc.folded.text.size());  // a key is never longer than its token
  uint32_t at = 0;
  // A token's memo slot is fetched kAhead tokens before it is read, one fetch per token read:
  // the loads overlap instead of each token waiting on its own, and they are spread out (a
  // block of fetches at once waited on the cache's miss buffers).
  constexpr size_t kAhead = 16;
  ShortKey texts[kAhead];
  Scan::Memo* slots[kAhead];
  // The scan's arrays through local pointers: the byte-sized stores to the words may alias
  // anything, and would make the compiler reload the vectors' buffers at every token.
  const MatchToken* toks = sc.toks.data();
  Scan::Word* words = sc.words.data();
  const char* folded = sc.folded.text.data();
  const char* folded_end = folded + sc.folded.text.size();
  Scan::Memo* memo = sc.memo.data();
  auto fetch = [&](size_t i) {
    const size_t size = toks[i].end - toks[i].start;
    Scan::Memo*& slot = slots[i % kAhead];
    slot = nullptr;
    if (toks[i].symbol || size > 16) return;
    texts[i % kAhead] = Scan::memo_key(folded + toks[i].start, size, folded_end);
    slot = memo + Scan::slot_of(texts[i % kAhead]);
    __builtin_prefetch(slot);
  };
  for (size_t i = 0; i < std::min(n, kAhead); ++i) fetch(i);
  for (size_t i = 0; i < n; ++i) {
    const ShortKey text = texts[i % kAhead];
    Scan::Memo* m = slots[i % kAhead];
    if (i + kAhead < n) fetch(i + kAhead);
    const MatchToken& t = toks[i];
    Scan::Word& w = words[i];
    const uint8_t place = t.break_before ? kBreakBefore : 0;
    if (t.symbol) {
      std::string_view tv = sc.token(i);
      const uint32_t id = tv == "&" ? kStop : id_of(tv);
      w = {id, 0, 0, kTypoNone, static_cast<uint8_t>(kSymbol | place | deep_flag(id)), Scan::Word::kNoLead, 0};
      continue;
    }
    if (m && m->holds(text)) {
      w = m->word;
      w.flags |= place;
      continue;
    }
    std::string_view tv = sc.token(i);
    if (is_stop_word(tv)) {
      w = {kStop, 0, 0, kTypoNone, place, Scan::Word::kNoLead, 0};
      if (m) m->set(text, w);
      continue;
    }
    size_t len = match_key(tv, sc.keys.data() + at);
    uint64_t h = key_hash(sc.keys.data() + at, len);
    if (vocab_filter_.maybe_contains(h)) vocab_.prefetch(h);
    // Its join signature below too, what it reads fetched meanwhile: a new word's filter
    // word, slot and key would be three cache misses one after the other.
    uint64_t jh = 0;
    const bool may_head = join_hash(tv, jh);
    if (may_head) {
      join_head_filter_.prefetch(jh);
      join_heads_.prefetch(jh);
    }
    const uint32_t lead = word_lead(tv);
    sc.pending.push_back({static_cast<uint32_t>(i), at, static_cast<uint32_t>(len), h, jh, may_head});
    at += static_cast<uint32_t>(len);
    // The id and the rest below.
    w = {kUnknown, 0, 0, kTypoNone, static_cast<uint8_t>(word_flags(tv) | place),
         lead ? static_cast<uint8_t>(__builtin_ctz(lead)) : Scan::Word::kNoLead, 0};
  }
  for (const Scan::Pending& p : sc.pending) {
    std::string_view key(sc.keys.data() + p.key_start, p.key_size);
    Scan::Word& w = sc.words[p.token];
    const uint32_t id = id_of(key, p.hash);
    set_id(sc, p.token, id);
    // One typo is looked for lazily (see typo_fix): most unknown words are no skill's words.
    if (id == kUnknown && typo_checked(key)) {
      w.typo = kTypoUntried;
      w.id = kAnyToken;
    }
    std::string_view tv = sc.token(p.token);
    w.join_sig = p.may_head ? join_signature(tv, p.join_hash) : 0;
    if (Scan::Memo* m = sc.memo_slot(tv)) m->set(sc.memo_key(tv), w);
  }
}

void SkillDictionary::set_id(Scan& sc, size_t i, uint32_t id) const {
  Scan::Word& w = sc.words[i];
  w.id = id;
  w.flags |= deep_flag(id);
  // What the node the word starts at holds, so that most walks need not look at the trie.
  if (id < root_children_) {
    w.child_bits = child_bits_at_[id];
    w.flags |= root_flags_[id];
  }
}

uint32_t SkillDictionary::typo_fix(const Scan& sc, size_t i) const {
  Scan::Word& w = sc.words[i];
  if (w.typo == kTypoFound) return w.id;
  if (w.typo != kTypoUntried) return kUnknown;
  std::string_view tv = sc.token(i);
  Scan::Memo* m = const_cast<Scan&>(sc).memo_slot(tv);
  if (m && !m->holds(sc.memo_key(tv))) m = nullptr;
  uint32_t id;
  if (m && m->word.typo != kTypoUntried) {
    id = m->word.typo == kTypoFound ? m->word.id : kUnknown;  // asked for the same word earlier in the text
  } else {
    std::string key;
    match_key(tv, key);
    id = typo_id(key);
  }
  if (id == kUnknown) {
    w.typo = kTypoNone;
    w.id = kUnknown;
  } else {
    w.typo = kTypoFound;
    set_id(const_cast<Scan&>(sc), i, id);
  }
  // Later texts find the word as fixed; a word without a fix is no typo candidate from now on,
  // and no start.
  if (m) m->set(sc.memo_key(tv), w);
  return id;
}

bool SkillDictionary::joins_next(const Scan& sc, size_t i) const {
  const auto& words = sc.words;
  if (i + 1 >= words.size() || (words[i + 1].flags & kBreakBefore) || !(words[i].join_sig & words[i + 1].lead())) return false;
  return join_pair_known(sc.token(i), sc.token(i + 1));
}

inline bool SkillDictionary::may_start(const Scan& sc, size_t i, uint32_t next, bool may_join) const {
  // Bitwise, not short-circuit: which of these holds varies from token to token, and a branch
  // each would be mispredicted.
  const Scan::Word& w = sc.words[i];
  // A word's own node may give a match when it has entries, or lead to one when the token a walk
  // would step with may be one of its children: its bit in the node's bitmap (as step tests it;
  // the scan noted where the bitmap is, so this is one load). A word whose node has no
  // children has the empty bitmap (child_bits 0); a symbol's node flags are zero and it joins
  // nothing: no start.
  const bool has_children = (w.flags & kHasChildren) != 0;
  const bool child = child_bit_set(w.child_bits, next) & (next < kAnyToken);
  const bool starts_alias = ((w.flags & kTerminal) != 0) | child | (has_children & (next == kAnyToken));
  // Before any walk, only an unknown word is untried (a found typo replaces the id).
  const bool typo_candidate = w.typo == kTypoUntried;
  return starts_alias | typo_candidate | may_join;
}

bool SkillDictionary::best_at(const Scan& sc, size_t i, std::string_view original, Mention& m, bool& ambiguous,
                              size_t& end_token) const {
  const size_t n = sc.toks.size();
  const auto& words = sc.words;
  if (words[i].id == kStop || (words[i].flags & kSymbol)) return false;
  struct Start {
    uint32_t node;        // a root child
    size_t next;
    uint8_t flags;        // node_flags(node)
    uint32_t child_bits;  // child_bits_at_ of its token
  };
  Start starts[2];
  size_t n_starts = 0;
  // The scan (or typo_fix) noted what the node of a word's id holds.
  const uint32_t first = words[i].id != kAnyToken ? words[i].id : typo_fix(sc, i);
  if (first != kUnknown)
    if (uint32_t nd = root_child(first)) starts[n_starts++] = {nd, i + 1, static_cast<uint8_t>(words[i].flags & kNodeFlags), words[i].child_bits};
  // "Node JS", "back end": two tokens tried as one word.
  if (joins_next(sc, i)) {
    if (uint32_t id = joined_id(sc.token(i), sc.token(i + 1)); id != kUnknown)
      if (uint32_t nd = root_child(id)) starts[n_starts++] = {nd, i + 2, node_flags(nd), child_bits_at_[id]};
  }
  // Whether tokens i..j joined by single spaces (folded, or as written) equal `want`.
  auto span_is = [&](size_t j, std::string_view want, bool as_written) {
    size_t pos = 0;
    for (size_t k = i; k < j; ++k) {
      if (k > i) {
        if (pos >= want.size() || want[pos] != ' ') return false;
        ++pos;
      }
      std::string_view t = sc.token(k);
      if (as_written) {
        size_t b = sc.folded.original(sc.toks[k].start), e = sc.folded.original(sc.toks[k].end);
        t = original.substr(b, e - b);
      }
      if (want.size() - pos < t.size() || !same_bytes(want.data() + pos, t.data(), t.size())) return false;
      pos += t.size();
    }
    return pos == want.size();
  };
  bool found = false;
  size_t best_end = 0;
  for (size_t s = 0; s < n_starts; ++s) {
    uint32_t node = starts[s].node;
    size_t j = starts[s].next;
    uint8_t flags = starts[s].flags;
    const bool joined = starts[s].next == i + 2;
    bool typo = !joined && words[i].typo == kTypoFound, gap = false;
    while (true) {
      if (j > best_end && (flags & kTerminal)) {
        const Entry* pick = nullptr;
        bool pick_exact = false;
        for (uint32_t x = node_[node].entries; x < node_[node + 1].entries; ++x) {
          const Entry& e = entries_[x];
          if (e.needs_gap && !gap) continue;
          if (e.case_sensitive && !span_is(j, written(e), true)) continue;
          // A typo is trusted in a multi-word skill or a long word, not in a short single one.
          if (typo && j - i < 2 && sc.token(i).size() < kTypoMinLengthAlone) continue;
          bool exact = !e.variant && !typo && !joined && span_is(j, exact_text(e), false);
          if (!pick || exact) {
            pick = &e;
            pick_exact = exact;
          }
          if (pick_exact) break;  // the first exact entry is the pick: no need to read the others
        }
        if (pick) {
          found = true;
          best_end = j;
          m = {pick->skill_index, pick->alias_index, 0, 0, pick_exact};  // its bytes below, once
          ambiguous = pick->ambiguous;
          end_token = j;
        }
      }
      // Extend: skip function words, stop at punctuation, unknown words or a dead end.
      size_t k = j;
      size_t skipped = 0;
      while (k < n && words[k].id == kStop && !(words[k].flags & kBreakBefore) && skipped < kMaxStopsInside) {
        ++k;
        ++skipped;
      }
      if (k >= n || (words[k].flags & kBreakBefore) || words[k].id == kStop) break;
      if (words[k].id == kUnknown || (words[k].id == kAnyToken && typo_fix(sc, k) == kUnknown)) break;
      // From the start's node with the bitmap the scan noted; deeper only with a word some
      // alias has that deep (most words a walk meets past its second are none).
      uint32_t nd = 0;
      if (flags & kHasChildren) {
        if (node == starts[s].node) nd = step_from_root_child(node, words[k].id, starts[s].child_bits);
        else if (words[k].flags & kDeep) nd = step(node, words[k].id);
      }
      if (!nd) break;
      node = nd;
      flags = node_flags(nd);
      gap |= skipped > 0;
      typo |= words[k].typo == kTypoFound;
      j = k + 1;
    }
  }
  if (found) {  // in the folded text: the caller maps the mentions of a text to the original at once
    m.start = sc.toks[i].start;
    m.end = sc.toks[end_token - 1].end;
  }
  return found;
}

bool SkillDictionary::corroborated(const Scan& sc, size_t which) const {
  const std::vector<Scan::Found>& found = sc.found;
  const Mention& m = found[which].mention;
  size_t ti = found[which].first_token;
  size_t lo = ti > kCorroborationWindow ? ti - kCorroborationWindow : 0;
  size_t hi = std::min(sc.toks.size(), ti + kCorroborationWindow + 1);
  for (size_t k = lo; k < hi; ++k)
    if (k != ti && (sc.words[k].flags & kTechContext)) return true;
  const Skill& s = data_.skills[m.skill_index];
  // The mentions are in text order: only those starting within the window, found by search.
  auto o = std::partition_point(found.begin(), found.end(), [&](const Scan::Found& f) { return f.first_token < lo; });
  for (; o != found.end() && o->first_token < hi; ++o) {
    if (&*o == &found[which] || o->ambiguous) continue;
    const Skill& other = data_.skills[o->mention.skill_index];
    bool same_family = (!generic_category(s.category) && other.category == s.category) ||
                       (family_tech_[m.skill_index] && family_tech_[o->mention.skill_index]);
    if (same_family) return true;
  }
  return false;
}

SkillDictionary::Scan& SkillDictionary::thread_scan() const {
  // A scan serves one dictionary (its memo holds that dictionary's ids): a thread keeps the
  // scans of the last few dictionaries it used, the latest first, and reuses the oldest's.
  constexpr size_t kScansPerThread = 4;
  static thread_local std::vector<std::pair<uint32_t, std::unique_ptr<Scan>>> scans;
  auto it = std::find_if(scans.begin(), scans.end(), [&](const auto& s) { return s.first == scan_owner_; });
  if (it == scans.end()) {
    if (scans.size() < kScansPerThread) {
      scans.emplace_back(scan_owner_, std::make_unique<Scan>());
    } else {
      scans.back().first = scan_owner_;
      std::fill(scans.back().second->memo.begin(), scans.back().second->memo.end(), Scan::Memo{});
    }
    it = scans.end() - 1;
  }
  std::rotate(scans.begin(), it, it + 1);
  return *scans.front().second;
}

std::vector<Mention> SkillDictionary::find_all(std::string_view text) const {
  Scan& sc = thread_scan();
  scan(text, sc);
  // The tokens a match may start at (most tokens can't), listed without a branch per token.
  const size_t n = sc.toks.size();
  // Right to left, so that the token a walk from i would step with is at hand: the first of
  // i+1..i+3 a walk does not skip (it skips up to two function words with no break before
  // them). Per token what a walk would see of it: kUnknown after a break, kAnyToken for a typo
  // candidate, else its id (kStop for a function word).
  static_assert(kMaxStopsInside == 2, "may_start looks at most three tokens ahead");
  static_assert(kUnknown == ~0u, "a break before a token makes it kUnknown by an or");
  sc.starts.resize(n);
  size_t first_start = n;  // the starts fill sc.starts[first_start, n)
  uint32_t seen1 = kUnknown, seen2 = kUnknown, seen3 = kUnknown;
  uint32_t next_lead = 0;  // the next token's lead bit, 0 after a break: whether a compound may start here
  for (size_t i = n; i-- > 0;) {
    sc.starts[first_start - 1] = static_cast<uint32_t>(i);
    // Selects of values at hand (conditional moves): whether a token is a function word or
    // follows a break varies unpredictably, and a branch on it was mispredicted at every few tokens.
    const uint32_t after2 = seen3 != kStop ? seen3 : kUnknown;
    const uint32_t after1 = seen2 != kStop ? seen2 : after2;
    const uint32_t next = seen1 != kStop ? seen1 : after1;
    const Scan::Word& w = sc.words[i];
    first_start -= may_start(sc, i, next, (w.join_sig & next_lead) != 0);
    const uint32_t joined = ((w.flags & kBreakBefore) != 0) - 1u;  // all ones unless a break comes before
    next_lead = w.lead() & joined;
    seen3 = seen2;
    seen2 = seen1;
    seen1 = w.id | ~joined;  // kUnknown after a break
  }
  size_t next = 0;  // tokens before this belong to the last mention
  sc.found.clear();
  for (size_t s = first_start; s < n; ++s) {
    const size_t i = sc.starts[s];
    if (i < next) continue;
    Mention m;
    bool amb = false;
    size_t end_token = 0;
    if (!best_at(sc, i, text, m, amb, end_token)) continue;
    next = end_token;
    // "communication skills": the word "skills" right after a skill belongs to its mention.
    if (next < n && !(sc.words[next].flags & kBreakBefore) && (sc.token(next) == "skills" || sc.token(next) == "skill")) {
      m.end = sc.toks[next].end;
      ++next;
    }
    sc.found.push_back({m, i, amb});
  }
  // Ambiguous names count only next to a word of their technical sense or a related skill
  // that is not ambiguous itself.
  std::vector<Mention> out;
  out.reserve(sc.found.size());
  size_t cursor = 0;  // the mentions' offsets are in text order
  for (size_t k = 0; k < sc.found.size(); ++k) {
    if (sc.found[k].ambiguous && !corroborated(sc, k)) continue;
    Mention m = sc.found[k].mention;
    m.start = sc.folded.original(m.start, cursor);
    m.end = sc.folded.original(m.end, cursor);
    if (!sc.folded.shifts.empty()) m.end = end_before_dropped(text, m.end);
    out.push_back(m);
  }
  return out;
}

std::vector<AliasHit> SkillDictionary::lookup(std::string_view term) const {
  std::vector<AliasHit> hits;
  Scan& sc = thread_scan();
  scan(term, sc);
  size_t last = sc.toks.size();
  while (last > 0 && sc.words[last - 1].id == kStop) --last;
  size_t first = 0;
  while (first < last && sc.words[first].id == kStop) ++first;
  if (first >= last) return hits;
  Mention m;
  bool amb = false;
  size_t end_token = 0;
  if (!best_at(sc, first, term, m, amb, end_token)) return hits;
  if (m.end < sc.toks[last - 1].end) return hits;  // only part of the term is an alias
  // Every skill sharing the matched alias form, the found one first.
  hits.push_back({m.skill_index, m.alias_index, m.exact});
  std::string span_text;
  for (size_t k = first; k < last; ++k) {
    if (k > first) span_text.push_back(' ');
    span_text += sc.token(k);
  }
  std::vector<uint32_t> ids;
  for (size_t k = first; k < last; ++k)
    if (sc.words[k].id != kStop) ids.push_back(sc.words[k].id);
  uint32_t node = 0;
  for (uint32_t id : ids)
    if (id == kUnknown || id == kAnyToken || !(node = step(node, id))) return hits;
  for (uint32_t x = node_[node].entries; x < node_[node + 1].entries; ++x) {
    const Entry& e = entries_[x];
    if (e.skill_index != m.skill_index && !e.case_sensitive && !e.needs_gap)
      hits.push_back({e.skill_index, e.alias_index, !e.variant && exact_text(e) == span_text});
  }
  std::stable_sort(hits.begin() + 1, hits.end(), [](const AliasHit& a, const AliasHit& b) { return a.exact > b.exact; });
  return hits;
}

}  // namespace jdpipe::skills
