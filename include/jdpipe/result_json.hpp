#pragma once

// JSON for the results of the single-purpose lookups and of persisting a run, shared by the
// CLI, the C ABI and the Python module (Run::to_json covers whole runs).
#include <string>
#include <vector>

#include "jdpipe/catalog.hpp"
#include "jdpipe/parsed_jd.hpp"
#include "jdpipe/pipeline.hpp"
#include "jdpipe/run.hpp"

namespace jdpipe {

/// [{"slug", "display_name", "external_id", "score", "matched_via"}, ...]; `indent` < 0: one line.
std::string to_json(const std::vector<TitleMatch>& matches, int indent = -1);
std::string to_json(const std::vector<SkillLink>& links, int indent = -1);
/// [{"skill_name", "slug", "skill_id", "external_id", "is_primary", "matched_via",
///   "surface_forms", "evidence": [{"byte_start", "byte_end", "sentence"}]}, ...]
std::string to_json(const std::vector<ExtractedSkill>& skills, int indent = -1);
/// The parser's result as the run JSON's "nano_parsed" object (defined beside Run::to_json).
std::string to_json(const ParsedJD& parsed, int indent = -1);
/// {"applied", "centroid_n_after", "collision_log_id", "queue_entry_id",
///  "skill_dimension_linked", "role_dimension_linked", "aliases_suggested"}
std::string to_json(const PersistReceipt& receipt, int indent = -1);

}  // namespace jdpipe
