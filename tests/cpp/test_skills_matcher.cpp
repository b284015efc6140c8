// The skill matcher's fast paths against plain references: the word-bitmap tokenizer against a
// byte-at-a-time one, the 16-byte folding runs against per-character expectations, the key
// tables and Bloom filters, and the per-thread token memo across dictionaries.
#include <doctest/doctest.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "jdpipe/catalog.hpp"
#include "skills/dictionary.hpp"
#include "skills/key_table.hpp"
#include "skills/normalize.hpp"

using namespace jdpipe;

namespace {

struct Rng {
  uint64_t s = 0x9E3779B97F4A7C15ull;
  uint32_t next(uint32_t n) {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return static_cast<uint32_t>(s % n);
  }
};

bool word_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80; }

// The tokenizer's rules one byte at a time (how tokenize_folded worked before the bitmap).
skills::MatchTokens reference_tokens(std::string_view s) {
  skills::MatchTokens out;
  bool brk = true;
  const size_t n = s.size();
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  size_t i = 0;
  while (i < n) {
    unsigned char c = byte(i);
    if (word_byte(c) || (c == '.' && i + 1 < n && byte(i + 1) >= 'a' && byte(i + 1) <= 'z' && (i == 0 || !word_byte(byte(i - 1))))) {
      size_t b = i++;
      while (i < n) {
        if (word_byte(byte(i))) {
          ++i;
          continue;
        }
        if ((s[i] == '.' || s[i] == '\'') && i + 1 < n && word_byte(byte(i + 1))) {
          i += 2;
          continue;
        }
        break;
      }
      while (i < n && (s[i] == '+' || s[i] == '#') && (i + 1 >= n || !word_byte(byte(i + 1)))) ++i;
      out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(i), brk, false});
      brk = false;
      continue;
    }
    if (c == '/' || c == '+' || c == '&') {
      out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), brk, true});
      brk = false;
    } else if (!(c == ' ' || c == '\t' || c == '-' || c == '_' || c == '\'' || c == '"')) {
      brk = true;
    }
    ++i;
  }
  return out;
}

std::string repeat(std::string_view piece, size_t times) {
  std::string s;
  for (size_t k = 0; k < times; ++k) s += piece;
  return s;
}

bool same_tokens(const skills::MatchTokens& a, const skills::MatchTokens& b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k)
    if (a[k].start != b[k].start || a[k].end != b[k].end || a[k].break_before != b[k].break_before || a[k].symbol != b[k].symbol)
      return false;
  return true;
}

Skill skill(std::string slug, std::string name) {
  Skill s;
  s.slug = std::move(slug);
  s.display_name = name;
  SkillAlias a;
  a.text = name;
  s.aliases.push_back(a);
  return s;
}

}  // namespace

TEST_CASE("matcher tokenizer: the word bitmap agrees with a byte-at-a-time tokenizer") {
  // Folded-text bytes that matter to the rules, in runs long enough to cross 16- and 64-byte blocks.
  const std::vector<std::string> pieces = {"a", "z", "0", "9", "node", ".", "'", "+", "#", "/", "&", " ", "\t", "-", "_",
                                           "\"", ",", "\n", "\xC3\xA9", "\xE4\xB8\xAD", "c++", ".net", "don't", "x.y",
                                           "abcdefghijklmnopqrstuvwxyz0123456789"};
  Rng rng;
  skills::MatchTokens got;
  for (int t = 0; t < 3000; ++t) {
    std::string s;
    size_t parts = rng.next(60);
    for (size_t k = 0; k < parts; ++k) s += pieces[rng.next(static_cast<uint32_t>(pieces.size()))];
    skills::tokenize_folded(s, got);
    CHECK_MESSAGE(same_tokens(got, reference_tokens(s)), s);
  }
  // Edge cases; and more words in 64 bytes than the tokenizer lists without a loop (sixteen).
  for (const std::string& s : std::vector<std::string>{"", ".", ".a", "a.", "a'", "c#", "+", "a.b.c", std::string(200, 'a'),
                                                       std::string(64, 'a') + ".js", repeat("a ", 100), repeat("a/", 50), repeat("ab,", 60)}) {
    skills::tokenize_folded(s, got);
    CHECK_MESSAGE(same_tokens(got, reference_tokens(s)), s);
  }
}

TEST_CASE("matcher folding: ASCII runs copied 16 bytes at a time keep every byte's origin") {
  // Pieces with their folded form: the expected text and origin are built alongside.
  struct Piece {
    std::string in, out;
  };
  const std::vector<Piece> pieces = {{"A", "a"},           {"z", "z"},          {"Q", "q"},       {" ", " "},
                                     {"Hello World ", "hello world "},          {"\xC3\xA9", "e"}, {"\xC3\x89", "e"},
                                     {"\xEF\xAC\x81", "fi"}, {"\xE2\x80\x99", "'"}, {"\xC2\xA0", " "}, {"\xE4\xB8\xAD", "\xE4\xB8\xAD"},
                                     {"\xC2\xAD", ""},       {"\xC3\x9F", "ss"},   {"\xEF\xBC\xA1", "a"}};
  Rng rng;
  skills::FoldedText f;
  for (int t = 0; t < 2000; ++t) {
    std::string in, out;
    std::vector<uint32_t> origin;
    size_t parts = rng.next(40);
    for (size_t k = 0; k < parts; ++k) {
      const Piece& p = pieces[rng.next(static_cast<uint32_t>(pieces.size()))];
      // Multi-byte characters map every folded byte to the character's start; ASCII byte by byte.
      bool ascii = static_cast<unsigned char>(p.in[0]) < 0x80;
      for (size_t b = 0; b < p.out.size(); ++b) origin.push_back(static_cast<uint32_t>(in.size() + (ascii ? b : 0)));
      in += p.in;
      out += p.out;
    }
    origin.push_back(static_cast<uint32_t>(in.size()));
    skills::fold(in, f);
    REQUIRE(f.text == out);
    bool origins_match = true;
    for (size_t k = 0; k <= out.size(); ++k) origins_match &= f.original(k) == origin[k];
    CHECK_MESSAGE(origins_match, in);
  }
}

TEST_CASE("matcher key tables: every key found, absent keys missing, values updated") {
  skills::KeyTable table;
  std::vector<std::string> keys;
  for (size_t len = 0; len <= 40; ++len)
    for (char c : std::string("abcxyz")) keys.push_back(std::string(len, c) + (len % 3 ? "." : ""));
  for (size_t k = 0; k < keys.size(); ++k) {
    auto [value, fresh] = table.try_emplace(keys[k], static_cast<uint32_t>(k));
    if (fresh) CHECK(value == k);
  }
  for (size_t k = 0; k < keys.size(); ++k) CHECK(table.find(keys[k]) == table.try_emplace(keys[k], 0).first);
  CHECK(table.find("abd") == skills::KeyTable::kMissing);
  CHECK(table.find(std::string(17, 'a') + "b") == skills::KeyTable::kMissing);
  uint32_t before = table.find("xyz");
  table.update_values([](uint32_t v) { return v + 1000; });
  CHECK(table.find("xyz") == (before == skills::KeyTable::kMissing ? before : before + 1000));
  CHECK(table.find("zzzz") == skills::KeyTable::kMissing);
  const uint32_t zzzz = table.try_emplace("zzzz", 0).first;  // inserted before the lookup below
  CHECK(table.find("zzzz") == zzzz);

  skills::HashFilter filter;
  filter.reserve(5000);
  for (uint64_t h = 0; h < 5000; ++h) filter.add(h * 7919);
  size_t misses = 0, false_positives = 0;
  for (uint64_t h = 0; h < 5000; ++h) misses += !filter.maybe_contains(h * 7919);
  for (uint64_t h = 5000; h < 105000; ++h) false_positives += filter.maybe_contains(h * 7919);
  CHECK(misses == 0);                  // never "no" for a member
  CHECK(false_positives < 100000 / 10);  // about 5% by design; a tenth would mean a broken hash
}

TEST_CASE("matcher memo: dictionaries sharing a thread never see each other's words") {
  CatalogData with_k8s, without_k8s;
  with_k8s.skills.push_back(skill("kubernetes", "Kubernetes"));
  with_k8s.finalize();
  without_k8s.skills.push_back(skill("terraform", "Terraform"));
  without_k8s.finalize();
  const std::string text = "Kubernetes and Terraform, kubernetes again";
  auto a = std::make_unique<skills::SkillDictionary>(with_k8s);
  skills::SkillDictionary b(without_k8s);
  for (int round = 0; round < 3; ++round) {
    CHECK(a->find_all(text).size() == 2);
    auto bm = b.find_all(text);
    REQUIRE(bm.size() == 1);
    CHECK(without_k8s.skills[bm[0].skill_index].slug == "terraform");
  }
  // A new dictionary (possibly at the old one's address) starts from its own words.
  a.reset();
  a = std::make_unique<skills::SkillDictionary>(without_k8s);
  CHECK(a->find_all(text).size() == 1);
  CHECK(a->lookup("Kubernetes").empty());
  CHECK(b.lookup("terraform").size() == 1);
}

TEST_CASE("matcher memo: more dictionaries on a thread than it keeps scans for") {
  // A thread keeps the scans of its last few dictionaries; one used again after being evicted
  // starts from an empty memo, never from another dictionary's.
  const std::vector<std::string> names = {"Kubernetes", "Terraform", "Ansible", "Prometheus", "Grafana", "Jenkins"};
  std::vector<CatalogData> catalogs(names.size());
  std::vector<std::unique_ptr<skills::SkillDictionary>> dicts;
  std::string text;
  for (size_t k = 0; k < names.size(); ++k) {
    catalogs[k].skills.push_back(skill(names[k], names[k]));
    catalogs[k].finalize();
    dicts.push_back(std::make_unique<skills::SkillDictionary>(catalogs[k]));
    text += names[k] + ", ";
  }
  for (int round = 0; round < 3; ++round)
    for (size_t k = 0; k < dicts.size(); ++k) {
      auto ms = dicts[k]->find_all(text);
      REQUIRE(ms.size() == 1);
      CHECK(text.substr(ms[0].start, ms[0].end - ms[0].start) == names[k]);
    }
}
