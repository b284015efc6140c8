// The features of link_skill's candidate pool, for fitting the ranker's blend
// (tools/fit_link_blend.py runs this; not a benchmark).
//
//   jdpipe_link_features CATALOG.db [static:VECTORS.bin] < mentions.tsv > pools.jsonl
//
// Input: one mention a line, "term<TAB>context". Output: one JSON array a line, the pool in
// the ranker's order, each {"name", "alias", "similarity", "features": [...]} with the
// features in kLinkFeatureNames order. The embedder is built as the CLI builds it: the
// catalog-fitted hashing embedder by default, or static word vectors.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "jdpipe/catalog_io.hpp"
#include "jdpipe/embedder.hpp"
#include "jdpipe/static_embedder.hpp"
#include "skills/dictionary.hpp"
#include "skills/link_ranker.hpp"
#include "skills/linker.hpp"

namespace {

std::string json_string(const std::string& s) {
  std::string o = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') o += '\\', o += c;
    else if (static_cast<unsigned char>(c) < 0x20) o += ' ';
    else o += c;
  }
  return o + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace jdpipe;
  if (argc < 2) {
    std::fprintf(stderr, "usage: jdpipe_link_features CATALOG.db [static:VECTORS.bin] < mentions.tsv\n");
    return 2;
  }
  auto catalog = open_catalog(argv[1]);
  auto data = catalog->snapshot();
  std::shared_ptr<Embedder> embedder;
  if (argc > 2 && std::string(argv[2]).rfind("static:", 0) == 0) {  // (--nearest last: API 2's choice only)
    auto v = StaticVectorEmbedder::load(std::string(argv[2]).substr(7));
    std::vector<std::string> corpus;
    for (const auto& r : data->roles) corpus.insert(corpus.end(), r.kras.begin(), r.kras.end());
    v->fit_frequencies(corpus);
    v->fit_common_component(corpus);
    embedder = v;
  } else {
    auto h = std::make_shared<HashingEmbedder>();
    std::vector<std::string> corpus;
    for (const auto& r : data->roles) {
      corpus.push_back(r.display_name);
      corpus.insert(corpus.end(), r.kras.begin(), r.kras.end());
    }
    for (const auto& s : data->skills) corpus.push_back(s.display_name);
    h->fit_idf(corpus);
    embedder = h;
  }
  skills::SkillDictionary dict(*data);
  skills::SkillLinker linker(*data);
  skills::LinkRanker ranker(*data, dict, linker);
  std::vector<std::string> names;
  for (const auto& s : data->skills) names.push_back(s.display_name);
  Matrix vecs = embedder->embed(names);
  std::string line;
  const bool nearest_only = std::string(argv[argc - 1]) == "--nearest";
  while (std::getline(std::cin, line)) {
    size_t tab = line.find('\t');
    std::string term = line.substr(0, tab), context = tab == std::string::npos ? "" : line.substr(tab + 1);
    if (nearest_only) {  // what API 2 asks the linker for a term no alias names
      auto near = linker.nearest(term, context, 1);
      std::cout << "{\"name\":" << (near.empty() ? "null" : json_string(data->skills[near[0].skill_index].display_name))
                << ",\"score\":" << (near.empty() ? 0.0 : near[0].score)
                << ",\"alias\":" << (dict.lookup(term).empty() ? 0 : 1) << "}\n";
      continue;
    }
    Eigen::VectorXf sims = vecs * embedder->embed({term}).row(0).transpose();
    auto ranked = ranker.rank(term, context, std::span<const float>(sims.data(), static_cast<size_t>(sims.size())));
    std::string out = "[";
    for (size_t i = 0; i < ranked.size(); ++i) {
      const auto& r = ranked[i];
      if (i) out += ",";
      out += "{\"name\":" + json_string(data->skills[r.skill_index].display_name) + ",\"alias\":" + std::to_string(r.alias) +
             ",\"similarity\":" + std::to_string(r.similarity) + ",\"features\":[";
      for (size_t k = 0; k < r.features.size(); ++k) out += (k ? "," : "") + std::to_string(r.features[k]);
      out += "]}";
    }
    std::cout << out << "]\n";
  }
  return 0;
}
