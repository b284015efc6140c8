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
      "waiter", "bartender"};
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
      "year", "with", "possibility", "extension", "duration", "long"};
  return k;
}

std::string lower_str(std::string_view s) { return text::lower(s); }

bool role_word(std::string_view w) {
  std::string lw = lower_str(trim_punct(w));
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
  while (i < s.size() && text::is_space(at(s, i))) {
    if (at(s, i) == '\n') nl = true;
    ++i;
  }
  if (i >= s.size()) return false;
  size_t b = i;
  while (i < s.size() && !text::is_space(at(s, i)) && i - b < 64) ++i;
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
  if (role_nouns().count(w)) return true;
  if (w.size() > 3 && w.back() == 's' && role_nouns().count(w.substr(0, w.size() - 1))) return true;
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

std::vector<std::string> hiring_phrase_titles(std::string_view text, std::string_view low) {
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
  for (auto trig : kTriggers) {
    size_t pos = 0;
    int per_trigger = 0;
    while ((pos = find_word(low, trig, pos)) != npos && per_trigger < 64) {
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
  std::string_view t = text::trim(line);
  while (!t.empty() && (t.front() == '#' || t.front() == '*' || t.front() == '_' || t.front() == '>' ||
                        t.front() == ' ' || t.front() == '\t'))
    t.remove_prefix(1);
  while (!t.empty() && (t.back() == '*' || t.back() == '_' || t.back() == ':' || t.back() == ' ' || t.back() == '\t'))
    t.remove_suffix(1);
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
      size_t p = find_word(l, w);
      if (p != npos) return true;
      // plurals: "developers"
      std::string plural = std::string(w) + "s";
      if (find_word(l, plural) != npos) return true;
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

std::optional<std::string> company_from_prose(std::string_view text) {
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
      while (j > 0 && !text::is_space(at(text, j - 1)) && we - j < 40) --j;
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
    std::string v = text::squash_spaces(text.substr(b, e - b));
    return kNot.count(lower_str(v)) ? "" : v;
  };
  std::string low = lower_str(utf8_prefix(text, 1 << 20));
  for (std::string_view trig : {" is hiring", " is looking for", " is seeking", " are hiring", " is recruiting"}) {
    size_t pos = low.find(trig);
    int tries = 0;
    while (pos != npos && tries++ < 16) {
      std::string v = capitalised_words_back(pos);
      if (!v.empty() && text::word_count(v) <= 4) return v;
      pos = low.find(trig, pos + 1);
    }
  }
  size_t pos = low.find("join ");
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
        while (j < text.size() && !text::is_space(at(text, j)) && j - ws < 40) ++j;
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
    pos = low.find("join ", pos + 1);
  }
  return std::nullopt;
}

std::optional<std::string> company_from_self_description(std::string_view sentence) {
  // "<Capitalised words> is a ... platform/company/startup ..."
  static const std::unordered_set<std::string_view> kNouns = {
      "company", "companies", "platform", "startup", "start-up", "leader", "provider", "firm", "organization",
      "organisation", "business", "agency", "group", "bank", "hospital", "school", "brand", "marketplace",
      "network", "manufacturer", "retailer", "service", "services", "solution", "solutions", "consultancy",
      "enterprise", "corporation", "studio", "lab", "labs", "institution", "nonprofit", "non-profit", "app",
      "unicorn", "fintech", "edtech", "saas", "product", "venture", "conglomerate", "employer"};
  static const std::unordered_set<std::string> kNot = {"this", "it", "the role", "the position", "this role",
                                                       "the company", "our company", "we", "this position", "the",
                                                       "our", "there", "here", "that", "what", "who"};
  std::string_view s = text::trim(utf8_prefix(sentence, 400));
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

bool looks_like_duty(std::string_view sentence) {
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
  std::string_view s = text::strip_bullet(text::trim(sentence));
  size_t i = 0;
  while (i < s.size() && !is_alpha(at(s, i)) && i < 8) ++i;
  size_t b = i;
  while (i < s.size() && is_alpha(at(s, i))) ++i;
  std::string w = lower_str(s.substr(b, i - b));
  if (w.empty()) return false;
  auto verb = [&](std::string_view v) { return kVerbs.count(v) > 0; };
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
  std::string l = lower_str(utf8_prefix(s, 400));
  for (std::string_view yw : {"you will ", "you'll ", "you\xE2\x80\x99ll ", "you would ", "you shall "}) {
    size_t p = l.find(yw);
    if (p == npos) continue;
    std::string_view rest = std::string_view(l).substr(p + yw.size());
    for (std::string_view no : {"need", "have", "bring", "possess", "get", "receive", "enjoy", "join", "report to",
                                "gain", "learn", "be paid", "be required to have", "be eligible", "love", "thrive"})
      if (rest.substr(0, no.size()) == no) return false;
    return true;
  }
  return l.find("responsible for") != npos;
}

}  // namespace jdpipe::parse_detail
