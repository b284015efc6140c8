// Run::to_json: the typed run mapped onto the seed's JSON field names.
#include <absl/container/flat_hash_map.h>

#include <tuple>
#include <utility>

#include "enrich/enrichment_json.hpp"
#include "jdpipe/run.hpp"
#include "jdpipe/version.hpp"
#include "util/json.hpp"

namespace jdpipe {

namespace {

using json::Array;
using json::Object;
using json::Value;
using json::array_of;


template <class T, class Fn>
Value optional_of(const std::optional<T>& item, Fn&& fn) {
  return item ? fn(*item) : Value();
}

Value marker_json(const SourceMarker& m) {
  return Object{{"first_5_words", m.first_5_words}, {"last_5_words", m.last_5_words},
                {"byte_start", m.byte_start}, {"byte_end", m.byte_end}};
}

Value block_json(const TextBlock& b) {
  return Object{{"heading", b.heading},
                {"heading_was_present", b.heading_was_present},
                {"bullet_count", b.bullet_count},
                {"text", b.text},
                {"word_count", b.word_count},
                {"items", b.items},
                {"source_marker", marker_json(b.source_marker)}};
}

Value domain_json(const Domain& d) { return Object{{"domain", d.domain}, {"aliases", d.aliases}}; }

Value parsed_json(const ParsedJD& p) {
  return Object{
      {"JD_type", p.jd_type},
      {"rejection_reason", p.rejection_reason},
      {"company_name", p.company_name},
      {"about_company", optional_of(p.about_company, [](const TextBlock& b) {
         // The seed's about_company carries only its text, size and marker.
         return Value(Object{{"text", b.text}, {"word_count", b.word_count}, {"source_marker", marker_json(b.source_marker)}});
       })},
      {"roles_and_responsibilities", array_of(p.roles_and_responsibilities, block_json)},
      {"requirements", array_of(p.requirements, block_json)},
      {"nice_to_have", array_of(p.nice_to_have, block_json)},
      {"benefits", array_of(p.benefits, block_json)},
      {"ctc", optional_of(p.ctc, [](const Ctc& c) {
         return Value(Object{{"currency", c.currency}, {"min", c.min}, {"max", c.max}, {"period", c.period},
                             {"raw", c.raw}, {"annual_min", c.annual_min}, {"annual_max", c.annual_max}});
       })},
      {"experience", optional_of(p.experience, [](const Experience& e) {
         return Value(Object{{"min", e.min}, {"max", e.max}, {"raw", e.raw}});
       })},
      {"education", p.education},
      {"certifications", p.certifications},
      {"job_locations", array_of(p.job_locations, [](const JobLocation& l) {
         return Value(Object{{"location", l.location}, {"work_mode", l.work_mode}});
       })},
      {"urls", array_of(p.urls, [](const UrlRef& u) { return Value(Object{{"type", u.type}, {"url", u.url}}); })},
      {"emails", p.emails},
      {"role", p.role},
      {"role_aliases", p.role_aliases},
      {"role_archetype", p.role_archetype},
      {"domain", Object{{"primary", domain_json(p.domain_primary)},
                        {"secondary", optional_of(p.domain_secondary, domain_json)}}},
  };
}

Value candidate_json(const RoleCandidate& c) {
  return Object{{"role_id", c.role_id},
                {"slug", c.slug},
                {"display_name", c.display_name},
                {"external_id", c.external_id},
                {"score", c.score},
                {"kra_matches", optional_of(c.kra_matches,
                                            [](const std::vector<KraMatch>& ms) {
                                              return array_of(ms, [](const KraMatch& m) {
                                                return Value(Object{{"kra_text", m.kra_text},
                                                                    {"sentence", m.sentence},
                                                                    {"similarity", m.similarity}});
                                              });
                                            })},
                {"matched_count", c.matched_count},
                {"matched_skills", c.matched_skills},
                {"total_count", c.total_count}};
}

Value decision_json(const Decision& d) {
  return Object{{"case", d.case_id.empty() ? Value() : Value(d.case_id)},
                {"alias_collision_detected", d.alias_collision_detected},
                {"chosen_role", optional_of(d.chosen_role, candidate_json)},
                {"confidence", d.confidence},
                {"is_new_role", d.is_new_role},
                {"llm2_fired", d.llm2_fired},
                {"llm2_reasoning", d.llm2_reasoning},
                {"matched_dimensions", d.matched_dimensions},
                {"matched_kras", d.matched_kras},
                {"matched_skills", d.matched_skills},
                {"new_role_display_name", d.new_role_display_name},
                {"new_role_slug", d.new_role_slug},
                {"new_role_kras", d.new_role_kras},
                {"queued", d.queued},
                {"reasoning", d.reasoning},
                {"sub_role", d.sub_role},
                {"candidates", array_of(d.candidates, [](const FusedScore& f) {
                   return Value(Object{{"role_id", f.role_id}, {"slug", f.slug}, {"alias", f.alias},
                                       {"kra", f.kra}, {"skill", f.skill}, {"fused", f.fused}});
                 })}};
}

Value stage5_json(const Stage5Updates& s) {
  return Object{{"dry_run", s.dry_run},
                {"centroid_n_after", s.centroid_n_after},
                {"centroid_updated", s.centroid_updated},
                {"collision_to_log", s.collision_to_log},
                {"collision_log_id", s.collision_log_id},
                {"new_kra_attached", s.new_kra_attached},
                {"new_skills_attached", s.new_skills_attached},
                {"queue_entry_to_create", s.queue_entry_to_create},
                {"queue_entry_id", s.queue_entry_id},
                {"v3_pipeline_triggered", s.v3_pipeline_triggered},
                {"v3_role_slug", s.v3_role_slug},
                {"v3_run_id", s.v3_run_id}};
}

Value skill_json(const Skill& s) {
  return Object{{"id", s.id},
                {"slug", s.slug},
                {"display_name", s.display_name},
                {"category", s.category},
                {"sub_category", s.sub_category},
                {"category_id", s.category_id},
                {"sub_category_id", s.sub_category_id},
                {"is_also_category", s.is_also_category},
                {"is_extractable", s.is_extractable},
                {"skill_nature", s.skill_nature},
                {"typical_lifespan", s.typical_lifespan},
                {"volatility", s.volatility},
                {"ai_related", s.ai_related},
                {"external_id", s.external_id}};
}

// Roles are most of a run's JSON (hundreds per list on O*NET), so they are written straight to
// the output instead of as an Object each. The Values below refer to the run: it must outlive them.
void write_role_ref(std::string& out, const RoleRef& r, int indent, int depth) {
  json::ObjectWriter o(out, indent, depth);
  o.field("display_name", r.display_name);  // keys sorted, as an Object prints them
  o.field("external_id", r.external_id);
  o.field("id", r.id);
  o.field("rationale", r.rationale);
  o.field("role_archetype", r.role_archetype);
  o.field("slug", r.slug);
  o.field("source", r.source);
  o.close();
}

Value role_ref_json(const RoleRef& r) {
  return json::Writer{[&r](std::string& out, int indent, int depth) { write_role_ref(out, r, indent, depth); }};
}

/// Writes each distinct RoleList, and each distinct role, once per to_json call and copies the
/// text where it repeats: a dimension's roles appear in api2.dimensions, api2.skills_detail and
/// api3.items for every skill under the dimension, and all lists pick their roles from one
/// catalog-wide list, so candidate_roles (their union) already holds every role the dimensions
/// name. Pretty-printed text depends on the depth, so that is in the keys; one-line text does
/// not. Texts are remembered as spans of the output itself: the tree is dumped once, into one string.
class RoleListTexts {
 public:
  Value value(const RoleList& list) {
    return json::Writer{[this, &list](std::string& out, int indent, int depth) { write(out, list, indent, depth); }};
  }

 private:
  struct Span {
    size_t pos = 0, len = 0;  // in *out_
  };

  void write(std::string& out, const RoleList& list, int indent, int depth) {
    if (&out != out_ || indent != indent_) {  // spans of another string or format mean nothing here
      lists_.clear();
      roles_.clear();
      out_ = &out;
      indent_ = indent;
    }
    const int key_depth = indent < 0 ? 0 : depth;
    auto [roles, picked] = list.identity();
    auto [it, fresh] = lists_.try_emplace({roles, picked, key_depth});
    if (!fresh) {
      splice(out, it->second);
      return;
    }
    const size_t pos = out.size();
    json::ArrayWriter a(out, indent, depth);
    for (const RoleRef& r : list) {
      const int role_depth = a.next();
      auto [role, fresh_role] = roles_.try_emplace({&r, indent < 0 ? 0 : role_depth});
      if (!fresh_role) {
        splice(out, role->second);
        continue;
      }
      const size_t role_pos = out.size();
      write_role_ref(out, r, indent, role_depth);
      role->second = {role_pos, out.size() - role_pos};
    }
    a.close();
    it->second = {pos, out.size() - pos};
  }

  static void splice(std::string& out, Span s) {
    out.reserve(out.size() + s.len);  // first, so that appending does not move its own source
    out.append(out.data() + s.pos, s.len);
  }

  // Keyed by identity (the list's, the role's address) and depth.
  absl::flat_hash_map<std::tuple<const void*, const void*, int>, Span> lists_;
  absl::flat_hash_map<std::pair<const RoleRef*, int>, Span> roles_;
  const std::string* out_ = nullptr;
  int indent_ = 0;
};

Value dimension_json(const Dimension& d) {
  return Object{{"id", d.id},
                {"slug", d.slug},
                {"display_name", d.display_name},
                {"difficulty_hint", d.difficulty_hint},
                {"rationale", d.rationale},
                {"source", d.source}};
}

Value skill_dimension_json(const SkillDimension& sd, RoleListTexts& lists) {
  return Object{{"dimension", dimension_json(sd.dimension)},
                {"input_skill", sd.input_skill},
                {"llm_role", sd.llm_role},
                {"roles_from_db", lists.value(sd.roles_from_db)}};
}

Value api1_json(const Run& run) {
  const Api1& a = run.api1;
  Object o{{"run_id", run.run_id},
           {"rejected", a.rejected},
           {"rejection_reason", a.rejection_reason},
           {"nano_parsed", parsed_json(run.nano_parsed)}};
  if (a.rejected) return o;  // nothing after the rejection
  o["final_skills"] = array_of(a.final_skills, [](const ExtractedSkill& s) {
    return Value(Object{{"skill_name", s.skill_name},
                        {"is_primary", s.is_primary},
                        {"slug", s.slug},
                        {"skill_id", s.skill_id},
                        {"surface_forms", s.surface_forms},
                        {"evidence", array_of(s.evidence, [](const Evidence& e) {
                           return Value(Object{{"byte_start", e.byte_start}, {"byte_end", e.byte_end},
                                               {"sentence", e.sentence}});
                         })}});
  });
  o["jd_role"] = Object{{"display_name", a.jd_role.display_name},
                        {"rationale", a.jd_role.rationale},
                        {"role_aliases", a.jd_role.role_aliases},
                        {"role_archetype", a.jd_role.role_archetype},
                        {"slug", a.jd_role.slug}};
  const Signals& s = a.stage3_signals;
  o["stage3_signals"] = Object{{"alias_found", s.alias_found},
                               {"alias_queries", s.alias_queries},
                               {"alias_match_roles", array_of(s.alias_match_roles, candidate_json)},
                               {"kra_match_roles", array_of(s.kra_match_roles, candidate_json)},
                               {"skill_match_roles", array_of(s.skill_match_roles, candidate_json)}};
  o["stage4_decision"] = decision_json(a.stage4_decision);
  o["stage5_updates"] = stage5_json(a.stage5_updates);
  return o;
}

Value api2_json(const Run& run, RoleListTexts& lists) {
  const Api2& a = run.api2;
  auto skill_dimension = [&lists](const SkillDimension& sd) { return skill_dimension_json(sd, lists); };
  return Object{
      {"run_id", run.run_id},
      {"alias_matches", array_of(a.alias_matches, [](const AliasMatch& m) {
         return Value(Object{{"input_term", m.input_term},
                             {"matched_canonical", optional_of(m.matched_canonical, skill_json)},
                             {"matched_via", m.matched_via},
                             {"alias_persisted", m.alias_persisted},
                             {"alias_persist_skipped_reason", m.alias_persist_skipped_reason},
                             {"existing_alias_id", m.existing_alias_id},
                             {"existing_alias_text", m.existing_alias_text}});
       })},
      {"candidate_roles", lists.value(a.candidate_roles)},
      {"chosen_role", optional_of(a.chosen_role, role_ref_json)},
      {"dimensions", array_of(a.dimensions, skill_dimension)},
      {"input_final_skills", a.input_final_skills},
      {"input_llm_skills", a.input_llm_skills},
      {"new_aliases_persisted", a.new_aliases_persisted},
      {"skills_detail", array_of(a.skills_detail, [&](const SkillDetail& d) {
         return Value(Object{
             {"aliases_in_db", array_of(d.aliases_in_db, [](const AliasRef& r) {
                return Value(Object{{"id", r.id}, {"alias_text", r.alias_text}, {"alias_type", r.alias_type},
                                    {"is_primary", r.is_primary}, {"match_strategy", r.match_strategy}});
              })},
             {"canonical", optional_of(d.canonical, skill_json)},
             {"dimensions", array_of(d.dimensions, skill_dimension)},
             {"input_skill", d.input_skill},
             {"matched_via", d.matched_via},
             {"new_alias_persisted", d.new_alias_persisted},
             {"new_alias_text", d.new_alias_text},
             {"new_skill_meta", optional_of(d.new_skill_meta, [](const NewSkillMeta& m) {
                return Value(Object{{"category", m.category}, {"sub_category", m.sub_category},
                                    {"skill_nature", m.skill_nature}, {"volatility", m.volatility},
                                    {"typical_lifespan", m.typical_lifespan}, {"version_strategy", m.version_strategy},
                                    {"confidence", m.confidence}, {"maturity_reasoning", m.maturity_reasoning}});
              })},
             {"source_tag", d.source_tag},
             {"was_in_llm_skills", d.was_in_llm_skills}});
       })},
      {"unmatched_skills", a.unmatched_skills}};
}

Value api3_json(const Run& run, RoleListTexts& lists) {
  const Api3& a = run.api3;
  return Object{
      {"run_id", run.run_id},
      {"chosen_role", optional_of(a.chosen_role, role_ref_json)},
      {"chosen_role_resolution", a.chosen_role_resolution},
      {"final_input_skills", array_of(a.final_input_skills, [](const FinalInputSkill& s) {
         return Value(Object{{"skill", s.skill}, {"tag", s.tag}});
       })},
      {"llm_cost_api1_usd", a.llm_cost_api1_usd},
      {"llm_cost_api2_usd", a.llm_cost_api2_usd},
      {"llm_cost_api3_usd", a.llm_cost_api3_usd},
      {"llm_cost_total_usd", a.llm_cost_total_usd},
      {"persistence",
       Object{{"items", array_of(a.items,
                                 [&lists](const PersistenceItem& i) {
                                   return Value(Object{{"chosen_role_id", i.chosen_role_id},
                                                       {"dimension", dimension_json(i.dimension)},
                                                       {"dimension_id", i.dimension.id},
                                                       {"input_skill", i.input_skill},
                                                       {"llm_role", i.llm_role},
                                                       {"matched_chosen_role", i.matched_chosen_role},
                                                       {"outcome_line", i.outcome_line},
                                                       {"role_dimension_saved", i.role_dimension_saved},
                                                       {"role_dimension_linked", i.role_dimension_linked},
                                                       {"roles_from_db", lists.value(i.roles_from_db)},
                                                       {"skill_dimension_saved", i.skill_dimension_saved},
                                                       {"skill_dimension_linked", i.skill_dimension_linked},
                                                       {"skill_id", i.skill_id},
                                                       {"skill_tag", i.skill_tag},
                                                       {"skipped_reason", i.skipped_reason}});
                                 })},
              {"new_skills_created", a.new_skills_created},
              {"role_dimension_saved", a.role_dimension_saved},
              {"skill_dimension_saved", a.skill_dimension_saved},
              {"skipped", a.skipped}}},
      {"planner_output", Value()}};
}

}  // namespace

std::string Run::to_json(int indent) const {
  Object root{{"run_id", run_id},
              {"input_id", input_id},
              {"nano_parsed", parsed_json(nano_parsed)},
              {"api1", api1_json(*this)},
              {"fallbacks", array_of(fallbacks, [](const Fallback& f) {
                 return Value(Object{{"stage", f.stage}, {"reason", f.reason}});
               })},
              {"catalog", Object{{"name", catalog_name}, {"version", catalog_version}}},
              {"jdpipe_version", JDPIPE_VERSION_STRING}};
  RoleListTexts lists;
  if (!api1.rejected) {
    root["api2"] = api2_json(*this, lists);
    root["api3"] = api3_json(*this, lists);
    root["enrichment"] = enrich::enrichment_json(enrichment);
  }
  Object timings;
  for (const auto& [stage, us] : timings_us) timings[stage] = us;
  root["timings_us"] = std::move(timings);
  return Value(std::move(root)).dump(indent);
}

}  // namespace jdpipe

namespace jdpipe {

// Declared in jdpipe/result_json.hpp: the run's nano_parsed block on its own (jdpipe parse).
std::string to_json(const ParsedJD& parsed, int indent) { return parsed_json(parsed).dump(indent); }

}  // namespace jdpipe
