// jdpipe report: a run file as one self-contained HTML page.
#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <optional>
#include <stdexcept>

#include "cli.hpp"
#include "jdpipe/report.hpp"

namespace jdpipe::cli {
namespace {

constexpr const char* kReportUsage = R"(usage: jdpipe report RUN.json [-o report.html] [--jd FILE] [--index N]

Writes an HTML report of a run (as 'jdpipe run' prints it): the decision and its reasoning, the
skills with their evidence, the parsed JD, the three role signals, the persistence grid, the
enrichment, and the raw JSON of each stage. One self-contained file: no network resources.

RUN.json holds one run, a JSON array of runs, or JSON Lines of runs ('-' for stdin); every run
gets its own section unless --index picks one.

options:
  -o, --output FILE   write the page to FILE (default: stdout)
  --jd FILE           the JD text the run was made from: evidence is highlighted in the whole
                      text (without it, in the sentences holding it); needs a single run
  --index N           only the run at 0-based position N
  --help              this text
)";

}  // namespace

int cmd_report(int argc, char** argv) {
  std::string run_path, out_path, jd_path;
  std::optional<size_t> index;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help" || a == "-h") {
      std::fputs(kReportUsage, stdout);
      return 0;
    }
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::invalid_argument(fmt::format("report: {} needs a value", a));
      return argv[++i];
    };
    if (a == "-o" || a == "--output") out_path = value();
    else if (a == "--jd") jd_path = value();
    else if (a == "--index") index = static_cast<size_t>(parse_int("--index", value(), 0, 1L << 40));
    else if (a.size() > 1 && a[0] == '-') return usage_error(fmt::format("report: unknown option '{}'", a));
    else if (!run_path.empty()) return usage_error("report: give one RUN file");
    else run_path = a;
  }
  if (run_path.empty()) return usage_error("report: give a RUN file ('-' for stdin)");
  if (run_path == "-" && jd_path == "-") return usage_error("report: the run and --jd cannot both be stdin");

  std::string runs, jd;
  if (!read_file(run_path, runs)) {
    std::fprintf(stderr, "jdpipe: report: cannot read '%s'\n", run_path.c_str());
    return 1;
  }
  if (!jd_path.empty() && !read_file(jd_path, jd)) {
    std::fprintf(stderr, "jdpipe: report: cannot read the JD file '%s'\n", jd_path.c_str());
    return 1;
  }
  if (!jd_path.empty() && jd.empty()) {
    std::fprintf(stderr, "jdpipe: report: the JD file '%s' is empty\n", jd_path.c_str());
    return 1;
  }
  std::string html;
  try {
    html = render_report_html(runs, {jd, index});
  } catch (const Error& e) {
    std::fprintf(stderr, "jdpipe: report: %s: %s\n", run_path.c_str(), e.what());
    return e.code() == Error::Code::kInvalidArgument ? 2 : 1;
  }
  if (out_path.empty()) {
    std::fwrite(html.data(), 1, html.size(), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
  }
  std::ofstream out(out_path, std::ios::binary);
  out.write(html.data(), static_cast<std::streamsize>(html.size()));
  out.close();
  if (!out) {
    std::fprintf(stderr, "jdpipe: report: cannot write '%s'\n", out_path.c_str());
    return 1;
  }
  return 0;
}

}  // namespace jdpipe::cli
