#pragma once

// Where a command's output goes (stdout or -o FILE), and resuming an interrupted JSON Lines
// output: which ids it already holds.
#include <cstdio>
#include <string>
#include <string_view>
#include <unordered_map>

namespace jdpipe::cli {

/// stdout, or a file created (or, when appending, extended). Every write is flushed, so an
/// interruption loses at most the line being written.
class OutputFile {
 public:
  /// Empty or "-": stdout. Throws std::runtime_error naming the file when it cannot be opened.
  OutputFile(const std::string& path, bool append);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  /// Writes and flushes; throws std::runtime_error on a write error (a full disk, a closed pipe).
  void write(std::string_view text);

 private:
  std::string path_;
  std::FILE* f_;
};

/// What an interrupted JSON Lines output already holds.
struct ResumeState {
  std::unordered_map<std::string, size_t> done;  // input id -> lines written for it
  size_t lines = 0;                              // complete lines kept
  size_t failures = 0;                           // lines that report a failed input
  bool dropped_partial_line = false;             // a last line cut off mid-write was removed

  /// True (and uses up one of them) when a line for this id was already written: with ids
  /// repeated in the input, each written line skips one occurrence, in order.
  bool take(const std::string& id);
};

/// Reads PATH's complete lines (each a JSON object with "input_id", or "id") and truncates a
/// last line that has no '\n' — the one an interruption cut off — so it is redone. A missing
/// file is an empty state. Throws std::runtime_error naming the file and line when a complete
/// line is not such an object: that file is not this command's output.
ResumeState prepare_resume(const std::string& path);

}  // namespace jdpipe::cli
