#include "skills/extract.hpp"

#include <algorithm>
#include <unordered_map>

#include "text/text.hpp"

namespace jdpipe::skills {
namespace {

/// The span of `spans` (sorted, disjoint) holding `pos`, or null.
const text::Span* span_at(const std::vector<text::Span>& spans, size_t pos) {
  auto it = std::upper_bound(spans.begin(), spans.end(), pos,
                             [](size_t p, const text::Span& sp) { return p < sp.end; });
  return it != spans.end() && it->start <= pos ? &*it : nullptr;
}

}  // namespace

std::vector<ExtractedSkill> extract(const SkillDictionary& dictionary, const CatalogData& data,
                                    std::string_view text, const ParsedJD& p) {
  std::vector<ExtractedSkill> out;
  auto sentences = text::split_sentences(text);
  auto links = text::find_links(text);
  std::unordered_map<size_t, size_t> by_skill;  // skill index -> index in out
  for (const auto& m : dictionary.find_all(text)) {
    // The company's self-description and the benefits say nothing about the job's skills,
    // and "https" in a link is no HTTP skill.
    if (in_block(m.start, p.about_company) || in_block(m.start, p.benefits)) continue;
    if (span_at(links, m.start)) continue;
    const Skill& s = data.skills[m.skill_index];
    auto [it, fresh] = by_skill.emplace(m.skill_index, out.size());
    if (fresh) {
      ExtractedSkill es;
      es.skill_name = s.display_name;
      es.slug = s.slug;
      es.skill_id = s.id;
      es.external_id = s.external_id;
      es.matched_via = m.exact ? "alias" : "fuzzy";
      es.is_primary = false;
      out.push_back(std::move(es));
    }
    ExtractedSkill& es = out[it->second];
    if (m.exact) es.matched_via = "alias";
    es.is_primary |= !in_block(m.start, p.nice_to_have);
    std::string surface(text.substr(m.start, m.end - m.start));
    if (std::find(es.surface_forms.begin(), es.surface_forms.end(), surface) == es.surface_forms.end())
      es.surface_forms.push_back(surface);
    Evidence ev{m.start, m.end, {}};
    if (const text::Span* sp = span_at(sentences, m.start)) ev.sentence = std::string(text.substr(sp->start, sp->end - sp->start));
    es.evidence.push_back(std::move(ev));
  }
  return out;
}

}  // namespace jdpipe::skills
