#pragma once

// Streaming input: lines of a file (or stdin) read through a fixed buffer, and JSON Lines
// inputs built from them, so a command can read input of any size in bounded memory.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <simdjson.h>

#include "cli.hpp"

namespace jdpipe::cli {

/// The longest JSON line a command accepts by default. The pipeline rejects texts over 2 MiB
/// as too_long anyway; this leaves room for JSON escapes.
constexpr size_t kDefaultMaxLineBytes = 16u << 20;

/// Lines of a file, or of stdin for "-", without their '\n'. A line longer than the maximum is
/// skipped to its end, never held whole.
class LineReader {
 public:
  enum class Status { kLine, kTooLong, kEnd };

  /// Check ok() afterwards: false when the file cannot be opened.
  LineReader(const std::string& path, size_t max_line_bytes);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  bool ok() const { return fd_ >= 0; }
  /// The next line into `line`; for kTooLong, `line` holds only its first bytes. Throws
  /// std::runtime_error naming the file on a read error.
  Status next(std::string& line);
  /// 1-based number of the line last returned.
  size_t line_number() const { return line_no_; }
  /// False when the line last returned was the file's last and had no '\n' (a cut-off write).
  bool last_line_complete() const { return complete_; }
  /// Bytes consumed so far, and the file's size (0 when unknown, e.g. a pipe).
  uint64_t offset() const { return offset_; }
  uint64_t size() const { return size_; }
  const std::string& path() const { return path_; }

 private:
  bool fill();

  std::string path_;
  size_t max_;
  int fd_ = -1;
  bool own_fd_ = false;
  std::string buf_;
  size_t pos_ = 0, len_ = 0;
  bool eof_ = false;
  bool complete_ = true;
  size_t line_no_ = 0;
  uint64_t offset_ = 0, size_ = 0;
};

/// Inputs from JSON Lines of {"id": ..., FIELD: "...", CONTEXT_FIELD: "..."} objects, one at a
/// time. Blank lines are skipped. A bad line (invalid JSON, no string FIELD, too long) becomes an
/// Input whose error says which line and why; its id is the line's own (string or integer) when
/// it can be read, else "PATH:LINE".
class JsonlReader {
 public:
  JsonlReader(const std::string& path, std::string_view field, std::string_view context_field = {},
              size_t max_line_bytes = kDefaultMaxLineBytes);

  bool ok() const { return lines_.ok(); }
  /// The next input; false at the end. Throws std::runtime_error on a read error.
  bool next(Input& in);
  uint64_t offset() const { return lines_.offset(); }
  uint64_t size() const { return lines_.size(); }

 private:
  LineReader lines_;
  std::string field_, context_field_;
  size_t max_;
  std::string line_;
  simdjson::dom::parser parser_;
};

/// The id a too-long line starts with ({"id": "x", ...} or {"id": 7, ...}), or empty: such a line
/// is never parsed whole, so its id is only found when it comes first.
std::string leading_id(std::string_view line_head);

}  // namespace jdpipe::cli
