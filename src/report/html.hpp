#pragma once

// HTML building blocks of the run report: escaping, and generic renderings of any JSON value
// (pretty JSON text, and readable tables for blocks whose shape the report does not know).
#include <simdjson.h>

#include <string>
#include <string_view>

namespace jdpipe::report {

/// Appends `s` as HTML text, safe in element content and in quoted attribute values: & < > " '
/// become entities; control characters other than tab and newlines become U+FFFD.
void append_escaped(std::string& out, std::string_view s);
std::string escaped(std::string_view s);

/// Appends `e` as pretty-printed JSON (2-space indent), not yet HTML-escaped.
void append_pretty_json(std::string& out, simdjson::dom::element e, int depth = 0);

/// The display text of a scalar (string as is, numbers in their shortest form, true/false,
/// "null"); compact JSON for arrays and objects. Not HTML-escaped.
std::string scalar_text(simdjson::dom::element e);

/// Appends `e` as readable HTML of any shape: arrays of objects as tables, objects as key/value
/// tables, arrays of scalars as lists, scalars as text. Everything escaped.
void append_value_html(std::string& out, simdjson::dom::element e, int depth = 0);

/// "skill_clusters" -> "Skill clusters".
std::string humanize(std::string_view key);

}  // namespace jdpipe::report
