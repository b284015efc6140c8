#pragma once

// Catalog importers for public taxonomies (FORMATS.md, "Importers"). Each returns finalized
// CatalogData (ids assigned, references resolved) that write_bundle() (jdpipe/bundle.hpp)
// saves as a bundle or a store loads. Files are streamed; an import of the full O*NET or ESCO
// release takes a few seconds.
//
// Errors: every problem is a jdpipe::Error naming the file, and the line where one applies:
// a missing or renamed file (kNotFound, "missing file '<dir>/Task Statements.txt'"), a missing
// column header (kParse, "<file>: missing column 'Title'"), a record whose field count differs
// from the header's, an unterminated quoted field, bytes after a closing quote, an empty
// required value, a malformed O*NET-SOC code or a repeated code / URI (kParse,
// "<file>:<line>: ...").
//
// Both importers: "the AI lexicon" is enrich/ai_terms.hpp (AI, ML, LLM, NLP, machine learning,
// deep learning, neural network, computer vision, TensorFlow, ...); a role's ai_related_kras are
// the KRAs whose text mentions one of its terms (neither taxonomy flags tasks itself).
//
// ---------------------------------------------------------------------------------------------
// O*NET text database (tested on release 27.0: the tab-separated files with a header line)
//
// Reads Occupation Data.txt, Alternate Titles.txt, Task Statements.txt, Technology Skills.txt,
// and Tools Used.txt when include_tools_used (Read Me.txt, when present, gives the version).
//
// - Roles: one per row of Occupation Data.txt, in file order. slug = slug(Title) + "-" +
//   slug(code) ("software-developers-15-1252-00"); external_id = the O*NET-SOC code;
//   display_name = Title; rationale = Description; role_archetype = the name of the code's SOC
//   2018 major group (the first two digits: 15 -> "Computer and Mathematical Occupations").
// - Role aliases: the Title, then each Alternate Titles row's Alternate Title and Short Title
//   (not "n/a"), in file order; whitespace squashed; a text already present for the role up to
//   ASCII case and whitespace is dropped.
// - KRAs: every Task Statements row of the code (Core, Supplemental and n/a types), in file
//   order; an exact repeat within one occupation is dropped (27.0 has none).
// - Skills: one per distinct Technology Skills Example (compared up to ASCII case and
//   whitespace; the first spelling wins), in first-seen order; with include_tools_used also one
//   per distinct Tools Used Example not already a skill. slug = slug(Example), made unique
//   with "-2", "-3" in first-seen order; external_id null (O*NET gives examples no code; the
//   display name is the Example verbatim); category "Technology" (Tools Used: "Tools");
//   sub_category = the Commodity Title the Example is listed under most often (ties: first
//   seen). Hot Technology has no field of its own: a skill marked "Y" in any row gets
//   volatility MODERATE, otherwise STABLE. typical_lifespan MEDIUM for technology, LONG for
//   tools. skill_nature: LANGUAGE for programming, markup and query languages (the Example
//   names a "language" under a development, compiler, database or analytical commodity, or
//   is a well-known language name such as Python, C++, JavaScript, SQL); PLATFORM for
//   operating systems, cloud, server, database management and platform commodities; TOOL
//   otherwise (always for Tools Used). ai_related when the name mentions a term of the AI
//   lexicon (Hot Technology alone does not make a skill AI-related). Aliases: the Example (CANONICAL, primary), plus the trailing upper-case acronym
//   of an Example of three or more words when the words before it spell it out ("Structured
//   query language SQL" -> "SQL", "Hypertext markup language HTML" -> "HTML"; ABBREVIATION,
//   CASE_SENSITIVE). When several Examples spell out one acronym, the one listed in most rows
//   gets it (ties: first seen); none does when the acronym is an Example of its own.
// - Dimensions: one per distinct Commodity Title, in first-seen order (slug from the title,
//   rationale naming the UNSPSC commodity code). A skill links to the dimensions of all the
//   commodities it is listed under, its sub_category's first.
// - Links: role.skills = the distinct skills of the code's rows in row order (technology, then
//   tools); role.dimensions = the distinct commodities of those rows, in row order.
// - Rows naming a code missing from Occupation Data.txt are skipped and counted in stats.
//
// ---------------------------------------------------------------------------------------------
// ESCO CSV classification (tested on v1.1.1, English; RFC 4180 CSV)
//
// Reads ISCOGroups_en.csv, skillGroups_en.csv, digitalSkillsCollection_en.csv, skills_en.csv,
// broaderRelationsSkillPillar.csv, occupations_en.csv and occupationSkillRelations.csv.
//
// - Roles: one per occupations_en.csv row, in file order. external_id = conceptUri;
//   display_name = preferredLabel; slug = slug(preferredLabel), made unique with "-2", "-3";
//   rationale = description; aliases = preferredLabel then the altLabels (one per line),
//   deduplicated up to ASCII case and whitespace; KRAs = the description split by
//   text::split_sentences (whitespace squashed); role_archetype = the preferredLabel of the
//   ISCO major group (ISCOGroups_en.csv, one-digit code) named by iscoGroup's first digit.
// - Skills: one per skills_en.csv row, in file order. external_id = conceptUri; slug as for
//   roles. Aliases, deduplicated up to ASCII case and whitespace, the first kept:
//   preferredLabel (CANONICAL, primary), altLabels (SYNONYM), hiddenLabels (VARIANT: in ESCO
//   these are search terms, not misspellings), all CASE_INSENSITIVE. category "Digital" for
//   members of digitalSkillsCollection_en.csv, else "Knowledge" (skillType knowledge) or
//   "Skill/Competence"; sub_category = the label of the skill's first direct skill group.
//   skill_nature: knowledge that is sector- or occupation-specific -> DOMAIN, other knowledge
//   -> CONCEPT; skill/competence with reuseLevel transversal -> SOFT_SKILL, other
//   skill/competence -> METHODOLOGY; no skillType -> CONCEPT. volatility STABLE;
//   typical_lifespan EVERGREEN for transversal skills, LONG otherwise; ai_related when the
//   preferred or an alternative label mentions AI or machine learning, or the skill is in
//   digitalSkillsCollection_en.csv under a broader concept that does ("principles of
//   artificial intelligence").
// - Dimensions: the skill groups (skillGroups_en.csv) that are the direct broader concept of
//   at least one skill in broaderRelationsSkillPillar.csv, in skillGroups_en.csv order; slug
//   from preferredLabel (made unique), rationale = description. skill.dimensions = the
//   skill's direct groups in relation-file order. Group-to-group and skill-to-skill rows are
//   not used.
// - Links: role.skills from occupationSkillRelations.csv, the essential skills first, then
//   the optional ones, each in file order (a repeated pair keeps its first relation);
//   role.dimensions = the distinct dimensions of the role's essential skills, in that order.
// - Relation rows (broader relations, occupation-skill relations) naming a URI that is not in
//   the skills, groups or occupations files are skipped and counted in stats.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "jdpipe/catalog.hpp"

namespace jdpipe {

/// What an import skipped, for reporting.
struct ImportStats {
  size_t skipped_rows = 0;         // rows naming an unknown code or URI, over all files
  std::vector<std::string> notes;  // one line per file with skipped rows: "<file>: N rows ..."
};

struct ImportOptions {
  /// O*NET: also import Tools Used.txt as TOOL skills.
  bool include_tools_used = false;
  /// Called at the start and end of each stage and every few thousand rows between; `done`
  /// and `total` count bytes of the stage's file (stage "finalize": records).
  std::function<void(std::string_view stage, size_t done, size_t total)> progress;
  /// When set, receives the counts of skipped rows.
  ImportStats* stats = nullptr;
};

/// Imports the O*NET text database in `dir` (the folder of .txt files). Throws jdpipe::Error.
CatalogData import_onet(const std::string& dir, const ImportOptions& options = {});

/// Imports the ESCO CSV classification in `dir` (the English CSV files). Throws jdpipe::Error.
CatalogData import_esco(const std::string& dir, const ImportOptions& options = {});

}  // namespace jdpipe
