#pragma once

// Open-addressing hash tables for the skill matcher's hot loop: word keys to ids, trie edges to
// nodes. Every token of a text is looked up, so the hash is a couple of multiplies on word-sized
// loads (abseil's string hash went through a generic mixer per call), the probe sequence stays
// in one flat array, and keys live in one arena; the large arrays on huge pages
// (util/huge_pages.hpp). Build once, then read-only.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>
#include "util/huge_pages.hpp"

namespace jdpipe::skills {

namespace key_hash_detail {
inline uint64_t load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
inline uint64_t load32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}
inline uint64_t mix(uint64_t a, uint64_t b) {
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}
constexpr uint64_t kSeed0 = 0xa0761d6478bd642full, kSeed1 = 0xe7037ed1a0b428dbull, kSeed2 = 0x8ebc6af09c88c6e3ull;
}  // namespace key_hash_detail

/// A string of at most 16 bytes as two words and its length, which together determine it:
/// overlapping loads of its first and last 8 (or 4) bytes. Reads only inside [p, p + n).
struct ShortKey {
  uint64_t a = 0, b = 0;
  uint32_t n = 0;
  bool operator==(const ShortKey&) const = default;
};
inline ShortKey short_key(const char* p, size_t n) {
  using namespace key_hash_detail;
  ShortKey k;
  k.n = static_cast<uint32_t>(n);
  if (n >= 8) {
    k.a = load64(p);
    k.b = load64(p + n - 8);
  } else if (n >= 4) {
    k.a = load32(p);
    k.b = load32(p + n - 4);
  } else if (n > 0) {
    k.a = (static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
          (static_cast<uint64_t>(static_cast<unsigned char>(p[n >> 1])) << 8) | static_cast<unsigned char>(p[n - 1]);
  }
  return k;
}
inline uint64_t short_key_hash(const ShortKey& k) {
  using namespace key_hash_detail;
  return mix(kSeed1 ^ k.n, mix(k.a ^ kSeed1, k.b ^ (kSeed0 ^ k.n)) ^ kSeed2);
}

/// A 64-bit hash of a byte string (wyhash-style: overlapping word loads, one 128-bit multiply
/// per 16 bytes). Reads only inside [p, p + n).
inline uint64_t key_hash(const char* p, size_t n) {
  using namespace key_hash_detail;
  if (n <= 16) return short_key_hash(short_key(p, n));
  uint64_t seed = kSeed0 ^ n;
  for (size_t i = 0; i + 16 < n; i += 16) seed = mix(load64(p + i) ^ kSeed1, load64(p + i + 8) ^ seed);
  return mix(kSeed1 ^ n, mix(load64(p + n - 16) ^ kSeed1, load64(p + n - 8) ^ seed) ^ kSeed2);
}
inline uint64_t key_hash(std::string_view s) { return key_hash(s.data(), s.size()); }

/// Byte strings to uint32 values. Insert during construction; lookups by key or by key and its
/// key_hash (when the caller computed it already). A slot holds the hash's top half and where
/// the entry starts in one arena, whose entry is its value, its length and its bytes: a found
/// key costs the slot and one line of the arena.
class KeyTable {
 public:
  static constexpr uint32_t kMissing = 0xFFFFFFFF;

  /// Adds `key` with `value` when absent. Returns the stored value and whether the key was new.
  std::pair<uint32_t, bool> try_emplace(std::string_view key, uint32_t value) {
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();
    uint64_t h = key_hash(key);
    size_t i = slot_of(key, h);
    if (slots_[i].at != kEmpty) return {value_at(slots_[i].at), false};
    uint32_t at = static_cast<uint32_t>(arena_.size());
    uint32_t head[2] = {value, static_cast<uint32_t>(key.size())};
    arena_.insert(arena_.end(), reinterpret_cast<const char*>(head), reinterpret_cast<const char*>(head) + sizeof head);
    arena_.insert(arena_.end(), key.begin(), key.end());
    entries_.push_back(at);
    slots_[i] = {static_cast<uint32_t>(h >> 32), at};
    return {value, true};
  }

  /// Sets the value of a key already in the table.
  void set(std::string_view key, uint32_t value) {
    size_t i = slot_of(key, key_hash(key));
    if (slots_[i].at != kEmpty) std::memcpy(arena_.data() + slots_[i].at, &value, 4);
  }

  uint32_t find(std::string_view key, uint64_t h) const {
    if (slots_.empty()) return kMissing;
    size_t i = slot_of(key, h);
    return slots_[i].at == kEmpty ? kMissing : value_at(slots_[i].at);
  }
  uint32_t find(std::string_view key) const { return find(key, key_hash(key)); }
  bool contains(std::string_view key) const { return find(key) != kMissing; }
  size_t size() const { return entries_.size(); }
  /// The key inserted `entry`-th (0 for the first).
  std::string_view key(size_t entry) const { return key_at(entries_[entry]); }
  /// Starts loading the slot a key with hash `h` probes first (for a find soon after).
  void prefetch(uint64_t h) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[h & (slots_.size() - 1)]);
  }

  /// Calls f(key, value) for every entry, in insertion order.
  template <class F>
  void for_each(F&& f) const {
    for (uint32_t at : entries_) f(key_at(at), value_at(at));
  }
  /// Replaces every value v by f(v).
  template <class F>
  void update_values(F&& f) {
    for (uint32_t at : entries_) {
      uint32_t v = f(value_at(at));
      std::memcpy(arena_.data() + at, &v, 4);
    }
  }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFF;
  struct Slot {
    uint32_t tag = 0;  // the hash's high half, compared before the key
    uint32_t at = kEmpty;
  };

  uint32_t value_at(uint32_t at) const {
    uint32_t v;
    std::memcpy(&v, arena_.data() + at, 4);
    return v;
  }
  std::string_view key_at(uint32_t at) const {
    uint32_t n;
    std::memcpy(&n, arena_.data() + at + 4, 4);
    return std::string_view(arena_.data() + at + 8, n);
  }
  static bool same(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    if (a.size() <= 16) return short_key(a.data(), a.size()) == short_key(b.data(), b.size());
    return std::memcmp(a.data(), b.data(), a.size()) == 0;
  }
  // The slot holding `key`, or the empty slot where it would go (linear probing).
  size_t slot_of(std::string_view key, uint64_t h) const {
    const size_t mask = slots_.size() - 1;
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.at == kEmpty) return i;
      if (s.tag == tag && same(key_at(s.at), key)) return i;
    }
  }
  void grow() {
    slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, Slot{});
    const size_t mask = slots_.size() - 1;
    for (uint32_t at : entries_) {
      uint64_t h = key_hash(key_at(at));
      size_t i = h & mask;
      while (slots_[i].at != kEmpty) i = (i + 1) & mask;
      slots_[i] = {static_cast<uint32_t>(h >> 32), at};
    }
  }

  util::HugePageVector<Slot> slots_;
  std::vector<uint32_t> entries_;  // where each entry starts in arena_, in insertion order
  util::HugePageVector<char> arena_;  // per entry: value (4 bytes), key length (4 bytes), key
};

/// 64-bit keys (a trie node and a token id) to uint32 values; multiplicative hashing, linear
/// probing. The all-ones key is reserved.
class EdgeTable {
 public:
  static constexpr uint32_t kMissing = 0;  // node 0 (the root) is never a child

  /// Adds `key` with `value` when absent; returns the stored value and whether it was new.
  std::pair<uint32_t, bool> try_emplace(uint64_t key, uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    Slot& s = slots_[slot_of(key)];
    if (s.key == key) return {s.value, false};
    s = {key, value};
    ++size_;
    return {value, true};
  }
  uint32_t find(uint64_t key) const {
    if (slots_.empty()) return kMissing;
    const Slot& s = slots_[slot_of(key)];
    return s.key == key ? s.value : kMissing;
  }
  size_t size() const { return size_; }

  /// Calls f(key, value) for every entry, in no particular order.
  template <class F>
  void for_each(F&& f) const {
    for (const Slot& s : slots_)
      if (s.key != kEmpty) f(s.key, s.value);
  }

 private:
  static constexpr uint64_t kEmpty = ~0ull;
  struct Slot {
    uint64_t key = kEmpty;
    uint32_t value = 0;
  };
  size_t slot_of(uint64_t key) const {
    const size_t mask = slots_.size() - 1;
    for (size_t i = (key * 0x9E3779B97F4A7C15ull) >> shift_;; i = (i + 1) & mask)
      if (slots_[i].key == key || slots_[i].key == kEmpty) return i;
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    shift_ = 64 - static_cast<unsigned>(__builtin_ctzll(slots_.size()));
    for (const Slot& s : old)
      if (s.key != kEmpty) slots_[slot_of(s.key)] = s;
  }

  std::vector<Slot> slots_;  // building only
  size_t size_ = 0;
  unsigned shift_ = 64;
};

/// A set of 64-bit hashes that may answer "maybe" for an absent one (a Bloom filter, two bits
/// in one 64-bit word, about 8 bits per member: ~5% false positives) but never "no" for a
/// member. It sits in front of a larger exact table whose lookups mostly fail, so that most
/// misses cost one load from a table that stays in cache.
class HashFilter {
 public:
  void reserve(size_t members) {
    size_t words = 64;
    while (words * 64 < members * 8) words *= 2;
    words_.assign(words, 0);
    mask_ = words - 1;
  }
  void add(uint64_t h) {
    h = scramble(h);
    words_[(h >> 32) & mask_] |= bits(h);
  }
  bool maybe_contains(uint64_t h) const {
    h = scramble(h);
    const uint64_t b = bits(h);
    return (words_[(h >> 32) & mask_] & b) == b;
  }
  /// Starts loading the word maybe_contains(h) will read.
  void prefetch(uint64_t h) const { __builtin_prefetch(&words_[(scramble(h) >> 32) & mask_]); }

 private:
  // Hashes given may have weak low bits (multiplicative, polynomial): mix all bits first.
  static uint64_t scramble(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    return h ^ (h >> 33);
  }
  static uint64_t bits(uint64_t h) { return (1ull << (h & 63)) | (1ull << ((h >> 6) & 63)); }
  util::HugePageVector<uint64_t> words_ = util::HugePageVector<uint64_t>(1, ~0ull);  // before reserve: "maybe" to all
  size_t mask_ = 0;
};

}  // namespace jdpipe::skills
