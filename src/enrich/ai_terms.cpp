#include "enrich/ai_terms.hpp"

#include <array>

#include "text/text.hpp"

namespace jdpipe::enrich {

namespace {

// Upper-case acronyms: "AI" and "ML" are ordinary letter pairs in lower case ("ai chi", "ml").
constexpr std::array<std::string_view, 8> kAcronyms = {"AI", "ML", "LLM", "LLMs", "NLP", "GenAI", "GPT", "MLOps"};
// Lower case; matched against the lower-cased text at word boundaries (a phrase may continue
// with a plural or adjective ending: "neural networks", "language models").
constexpr std::array<std::string_view, 27> kPhrases = {
    "artificial intelligence", "machine learning", "deep learning", "neural network", "neural net",
    "language model",          "natural language processing", "computer vision", "reinforcement learning",
    "generative ai",           "prompt engineering", "tensorflow", "pytorch", "keras", "scikit-learn",
    "hugging face",            "langchain", "openai", "chatgpt", "mlops",
    // ML tools O*NET lists under plain names.
    "mxnet", "rapidminer", "weka", "neuralware", "neuralshell", "sagemaker", "datarobot"};

bool word_char(std::string_view s, size_t i) { return i < s.size() && text::is_alnum(static_cast<unsigned char>(s[i])); }

}  // namespace

std::optional<std::string> find_ai_term(std::string_view text) {
  for (std::string_view a : kAcronyms)
    for (size_t i = text.find(a); i != std::string_view::npos; i = text.find(a, i + 1)) {
      bool left = i == 0 || !word_char(text, i - 1);
      if (left && !word_char(text, i + a.size())) return std::string(a);
    }
  std::string low = text::lower(text);
  for (std::string_view p : kPhrases)
    for (size_t i = low.find(p); i != std::string::npos; i = low.find(p, i + 1))
      if (i == 0 || !word_char(low, i - 1)) return std::string(p);
  return std::nullopt;
}

std::vector<size_t> ai_kra_indices(const std::vector<std::string>& kras) {
  std::vector<size_t> out;
  for (size_t k = 0; k < kras.size(); ++k)
    if (mentions_ai(kras[k])) out.push_back(k);
  return out;
}

}  // namespace jdpipe::enrich
