#pragma once

// Role titles: the normalisation of PIPELINE.md and the exact alias lookup.
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "jdpipe/catalog.hpp"

namespace jdpipe::roles {

/// Lower-cases, drops bracketed asides ("(m/f/d)", "(Remote)", "[Berlin]"), seniority words
/// (Senior, Sr, Junior, Jr, Lead, Principal, Staff, Intern as a prefix), level numerals (II, 3),
/// punctuation and spacing ("Back-end" = "Backend" = "Back end"), and a plural last word.
std::string normalize_title(std::string_view title);
/// The words normalize_title keeps, in order (brackets, trailing location, seniority prefix and
/// level numerals dropped; lower case), for the near-miss matchers.
std::vector<std::string> title_words(std::string_view title);
/// title_words keeping the bracketed asides and the text after a separator as words
/// ("Engineer (Instrument)", "Executive, Human Resources"): they more often name the field than
/// a location, and a location word matches no role, so it shifts every role's score alike.
/// An aside with a word for which `drop_aside` is true is left out.
std::vector<std::string> title_words_with_asides(std::string_view title,
                                                 const std::function<bool(std::string_view)>& drop_aside = nullptr);

class TitleIndex {
 public:
  explicit TitleIndex(const CatalogData& data);
  /// Indices of the roles with an alias (or display name) equal to `title` after normalisation.
  const std::vector<size_t>& exact(std::string_view title) const;

 private:
  std::unordered_map<std::string, std::vector<size_t>> by_key_;
};

}  // namespace jdpipe::roles
