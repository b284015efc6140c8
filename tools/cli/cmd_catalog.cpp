// jdpipe catalog: import, export, stats.
#include <fmt/format.h>

#include <cstdio>
#include <memory>

#include "cli.hpp"
#include "jdpipe/bundle.hpp"
#include "jdpipe/importers.hpp"
#include "jdpipe/sqlite_catalog.hpp"
#include "progress.hpp"
#include "util/json.hpp"

namespace jdpipe::cli {
namespace {

constexpr const char* kCatalogUsage = R"(usage:
  jdpipe catalog import onet DIR -o OUT [--tools-used]   O*NET text database folder
  jdpipe catalog import esco DIR -o OUT                  ESCO CSV classification folder
  jdpipe catalog import bundle FILE -o OUT
  jdpipe catalog export PATH -o FILE.jsonl
  jdpipe catalog stats [PATH]

OUT ending .db (or .sqlite) is a SQLite catalog, .jsonl a bundle. PATH may also be given as
--catalog PATH; without it, stats shows the built-in starter catalog. Progress (amount, rate,
time left) goes to stderr when it is a terminal.

options:
  -o, --output OUT      the catalog or bundle to write
  --tools-used          O*NET: also link the Tools Used technologies as skills
  --help                this text

exit status: 0 success, 1 failure (an unreadable source, a bad catalog), 2 bad usage

common options (every command takes them; catalog uses only --catalog):
)";

void write_catalog(const CatalogData& data, const std::string& out) { save_catalog(data, out); }

int print_stats(const CatalogData& d) {
  std::puts(to_json(catalog_stats(d), 2).c_str());
  return 0;
}

}  // namespace

int cmd_catalog(int argc, char** argv) {
  if (argc < 1) return usage_error("catalog: give a subcommand (import, export, stats)");
  std::vector<std::string> args;
  std::string out;
  bool tools_used = false;
  CommonOptions common;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help" || a == "-h") {
      std::fputs(kCatalogUsage, stdout);
      std::fputs(CommonOptions::help(), stdout);
      return 0;
    }
    if (common.take(argc, argv, i)) continue;
    if (a == "-o" || a == "--output") {
      if (i + 1 >= argc) return usage_error(a + " needs a value");
      out = argv[++i];
    } else if (a == "--tools-used") {
      tools_used = true;
    } else if (a.size() > 1 && a[0] == '-') {
      return usage_error(fmt::format("catalog: unknown option '{}'", a));
    } else {
      args.push_back(a);
    }
  }
  common.validate();
  if (args.empty()) return usage_error("catalog: give a subcommand (import, export, stats)");
  const std::string sub = args[0];
  // --catalog PATH is the PATH of stats and export.
  if (!common.catalog_path.empty() && (sub == "stats" || sub == "export")) {
    if (args.size() != 1) return usage_error(fmt::format("catalog {}: give PATH or --catalog PATH, not both", sub));
    args.push_back(common.catalog_path);
  }
  if (sub == "stats") {
    if (args.size() > 2) return usage_error("catalog stats takes one PATH");
    return print_stats(*open_catalog(args.size() == 2 ? args[1] : std::string())->snapshot());
  }
  if (sub == "export") {
    if (args.size() != 2 || out.empty()) return usage_error("usage: jdpipe catalog export PATH -o FILE.jsonl");
    write_bundle(*open_catalog(args[1])->snapshot(), out);
    return 0;
  }
  if (sub == "import") {
    if (args.size() != 3 || out.empty()) return usage_error("usage: jdpipe catalog import onet|esco|bundle SOURCE -o OUT");
    const std::string& kind = args[1];
    const std::string& source = args[2];
    ImportOptions opts;
    opts.include_tools_used = tools_used;
    std::unique_ptr<Progress> progress;  // one per import stage
    opts.progress = [&progress](std::string_view stage, size_t done, size_t total) {
      // Each stage counts bytes of its file, but "finalize" counts records (importers.hpp).
      if (!progress || progress->noun() != stage)
        progress = std::make_unique<Progress>(std::string(stage), total, stage != "finalize");
      progress->update(done, done);
    };
    CatalogData data;
    if (kind == "onet") data = import_onet(source, opts);
    else if (kind == "esco") data = import_esco(source, opts);
    else if (kind == "bundle") data = *InMemoryCatalog::from_bundle_file(source)->snapshot();
    else return usage_error(fmt::format("catalog import: unknown source kind '{}' (onet, esco, bundle)", kind));
    progress.reset();
    write_catalog(data, out);
    std::fprintf(stderr, "jdpipe: wrote %s: %zu roles, %zu skills, %zu dimensions\n", out.c_str(), data.roles.size(),
                 data.skills.size(), data.dimensions.size());
    return 0;
  }
  return usage_error(fmt::format("catalog: unknown subcommand '{}'", sub));
}

}  // namespace jdpipe::cli
