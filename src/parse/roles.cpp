// Job titles in a JD: "Title:" fields, a title-like first line, hiring phrases ("we need a great
// back-end developer"), the role family, the company in running text and duty sentences.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>

#include "parse/parse_internal.hpp"
#include "text/text.hpp"

namespace jdpipe::parse_detail {

namespace {

constexpr size_t npos = std::string_view::npos;

const std::unordered_set<std::string_view>& role_nouns() {
  static const std::unordered_set<std::string_view> k = {
      "developer", "engineer", "manager", "analyst", "designer", "scientist", "architect", "administrator",
      "specialist", "consultant", "accountant", "nurse", "technician", "teacher", "lecturer", "recruiter",
      "executive", "representative", "officer", "coordinator", "lead", "director", "associate", "assistant",
      "electrician", "plumber", "welder", "mechanic", "therapist", "pharmacist", "physician", "writer", "marketer",
      "tester", "intern", "programmer", "head", "owner", "advisor", "adviser", "agent", "clerk", "driver", "operator",
      "supervisor", "strategist", "editor", "auditor", "controller", "bookkeeper", "tutor", "instructor",
      "professor", "counselor", "counsellor", "carpenter", "chef", "cook", "cashier", "receptionist", "secretary",
      "paralegal", "attorney", "lawyer", "doctor", "dentist", "surgeon", "psychologist", "hygienist",
      "technologist", "researcher", "trainer", "planner", "buyer", "expert", "freelancer", "sdet", "devops",
      "copywriter", "illustrator", "animator", "photographer", "pilot", "salesperson", "banker", "economist",
      "statistician", "actuary", "underwriter", "paramedic", "caregiver", "housekeeper", "janitor", "guard",
      "storekeeper", "merchandiser", "estimator", "surveyor", "draftsman", "machinist", "fitter", "installer",
      "inspector", "trader", "investigator", "librarian", "translator", "interpreter", "stylist", "barista",
      "waiter", "bartender", "generalist", "vp", "svp", "evp", "avp", "president", "chief", "cto", "ceo", "cfo",
      "coo", "cmo", "cio", "ciso", "worker", "labourer", "laborer", "packer", "picker", "handler", "loader",
      "helper", "nanny", "cleaner", "porter", "courier", "baker", "butcher", "teller", "steward", "attendant",
      "warden", "caretaker", "gardener", "landscaper", "painter", "roofer", "mason", "bricklayer", "foreman",
      "fabricator", "millwright", "rigger", "dispatcher", "scheduler", "midwife", "radiographer", "sonographer",
      "optometrist", "dietitian", "dietician", "nutritionist", "phlebotomist", "veterinarian", "aide", "carer",
      "educator", "dean", "coach", "psychiatrist", "journalist", "reporter", "producer", "artist", "ambassador",
      "evangelist", "apprentice", "trainee", "master", "commis", "sommelier", "concierge", "valet", "croupier",
      "chemist", "biologist", "geologist", "hydrologist", "physicist", "mathematician", "pharmacologist",
      "optician", "audiologist", "podiatrist", "chiropractor", "physiotherapist", "anaesthetist",
      "anesthesiologist", "radiologist", "pathologist", "cardiologist", "oncologist", "pediatrician",
      "paediatrician", "obstetrician", "gynecologist", "dermatologist", "neurologist", "surveyor", "conveyancer",
      "solicitor", "barrister", "notary", "clerk", "typist", "stenographer", "telecaller", "telemarketer",
      "merchandiser", "promoter", "demonstrator", "collector", "negotiator", "broker", "realtor", "valuer",
      "appraiser", "adjuster", "assessor", "moderator", "curator", "archivist", "registrar", "bursar",
      "headteacher", "headmaster", "headmistress", "principal", "lecturer", "invigilator", "mentor"};
  return k;
}

const std::unordered_set<std::string_view>& employment_words() {
  static const std::unordered_set<std::string_view> k = {
      "full", "time", "fulltime", "part", "parttime", "permanent", "contract", "contractual", "internship",
      "temporary", "temp", "freelance", "remote", "hybrid", "onsite", "on", "site", "office", "c2h", "to", "hire",
      "basis", "role", "position", "job", "ft", "pt", "and", "or", "w2", "1099", "seasonal", "casual", "fixed",
      "term", "employee", "employment", "type", "regular", "direct", "wfh", "wfo", "work", "from", "home", "only",
      "a", "the", "of", "immediate", "joiner", "joining", "opening", "openings", "vacancy", "day", "night",
      "shift", "based", "project", "consulting", "payroll", "third", "party", "corp", "months", "month", "years",
      "year", "with", "possibility", "extension", "duration", "long", "vollzeit", "teilzeit", "befristet",
      "unbefristet", "festanstellung", "cdi", "cdd", "plein", "temps", "partiel", "jornada", "completa",
      "tiempo", "permanente", "internship", "apprenticeship", "graduate", "programme", "program", "hours",
      "hrs", "week", "weekly", "per", "days", "nights", "weekends", "flexible", "hourly", "salaried", "exempt",
      "non-exempt"};
  return k;
}

std::string lower_str(std::string_view s) { return text::lower(s); }

bool role_word(std::string_view w) {
  std::string_view tw = trim_punct(w);
  if (tw.empty()) return false;
  if (tw.size() > 40) {
    std::string l = lower_str(tw);
    if (is_role_noun(l)) return true;
    size_t p = l.find_last_of("/-");
    return p != npos && p + 1 < l.size() && is_role_noun(std::string_view(l).substr(p + 1));
  }
  char buf[40];
  for (size_t k = 0; k < tw.size(); ++k) {
    char c = tw[k];
    buf[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  std::string_view lw(buf, tw.size());
  if (is_role_noun(lw)) return true;
  // "developer/engineer", "back-end-developer"
  size_t p = lw.find_last_of("/-");
  return p != npos && p + 1 < lw.size() && is_role_noun(std::string_view(lw).substr(p + 1));
}

// Drops a plural "s" from the last word when its singular is a role noun ("developers").
std::string singularize_last(std::string title) {
  size_t sp = title.find_last_of(' ');
  std::string_view last = std::string_view(title).substr(sp == std::string::npos ? 0 : sp + 1);
  std::string l = lower_str(last);
  if (l.size() > 3 && l.back() == 's' && role_nouns().count(std::string_view(l).substr(0, l.size() - 1)))
    title.pop_back();
  return title;
}

struct WordSpan {
  size_t b = 0, e = 0;      // the word as written (leading/trailing punctuation removed)
  bool trailing_punct = false;
  bool newline_before = false;
};

// The next whitespace-separated word at or after i; returns false at the end.
bool next_word(std::string_view s, size_t& i, WordSpan& w) {
  bool nl = false;
  while (i < s.size() && space_byte(at(s, i))) {
    if (at(s, i) == '\n') nl = true;
    ++i;
  }
  if (i >= s.size()) return false;
  size_t b = i;
  while (i < s.size() && !space_byte(at(s, i)) && i - b < 64) ++i;
  size_t e = i;
  while (b < e && (at(s, b) == '(' || at(s, b) == '"' || at(s, b) == '\'' || at(s, b) == '*')) ++b;
  size_t e0 = e;
  while (e > b && (at(s, e - 1) == '.' || at(s, e - 1) == ',' || at(s, e - 1) == ';' || at(s, e - 1) == ':' ||
                   at(s, e - 1) == '!' || at(s, e - 1) == '?' || at(s, e - 1) == ')' || at(s, e - 1) == '"' ||
                   at(s, e - 1) == '*'))
    --e;
  // A bullet glyph or other symbol glued to the end also ends the phrase ("APIs•").
  w.b = b;
  w.e = e;
  w.trailing_punct = e != e0;
  w.newline_before = nl;
  return true;
}

}  // namespace

bool is_role_noun(std::string_view w) {
  if (w.empty()) return false;
  static const WordFilter kFilter = [] {
    WordFilter f;
    for (auto n : role_nouns()) f.add_exact(n);
    return f;
  }();
  if (kFilter.maybe_lower(w) && role_nouns().count(w)) return true;
  if (w.size() > 3 && w.back() == 's') {
    std::string_view sing = w.substr(0, w.size() - 1);
    if (kFilter.maybe_lower(sing) && role_nouns().count(sing)) return true;
  }
  return false;
}

bool has_role_noun(std::string_view s) {
  size_t i = 0;
  WordSpan w;
  while (next_word(s, i, w))
    if (w.e > w.b && role_word(s.substr(w.b, w.e - w.b))) return true;
  return false;
}

bool is_employment_type_only(std::string_view v) {
  std::string l = lower_str(v);
  size_t i = 0, n = 0;
  while (i < l.size()) {
    while (i < l.size() && !is_ascii_alnum(at(l, i))) ++i;
    size_t b = i;
    while (i < l.size() && is_ascii_alnum(at(l, i))) ++i;
    if (i == b) break;
    std::string_view w = std::string_view(l).substr(b, i - b);
    bool digits = std::all_of(w.begin(), w.end(), [](char c) { return is_digit(static_cast<unsigned char>(c)); });
    if (!digits && !employment_words().count(w)) return false;
    ++n;
  }
  return n > 0;
}

std::string title_key(std::string_view t) {
  std::string l = lower_str(trim_punct(t));
  for (char& c : l)
    if (c == '-' || c == '_') c = ' ';
  return text::squash_spaces(l);
}

std::vector<std::string> hiring_phrase_titles(const Doc& doc) {
  std::string_view text = doc.text, low = doc.low;
  static constexpr std::string_view kTriggers[] = {
      "need", "needs", "looking for", "hiring", "seeking", "seek", "join us as", "join our team as",
      "join the team as", "want", "wants", "look forward to", "looking forward to", "searching for",
      "in search of", "recruiting", "hire", "require", "requires", "welcome", "invite"};
  static const std::unordered_set<std::string_view> kAdjectives = {
      "great", "talented", "experienced", "passionate", "skilled", "motivated", "strong", "driven", "dedicated",
      "enthusiastic", "dynamic", "highly", "self-motivated", "results-driven", "creative", "curious", "exceptional",
      "outstanding", "qualified", "proactive", "detail-oriented", "hardworking", "hard-working", "ambitious",
      "smart", "brilliant", "seasoned", "energetic", "versatile", "competent", "reliable", "capable", "new",
      "committed", "confident", "friendly", "organized", "organised", "innovative", "bright", "young", "rockstar",
      "world-class", "top", "awesome", "amazing", "excellent", "hands-on", "self-driven", "few", "couple", "two",
      "several", "multiple", "additional", "more", "some", "good"};
  static const std::unordered_set<std::string_view> kStop = {
      "to", "who", "that", "with", "in", "for", "at", "on", "which", "and", "or", "of", "the", "is", "are", "will",
      "can", "you", "we", "our", "your", "their", "from", "by", "as", "be", "this", "someone", "people",
      "candidates", "candidate", "individual", "individuals", "person", "talent", "help", "it", "more", "than",
      "an", "a", "if", "when", "while", "so", "but", "not", "no", "any", "all", "us", "me", "them", "his", "her"};
  std::vector<std::pair<size_t, std::string>> found;
  static const std::vector<Needle> kTriggerNeedles = prepare_needles(kTriggers, [](std::string_view t) { return t; });
  for (const auto& tn : kTriggerNeedles) {
    std::string_view trig = tn.text;
    size_t pos = 0;
    int per_trigger = 0;
    while ((pos = doc.words.find(tn, pos)) != npos && per_trigger < 64) {
      size_t p = pos;
      pos += trig.size();
      if (trig == "hiring" || trig == "hire") {
        // "the hiring manager", "a hiring process": not a hiring phrase.
        size_t j = p;
        while (j > 0 && is_blank(at(low, j - 1))) --j;
        size_t we = j;
        while (j > 0 && is_alpha(at(low, j - 1))) --j;
        std::string_view prev = low.substr(j, we - j);
        if (prev == "the" || prev == "a" || prev == "our" || prev == "your" || prev == "to" || prev == "of") {
          if (!(trig == "hire" && prev == "to")) continue;
        }
      }
      size_t k = p + trig.size();
      WordSpan w;
      bool article = false, adjective = false;
      size_t title_b = npos, title_e = npos;
      int title_words = 0;
      bool ok = false;
      int steps = 0;
      while (steps++ < 10 && next_word(text, k, w)) {
        if (w.newline_before || w.e <= w.b) break;
        std::string lw = lower_str(text.substr(w.b, w.e - w.b));
        if (title_b == npos) {
          if (!article && !adjective && (lw == "a" || lw == "an")) {
            article = true;
            if (w.trailing_punct) break;
            continue;
          }
          if (kAdjectives.count(lw)) {
            adjective = true;
            continue;  // "a talented, motivated engineer"
          }
        }
        if (kStop.count(lw)) break;
        if (title_b == npos) title_b = w.b;
        ++title_words;
        if (role_word(lw)) {
          title_e = w.e;
          ok = true;
          // Following role words ("Principal Engineer", "Lead Developer") and a Capitalised
          // complement after "of" / "de" ("Director of Sales", "Chef de Partie").
          size_t k2 = k;
          WordSpan w2;
          bool punct = w.trailing_punct;
          while (!punct && next_word(text, k2, w2) && !w2.newline_before && w2.e > w2.b &&
                 role_word(text.substr(w2.b, w2.e - w2.b)) && is_upper(at(text, w2.b)) == is_upper(at(text, w.b))) {
            title_e = w2.e;
            k = k2;
            punct = w2.trailing_punct;
          }
          if (!punct && next_word(text, k2 = k, w2) && !w2.newline_before) {
            std::string_view conn = text.substr(w2.b, w2.e - w2.b);
            if ((conn == "of" || conn == "de") && !w2.trailing_punct) {
              size_t k3 = k2, comp_e = npos;
              WordSpan w3;
              for (int n = 0; n < 3 && next_word(text, k3, w3) && !w3.newline_before && w3.e > w3.b; ++n) {
                std::string_view cw = text.substr(w3.b, w3.e - w3.b);
                bool cap = is_upper(at(cw, 0)) || cw == "&" || (n > 0 && (cw == "and" || cw == "of"));
                if (!cap || (n == 0 && (cw == "The" || cw == "Our" || cw == "A"))) break;
                if (cw != "and" && cw != "of" && cw != "&") comp_e = w3.e;
                if (w3.trailing_punct) break;
              }
              if (comp_e != npos) title_e = comp_e;
            }
          }
          break;
        }
        if (w.trailing_punct || title_words >= 4) break;
      }
      if (!ok || title_b == npos) continue;
      if (!article && !adjective && title_words < 2) continue;  // "hiring managers", "need developers"
      std::string title = singularize_last(text::squash_spaces(text.substr(title_b, title_e - title_b)));
      if (title.empty() || title.size() > 120) continue;
      found.emplace_back(p, std::move(title));
      ++per_trigger;
    }
  }
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (auto& f : found) out.push_back(std::move(f.second));
  return out;
}

std::optional<std::string> title_from_line(std::string_view line) {
  std::string_view t = trim_fast(line);
  while (!t.empty() && (t.front() == '#' || t.front() == '*' || t.front() == '_' || t.front() == '>' ||
                        t.front() == ' ' || t.front() == '\t'))
    t.remove_prefix(1);
  while (!t.empty() && (t.back() == '*' || t.back() == '_' || t.back() == ':' || t.back() == ' ' || t.back() == '\t'))
    t.remove_suffix(1);
  // "Urgent opening: X", "Requirement for X", "Hiring: X"
  static constexpr std::string_view kPrefixes[] = {
      "urgent opening:", "urgent opening for", "urgent requirement:", "urgent requirement for", "urgently hiring:",
      "urgently required:", "urgent hiring:", "requirement for", "opening for", "openings for", "hiring:",
      "hiring for", "we are hiring:", "we're hiring:", "now hiring:", "job opening:", "opening:", "vacancy:",
      "vacancy for", "wanted:", "job:", "position:", "job title:", "role:", "we are hiring", "we're hiring",
      "now hiring", "hiring"};
  unsigned char f0 = at(t, 0);
  if (is_upper(f0)) f0 = static_cast<unsigned char>(f0 + 32);
  bool prefix_letter = f0 == 'u' || f0 == 'r' || f0 == 'o' || f0 == 'h' || f0 == 'w' || f0 == 'n' || f0 == 'j' ||
                       f0 == 'v' || f0 == 'p';
  for (auto p : kPrefixes) {
    if (!prefix_letter) break;
    if (istarts_with(t, 0, p) && t.size() > p.size() + 2 &&
        (p.back() == ':' || is_blank(at(t, p.size())))) {
      std::string_view rest = trim_fast(t.substr(p.size()));
      while (!rest.empty() && (rest.front() == ':' || rest.front() == '-' || rest.front() == ' ')) rest.remove_prefix(1);
      if (!rest.empty() && (is_upper(at(rest, 0)) || is_digit(at(rest, 0)))) t = rest;
      break;
    }
  }
  // "Barista wanted at Copper Kettle Coffee": the title is before "wanted".
  std::string lt0 = lower_str(t);
  for (std::string_view cut : {" wanted", " needed", " required urgently", " urgently required"}) {
    // Searched without its leading space (a rarer first byte), which is then checked.
    std::string_view word = cut.substr(1);
    size_t p = lt0.find(word);
    while (p != npos && !(p > 0 && lt0[p - 1] == ' ')) p = lt0.find(word, p + 1);
    if (p != npos) --p;
    if (p != npos && p > 0 && (p + cut.size() == t.size() || !is_alpha(at(t, p + cut.size())))) {
      t = trim_fast(t.substr(0, p));
      break;
    }
  }
  if (t.empty() || t.size() > 200) return std::nullopt;
  // A long header line "Android Developer (Kotlin) – Hyderabad – 2 to 5 yrs – ₹10-18 LPA": its
  // first part.
  if (text::word_count(t) > 8 || t.find(": ") != npos) {
    size_t best = npos;
    for (std::string_view sep : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", " | ", " \xC2\xB7 "}) {
      size_t p = t.find(sep);
      if (p != npos && p < best) best = p;
    }
    if (best != npos && best > 0) {
      std::string_view first = trim_fast(t.substr(0, best));
      if (text::word_count(first) <= 8 && first.find(": ") == npos) t = first;
    }
  }
  if (t.empty() || t.size() > 120) return std::nullopt;
  if (t.back() == '.' || t.back() == '!' || t.back() == '?' || t.back() == ';') return std::nullopt;
  if (t.find(": ") != npos || t.find(". ") != npos || t.find("? ") != npos || t.find("! ") != npos ||
      t.find('\n') != npos)
    return std::nullopt;
  if (bullet_glyph_len(t, 0) || leading_bullet_len(t, 0, t.size())) return std::nullopt;
  if (text::word_count(t) > 8) return std::nullopt;
  std::string lt = lower_str(t);
  for (std::string_view pron : {"we ", "you ", "our ", "i ", "we're ", "you'll ", "are you", "join "})
    if (lt.rfind(pron, 0) == 0) return std::nullopt;
  size_t i = 0;
  WordSpan w;
  bool role = false;
  while (next_word(t, i, w))
    if (w.e > w.b && role_word(t.substr(w.b, w.e - w.b))) role = true;
  if (!role) return std::nullopt;
  return text::squash_spaces(t);
}

std::optional<std::string> title_from_field(std::string_view value) {
  std::string v = clean_value(value, 160);
  if (v.empty()) return std::nullopt;
  if (text::word_count(v) > 10) return std::nullopt;
  if (v.find(". ") != npos || v.find('!') != npos || v.find('?') != npos) return std::nullopt;
  if (is_employment_type_only(v)) return std::nullopt;
  std::string lv = lower_str(v);
  for (std::string_view pron : {"we ", "you ", "our ", "i ", "the candidate", "this ", "to "})
    if (lv.rfind(pron, 0) == 0) return std::nullopt;
  return v;
}

std::string role_archetype(std::string_view title) {
  std::string l = lower_str(title);
  auto any = [&](std::initializer_list<std::string_view> words) {
    for (auto w : words) {
      // w or its plural ("developers") as a word: one substring search for both.
      for (size_t p = l.find(w); p != npos; p = l.find(w, p + 1)) {
        if (p > 0 && is_ascii_alnum(at(l, p - 1))) continue;
        size_t e = p + w.size();
        if (!is_ascii_alnum(at(l, e)) || (at(l, e) == 's' && !is_ascii_alnum(at(l, e + 1)))) return true;
      }
    }
    return false;
  };
  if (l.empty()) return "";
  if (any({"developer", "engineer", "programmer", "architect", "sdet", "devops", "engineering"})) return "Engineering";
  if (any({"nurse", "pharmacist", "physician", "therapist", "doctor", "clinical", "medical", "dental", "dentist",
           "surgeon", "paramedic", "caregiver", "hygienist", "psychologist", "healthcare"}))
    return "Healthcare";
  if (any({"teacher", "lecturer", "tutor", "professor", "instructor", "educator", "teaching"})) return "Education";
  if (any({"it support", "help desk", "helpdesk", "system administrator", "systems administrator",
           "network administrator", "desktop support", "it technician", "sysadmin", "it administrator",
           "database administrator", "it operations", "noc"}))
    return "IT Operations";
  if (any({"electrician", "plumber", "welder", "mechanic", "carpenter", "technician", "hvac", "machinist",
           "fitter", "installer", "draftsman"}))
    return "Skilled Trades";
  if (any({"accountant", "finance", "financial", "auditor", "bookkeeper", "controller", "tax", "actuary",
           "underwriter", "treasury", "payroll", "accounts"}))
    return "Finance";
  if (any({"recruiter", "human resources", "hr", "talent acquisition", "people operations", "hrbp"})) return "HR";
  if (any({"data", "analyst", "scientist", "analytics", "machine learning", "bi", "statistician"})) return "Data";
  if (any({"product manager", "product owner", "designer", "ux", "ui", "product", "design"})) return "Product & Design";
  if (any({"sales", "marketing", "marketer", "account executive", "business development", "representative", "seo",
           "growth", "copywriter", "content writer", "brand", "sdr", "bdr"}))
    return "Sales & Marketing";
  if (any({"administrator", "support", "it"})) return "IT Operations";
  return "";
}

std::optional<std::string> company_from_prose(const Doc& doc) {
  std::string_view text = doc.text;
  static const std::unordered_set<std::string> kNot = {
      "we", "it", "this", "that", "who", "he", "she", "they", "team", "company", "our", "the", "us", "a", "an",
      "client", "the company", "our client", "our team", "the team", "me", "them", "you", "which", "everyone"};
  auto capitalised_words_back = [&](size_t end) -> std::string {
    // Up to 4 capitalised words ending right before `end` (a blank precedes `end`).
    size_t j = end;
    while (j > 0 && is_blank(at(text, j - 1))) --j;
    size_t e = j, b = npos;
    for (int words = 0; words < 4 && j > 0; ++words) {
      size_t we = j;
      while (j > 0 && !space_byte(at(text, j - 1)) && we - j < 40) --j;
      std::string_view w = text.substr(j, we - j);
      if (w.empty() || !is_upper(at(w, 0))) break;
      unsigned char last = static_cast<unsigned char>(w.back());
      if ((last == '.' || last == ',' || last == ':' || last == ';' || last == '!' || last == '?') && words > 0) break;
      if (words == 0 && !(is_ascii_alnum(last) || last == ')' || last >= 0x80)) break;
      b = j;
      if (j == 0 || !is_blank(at(text, j - 1))) break;
      --j;
    }
    if (b == npos) return "";
    // A sentence-initial word is no part of the name: "In Acme Corp", "Today Acme".
    static const std::unordered_set<std::string_view> kLead = {
        "in", "at", "on", "for", "with", "and", "but", "so", "today", "now", "currently", "here", "also", "why",
        "yes", "this", "that", "right", "finally", "meanwhile", "since", "as", "because", "if", "when", "while",
        "then", "how", "where", "why", "so,", "recently", "presently", "again", "well", "good", "great", "news",
        "exciting", "hello", "hi", "hey", "job", "role", "position", "update", "note", "who", "what"};
    for (int n = 0; n < 2; ++n) {
      size_t we = b;
      while (we < e && !space_byte(at(text, we))) ++we;
      std::string lw = lower_str(trim_punct(text.substr(b, we - b)));
      if (!kLead.count(lw)) break;
      b = we;
      while (b < e && space_byte(at(text, b))) ++b;
      if (b >= e) return "";
    }
    std::string v = text::squash_spaces(text.substr(b, e - b));
    return kNot.count(lower_str(v)) ? "" : v;
  };
  std::string_view low = doc.low;
  static const std::vector<Needle> kTriggers =
      prepare_needles({"is hiring", "is looking for", "is seeking", "are hiring", "is recruiting"});
  static const Needle kJoin = prepare_needle("join ");
  for (const auto& tn : kTriggers) {
    size_t pos = doc.words.find(tn);
    int tries = 0;
    while (pos != npos && tries++ < 16) {
      if (pos > 0 && low[pos - 1] == ' ') {
        std::string v = capitalised_words_back(pos - 1);
        if (!v.empty() && text::word_count(v) <= 4) return v;
      }
      pos = doc.words.find(tn, pos + 1);
    }
  }
  size_t pos = doc.words.find(kJoin);
  int tries = 0;
  while (pos != npos && tries++ < 16) {
    if (pos == 0 || !is_alpha(at(low, pos - 1))) {
      size_t k = pos + 5;
      size_t b = npos, e = npos;
      for (int words = 0; words < 4; ++words) {
        size_t j = k;
        while (j < text.size() && is_blank(at(text, j))) ++j;
        if (!(is_upper(at(text, j)) || (b != npos && at(text, j) == '&'))) break;
        size_t ws = j;
        while (j < text.size() && !space_byte(at(text, j)) && j - ws < 40) ++j;
        size_t we = j;
        bool stop = false;
        while (we > ws && (at(text, we - 1) == '.' || at(text, we - 1) == ',' || at(text, we - 1) == '!' ||
                           at(text, we - 1) == ';' || at(text, we - 1) == ':' || at(text, we - 1) == '\'')) {
          --we;
          stop = true;
        }
        std::string lw = lower_str(text.substr(ws, we - ws));
        if (b == npos && kNot.count(lw)) break;
        if (lw == "as" || lw == "in" || lw == "and") break;
        if (b == npos) b = ws;
        e = we;
        k = j;
        if (stop) break;
      }
      if (b != npos && e > b) {
        std::string v = text::squash_spaces(text.substr(b, e - b));
        if (iends_with(v, "'s")) v.resize(v.size() - 2);
        else if (iends_with(v, "\xE2\x80\x99s")) v.resize(v.size() - 4);
        if (!v.empty() && !kNot.count(lower_str(v))) return v;
      }
    }
    pos = doc.words.find(kJoin, pos + 1);
  }
  return std::nullopt;
}

bool generic_org_phrase(std::string_view s) {
  static const std::unordered_set<std::string_view> kNouns = {
      "company", "companies", "school", "academy", "college", "university", "hospital", "clinic", "practice",
      "team", "teams", "role", "job", "position", "opportunity", "business", "store", "shop", "restaurant",
      "hotel", "firm", "brand", "trust", "client", "employer", "organisation", "organization", "department",
      "group", "program", "programme", "project", "product", "platform", "startup", "start-up", "bank", "agency",
      "office", "site", "plant", "factory", "warehouse", "kitchen", "unit", "ward", "centre", "center", "lab",
      "studio", "office", "charity", "council", "firm", "practice", "network", "company's", "us", "you", "yourself",
      "the", "our", "this", "your", "we", "people", "culture", "mission", "story", "benefits", "perks"};
  std::string l = text::lower(trim_punct(s));
  std::string_view v = l;
  int words = 0;
  bool generic = true;
  size_t i = 0;
  while (i < v.size()) {
    while (i < v.size() && v[i] == ' ') ++i;
    size_t b = i;
    while (i < v.size() && v[i] != ' ') ++i;
    if (i == b) break;
    ++words;
    if (!kNouns.count(v.substr(b, i - b))) generic = false;
  }
  return words == 0 || generic;
}

std::string clean_company(std::string_view v) {
  std::string c = clean_value(v, 120);
  // Cut after a legal suffix followed by more parts: "Shree Ganesh Plastics Pvt. Ltd., Pune".
  static constexpr std::string_view kSuffixes[] = {"pvt. ltd.", "pvt ltd", "pvt. ltd", "private limited", "ltd.",
                                                    "ltd", "limited", "inc.", "inc", "llc", "llp", "gmbh", "plc",
                                                    "corp.", "corp", "co.", "s.a.", "b.v.", "ag", "pty ltd"};
  std::string l = text::lower(c);
  size_t best = npos;
  for (auto sfx : kSuffixes) {
    size_t p = find_word(l, sfx);
    while (p != npos) {
      size_t e = p + sfx.size();
      if (at(l, e) == ',' || at(l, e) == '|' || (at(l, e) == ' ' && (at(l, e + 1) == '-' || at(l, e + 1) == '|'))) {
        best = std::min(best, e);
        break;
      }
      p = find_word(l, sfx, p + 1);
    }
  }
  if (best != npos) c = std::string(trim_punct(std::string_view(c).substr(0, best)));
  // The dot of an abbreviation at the end is part of the name.
  std::string_view raw = trim_fast(v);
  std::string cl = text::lower(c);
  for (std::string_view ab : {"ltd", "inc", "co", "corp", "bros", "pvt"})
    if (iends_with(cl, ab) && (cl.size() == ab.size() || !is_alpha(at(cl, cl.size() - ab.size() - 1)))) {
      size_t pos = raw.find(std::string_view(c));
      if (pos != npos && at(raw, pos + c.size()) == '.') c.push_back('.');
      break;
    }
  return c;
}

namespace {

// Splits a header line on " · ", " | ", " – ", " - ", tabs, " • ".
std::vector<std::string_view> header_parts(std::string_view line) {
  std::vector<std::string_view> parts;
  size_t b = 0, i = 0;
  while (i < line.size()) {
    size_t sep = 0;
    unsigned char c = at(line, i);
    if (c == '\t' || c == '|') sep = 1;
    else if (c == 0xC2 && at(line, i + 1) == 0xB7) sep = 2;  // ·
    else if (c == 0xE2 && at(line, i + 1) == 0x80 && (at(line, i + 2) == 0xA2 || at(line, i + 2) == 0x93 ||
                                                     at(line, i + 2) == 0x94) &&
             (i == 0 || is_blank(at(line, i - 1))))
      sep = 3;  // • – —
    else if (c == '-' && i > 0 && is_blank(at(line, i - 1)) && is_blank(at(line, i + 1)))
      sep = 1;
    if (sep) {
      parts.push_back(line.substr(b, i - b));
      i += sep;
      b = i;
      continue;
    }
    ++i;
  }
  parts.push_back(line.substr(b));
  std::vector<std::string_view> out;
  for (auto p : parts) {
    std::string_view t = trim_punct(p);
    // Decorations at the ends ("★★★★").
    for (int n = 0; n < 8 && !t.empty(); ++n) {
      size_t k = t.size();
      size_t b2 = k;
      while (b2 > 0 && (at(t, b2 - 1) & 0xC0) == 0x80) --b2;
      if (b2 > 0) --b2;
      if (b2 < k && punct_cp_len(t, b2) == k - b2) t = trim_punct(t.substr(0, b2));
      else break;
    }
    if (!t.empty()) out.push_back(t);
  }
  return out;
}

bool org_word_end(std::string_view name) {
  static const std::unordered_set<std::string> kOrg = {
      "ltd", "ltd.", "limited", "inc", "inc.", "llc", "llp", "gmbh", "ag", "plc", "pvt", "co", "co.", "corp",
      "corp.", "corporation", "company", "group", "trust", "hospital", "school", "academy", "clinic", "bank",
      "university", "college", "services", "solutions", "technologies", "labs", "studio", "restaurant", "hotel",
      "foods", "dentistry", "partners", "associates", "systems", "software", "analytics", "health", "healthcare",
      "logistics", "freight", "industries", "pharmacy", "center", "centre", "society", "foundation", "council",
      "agency", "consulting", "market", "supply", "store", "stores", "bbq", "coffee", "bakery", "cafe", "lines"};
  size_t sp = name.find_last_of(' ');
  std::string last = text::lower(name.substr(sp == npos ? 0 : sp + 1));
  return kOrg.count(last) > 0;
}

}  // namespace

std::optional<std::string> company_from_header(std::string_view text, std::vector<JobLocation>& locations,
                                               const FirstLineTitle* known) {
  std::string_view head = utf8_prefix(text, 1200);
  size_t i = 0;
  std::string_view lines[2];
  size_t line_end = 0;
  for (int n = 0; n < 2;) {
    if (i >= head.size()) return std::nullopt;
    size_t e = head.find('\n', i);
    if (e == npos) e = head.size();
    std::string_view l = trim_fast(head.substr(i, e - i));
    i = e + 1;
    if (l.empty() || decoration_line(l)) continue;
    lines[n++] = l;
    line_end = e;
  }
  if (lines[0].size() > 160 || lines[1].size() > 160) return std::nullopt;
  // The first line is a title: one with a role noun, or at least shaped like one
  // ("Servicetechniker (m/w/d)").
  bool titled = known && known->line.data() == lines[0].data() && known->line.size() == lines[0].size()
                    ? known->title.has_value()
                    : title_from_line(lines[0]).has_value();
  if (!titled) {
    std::string_view l0 = lines[0];
    if (text::word_count(l0) > 8 || l0.find(". ") != npos || l0.back() == '.' || l0.back() == ':' ||
        l0.find(": ") != npos || !(is_upper(at(l0, 0)) || at(l0, 0) == '#' || at(l0, 0) == '*'))
      return std::nullopt;
  }
  auto parts = header_parts(lines[1]);
  if (parts.empty()) return std::nullopt;  // separators only: "| · |"
  if (parts.size() == 1) {
    // "Northfield Academy, Lewisham, London"
    size_t comma = parts[0].find(", ");
    if (comma != npos) {
      std::string_view first = parts[0].substr(0, comma);
      std::string_view rest = parts[0].substr(comma + 2);
      parts = {trim_punct(first), trim_punct(rest)};
    }
  }
  std::string_view name = parts[0];
  if (name.empty() || !(is_upper(at(name, 0)) || is_digit(at(name, 0)))) return std::nullopt;
  size_t words = text::word_count(name);
  if (words == 0 || words > 7 || has_role_noun(name) || is_employment_type_only(name)) return std::nullopt;
  if (work_mode_of(text::lower(name))) return std::nullopt;
  for (char c : name)
    if (c == ':' || c == '@' || c == '$') return std::nullopt;
  bool again = text.find(name, line_end) != npos;
  if (!again && !org_word_end(name)) return std::nullopt;
  std::vector<size_t> part_of;
  for (size_t k = 1; k < parts.size() && k < 5; ++k) {
    std::string_view p = parts[k];
    bool money = false, digits = false;
    for (size_t j = 0; j < p.size(); ++j) {
      unsigned char c = at(p, j);
      digits |= is_digit(c);
      money |= c == '$' || (c == 0xC2 && at(p, j + 1) == 0xA3) || (c == 0xE2 && at(p, j + 1) == 0x82);
    }
    if (money || p.find('@') != npos || p.find("http") != npos || has_role_noun(p)) continue;
    std::string lp = text::lower(p);
    const char* mode = work_mode_of(lp);
    if (!mode && (is_employment_type_only(p) || !is_upper(at(p, 0)))) continue;
    if (!mode && digits && p.size() > 12 && lp.find(',') == npos) continue;
    for (auto& l : parse_location_value(p)) {
      bool dup = false;
      for (auto& x : locations) dup |= text::lower(x.location) == text::lower(l.location) && x.work_mode == l.work_mode;
      if (!dup) {
        locations.push_back(std::move(l));
        part_of.push_back(k);
      }
    }
  }
  // One place and one mode in separate parts ("Seattle, WA · Hybrid"): one location.
  if (locations.size() == 2 && locations[0].work_mode.empty() && locations[1].location.empty() &&
      part_of[0] != part_of[1]) {
    locations[0].work_mode = locations[1].work_mode;
    locations.pop_back();
  }
  // "Maplecrest Foods Inc." keeps its dot.
  size_t off = static_cast<size_t>(name.data() - text.data());
  if (off + name.size() < text.size() && text[off + name.size()] == '.')
    return clean_company(text.substr(off, name.size() + 1));
  return clean_company(name);
}

std::optional<std::string> company_from_self_description(std::string_view sentence) {
  // "<Capitalised words> is a ... platform/company/startup ..."
  static const std::unordered_set<std::string_view> kNouns = {
      "company", "companies", "platform", "startup", "start-up", "leader", "provider", "firm", "organization",
      "organisation", "business", "agency", "group", "bank", "hospital", "school", "brand", "marketplace",
      "network", "manufacturer", "retailer", "service", "services", "solution", "solutions", "consultancy",
      "enterprise", "corporation", "studio", "lab", "labs", "institution", "nonprofit", "non-profit", "app",
      "unicorn", "fintech", "edtech", "saas", "product", "venture", "conglomerate", "employer", "shop", "restaurant",
      "cafe", "café", "bakery", "hotel", "school", "academy", "practice", "clinic", "charity", "retailer", "carrier",
      "contractor", "store", "chain", "maker", "bank", "trust", "society", "mutual", "university", "college",
      "distributor", "supplier", "producer", "operator", "builder", "developer", "publisher", "insurer", "lender",
      "institute", "centre", "center", "ngo", "consultancy", "partnership", "cooperative", "co-operative",
      "bistro", "brewery", "winery", "farm", "pharmacy", "laboratory", "studio", "team", "house", "scale-up",
      "scaleup", "marketplace", "exchange", "carrier", "airline", "logistics", "manufacturing", "healthtech",
      "insurtech", "proptech", "legaltech", "agritech", "medtech", "biotech"};
  static const std::unordered_set<std::string> kNot = {"this", "it", "the role", "the position", "this role",
                                                       "the company", "our company", "we", "this position", "the",
                                                       "our", "there", "here", "that", "what", "who"};
  std::string_view s = trim_fast(utf8_prefix(sentence, 400));
  size_t i = 0, name_end = 0;
  int words = 0;
  WordSpan w;
  while (words < 6 && next_word(s, i, w)) {
    if (w.e <= w.b) return std::nullopt;
    std::string_view word = s.substr(w.b, w.e - w.b);
    std::string lw = lower_str(word);
    if (lw == "is" || lw == "are") {
      if (name_end == 0) return std::nullopt;
      size_t k = i;
      WordSpan a;
      if (!next_word(s, k, a)) return std::nullopt;
      std::string art = lower_str(s.substr(a.b, a.e - a.b));
      if (art != "a" && art != "an" && art != "the" && art != "one") return std::nullopt;
      for (int n = 0; n < 12 && next_word(s, k, a); ++n) {
        if (!kNouns.count(lower_str(s.substr(a.b, a.e - a.b)))) {
          if (a.trailing_punct) break;
          continue;
        }
        std::string name = text::squash_spaces(s.substr(0, name_end));
        if (name.empty() || kNot.count(lower_str(name))) return std::nullopt;
        return name;
      }
      return std::nullopt;
    }
    ++words;
    if (w.b > 0 && at(s, w.b - 1) == '(') continue;  // "Episoden (Episoden.com) is a ..."
    if (w.trailing_punct && !(lw == "inc" || lw == "ltd" || lw == "co")) return std::nullopt;
    if (!(is_upper(at(word, 0)) || is_digit(at(word, 0)))) return std::nullopt;
    name_end = w.e;
  }
  return std::nullopt;
}

bool looks_like_duty(std::string_view sentence, std::string_view low_sentence, const DutyHints* hints) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "develop", "design", "manage", "build", "lead", "maintain", "create", "implement", "write", "test",
      "collaborate", "work", "ensure", "support", "analyze", "analyse", "coordinate", "prepare", "conduct",
      "monitor", "review", "deliver", "drive", "own", "oversee", "plan", "provide", "assist", "handle", "perform",
      "participate", "identify", "troubleshoot", "deploy", "optimize", "optimise", "configure", "install",
      "operate", "train", "mentor", "communicate", "report", "research", "define", "partner", "establish", "track",
      "resolve", "administer", "teach", "sell", "negotiate", "process", "document", "evaluate", "improve",
      "integrate", "architect", "automate", "debug", "translate", "respond", "schedule", "organize", "organise",
      "recruit", "liaise", "contribute", "help", "serve", "answer", "greet", "execute", "facilitate", "assess",
      "collect", "gather", "prioritize", "prioritise", "guide", "supervise", "code", "program", "update", "upgrade",
      "migrate", "scale", "refactor", "ship", "launch", "run", "champion", "present", "promote", "advise",
      "consult", "audit", "reconcile", "diagnose", "treat", "care", "clean", "inspect", "repair", "weld", "wire",
      "fabricate", "assemble", "draft", "edit", "produce", "source", "screen", "interview", "onboard", "prospect",
      "generate", "grow", "expand", "investigate", "validate", "verify", "estimate", "forecast", "budget",
      "negotiate", "coach", "instruct", "grade", "counsel", "dispatch", "package", "ensure", "lead", "oversee",
      "formulate", "spearhead", "streamline", "enhance", "conceptualize", "conceptualise", "engineer", "model",
      "measure", "maintain", "set", "define", "shape", "own", "host", "moderate", "curate", "manufacture",
      "operate", "handle", "liaise", "keep", "provision", "secure", "patch", "benchmark", "profile", "prototype"};
  std::string_view s = strip_bullet_fast(trim_fast(sentence));
  std::string_view ls = low_sentence.substr(static_cast<size_t>(s.data() - sentence.data()), s.size());
  size_t i = 0;
  while (i < s.size() && !is_alpha(at(s, i)) && i < 8) ++i;
  size_t b = i;
  while (i < s.size() && is_alpha(at(s, i))) ++i;
  std::string_view w = ls.substr(b, i - b);
  if (w.empty()) return false;
  static const WordFilter kVerbFilter = [] {
    WordFilter f;
    for (auto v : kVerbs) f.add_exact(v);
    return f;
  }();
  auto verb = [&](std::string_view v) { return kVerbFilter.maybe_lower(v) && kVerbs.count(v) > 0; };
  if (verb(w)) return true;
  std::string_view wv = w;
  if (wv.size() > 3 && wv.back() == 's' && verb(wv.substr(0, wv.size() - 1))) return true;
  if (wv.size() > 4 && wv.substr(wv.size() - 2) == "es" && verb(wv.substr(0, wv.size() - 2))) return true;
  if (wv.size() > 4 && wv.substr(wv.size() - 3) == "ies" && verb(std::string(wv.substr(0, wv.size() - 3)) + "y"))
    return true;
  if (wv.size() > 5 && wv.substr(wv.size() - 3) == "ing") {
    std::string stem(wv.substr(0, wv.size() - 3));
    if (verb(stem) || verb(stem + "e")) return true;
    if (stem.size() > 2 && stem.back() == stem[stem.size() - 2] && verb(stem.substr(0, stem.size() - 1))) return true;
  }
  std::string_view l = ls.substr(0, utf8_prefix(s, 400).size());
  static constexpr std::string_view kYou[] = {"you will ", "you'll ", "you\xE2\x80\x99ll ", "you would ",
                                              "you shall "};
  static constexpr std::string_view kResponsible = "responsible for";
  // Where the phrases are, from the document's word index when there is one.
  auto find_in = [&](size_t k) -> size_t {
    std::string_view needle = k < std::size(kYou) ? kYou[k] : kResponsible;
    if (!hints) return l.find(needle);
    size_t off = static_cast<size_t>(l.data() - hints->low.data());
    for (size_t h : hints->hits[k]) {
      if (h < off) continue;
      if (h + needle.size() > off + l.size()) break;
      return h - off;
    }
    return npos;
  };
  if (!hints && l.find("you") == npos) return l.find(kResponsible) != npos;
  for (size_t k = 0; k < std::size(kYou); ++k) {
    std::string_view yw = kYou[k];
    size_t p = find_in(k);
    if (p == npos) continue;
    std::string_view rest = l.substr(p + yw.size());
    for (std::string_view no : {"need", "have", "bring", "possess", "get", "receive", "enjoy", "join", "report to",
                                "gain", "learn", "be paid", "be required to have", "be eligible", "love", "thrive"})
      if (rest.substr(0, no.size()) == no) return false;
    return true;
  }
  return find_in(std::size(kYou)) != npos;
}

DutyHints::DutyHints(const Doc& doc) : low(doc.low) {
  static const std::vector<Needle> kNeedles =
      prepare_needles({"you will ", "you'll ", "you\xE2\x80\x99ll ", "you would ", "you shall ", "responsible for"});
  for (size_t k = 0; k < kNeedles.size(); ++k) doc.words.find_all(kNeedles[k], hits[k], 100000);
}

}  // namespace jdpipe::parse_detail
