// The six client views of a run (docs/enrichment.md): skill clusters, nature of work, AI index,
// tech stack maturity, evidence and KRA vocabulary.
#include "enrich/enricher.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>

#include <absl/container/flat_hash_set.h>

#include "enrich/ai_terms.hpp"
#include "text/text.hpp"

namespace jdpipe::enrich {

namespace {

double round4(double v) { return std::round(v * 10000.0) / 10000.0; }

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/// The forms a verb of the lexicon is matched in: the base, -s, -ed and -ing, with the usual
/// spelling changes; both the plain and the doubled final consonant where English may double
/// it ("plan" -> "planned", "planning").
std::vector<std::string> inflections(const std::string& v) {
  std::vector<std::string> out{v};
  if (v.size() < 2) return out;
  char last = v.back(), prev = v[v.size() - 2];
  auto ends = [&](std::string_view suf) { return v.size() >= suf.size() && v.compare(v.size() - suf.size(), suf.size(), suf) == 0; };
  std::string stem_y = v.substr(0, v.size() - 1);
  if (last == 'y' && !vowel(prev)) {
    out.push_back(stem_y + "ies");
    out.push_back(stem_y + "ied");
    out.push_back(v + "ing");
    return out;
  }
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh")) out.push_back(v + "es");
  else out.push_back(v + "s");
  if (last == 'e') {
    out.push_back(v + "d");
    out.push_back(ends("ee") ? v + "ing" : stem_y + "ing");
    return out;
  }
  out.push_back(v + "ed");
  out.push_back(v + "ing");
  bool cvc = v.size() >= 3 && !vowel(last) && last != 'w' && last != 'x' && last != 'y' && vowel(prev) &&
             !vowel(v[v.size() - 3]);
  if (cvc) {
    out.push_back(v + last + "ed");
    out.push_back(v + last + "ing");
  }
  return out;
}

// Closed-class English words and JD filler with no content of their own.
const absl::flat_hash_set<std::string_view>& stop_words() {
  static const absl::flat_hash_set<std::string_view> words = {
      "a", "about", "above", "across", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
      "as", "at", "be", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
      "do", "does", "doing", "down", "during", "each", "e.g", "eg", "etc", "either", "ensure", "ensuring", "every",
      "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his",
      "how", "i", "i.e", "ie", "if", "in", "including", "into", "is", "it", "its", "itself", "just", "may", "me",
      "might", "more", "most", "must", "my", "no", "nor", "not", "of", "off", "on", "once", "one", "only", "or",
      "other", "our", "ours", "out", "over", "own", "per", "same", "shall", "she", "should", "so", "some", "such",
      "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through",
      "to", "too", "under", "until", "up", "upon", "us", "use", "using", "very", "via", "was", "we", "were", "what",
      "when", "where", "whether", "which", "while", "who", "whom", "why", "will", "with", "within", "without",
      "would", "you", "your", "yours"};
  return words;
}

const char* const kUnclassified = "unclassified";

struct Bucket {
  const char* id;
  const char* gloss;  // for the one-line reading
};
constexpr Bucket kBuckets[] = {{"evergreen", "a stack of long-lived fundamentals"},
                               {"stable", "an established stack"},
                               {"emerging", "a fast-moving, current stack"},
                               {"fading", "a stack leaning on technology past its peak"},
                               {"unknown", "skills the catalog does not describe"}};

/// evergreen: lifespan EVERGREEN. stable: LONG and not VOLATILE. emerging: VOLATILE with a LONG
/// or MEDIUM lifespan (fast-changing, still rising). fading: SHORT, or MEDIUM and no longer
/// changing (STABLE or MODERATE: jQuery, Objective-C).
const char* bucket_of(std::string_view volatility, std::string_view lifespan) {
  if (lifespan == "EVERGREEN") return "evergreen";
  if (lifespan == "SHORT") return "fading";
  if (volatility == "VOLATILE") return lifespan == "LONG" || lifespan == "MEDIUM" ? "emerging" : "unknown";
  if (lifespan == "LONG") return volatility == "STABLE" || volatility == "MODERATE" ? "stable" : "unknown";
  if (lifespan == "MEDIUM") return volatility == "STABLE" || volatility == "MODERATE" ? "fading" : "unknown";
  return "unknown";
}

std::string percent(double share) { return fmt::format("{}%", static_cast<int>(std::lround(share * 100))); }

std::string names_up_to(const std::vector<std::string>& names, size_t k) {
  std::string out;
  for (size_t i = 0; i < names.size() && i < k; ++i) out += (i ? ", " : "") + names[i];
  if (names.size() > k) out += ", ...";
  return out;
}

bool valid_span(const Evidence& e, std::string_view text) { return e.byte_start < e.byte_end && e.byte_end <= text.size(); }

}  // namespace

const std::vector<WorkNature>& builtin_work_natures() {
  // One nature per word: a word listed twice counts for the first nature that lists it.
  static const std::vector<WorkNature> natures = {
      {"build", "Build / create",
       {"build", "develop", "design", "create", "implement", "code", "prototype",
        "construct", "write", "draft", "produce", "compose", "author", "craft", "install", "fabricate", "assemble",
        "automate", "integrate", "refactor", "cook", "bake", "prepare", "prep", "edit", "proofread", "invent", "innovate", "development",
        "construction"}},
      {"analyse", "Analyse / research",
       {"analyse", "analyze", "research", "investigate", "evaluate", "assess", "examine", "study", "interpret",
        "forecast", "measure", "audit", "review", "test", "validate", "verify", "diagnose", "identify", "explore",
        "experiment", "benchmark", "reconcile", "screen", "estimate", "calculate", "quantify", "survey", "inspect", "analysis",
        "analytics", "insight"}},
      {"operate", "Operate / maintain",
       {"operate", "maintain", "run", "monitor", "troubleshoot", "repair", "fix", "configure", "deploy", "administer",
        "upgrade", "patch", "process", "clean", "secure", "migrate", "scale", "optimise", "optimize",
        "tune", "record", "file", "stock", "restock", "dispatch", "load", "pick", "pack", "ship", "enter", "log",
        "count", "track", "patrol", "clear", "maintenance", "operations"}},
      {"manage", "Coordinate / manage",
       {"manage", "lead", "coordinate", "plan", "oversee", "supervise", "direct", "organise", "organize", "prioritise",
        "prioritize", "schedule", "own", "hire", "recruit", "budget", "allocate", "delegate", "define", "establish",
        "align", "collaborate", "partner", "govern", "drive", "steer", "strategise", "strategize", "management",
        "leadership", "strategy"}},
      {"sell", "Communicate / sell",
       {"sell", "negotiate", "pitch", "present", "communicate", "promote", "market", "prospect", "persuade",
        "advertise", "network", "represent", "liaise", "report", "document", "publish", "upsell", "engage", "convert",
        "demo", "showcase", "campaign", "explain", "quote", "sales", "marketing", "communication"}},
      {"support", "Support / serve",
       {"support", "assist", "serve", "service", "help", "respond", "resolve", "answer", "greet", "welcome", "advise", "guide",
        "escalate", "handle", "accommodate", "book", "consult", "reply", "troubleshooting"}},
      {"care", "Care / treat",
       {"care", "treat", "nurse", "dispense", "counsel", "comfort", "feed", "bathe", "medicate", "vaccinate",
        "rehabilitate", "safeguard", "heal", "soothe", "treatment"}},
      {"teach", "Teach / train",
       {"teach", "train", "mentor", "coach", "tutor", "educate", "instruct", "lecture", "mark", "grade", "onboard",
        "upskill", "teaching", "training"}},
  };
  return natures;
}

Enricher::Enricher(const CatalogData& data) : data_(data) {
  catalog_lexicon_ = !data.meta.work_natures.empty();
  natures_ = catalog_lexicon_ ? data.meta.work_natures : builtin_work_natures();
  for (size_t i = 0; i < natures_.size(); ++i)
    for (const auto& verb : natures_[i].verbs)
      for (auto& form : inflections(text::lower(text::trim(verb)))) nature_of_word_.emplace(std::move(form), i);
}

std::pair<std::string, std::string> Enricher::classify(std::string_view sentence) const {
  return classify_tokens(text::tokenize(sentence));
}

std::pair<std::string, std::string> Enricher::classify_tokens(const std::vector<text::Token>& tokens) const {
  for (const auto& t : tokens) {
    auto it = nature_of_word_.find(t.norm);
    if (it != nature_of_word_.end()) return {natures_[it->second].id, t.norm};
  }
  return {kUnclassified, {}};
}

std::string stem(std::string_view word) {
  std::string w(word);
  auto ends = [&](std::string_view suf) { return w.size() >= suf.size() && w.compare(w.size() - suf.size(), suf.size(), suf) == 0; };
  auto cut = [&](size_t n) { w.resize(w.size() - n); };
  if (ends("'s")) cut(2);
  if (w.size() > 4 && ends("ies")) {
    cut(3);
    w += 'y';
  } else if (w.size() > 4 && (ends("sses") || ends("xes") || ends("zes") || ends("ches") || ends("shes"))) {
    cut(2);
  } else if (w.size() > 3 && ends("s") && !ends("ss") && !ends("us") && !ends("is")) {
    cut(1);
  }
  if (w.size() > 5 && ends("ing")) cut(3);
  else if (w.size() > 4 && ends("ied")) {
    cut(3);
    w += 'y';
  } else if (w.size() > 4 && ends("ed")) cut(2);
  // A doubled final consonant left by -ing/-ed ("planning" -> "plann") and a final "e".
  if (w.size() > 3 && w.back() == w[w.size() - 2] && !vowel(w.back()) && w.back() != 'l' && w.back() != 's') w.pop_back();
  if (w.size() > 3 && w.back() == 'e') w.pop_back();
  return w;
}

std::vector<std::pair<std::string, std::string>> content_words(std::string_view text_in) {
  return content_words_of(text::tokenize(text_in));
}

std::vector<std::pair<std::string, std::string>> content_words_of(const std::vector<text::Token>& tokens) {
  std::vector<std::pair<std::string, std::string>> out;
  const auto& stops = stop_words();
  for (const auto& t : tokens) {
    const std::string& w = t.norm;
    if (w.size() < 2 || stops.contains(w)) continue;
    if (std::none_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; }))
      continue;
    std::string s = stem(w);
    // A sentence has a few dozen words: a linear look beats a hash set here.
    if (std::none_of(out.begin(), out.end(), [&](const auto& p) { return p.second == s; })) out.emplace_back(w, std::move(s));
  }
  return out;
}

std::optional<TextSpan> locate(std::string_view text_in, std::string_view needle, size_t from) {
  needle = text::trim(needle);
  if (needle.empty()) return std::nullopt;
  auto try_at = [&](size_t p) -> std::optional<size_t> {
    size_t i = 0, j = p;
    while (i < needle.size()) {
      auto nc = static_cast<unsigned char>(needle[i]);
      if (text::is_space(nc)) {
        if (j >= text_in.size() || !text::is_space(static_cast<unsigned char>(text_in[j]))) return std::nullopt;
        while (i < needle.size() && text::is_space(static_cast<unsigned char>(needle[i]))) ++i;
        while (j < text_in.size() && text::is_space(static_cast<unsigned char>(text_in[j]))) ++j;
        continue;
      }
      if (j >= text_in.size() || text_in[j] != needle[i]) return std::nullopt;
      ++i;
      ++j;
    }
    return j;
  };
  for (size_t start : {from, size_t{0}}) {
    for (size_t p = text_in.find(needle[0], start); p != std::string_view::npos; p = text_in.find(needle[0], p + 1))
      if (auto end = try_at(p)) return TextSpan{p, *end};
    if (start == 0) break;
  }
  return std::nullopt;
}

Enrichment Enricher::compute(const Run& run, std::string_view jd, const std::vector<SentenceInput>& sentences) const {
  Enrichment out;
  const auto& final_skills = run.api1.final_skills;
  const Role* chosen = nullptr;
  if (const auto& cr = run.api1.stage4_decision.chosen_role; cr && !run.api1.stage4_decision.is_new_role)
    chosen = data_.role_by_id(cr->role_id);

  std::vector<const Skill*> catalog_skill(final_skills.size(), nullptr);
  for (size_t i = 0; i < final_skills.size(); ++i)
    if (!final_skills[i].slug.empty()) catalog_skill[i] = data_.skill_by_slug(final_skills[i].slug);
  auto ref_of = [&](size_t i) { return EnrichedSkillRef{final_skills[i].skill_name, final_skills[i].slug, final_skills[i].is_primary}; };

  // Where each responsibility sentence sits in the JD; sentences come in text order, so each
  // search starts after the previous find.
  std::vector<std::optional<TextSpan>> spans;
  spans.reserve(sentences.size());
  size_t cursor = 0;
  for (const auto& s : sentences) {
    spans.push_back(locate(jd, s.sentence, cursor));
    if (spans.back()) cursor = spans.back()->byte_end;
  }

  std::vector<std::vector<text::Token>> tokens;  // each sentence tokenized once, for two views
  tokens.reserve(sentences.size());
  for (const auto& s : sentences) tokens.push_back(text::tokenize(s.sentence));

  // --- skill clusters ----------------------------------------------------------------------
  {
    auto& sc = out.skill_clusters;
    std::map<std::string, size_t> cat_at, dim_at;
    for (size_t i = 0; i < final_skills.size(); ++i) {
      const Skill* sk = catalog_skill[i];
      if (!sk) {
        sc.unclustered.push_back(final_skills[i].skill_name);
        continue;
      }
      auto [ci, cfresh] = cat_at.emplace(sk->category, sc.by_category.size());
      if (cfresh) sc.by_category.push_back({sk->category, sk->category.empty() ? "Other" : sk->category, false, {}});
      sc.by_category[ci->second].skills.push_back(ref_of(i));
      for (const auto& dslug : sk->dimensions) {
        auto [di, dfresh] = dim_at.emplace(dslug, sc.by_dimension.size());
        if (dfresh) {
          const Dimension* d = data_.dimension_by_slug(dslug);
          bool under = chosen && std::find(chosen->dimensions.begin(), chosen->dimensions.end(), dslug) != chosen->dimensions.end();
          sc.by_dimension.push_back({dslug, d ? d->display_name : dslug, under, {}});
        }
        auto& members = sc.by_dimension[di->second].skills;
        if (members.empty() || members.back().skill_name != final_skills[i].skill_name)  // a link listed twice
          members.push_back(ref_of(i));
      }
    }
    auto by_size = [](const SkillCluster& a, const SkillCluster& b) { return a.skills.size() > b.skills.size(); };
    std::stable_sort(sc.by_category.begin(), sc.by_category.end(), by_size);
    std::stable_sort(sc.by_dimension.begin(), sc.by_dimension.end(), by_size);
  }

  // --- nature of work ----------------------------------------------------------------------
  {
    auto& nw = out.nature_of_work;
    nw.lexicon = catalog_lexicon_ ? "catalog" : "builtin";
    std::vector<int> counts(natures_.size() + 1, 0);
    for (size_t s = 0; s < sentences.size(); ++s) {
      auto [nature, verb] = classify_tokens(tokens[s]);
      SentenceNature sn{std::string(sentences[s].sentence), spans[s], nature, std::nullopt};
      if (!verb.empty()) sn.verb = verb;
      size_t k = natures_.size();
      for (size_t i = 0; i < natures_.size(); ++i)
        if (natures_[i].id == nature) k = i;
      ++counts[k];
      nw.sentences.push_back(std::move(sn));
    }
    const double total = static_cast<double>(sentences.size());
    int best = 0;
    for (size_t i = 0; i <= natures_.size(); ++i) {
      bool unc = i == natures_.size();
      nw.shares.push_back({unc ? kUnclassified : natures_[i].id, unc ? "Unclassified" : natures_[i].label, counts[i],
                           total > 0 ? round4(counts[i] / total) : 0.0});
      if (!unc && counts[i] > best) {
        best = counts[i];
        nw.dominant = natures_[i].id;
      }
    }
  }

  // --- AI index ----------------------------------------------------------------------------
  {
    auto& ai = out.ai_index;
    ai.total_skills = static_cast<int>(final_skills.size());
    ai.total_responsibilities = static_cast<int>(sentences.size());
    std::vector<size_t> ai_skill_idx;
    for (size_t i = 0; i < final_skills.size(); ++i) {
      std::vector<std::string> reasons;
      if (catalog_skill[i] && catalog_skill[i]->ai_related) reasons.push_back("catalog flags the skill ai_related");
      else if (!catalog_skill[i])
        if (auto term = find_ai_term(final_skills[i].skill_name)) reasons.push_back(fmt::format("name mentions '{}'", *term));
      if (reasons.empty()) continue;
      ai_skill_idx.push_back(i);
      ai.contributors.push_back({"skill", final_skills[i].skill_name, std::move(reasons), std::nullopt});
    }
    ai.ai_skills = static_cast<int>(ai_skill_idx.size());
    for (size_t s = 0; s < sentences.size(); ++s) {
      const SentenceInput& in = sentences[s];
      std::vector<std::string> reasons;
      if (auto term = find_ai_term(in.sentence)) reasons.push_back(fmt::format("mentions '{}'", *term));
      std::string low;
      for (size_t i : ai_skill_idx) {
        const ExtractedSkill& es = final_skills[i];
        bool inside = false;
        if (spans[s]) {
          for (const auto& ev : es.evidence)
            inside |= valid_span(ev, jd) && ev.byte_start >= spans[s]->byte_start && ev.byte_end <= spans[s]->byte_end;
        } else {
          if (low.empty()) low = text::lower(in.sentence);
          for (const auto& sf : es.surface_forms) inside |= !sf.empty() && low.find(text::lower(sf)) != std::string::npos;
        }
        if (inside) reasons.push_back(fmt::format("names AI skill '{}'", es.skill_name));
      }
      if (in.kra_role && in.kra_covers &&
          std::binary_search(in.kra_role->ai_related_kras.begin(), in.kra_role->ai_related_kras.end(), in.kra_index))
        reasons.push_back(fmt::format("its best KRA ({}, similarity {:.2f}) is AI-related: \"{}\"", in.kra_role->slug,
                                      in.similarity, in.kra_role->kras[in.kra_index]));
      if (reasons.empty()) continue;
      ++ai.ai_responsibilities;
      ai.contributors.push_back({"responsibility", std::string(in.sentence), std::move(reasons), spans[s]});
    }
    ai.skill_share = ai.total_skills ? round4(static_cast<double>(ai.ai_skills) / ai.total_skills) : 0.0;
    ai.responsibility_share =
        ai.total_responsibilities ? round4(static_cast<double>(ai.ai_responsibilities) / ai.total_responsibilities) : 0.0;
    double exact_skill = ai.total_skills ? static_cast<double>(ai.ai_skills) / ai.total_skills : 0.0;
    double exact_resp = ai.total_responsibilities ? static_cast<double>(ai.ai_responsibilities) / ai.total_responsibilities : 0.0;
    int parts = (ai.total_skills > 0) + (ai.total_responsibilities > 0);
    ai.score = parts ? static_cast<int>(std::lround(100.0 * (exact_skill + exact_resp) / parts)) : 0;
    ai.method =
        "100 x the mean of (AI-related skills / skills) and (AI-related responsibilities / responsibilities), over "
        "the parts the JD has; a skill counts when the catalog flags it (or, outside the catalog, its name has an AI "
        "term), a responsibility when it has an AI term, names an AI skill, or its best KRA covers it and is flagged";
  }

  // --- tech stack maturity -----------------------------------------------------------------
  {
    auto& tm = out.tech_stack_maturity;
    std::map<std::string, std::vector<std::string>> names;  // bucket -> skill names
    for (size_t i = 0; i < final_skills.size(); ++i) {
      SkillMaturity m{final_skills[i].skill_name, final_skills[i].slug, std::nullopt, std::nullopt, "unknown"};
      if (const Skill* sk = catalog_skill[i]) {
        m.volatility = sk->volatility;
        m.typical_lifespan = sk->typical_lifespan;
      } else {
        // A skill the catalog lacks: the enricher's guess, when one ran.
        for (const auto& d : run.api2.skills_detail)
          if (d.new_skill_meta && !d.new_skill_meta->volatility.empty() && !d.new_skill_meta->typical_lifespan.empty() &&
              (d.input_skill == final_skills[i].skill_name ||
               (!final_skills[i].surface_forms.empty() && d.input_skill == final_skills[i].surface_forms.front()))) {
            m.volatility = d.new_skill_meta->volatility;
            m.typical_lifespan = d.new_skill_meta->typical_lifespan;
            break;
          }
      }
      if (m.volatility && m.typical_lifespan) m.bucket = bucket_of(*m.volatility, *m.typical_lifespan);
      names[m.bucket].push_back(m.skill_name);
      tm.skills.push_back(std::move(m));
    }
    const double total = static_cast<double>(final_skills.size());
    const Bucket* dominant = nullptr;
    size_t dominant_n = 0;
    for (const auto& b : kBuckets) {
      size_t n = names[b.id].size();
      tm.shares.push_back({b.id, static_cast<int>(n), total > 0 ? round4(n / total) : 0.0});
      if (n > dominant_n) {
        dominant = &b;
        dominant_n = n;
      }
    }
    if (!dominant) {
      tm.reading = "No skills found, so there is no stack to read.";
    } else {
      tm.reading = fmt::format("Mostly {} ({}): {}", dominant->id, percent(dominant_n / total), dominant->gloss);
      for (const char* id : {"emerging", "fading", "unknown"}) {
        const auto& v = names[id];
        if (v.empty() || id == std::string_view(dominant->id)) continue;
        tm.reading += fmt::format("; {} {} ({})", percent(v.size() / total), id, names_up_to(v, 3));
      }
      tm.reading += ".";
    }
  }

  // --- evidence ----------------------------------------------------------------------------
  {
    auto& ev = out.evidence;
    for (const auto& es : final_skills)
      for (const auto& e : es.evidence) {
        SkillEvidenceItem item{es.skill_name, es.slug, {}, std::nullopt, e.sentence};
        if (valid_span(e, jd)) {
          item.span = TextSpan{e.byte_start, e.byte_end};
          item.text = std::string(jd.substr(e.byte_start, e.byte_end - e.byte_start));
        }
        ev.skills.push_back(std::move(item));
      }
    std::stable_sort(ev.skills.begin(), ev.skills.end(), [](const auto& a, const auto& b) {
      if (a.span.has_value() != b.span.has_value()) return a.span.has_value();
      return a.span && a.span->byte_start < b.span->byte_start;
    });
    for (size_t s = 0; s < sentences.size(); ++s) {
      const SentenceInput& in = sentences[s];
      if (!in.kra_role) continue;
      bool ai = std::binary_search(in.kra_role->ai_related_kras.begin(), in.kra_role->ai_related_kras.end(), in.kra_index);
      ev.kras.push_back({std::string(in.sentence), spans[s], in.kra_role->kras[in.kra_index], in.kra_role->slug, round4(in.similarity), ai});
    }
  }

  // --- KRA vocabulary ----------------------------------------------------------------------
  using Words = std::vector<std::pair<std::string, std::string>>;
  std::vector<std::pair<const std::string*, Words>> kra_words;  // sentences often share a KRA
  auto words_of_kra = [&](const std::string& kra) -> const Words& {
    for (const auto& [k, w] : kra_words)
      if (k == &kra) return w;
    kra_words.emplace_back(&kra, content_words(kra));
    return kra_words.back().second;
  };
  auto has_stem = [](const Words& ws, const std::string& st) {
    return std::any_of(ws.begin(), ws.end(), [&](const auto& p) { return p.second == st; });
  };
  for (size_t s = 0; s < sentences.size(); ++s) {
    const SentenceInput& in = sentences[s];
    if (!in.kra_role) continue;
    KraVocabulary kv;
    kv.sentence = in.sentence;
    kv.kra_text = in.kra_role->kras[in.kra_index];
    kv.role_slug = in.kra_role->slug;
    kv.similarity = round4(in.similarity);
    Words sw = content_words_of(tokens[s]);
    const Words& kw = words_of_kra(in.kra_role->kras[in.kra_index]);
    for (const auto& [w, st] : sw) (has_stem(kw, st) ? kv.shared : kv.sentence_only).push_back(w);
    for (const auto& [w, st] : kw)
      if (!has_stem(sw, st)) kv.kra_only.push_back(w);
    kv.overlap = sw.empty() ? 0.0 : round4(static_cast<double>(kv.shared.size()) / sw.size());
    out.kra_vocabulary.push_back(std::move(kv));
  }
  return out;
}

}  // namespace jdpipe::enrich
