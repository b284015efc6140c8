// jdpipe catalog: import, export, stats.
#include <fmt/format.h>

#include <unistd.h>

#include <cstdio>

#include "cli.hpp"
#include "jdpipe/bundle.hpp"
#include "jdpipe/importers.hpp"
#include "jdpipe/sqlite_catalog.hpp"
#include "util/json.hpp"

namespace jdpipe::cli {
namespace {

constexpr const char* kCatalogUsage = R"(usage:
  jdpipe catalog import onet DIR -o OUT [--tools-used]   O*NET text database folder
  jdpipe catalog import esco DIR -o OUT                  ESCO CSV classification folder
  jdpipe catalog import bundle FILE -o OUT
  jdpipe catalog export PATH -o FILE.jsonl
  jdpipe catalog stats [PATH]

OUT ending .db (or .sqlite) is a SQLite catalog, .jsonl a bundle. Progress goes to stderr when
it is a terminal.
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
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help" || a == "-h") { std::fputs(kCatalogUsage, stdout); return 0; }
    if (a == "-o" || a == "--output") {
      if (i + 1 >= argc) return usage_error(a + " needs a value");
      out = argv[++i];
    } else if (a == "--tools-used") {
      tools_used = true;
    } else if (a == "--catalog" && i + 1 < argc) {
      args.push_back(argv[++i]);
    } else if (a.size() > 1 && a[0] == '-') {
      return usage_error(fmt::format("catalog: unknown option '{}'", a));
    } else {
      args.push_back(a);
    }
  }
  if (args.empty()) return usage_error("catalog: give a subcommand (import, export, stats)");
  const std::string& sub = args[0];
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
    if (isatty(STDERR_FILENO))
      opts.progress = [](std::string_view stage, size_t done, size_t total) {
        std::fprintf(stderr, "\r%-24.*s %5.1f%%", static_cast<int>(stage.size()), stage.data(),
                     total ? 100.0 * static_cast<double>(done) / static_cast<double>(total) : 100.0);
        std::fflush(stderr);
      };
    CatalogData data;
    if (kind == "onet") data = import_onet(source, opts);
    else if (kind == "esco") data = import_esco(source, opts);
    else if (kind == "bundle") data = *InMemoryCatalog::from_bundle_file(source)->snapshot();
    else return usage_error(fmt::format("catalog import: unknown source kind '{}' (onet, esco, bundle)", kind));
    if (opts.progress) std::fputc('\n', stderr);
    write_catalog(data, out);
    std::fprintf(stderr, "jdpipe: wrote %s: %zu roles, %zu skills, %zu dimensions\n", out.c_str(), data.roles.size(),
                 data.skills.size(), data.dimensions.size());
    return 0;
  }
  return usage_error(fmt::format("catalog: unknown subcommand '{}'", sub));
}

}  // namespace jdpipe::cli
