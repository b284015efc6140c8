#pragma once

// Shared pieces of the O*NET and ESCO importers: streaming readers for tab-separated and
// RFC 4180 CSV files that report errors with the file and line, slugs, case-insensitive keys.
#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>
#include <absl/strings/string_view.h>

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jdpipe/importers.hpp"

#include "text/text.hpp"

namespace jdpipe::import_detail {

/// A key for heterogeneous lookups in absl containers of std::string (absl::string_view may
/// not be std::string_view in this absl build).
inline absl::string_view key(std::string_view s) { return absl::string_view(s.data(), s.size()); }

/// The path of `name` inside `dir`; throws jdpipe::Error kNotFound naming the file when it is
/// not a regular file there.
std::string require_file(const std::string& dir, std::string_view name);
/// Throws jdpipe::Error kNotFound when `dir` is not a directory.
void require_dir(const std::string& dir, std::string_view what);

/// Reads a delimited text file one record at a time through a fixed buffer (whole files are
/// never held in memory). The first record is the header.
class TableReader {
 public:
  enum class Dialect {
    kTsv,  // one record a line, fields split on tabs, no quoting (O*NET)
    kCsv,  // RFC 4180: commas, quoted fields with doubled quotes and line breaks, CRLF or LF
  };
  TableReader(std::string path, Dialect dialect);
  ~TableReader();
  TableReader(const TableReader&) = delete;
  TableReader& operator=(const TableReader&) = delete;

  /// The index of a header column; throws jdpipe::Error kParse naming the column and file.
  size_t column(std::string_view name) const;
  std::optional<size_t> find_column(std::string_view name) const;

  /// Reads the next record; false at the end of the file. Blank lines are skipped. Throws
  /// jdpipe::Error kParse naming file and line for a record whose field count differs from
  /// the header's, an unterminated quoted field, or stray bytes after a closing quote.
  bool next();
  std::string_view operator[](size_t i) const { return fields_[i]; }
  size_t field_count() const { return count_; }
  /// The line (1-based) the current record starts on.
  size_t line() const { return record_line_; }
  const std::string& path() const { return path_; }
  uint64_t bytes_read() const { return consumed_; }
  uint64_t total_bytes() const { return total_; }

  /// Throws jdpipe::Error kParse "<path>:<line>: <message>".
  [[noreturn]] void fail(std::string_view message) const;

 private:
  int get() {
    if (pos_ == len_ && !refill()) return -1;
    ++consumed_;
    return static_cast<unsigned char>(buf_[pos_++]);
  }
  int peek() {
    if (pos_ == len_ && !refill()) return -1;
    return static_cast<unsigned char>(buf_[pos_]);
  }
  bool refill();
  bool read_record();  // into fields_/count_, no field-count check
  bool read_tsv();
  bool read_csv();
  std::string& field(size_t i);

  std::string path_;
  Dialect dialect_;
  std::FILE* file_ = nullptr;
  std::vector<char> buf_;
  size_t pos_ = 0, len_ = 0;
  uint64_t consumed_ = 0, total_ = 0;
  size_t line_ = 1, record_line_ = 0;
  std::vector<std::string> fields_;
  size_t count_ = 0;
  std::vector<std::string> header_;
};

/// Calls options.progress at most every `every` records and at the end of a stage.
class Progress {
 public:
  Progress(const ImportOptions& options, std::string_view stage) : options_(options), stage_(stage) {}
  void tick(const TableReader& r) {
    if (options_.progress && ++n_ % 4096 == 0) options_.progress(stage_, r.bytes_read(), r.total_bytes());
  }
  void start(uint64_t total) {
    if (options_.progress) options_.progress(stage_, 0, total);
  }
  void done(uint64_t total) {
    if (options_.progress) options_.progress(stage_, total, total);
  }

 private:
  const ImportOptions& options_;
  std::string_view stage_;
  size_t n_ = 0;
};

using text::slugify;

/// The last step of every importer: finalize the records (with progress) and hand the
/// importer's counts to the caller's ImportStats.
CatalogData finish_import(CatalogData data, const ImportOptions& options, const ImportStats& stats);

/// Hands out slugs unique within one namespace: the first record keeps the plain slug, later
/// ones get "-2", "-3", ... in input order.
class SlugAllocator {
 public:
  std::string take(std::string_view text);

 private:
  absl::flat_hash_set<std::string> used_;
  absl::flat_hash_map<std::string, int> next_suffix_;
};

/// The key under which texts count as the same alias: trimmed, runs of whitespace one space,
/// ASCII case folded.
std::string fold_key(std::string_view s);

/// Appends `text` (trimmed, whitespace squashed) to `out` unless it is empty or its fold_key is
/// already in `seen`.
bool add_unique(std::vector<std::string>& out, absl::flat_hash_set<std::string>& seen, std::string_view text);

/// Calls f(piece) for each trimmed, non-empty line of a multi-line field.
template <class F>
void for_each_line(std::string_view s, F&& f) {
  size_t b = 0;
  while (b <= s.size()) {
    size_t e = s.find('\n', b);
    if (e == std::string_view::npos) e = s.size();
    std::string_view piece = s.substr(b, e - b);
    while (!piece.empty() && (piece.back() == '\r' || piece.back() == ' ' || piece.back() == '\t')) piece.remove_suffix(1);
    while (!piece.empty() && (piece.front() == ' ' || piece.front() == '\t')) piece.remove_prefix(1);
    if (!piece.empty()) f(piece);
    b = e + 1;
  }
}

/// True when a label names artificial intelligence or machine learning: the AI lexicon of
/// enrich/ai_terms.hpp.
bool mentions_ai(std::string_view label);

}  // namespace jdpipe::import_detail
