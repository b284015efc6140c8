#pragma once

// API 1's deterministic skill extraction: dictionary mentions in the JD, kept out of the
// company blurb, the benefits and links, grouped per catalog skill with their evidence.
#include <string_view>
#include <vector>

#include "jdpipe/parsed_jd.hpp"
#include "jdpipe/run.hpp"
#include "skills/dictionary.hpp"

namespace jdpipe::skills {

struct TaggerModel;

/// The skills of `text` (already parsed into `parsed`), in order of first mention. A skill is
/// primary when at least one mention lies outside the nice-to-have sections. Without a tagger
/// the mentions are the dictionary's; with one, the tagger's spans (a span no alias answers is
/// kept as written, matched_via "tagger", without a catalog identity).
std::vector<ExtractedSkill> extract(const SkillDictionary& dictionary, const CatalogData& data,
                                    std::string_view text, const ParsedJD& parsed, const TaggerModel* tagger = nullptr);

}  // namespace jdpipe::skills
