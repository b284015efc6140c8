#pragma once

// The HTML run report: one self-contained page (inline CSS and JS, no network) showing a run's
// parsed JD, the three role signals, the decision, the skills with their evidence, the
// persistence grid, the enrichment and the raw JSON of each stage.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace jdpipe {

struct ReportOptions {
  /// The JD text the run was made from. When given, skill evidence (byte offsets into it) is
  /// highlighted in the full text; when empty, in the evidence sentences the run carries.
  std::string_view jd_text;
  /// Render only this run (0-based) of a JSON array or JSON Lines of runs; all when unset.
  std::optional<size_t> run_index;
};

/// Renders the report of a run as one HTML page. `runs_json` is one run object (Run::to_json),
/// a JSON array of runs, or JSON Lines of runs (as `jdpipe run --jsonl-out` writes them; its
/// failed-input lines {"input_id", "error"} show as such); each run gets its own section.
/// Every string from the run or the JD is HTML-escaped; nothing from them reaches a script.
/// Throws jdpipe::Error: kParse when the input is not JSON or holds no run; kInvalidArgument
/// when run_index is out of range or jd_text is given for several runs; kNotFound when jd_text
/// does not hold the run's evidence at its byte offsets (not the JD the run was made from).
std::string render_report_html(std::string_view runs_json, const ReportOptions& options = {});

}  // namespace jdpipe
