#!/usr/bin/env python3
"""The Python stack jdpipe is compared with (issue 10): the same deterministic work in
vectorised Python with Debian's python3-numpy, python3-sklearn and python3-ahocorasick.

What one JD costs here, per stage (time.perf_counter, summed over the JDs):
  parse   split the text into lines and sentences; title = the first non-empty line;
          responsibilities = every sentence of at least 4 words;
  skills  one Aho-Corasick pass (pyahocorasick) over the case-folded, whitespace-collapsed
          text for the catalog's extractable skill aliases (a second pass over the unfolded text
          for CASE_SENSITIVE aliases), matches kept on word boundaries, leftmost-longest and
          non-overlapping, deduplicated to skill slugs;
  kra     the responsibilities as L2-normalised TF-IDF rows (sklearn TfidfVectorizer fitted on
          the catalog's KRA texts, word unigrams and bigrams, sublinear tf, English stop words)
          or as averaged GloVe vectors (--kra glove); ONE product with the KRA matrix
          (sentences x KRAs); per role the max over its KRAs (np.maximum.reduceat over the
          role-grouped columns), the mean over the sentences, the top 5 roles;
  title   the normalised title looked up in a dict of the roles' normalised names and aliases.
"compile" (reading the bundle, building the automaton, the TF-IDF / GloVe KRA matrix and the
alias dict) is timed separately and is not part of JDs/s. The process pins BLAS and OpenMP to
one thread before numpy is imported, as issue 10's numbers are one thread.

Run (bundles from `jdpipe catalog import onet|esco ... -o FILE`, postings as JSON Lines
{"id", "text"}; the postings are repeated cyclically up to --total JDs):
  /usr/bin/python3 bench/python_baseline.py --catalog /tmp/e2e/onet.jsonl \
      --postings /tmp/e2e/postings.jsonl --total 300 [--kra glove \
      --vectors ../shared/data/vectors/glove-wink-100d.bin] [--json]
Title accuracy of the baseline (exact alias hit, else TF-IDF character n-gram cosine to the
nearest role name or alias; gold = the role whose external_id is the row's conceptUri):
  /usr/bin/python3 bench/python_baseline.py --catalog /tmp/e2e/esco.jsonl \
      --eval-titles ../shared/data/dev/jobbert-titles-dev.csv --eval-limit 2000

BLAS: Debian's numpy calls whatever libblas.so.3 the alternatives system points at: the reference
BLAS of libblas3 (~6 GFLOPS here) unless libopenblas0 is installed (~75 GFLOPS, one thread,
AVX-512). Only the GloVe product cares (27 vs 3.6 ms per JD on O*NET); the output names the BLAS.
To try OpenBLAS without installing it system-wide:
  apt-get download libopenblas0-pthread && dpkg -x libopenblas0-pthread_*.deb /tmp/ob
  LD_LIBRARY_PATH=/tmp/ob/usr/lib/x86_64-linux-gnu/openblas-pthread /usr/bin/python3 bench/...

As a module (for the accuracy driver):
  b = Baseline("esco.jsonl", kra="tfidf")     # or kra="glove", vectors="glove.bin"
  b.rank_roles_by_kras(sentences, k=10)       # -> [external_id, ...]
  b.rank_title("Marketing Executive", k=10)   # -> [external_id, ...]
"""
import os

if __name__ == "__main__":
    # Must happen before numpy loads its BLAS: issue 10 compares one thread with one thread.
    for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
                 "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS"):
        os.environ[_var] = "1"

import argparse
import csv
import json
import platform
import re
import resource
import time
import zlib
from importlib import metadata

import ahocorasick
import numpy as np
import sklearn
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

TOP_ROLES = 5
MIN_RESPONSIBILITY_WORDS = 4

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>")
_NON_WORD = re.compile(r"[\W_]+")
_GLOVE_TOKEN = re.compile(r"[a-z0-9]+(?:['.+#-][a-z0-9]+)*")


# ---------------------------------------------------------------------------------------------
# Normalisation

def collapse_ws(s):
    return " ".join(s.split())


def fold(s):
    """Case-folded, same length as s (so offsets of the folded and the unfolded text agree)."""
    f = s.casefold()
    if len(f) == len(s):
        return f
    return "".join(c.casefold() if len(c.casefold()) == 1 else c for c in s)


def title_key(s):
    """A title or role alias as a dict key: folded, bracketed parts dropped, words only."""
    return collapse_ws(_NON_WORD.sub(" ", _BRACKETED.sub(" ", s.casefold())))


# ---------------------------------------------------------------------------------------------
# Stages that need no catalog

def parse_jd(text):
    """(title, responsibilities): the first non-empty line, and every sentence of >= 4 words."""
    title = ""
    sentences = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if not title:
            title = line
        for s in _SENTENCE_END.split(line):
            if len(s.split()) >= MIN_RESPONSIBILITY_WORDS:
                sentences.append(s)
    return title, sentences


def top_k(scores, k):
    """Indices of the k largest scores, best first."""
    k = min(k, scores.shape[0])
    if k <= 0:
        return np.empty(0, dtype=np.int64)
    part = np.argpartition(-scores, k - 1)[:k]
    return part[np.argsort(-scores[part], kind="stable")]


def load_word2vec_bin(path):
    """(word -> row, float32 matrix) from a word2vec binary file ("COUNT DIM\\n", then per word:
    the word, a space, DIM little-endian float32, an optional newline)."""
    with open(path, "rb") as f:
        data = f.read()
    nl = data.index(b"\n")
    try:
        count, dim = (int(x) for x in data[:nl].split())
    except ValueError:
        raise SystemExit(f"{path}: not a word2vec binary file (header {data[:nl][:40]!r})")
    vec_bytes = 4 * dim
    matrix = np.empty((count, dim), dtype=np.float32)
    index = {}
    pos = nl + 1
    for row in range(count):
        while data[pos:pos + 1] in (b"\n", b" "):
            pos += 1
        sp = data.index(b" ", pos)
        word = data[pos:sp].decode("utf-8", "replace")
        start = sp + 1
        if start + vec_bytes > len(data):
            raise SystemExit(f"{path}: truncated at word {row} of {count}")
        matrix[row] = np.frombuffer(data, dtype="<f4", count=dim, offset=start)
        index.setdefault(word, row)
        pos = start + vec_bytes
    return index, matrix


def l2_normalise_rows(m):
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1
    m /= norms
    return m


# ---------------------------------------------------------------------------------------------
# The compiled catalog

class Baseline:
    def __init__(self, bundle_path, kra="tfidf", vectors=None):
        if kra not in ("tfidf", "glove"):
            raise ValueError(f"kra must be tfidf or glove, not {kra!r}")
        if kra == "glove" and not vectors:
            raise ValueError("kra=glove needs vectors (a word2vec binary file)")
        self.kra_kind = kra
        self.bundle_path = bundle_path
        skills, roles = self._read_bundle(bundle_path)
        self.roles = roles
        self.role_ids = [r.get("external_id") or r["slug"] for r in roles]
        self._build_skill_automata(skills)
        self._build_title_dict(roles)
        self._build_kra_matrix(roles, vectors)
        self._title_index = None  # built on the first rank_title

    # -- reading

    @staticmethod
    def _read_bundle(path):
        skills, roles = [], []
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    raise SystemExit(f"{path}:{n}: not JSON ({e})")
                kind = obj.get("kind")
                if kind == "skill":
                    skills.append(obj)
                elif kind == "role":
                    roles.append(obj)
        if not roles:
            raise SystemExit(f"{path}: no role lines (is it a jdpipe catalog bundle?)")
        return skills, roles

    # -- skills

    def _build_skill_automata(self, skills):
        self.skill_slugs = []
        folded, exact = {}, {}  # normalised alias -> set of skill indices
        for sk in skills:
            if not sk.get("is_extractable", True):
                continue
            idx = len(self.skill_slugs)
            self.skill_slugs.append(sk["slug"])
            for a in sk.get("aliases", []):
                text = collapse_ws(a.get("text", ""))
                if not text:
                    continue
                if a.get("match") == "CASE_SENSITIVE":
                    exact.setdefault(text, set()).add(idx)
                else:
                    folded.setdefault(fold(text), set()).add(idx)
        self._folded_automaton = self._automaton(folded)
        self._exact_automaton = self._automaton(exact) if exact else None

    @staticmethod
    def _automaton(keys):
        A = ahocorasick.Automaton()
        for key, idxs in keys.items():
            # (length, skill indices, needs a word boundary before, needs one after)
            A.add_word(key, (len(key), tuple(sorted(idxs)), key[0].isalnum(), key[-1].isalnum()))
        A.make_automaton()
        return A

    @staticmethod
    def _boundary_matches(A, text, out):
        n = len(text)
        for end, (length, idxs, left, right) in A.iter(text):
            start = end - length + 1
            if left and start > 0 and text[start - 1].isalnum():
                continue
            if right and end + 1 < n and text[end + 1].isalnum():
                continue
            out.append((start, -length, end, idxs))

    def extract_skills(self, text):
        """Slugs of the skills whose aliases occur in text (leftmost-longest, word bounded)."""
        plain = collapse_ws(text)
        cands = []
        self._boundary_matches(self._folded_automaton, fold(plain), cands)
        if self._exact_automaton is not None:
            self._boundary_matches(self._exact_automaton, plain, cands)
        cands.sort()
        found = set()
        last_end = -1
        for start, _, end, idxs in cands:
            if start > last_end:
                found.update(idxs)
                last_end = end
        slugs = self.skill_slugs
        return sorted(slugs[i] for i in found)

    # -- titles

    def _build_title_dict(self, roles):
        self.title_dict = {}  # title key -> role indices, display-name hits first
        for i, r in enumerate(roles):
            for name in [r.get("display_name", "")] + list(r.get("aliases", [])):
                key = title_key(name)
                if key:
                    hits = self.title_dict.setdefault(key, [])
                    if i not in hits:
                        hits.append(i)

    def lookup_title(self, title):
        return self.title_dict.get(title_key(title), ())

    def _build_title_index(self):
        labels, offsets = [], []
        for r in self.roles:
            offsets.append(len(labels))
            seen = set()
            for name in [r.get("display_name", "")] + list(r.get("aliases", [])):
                key = title_key(name)
                if key and key not in seen:
                    seen.add(key)
                    labels.append(key)
            if len(labels) == offsets[-1]:
                labels.append(r["slug"].replace("-", " "))  # never an empty group for reduceat
        vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True,
                              dtype=np.float32)
        label_matrix = vec.fit_transform(labels)
        self._title_index = (vec, label_matrix.T.tocsr(), np.asarray(offsets, dtype=np.int64))

    def rank_titles(self, titles, k=10, batch=256):
        """rank_title for many titles, the n-gram products done a batch at a time."""
        if self._title_index is None:
            self._build_title_index()
        vec, labels_t, offsets = self._title_index
        out = []
        for b in range(0, len(titles), batch):
            chunk = titles[b:b + batch]
            sims = (vec.transform([title_key(t) for t in chunk]) @ labels_t).toarray()
            role_sims = np.maximum.reduceat(sims, offsets, axis=1)
            for t, scores in zip(chunk, role_sims):
                ranked = list(self.lookup_title(t))[:k]
                if len(ranked) < k:
                    for i in top_k(scores, k + len(ranked)):
                        if i not in ranked:
                            ranked.append(int(i))
                            if len(ranked) == k:
                                break
                out.append([self.role_ids[i] for i in ranked])
        return out

    def rank_title(self, title, k=10):
        """External ids of the k roles nearest to title: exact alias hits first, then by TF-IDF
        character n-gram (char_wb 3-5) cosine to the role's nearest name or alias."""
        return self.rank_titles([title], k)[0]

    # -- KRAs

    def _build_kra_matrix(self, roles, vectors):
        texts, offsets, scored = [], [], []
        for i, r in enumerate(roles):
            kras = [k for k in r.get("kras", []) if k and k.strip()]
            if kras:  # a role without KRAs cannot score, and would be an empty reduceat group
                scored.append(i)
                offsets.append(len(texts))
                texts.extend(kras)
        if not texts:
            raise SystemExit(f"{self.bundle_path}: no role has KRAs")
        self.kra_count = len(texts)
        self.kra_scored_roles = np.asarray(scored, dtype=np.int64)
        self.kra_offsets = np.asarray(offsets, dtype=np.int64)
        if self.kra_kind == "tfidf":
            self._tfidf = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True,
                                          stop_words="english", dtype=np.float32)
            kra_matrix = self._tfidf.fit_transform(texts)  # rows L2-normalised
            self._kra_t = kra_matrix.T.tocsr()  # terms x KRAs: CSR @ CSR with no conversion
        else:
            self._word_index, self._word_vectors = load_word2vec_bin(vectors)
            self._kra_t = np.ascontiguousarray(self._embed_glove(texts).T)  # dim x KRAs

    def _embed_glove(self, sentences):
        """Mean GloVe vector of each sentence's known non-stop words, L2-normalised (float32)."""
        index = self._word_index
        ids, starts, has = [], [], []
        for s in sentences:
            row = [index[w] for w in _GLOVE_TOKEN.findall(s.lower())
                   if w not in ENGLISH_STOP_WORDS and w in index]
            has.append(bool(row))
            if row:
                starts.append(len(ids))
                ids.extend(row)
        out = np.zeros((len(sentences), self._word_vectors.shape[1]), dtype=np.float32)
        if ids:
            sums = np.add.reduceat(self._word_vectors[ids], starts, axis=0)
            counts = np.diff(np.append(starts, len(ids))).astype(np.float32)
            out[np.asarray(has)] = sums / counts[:, None]
        return l2_normalise_rows(out)

    def kra_role_scores(self, sentences):
        """Mean over the sentences of the best cosine among each role's KRAs, for the roles
        that have KRAs (self.kra_scored_roles)."""
        if self.kra_kind == "tfidf":
            sims = (self._tfidf.transform(sentences) @ self._kra_t).toarray()
        else:
            sims = self._embed_glove(sentences) @ self._kra_t
        return np.maximum.reduceat(sims, self.kra_offsets, axis=1).mean(axis=0)

    def top_kra_roles(self, sentences, k=TOP_ROLES):
        """Role indices, best first."""
        if not sentences:
            return []
        scores = self.kra_role_scores(sentences)
        return self.kra_scored_roles[top_k(scores, k)].tolist()

    def rank_roles_by_kras(self, sentences, k=10):
        return [self.role_ids[i] for i in self.top_kra_roles(sentences, k)]


# ---------------------------------------------------------------------------------------------
# The timed run

def read_postings(path):
    texts = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                text = json.loads(line)["text"]
            except (json.JSONDecodeError, KeyError, TypeError) as e:
                raise SystemExit(f"{path}:{n}: expected a JSON object with a string \"text\" ({e})")
            if not isinstance(text, str):
                raise SystemExit(f"{path}:{n}: \"text\" is not a string")
            texts.append(text)
    if not texts:
        raise SystemExit(f"{path}: no postings")
    return texts


def run(baseline, texts):
    """Run every JD through the four stages; (seconds per stage, total seconds, checksum)."""
    stages = {"parse": 0.0, "skills": 0.0, "kra": 0.0, "title": 0.0}
    skills_found = sentences_seen = title_hits = 0
    roles_crc = 0
    clock = time.perf_counter
    t_start = clock()
    for text in texts:
        t0 = clock()
        title, sentences = parse_jd(text)
        t1 = clock()
        skills = baseline.extract_skills(text)
        t2 = clock()
        top = baseline.top_kra_roles(sentences, TOP_ROLES)
        t3 = clock()
        title_roles = baseline.lookup_title(title)
        t4 = clock()
        stages["parse"] += t1 - t0
        stages["skills"] += t2 - t1
        stages["kra"] += t3 - t2
        stages["title"] += t4 - t3
        skills_found += len(skills)
        sentences_seen += len(sentences)
        title_hits += bool(title_roles)
        roles_crc = zlib.crc32((baseline.roles[top[0]]["slug"] if top else "-").encode(), roles_crc)
    total = clock() - t_start
    checksum = {"skills_found": skills_found, "sentences": sentences_seen,
                "title_hits": title_hits, "top_role_crc32": f"{roles_crc:08x}"}
    return stages, total, checksum


def blas_library():
    """Which BLAS numpy runs on: the GloVe product's speed depends on it more than on anything
    else (Debian's default libblas3 is the reference BLAS, ~10x slower than OpenBLAS)."""
    try:
        from threadpoolctl import threadpool_info
        for lib in threadpool_info():
            if lib.get("user_api") == "blas":
                return (f"{lib['internal_api']} {lib.get('version')} {lib.get('architecture', '')}"
                        f" {lib['num_threads']} thread(s)")
    except ImportError:
        pass
    try:  # threadpoolctl does not know the reference BLAS: name the library numpy loaded
        with open("/proc/self/maps") as f:
            paths = {line.split()[-1] for line in f
                     if re.match(r"lib\w*blas", line.rsplit("/", 1)[-1])}
        return ", ".join(sorted(os.path.realpath(p) for p in paths)) or "unknown"
    except OSError:
        return "unknown"


def versions():
    return {"python": platform.python_version(), "numpy": np.__version__,
            "sklearn": sklearn.__version__, "ahocorasick": metadata.version("pyahocorasick"),
            "blas": blas_library()}


def eval_titles(baseline, csv_path, limit):
    """Top-1 and top-5 of rank_title over the first `limit` rows (vacancyTitle, conceptUri)."""
    titles, gold = [], []
    with open(csv_path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if len(titles) >= limit:
                break
            titles.append(row["vacancyTitle"])
            gold.append(row["conceptUri"])
    known = set(baseline.role_ids)
    t0 = time.perf_counter()
    ranked = baseline.rank_titles(titles, k=5)
    seconds = time.perf_counter() - t0
    exact = sum(bool(baseline.lookup_title(t)) for t in titles)
    n = len(titles)
    return {"titles": n, "gold_in_catalog": sum(g in known for g in gold),
            "exact_alias_hits": exact,
            "top1": sum(r[:1] == [g] for r, g in zip(ranked, gold)) / n,
            "top5": sum(g in r[:5] for r, g in zip(ranked, gold)) / n,
            "seconds_incl_index": round(seconds, 3)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--catalog", required=True, help="jdpipe catalog bundle (JSON Lines)")
    ap.add_argument("--postings", help='JSON Lines of {"id", "text"}')
    ap.add_argument("--total", type=int, default=1000, help="JDs to run (postings repeated)")
    ap.add_argument("--kra", choices=("tfidf", "glove"), default="tfidf")
    ap.add_argument("--vectors", help="word2vec binary vectors for --kra glove")
    ap.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    ap.add_argument("--eval-titles", metavar="CSV", help="title accuracy on a JobBERT CSV instead")
    ap.add_argument("--eval-limit", type=int, default=2000)
    args = ap.parse_args()
    if args.kra == "glove" and not args.vectors:
        ap.error("--kra glove needs --vectors")
    if not args.postings and not args.eval_titles:
        ap.error("give --postings (speed run) or --eval-titles (title accuracy)")
    if args.total < 1:
        ap.error("--total must be at least 1")

    t0 = time.perf_counter()
    baseline = Baseline(args.catalog, kra=args.kra, vectors=args.vectors)
    compile_s = time.perf_counter() - t0

    if args.eval_titles:
        res = {"impl": "python", "catalog": args.catalog, **eval_titles(baseline, args.eval_titles,
                                                                         args.eval_limit)}
        print(json.dumps(res) if args.json else
              "\n".join(f"{k:>20}: {v}" for k, v in res.items()))
        return

    postings = read_postings(args.postings)
    texts = [postings[i % len(postings)] for i in range(args.total)]
    stages, total, checksum = run(baseline, texts)
    res = {"impl": "python", "kra": args.kra, "catalog": args.catalog, "jds": len(texts),
           "compile_s": round(compile_s, 4),
           "stages_s": {k: round(v, 4) for k, v in stages.items()},
           "total_s": round(total, 4), "jds_per_s": round(len(texts) / total, 1),
           "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
           "checksum": checksum, "versions": versions()}
    if args.json:
        print(json.dumps(res))
        return
    print(f"python baseline, kra={args.kra}, catalog={args.catalog} "
          f"({len(baseline.roles)} roles, {baseline.kra_count} KRAs, "
          f"{len(baseline.skill_slugs)} extractable skills)")
    print(f"BLAS: {res['versions']['blas']}")
    print(f"compile {compile_s:.3f} s; {len(texts)} JDs in {total:.3f} s = "
          f"{res['jds_per_s']} JDs/s; peak RSS {res['peak_rss_mib']} MiB")
    print(f"{'stage':<8}{'s':>10}{'ms/JD':>10}{'JDs/s':>10}")
    for k, v in stages.items():
        print(f"{k:<8}{v:>10.3f}{1000 * v / len(texts):>10.3f}"
              f"{(len(texts) / v if v else float('inf')):>10.0f}")
    print("checksum", json.dumps(checksum))


if __name__ == "__main__":
    main()
