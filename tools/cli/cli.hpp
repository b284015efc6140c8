#pragma once

// Pieces every jdpipe command shares: usage errors, reading inputs, and the common options
// (--catalog, --embedder, --llm...) that FORMATS.md gives every command.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "jdpipe/jdpipe.hpp"

namespace jdpipe::cli {

/// Prints "jdpipe: MSG" and a pointer to --help on stderr; returns exit status 2.
int usage_error(const std::string& msg);

/// Reads a whole file, or stdin for "-". False when it cannot be read.
bool read_file(const std::string& path, std::string& out);

/// One input of a command: its id, its text (the command's input field), an optional second
/// field (link-skill's context), or the reason it could not be read.
struct Input {
  std::string id;
  std::string text;
  std::string context;
  std::string error;
};

/// Reads JSON Lines of {"id": ..., FIELD: "..."} objects. A bad line becomes an Input with an
/// error (its id is "PATH:LINE" unless the line had one); `ok` is false when the file is unreadable.
/// `context_field`, when given, is read as an optional string. All in memory: for input of any
/// size, stream it with JsonlReader (jsonl.hpp) and run_in_order (ordered.hpp) as `run` does.
std::vector<Input> read_jsonl(const std::string& path, std::string_view field, bool& ok,
                              std::string_view context_field = {});

/// {"input_id": ..., "error": ...}, the inline report of a failed input.
std::string failure_json(const Input& in);

bool is_sqlite_path(const std::string& path);

/// A catalog by path: SQLite for .db/.sqlite files, a bundle otherwise, the starter when empty.
std::shared_ptr<Catalog> open_catalog(const std::string& path);

/// The options every command takes. `take` consumes argv[i] (and its value) when it is one of
/// them; `help` is their text for a command's usage.
struct CommonOptions {
  std::string catalog_path;
  std::string embedder = "hashing";
  std::string embedder_model;
  std::string llm = "none";
  std::string llm_base_url, llm_cache, llm_cache_mode;
  double llm_timeout_s = 120;
  std::string skill_tagger;  // a model file from train-tagger

  /// True when argv[i] was a common option (i then points at its last word). Throws
  /// std::invalid_argument on a missing or bad value.
  bool take(int argc, char** argv, int& i);

  /// Checks the combination; throws std::invalid_argument on bad usage.
  void validate() const;

  std::shared_ptr<Catalog> open() const { return open_catalog(catalog_path); }
  /// Null for the pipeline's default (hashing) embedder.
  std::shared_ptr<const Embedder> make_embedder(const Catalog& catalog) const;
  /// Sets what the common options decide in the pipeline's options (the skill tagger).
  void apply(Options& options) const;
  /// Null for --llm none.
  std::shared_ptr<LLMProvider> make_provider() const;

  static const char* help();
};

/// Walks a command's words. next() handles --help (prints `usage` and the common options, then
/// ends the walk with help_shown() true) and the common options itself; value() takes the
/// current option's value.
class Args {
 public:
  Args(int argc, char** argv, const char* usage, CommonOptions& common)
      : argc_(argc), argv_(argv), usage_(usage), common_(common) {}
  /// Moves to the next word the command must handle; false at the end or after --help.
  bool next();
  const std::string& arg() const { return arg_; }
  /// The value after the current option; throws std::invalid_argument naming it when missing.
  std::string value();
  bool help_shown() const { return help_shown_; }
  /// Whether the current word looks like an option (for "unknown option" errors).
  bool is_option() const { return arg_.size() > 1 && arg_[0] == '-'; }

 private:
  int argc_;
  char** argv_;
  const char* usage_;
  CommonOptions& common_;
  int i_ = -1;
  std::string arg_;
  bool help_shown_ = false;
};

/// Parses a positive integer option value in [lo, hi]; throws std::invalid_argument naming it.
long parse_int(const char* name, const std::string& v, long lo, long hi);

/// Each command: argv holds the words after the command's name.
int cmd_run(int argc, char** argv);
int cmd_catalog(int argc, char** argv);
int cmd_report(int argc, char** argv);
int cmd_resolve_title(int argc, char** argv);
int cmd_extract_skills(int argc, char** argv);
int cmd_link_skill(int argc, char** argv);
int cmd_train_tagger(int argc, char** argv);

}  // namespace jdpipe::cli
