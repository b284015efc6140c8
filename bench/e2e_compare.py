#!/usr/bin/python3
"""jdpipe against the Python stack it replaces, on the same machine in the same run (issue 10).

  /usr/bin/python3 bench/e2e_compare.py --build BUILD [--total 2000] [--catalogs onet,esco]
                                        [--accuracy] [--out bench/results/e2e-DATE.md]

BUILD is a build directory configured with -DJDPIPE_BUILD_BENCH=ON (it holds `jdpipe` and
`bench/jdpipe_bench_e2e`). Both sides get the same JDs (the SkillSpan dev postings of
../shared/data/dev, about 4.6 KB and 55 sentences each, repeated in order to --total) and the same
catalogs (the O*NET 27.0 and ESCO v1.1.1 imports, as jdpipe bundles) and run on one thread:

- jdpipe: the whole deterministic pipeline (Pipeline::run: parse, skills, the three role signals,
  the decision, API 2 and 3, learning plan, enrichment) with 100-dimension GloVe vectors, per
  stage from the runs' own timings; then the run JSON on top; run_batch on 1 and 2 threads.
- Python (bench/python_baseline.py): scikit-learn TF-IDF or numpy GloVe KRA mean-of-max, a
  pyahocorasick skill dictionary, a title dictionary, numpy/BLAS pinned to one thread.

It prints per-stage and end-to-end JDs per second, peak RSS and the ratios; --accuracy adds role
accuracy of both on the evaluation sets (O*NET hold-out tasks, JobBERT titles against ESCO), which
takes a few minutes. Intermediate files go to --work (default /tmp/jdpipe-e2e).
"""
import argparse
import collections
import datetime
import json
import os
import platform
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(ROOT, "..", "shared", "data")
VECTORS = os.path.join(DATA, "vectors", "glove-wink-100d.bin")
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tools"))

# Stages both sides do, jdpipe's name -> the baseline's.
SHARED_STAGES = [("parse", "parse"), ("extract_skills", "skills"), ("kra_signal", "kra"), ("alias_signal", "title")]


def run_json(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"failed ({r.returncode}): {' '.join(cmd)}\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def write_postings(path):
    """The SkillSpan dev postings as {"id", "text"} lines: sentences of one idx, one a line."""
    posts = collections.OrderedDict()
    with open(os.path.join(DATA, "dev", "skillspan-dev.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            posts.setdefault(r["idx"], []).append(" ".join(r["tokens"]))
    with open(path, "w", encoding="utf-8") as f:
        for idx, sentences in posts.items():
            f.write(json.dumps({"id": str(idx), "text": "\n".join(sentences)}) + "\n")
    return len(posts)


def ensure_bundle(jdpipe, kind, work):
    out = os.path.join(work, f"{kind}.jsonl")
    if not os.path.exists(out):
        src = os.path.join(DATA, "onet-27.0" if kind == "onet" else "esco-v1.1.1")
        r = subprocess.run([jdpipe, "catalog", "import", kind, src, "-o", out], capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"catalog import {kind} failed: {r.stderr[-2000:]}")
    return out


def raw_size_mib(kind):
    """The taxonomy files the importer reads, as distributed."""
    folder = os.path.join(DATA, "onet-27.0" if kind == "onet" else "esco-v1.1.1")
    return sum(os.path.getsize(os.path.join(folder, n)) for n in os.listdir(folder)) / 2**20


def speed(args, kind, bundle, postings, lines):
    j = run_json([args.bench, "--catalog", bundle, "--postings", postings, "--embedder", f"static:{VECTORS}",
                  "--total", str(args.total), "--passes", str(args.passes), "--threads", "2", "--json"])
    py = {}
    for kra in ("tfidf", "glove"):
        py[kra] = run_json(["/usr/bin/python3", os.path.join(HERE, "python_baseline.py"), "--catalog", bundle,
                            "--postings", postings, "--total", str(args.total), "--kra", kra, "--vectors", VECTORS,
                            "--json"])
    n = args.total
    lines.append(f"\n## {kind}: {n} JDs of {j['mean_bytes']} bytes mean, one thread\n")
    lines.append("| stage | jdpipe us/JD | jdpipe JDs/s | Python TF-IDF JDs/s | Python GloVe JDs/s | jdpipe / TF-IDF | jdpipe / GloVe |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|")
    for ours, theirs in SHARED_STAGES:
        s = j["stages_s"].get(ours, 0.0)
        t, g = py["tfidf"]["stages_s"][theirs], py["glove"]["stages_s"][theirs]
        lines.append(f"| {ours} / {theirs} | {s / n * 1e6:.1f} | {n / s:,.0f} | {n / t:,.0f} | {n / g:,.0f} | "
                     f"{t / s:.1f}x | {g / s:.1f}x |")
    ours_shared = sum(j["stages_s"].get(o, 0.0) for o, _ in SHARED_STAGES)
    t, g = (sum(py[k]["stages_s"][b] for _, b in SHARED_STAGES) for k in ("tfidf", "glove"))
    lines.append(f"| **the same work (the four stages above)** | {ours_shared / n * 1e6:.1f} | **{n / ours_shared:,.0f}** | "
                 f"{n / t:,.0f} | {n / g:,.0f} | **{t / ours_shared:.1f}x** | **{g / ours_shared:.1f}x** |")
    rest = sum(v for k, v in j["stages_s"].items() if k not in dict(SHARED_STAGES))
    lines.append(f"| jdpipe only: signals, decision, API 2/3, learning, enrichment | {rest / n * 1e6:.1f} | {n / rest:,.0f} | | | | |")
    for name, rate in (("end to end (jdpipe: Pipeline::run)", j["run_jds_per_s"]),
                       ("end to end, jdpipe with the run JSON", j["run_and_json_jds_per_s"])):
        t, g = py["tfidf"]["jds_per_s"], py["glove"]["jds_per_s"]
        lines.append(f"| **{name}** | {1e6 / rate:.1f} | **{rate:,.0f}** | {t:,.0f} | {g:,.0f} | **{rate / t:.1f}x** | **{rate / g:.1f}x** |")
    lines.append("")
    lines.append(f"- compile (catalog, matchers, KRA embeddings): jdpipe {j['compile_s']:.2f} s; Python "
                 f"{py['tfidf']['compile_s']:.2f} s (TF-IDF), {py['glove']['compile_s']:.2f} s (GloVe)")
    lines.append(f"- peak RSS: jdpipe {j['peak_rss_mib']:.0f} MiB; Python "
                 f"{py['tfidf']['peak_rss_mib']:.0f} MiB (TF-IDF), {py['glove']['peak_rss_mib']:.0f} MiB (GloVe)")
    lines.append(f"- threads (wall, each run dropped when done as in a stream): 1 thread {j['batch_1_thread_jds_per_s']:,.0f} JDs/s, "
                 f"{j['batch_threads']} threads {j['batch_n_threads_jds_per_s']:,.0f} JDs/s "
                 f"(x{j['batch_n_threads_jds_per_s'] / j['batch_1_thread_jds_per_s']:.2f})")
    raw = raw_size_mib(kind)
    lines.append(f"- catalog memory: {j['catalog_heap_mib']:.1f} MiB of live heap ({j['catalog_rss_mib']:.1f} MiB of RSS "
                 f"growth) for {raw:.1f} MiB of raw taxonomy files ({j['catalog_heap_mib'] / raw:.2f}x) or "
                 f"{j['catalog_raw_mib']:.1f} MiB of bundle ({j['catalog_heap_mib'] / j['catalog_raw_mib']:.2f}x); "
                 f"the whole compiled pipeline with vectors {j['compiled_rss_mib']:.0f} MiB of RSS")
    return {"jdpipe": j, "python": py}


def accuracy(args, lines):
    """Role accuracy of both sides on the evaluation sets of issue 6."""
    import csv
    import eval_roles
    from python_baseline import Baseline

    ev = argparse.Namespace(jdpipe=args.jdpipe, work=os.path.join(args.work, "eval"), limit=0)
    os.makedirs(ev.work, exist_ok=True)
    lines.append("\n## Role accuracy on the evaluation sets (same JDs, same catalogs)\n")
    lines.append("| set | JDs | jdpipe top-1 | jdpipe top-5 | Python top-1 | Python top-5 |\n|---|---:|---:|---:|---:|---:|")

    # O*NET hold-out: tasks only, no title (report half and all).
    src, jds = eval_roles.build_holdout(ev)
    db = eval_roles.ensure_catalog(args.jdpipe, "onet", src, os.path.join(ev.work, "onet-holdout.db"))
    bundle = os.path.join(ev.work, "onet-holdout.jsonl")
    if not os.path.exists(bundle):
        subprocess.run([args.jdpipe, "catalog", "export", db, "-o", bundle], check=True, capture_output=True)
    path = os.path.join(ev.work, "e2e-holdout.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, jd in enumerate(jds):
            f.write(json.dumps({"id": str(i), "text": eval_roles.jd_text(jd, False)}) + "\n")
    out = subprocess.run([args.jdpipe, "run", "--jsonl", path, "--jsonl-out", "--catalog", bundle, "--threads", "2",
                          "--no-timings", "--deterministic-ids", "--embedder", f"static:{VECTORS}"],
                         capture_output=True, text=True).stdout
    ours = {}
    for line in out.splitlines():
        o = json.loads(line)
        s4 = o.get("api1", {}).get("stage4_decision", {})
        chosen = (s4.get("chosen_role") or {}).get("external_id")
        ours[o["input_id"]] = [chosen] if chosen else []
        ours[o["input_id"]] += [c["external_id"] for c in o.get("api1", {}).get("stage3_signals", {}).get("kra_match_roles", [])
                                if c["external_id"] != chosen]
    tfidf = Baseline(bundle, kra="tfidf")
    theirs = {str(i): tfidf.rank_roles_by_kras(jd["tasks"], k=10) for i, jd in enumerate(jds)}
    golds = [jd["code"] for jd in jds]
    for name, half in (("O*NET hold-out tasks, report half", 1), ("O*NET hold-out tasks, all", None)):
        idx = [i for i, jd in enumerate(jds) if half is None or jd["half"] == half]
        a = eval_roles.rank_metrics([ours.get(str(i), []) for i in idx], [golds[i] for i in idx])
        b = eval_roles.rank_metrics([theirs[str(i)] for i in idx], [golds[i] for i in idx])
        lines.append(f"| {name} | {len(idx)} | {a[0]:.3f} | {a[1]:.3f} | {b[0]:.3f} | {b[1]:.3f} |")

    # JobBERT titles against ESCO.
    esco = ensure_bundle(args.jdpipe, "esco", args.work)
    rows = list(csv.DictReader(open(os.path.join(DATA, "dev", "jobbert-titles-dev.csv"), encoding="utf-8")))
    tpath = os.path.join(ev.work, "e2e-titles.jsonl")
    with open(tpath, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows):
            f.write(json.dumps({"id": str(i), "title": r["vacancyTitle"]}) + "\n")
    out = subprocess.run([args.jdpipe, "resolve-title", "--jsonl", tpath, "--k", "10", "--catalog", esco,
                          "--embedder", f"static:{VECTORS}"], capture_output=True, text=True).stdout
    ours = {}
    for line in out.splitlines():
        o = json.loads(line)
        ours[o["id"]] = [c["external_id"] for c in o.get("candidates", [])]
    base = Baseline(esco, kra="tfidf")
    theirs = [base.rank_title(r["vacancyTitle"], k=10) for r in rows]
    a = eval_roles.rank_metrics([ours.get(str(i), []) for i in range(len(rows))], [r["conceptUri"] for r in rows])
    b = eval_roles.rank_metrics(theirs, [r["conceptUri"] for r in rows])
    lines.append(f"| JobBERT dev titles vs ESCO | {len(rows)} | {a[0]:.3f} | {a[1]:.3f} | {b[0]:.3f} | {b[1]:.3f} |")
    lines.append("\njdpipe: `run` (chosen role, then its KRA ranking) with GloVe vectors, and `resolve-title`; Python: "
                 "TF-IDF mean of max over KRAs, and an exact alias hit then TF-IDF character n-grams for titles.")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"), help="build directory with -DJDPIPE_BUILD_BENCH=ON")
    ap.add_argument("--total", type=int, default=2000, help="JDs per measurement (the postings repeated)")
    ap.add_argument("--passes", type=int, default=3, help="jdpipe passes (median)")
    ap.add_argument("--catalogs", default="onet,esco")
    ap.add_argument("--accuracy", action="store_true", help="also role accuracy on the evaluation sets (minutes)")
    ap.add_argument("--work", default="/tmp/jdpipe-e2e")
    ap.add_argument("--out", help="also write the report to this markdown file")
    args = ap.parse_args()
    args.jdpipe = os.path.join(args.build, "jdpipe")
    args.bench = os.path.join(args.build, "bench", "jdpipe_bench_e2e")
    for exe in (args.jdpipe, args.bench):
        if not os.access(exe, os.X_OK):
            sys.exit(f"{exe} not found: configure {args.build} with -DJDPIPE_BUILD_BENCH=ON and build it")
    os.makedirs(args.work, exist_ok=True)
    postings = os.path.join(args.work, "skillspan-dev-postings.jsonl")
    n_posts = write_postings(postings)
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    lines = [f"# jdpipe vs the Python stack, {datetime.date.today()}", "",
             f"- machine: {cpu}, {os.cpu_count()} logical CPUs (shared), load average {os.getloadavg()[0]:.1f} at start",
             f"- commit {commit}; command: `/usr/bin/python3 bench/e2e_compare.py --build {args.build} --total {args.total}"
             f"{' --accuracy' if args.accuracy else ''}`",
             f"- JDs: the {n_posts} SkillSpan dev postings repeated to {args.total}; vectors: {os.path.basename(VECTORS)} (100-d)"]
    for kind in args.catalogs.split(","):
        speed(args, kind, ensure_bundle(args.jdpipe, kind, args.work), postings, lines)
    if args.accuracy:
        accuracy(args, lines)
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
