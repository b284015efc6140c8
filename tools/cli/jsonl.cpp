#include "jsonl.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace jdpipe::cli {
namespace {

constexpr size_t kReadChunk = 1u << 20;
// How much of a too-long line is kept, to find its id.
constexpr size_t kTooLongHead = 4096;

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r") == std::string_view::npos; }

}  // namespace

LineReader::LineReader(const std::string& path, size_t max_line_bytes) : path_(path), max_(max_line_bytes) {
  if (path == "-") {
    fd_ = STDIN_FILENO;
  } else {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    own_fd_ = fd_ >= 0;
  }
  struct stat st {};
  if (fd_ >= 0 && ::fstat(fd_, &st) == 0 && S_ISREG(st.st_mode)) size_ = static_cast<uint64_t>(st.st_size);
  if (fd_ >= 0 && S_ISDIR(st.st_mode)) {  // open() succeeds on a directory; read() would not
    if (own_fd_) ::close(fd_);
    fd_ = -1;
  }
  buf_.resize(kReadChunk);
}

LineReader::~LineReader() {
  if (own_fd_) ::close(fd_);
}

bool LineReader::fill() {
  if (eof_) return false;
  ssize_t n;
  do n = ::read(fd_, buf_.data(), buf_.size());
  while (n < 0 && errno == EINTR);
  if (n < 0) throw std::runtime_error(fmt::format("cannot read '{}': {}", path_, std::strerror(errno)));
  pos_ = 0;
  len_ = static_cast<size_t>(n);
  eof_ = n == 0;
  return !eof_;
}

LineReader::Status LineReader::next(std::string& line) {
  line.clear();
  complete_ = true;
  bool any = false, too_long = false;
  for (;;) {
    if (pos_ == len_ && !fill()) {
      if (!any) return Status::kEnd;
      complete_ = false;  // a last line without '\n'
      break;
    }
    any = true;
    const char* start = buf_.data() + pos_;
    const char* nl = static_cast<const char*>(std::memchr(start, '\n', len_ - pos_));
    size_t n = nl ? static_cast<size_t>(nl - start) : len_ - pos_;
    if (!too_long && line.size() + n > max_) {
      too_long = true;
      if (line.size() < kTooLongHead) line.append(start, std::min(n, kTooLongHead - line.size()));
      line.resize(std::min(line.size(), kTooLongHead));
    } else if (!too_long) {
      line.append(start, n);
    }
    pos_ += n;
    offset_ += n;
    if (nl) {
      ++pos_;
      ++offset_;
      break;
    }
  }
  ++line_no_;
  if (too_long) return Status::kTooLong;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return Status::kLine;
}

std::string leading_id(std::string_view s) {
  size_t i = 0;
  auto ws = [&] { while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i; };
  auto lit = [&](std::string_view w) {
    ws();
    if (s.substr(i, w.size()) != w) return false;
    i += w.size();
    return true;
  };
  if (!lit("{") || !lit("\"id\"") || !lit(":")) return {};
  ws();
  if (i < s.size() && s[i] == '"') {
    size_t end = s.find_first_of("\"\\", i + 1);
    if (end == std::string_view::npos || s[end] != '"') return {};  // escapes: not worth decoding here
    return std::string(s.substr(i + 1, end - i - 1));
  }
  size_t start = i;
  if (i < s.size() && s[i] == '-') ++i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  const size_t end = i;
  if (end == start || (end == start + 1 && s[start] == '-')) return {};
  ws();
  if (i >= s.size() || (s[i] != ',' && s[i] != '}')) return {};  // e.g. 1.5: not an id
  return std::string(s.substr(start, end - start));
}

JsonlReader::JsonlReader(const std::string& path, std::string_view field, std::string_view context_field,
                         size_t max_line_bytes)
    : lines_(path, max_line_bytes), field_(field), context_field_(context_field), max_(max_line_bytes) {}

bool JsonlReader::next(Input& in) {
  for (;;) {
    LineReader::Status status = lines_.next(line_);
    if (status == LineReader::Status::kEnd) return false;
    const size_t line_no = lines_.line_number();
    in = Input{};
    if (status == LineReader::Status::kTooLong) {
      in.id = leading_id(line_);
      if (in.id.empty()) in.id = fmt::format("{}:{}", lines_.path(), line_no);
      in.error = fmt::format("line {}: longer than the maximum of {} bytes", line_no, max_);
      return true;
    }
    if (blank(line_)) continue;
    in.id = fmt::format("{}:{}", lines_.path(), line_no);
    line_.reserve(line_.size() + simdjson::SIMDJSON_PADDING);  // lets simdjson parse in place
    simdjson::dom::element doc;
    simdjson::dom::object obj;
    if (auto err = parser_.parse(line_).get(doc)) {
      in.error = fmt::format("line {}: invalid JSON ({})", line_no, simdjson::error_message(err));
      return true;
    }
    if (doc.get_object().get(obj)) {
      in.error = fmt::format("line {}: not a JSON object", line_no);
      return true;
    }
    simdjson::dom::element id;
    if (!obj["id"].get(id)) {
      std::string_view sid;
      int64_t nid;
      if (!id.get_string().get(sid)) in.id = std::string(sid);
      else if (!id.get_int64().get(nid)) in.id = std::to_string(nid);
    }
    std::string_view text;
    if (obj[field_].get_string().get(text)) {
      in.error = fmt::format("line {}: no string field '{}'", line_no, field_);
      return true;
    }
    in.text = std::string(text);
    std::string_view ctx;
    if (!context_field_.empty() && !obj[context_field_].get_string().get(ctx)) in.context = std::string(ctx);
    return true;
  }
}

}  // namespace jdpipe::cli
