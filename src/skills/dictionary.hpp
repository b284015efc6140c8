#pragma once

// Dictionary skill extraction: every extractable alias of the catalog, matched token by token,
// longest match first, without overlaps.
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "jdpipe/catalog.hpp"

namespace jdpipe::skills {

/// One alias occurrence in a text.
struct Mention {
  size_t skill_index = 0;  // into CatalogData::skills
  size_t alias_index = 0;  // into that skill's aliases
  size_t start = 0;        // byte span in the searched text
  size_t end = 0;
  bool exact = true;       // false when found through the compact (spacing/dots/plural) form
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

  /// All non-overlapping alias mentions in `text`, left to right.
  std::vector<Mention> find_all(std::string_view text) const;

  /// Looks a whole term up: the alias key first, then its compact form (no spaces, dots or
  /// hyphens, last word singular). Returns nothing when neither matches.
  std::vector<AliasHit> lookup(std::string_view term) const;

 private:
  struct Entry {
    size_t skill_index;
    size_t alias_index;
    bool case_sensitive;
    std::string written;  // the alias's tokens as written, for case-sensitive checks
  };
  const CatalogData& data_;
  std::unordered_map<std::string, std::vector<Entry>> by_key_;
  std::unordered_map<std::string, std::vector<Entry>> by_compact_;
  size_t max_tokens_ = 1;
};

/// "Node.js" -> "nodejs", "Node JS" -> "nodejs", "APIs" -> "api".
std::string compact_key(std::string_view tokens_key);

}  // namespace jdpipe::skills
