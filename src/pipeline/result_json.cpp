#include "jdpipe/result_json.hpp"

#include "util/json.hpp"

// GCC 12 reports a false -Wmaybe-uninitialized inside std::variant when json::Values holding
// optionals are moved into an array (the variant is always initialised).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

namespace jdpipe {

namespace {

using json::Array;
using json::Object;
using json::Value;

template <class Match>
std::string matches_json(const std::vector<Match>& matches, int indent) {
  Array out;
  out.reserve(matches.size());
  for (const auto& m : matches)
    out.push_back(Object{{"slug", m.slug},
                         {"display_name", m.display_name},
                         {"external_id", m.external_id},
                         {"score", m.score},
                         {"matched_via", m.matched_via}});
  return Value(std::move(out)).dump(indent);
}

}  // namespace

std::string to_json(const std::vector<TitleMatch>& matches, int indent) { return matches_json(matches, indent); }
std::string to_json(const std::vector<SkillLink>& links, int indent) { return matches_json(links, indent); }

std::string to_json(const std::vector<ExtractedSkill>& skills, int indent) {
  Array out;
  out.reserve(skills.size());
  for (const auto& s : skills) {
    Array evidence;
    for (const auto& e : s.evidence)
      evidence.push_back(Object{{"byte_start", e.byte_start}, {"byte_end", e.byte_end}, {"sentence", e.sentence}});
    out.push_back(Object{{"skill_name", s.skill_name},
                         {"slug", s.slug},
                         {"skill_id", s.skill_id},
                         {"external_id", s.external_id},
                         {"is_primary", s.is_primary},
                         {"matched_via", s.matched_via},
                         {"surface_forms", s.surface_forms},
                         {"evidence", std::move(evidence)}});
  }
  return Value(std::move(out)).dump(indent);
}

std::string to_json(const PersistReceipt& r, int indent) {
  Object o{{"applied", r.applied},
           {"centroid_n_after", r.centroid_n_after},
           {"collision_log_id", r.collision_log_id},
           {"queue_entry_id", r.queue_entry_id},
           {"skill_dimension_linked", r.skill_dimension_linked},
           {"role_dimension_linked", r.role_dimension_linked},
           {"aliases_suggested", r.aliases_suggested}};
  return Value(std::move(o)).dump(indent);
}

}  // namespace jdpipe
