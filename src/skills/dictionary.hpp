#pragma once

// Dictionary skill extraction at taxonomy scale: every extractable alias of the catalog compiled
// into a trie over token ids (match keys, see normalize.hpp), walked leftmost-longest without
// overlaps. Beyond the exact alias: stems (plural, -ing, -ed), stop words inside multi-word
// skills, two-word skills in reverse order around a function word ("analysis of data"),
// joined and split compounds ("nodejs", "Node JS", "back end", "co-operation"), one typo in
// long words.
// Short or common-word aliases (Go, R, React, Excel...) need corroboration nearby.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>

#include "jdpipe/catalog.hpp"
#include "skills/key_table.hpp"
#include "util/huge_pages.hpp"

namespace jdpipe::skills {

/// One alias occurrence in a text.
struct Mention {
  size_t skill_index = 0;  // into CatalogData::skills
  size_t alias_index = 0;  // into that skill's aliases
  size_t start = 0;        // byte span in the searched text
  size_t end = 0;
  bool exact = true;       // false when found through a variant (stem, order, compound, typo)
};

/// How a term was found among the aliases.
struct AliasHit {
  size_t skill_index = 0;
  size_t alias_index = 0;
  bool exact = true;
};

class SkillDictionary {
 public:
  explicit SkillDictionary(const CatalogData& data);

  /// All non-overlapping alias mentions in `text`, left to right. Ambiguous aliases without
  /// corroboration are left out.
  std::vector<Mention> find_all(std::string_view text) const;

  /// Looks a whole term up: it must be one alias, as written or through a variant. Every skill
  /// with that alias, exact hits first.
  std::vector<AliasHit> lookup(std::string_view term) const;

  size_t alias_count() const { return alias_count_; }
  size_t node_count() const { return nodes_; }

 private:
  /// Where an alias landed in the trie. 32 bytes, two to a cache line, so that the entries a walk
  /// reads (ESCO: 300k) stay compact; an alias's variants share its texts.
  static constexpr size_t kExactInline = 15;
  struct Entry {
    uint32_t skill_index;
    uint32_t alias_index;
    // In texts_: the alias folded, tokens joined by one space (exact_n bytes, for `exact`), then
    // the alias as written, likewise (written_n bytes, for the case-sensitive check).
    uint32_t texts_at;
    uint16_t exact_n, written_n;  // aliases are far shorter (add_alias leaves out longer ones)
    bool case_sensitive : 1;
    bool variant : 1;    // reached through a form other than the alias's own tokens
    bool needs_gap : 1;  // a reversed two-word alias: only with a function word between
    bool ambiguous : 1;  // a short or common-word alias: needs corroboration
    // The folded text once more when it is this short (most one-word aliases): a found mention
    // is told exact without a read of texts_, which would miss the cache at nearly every one.
    char exact_inline[kExactInline];
  };
  static_assert(sizeof(Entry) == 32, "an entry is half a cache line");
  std::string_view exact_text(const Entry& e) const {
    return e.exact_n <= kExactInline ? std::string_view(e.exact_inline, e.exact_n) : std::string_view(texts_).substr(e.texts_at, e.exact_n);
  }
  std::string_view written(const Entry& e) const { return std::string_view(texts_).substr(e.texts_at + e.exact_n, e.written_n); }
  static constexpr uint32_t kUnknown = 0xFFFFFFFF;
  static constexpr uint32_t kStop = 0xFFFFFFFE;
  static constexpr uint32_t kAnyToken = 0xFFFFFFFD;

  void add_alias(uint32_t skill, uint32_t alias, const SkillAlias& a);
  void add_sequence(const std::vector<uint32_t>& ids, const Entry& e);
  uint32_t intern(std::string_view key);
  uint32_t id_of(std::string_view key, uint64_t hash) const;
  uint32_t id_of(std::string_view key) const { return id_of(key, key_hash(key)); }
  uint32_t typo_id(std::string_view key) const;
  void freeze_trie();
  uint32_t step(uint32_t node, uint32_t token) const;
  /// step from a root child whose child_bits_at_ value is at hand (a scan notes it per word).
  uint32_t step_from_root_child(uint32_t node, uint32_t token, uint32_t child_bits) const;
  /// The child of `node` over `token` among its edges, 0 if none.
  uint32_t find_edge(uint32_t node, uint32_t token) const;
  struct Scan;
  /// This thread's scan for this dictionary, its buffers and memo kept from text to text.
  Scan& thread_scan() const;
  /// What a scan notes of a token in one byte: the node_flags of the node its id starts at
  /// (kTerminal, kHasChildren, below), kTechContext when it shows the technical sense of an
  /// ambiguous name nearby (word_flags), kDeep when some alias has it as its third word or later
  /// (a walk past an alias's second word steps with no other), and where it stands: after a
  /// break (kBreakBefore), a symbol (kSymbol).
  enum : uint8_t { kTechContext = 4, kBreakBefore = 8, kSymbol = 16, kDeep = 32 };
  static constexpr uint8_t kNodeFlags = 3;
  uint8_t word_flags(std::string_view token) const;

  // Compounds written apart ("back end", "co-operation", "Node JS"): two adjacent words are
  // tried as one when the first begins a word of some alias (a head: 2+ letters of a 5+ letter
  // word, join_heads_) and the second carries on with that word's next three letters (or all of
  // them, when fewer are left: join_prefixes_ holds head + those letters). Then the two, joined
  // and stemmed as one word, must start an alias (joined_id). Both words in their join form:
  // without dots and apostrophes.
  /// A head's continuations as a 31-bit filter (lead_bit of each), 0 for a word that is no head.
  /// A scan keeps it, and each word's own lead bit, per word (in its memo), so that most pairs
  /// are ruled out without a lookup.
  uint32_t join_signature(std::string_view token, uint64_t hash) const;
  /// The hash join_signature takes: of the token's join form, false when that is too short or
  /// too long to be a head. Apart, so that a scan can prefetch what join_signature will read.
  static bool join_hash(std::string_view token, uint64_t& hash);
  /// Whether two adjacent words may be one compound: the first's join form and the second's
  /// lead letters in join_prefixes_.
  bool join_pair_known(std::string_view first, std::string_view second) const;
  /// Whether token i of a scan and the next may be one compound: their signatures allow it (most
  /// pairs they do not) and the pair is known.
  bool joins_next(const Scan& sc, size_t i) const;
  /// The id of two tokens written as one word ("node" "js" -> "nodejs"), kUnknown if none.
  uint32_t joined_id(std::string_view head, std::string_view tail) const;
  enum : uint8_t { kTerminal = 1, kHasChildren = 2 };
  /// kTerminal when a node has entries, kHasChildren when it has edges.
  uint8_t node_flags(uint32_t node) const;
  /// The id of token i of a scan through one edit (kUnknown if none, or i is no typo candidate).
  /// A word found so is noted as if written right, here and in the scan's memo.
  uint32_t typo_fix(const Scan& sc, size_t i) const;
  /// Notes token i of a scan as the word `id`, with what the node it starts at holds.
  void set_id(Scan& sc, size_t i, uint32_t id) const;

  /// Folds and tokenizes a text and gives each token its id (kStop, kUnknown or a vocabulary
  /// id); unknown long words are marked for a lazy one-typo lookup (kAnyToken, kTypoUntried).
  void scan(std::string_view text, Scan& sc) const;
  /// The longest match starting at token i (false when none), ending before token `end_token`;
  /// `ambiguous` when its alias needs corroboration. The mention's offsets are the folded text's.
  bool best_at(const Scan& sc, size_t i, std::string_view original, Mention& m, bool& ambiguous, size_t& end_token) const;
  /// False when no match can start at token i (best_at would find none): a stop word or symbol,
  /// or a word that starts no alias, is no typo candidate and may not join the next. Most tokens.
  /// `next`: the token a walk from i would step with (kAnyToken: a typo candidate, any id);
  /// `may_join`: the join signatures allow token i and the next to be one compound.
  bool may_start(const Scan& sc, size_t i, uint32_t next, bool may_join) const;
  /// Whether find_all's mention `which` (sc.found) has a word of its technical sense or a related
  /// skill that needs no corroboration itself nearby.
  bool corroborated(const Scan& sc, size_t which) const;

  const CatalogData& data_;
  uint32_t scan_owner_;  // this dictionary's id among a thread's scans (unique per instance)
  KeyTable vocab_;                                        // match key -> token id
  HashFilter vocab_filter_;                               // key_hash of vocab_'s keys
  std::vector<uint32_t> vocab_entry_;                     // per token id: its key's entry in vocab_
  std::string_view vocab_key(uint32_t id) const { return vocab_.key(vocab_entry_[id]); }
  // One typo (typo_id) asks which long key (typo_checked) of the vocabulary a form is with one
  // letter dropped. Such a key of length L either starts with the form's first (L - 1) / 2
  // letters (the dropped letter was at or after them) or ends with the rest of the form (it
  // was before them), so the long keys are listed under both halves and the candidates of a
  // form are checked letter by letter. No table of the one-deletion forms themselves (ESCO:
  // 1.5M of them, 60 MB and a third of the dictionary's compile).
  std::vector<std::pair<uint64_t, uint32_t>> typo_halves_;  // (half_key, token id), sorted
  // Per value of a half_key's top bits (64 - typo_shift_ of them, about one half a value): its
  // first half in typo_halves_, and one past the last value's.
  std::vector<uint32_t> typo_directory_;
  unsigned typo_shift_ = 63;
  static uint64_t half_key(std::string_view half, size_t key_length, bool leading);
  /// Where a key of this length splits: its leading half is the letters before, the trailing half those after.
  static size_t half_split(size_t key_length) { return (key_length - 1) / 2; }
  /// The long key that gives `form` with one letter dropped: its token id; kUnknown when no key
  /// or more than one does (no guess between two).
  uint32_t dropped_from(std::string_view form) const;
  void index_typo_halves();
  HashFilter edit_filter_;                                // poly hashes of vocab_'s keys and their one-deletion forms
  static constexpr size_t kMaxTypoKey = 64;               // longer words are not typo-checked
  KeyTable join_heads_;                                   // head -> join signature ("node" of "nodejs")
  HashFilter join_head_filter_;                           // key_hash of join_heads_' keys
  KeyTable join_prefixes_;                                // head, space, lead letters ("node js", "back end", "co ope")
  HashFilter join_prefix_filter_;                         // key_hash of join_prefixes_' keys
  // The trie. While adding aliases: edges in a hash table, entries per node in a map. Then
  // (freeze_trie) renumbered breadth-first and laid out flat: node p's children are the edges
  // node_[p].edges .. node_[p + 1].edges, sorted by token, and edge e leads to node e + 1, so
  // the first levels, where nearly every walk ends, sit together in memory.
  EdgeTable building_edges_;                                        // (node << 32 | token) -> node
  absl::flat_hash_map<uint32_t, std::vector<Entry>> building_entries_;  // node -> entries
  absl::flat_hash_set<std::string> building_join_words_;  // words whose compound heads are added
  struct NodeSpan {
    uint32_t edges;    // the node's first edge in edge_token_ (top bit: kTerminalBit)
    uint32_t entries;  // its first entry in entries_
  };
  // The tables walks read at random are on huge pages (util/huge_pages.hpp), as are the key
  // tables' and the token memo: by tools/matcher_ab.sh 4-5% faster on repeated postings, 3% on
  // new ones.
  util::HugePageVector<NodeSpan> node_;        // per node, plus one: a node's data ends where the next one's begins
  util::HugePageVector<uint32_t> edge_token_;  // per edge
  // Most steps are from a word's own node (a root child) and most of them fail. Each root child
  // has its children's tokens in a bitmap of its own, one bit each (child_bit_index) at about
  // kChildBitsPerChild bits per child: a common word's bitmap stays in cache, where a filter
  // over all edges would miss the cache at nearly every pair. For token id t below
  // root_children_, child_bits_at_[t] is its first word in child_bits_ << 6 | child_shift_code
  // of its size; 0 for a node without children: word 0, a bitmap of one word, all zeros.
  // A scan keeps it per word (in its memo), so that listing the starts tests the first step of
  // each in one load, and a word whose node cannot step to the next token starts no walk.
  util::HugePageVector<uint64_t> child_bits_;
  std::vector<uint32_t> child_bits_at_;
  static constexpr size_t kChildBitsPerChild = 8;
  // A token's bit in a bitmap of 2^log2_bits bits: the top bits of a multiplicative hash, taken
  // by a shift of 64 - log2_bits, which child_bits_at_ keeps xor 58 (so that 0 means one word).
  static constexpr uint64_t kChildHash = 0xC2B2AE3D27D4EB4Full;
  static uint32_t child_shift_code(unsigned log2_bits) { return (64 - log2_bits) ^ 58; }
  static uint64_t child_bit_index(uint32_t token, unsigned shift) { return (token * kChildHash) >> shift; }
  /// Whether `token`'s bit is set in the bitmap at `at` (a child_bits_at_ value; 0: no children).
  bool child_bit_set(uint32_t at, uint32_t token) const {
    const uint64_t bit = child_bit_index(token, (at ^ 58) & 63);
    return (child_bits_[(at >> 6) + (bit >> 6)] >> (bit & 63)) & 1;
  }
  HashFilter edge_filter_;            // (node << 32 | token) of the edges below the root's children
  util::HugePageVector<Entry> entries_;
  std::string texts_;  // Entry's texts, end to end
  static constexpr uint32_t kTerminalBit = 0x80000000;  // in node_[p].edges: node p has entries
  uint32_t root_children_ = 0;  // token ids below this start an alias: the root's child for id t is node t + 1
  uint32_t root_child(uint32_t token) const { return token < root_children_ ? token + 1 : 0; }
  std::vector<uint8_t> root_flags_;  // per token id below root_children_: node_flags(root_child(id)), 100 KB
  std::vector<bool> deep_;           // per token id: kDeep
  uint8_t deep_flag(uint32_t id) const { return id < deep_.size() && deep_[id] ? kDeep : 0; }
  std::vector<bool> family_tech_;  // per skill: in a technical family (for corroboration)
  uint32_t nodes_ = 1;             // node 0 is the root
  size_t alias_count_ = 0;
};

}  // namespace jdpipe::skills
