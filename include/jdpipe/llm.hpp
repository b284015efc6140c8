#pragma once

#include <string>
#include <vector>

namespace jdpipe {

struct ChatMessage {
  std::string role;  // "system", "user" or "assistant"
  std::string content;
};

struct ChatRequest {
  std::string task;  // which pipeline task asks (e.g. "adjudicate_role"), for logs and caches
  std::vector<ChatMessage> messages;
  std::string schema_name;
  std::string json_schema;  // the JSON schema the answer must follow
  double temperature = 0.0;
};

struct ChatResponse {
  std::string text;  // the answer, expected to be JSON following the request's schema
  std::string model;
  int prompt_tokens = 0;
  int completion_tokens = 0;
  double cost_usd = 0.0;  // 0 when the provider does not know its prices
};

/// One chat call. The pipeline owns the prompts and validates every answer; a provider only
/// transports. May throw; the pipeline then falls back to its deterministic stage.
class LLMProvider {
 public:
  virtual ~LLMProvider() = default;
  virtual std::string name() const = 0;
  virtual ChatResponse chat(const ChatRequest& request) = 0;
};

}  // namespace jdpipe
