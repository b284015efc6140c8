#include "enrich/enrichment_json.hpp"

namespace jdpipe::enrich {

namespace {

using json::Array;
using json::Object;
using json::Value;
using json::array_of;


// Spans as the run's other evidence writes them: byte_start and byte_end, null when unknown.
void put_span(Object& o, const std::optional<TextSpan>& span) {
  o["byte_start"] = span ? Value(span->byte_start) : Value();
  o["byte_end"] = span ? Value(span->byte_end) : Value();
}

Value skill_ref(const EnrichedSkillRef& s) {
  return Object{{"skill_name", s.skill_name}, {"slug", s.slug}, {"is_primary", s.is_primary}};
}

Value cluster(const SkillCluster& c) {
  return Object{{"key", c.key},
                {"label", c.label},
                {"under_chosen_role", c.under_chosen_role},
                {"skill_count", c.skills.size()},
                {"skills", array_of(c.skills, skill_ref)}};
}

}  // namespace

json::Value enrichment_json(const Enrichment& e) {
  const auto& sc = e.skill_clusters;
  const auto& nw = e.nature_of_work;
  const auto& ai = e.ai_index;
  const auto& tm = e.tech_stack_maturity;
  return Object{
      {"skill_clusters", Object{{"by_category", array_of(sc.by_category, cluster)},
                                {"by_dimension", array_of(sc.by_dimension, cluster)},
                                {"unclustered", sc.unclustered}}},
      {"nature_of_work",
       Object{{"lexicon", nw.lexicon},
              {"dominant", nw.dominant},
              {"shares", array_of(nw.shares,
                                  [](const WorkNatureShare& s) {
                                    return Value(Object{{"nature", s.nature}, {"label", s.label},
                                                        {"sentences", s.sentences}, {"share", s.share}});
                                  })},
              {"sentences", array_of(nw.sentences, [](const SentenceNature& s) {
                 Object o{{"sentence", s.sentence}, {"nature", s.nature}, {"verb", s.verb}};
                 put_span(o, s.span);
                 return Value(std::move(o));
               })}}},
      {"ai_index", Object{{"score", ai.score},
                          {"ai_skills", ai.ai_skills},
                          {"total_skills", ai.total_skills},
                          {"ai_responsibilities", ai.ai_responsibilities},
                          {"total_responsibilities", ai.total_responsibilities},
                          {"skill_share", ai.skill_share},
                          {"responsibility_share", ai.responsibility_share},
                          {"method", ai.method},
                          {"contributors", array_of(ai.contributors, [](const AiContributor& c) {
                             Object o{{"kind", c.kind}, {"item", c.item}, {"reasons", c.reasons}};
                             put_span(o, c.span);
                             return Value(std::move(o));
                           })}}},
      {"tech_stack_maturity",
       Object{{"reading", tm.reading},
              {"shares", array_of(tm.shares,
                                  [](const MaturityShare& s) {
                                    return Value(Object{{"bucket", s.bucket}, {"skills", s.skills}, {"share", s.share}});
                                  })},
              {"skills", array_of(tm.skills, [](const SkillMaturity& m) {
                 return Value(Object{{"skill_name", m.skill_name}, {"slug", m.slug}, {"volatility", m.volatility},
                                     {"typical_lifespan", m.typical_lifespan}, {"bucket", m.bucket}});
               })}}},
      {"evidence", Object{{"skills", array_of(e.evidence.skills,
                                              [](const SkillEvidenceItem& s) {
                                                Object o{{"skill_name", s.skill_name}, {"slug", s.slug},
                                                         {"text", s.text}, {"sentence", s.sentence}};
                                                put_span(o, s.span);
                                                return Value(std::move(o));
                                              })},
                          {"kras", array_of(e.evidence.kras, [](const KraEvidenceItem& k) {
                             Object o{{"sentence", k.sentence}, {"kra_text", k.kra_text}, {"role_slug", k.role_slug},
                                      {"similarity", k.similarity}, {"kra_ai_related", k.kra_ai_related}};
                             put_span(o, k.span);
                             return Value(std::move(o));
                           })}}},
      {"kra_vocabulary", array_of(e.kra_vocabulary, [](const KraVocabulary& v) {
         return Value(Object{{"sentence", v.sentence},
                             {"kra_text", v.kra_text},
                             {"role_slug", v.role_slug},
                             {"similarity", v.similarity},
                             {"shared", v.shared},
                             {"sentence_only", v.sentence_only},
                             {"kra_only", v.kra_only},
                             {"overlap", v.overlap}});
       })},
  };
}

}  // namespace jdpipe::enrich
