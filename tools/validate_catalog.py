#!/usr/bin/env python3
"""Validate a jdpipe catalog bundle (.jsonl) and print counts.

Stdlib only.  Usage:

    /usr/bin/python3 tools/validate_catalog.py [BUNDLE] [--no-seed] [--no-size]

BUNDLE defaults to data/starter-catalog.jsonl.  Checks:
  * format: one JSON object a line, each with "kind"; the first line is the
    meta record; dimensions come before skills and roles; exact field sets
    (an optional integer "id" is tolerated); enum values; slug syntax and
    uniqueness per kind; every referenced slug exists.
  * skills: exactly one CANONICAL alias equal to display_name; no alias text
    on two different skills (case-insensitive, ignoring spaces, dots and
    hyphens); short or ambiguous common-word aliases are not plain
    CASE_INSENSITIVE; at least one dimension; ai_related set for AI/ML skills.
  * dimensions: title-cased display_name, 1-2 sentence rationale, used by at
    least one skill and one role.
  * roles: family (role_archetype) from the fixed list, >= 3 aliases,
    >= 6 KRAs of 10-30 words, >= 6 skills, >= 3 dimensions, 2-3 sentence
    rationale; role alias collisions only where deliberate.
  * size (skip with --no-size): >= 64 roles, >= 4 per family and more in
    Engineering than in any other family, >= 420 skills, >= 85 dimensions.
  * seed (skip with --no-seed; on by default for the bundle named "starter"):
    the records the seed run example depends on.
Exit status 0 when every check passes, 1 otherwise.
"""
import collections
import json
import os
import re
import sys

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FAMILIES = [
    "Engineering", "Data", "Product & Design", "IT Operations",
    "Sales & Marketing", "Finance", "HR", "Healthcare", "Skilled Trades",
    "Education",
]
DIFFICULTY = {"well_known", "intermediate", "specialized"}
NATURES = {"CONCEPT", "TOOL", "LANGUAGE", "FRAMEWORK", "PLATFORM", "METHODOLOGY",
           "SOFT_SKILL", "DOMAIN", "CERTIFICATION"}
VOLATILITY = {"STABLE", "MODERATE", "VOLATILE"}
LIFESPAN = {"EVERGREEN", "LONG", "MEDIUM", "SHORT"}
ALIAS_TYPES = {"CANONICAL", "SYNONYM", "ABBREVIATION", "VARIANT", "MISSPELLING"}
MATCHES = {"CASE_INSENSITIVE", "CASE_SENSITIVE", "EXACT"}

FIELDS = {
    "meta": ["kind", "name", "version", "description", "license"],
    "dimension": ["kind", "slug", "display_name", "difficulty_hint", "rationale"],
    "skill": ["kind", "slug", "display_name", "category", "sub_category",
              "skill_nature", "volatility", "typical_lifespan", "is_extractable",
              "is_also_category", "external_id", "ai_related", "aliases", "dimensions"],
    "role": ["kind", "slug", "display_name", "role_archetype", "rationale",
             "external_id", "aliases", "kras", "ai_related_kras", "skills", "dimensions"],
}
OPTIONAL_FIELDS = {"id"}

# Words that are ordinary English (or too short) to be matched case-insensitively.
AMBIGUOUS_WORDS = {
    "go", "r", "c", "swift", "rust", "spring", "react", "excel", "access", "word",
    "chef", "puppet", "ruby", "dart", "julia", "sales", "express", "spark", "helm",
    "slack", "teams", "outlook", "sketch", "notion", "looker", "snowflake", "oracle",
    "sap", "workday", "greenhouse", "lever", "epic", "canvas", "blackboard", "node",
    "flask", "rails", "airflow", "maven", "bash", "rest", "soap", "windows", "azure",
    "cassandra", "prometheus", "sentry", "storybook", "cypress", "selenium", "jest",
    "playwright", "postman", "cucumber", "vite", "babel", "bootstrap", "svelte",
    "flutter", "unity", "unreal", "blender", "miro", "asana", "scrum", "waterfall",
    "confluence", "amplitude", "collaboration", "leadership", "adaptability",
    "empathy", "creativity", "communication", "prioritization", "flexibility",
    "coaching", "framing", "selling", "stata", "seaborn", "redux", "angular", "git",
    "sage", "bloomberg", "illustrator", "premiere", "outreach", "gong", "storyline",
    "compose", "room", "apollo", "fetch", "patching", "triage", "wiring",
    "compensation", "sourcing", "grading", "accuracy", "reliability", "innovation",
    "presenting", "compounding", "mural", "torch",
}
SENIORITY = {"senior", "sr", "junior", "jr", "lead", "principal", "intern", "trainee"}
AI_SLUGS = {
    "machine-learning", "deep-learning", "natural-language-processing",
    "computer-vision", "pytorch", "tensorflow", "large-language-models",
    "prompt-engineering", "generative-ai", "mlops", "artificial-intelligence",
}
AI_WORDS = re.compile(r"(\bAI\b|Machine Learning|Deep Learning|\bLLM|Neural|Generative|"
                      r"Language Model|Computer Vision|Natural Language|\bMLOps\b)")

# The same terms in running text (KRAs are sentences, not title-cased names).
KRA_AI_WORDS = re.compile(r"(\bAI\b|\bML\b|\bLLMs?\b|\bNLP\b|(?i:machine learning|deep learning|neural net|"
                          r"language model|computer vision|natural language processing|generative ai|mlops))")

# --- the seed run example (exact records) ---------------------------------
SEED_BACKEND_RATIONALE = (
    "A Backend Engineer designs, builds, and maintains the server-side logic and "
    "data handling that power applications and services. They focus on implementing "
    "reliable business functionality, integrating with other systems, and ensuring "
    "the backend is scalable, maintainable, and observable.")
SEED_BACKEND_KRAS = [
    "Designs and maintains RESTful and GraphQL API interfaces with proper "
    "authentication, versioning, rate limiting, and documentation for frontend and "
    "third-party consumers.",
    "Configures Docker containers, deployment descriptors, environment variables, "
    "and CI/CD pipeline stages for backend service releases.",
]
SEED_API_DIM_RATIONALE = (
    "Client-side integration with backend endpoints and third-party services, "
    "including request shaping, response handling, and synchronization with UI "
    "state. This is central to frontend work because most screens depend on remote "
    "data.")
SEED_ROLES = {
    "backend-engineer": "Backend Developer",
    "backend-developer": "Backend Developer",
    "full-stack-engineer": "Fullstack Developer",
    "fullstack-developer": "Fullstack Developer",
    "frontend-engineer": "Frontend Developer",
    "web-developer": "Web Developer",
    "react-frontend-developer": "React Frontend Developer",
    "angular-frontend-developer": "Angular Frontend Developer",
    "vue-frontend-developer": "Vue Frontend Developer",
    "svelte-frontend-developer": "Svelte Frontend Developer",
    "python-backend-developer": "Python Backend Developer",
    "java-backend-developer": "Java Backend Developer",
    "scala-backend-developer": "Scala Backend Developer",
}
SEED_API_DIM_ROLES = {
    "frontend-engineer", "web-developer", "full-stack-engineer", "fullstack-developer",
    "react-frontend-developer", "angular-frontend-developer", "vue-frontend-developer",
    "svelte-frontend-developer",
}
SEED_BACKEND_ALIAS_ROLES = {"backend-engineer", "backend-developer", "full-stack-engineer"}
# Role aliases that deliberately belong to several roles (normalized form).
ALLOWED_ROLE_ALIAS_COLLISIONS = {"backenddeveloper": SEED_BACKEND_ALIAS_ROLES}
# Role display names that deliberately repeat (the seed's duplicate entries).
ALLOWED_DISPLAY_DUPLICATES = {
    "Backend Developer": {"backend-engineer", "backend-developer"},
    "Fullstack Developer": {"full-stack-engineer", "fullstack-developer"},
}


def alias_key(text):
    """Case-insensitive, ignoring spaces, dots and hyphens."""
    return re.sub(r"[\s.\-]+", "", text.lower())


def role_alias_key(text):
    return re.sub(r"[^a-z0-9+#]+", "", text.lower())


def word_count(text):
    return len(text.split())


def sentence_count(text):
    # sentence ends: . ! ? followed by space + capital, or end of text
    return len(re.findall(r"[.!?](?=\s+[A-Z]|\s*$)", text.strip()))


def is_title_cased(text):
    small = {"and", "or", "of", "the", "a", "an", "in", "on", "for", "to", "with", "as", "at", "by"}
    words = text.split()
    for i, w in enumerate(words):
        alpha = [c for c in w if c.isalpha()]
        if not alpha:
            continue
        if i > 0 and w in small:
            continue
        if not alpha[0].isupper():
            return False
    return True


class Report:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, msg):
        self.errors.append(msg)

    def warn(self, msg):
        self.warnings.append(msg)


def load(path, rep):
    records = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                rep.err("line %d: empty line" % n)
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                rep.err("line %d: invalid JSON: %s" % (n, exc))
                continue
            if not isinstance(obj, dict) or "kind" not in obj:
                rep.err("line %d: not an object with a kind" % n)
                continue
            records.append((n, obj))
    return records


def check_fields(n, obj, rep):
    kind = obj["kind"]
    if kind not in FIELDS:
        rep.err("line %d: unknown kind %r" % (n, kind))
        return False
    want = set(FIELDS[kind])
    have = set(obj)
    missing = want - have
    extra = have - want - OPTIONAL_FIELDS
    if missing:
        rep.err("line %d (%s): missing fields %s" % (n, kind, sorted(missing)))
    if extra:
        rep.err("line %d (%s): unexpected fields %s" % (n, kind, sorted(extra)))
    if "id" in obj and not isinstance(obj["id"], int):
        rep.err("line %d (%s): id must be an integer" % (n, kind))
    return not missing


def is_str(v):
    return isinstance(v, str) and v.strip() != "" and v == v.strip()


def validate(path, seed=None, size=True):
    rep = Report()
    records = load(path, rep)
    if not records:
        rep.err("no records")
        return rep, {}

    # ---- ordering and meta -------------------------------------------------
    first_n, first = records[0]
    if first.get("kind") != "meta":
        rep.err("line %d: first record must be the meta record" % first_n)
    metas = [o for _, o in records if o.get("kind") == "meta"]
    if len(metas) != 1:
        rep.err("expected exactly one meta record, found %d" % len(metas))
    meta = metas[0] if metas else {}
    seen_other = False
    for n, obj in records:
        if obj.get("kind") in ("skill", "role"):
            seen_other = True
        elif obj.get("kind") == "dimension" and seen_other:
            rep.err("line %d: dimension after a skill or role" % n)
            break
    if seed is None:
        seed = meta.get("name") == "starter"

    dims, skills, roles = {}, {}, {}
    dim_lines, skill_lines, role_lines = {}, {}, {}
    for n, obj in records:
        if not check_fields(n, obj, rep):
            continue
        kind = obj["kind"]
        if kind == "meta":
            for f in FIELDS["meta"][1:]:
                if not is_str(obj.get(f)):
                    rep.err("line %d: meta.%s must be a non-empty string" % (n, f))
            continue
        slug = obj.get("slug")
        if not isinstance(slug, str) or not SLUG_RE.match(slug):
            rep.err("line %d (%s): bad slug %r" % (n, kind, slug))
            continue
        table, lines = {"dimension": (dims, dim_lines), "skill": (skills, skill_lines),
                        "role": (roles, role_lines)}[kind]
        if slug in table:
            rep.err("line %d: duplicate %s slug %r (first on line %d)" % (n, kind, slug, lines[slug]))
            continue
        table[slug] = obj
        lines[slug] = n

    # ---- dimensions --------------------------------------------------------
    for slug, d in dims.items():
        n = dim_lines[slug]
        if not is_str(d["display_name"]):
            rep.err("line %d: dimension %s: empty display_name" % (n, slug))
        elif not is_title_cased(d["display_name"]):
            rep.err("line %d: dimension %s: display_name not title-cased: %r" % (n, slug, d["display_name"]))
        if d["difficulty_hint"] not in DIFFICULTY:
            rep.err("line %d: dimension %s: bad difficulty_hint %r" % (n, slug, d["difficulty_hint"]))
        if not is_str(d["rationale"]):
            rep.err("line %d: dimension %s: empty rationale" % (n, slug))
        else:
            sc = sentence_count(d["rationale"])
            if not 1 <= sc <= 2:
                rep.err("line %d: dimension %s: rationale has %d sentences (want 1-2)" % (n, slug, sc))

    # ---- skills ------------------------------------------------------------
    alias_owner = {}
    ai_count = 0
    for slug, s in skills.items():
        n = skill_lines[slug]
        where = "line %d: skill %s" % (n, slug)
        for f in ("display_name", "category", "sub_category"):
            if not is_str(s[f]):
                rep.err("%s: %s must be a non-empty string" % (where, f))
        if s["skill_nature"] not in NATURES:
            rep.err("%s: bad skill_nature %r" % (where, s["skill_nature"]))
        if s["volatility"] not in VOLATILITY:
            rep.err("%s: bad volatility %r" % (where, s["volatility"]))
        if s["typical_lifespan"] not in LIFESPAN:
            rep.err("%s: bad typical_lifespan %r" % (where, s["typical_lifespan"]))
        for f in ("is_extractable", "is_also_category", "ai_related"):
            if not isinstance(s[f], bool):
                rep.err("%s: %s must be a boolean" % (where, f))
        if s["external_id"] is not None and not is_str(s["external_id"]):
            rep.err("%s: external_id must be null or a string" % where)
        if s["ai_related"] is True:
            ai_count += 1
        if slug in AI_SLUGS and s["ai_related"] is not True:
            rep.err("%s: AI/ML skill must have ai_related true" % where)
        if AI_WORDS.search(s["display_name"] or "") and s["ai_related"] is not True:
            rep.err("%s: %r looks AI-related but ai_related is false" % (where, s["display_name"]))
        aliases = s["aliases"]
        if not isinstance(aliases, list) or not aliases:
            rep.err("%s: aliases must be a non-empty list" % where)
            aliases = []
        canon = [a for a in aliases if isinstance(a, dict) and a.get("type") == "CANONICAL"]
        if len(canon) != 1:
            rep.err("%s: %d CANONICAL aliases (want exactly 1)" % (where, len(canon)))
        elif canon[0].get("text") != s["display_name"]:
            rep.err("%s: CANONICAL alias %r differs from display_name %r"
                    % (where, canon[0].get("text"), s["display_name"]))
        seen_text = set()
        for a in aliases:
            if not isinstance(a, dict) or set(a) != {"text", "type", "match"}:
                rep.err("%s: alias must be {text,type,match}: %r" % (where, a))
                continue
            text = a["text"]
            if not is_str(text):
                rep.err("%s: empty alias text" % where)
                continue
            if a["type"] not in ALIAS_TYPES:
                rep.err("%s: alias %r: bad type %r" % (where, text, a["type"]))
            if a["match"] not in MATCHES:
                rep.err("%s: alias %r: bad match %r" % (where, text, a["match"]))
            if text in seen_text:
                rep.err("%s: alias %r listed twice" % (where, text))
            seen_text.add(text)
            key = alias_key(text)
            if not key:
                rep.err("%s: alias %r is only punctuation" % (where, text))
                continue
            owner = alias_owner.get(key)
            if owner is not None and owner != slug:
                rep.err("%s: alias %r also belongs to skill %s" % (where, text, owner))
            else:
                alias_owner[key] = slug
            alnum = re.sub(r"[^a-z0-9]", "", text.lower())
            too_short = len(alnum) <= 2 and not re.search(r"[+#]", text)
            if a["match"] == "CASE_INSENSITIVE" and (too_short or key in AMBIGUOUS_WORDS):
                rep.err("%s: ambiguous alias %r must not be CASE_INSENSITIVE" % (where, text))
        sd = s["dimensions"]
        if not isinstance(sd, list) or not sd:
            rep.err("%s: needs at least one dimension" % where)
            sd = []
        if len(set(sd)) != len(sd):
            rep.err("%s: duplicate dimension links" % where)
        for d in sd:
            if d not in dims:
                rep.err("%s: unknown dimension %r" % (where, d))

    # ---- roles -------------------------------------------------------------
    role_alias_owners = collections.defaultdict(set)
    display_owners = collections.defaultdict(set)
    family_counts = collections.Counter()
    kra_total = 0
    ai_kra_total = 0
    kra_texts = collections.defaultdict(set)
    for slug, r in roles.items():
        n = role_lines[slug]
        where = "line %d: role %s" % (n, slug)
        if not is_str(r["display_name"]):
            rep.err("%s: empty display_name" % where)
        display_owners[r["display_name"]].add(slug)
        if r["role_archetype"] not in FAMILIES:
            rep.err("%s: role_archetype %r is not one of the families" % (where, r["role_archetype"]))
        else:
            family_counts[r["role_archetype"]] += 1
        if r["external_id"] is not None and not is_str(r["external_id"]):
            rep.err("%s: external_id must be null or a string" % where)
        if not is_str(r["rationale"]):
            rep.err("%s: empty rationale" % where)
        else:
            sc = sentence_count(r["rationale"])
            if not 2 <= sc <= 3:
                rep.err("%s: rationale has %d sentences (want 2-3)" % (where, sc))
        al = r["aliases"]
        if not isinstance(al, list) or not all(is_str(a) for a in al):
            rep.err("%s: aliases must be a list of non-empty strings" % where)
            al = [a for a in al if is_str(a)] if isinstance(al, list) else []
        if len(al) < 3:
            rep.err("%s: %d aliases (want >= 3)" % (where, len(al)))
        if len({a.lower() for a in al}) != len(al):
            rep.err("%s: duplicate aliases" % where)
        for a in al:
            first = re.split(r"[\s.]+", a.lower())[0]
            if first in SENIORITY:
                rep.err("%s: alias %r carries a seniority word" % (where, a))
            role_alias_owners[role_alias_key(a)].add(slug)
        kras = r["kras"]
        if not isinstance(kras, list) or not all(is_str(k) for k in kras):
            rep.err("%s: kras must be a list of non-empty strings" % where)
            kras = []
        if len(kras) < 6:
            rep.err("%s: %d KRAs (want >= 6)" % (where, len(kras)))
        if len(set(kras)) != len(kras):
            rep.err("%s: duplicate KRAs" % where)
        kra_total += len(kras)
        ai_kras = r["ai_related_kras"]
        if (not isinstance(ai_kras, list) or not all(type(i) is int and 0 <= i < len(kras) for i in ai_kras)
                or ai_kras != sorted(set(ai_kras))):
            rep.err("%s: ai_related_kras must be ascending distinct indices into kras" % where)
            ai_kras = []
        ai_kra_total += len(ai_kras)
        for i, k in enumerate(kras):
            if KRA_AI_WORDS.search(k) and i not in ai_kras:
                rep.err("%s: KRA %d looks AI-related but is not in ai_related_kras: %r" % (where, i, k))
        for k in kras:
            wc = word_count(k)
            if not 10 <= wc <= 30:
                rep.err("%s: KRA has %d words (want 10-30): %r" % (where, wc, k))
            if not k.endswith("."):
                rep.err("%s: KRA is not a full sentence ending in '.': %r" % (where, k))
            if not k[0].isupper():
                rep.err("%s: KRA does not start with a capital: %r" % (where, k))
            kra_texts[k].add(slug)
        for field, table, minimum in (("skills", skills, 6), ("dimensions", dims, 3)):
            refs = r[field]
            if not isinstance(refs, list):
                rep.err("%s: %s must be a list" % (where, field))
                continue
            if len(refs) < minimum:
                rep.err("%s: %d %s (want >= %d)" % (where, len(refs), field, minimum))
            if len(set(refs)) != len(refs):
                rep.err("%s: duplicate %s" % (where, field))
            for ref in refs:
                if ref not in table:
                    rep.err("%s: unknown %s slug %r" % (where, field[:-1], ref))
    for key, owners in sorted(role_alias_owners.items()):
        if len(owners) > 1 and owners != ALLOWED_ROLE_ALIAS_COLLISIONS.get(key):
            rep.err("role alias %r is shared by %s" % (key, sorted(owners)))
    for name, owners in sorted(display_owners.items()):
        if len(owners) > 1 and owners != ALLOWED_DISPLAY_DUPLICATES.get(name):
            rep.err("role display_name %r is shared by %s" % (name, sorted(owners)))
    for text, owners in kra_texts.items():
        if len(owners) > 1:
            rep.warn("KRA repeated in roles %s: %r" % (sorted(owners), text))

    # ---- dimension usage ---------------------------------------------------
    dim_skill_use = collections.Counter(d for s in skills.values() for d in s["dimensions"] if isinstance(s["dimensions"], list))
    dim_role_use = collections.Counter(d for r in roles.values() for d in r["dimensions"] if isinstance(r["dimensions"], list))
    for slug in dims:
        if not dim_skill_use[slug]:
            rep.err("dimension %s is used by no skill" % slug)
        if not dim_role_use[slug]:
            rep.err("dimension %s is under no role" % slug)
    role_skill_use = collections.Counter(k for r in roles.values() for k in r["skills"] if isinstance(r["skills"], list))
    unlinked = [s for s in skills if not role_skill_use[s]]

    # ---- size --------------------------------------------------------------
    if size:
        if len(roles) < 64:
            rep.err("%d roles (want >= 64)" % len(roles))
        if len(skills) < 420:
            rep.err("%d skills (want >= 420)" % len(skills))
        if len(dims) < 85:
            rep.err("%d dimensions (want >= 85)" % len(dims))
        for fam in FAMILIES:
            if family_counts[fam] < 4:
                rep.err("family %r has %d roles (want >= 4)" % (fam, family_counts[fam]))
        others = [family_counts[f] for f in FAMILIES if f != "Engineering"]
        if others and family_counts["Engineering"] <= max(others):
            rep.err("Engineering should have more roles than any other family")

    # ---- seed --------------------------------------------------------------
    if seed:
        check_seed(meta, dims, skills, roles, rep)

    counts = collections.OrderedDict([
        ("meta", len(metas)),
        ("dimensions", len(dims)),
        ("skills", len(skills)),
        ("skill aliases", sum(len(s["aliases"]) for s in skills.values())),
        ("skill-dimension links", sum(len(s["dimensions"]) for s in skills.values())),
        ("ai_related skills", ai_count),
        ("roles", len(roles)),
        ("role aliases", sum(len(r["aliases"]) for r in roles.values())),
        ("KRAs", kra_total),
        ("ai_related KRAs", ai_kra_total),
        ("role-skill links", sum(len(r["skills"]) for r in roles.values())),
        ("role-dimension links", sum(len(r["dimensions"]) for r in roles.values())),
        ("skills linked to no role", len(unlinked)),
    ])
    for fam in FAMILIES:
        counts["roles in " + fam] = family_counts[fam]
    return rep, counts


def check_seed(meta, dims, skills, roles, rep):
    def err(msg):
        rep.err("seed: " + msg)

    if meta.get("name") != "starter" or meta.get("version") != "2026.11":
        err("meta must be name 'starter', version '2026.11'")
    if meta.get("license") != "CC0-1.0 (written by the jdpipe project)":
        err("meta.license must be 'CC0-1.0 (written by the jdpipe project)'")
    for slug, display in SEED_ROLES.items():
        r = roles.get(slug)
        if r is None:
            err("role %s missing" % slug)
        elif r["display_name"] != display:
            err("role %s display_name %r (want %r)" % (slug, r["display_name"], display))
        elif r["role_archetype"] != "Engineering":
            err("role %s must be in Engineering" % slug)
    carriers = {s for s, r in roles.items() if "Backend Developer" in r["aliases"]}
    if carriers != SEED_BACKEND_ALIAS_ROLES:
        err("alias 'Backend Developer' on %s (want %s)" % (sorted(carriers), sorted(SEED_BACKEND_ALIAS_ROLES)))
    be = roles.get("backend-engineer")
    if be:
        if be["rationale"] != SEED_BACKEND_RATIONALE:
            err("backend-engineer rationale differs from the seed")
        for k in SEED_BACKEND_KRAS:
            if k not in be["kras"]:
                err("backend-engineer lacks KRA %r" % k)
        for s in ("java", "kotlin", "node-js", "python", "sql", "docker", "rest-api"):
            if s not in be["skills"]:
                err("backend-engineer lacks skill %s" % s)
        if "api-integration-and-data-fetching" in be["dimensions"]:
            err("api-integration-and-data-fetching must not be under backend-engineer")
    bd = roles.get("backend-developer")
    if be and bd:
        avg = lambda r: sum(word_count(k) for k in r["kras"]) / max(1, len(r["kras"]))
        if avg(bd) >= avg(be):
            err("backend-developer KRAs should be shorter and more generic than backend-engineer's")
    api = skills.get("api")
    want_api = {"display_name": "API", "category": "Concept",
                "sub_category": "Application Programming Interface", "skill_nature": "CONCEPT",
                "volatility": "STABLE", "typical_lifespan": "EVERGREEN", "is_extractable": True,
                "is_also_category": False, "external_id": None, "ai_related": False,
                "dimensions": ["api-integration-and-data-fetching"]}
    if api is None:
        err("skill api missing")
    else:
        for k, v in want_api.items():
            if api.get(k) != v:
                err("skill api: %s is %r (want %r)" % (k, api.get(k), v))
        al = api["aliases"]
        if not al or al[0] != {"text": "API", "type": "CANONICAL", "match": "CASE_INSENSITIVE"}:
            err("skill api: first alias must be API CANONICAL CASE_INSENSITIVE")
        if {"text": "APIs", "type": "VARIANT", "match": "CASE_INSENSITIVE"} not in al:
            err("skill api: alias APIs VARIANT CASE_INSENSITIVE missing")
        if "Application Programming Interface" not in [a["text"] for a in al]:
            err("skill api: alias 'Application Programming Interface' missing")
    d = dims.get("api-integration-and-data-fetching")
    if d is None:
        err("dimension api-integration-and-data-fetching missing")
    else:
        if d["display_name"] != "API Integration and Data Fetching" or d["difficulty_hint"] != "well_known":
            err("dimension api-integration-and-data-fetching: display_name/difficulty_hint differ")
        if d["rationale"] != SEED_API_DIM_RATIONALE:
            err("dimension api-integration-and-data-fetching: rationale differs from the seed")
        under = {s for s, r in roles.items() if "api-integration-and-data-fetching" in r["dimensions"]}
        if under != SEED_API_DIM_ROLES:
            err("api-integration-and-data-fetching is under %s (want %s)" % (sorted(under), sorted(SEED_API_DIM_ROLES)))
    node = skills.get("node-js")
    if node is None or node["display_name"] != "Node.js":
        err("skill node-js (Node.js) missing")
    else:
        texts = {a["text"] for a in node["aliases"]}
        for t in ("NodeJS", "Node JS", "Nodejs", "Node"):
            if t not in texts:
                err("skill node-js lacks alias %r" % t)
    for s in ("java", "kotlin"):
        if s not in skills:
            err("skill %s missing" % s)
    # ambiguous short names the brief calls out
    def alias_of(slug, text):
        s = skills.get(slug)
        return next((a for a in s["aliases"] if a["text"] == text), None) if s else None
    for slug, text, extra in (("go", "Go", "Golang"), ("r", "R", "R Programming"), ("c", "C", None)):
        a = alias_of(slug, text)
        if a is None or a["match"] == "CASE_INSENSITIVE":
            err("skill %s must carry %r matched case-sensitively" % (slug, text))
        if extra and alias_of(slug, extra) is None:
            err("skill %s lacks alias %r" % (slug, extra))


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    flags = {a for a in argv[1:] if a.startswith("--")}
    unknown = flags - {"--no-seed", "--no-size", "--warnings"}
    if unknown:
        sys.stderr.write("unknown option(s): %s\n" % ", ".join(sorted(unknown)))
        return 2
    here = os.path.dirname(os.path.abspath(__file__))
    path = args[0] if args else os.path.join(here, "..", "data", "starter-catalog.jsonl")
    rep, counts = validate(path, seed=False if "--no-seed" in flags else None,
                           size="--no-size" not in flags)
    print("bundle: %s" % os.path.normpath(path))
    for k, v in counts.items():
        print("  %-28s %d" % (k, v))
    if "--warnings" in flags:
        for w in rep.warnings:
            print("warning: " + w)
    elif rep.warnings:
        print("%d warning(s) (show with --warnings)" % len(rep.warnings))
    for e in rep.errors:
        print("error: " + e)
    print("OK" if not rep.errors else "FAILED: %d error(s)" % len(rep.errors))
    return 0 if not rep.errors else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
