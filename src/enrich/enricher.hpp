#pragma once

// The client enrichment (jdpipe/enrichment.hpp) computed from a finished run and its catalog.
// Built once per pipeline (it compiles the work-nature lexicon); compute() is const and
// thread-safe.
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "jdpipe/catalog.hpp"
#include "jdpipe/enrichment.hpp"
#include "jdpipe/run.hpp"
#include "text/text.hpp"

namespace jdpipe::enrich {

/// One responsibility sentence as the pipeline scored it, with its best KRA when one was.
struct SentenceInput {
  std::string_view sentence;  // must outlive compute()
  const Role* kra_role = nullptr;  // the role of the best KRA; null when no KRA was scored
  size_t kra_index = 0;            // into kra_role->kras
  double similarity = 0;
  bool kra_covers = false;  // the similarity reaches the pipeline's "KRA covers the sentence" bar
};

/// The built-in work-nature lexicon: eight natures and their verbs (docs/enrichment.md).
const std::vector<WorkNature>& builtin_work_natures();

class Enricher {
 public:
  explicit Enricher(const CatalogData& data);

  /// The six views of a run that was not rejected; `jd_text` is the text the run was made from.
  Enrichment compute(const Run& run, std::string_view jd_text, const std::vector<SentenceInput>& sentences) const;

  /// The nature id a sentence's first lexicon word gives it ("unclassified" when none), and
  /// that word as written (lower case; empty when none).
  std::pair<std::string, std::string> classify(std::string_view sentence) const;
  std::pair<std::string, std::string> classify_tokens(const std::vector<text::Token>& tokens) const;

 private:
  const CatalogData& data_;
  bool catalog_lexicon_ = false;
  std::vector<WorkNature> natures_;
  std::unordered_map<std::string, size_t> nature_of_word_;  // inflected form -> index in natures_
};

/// Content words of a text for the KRA vocabulary view: lower-case tokens with a letter, not
/// stop words, one per stem (the first spelling kept), in text order; with their stems.
std::vector<std::pair<std::string, std::string>> content_words(std::string_view text);
std::vector<std::pair<std::string, std::string>> content_words_of(const std::vector<text::Token>& tokens);

/// A light English stem: "develops", "developed", "developing" -> "develop"; "analyses" ->
/// "analys"; a final "e" is dropped so that "manage" and "managing" meet.
std::string stem(std::string_view word);

/// The span of `needle` in `text` at or after `from` (then anywhere), with any run of white
/// space in one matching any run in the other; nothing when it is not there.
std::optional<TextSpan> locate(std::string_view text, std::string_view needle, size_t from = 0);

}  // namespace jdpipe::enrich
