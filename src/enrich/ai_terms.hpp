#pragma once

// The AI lexicon, in one place: which words make a label or a sentence AI-related. Used by the
// importers (skills' and KRAs' ai_related), the bundle loader (KRAs of bundles that do not say)
// and the AI index of the enrichment.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jdpipe::enrich {

/// The first AI term in `text`, as the lexicon spells it ("machine learning", "AI"), or nothing.
/// Acronyms count only in upper case as whole words ("AI", "ML", "LLM", "NLP", "GenAI", "GPT",
/// "MLOps"); phrases and tool names count in any case at word boundaries ("artificial
/// intelligence", "machine learning", "deep learning", "neural network", "language model",
/// "natural language processing", "computer vision", "reinforcement learning", "generative
/// AI", "prompt engineering", "TensorFlow", "PyTorch", "Keras", "scikit-learn", "Hugging
/// Face", "LangChain", "OpenAI", "ChatGPT", and ML tools such as MXNet, RapidMiner, Weka,
/// SageMaker).
std::optional<std::string> find_ai_term(std::string_view text);

inline bool mentions_ai(std::string_view text) { return find_ai_term(text).has_value(); }

/// The indices of the KRAs that mention an AI term: a role's ai_related_kras when its source
/// does not say.
std::vector<size_t> ai_kra_indices(const std::vector<std::string>& kras);

}  // namespace jdpipe::enrich
