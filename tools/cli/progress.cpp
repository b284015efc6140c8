#include "progress.hpp"

#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>

namespace jdpipe::cli {

std::string format_duration(double s) {
  const long t = static_cast<long>(s + 0.5);
  if (t >= 3600) return fmt::format("{}h {:02}m", t / 3600, t % 3600 / 60);
  if (t >= 60) return fmt::format("{}m {:02}s", t / 60, t % 60);
  return fmt::format("{}s", t);
}

Progress::Progress(std::string noun, uint64_t total, bool count_bytes)
    : noun_(std::move(noun)), total_(total), count_bytes_(count_bytes), shown_(isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

void Progress::update(size_t count, uint64_t amount) {
  if (!updated_) {
    updated_ = true;
    first_amount_ = amount;
    first_update_ = std::chrono::steady_clock::now();
  }
  count_ = count;
  amount_ = amount;
  if (!shown_) return;
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  draw();
}

void Progress::draw() {
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double count = static_cast<double>(count_) / (count_bytes_ ? 1e6 : 1);
  std::string line = count_bytes_ ? fmt::format("{}: {:.1f} MB", noun_, count) : fmt::format("{} {}", count_, noun_);
  if (elapsed > 0) line += fmt::format(", {:.1f}{}/s", count / elapsed, count_bytes_ ? " MB" : "");
  if (total_ > 0) {
    const double fraction = std::min(1.0, static_cast<double>(amount_) / static_cast<double>(total_));
    line += fmt::format(", {:.1f}%", 100 * fraction);
    const double since_first = std::chrono::duration<double>(std::chrono::steady_clock::now() - first_update_).count();
    if (amount_ > first_amount_ && amount_ < total_)
      line += fmt::format(", {} left", format_duration(since_first * static_cast<double>(total_ - amount_) /
                                                        static_cast<double>(amount_ - first_amount_)));
  }
  line += fmt::format(", {} elapsed", format_duration(elapsed));
  // \r and clear-to-end-of-line: the new text overwrites the last one.
  std::fprintf(stderr, "\r%s\x1b[K", line.c_str());
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::message(const std::string& line) {
  if (drawn_) std::fputs("\r\x1b[K", stderr);
  std::fprintf(stderr, "%s\n", line.c_str());
  if (drawn_) draw();
}

void Progress::finish() {
  if (!shown_ || !drawn_) return;
  draw();
  std::fputc('\n', stderr);
  drawn_ = false;
  shown_ = false;
}

}  // namespace jdpipe::cli
