#pragma once

// A scripted HTTP/1.1 server on loopback for tests of HTTP clients (the LLM provider, the HTTP
// embedder). Bounded: it stops at its deadline or when destroyed.
#include <arpa/inet.h>
#include <doctest/doctest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace jdpipe::testing {

struct Reply {
  int status = 200;
  std::string body;
  std::vector<std::string> headers;  // extra "Name: value" lines
  int delay_ms = 0;                  // wait before answering
  bool truncate = false;             // announce more bytes than are sent, then close
};

struct Seen {
  std::string head;  // request line and headers
  std::string body;
};

/// A scripted HTTP/1.1 server on 127.0.0.1 (ephemeral port). Each connection gets the next
/// reply of the script (500 once the script is used up) and is closed. It stops on its own at
/// its deadline, or when destroyed; every loop is bounded by the deadline or the stop flag.
class LoopbackServer {
 public:
  explicit LoopbackServer(std::vector<Reply> script, int deadline_ms = 20'000)
      : script_(std::move(script)), deadline_(std::chrono::steady_clock::now() + std::chrono::milliseconds(deadline_ms)) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd_ >= 0);
    int one = 1;
    ::setsockopt(fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    REQUIRE(::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    REQUIRE(::listen(fd_, 16) == 0);
    socklen_t len = sizeof addr;
    REQUIRE(::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] { accept_loop(); });
  }

  ~LoopbackServer() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
    for (auto& w : workers_)
      if (w.joinable()) w.join();
    ::close(fd_);
  }

  std::string base_url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/v1"; }
  std::vector<Seen> requests() const {
    std::lock_guard lock(mu_);
    return seen_;
  }
  size_t request_count() const {
    std::lock_guard lock(mu_);
    return seen_.size();
  }
  int max_active() const { return max_active_.load(); }

 private:
  bool done() const { return stop_ || std::chrono::steady_clock::now() > deadline_; }

  void accept_loop() {
    while (!done()) {
      pollfd p{fd_, POLLIN, 0};
      if (::poll(&p, 1, 20) <= 0) continue;
      int c = ::accept(fd_, nullptr, nullptr);
      if (c < 0) continue;
      std::lock_guard lock(workers_mu_);
      workers_.emplace_back([this, c] { serve(c); });
    }
  }

  void serve(int c) {
    int now_active = ++active_;
    int prev = max_active_.load();
    while (now_active > prev && !max_active_.compare_exchange_weak(prev, now_active)) {
    }
    timeval tv{0, 100'000};
    ::setsockopt(c, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    std::string data;
    size_t header_end = std::string::npos;
    size_t content_length = 0;
    char buf[8192];
    while (!done() && data.size() < (4u << 20)) {
      if (header_end == std::string::npos) {
        header_end = data.find("\r\n\r\n");
        if (header_end != std::string::npos) {
          std::string lower = data.substr(0, header_end);
          for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
          auto p = lower.find("content-length:");
          if (p != std::string::npos) content_length = std::strtoul(lower.c_str() + p + 15, nullptr, 10);
        }
      }
      if (header_end != std::string::npos && data.size() >= header_end + 4 + content_length) break;
      ssize_t n = ::recv(c, buf, sizeof buf, 0);
      if (n == 0) break;
      if (n < 0) continue;  // the receive timeout: check the deadline and read on
      data.append(buf, static_cast<size_t>(n));
    }
    if (header_end == std::string::npos) {
      --active_;
      ::close(c);
      return;
    }
    Reply reply;
    {
      std::lock_guard lock(mu_);
      seen_.push_back({data.substr(0, header_end), data.substr(header_end + 4)});
      if (next_ < script_.size()) reply = script_[next_++];
      else reply = Reply{500, R"({"error":{"message":"unscripted request"}})", {}, 0, false};
    }
    for (int waited = 0; waited < reply.delay_ms && !done(); waited += 10)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    std::string out = "HTTP/1.1 " + std::to_string(reply.status) + " Scripted\r\nContent-Type: application/json\r\n";
    out += "Content-Length: " + std::to_string(reply.body.size() + (reply.truncate ? 100 : 0)) + "\r\n";
    out += "Connection: close\r\n";
    for (const auto& h : reply.headers) out += h + "\r\n";
    out += "\r\n" + reply.body;
    --active_;  // before answering: the client frees its slot only after it has the answer
    ::send(c, out.data(), out.size(), MSG_NOSIGNAL);
    ::shutdown(c, SHUT_RDWR);
    ::close(c);
  }

  std::vector<Reply> script_;
  std::chrono::steady_clock::time_point deadline_;
  int fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::thread thread_;
  std::mutex workers_mu_;
  std::vector<std::thread> workers_;
  mutable std::mutex mu_;
  std::vector<Seen> seen_;
  size_t next_ = 0;
  std::atomic<int> active_{0}, max_active_{0};
};

}  // namespace jdpipe::testing
