// ScriptedProvider: canned answers for tests, keyed by task.
#include <fmt/format.h>

#include <deque>
#include <map>
#include <mutex>

#include "jdpipe/error.hpp"
#include "jdpipe/llm.hpp"

namespace jdpipe {

namespace {
struct Step {
  ChatResponse response;
  std::optional<std::string> error;
};
}  // namespace

struct ScriptedProvider::Impl {
  std::string name;
  mutable std::mutex mu;
  std::map<std::string, std::deque<Step>, std::less<>> queues;  // "" is any task
  std::map<std::string, Handler, std::less<>> handlers;
  std::vector<ChatRequest> requests;
};

ScriptedProvider::ScriptedProvider(std::string name) : impl_(std::make_unique<Impl>()) { impl_->name = std::move(name); }
ScriptedProvider::~ScriptedProvider() = default;

void ScriptedProvider::enqueue(std::string task, ChatResponse response) {
  std::lock_guard lock(impl_->mu);
  impl_->queues[std::move(task)].push_back({std::move(response), std::nullopt});
}

void ScriptedProvider::enqueue(std::string task, std::string text) {
  ChatResponse r;
  r.text = std::move(text);
  enqueue(std::move(task), std::move(r));
}

void ScriptedProvider::enqueue_error(std::string task, std::string message) {
  std::lock_guard lock(impl_->mu);
  impl_->queues[std::move(task)].push_back({ChatResponse{}, std::move(message)});
}

void ScriptedProvider::on_task(std::string task, Handler handler) {
  std::lock_guard lock(impl_->mu);
  impl_->handlers[std::move(task)] = std::move(handler);
}

std::vector<ChatRequest> ScriptedProvider::requests() const {
  std::lock_guard lock(impl_->mu);
  return impl_->requests;
}

size_t ScriptedProvider::call_count() const {
  std::lock_guard lock(impl_->mu);
  return impl_->requests.size();
}

std::string ScriptedProvider::name() const { return impl_->name; }

ChatResponse ScriptedProvider::chat(const ChatRequest& request) {
  Handler handler;
  std::optional<Step> step;
  {
    std::lock_guard lock(impl_->mu);
    impl_->requests.push_back(request);
    for (const std::string& key : {request.task, std::string()}) {
      auto it = impl_->queues.find(key);
      if (it != impl_->queues.end() && !it->second.empty()) {
        step = std::move(it->second.front());
        it->second.pop_front();
        break;
      }
    }
    if (!step)
      for (const std::string& key : {request.task, std::string()})
        if (auto it = impl_->handlers.find(key); it != impl_->handlers.end()) {
          handler = it->second;
          break;
        }
  }
  ChatResponse out;
  if (step) {
    if (step->error) throw Error(Error::Code::kPlugin, *step->error);
    out = std::move(step->response);
  } else if (handler) {
    out = handler(request);  // called without the lock: a handler may call back into the provider
  } else {
    throw Error(Error::Code::kNotFound,
                fmt::format("scripted provider '{}' has no answer for task '{}'", impl_->name, request.task));
  }
  if (out.model.empty()) out.model = impl_->name;
  if (!out.cached && out.original_cost_usd == 0) out.original_cost_usd = out.cost_usd;
  return out;
}

}  // namespace jdpipe
