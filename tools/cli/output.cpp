#include "output.hpp"

#include <unistd.h>

#include <fmt/format.h>
#include <simdjson.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include "jsonl.hpp"

namespace jdpipe::cli {

OutputFile::OutputFile(const std::string& path, bool append) : path_(path) {
  if (path.empty() || path == "-") {
    f_ = stdout;
    path_ = "stdout";
    return;
  }
  f_ = std::fopen(path.c_str(), append ? "ab" : "wb");
  if (!f_) throw std::runtime_error(fmt::format("cannot write '{}': {}", path, std::strerror(errno)));
}

OutputFile::~OutputFile() {
  if (f_ != stdout) std::fclose(f_);
}

void OutputFile::write(std::string_view text) {
  if (std::fwrite(text.data(), 1, text.size(), f_) != text.size() || std::fflush(f_) != 0)
    throw std::runtime_error(fmt::format("cannot write '{}': {}", path_, std::strerror(errno)));
}

bool ResumeState::take(const std::string& id) {
  auto it = done.find(id);
  if (it == done.end() || it->second == 0) return false;
  --it->second;
  return true;
}

ResumeState prepare_resume(const std::string& path) {
  ResumeState state;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return state;
  // No maximum: a run's JSON can be long.
  LineReader lines(path, SIZE_MAX);
  if (!lines.ok()) throw std::runtime_error(fmt::format("cannot read '{}' to resume: {}", path, std::strerror(errno)));
  simdjson::dom::parser parser;
  std::string line;
  uint64_t complete_end = 0;  // offset just after the last complete line
  while (lines.next(line) == LineReader::Status::kLine) {
    if (!lines.last_line_complete()) {
      state.dropped_partial_line = true;
      break;
    }
    complete_end = lines.offset();
    if (line.empty()) continue;
    line.reserve(line.size() + simdjson::SIMDJSON_PADDING);
    simdjson::dom::object obj;
    std::string id;
    bool found = false;
    if (!parser.parse(line).get_object().get(obj)) {
      std::string_view sid;
      int64_t nid;
      if (!obj["input_id"].get_string().get(sid) || !obj["id"].get_string().get(sid)) id = sid, found = true;
      else if (!obj["id"].get_int64().get(nid)) id = std::to_string(nid), found = true;
    }
    if (!found)
      throw std::runtime_error(fmt::format(
          "cannot resume '{}': line {} is not a JSON object with an input_id (is it this command's output?)", path,
          lines.line_number()));
    ++state.done[id];
    ++state.lines;
    simdjson::dom::element error;
    if (!obj["error"].get(error)) ++state.failures;
  }
  if (state.dropped_partial_line && ::truncate(path.c_str(), static_cast<off_t>(complete_end)) != 0)
    throw std::runtime_error(fmt::format("cannot truncate '{}' to resume: {}", path, std::strerror(errno)));
  return state;
}

}  // namespace jdpipe::cli
