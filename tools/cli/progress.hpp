#pragma once

// Progress of long work on stderr: count, rate, and percent and time left when the total is
// known. Shown only when stderr is a terminal, so logs and pipes stay clean.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

namespace jdpipe::cli {

class Progress {
 public:
  /// `noun` names what is counted ("runs"), shown as a number, or as MB when `count_bytes`.
  /// `total` is the amount of work in the unit update() measures it (bytes of input, or
  /// inputs), 0 when unknown.
  explicit Progress(std::string noun, uint64_t total = 0, bool count_bytes = false);
  ~Progress() { finish(); }
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  bool shown() const { return shown_; }
  const std::string& noun() const { return noun_; }
  /// `count` items done, `amount` of the total done. Redraws at most a few times a second.
  void update(size_t count, uint64_t amount);
  /// Prints a line on stderr (always, terminal or not) without garbling the progress line.
  void message(const std::string& line);
  /// Draws the final state and ends the line.
  void finish();

 private:
  void draw();

  std::string noun_;
  uint64_t total_;
  bool count_bytes_;
  bool shown_;
  bool drawn_ = false;
  size_t count_ = 0;
  uint64_t amount_ = 0;
  uint64_t first_amount_ = 0;  // at the first update: a resumed run's time left counts from there
  std::chrono::steady_clock::time_point start_, last_draw_, first_update_;
  bool updated_ = false;
};

/// "1h 02m", "3m 05s", "42s".
std::string format_duration(double seconds);

}  // namespace jdpipe::cli
