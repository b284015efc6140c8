// The jdpipe command line (FORMATS.md). Exit status: 0 success, 1 some inputs failed, 2 bad usage.
// Each command lives in its own cmd_*.cpp; this file only dispatches.
#include <fmt/format.h>

#include <cstdio>
#include <stdexcept>
#include <string_view>

#include "cli.hpp"

namespace {

using jdpipe::cli::usage_error;

struct Command {
  std::string_view name;
  int (*fn)(int argc, char** argv);
};

constexpr Command kCommands[] = {
    {"run", jdpipe::cli::cmd_run},
    {"catalog", jdpipe::cli::cmd_catalog},
    {"report", jdpipe::cli::cmd_report},
    {"resolve-title", jdpipe::cli::cmd_resolve_title},
    {"extract-skills", jdpipe::cli::cmd_extract_skills},
    {"link-skill", jdpipe::cli::cmd_link_skill},
    {"train-tagger", jdpipe::cli::cmd_train_tagger},
};

constexpr const char* kUsage = R"(usage: jdpipe <command> [options]

commands:
  run [FILE...]                       run the pipeline on job descriptions (one per file, '-' for stdin)
  extract-skills [FILE...]            the skills of job descriptions with catalog ids and byte spans
  link-skill TERM...                  the top-k catalog skills for skill mentions (--k, --context)
  catalog import onet|esco DIR -o OUT build a catalog from the O*NET text database or the ESCO CSVs
  catalog import bundle FILE -o OUT   convert a bundle (OUT ending .db is SQLite, .jsonl a bundle)
  catalog export PATH -o FILE         write a catalog as a bundle
  catalog stats [PATH]                the counts of a catalog (the starter catalog by default)
  report RUN.json [-o OUT] [--jd FILE] an HTML report of a run (self-contained, no network)
  resolve-title TITLE...              the top-k catalog roles for job titles (--k, --jsonl)
  train-tagger FILE... -o MODEL       train the skill tagger on annotated texts (--skill-tagger uses it)

options:
  --version         print the version
  --help            this text; 'jdpipe <command> --help' for a command's options
)";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string_view cmd = argv[1];
  try {
    if (cmd == "--version" || cmd == "version") {
      std::printf("jdpipe %s\n", jdpipe::version());
      return 0;
    }
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    for (const auto& c : kCommands)
      if (c.name == cmd) return c.fn(argc - 2, argv + 2);
  } catch (const std::invalid_argument& e) {
    return usage_error(e.what());
  } catch (const jdpipe::Error& e) {
    std::fprintf(stderr, "jdpipe: %s\n", e.what());
    return e.code() == jdpipe::Error::Code::kInvalidArgument ? 2 : 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "jdpipe: %s\n", e.what());
    return 1;
  }
  return usage_error(fmt::format("unknown command '{}'", cmd));
}
