// Stage 0, the deterministic JD parser: the seed's nano_parsed values, section forms, fields,
// rejections, marker resolution and hostile input.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>

#include "jdpipe/parsed_jd.hpp"
#include "parse/parse_internal.hpp"

using namespace jdpipe;

namespace {

std::string parser_read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string seed_jd() { return parser_read_file(JDPIPE_SOURCE_DIR "/examples/sample-jd.txt"); }

std::string span_of(const std::string& text, const TextBlock& b) {
  REQUIRE(b.source_marker.byte_start <= b.source_marker.byte_end);
  REQUIRE(b.source_marker.byte_end <= text.size());
  return text.substr(b.source_marker.byte_start, b.source_marker.byte_end - b.source_marker.byte_start);
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// A minimal job ad around one extra line, long enough to pass the rejection checks.
std::string jd_with(const std::string& line) {
  return "We are hiring a Backend Developer to build and maintain APIs for our platform.\n" + line + "\n";
}

void check_rejected(const ParsedJD& p, const char* reason) {
  CHECK(p.jd_type == "reject");
  REQUIRE(p.rejection_reason.has_value());
  CHECK(*p.rejection_reason == reason);
  CHECK_FALSE(p.company_name.has_value());
  CHECK_FALSE(p.about_company.has_value());
  CHECK(p.roles_and_responsibilities.empty());
  CHECK(p.requirements.empty());
  CHECK_FALSE(p.ctc.has_value());
  CHECK_FALSE(p.experience.has_value());
  CHECK(p.urls.empty());
  CHECK(p.role.empty());
  CHECK(p.role_aliases.empty());
}

// Structural promises every parsed block keeps.
void check_block_invariants(const std::string& text, const TextBlock& b) {
  CHECK(b.source_marker.byte_start <= b.source_marker.byte_end);
  CHECK(b.source_marker.byte_end <= text.size());
  CHECK(b.bullet_count <= static_cast<int>(b.items.size()));
  CHECK_FALSE(b.items.empty());
  size_t words = 0;
  bool in = false;
  for (char c : b.text) {
    bool sp = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!sp && !in) ++words;
    in = !sp;
  }
  CHECK(b.word_count == static_cast<int>(words));
  auto has_alnum = [](const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
  };
  if (has_alnum(b.source_marker.first_5_words) && has_alnum(b.source_marker.last_5_words)) {
    auto r = resolve_marker(text, b.source_marker.first_5_words, b.source_marker.last_5_words);
    CHECK(r.has_value());
    if (r) CHECK(r->first <= r->second);
  }
}

}  // namespace

// ==============================================================================================
// The seed
// ==============================================================================================

TEST_CASE("parser: the seed JD gives the seed's nano_parsed fields") {
  std::string jd = seed_jd();
  REQUIRE_FALSE(jd.empty());
  ParsedJD p = parse_jd(jd);
  CHECK(p.jd_type == "pass");
  CHECK_FALSE(p.rejection_reason.has_value());
  REQUIRE(p.company_name.has_value());
  CHECK(*p.company_name == "Episoden");
  CHECK(p.role == "back-end developer");
  CHECK(p.role_archetype == "Engineering");
  CHECK(std::find(p.role_aliases.begin(), p.role_aliases.end(), "backend developer") != p.role_aliases.end());
  CHECK(std::find(p.role_aliases.begin(), p.role_aliases.end(), "back-end developer") == p.role_aliases.end());

  REQUIRE(p.ctc.has_value());
  CHECK(p.ctc->currency == std::optional<std::string>("INR"));
  CHECK(p.ctc->min == std::optional<double>(30));
  CHECK(p.ctc->max == std::optional<double>(30));
  CHECK(p.ctc->period == std::optional<std::string>("annual"));
  CHECK(p.ctc->raw == "30 LPA");
  CHECK(p.ctc->annual_min == std::optional<double>(3000000));
  CHECK(p.ctc->annual_max == std::optional<double>(3000000));

  REQUIRE(p.experience.has_value());
  CHECK(p.experience->min == std::optional<double>(3));
  CHECK_FALSE(p.experience->max.has_value());
  CHECK(p.experience->raw == "3+ years(excluding internship)");

  REQUIRE(p.urls.size() == 1);
  CHECK(p.urls[0].type == "website");
  CHECK(p.urls[0].url == "https://episoden.com/");
  CHECK(p.emails.empty());
  CHECK(p.education.empty());
  CHECK(p.certifications.empty());
  CHECK(p.job_locations.empty());
  CHECK(p.domain_primary.domain == "Other");
  CHECK_FALSE(p.domain_secondary.has_value());
}

TEST_CASE("parser: the seed's responsibilities block, markers and offsets") {
  std::string jd = seed_jd();
  ParsedJD p = parse_jd(jd);
  REQUIRE(p.roles_and_responsibilities.size() == 1);
  const TextBlock& r = p.roles_and_responsibilities[0];
  CHECK(r.heading == "Responsibilities");
  CHECK(r.heading_was_present);
  CHECK(r.bullet_count == 2);
  CHECK(r.text ==
        "\xE2\x80\xA2 Configuring Episoden Servers and Building a Development Environments\n\n"
        "\xE2\x80\xA2 Manage substitute data and develop various service APIs");
  CHECK(r.word_count == 18);
  REQUIRE(r.items.size() == 2);
  CHECK(r.items[0] == "Configuring Episoden Servers and Building a Development Environments");
  CHECK(r.items[1] == "Manage substitute data and develop various service APIs");
  CHECK(r.source_marker.first_5_words == "\xE2\x80\xA2 Configuring Episoden Servers and");
  CHECK(r.source_marker.last_5_words == "and develop various service APIs");
  std::string span = span_of(jd, r);
  CHECK((starts_with(span, "\xE2\x80\xA2") || starts_with(span, "Configuring")));
  CHECK(ends_with(span, "APIs"));
  // The markers resolve back to the same span.
  auto res = resolve_marker(jd, r.source_marker.first_5_words, r.source_marker.last_5_words);
  REQUIRE(res.has_value());
  CHECK(res->first == r.source_marker.byte_start);
  CHECK(res->second == r.source_marker.byte_end);
  // The seed's own (shorter) last words resolve too.
  auto seed_res = resolve_marker(jd, "\xE2\x80\xA2 Configuring Episoden Servers and", "various service APIs");
  REQUIRE(seed_res.has_value());
  CHECK(seed_res->second == r.source_marker.byte_end);
}

TEST_CASE("parser: the seed's about_company is the bracketed introduction without glyphs") {
  std::string jd = seed_jd();
  ParsedJD p = parse_jd(jd);
  REQUIRE(p.about_company.has_value());
  const TextBlock& a = *p.about_company;
  CHECK(a.heading == "Introduction of the company");
  CHECK(a.heading_was_present);
  CHECK(a.bullet_count == 7);
  CHECK(a.text ==
        "Episoden (Episoden.com) is a video English conversation service used in more than 137 countries around "
        "the world. If you access Episoden, you can actually talk to people all over the world in two minutes, "
        "face-to-face, and talk in English.\n\nIn June 2021, the 1.0 beta version was opened, and in June 2022, "
        "the Episoden 2.0 service was opened, recording rapid growth of more than 1700% in the last 10 months.\n\n"
        "Since the release of Episoden 2.0, users have been growing very rapidly around the world at the same "
        "time, so we need a great back-end developer.\n\nThe existing Episoden team is a talented team composed "
        "of key members from Seoul National University and Yonsei University who have experienced two M&As by "
        "creating good opportunities through serial startups over the past six years.\n\nIn July 2022, Primer "
        "Sazze Partners, an American venture capital, attracted investment and prepared to build a good "
        "development team based on this.\n\nIn response, we have hired a new Chief Technology Officer (CTO) who "
        "was the head of Samsung Electronics\xE2\x80\x99 development team.\n\nWe look forward to backend "
        "developers who will work together to create a great service.");
  CHECK(a.source_marker.first_5_words == "Episoden (Episoden.com) is a video");
  CHECK(a.source_marker.last_5_words == "to create a great service.");
  std::string span = span_of(jd, a);
  CHECK(starts_with(span, "Episoden (Episoden.com)"));
  CHECK(ends_with(span, "great service."));
  // The seed's own markers (4 and 6 words) resolve to the same span.
  auto res = resolve_marker(jd, "Episoden (Episoden.com) is a", "together to create a great service.");
  REQUIRE(res.has_value());
  CHECK(res->first == a.source_marker.byte_start);
  CHECK(res->second == a.source_marker.byte_end);
  // Requirement-like inline fields become requirement blocks.
  REQUIRE(p.requirements.size() == 2);
  CHECK(p.requirements[0].heading == "Experience");
  CHECK(p.requirements[1].heading == "Skills");
  CHECK(p.requirements[1].items == std::vector<std::string>{"Janus+Nodejs/Janus+java/Janus+kotlin"});
  for (const auto& b : p.requirements) check_block_invariants(jd, b);
}

// ==============================================================================================
// Section forms
// ==============================================================================================

TEST_CASE("parser: a markdown JD with ## headings and - bullets") {
  std::string jd =
      "# Senior Backend Engineer\n"
      "\n"
      "**Company:** Acme Fintech\n"
      "Location: Bangalore, India (Hybrid)\n"
      "\n"
      "## About Us\n"
      "Acme Fintech is a fast-growing fintech company building payments infrastructure for banking partners.\n"
      "\n"
      "## Responsibilities\n"
      "- Design and build scalable REST APIs\n"
      "- Maintain services running on Kubernetes\n"
      "  and monitor them in production\n"
      "- Mentor junior engineers\n"
      "\n"
      "## Requirements\n"
      "- 3-5 years of experience with Go or Java\n"
      "- Bachelor's degree in Computer Science or a related field\n"
      "\n"
      "**Nice to have**\n"
      "- AWS Certified Solutions Architect \xE2\x80\x93 Associate\n"
      "- Experience with Kafka\n"
      "\n"
      "## Benefits\n"
      "- Health insurance\n"
      "- Salary: \xE2\x82\xB9""25-35 LPA\n"
      "\n"
      "Apply at https://jobs.lever.co/acme/123 or email careers@acme.io.\n";
  ParsedJD p = parse_jd(jd);
  REQUIRE(p.jd_type == "pass");
  CHECK(p.role == "Senior Backend Engineer");
  CHECK(p.role_archetype == "Engineering");
  CHECK(p.company_name == std::optional<std::string>("Acme Fintech"));

  REQUIRE(p.roles_and_responsibilities.size() == 1);
  const TextBlock& r = p.roles_and_responsibilities[0];
  CHECK(r.heading == "Responsibilities");
  CHECK(r.heading_was_present);
  CHECK(r.bullet_count == 3);
  CHECK(r.items == std::vector<std::string>{"Design and build scalable REST APIs",
                                            "Maintain services running on Kubernetes and monitor them in production",
                                            "Mentor junior engineers"});
  CHECK(r.text ==
        "\xE2\x80\xA2 Design and build scalable REST APIs\n\n\xE2\x80\xA2 Maintain services running on Kubernetes "
        "and monitor them in production\n\n\xE2\x80\xA2 Mentor junior engineers");
  std::string span = span_of(jd, r);
  CHECK(starts_with(span, "- Design"));
  CHECK(ends_with(span, "Mentor junior engineers"));
  check_block_invariants(jd, r);

  REQUIRE(p.requirements.size() == 1);
  CHECK(p.requirements[0].heading == "Requirements");
  CHECK(p.requirements[0].bullet_count == 2);
  REQUIRE(p.nice_to_have.size() == 1);
  CHECK(p.nice_to_have[0].heading == "Nice to have");
  CHECK(p.nice_to_have[0].items.size() == 2);
  REQUIRE(p.benefits.size() == 1);
  CHECK(p.benefits[0].items[0] == "Health insurance");
  REQUIRE(p.about_company.has_value());
  CHECK(p.about_company->heading == "About Us");
  CHECK(starts_with(p.about_company->text, "Acme Fintech is a fast-growing fintech company"));

  REQUIRE(p.experience.has_value());
  CHECK(p.experience->min == std::optional<double>(3));
  CHECK(p.experience->max == std::optional<double>(5));
  CHECK(p.education == std::vector<std::string>{"Bachelor's degree in Computer Science or a related field"});
  CHECK(p.certifications == std::vector<std::string>{"AWS Certified Solutions Architect \xE2\x80\x93 Associate"});
  REQUIRE(p.job_locations.size() == 1);
  CHECK(p.job_locations[0].location == "Bangalore, India");
  CHECK(p.job_locations[0].work_mode == "hybrid");
  REQUIRE(p.ctc.has_value());
  CHECK(p.ctc->currency == std::optional<std::string>("INR"));
  CHECK(p.ctc->min == std::optional<double>(25));
  CHECK(p.ctc->max == std::optional<double>(35));
  REQUIRE(p.urls.size() == 1);
  CHECK(p.urls[0].type == "apply");
  CHECK(p.urls[0].url == "https://jobs.lever.co/acme/123");
  CHECK(p.emails == std::vector<std::string>{"careers@acme.io"});
  CHECK(p.domain_primary.domain == "Finance");
}

TEST_CASE("parser: a plain JD with \"What you'll do:\" and \"What you'll need:\"") {
  std::string jd =
      "Acme Health is hiring a Registered Nurse to join our hospital team in Boston.\n"
      "\n"
      "What you'll do:\n"
      "Provide direct patient care in a busy clinical unit. Administer medications and monitor patient "
      "progress. Collaborate with physicians and therapists.\n"
      "\n"
      "What you'll need:\n"
      "Minimum of five years of nursing experience. BSN required; MSN preferred. BLS and ACLS certification.\n"
      "\n"
      "We offer a competitive salary, up to $45/hour depending on experience, plus benefits.\n"
      "This is an on-site role based in Boston, MA.\n";
  ParsedJD p = parse_jd(jd);
  REQUIRE(p.jd_type == "pass");
  CHECK(p.company_name == std::optional<std::string>("Acme Health"));
  CHECK(p.role == "Registered Nurse");
  CHECK(p.role_archetype == "Healthcare");
  REQUIRE(p.roles_and_responsibilities.size() == 1);
  const TextBlock& r = p.roles_and_responsibilities[0];
  CHECK(r.heading == "What you'll do");
  CHECK(r.heading_was_present);
  CHECK(r.bullet_count == 0);
  CHECK(r.items == std::vector<std::string>{"Provide direct patient care in a busy clinical unit.",
                                            "Administer medications and monitor patient progress.",
                                            "Collaborate with physicians and therapists."});
  CHECK(span_of(jd, r) ==
        "Provide direct patient care in a busy clinical unit. Administer medications and monitor patient "
        "progress. Collaborate with physicians and therapists.");
  check_block_invariants(jd, r);
  REQUIRE_FALSE(p.requirements.empty());
  CHECK(p.requirements[0].heading == "What you'll need");
  REQUIRE(p.experience.has_value());
  CHECK(p.experience->min == std::optional<double>(5));
  CHECK_FALSE(p.experience->max.has_value());
  CHECK(p.education == std::vector<std::string>{"BSN", "MSN"});
  CHECK(p.certifications == std::vector<std::string>{"BLS", "ACLS"});
  REQUIRE(p.ctc.has_value());
  CHECK(p.ctc->currency == std::optional<std::string>("USD"));
  CHECK(p.ctc->period == std::optional<std::string>("hourly"));
  CHECK_FALSE(p.ctc->min.has_value());
  CHECK(p.ctc->max == std::optional<double>(45));
  REQUIRE(p.job_locations.size() == 1);
  CHECK(p.job_locations[0].location == "Boston, MA");
  CHECK(p.job_locations[0].work_mode == "onsite");
  CHECK(p.domain_primary.domain == "Healthcare");
}

TEST_CASE("parser: ALL CAPS headings, 'Key Responsibilities -', numbered items, Title and Role fields") {
  std::string jd =
      "SENIOR JAVA DEVELOPER\n"
      "JOB DESCRIPTION\n"
      "We are seeking an experienced Java developer for our platform team.\n"
      "Key Responsibilities -\n"
      "1. Develop microservices in Java and Spring Boot.\n"
      "2. Review code and mentor developers.\n"
      "REQUIRED SKILLS:\n"
      "* Java, Spring, SQL\n"
      "* Experience - 6+ years\n"
      "Job Type: Full-time\n"
      "Pay: $60,000.00 - $80,000.00 per year\n"
      "Work Location: In person\n"
      "Freshers need not apply.\n";
  ParsedJD p = parse_jd(jd);
  REQUIRE(p.jd_type == "pass");
  CHECK(p.role == "SENIOR JAVA DEVELOPER");
  CHECK(p.role_aliases == std::vector<std::string>{"Java developer"});
  REQUIRE(p.roles_and_responsibilities.size() == 1);
  CHECK(p.roles_and_responsibilities[0].heading == "Key Responsibilities");
  CHECK(p.roles_and_responsibilities[0].bullet_count == 2);
  CHECK(p.roles_and_responsibilities[0].items[1] == "Review code and mentor developers.");
  REQUIRE(p.requirements.size() == 1);
  CHECK(p.requirements[0].heading == "REQUIRED SKILLS");
  CHECK(p.requirements[0].items == std::vector<std::string>{"Java, Spring, SQL", "Experience - 6+ years"});
  REQUIRE(p.experience.has_value());
  CHECK(p.experience->min == std::optional<double>(6));  // not "Freshers need not apply" -> 0
  REQUIRE(p.ctc.has_value());
  CHECK(p.ctc->min == std::optional<double>(60000));
  CHECK(p.ctc->max == std::optional<double>(80000));
  CHECK(p.ctc->period == std::optional<std::string>("annual"));
  CHECK(p.ctc->raw == "$60,000.00 - $80,000.00 per year");
  REQUIRE(p.job_locations.size() == 1);
  CHECK(p.job_locations[0].work_mode == "onsite");

  // "Title:" wins; a "Role:" made of employment-type words is not a title.
  ParsedJD q = parse_jd("Job Title: Data Engineer\nRole: Full Time, Permanent\n"
                        "We need a data engineer to build pipelines and maintain our warehouse.\n");
  CHECK(q.role == "Data Engineer");
  CHECK(q.role_archetype == "Engineering");
  ParsedJD c = parse_jd("Role- contract\nWe are looking for a QA tester to test our mobile apps and report bugs.\n");
  CHECK(c.role == "QA tester");
}

TEST_CASE("parser: bold headings and inline bracketed / dash headings on one line") {
  std::string jd =
      "**Responsibilities**\n"
      "\xE2\x80\xA2 Build data pipelines\n"
      "\xE2\x80\xA2 Own the reporting layer\n"
      "**Requirements**\n"
      "\xE2\x80\xA2 Python and SQL\n";
  ParsedJD p = parse_jd(jd);
  REQUIRE(p.roles_and_responsibilities.size() == 1);
  CHECK(p.roles_and_responsibilities[0].heading == "Responsibilities");
  CHECK(p.roles_and_responsibilities[0].items ==
        std::vector<std::string>{"Build data pipelines", "Own the reporting layer"});
  REQUIRE(p.requirements.size() == 1);
  CHECK(p.requirements[0].items == std::vector<std::string>{"Python and SQL"});

  std::string one_line =
      "Company: Globex Job Title: Sales Executive Responsibilities: \xE2\x80\xA2 Sell software to retail "
      "clients \xE2\x80\xA2 Grow accounts [Benefits] \xE2\x80\xA2 Car allowance Salary : 8-12 LPA";
  ParsedJD q = parse_jd(one_line);
  REQUIRE(q.jd_type == "pass");
  CHECK(q.company_name == std::optional<std::string>("Globex"));
  CHECK(q.role == "Sales Executive");
  CHECK(q.role_archetype == "Sales & Marketing");
  REQUIRE(q.roles_and_responsibilities.size() == 1);
  CHECK(q.roles_and_responsibilities[0].items ==
        std::vector<std::string>{"Sell software to retail clients", "Grow accounts"});
  REQUIRE(q.benefits.size() == 1);
  CHECK(q.benefits[0].heading == "Benefits");
  CHECK(q.benefits[0].items == std::vector<std::string>{"Car allowance"});
  REQUIRE(q.ctc.has_value());
  CHECK(q.ctc->min == std::optional<double>(8));
  CHECK(q.ctc->max == std::optional<double>(12));
  CHECK(q.ctc->annual_max == std::optional<double>(1200000));
}

TEST_CASE("parser: without a responsibilities heading, duty sentences form one unheaded block") {
  std::string jd =
      "We are looking for a talented Data Analyst to join Contoso.\n"
      "You will build dashboards and reports for the sales team. Analyze large datasets to find trends. "
      "Maintains the data warehouse documentation.\n"
      "The ideal candidate has 2-4 Yrs of experience in SQL and Python.\n"
      "The salary range is $120k - $150k per year. This position is fully remote.\n";
  ParsedJD p = parse_jd(jd);
  REQUIRE(p.jd_type == "pass");
  CHECK(p.role == "Data Analyst");
  CHECK(p.role_archetype == "Data");
  CHECK(p.company_name == std::optional<std::string>("Contoso"));
  REQUIRE(p.roles_and_responsibilities.size() == 1);
  const TextBlock& r = p.roles_and_responsibilities[0];
  CHECK(r.heading.empty());
  CHECK_FALSE(r.heading_was_present);
  CHECK(r.bullet_count == 0);
  CHECK(r.items == std::vector<std::string>{"You will build dashboards and reports for the sales team.",
                                            "Analyze large datasets to find trends.",
                                            "Maintains the data warehouse documentation."});
  check_block_invariants(jd, r);
  REQUIRE(p.experience.has_value());
  CHECK(p.experience->min == std::optional<double>(2));
  CHECK(p.experience->max == std::optional<double>(4));
  REQUIRE(p.ctc.has_value());
  CHECK(p.ctc->currency == std::optional<std::string>("USD"));
  CHECK(p.ctc->min == std::optional<double>(120000));
  CHECK(p.ctc->max == std::optional<double>(150000));
  CHECK(p.ctc->period == std::optional<std::string>("annual"));
  REQUIRE(p.job_locations.size() == 1);
  CHECK(p.job_locations[0].work_mode == "remote");
}

TEST_CASE("parser: field-style JD, locations, urls and company fallbacks") {
  std::string jd =
      "Job Title: Python Developer\n"
      "Company Name: Infotech Solutions Pvt Ltd\n"
      "Experience: 4 to 6 Years\n"
      "Location: Pune / Hyderabad / Remote\n"
      "Salary: 10,00,000 - 15,00,000 P.A.\n"
      "Notice Period: Immediate joiners preferred\n"
      "Roles and Responsibilities\n"
      "Design and develop RESTful services using Django.\n"
      "Desired Candidate Profile\n"
      "B.E/B.Tech in Computer Science\n"
      "Email your CV to jobs@infotech.example or visit www.infotech.example/careers.\n";
  ParsedJD p = parse_jd(jd);
  REQUIRE(p.jd_type == "pass");
  CHECK(p.role == "Python Developer");
  CHECK(p.company_name == std::optional<std::string>("Infotech Solutions Pvt Ltd"));
  REQUIRE(p.experience.has_value());
  CHECK(p.experience->min == std::optional<double>(4));
  CHECK(p.experience->max == std::optional<double>(6));
  CHECK(p.experience->raw == "4 to 6 Years");
  REQUIRE(p.ctc.has_value());
  CHECK(p.ctc->currency == std::optional<std::string>("INR"));  // lakh digit grouping
  CHECK(p.ctc->min == std::optional<double>(1000000));
  CHECK(p.ctc->max == std::optional<double>(1500000));
  REQUIRE(p.job_locations.size() == 3);
  CHECK(p.job_locations[0].location == "Pune");
  CHECK(p.job_locations[1].location == "Hyderabad");
  CHECK(p.job_locations[1].work_mode.empty());
  CHECK(p.job_locations[2].location.empty());
  CHECK(p.job_locations[2].work_mode == "remote");
  CHECK(p.education == std::vector<std::string>{"B.E/B.Tech in Computer Science"});
  REQUIRE(p.roles_and_responsibilities.size() == 1);
  CHECK(p.roles_and_responsibilities[0].heading == "Roles and Responsibilities");
  REQUIRE(p.urls.size() == 1);
  CHECK(p.urls[0].type == "careers");
  CHECK(p.urls[0].url == "www.infotech.example/careers");
  CHECK(p.emails == std::vector<std::string>{"jobs@infotech.example"});

  ParsedJD q = parse_jd(
      "About the job\nStripe is a financial infrastructure platform for businesses.\n"
      "Responsibilities\nBuild and scale distributed systems\n"
      "Location: Remote (US only)\nFollow us at https://www.linkedin.com/company/stripe.\n");
  REQUIRE(q.jd_type == "pass");
  CHECK(q.company_name == std::optional<std::string>("Stripe"));
  REQUIRE(q.job_locations.size() == 1);
  CHECK(q.job_locations[0].location == "US");
  CHECK(q.job_locations[0].work_mode == "remote");
  REQUIRE(q.urls.size() == 1);
  CHECK(q.urls[0].type == "linkedin");
  CHECK(q.urls[0].url == "https://www.linkedin.com/company/stripe");
}

// ==============================================================================================
// Salary
// ==============================================================================================

TEST_CASE("parser: salary forms") {
  auto ctc = [](const std::string& line) {
    ParsedJD p = parse_jd(jd_with(line));
    REQUIRE(p.jd_type == "pass");
    REQUIRE(p.ctc.has_value());
    return *p.ctc;
  };
  SUBCASE("lakhs per annum, ranges and crores") {
    Ctc c = ctc("CTC: 12-18 LPA");
    CHECK(c.currency == std::optional<std::string>("INR"));
    CHECK(c.min == std::optional<double>(12));
    CHECK(c.max == std::optional<double>(18));
    CHECK(c.period == std::optional<std::string>("annual"));
    CHECK(c.annual_min == std::optional<double>(1200000));
    CHECK(c.annual_max == std::optional<double>(1800000));
    CHECK(c.raw == "12-18 LPA");

    c = ctc("Compensation: 15 lakhs per annum");
    CHECK(c.currency == std::optional<std::string>("INR"));
    CHECK(c.min == std::optional<double>(15));
    CHECK(c.annual_min == std::optional<double>(1500000));
    CHECK(c.period == std::optional<std::string>("annual"));

    c = ctc("CTC: 1.2 Cr");
    CHECK(c.currency == std::optional<std::string>("INR"));
    CHECK(c.min == std::optional<double>(1.2));
    CHECK(c.annual_min == std::optional<double>(12000000));

    c = ctc("Salary: \xE2\x82\xB9""12,00,000 per annum");
    CHECK(c.currency == std::optional<std::string>("INR"));
    CHECK(c.min == std::optional<double>(1200000));
    CHECK(c.annual_min == std::optional<double>(1200000));
  }
  SUBCASE("dollars, pounds and euros") {
    Ctc c = ctc("Salary: $120k - $150k");
    CHECK(c.currency == std::optional<std::string>("USD"));
    CHECK(c.min == std::optional<double>(120000));
    CHECK(c.max == std::optional<double>(150000));
    CHECK(c.period == std::optional<std::string>("annual"));
    CHECK(c.raw == "$120k - $150k");

    c = ctc("Salary: up to \xC2\xA3""60,000");
    CHECK(c.currency == std::optional<std::string>("GBP"));
    CHECK_FALSE(c.min.has_value());
    CHECK(c.max == std::optional<double>(60000));
    CHECK(c.annual_max == std::optional<double>(60000));

    c = ctc("Pay: $45/hour");
    CHECK(c.currency == std::optional<std::string>("USD"));
    CHECK(c.min == std::optional<double>(45));
    CHECK(c.period == std::optional<std::string>("hourly"));
    CHECK(c.annual_min == std::optional<double>(45 * 2080));
    CHECK(c.raw == "$45/hour");

    c = ctc("Salary: \xE2\x82\xAC""4,000 per month");
    CHECK(c.currency == std::optional<std::string>("EUR"));
    CHECK(c.min == std::optional<double>(4000));
    CHECK(c.period == std::optional<std::string>("monthly"));
    CHECK(c.annual_min == std::optional<double>(48000));
  }
  SUBCASE("qualitative salaries keep raw with null amounts") {
    Ctc c = ctc("Salary: Competitive");
    CHECK(c.raw == "Competitive");
    CHECK_FALSE(c.min.has_value());
    CHECK_FALSE(c.max.has_value());
    CHECK_FALSE(c.currency.has_value());
    c = ctc("Salary: DOE");
    CHECK(c.raw == "DOE");
    CHECK_FALSE(c.min.has_value());
    c = ctc("We offer a competitive salary and great benefits.");
    CHECK(c.raw == "competitive salary");
    CHECK_FALSE(c.max.has_value());
  }
  SUBCASE("salary in running text") {
    Ctc c = ctc("The salary range is $90,000 to $110,000 per year plus equity.");
    CHECK(c.min == std::optional<double>(90000));
    CHECK(c.max == std::optional<double>(110000));
    CHECK(c.period == std::optional<std::string>("annual"));
  }
  SUBCASE("money that is not a salary") {
    ParsedJD p = parse_jd(jd_with("We raised $5M in funding last year from top investors."));
    CHECK_FALSE(p.ctc.has_value());
  }
}

// ==============================================================================================
// Experience
// ==============================================================================================

TEST_CASE("parser: experience forms") {
  auto exp = [](const std::string& line) {
    ParsedJD p = parse_jd(jd_with(line));
    REQUIRE(p.jd_type == "pass");
    return p.experience;
  };
  auto e = exp("Experience- 3+ years(excluding internship)");
  REQUIRE(e.has_value());
  CHECK(e->min == std::optional<double>(3));
  CHECK_FALSE(e->max.has_value());
  CHECK(e->raw == "3+ years(excluding internship)");

  e = exp("Experience: 2-4 Yrs");
  REQUIRE(e.has_value());
  CHECK(e->min == std::optional<double>(2));
  CHECK(e->max == std::optional<double>(4));
  CHECK(e->raw == "2-4 Yrs");

  e = exp("Candidates need a minimum of five years in backend development.");
  REQUIRE(e.has_value());
  CHECK(e->min == std::optional<double>(5));
  CHECK_FALSE(e->max.has_value());
  CHECK(e->raw == "minimum of five years");

  e = exp("You bring 5 to 7 years of experience in sales.");
  REQUIRE(e.has_value());
  CHECK(e->min == std::optional<double>(5));
  CHECK(e->max == std::optional<double>(7));

  e = exp("At least 3 years of professional experience with Go.");
  REQUIRE(e.has_value());
  CHECK(e->min == std::optional<double>(3));

  e = exp("Freshers can apply.");
  REQUIRE(e.has_value());
  CHECK(e->min == std::optional<double>(0));
  CHECK(e->max == std::optional<double>(0));

  e = exp("This is an entry level role.");
  REQUIRE(e.has_value());
  CHECK(e->min == std::optional<double>(0));
  CHECK(e->max == std::optional<double>(0));

  // Years that are not an experience requirement.
  CHECK_FALSE(exp("Our team has grown a lot over the past six years.").has_value());
  CHECK_FALSE(exp("Founded in 2015, we serve 40 countries.").has_value());
}

// ==============================================================================================
// Rejections
// ==============================================================================================

TEST_CASE("parser: rejections") {
  check_rejected(parse_jd(""), "empty");
  check_rejected(parse_jd("   \n\t \r\n  "), "empty");
  check_rejected(parse_jd("Hiring a developer now"), "too_short");

  std::string five_mb;
  while (five_mb.size() < 5u * 1024 * 1024) five_mb += "We need a developer to build APIs. ";
  check_rejected(parse_jd(five_mb), "too_long");
  // The size check comes first, before any other work.
  check_rejected(parse_jd(std::string(3u * 1024 * 1024, '\0')), "too_long");
  ParseOptions small;
  small.max_input_bytes = 100;
  check_rejected(parse_jd(seed_jd(), small), "too_long");
  ParseOptions few;
  few.min_words = 3;
  CHECK(parse_jd("Hiring a developer now", few).jd_type == "pass");

  check_rejected(parse_jd("We need a backend developer \xC3\x28 with Java and SQL skills for our team."),
                 "invalid_utf8");
  std::string binary = "We need a backend developer with Java and SQL skills for our team.";
  binary[10] = '\0';
  binary += std::string("\x00\x01\x02\x03", 4);
  check_rejected(parse_jd(binary), "not_text");

  std::string resume =
      "Curriculum Vitae\n"
      "John Doe\n"
      "Objective: To obtain a challenging position as a software engineer.\n"
      "Work Experience\n"
      "Software Engineer, ABC Corp (2018-2022)\n"
      "- Developed web applications in Java\n"
      "Education\n"
      "B.Tech in Computer Science, XYZ University\n"
      "Personal Details\n"
      "Date of Birth: 01/01/1990\n"
      "Marital Status: Single\n";
  check_rejected(parse_jd(resume), "resume");

  check_rejected(parse_jd("The quick brown fox jumps over the lazy dog while the cat sleeps in the sun."),
                 "not_job_ad");

  // A real JD that mentions education and experience is not a resume.
  CHECK(parse_jd(seed_jd()).jd_type == "pass");
  CHECK(parse_jd("Work Experience: 3 years. Education: B.Tech. We are hiring a Java developer to build APIs.")
            .jd_type == "pass");
}

// ==============================================================================================
// Marker resolution
// ==============================================================================================

TEST_CASE("resolve_marker: tolerant of case, whitespace, punctuation and bullets") {
  std::string orig =
      "Intro text here.\nResponsibilities:\n\xE2\x80\xA2  Build   the API layer\n"
      "\xE2\x80\xA2 Own the deploys, end to end.\nMore text.";
  auto r = resolve_marker(orig, "build THE api", "END TO END.");
  REQUIRE(r.has_value());
  std::string span = orig.substr(r->first, r->second - r->first);
  CHECK(starts_with(span, "Build"));
  CHECK(ends_with(span, "end to end."));

  // A leading bullet glyph in the marker takes the glyph in; punctuation and line breaks are ignored.
  r = resolve_marker(orig, "\xE2\x80\xA2 Build the\nAPI", "deploys end to end");
  REQUIRE(r.has_value());
  span = orig.substr(r->first, r->second - r->first);
  CHECK(starts_with(span, "\xE2\x80\xA2"));
  CHECK(ends_with(span, "end to end"));

  // Curly quotes and hyphen-free punctuation are dropped on both sides.
  r = resolve_marker("Samsung Electronics\xE2\x80\x99 development team.", "samsung electronics' development",
                     "development team");
  REQUIRE(r.has_value());
  CHECK(r->first == 0);

  // Never guess.
  CHECK_FALSE(resolve_marker(orig, "deploy the rockets", "end to end").has_value());
  CHECK_FALSE(resolve_marker(orig, "Build the API", "launch the rockets").has_value());
  CHECK_FALSE(resolve_marker(orig, "Own the deploys", "Intro text here").has_value());  // end before start
  CHECK_FALSE(resolve_marker(orig, "", "end to end").has_value());
  CHECK_FALSE(resolve_marker(orig, "\xE2\x80\xA2 ...", "end to end").has_value());
  CHECK_FALSE(resolve_marker("", "a", "b").has_value());
}

// ==============================================================================================
// Robustness
// ==============================================================================================

TEST_CASE("parser: large inputs keep their structure") {
  std::string bullets = "Responsibilities:\n";
  for (int i = 0; i < 100000; ++i) bullets += "- Build item " + std::to_string(i) + "\n";
  ParsedJD p = parse_jd(bullets);
  REQUIRE(p.jd_type == "pass");
  REQUIRE(p.roles_and_responsibilities.size() == 1);
  CHECK(p.roles_and_responsibilities[0].bullet_count == 100000);
  CHECK(p.roles_and_responsibilities[0].items.back() == "Build item 99999");
  CHECK(ends_with(span_of(bullets, p.roles_and_responsibilities[0]), "Build item 99999"));

  std::string line;
  while (line.size() < (1u << 20)) line += "develop scalable services for the team and ";
  ParsedJD q = parse_jd(line);
  CHECK(q.jd_type == "pass");
  REQUIRE(q.roles_and_responsibilities.size() == 1);
  CHECK_FALSE(q.roles_and_responsibilities[0].heading_was_present);
}

TEST_CASE("parser: arbitrary fragments never break the block invariants") {
  static const char* kFragments[] = {
      "Responsibilities:", "\xE2\x80\xA2", "- ", "* ", "1. ", "[About us]", "[", "]", ":", " - ", "Salary : ",
      "$", "\xE2\x82\xB9", "30", "LPA", "k", "12,00,000", "Experience- ", "3+", "years", "Role- ", "Title: ",
      "we need a great", "developer", "\n", "\n\n", " ", "## ", "**", "Requirements", "Location: ", "Remote",
      "https://x.io/", "a@b.co", "\xE2\x80\x93", "\xC2\xB7", "(", ")", "Bachelor's degree in", "AWS Certified",
      "Build APIs.", "Manage teams.", "About Acme", "Nice to have", "Benefits:", "\t", "\r\n", "fresher"};
  std::mt19937 rng(1234);
  for (int round = 0; round < 300; ++round) {
    std::string text = "We are hiring a developer to build things for the team.\n";
    int n = 5 + static_cast<int>(rng() % 60);
    for (int i = 0; i < n; ++i) {
      text += kFragments[rng() % (sizeof(kFragments) / sizeof(kFragments[0]))];
      if (rng() % 2) text += ' ';
    }
    ParsedJD p = parse_jd(text);
    REQUIRE((p.jd_type == "pass" || p.jd_type == "reject"));
    if (p.jd_type == "reject") continue;
    for (const auto& b : p.roles_and_responsibilities) check_block_invariants(text, b);
    for (const auto& b : p.requirements) check_block_invariants(text, b);
    for (const auto& b : p.nice_to_have) check_block_invariants(text, b);
    for (const auto& b : p.benefits) check_block_invariants(text, b);
    if (p.about_company) check_block_invariants(text, *p.about_company);
    if (p.ctc && p.ctc->min && p.ctc->max) CHECK(*p.ctc->min <= *p.ctc->max);
    if (p.experience && p.experience->min && p.experience->max) CHECK(*p.experience->min <= *p.experience->max);
  }
  // Raw random bytes: a verdict, never a crash.
  for (int round = 0; round < 200; ++round) {
    std::string bytes(static_cast<size_t>(rng() % 400), '\0');
    for (auto& c : bytes) c = static_cast<char>(rng() % 256);
    ParsedJD p = parse_jd(bytes);
    CHECK((p.jd_type == "pass" || p.jd_type == "reject"));
    (void)resolve_marker(bytes, bytes.substr(0, bytes.size() / 3), bytes.substr(bytes.size() / 2));
  }
}

// ==============================================================================================
// Gaps of the first cut
// ==============================================================================================

TEST_CASE("parser: titles keep their complement (of ..., de ..., \", Data Platform\")") {
  ParsedJD p = parse_jd("Ledgerline is hiring a Director of Sales to lead our mid-market team in New York.\n"
                        "You will coach account executives and own the quarterly number.\n");
  CHECK(p.role == "Director of Sales");
  CHECK(p.role_aliases.empty());
  CHECK(p.role_archetype == "Sales & Marketing");
  p = parse_jd("We're looking for a Head of Marketing to grow our brand in UK grocery retail.\n"
               "You will lead a team of five and manage our agencies.\n");
  CHECK(p.role == "Head of Marketing");
  p = parse_jd("VP of Engineering\nLead an engineering organisation of 45 people across four teams.\n"
               "Hire and develop engineering managers.\n");
  CHECK(p.role == "VP of Engineering");
  CHECK(p.role_archetype == "Engineering");
  p = parse_jd("Manager, Data Platform\nYou will lead the team that runs our data warehouse and pipelines.\n"
               "We need a manager who has run Snowflake in production.\n");
  CHECK(p.role == "Manager, Data Platform");
  p = parse_jd("The Harbour Table is looking for a Chef de Partie to run the fish section of our kitchen.\n"
               "You will prepare and cook dishes on your section.\n");
  CHECK(p.role == "Chef de Partie");
  // A following role word belongs to the title: "Principal Engineer", not "Principal".
  p = parse_jd("We are seeking a Principal Engineer to set the technical direction of our platform team.\n");
  CHECK(p.role == "Principal Engineer");
  // Prefixes and suffixes around a title line.
  p = parse_jd("Urgent opening: ITI Electrician (Maintenance) - Pune\nDo preventive maintenance of machines and panels.\n");
  CHECK(p.role == "ITI Electrician (Maintenance) - Pune");
  p = parse_jd("Barista wanted at Copper Kettle Coffee, Portland\nYou will make espresso drinks and take orders.\n");
  CHECK(p.role == "Barista");
  p = parse_jd("Android Developer (Kotlin) \xE2\x80\x93 Hyderabad \xE2\x80\x93 2 to 5 yrs \xE2\x80\x93 \xE2\x82\xB9""10-18 LPA\n"
               "Build new features for our patient app in Kotlin.\n");
  CHECK(p.role == "Android Developer (Kotlin)");
  REQUIRE(p.experience.has_value());
  CHECK(p.experience->min == std::optional<double>(2));
  CHECK(p.experience->max == std::optional<double>(5));
}

TEST_CASE("parser: prose after the last section is not swallowed") {
  std::string jd =
      "Line Cook\n\nResponsibilities:\n- Cook sides and specials on the line\n- Prep sauces before each shift\n\n"
      "Benefits:\n- Free shift meal\n- Paid time off after 90 days\n\n"
      "Apply at https://smokeandember.example/jobs or email jobs@smokeandember.example.\n";
  ParsedJD p = parse_jd(jd);
  REQUIRE(p.benefits.size() == 1);
  CHECK(p.benefits[0].items == std::vector<std::string>{"Free shift meal", "Paid time off after 90 days"});
  CHECK(ends_with(span_of(jd, p.benefits[0]), "after 90 days"));
  REQUIRE(p.urls.size() == 1);
  CHECK(p.emails == std::vector<std::string>{"jobs@smokeandember.example"});
  // A closing line right under the last bullet (no blank line) is cut as well.
  std::string tight = "Responsibilities:\n- Patrol the centre and record incidents\n- Monitor CCTV\n"
                      "Send your CV to jobs@sentinel.example\n";
  p = parse_jd(tight);
  REQUIRE(p.roles_and_responsibilities.size() == 1);
  CHECK(p.roles_and_responsibilities[0].items.size() == 2);
  // Bullets after a paragraph keep the section going: the paragraph is part of it.
  std::string more = "Requirements:\n- Python and SQL\n\nSoft skills\n- Clear writing\n- Patience\n";
  p = parse_jd(more + "We are hiring a data analyst to build reports.\n");
  REQUIRE_FALSE(p.requirements.empty());
  CHECK(p.requirements[0].items.size() >= 4);
}

TEST_CASE("parser: unbulleted Title Case lines with section words are items, not headings") {
  std::string jd =
      "Social Media Manager\n\nResponsibilities\nPlan and publish daily content on Instagram\n"
      "Reply to comments within one business day\n\nRequirements\nStrong Communication Skills\n"
      "Excellent Writing And Editing Skills\nTwo Years Of Social Media Experience\nBasic Video Editing Skills\n";
  ParsedJD p = parse_jd(jd);
  REQUIRE(p.requirements.size() == 1);
  CHECK(p.requirements[0].heading == "Requirements");
  CHECK(p.requirements[0].items ==
        std::vector<std::string>{"Strong Communication Skills", "Excellent Writing And Editing Skills",
                                 "Two Years Of Social Media Experience", "Basic Video Editing Skills"});
  // A Title Case heading in a heading's place (after a blank line, or over a list) still counts.
  p = parse_jd("We are hiring a nurse for our ward.\n\nClinical Skills\n- IV cannulation\n- Wound care\n");
  REQUIRE(p.requirements.size() == 1);
  CHECK(p.requirements[0].heading == "Clinical Skills");
}

TEST_CASE("parser: \"X is hiring\" does not take a sentence-initial word into the name") {
  ParsedJD p = parse_jd("In Acme Corp is hiring a backend developer to build our APIs and services.\n");
  CHECK(p.company_name == std::optional<std::string>("Acme Corp"));
  p = parse_jd("Today Brightnest is hiring a Customer Support Specialist to help homeowners.\n");
  CHECK(p.company_name == std::optional<std::string>("Brightnest"));
  p = parse_jd("Right now Contoso Ltd is hiring engineers to build and run our data platform.\n");
  CHECK(p.company_name == std::optional<std::string>("Contoso Ltd"));
}

TEST_CASE("parser: an internal fault is internal_error, not a verdict on the input") {
  parse_detail::g_fail_for_testing = true;
  ParsedJD p = parse_jd(seed_jd());
  parse_detail::g_fail_for_testing = false;
  check_rejected(p, "internal_error");
  CHECK(parse_jd(seed_jd()).jd_type == "pass");
}

TEST_CASE("parser: the domain carries the keywords that decided it") {
  ParsedJD p = parse_jd("Kiranpay is a fintech company. We are hiring a backend developer to build payments APIs.\n");
  CHECK(p.domain_primary.domain == "Finance");
  CHECK(std::find(p.domain_primary.aliases.begin(), p.domain_primary.aliases.end(), "fintech") !=
        p.domain_primary.aliases.end());
  CHECK(std::find(p.domain_primary.aliases.begin(), p.domain_primary.aliases.end(), "payments") !=
        p.domain_primary.aliases.end());
  // Benefits words alone ("medical, dental and vision") do not make a healthcare job.
  p = parse_jd("We are hiring warehouse associates. Benefits: medical, dental and vision from day one.\n");
  CHECK(p.domain_primary.domain == "Other");
  CHECK(p.domain_primary.aliases.empty());
}

TEST_CASE("parser: HTML input, entities, CRLF, tabs and non-ASCII text; offsets into the original") {
  std::string html =
      "<div><h2>QA Engineer</h2><p>Company: Orbitix &amp; Co<br/>Location: Pune&nbsp;/&nbsp;Remote</p>"
      "<p><strong>Responsibilities:</strong></p><ul>\n  <li>Design &amp; maintain UI tests</li>\n"
      "  <li>Write API tests in Postman</li>\n</ul>"
      "<p><b>Benefits</b><br>&#8226; Health cover<br>&#x2022; Caf&eacute; on site</p></div>";
  ParsedJD p = parse_jd(html);
  REQUIRE(p.jd_type == "pass");
  CHECK(p.role == "QA Engineer");
  CHECK(p.company_name == std::optional<std::string>("Orbitix & Co"));
  REQUIRE(p.roles_and_responsibilities.size() == 1);
  const TextBlock& r = p.roles_and_responsibilities[0];
  CHECK(r.items == std::vector<std::string>{"Design & maintain UI tests", "Write API tests in Postman"});
  CHECK(r.bullet_count == 2);
  std::string span = span_of(html, r);
  CHECK(starts_with(span, "<li>Design &amp; maintain"));
  CHECK(ends_with(span, "in Postman"));
  CHECK(r.source_marker.first_5_words == "\xE2\x80\xA2 Design & maintain UI");
  auto res = resolve_marker(html, r.source_marker.first_5_words, r.source_marker.last_5_words);
  REQUIRE(res.has_value());
  CHECK(res->first == r.source_marker.byte_start);
  CHECK(res->second == r.source_marker.byte_end);
  REQUIRE(p.benefits.size() == 1);
  CHECK(p.benefits[0].items == std::vector<std::string>{"Health cover", "Caf\xC3\xA9 on site"});
  std::string bspan = span_of(html, p.benefits[0]);
  CHECK(starts_with(bspan, "&#8226; Health"));
  CHECK(ends_with(bspan, "on site"));

  // CRLF and tabs: the same items, spans that hold the CRs of the original.
  std::string crlf = "Payroll Specialist\r\n\r\nResponsibilities:\r\n\t1.\tProcess payroll in ADP\r\n"
                     "\t2.\tAudit timecards before each run\r\nRequirements:\r\n\t-\t3 years of payroll experience\r\n";
  p = parse_jd(crlf);
  REQUIRE(p.roles_and_responsibilities.size() == 1);
  CHECK(p.roles_and_responsibilities[0].items ==
        std::vector<std::string>{"Process payroll in ADP", "Audit timecards before each run"});
  CHECK(p.roles_and_responsibilities[0].bullet_count == 2);
  std::string cspan = span_of(crlf, p.roles_and_responsibilities[0]);
  CHECK(starts_with(cspan, "1.\tProcess"));
  CHECK(ends_with(cspan, "each run"));
  REQUIRE(p.experience.has_value());
  CHECK(p.experience->min == std::optional<double>(3));

  // A lone CR (old Mac line ends) is a line break.
  p = parse_jd("Responsibilities:\r- Build APIs for merchants\r- Review code\r\rWe are hiring a developer.\r");
  REQUIRE(p.roles_and_responsibilities.size() == 1);
  CHECK(p.roles_and_responsibilities[0].items.size() == 2);

  // Non-ASCII: names, places and glyphs pass through intact.
  std::string de = "Servicetechniker (m/w/d)\nK\xC3\xA4ltetechnik Huber GmbH \xC2\xB7 M\xC3\xBCnchen\n\n"
                   "K\xC3\xA4ltetechnik Huber GmbH wartet K\xC3\xA4lteanlagen.\n\nIhre Aufgaben / Your tasks:\n"
                   "\xE2\x96\xAA Service and repair refrigeration systems\n\xE2\x96\xAA Find faults in controls\n";
  p = parse_jd(de);
  CHECK(p.company_name == std::optional<std::string>("K\xC3\xA4ltetechnik Huber GmbH"));
  REQUIRE(p.job_locations.size() == 1);
  CHECK(p.job_locations[0].location == "M\xC3\xBCnchen");
  REQUIRE(p.roles_and_responsibilities.size() == 1);
  CHECK(p.roles_and_responsibilities[0].bullet_count == 2);
}

// ==============================================================================================
// The fast paths agree with the plain definitions they replace
// ==============================================================================================

namespace {

std::string random_text(std::mt19937& rng, size_t max_len) {
  static const char* kPieces[] = {
      "Responsibilities", "responsible for", "You will", "you'll", "\xE2\x80\x99", "\xE2\x80\xA2 ", "\xC2\xB7",
      "\xE2\x80\x93", " - ", ". ", "! ", "? ", "; ", "\n", "\r\n", "\t", "  ", "A", "b", "Z9", "e.g. ", "1. ",
      "(a) ", "* ", "+ ", "> ", "- ", "3+ years", "salary", "$", "\xE2\x82\xB9", "LPA", "www.x.io", "a@b.co",
      "\xC3\xA9", "\xF0\x9F\x9A\x80", "\x01", "\x7F", "Hiring", "is hiring", "the", "of", "de", "Of", "X",
      "\xEF\x82\xB7", "\xE2\x86\x92", "      ", "Team", "TEAM", "you would ", "you shall ", "\xC2\xA0"};
  std::string s;
  size_t n = rng() % max_len;
  while (s.size() < n) {
    if (rng() % 5 == 0) s.push_back(static_cast<char>(rng() % 256));
    else s += kPieces[rng() % (sizeof(kPieces) / sizeof(kPieces[0]))];
  }
  return s;
}

}  // namespace

TEST_CASE("parser internals: prescan, word counts and squashing agree with text::") {
  using namespace parse_detail;
  std::mt19937 rng(77);
  for (int round = 0; round < 3000; ++round) {
    std::string s = random_text(rng, 300);
    Prescan p = prescan(s);
    CHECK(p.low == text::lower(s));
    CHECK(p.binary == text::looks_binary(s));
    CHECK(p.valid_utf8 == text::is_valid_utf8(s));
    size_t wc = text::word_count(s);
    for (size_t limit : {size_t{1}, size_t{3}, size_t{9}, size_t{100000}}) {
      size_t c = count_words_upto(s, limit);
      if (wc < limit) CHECK(c == wc);
      else CHECK((c >= limit && c <= wc));
    }
    std::string out = "x";
    size_t words = squash_append(s, out);
    CHECK(out == "x" + text::squash_spaces(s));
    CHECK(words == wc);
    CHECK(lower_ascii(s) == text::lower(s));
    CHECK(strip_bullet_fast(s) == text::strip_bullet(s));
    CHECK(trim_fast(s) == text::trim(s));
  }
}

TEST_CASE("parser internals: sentences, the sentence at a position, byte search") {
  using namespace parse_detail;
  std::mt19937 rng(78);
  for (int round = 0; round < 2000; ++round) {
    std::string s = random_text(rng, 400);
    auto want = text::split_sentences(s);
    auto got = split_sentences_fast(s);
    REQUIRE(got.size() == want.size());
    for (size_t k = 0; k < got.size(); ++k) {
      CHECK(got[k].start == want[k].start);
      CHECK(got[k].end == want[k].end);
    }
    // sentence_at(pos) for the first byte of an ASCII letter run is the split sentence holding it.
    for (size_t pos = 0; pos < s.size(); ++pos) {
      if (!std::isalpha(static_cast<unsigned char>(s[pos])) || (pos > 0 && std::isalnum(static_cast<unsigned char>(s[pos - 1]))))
        continue;
      auto at = sentence_at(s, pos);
      const text::Span* holder = nullptr;
      for (const auto& sp : want)
        if (sp.start <= pos && pos < sp.end) holder = &sp;
      if (holder) {
        REQUIRE(at.has_value());
        CHECK(at->start == holder->start);
        CHECK(at->end == holder->end);
      }
    }
    static constexpr unsigned char kSet[] = {'\n', '.', 0xE2};
    for (size_t from = 0; from <= s.size(); from += 7) {
      size_t want_i = s.size();
      for (size_t k = from; k < s.size(); ++k)
        if (s[k] == '\n' || s[k] == '.' || static_cast<unsigned char>(s[k]) == 0xE2) {
          want_i = k;
          break;
        }
      CHECK(from + find_byte_of(reinterpret_cast<const unsigned char*>(s.data()) + from, s.size() - from, kSet) ==
            want_i);
    }
  }
}

TEST_CASE("parser internals: the word index answers as find_word does") {
  using namespace parse_detail;
  std::mt19937 rng(79);
  static const char* kNeedles[] = {"responsible for", "you will ", "you'll ", "is hiring", "salary", "(remote)",
                                   "/hr", "team", "e.g", "3+", "hiring", "of", "x", "\xE2\x80\x93", "www",
                                   "you\xE2\x80\x99ll ", "per annum", "a year", "p.a", "de"};
  // Needles prepared (registered) before the index is built, and one prepared after it.
  std::vector<Needle> prepared;
  for (auto n : kNeedles) prepared.push_back(prepare_needle(n));
  for (int round = 0; round < 1500; ++round) {
    std::string s = random_text(rng, 500);
    std::string low = text::lower(s);
    WordIndex idx;
    idx.build(low);
    for (const auto& n : prepared) {
      CHECK(idx.find(n) == find_word(low, n.text));
      size_t from = rng() % (low.size() + 1);
      CHECK(idx.find(n, from) == find_word(low, n.text, from));
      std::vector<size_t> all, want;
      idx.find_all(n, all);
      for (size_t p = find_word(low, n.text); p != std::string_view::npos; p = find_word(low, n.text, p + 1))
        want.push_back(p);
      CHECK(all == want);
    }
    std::string late = "late" + std::to_string(round % 7);
    Needle after = prepare_needle(late);  // registered after the build: answered by a scan
    CHECK(idx.find(after) == find_word(low, late));
  }
}

TEST_CASE("parser internals: markup normalisation maps every byte into the original") {
  using namespace parse_detail;
  std::string html = "<p>R&amp;D &nbsp;team</p>\r\n<ul><li>One &#8226; two</li><li>Caf&eacute;</li></ul><br/>end";
  REQUIRE(needs_normalizing(html));
  Normalized n = normalize_markup(html);
  REQUIRE(n.start.size() == n.text.size());
  for (size_t k = 0; k < n.text.size(); ++k) {
    CHECK(n.start[k] < n.end[k]);
    CHECK(n.end[k] <= html.size());
  }
  CHECK(n.text.find("R&D") != std::string::npos);
  CHECK(n.text.find("Caf\xC3\xA9") != std::string::npos);
  CHECK(n.text.find("\xE2\x80\xA2 One") != std::string::npos);
  // Plain text with a placeholder in angle brackets is not HTML.
  CHECK_FALSE(needs_normalizing("Senior Engineer <ORGANIZATION>\n<ADDRESS> <LOCATION>\nWe are hiring."));
  std::mt19937 rng(80);
  for (int round = 0; round < 500; ++round) {
    std::string s = "<div>" + random_text(rng, 200) + "</div>";
    Normalized m = normalize_markup(s);
    for (size_t k = 0; k < m.text.size(); ++k) CHECK(m.end[k] <= s.size());
    auto [ob, oe] = m.to_original(0, m.text.size());
    CHECK(ob <= oe);
    CHECK(oe <= s.size());
  }
}

TEST_CASE("parser: a header line of separators only is no company line") {
  // Found by fuzzing: the header parts were all empty.
  ParsedJD p = parse_jd("Backend Developer\n| \xC2\xB7 |\nWe are hiring a backend developer to build APIs for our team.\n");
  CHECK(p.jd_type == "pass");
  CHECK_FALSE(p.company_name.has_value());
  CHECK(p.role == "Backend Developer");
}
