// jdpipe run: the whole pipeline over files or JSON Lines, streamed in bounded memory.
#include <fmt/format.h>

#include <cstdio>
#include <memory>
#include <cstdlib>
#include <stdexcept>

#include "cli.hpp"
#include "jsonl.hpp"
#include "ordered.hpp"
#include "output.hpp"
#include "progress.hpp"

namespace jdpipe::cli {
namespace {

constexpr const char* kRunUsage = R"(usage: jdpipe run [options] [FILE...]

Runs each job description (one per FILE, '-' for stdin, then the lines of --jsonl) and prints
the run JSON: one object for one input, an array for several, or one object a line with
--jsonl-out. JSON Lines input is streamed: any size runs in bounded memory, in input order.

A failed input (unreadable file; a line that is not JSON, has no string "text" or is longer than
--max-line-bytes) is reported in place as {"input_id": ..., "error": ...} and on stderr, and the
others still run; the exit status is then 1. A line's id is its "id" (string or integer), else
FILE:LINE. Progress (count, rate, time left) goes to stderr when it is a terminal.

options:
  --jsonl FILE          read {"id": ..., "text": ...} lines from FILE ('-' for stdin)
  --jsonl-out           write JSON Lines (one run per line)
  -o, --output FILE     write to FILE instead of stdout (replacing it, unless --resume); each
                        line is flushed as it is written, so an interruption loses only the
                        runs in flight
  --resume              continue an interrupted --jsonl-out --output FILE: keep its complete
                        lines, drop a last line cut off mid-write, skip the inputs whose ids it
                        already holds and append the rest (ids should be unique; a repeated id
                        is skipped as often as it was written). Exit status 1 if the file holds
                        failures, old or new
  --max-line-bytes N    longest accepted --jsonl line (default 16777216)
  --threads N           worker threads (default 1)
  --persist             apply stage 5 and the API 3 links to the catalog
  --deterministic-ids   derive run ids from the input, its id and the options
  --no-timings          leave timings_us empty (byte-identical reruns)
  --kra-centroid-weight W  blend of the role-level centroid cosine into the KRA score (default 1;
                        0: the seed's mean of max)
  --weights A,K,S       fusion weights of the alias, KRA and skill signals (default 0.5,0.35,0.05)
  --kra-shortlist N     score by KRAs only the N roles whose KRA centroids are nearest (default 5;
                        0: every role)
  --compact             one-line JSON even for a single run
  --help                this text

exit status: 0 success, 1 some inputs failed (the rest processed), 2 bad usage

common options:
)";

}  // namespace

int cmd_run(int argc, char** argv) {
  std::vector<std::string> files;
  std::string jsonl, output;
  CommonOptions common;
  bool jsonl_out = false, compact = false, resume = false;
  unsigned threads = 1;
  size_t max_line_bytes = kDefaultMaxLineBytes;
  Options options;
  Args args(argc, argv, kRunUsage, common);
  while (args.next()) {
    const std::string& a = args.arg();
    if (a == "--jsonl") jsonl = args.value();
    else if (a == "--jsonl-out") jsonl_out = true;
    else if (a == "-o" || a == "--output") output = args.value();
    else if (a == "--resume") resume = true;
    else if (a == "--max-line-bytes") max_line_bytes = static_cast<size_t>(parse_int("--max-line-bytes", args.value(), 1, 1L << 32));
    else if (a == "--threads") threads = static_cast<unsigned>(parse_int("--threads", args.value(), 1, 1024));
    else if (a == "--persist") options.persist = true;
    else if (a == "--deterministic-ids") options.deterministic_ids = true;
    else if (a == "--no-timings") options.record_timings = false;
    else if (a == "--compact") compact = true;
    else if (a == "--kra-centroid-weight") {
      std::string v = args.value();
      char* end = nullptr;
      options.kra_centroid_weight = std::strtod(v.c_str(), &end);
      if (v.empty() || *end) throw std::invalid_argument(fmt::format("--kra-centroid-weight: '{}' is not a number", v));
    } else if (a == "--weights") {
      std::string v = args.value();
      if (std::sscanf(v.c_str(), "%lf,%lf,%lf", &options.w_alias, &options.w_kra, &options.w_skill) != 3)
        throw std::invalid_argument(fmt::format("--weights: '{}' is not three numbers A,K,S", v));
    } else if (a == "--kra-shortlist") options.kra_shortlist = static_cast<int>(parse_int("--kra-shortlist", args.value(), 0, 1000000));
    else if (args.is_option()) return usage_error(fmt::format("run: unknown option '{}'", a));
    else files.push_back(a);
  }
  if (args.help_shown()) return 0;
  common.validate();
  if (files.empty() && jsonl.empty()) return usage_error("run: give a FILE, '-' for stdin, or --jsonl FILE");
  if (resume && (output.empty() || output == "-")) return usage_error("run: --resume needs --output FILE, the file to continue");
  if (resume && !jsonl_out) return usage_error("run: --resume needs --jsonl-out (an array cannot be continued)");

  std::unique_ptr<JsonlReader> reader;
  if (!jsonl.empty()) {
    reader = std::make_unique<JsonlReader>(jsonl, "text", "", max_line_bytes);
    if (!reader->ok()) {
      std::fprintf(stderr, "jdpipe: cannot read '%s'\n", jsonl.c_str());
      return 1;
    }
  }
  // Everything that can fail on the command's own setup happens before the output is touched.
  std::shared_ptr<Catalog> catalog = common.open();
  common.apply(options);
  Pipeline pipeline(catalog, options, common.make_embedder(*catalog), common.make_provider());
  ResumeState done;
  if (resume) {
    done = prepare_resume(output);
    std::fprintf(stderr, "jdpipe: resuming '%s': %zu lines kept%s\n", output.c_str(), done.lines,
                 done.dropped_partial_line ? ", a cut-off last line dropped" : "");
  }
  OutputFile out(output, resume);

  // Progress by input bytes when streaming a file of known size, else by inputs.
  const bool by_bytes = reader && reader->size() > 0;
  Progress progress("runs", by_bytes ? reader->size() : reader ? 0 : files.size());

  size_t next_file = 0;
  auto read = [&](Job& job) {
    for (;;) {
      if (next_file < files.size()) {
        const std::string& f = files[next_file++];
        job.input.id = f;
        job.input_offset = next_file;
        if (done.take(f)) continue;
        if (!read_file(f, job.input.text)) job.input.error = fmt::format("cannot read '{}'", f);
        return true;
      }
      if (!reader || !reader->next(job.input)) return false;
      job.input_offset = reader->offset();
      if (!done.take(job.input.id)) return true;
    }
  };

  const int indent = compact || jsonl_out ? -1 : 2;
  auto work = [&](Job& job) {
    if (!job.input.error.empty()) {
      job.failed = true;
      job.output = failure_json(job.input);
      return;
    }
    Run run = pipeline.run(job.input.text, job.input.id);
    std::string().swap(job.input.text);  // not needed any more: free it before the wait to be written
    // A run that threw inside the pipeline is reported (rejected, internal_error) but failed.
    if (run.api1.rejection_reason == "internal_error") {
      job.failed = true;
      job.input.error = "internal error: " + (run.fallbacks.empty() ? std::string("unknown") : run.fallbacks.back().reason);
    }
    job.output = run.to_json(indent);
  };

  size_t written = 0, failures = done.failures;
  std::string first;  // without --jsonl-out, the first run waits: one input is an object, more an array
  auto write = [&](Job& job) {
    if (job.failed) {
      ++failures;
      progress.message(fmt::format("jdpipe: {}: {}", job.input.id, job.input.error));
    }
    if (jsonl_out) {
      job.output += '\n';
      out.write(job.output);
    } else if (written == 0) {
      first = std::move(job.output);
    } else {
      if (written == 1) out.write("[\n" + first);
      out.write(",\n" + job.output);
    }
    ++written;
    progress.update(written, by_bytes ? job.input_offset : written);
  };

  run_in_order(read, work, write, threads);
  if (!jsonl_out) {
    if (written == 0) out.write("[\n]\n");
    else if (written == 1) out.write(first + "\n");
    else out.write("\n]\n");
  }
  progress.finish();
  return failures > 0 ? 1 : 0;
}

}  // namespace jdpipe::cli
