#include "ordered.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace jdpipe::cli {

void run_in_order(const std::function<bool(Job&)>& read, const std::function<void(Job&)>& work,
                  const std::function<void(Job&)>& write, unsigned threads, size_t window) {
  threads = std::max(1u, threads);
  if (window == 0) window = std::max<size_t>(16, 4 * size_t{threads});

  std::mutex m;
  std::condition_variable can_read, can_work, can_write;
  std::deque<std::pair<size_t, Job>> todo;  // read, waiting for a worker
  std::map<size_t, Job> done;               // worked, waiting for their turn
  size_t read_count = 0, written = 0;
  bool end = false, stop = false;
  std::exception_ptr error;
  auto fail = [&] {  // called with `m` held
    if (!error) error = std::current_exception();
    stop = true;
    can_read.notify_all();
    can_work.notify_all();
    can_write.notify_all();
  };

  auto worker = [&] {
    for (;;) {
      std::unique_lock lock(m);
      can_work.wait(lock, [&] { return stop || end || !todo.empty(); });
      if (stop || todo.empty()) return;
      auto [seq, job] = std::move(todo.front());
      todo.pop_front();
      lock.unlock();
      try {
        work(job);
      } catch (...) {
        lock.lock();
        fail();
        return;
      }
      lock.lock();
      done.emplace(seq, std::move(job));
      if (seq == written) can_write.notify_one();
    }
  };
  auto writer = [&] {
    for (;;) {
      std::unique_lock lock(m);
      can_write.wait(lock, [&] { return stop || done.count(written) || (end && written == read_count); });
      if (stop || !done.count(written)) return;
      auto node = done.extract(written);
      lock.unlock();
      try {
        write(node.mapped());
      } catch (...) {
        lock.lock();
        fail();
        return;
      }
      lock.lock();
      ++written;
      can_read.notify_one();
    }
  };

  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
  pool.emplace_back(writer);
  for (;;) {
    {
      std::unique_lock lock(m);
      can_read.wait(lock, [&] { return stop || read_count - written < window; });
      if (stop) break;
    }
    Job job;
    bool more;
    try {
      more = read(job);
    } catch (...) {
      std::lock_guard lock(m);
      fail();
      break;
    }
    if (!more) break;
    std::lock_guard lock(m);
    todo.emplace_back(read_count++, std::move(job));
    can_work.notify_one();
  }
  {
    std::lock_guard lock(m);
    end = true;
    can_work.notify_all();
    can_write.notify_all();
  }
  for (auto& t : pool) t.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace jdpipe::cli
