#pragma once

// Runs a stream of inputs on worker threads and writes the results in input order, holding only
// a bounded window of them in memory.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

#include "cli.hpp"

namespace jdpipe::cli {

/// One input on its way through: read, worked, written.
struct Job {
  Input input;
  uint64_t input_offset = 0;  // how far the reader had got when it read this input (progress)
  std::string output;         // the command's output for it
  bool failed = false;        // counts towards exit status 1
};

/// Calls `read` on the calling thread until it returns false, `work` on `threads` worker threads,
/// and `write` on one writer thread in the order `read` produced the jobs. At most `window` jobs
/// (0: a few per thread) are read and not yet written, so memory stays bounded whatever the input
/// size, and the reader waits for the writer. The first exception any of the three throws stops
/// the others and is rethrown here; jobs already written stay written.
void run_in_order(const std::function<bool(Job&)>& read, const std::function<void(Job&)>& work,
                  const std::function<void(Job&)>& write, unsigned threads, size_t window = 0);

}  // namespace jdpipe::cli
