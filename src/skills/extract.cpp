#include "skills/extract.hpp"

#include <algorithm>
#include <unordered_map>

#include "skills/tagger.hpp"
#include "text/text.hpp"

namespace jdpipe::skills {
namespace {

/// The span of `spans` (sorted, disjoint) holding `pos`, or null.
const text::Span* span_at(const std::vector<text::Span>& spans, size_t pos) {
  auto it = std::upper_bound(spans.begin(), spans.end(), pos,
                             [](size_t p, const text::Span& sp) { return p < sp.end; });
  return it != spans.end() && it->start <= pos ? &*it : nullptr;
}

// A skill mentioned thousands of times (a spam line, a keyword dump) must not cost memory in
// proportion to mentions x sentence length: evidence keeps the first mentions, and each quotes at
// most a window of its sentence around the mention.
constexpr size_t kMaxEvidencePerSkill = 16;
constexpr size_t kMaxQuoteBytes = 480;

/// The sentence around [start, end), cut to a window of kMaxQuoteBytes on UTF-8 boundaries.
std::string_view quote(std::string_view text, const text::Span& sentence, size_t start, size_t end) {
  size_t from = sentence.start, to = sentence.end;
  if (to - from > kMaxQuoteBytes) {
    size_t pad = kMaxQuoteBytes > end - start ? (kMaxQuoteBytes - (end - start)) / 2 : 0;
    from = std::max(from, start > pad ? start - pad : 0);
    to = std::min(to, end + pad);
    auto continuation = [&](size_t i) { return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; };
    while (from < start && continuation(from)) ++from;
    while (to > end && continuation(to)) --to;
  }
  return text.substr(from, to - from);
}

}  // namespace

std::vector<ExtractedSkill> extract(const SkillDictionary& dictionary, const CatalogData& data, std::string_view text,
                                    const ParsedJD& p, const TaggerModel* tagger) {
  std::vector<ExtractedSkill> out;
  auto sentences = text::split_sentences(text);
  auto links = text::find_links(text);
  std::unordered_map<size_t, size_t> by_skill;        // skill index -> index in out
  std::unordered_map<std::string, size_t> by_term;    // a term with no catalog skill (lower case) -> index in out
  // The company's self-description and the benefits say nothing about the job's skills,
  // and "https" in a link is no HTTP skill.
  auto excluded = [&](size_t start) {
    return in_block(start, p.about_company) || in_block(start, p.benefits) || span_at(links, start);
  };
  auto add_evidence = [&](ExtractedSkill& es, size_t start, size_t end) {
    es.is_primary |= !in_block(start, p.nice_to_have);
    if (es.evidence.size() >= kMaxEvidencePerSkill) return;
    std::string surface(text.substr(start, end - start));
    if (std::find(es.surface_forms.begin(), es.surface_forms.end(), surface) == es.surface_forms.end())
      es.surface_forms.push_back(surface);
    Evidence ev{start, end, {}};
    if (const text::Span* sp = span_at(sentences, start)) ev.sentence = std::string(quote(text, *sp, start, end));
    es.evidence.push_back(std::move(ev));
  };
  auto add_catalog_skill = [&](size_t skill_index, bool exact, size_t start, size_t end) {
    const Skill& s = data.skills[skill_index];
    auto [it, fresh] = by_skill.emplace(skill_index, out.size());
    if (fresh) {
      ExtractedSkill es;
      es.skill_name = s.display_name;
      es.slug = s.slug;
      es.skill_id = s.id;
      es.external_id = s.external_id;
      es.matched_via = exact ? "alias" : "fuzzy";
      es.is_primary = false;
      out.push_back(std::move(es));
    }
    ExtractedSkill& es = out[it->second];
    if (exact) es.matched_via = "alias";
    add_evidence(es, start, end);
  };
  auto mentions = dictionary.find_all(text);
  if (!tagger) {
    for (const auto& m : mentions)
      if (!excluded(m.start)) add_catalog_skill(m.skill_index, m.exact, m.start, m.end);
    return out;
  }
  // With a tagger, its spans are the mentions: a span that is one alias is that catalog skill;
  // any other is a term for API 2 to canonicalise (or list as a new skill).
  for (const text::Span& sp : tag_spans(*tagger, text, sentences, mentions)) {
    if (excluded(sp.start)) continue;
    std::string_view term = text.substr(sp.start, sp.end - sp.start);
    if (auto hits = dictionary.lookup(term); !hits.empty()) {
      add_catalog_skill(hits.front().skill_index, hits.front().exact, sp.start, sp.end);
      continue;
    }
    auto [it, fresh] = by_term.emplace(text::lower(term), out.size());
    if (fresh) {
      ExtractedSkill es;
      es.skill_name = std::string(term);
      es.matched_via = "tagger";
      es.is_primary = false;
      out.push_back(std::move(es));
    }
    add_evidence(out[it->second], sp.start, sp.end);
  }
  return out;
}

}  // namespace jdpipe::skills
