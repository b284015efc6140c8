#include "catalog/import_common.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "enrich/ai_terms.hpp"
#include "jdpipe/error.hpp"
#include "text/text.hpp"

namespace jdpipe::import_detail {

namespace fs = std::filesystem;

void require_dir(const std::string& dir, std::string_view what) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw Error(Error::Code::kNotFound, fmt::format("{} folder '{}' does not exist or is not a folder", what, dir));
}

std::string require_file(const std::string& dir, std::string_view name) {
  std::string path = (fs::path(dir) / std::string(name)).string();
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) throw Error(Error::Code::kNotFound, fmt::format("missing file '{}'", path));
  return path;
}

// ------------------------------------------------------------------------------------------
// TableReader

TableReader::TableReader(std::string path, Dialect dialect) : path_(std::move(path)), dialect_(dialect) {
  file_ = std::fopen(path_.c_str(), "rb");
  if (!file_) {
    int err = errno;
    throw Error(err == ENOENT ? Error::Code::kNotFound : Error::Code::kIO,
                fmt::format("cannot open '{}': {}", path_, std::strerror(err)));
  }
  std::error_code ec;
  auto size = fs::file_size(path_, ec);
  total_ = ec ? 0 : size;
  buf_.resize(1 << 16);
  try {
    // A UTF-8 byte order mark is not part of the first column's name.
    if (peek() == 0xEF) {
      if (pos_ + 3 <= len_ && std::memcmp(buf_.data() + pos_, "\xEF\xBB\xBF", 3) == 0) {
        pos_ += 3;
        consumed_ += 3;
      }
    }
    if (!read_record()) throw Error(Error::Code::kParse, fmt::format("{}: the file is empty (no header line)", path_));
  } catch (...) {
    std::fclose(file_);
    file_ = nullptr;
    throw;
  }
  header_.assign(fields_.begin(), fields_.begin() + count_);
  for (auto& h : header_) {
    std::string_view t = text::trim(h);
    h = std::string(t);
  }
}

TableReader::~TableReader() {
  if (file_) std::fclose(file_);
}

bool TableReader::refill() {
  if (!file_) return false;
  len_ = std::fread(buf_.data(), 1, buf_.size(), file_);
  pos_ = 0;
  if (len_ == 0) {
    if (std::ferror(file_)) throw Error(Error::Code::kIO, fmt::format("cannot read '{}'", path_));
    return false;
  }
  return true;
}

std::optional<size_t> TableReader::find_column(std::string_view name) const {
  for (size_t i = 0; i < header_.size(); ++i)
    if (header_[i] == name) return i;
  return std::nullopt;
}

size_t TableReader::column(std::string_view name) const {
  if (auto i = find_column(name)) return *i;
  throw Error(Error::Code::kParse, fmt::format("{}: missing column '{}' in the header line", path_, name));
}

void TableReader::fail(std::string_view message) const {
  throw Error(Error::Code::kParse, fmt::format("{}:{}: {}", path_, record_line_, message));
}

std::string& TableReader::field(size_t i) {
  if (i >= fields_.size()) fields_.resize(i + 1);
  fields_[i].clear();
  return fields_[i];
}

bool TableReader::next() {
  if (!read_record()) return false;
  if (count_ != header_.size())
    fail(fmt::format("the record has {} fields, the header has {}", count_, header_.size()));
  return true;
}

bool TableReader::read_record() { return dialect_ == Dialect::kTsv ? read_tsv() : read_csv(); }

bool TableReader::read_tsv() {
  for (;;) {
    int c = get();
    if (c < 0) return false;
    record_line_ = line_;
    if (c == '\n') {  // blank line
      ++line_;
      continue;
    }
    count_ = 1;
    std::string* cur = &field(0);
    for (;;) {
      if (c < 0 || c == '\n') break;
      if (c == '\t') {
        cur = &field(count_++);
      } else {
        cur->push_back(static_cast<char>(c));
      }
      c = get();
    }
    if (c == '\n') ++line_;
    // CRLF line ends: the CR belongs to no field.
    if (!cur->empty() && cur->back() == '\r') cur->pop_back();
    if (count_ == 1 && fields_[0].empty()) continue;  // a line holding only "\r"
    return true;
  }
}

bool TableReader::read_csv() {
  for (;;) {
    int c = get();
    if (c < 0) return false;
    record_line_ = line_;
    if (c == '\n') {
      ++line_;
      continue;
    }
    if (c == '\r' && peek() == '\n') {
      get();
      ++line_;
      continue;
    }
    count_ = 0;
    for (;;) {  // one field per iteration; `c` is its first byte
      std::string& cur = field(count_++);
      if (c == '"') {
        size_t open_line = line_;
        for (;;) {
          c = get();
          if (c < 0)
            fail(fmt::format("a quoted field opened on line {} is not closed before the end of the file", open_line));
          if (c == '"') {
            if (peek() == '"') {
              get();
              cur.push_back('"');
              continue;
            }
            break;
          }
          if (c == '\n') ++line_;
          cur.push_back(static_cast<char>(c));
        }
        c = get();
        if (c == '\r' && peek() == '\n') c = get();
        if (c != ',' && c != '\n' && c >= 0)
          fail(fmt::format("unexpected character '{}' after the closing quote of field {}", static_cast<char>(c), count_));
      } else {
        while (c >= 0 && c != ',' && c != '\n') {
          if (c == '\r' && peek() == '\n') {
            c = get();
            break;
          }
          cur.push_back(static_cast<char>(c));
          c = get();
        }
      }
      if (c == ',') {
        c = get();
        continue;
      }
      if (c == '\n') ++line_;
      return true;  // end of line or of file
    }
  }
}

// ------------------------------------------------------------------------------------------
// Text helpers

std::string SlugAllocator::take(std::string_view text) {
  std::string base = slugify(text);
  if (used_.insert(base).second) return base;
  int& n = next_suffix_[base];
  if (n < 2) n = 2;
  for (;; ++n) {
    std::string candidate = fmt::format("{}-{}", base, n);
    if (used_.insert(candidate).second) {
      ++n;
      return candidate;
    }
  }
}

std::string fold_key(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (text::is_space(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : ch);
  }
  return out;
}

bool add_unique(std::vector<std::string>& out, absl::flat_hash_set<std::string>& seen, std::string_view text_in) {
  std::string clean = text::squash_spaces(text_in);
  if (clean.empty()) return false;
  if (!seen.insert(fold_key(clean)).second) return false;
  out.push_back(std::move(clean));
  return true;
}

bool mentions_ai(std::string_view label) { return enrich::mentions_ai(label); }

CatalogData finish_import(CatalogData data, const ImportOptions& options, const ImportStats& stats) {
  // Neither taxonomy flags AI-related tasks: the AI lexicon does.
  for (auto& role : data.roles) role.ai_related_kras = enrich::ai_kra_indices(role.kras);
  Progress p(options, "finalize");
  size_t n = data.roles.size() + data.skills.size() + data.dimensions.size();
  p.start(n);
  data.finalize();
  p.done(n);
  if (options.stats) {
    options.stats->skipped_rows += stats.skipped_rows;
    for (const auto& note : stats.notes) options.stats->notes.push_back(note);
  }
  return data;
}

}  // namespace jdpipe::import_detail
