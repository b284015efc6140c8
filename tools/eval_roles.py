#!/usr/bin/python3
"""Role-resolution evaluation on the development data (issue 6), driving the jdpipe CLI.

  /usr/bin/python3 tools/eval_roles.py --jdpipe BUILD/jdpipe [--embedder static:PATH] [--only titles|holdout]

Titles: ../shared/data/dev/jobbert-titles-dev.csv against the ESCO catalog through
`jdpipe resolve-title --jsonl`: top-1, top-5 and MRR@10, on the tuning half (even rows) and the
report half (odd rows) separately.

Responsibilities only: from O*NET 27.0, 4 task statements of every occupation with at least 10
are held out (a fixed seeded draw); the catalog is built from the rest and a JD made of only the
held-out tasks (no title) is resolved through `jdpipe run --jsonl`. A second JD set adds a held-out
alternate title, for the ablation (alias only, KRA only, skills only, fused). The tuning half is
the occupations with an even position in Occupation Data.txt, the report half the odd ones.

Everything is written under --work (default /tmp/jdpipe-eval); nothing is copied into the project.
"""
import argparse
import collections
import csv
import json
import os
import random
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data")
HOLD_OUT = 4
MIN_TASKS = 10


def run(cmd, **kw):
    t0 = time.time()
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode not in (0, 1):
        sys.exit(f"command failed ({r.returncode}): {' '.join(cmd)}\n{r.stderr[-2000:]}")
    return r.stdout, time.time() - t0


def ensure_catalog(jdpipe, kind, src, out):
    if not os.path.exists(out):
        run([jdpipe, "catalog", "import", kind, src, "-o", out])
    return out


def rank_metrics(ranked_lists, golds):
    """top-1, top-5, MRR@10 of ranked id lists against gold ids."""
    n = len(golds)
    if n == 0:
        return 0.0, 0.0, 0.0
    t1 = t5 = mrr = 0.0
    for ranked, gold in zip(ranked_lists, golds):
        ranked = ranked[:10]
        if gold in ranked:
            r = ranked.index(gold)
            t1 += r == 0
            t5 += r < 5
            mrr += 1.0 / (r + 1)
    return t1 / n, t5 / n, mrr / n


def fmt_row(name, m, n):
    return f"| {name} | {n} | {m[0]:.3f} | {m[1]:.3f} | {m[2]:.3f} |"


# --- titles ------------------------------------------------------------------------------
def eval_titles(args, common):
    esco = ensure_catalog(args.jdpipe, "esco", os.path.join(DATA, "esco-v1.1.1"), os.path.join(args.work, "esco.db"))
    rows = list(csv.DictReader(open(os.path.join(DATA, "dev", "jobbert-titles-dev.csv"), encoding="utf-8")))
    if args.limit:
        rows = rows[: args.limit]
    path = os.path.join(args.work, "titles.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows):
            f.write(json.dumps({"id": str(i), "title": r["vacancyTitle"]}) + "\n")
    cmd = [args.jdpipe, "resolve-title", "--jsonl", path, "--k", "10", "--catalog", esco] + common
    if args.title_weights:
        cmd += ["--title-weights", args.title_weights]
    cmd += args.resolve_args.split()
    out, secs = run(cmd)
    with open(os.path.join(args.work, "titles-out.jsonl"), "w", encoding="utf-8") as f:
        f.write(out)
    ranked = {}
    for line in out.splitlines():
        o = json.loads(line)
        if "candidates" in o:
            ranked[o["id"]] = [c["external_id"] for c in o["candidates"]]
    print(f"\n## Titles: JobBERT dev ({len(rows)} titles) against ESCO v1.1.1, resolve-title ({secs:.1f} s)\n")
    print("| split | titles | top-1 | top-5 | MRR@10 |\n|---|---|---|---|---|")
    for name, keep in (("tune (even rows)", 0), ("report (odd rows)", 1), ("all", None)):
        idx = [i for i in range(len(rows)) if keep is None or i % 2 == keep]
        m = rank_metrics([ranked.get(str(i), []) for i in idx], [rows[i]["conceptUri"] for i in idx])
        print(fmt_row(name, m, len(idx)))
    print("\nBaseline (TF-IDF character n-grams, nearest ESCO label): 0.235 / 0.420 / 0.315. Targets: top-1 >= 0.40, top-5 >= 0.65.")


# --- O*NET hold-out -----------------------------------------------------------------------
def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        return header, [line.rstrip("\n").split("\t") for line in f if line.strip()]


def build_holdout(args):
    """Writes the O*NET folder without the held-out tasks and titles; returns the JDs."""
    src = os.path.join(DATA, "onet-27.0")
    dst = os.path.join(args.work, "onet-holdout")
    os.makedirs(dst, exist_ok=True)
    th, tasks = read_tsv(os.path.join(src, "Task Statements.txt"))
    ah, alts = read_tsv(os.path.join(src, "Alternate Titles.txt"))
    _, occs = read_tsv(os.path.join(src, "Occupation Data.txt"))
    order = {r[0]: i for i, r in enumerate(occs)}
    by_code = collections.defaultdict(list)
    for i, r in enumerate(tasks):
        by_code[r[0]].append(i)
    alt_by_code = collections.defaultdict(list)
    for i, r in enumerate(alts):
        alt_by_code[r[0]].append(i)
    rng = random.Random(20261126)
    held_tasks, held_alts, jds = set(), set(), []
    for code in sorted(by_code):
        rows = by_code[code]
        if len(rows) < MIN_TASKS:
            continue
        pick = rng.sample(rows, HOLD_OUT)
        held_tasks.update(pick)
        title = None
        if len(alt_by_code[code]) >= 3:
            a = rng.choice(alt_by_code[code])
            held_alts.add(a)
            title = alts[a][ah.index("Alternate Title")]
        jds.append({"code": code, "half": order.get(code, 0) % 2, "tasks": [tasks[i][th.index("Task")] for i in pick],
                    "title": title})
    with open(os.path.join(dst, "Task Statements.txt"), "w", encoding="utf-8") as f:
        f.write("\t".join(th) + "\n")
        for i, r in enumerate(tasks):
            if i not in held_tasks:
                f.write("\t".join(r) + "\n")
    with open(os.path.join(dst, "Alternate Titles.txt"), "w", encoding="utf-8") as f:
        f.write("\t".join(ah) + "\n")
        for i, r in enumerate(alts):
            if i not in held_alts:
                f.write("\t".join(r) + "\n")
    for name in os.listdir(src):
        if name not in ("Task Statements.txt", "Alternate Titles.txt") and not os.path.exists(os.path.join(dst, name)):
            os.symlink(os.path.join(os.path.abspath(src), name), os.path.join(dst, name))
    return dst, jds


def jd_text(jd, with_title):
    head = f"Job title: {jd['title']}\n\n" if with_title else ""
    return head + "Responsibilities:\n" + "".join(f"- {t}\n" for t in jd["tasks"])


def eval_holdout(args, common):
    src, jds = build_holdout(args)
    db = os.path.join(args.work, "onet-holdout.db")
    ensure_catalog(args.jdpipe, "onet", src, db)
    if args.limit:
        jds = jds[: args.limit]
    bundle = os.path.join(args.work, "onet-holdout.jsonl")
    if not os.path.exists(bundle):
        run([args.jdpipe, "catalog", "export", db, "-o", bundle])
    slug_to_code = {}
    for line in open(bundle, encoding="utf-8"):
        o = json.loads(line)
        if o.get("kind") == "role":
            slug_to_code[o["slug"]] = o.get("external_id")

    results = {}
    for with_title in (False, True):
        sel = [j for j in jds if j["title"] or not with_title]
        path = os.path.join(args.work, f"holdout-{int(with_title)}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, j in enumerate(sel):
                f.write(json.dumps({"id": str(i), "text": jd_text(j, with_title)}) + "\n")
        out, secs = run([args.jdpipe, "run", "--jsonl", path, "--jsonl-out", "--catalog", db, "--threads", str(args.threads),
                         "--no-timings", "--deterministic-ids"] + common + args.run_args.split())
        runs = {}
        for line in out.splitlines():
            o = json.loads(line)
            runs[o.get("input_id")] = o
        results[with_title] = (sel, runs, secs)
    dump_calibration(args, results)

    def ranked(o, how):
        a1 = o.get("api1", {})
        if a1.get("rejected"):
            return []
        s3, s4 = a1.get("stage3_signals", {}), a1.get("stage4_decision", {})
        if how == "alias":
            return [c["external_id"] for c in s3.get("alias_match_roles", [])]
        if how == "kra":
            return [c["external_id"] for c in s3.get("kra_match_roles", [])]
        if how == "skills":
            return [c["external_id"] for c in s3.get("skill_match_roles", [])]
        chosen = (s4.get("chosen_role") or {}).get("external_id")
        rest = [slug_to_code.get(c["slug"]) for c in s4.get("candidates", [])]
        return ([chosen] if chosen else []) + [c for c in rest if c != chosen]

    for with_title in (False, True):
        sel, runs, secs = results[with_title]
        rejected = sum(1 for o in runs.values() if o.get("api1", {}).get("rejected"))
        what = "held-out tasks plus a held-out alternate title" if with_title else "held-out tasks only (no title)"
        print(f"\n## O*NET 27.0 hold-out: {len(sel)} JDs of {what} ({secs:.1f} s, {rejected} rejected)\n")
        print("| signal | split | JDs | top-1 | top-5 | MRR@10 |\n|---|---|---|---|---|---|")
        for how in ("alias", "kra", "skills", "fused"):
            if how == "alias" and not with_title:
                continue
            for name, half in (("tune", 0), ("report", 1), ("all", None)):
                idx = [i for i, j in enumerate(sel) if half is None or j["half"] == half]
                m = rank_metrics([ranked(runs.get(str(i), {}), how) for i in idx], [sel[i]["code"] for i in idx])
                print(f"| {how} | {name} | {len(idx)} | {m[0]:.3f} | {m[1]:.3f} | {m[2]:.3f} |")
        cases = collections.Counter(o.get("api1", {}).get("stage4_decision", {}).get("case") for o in runs.values())
        print("\ncases: " + ", ".join(f"{k}: {v}" for k, v in sorted(cases.items(), key=lambda kv: str(kv[0]))))
    print("\nBaseline (TF-IDF word n-grams, mean of max, tasks only): top-1 about 0.25, top-5 about 0.55. "
          "Targets: top-1 >= 0.40, top-5 >= 0.70.")
    confidence_bands(results)


def dump_calibration(args, results):
    """One line per run: features of the decision and whether the chosen role was right."""
    path = os.path.join(args.work, "calibration.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for with_title, (sel, runs, _) in results.items():
            for i, j in enumerate(sel):
                o = runs.get(str(i), {})
                s4 = o.get("api1", {}).get("stage4_decision", {})
                cands = s4.get("candidates", [])
                chosen = (s4.get("chosen_role") or {}).get("external_id")
                f.write(json.dumps({"with_title": with_title, "half": j["half"], "case": s4.get("case"),
                                    "confidence": s4.get("confidence"), "correct": chosen == j["code"],
                                    "candidates": cands[:3]}) + "\n")


def confidence_bands(results):
    print("\n## Accuracy of the chosen role per confidence band (both JD sets, report half)\n")
    print("| confidence | runs | accuracy |\n|---|---|---|")
    bands = collections.defaultdict(lambda: [0, 0])
    for with_title, (sel, runs, _) in results.items():
        for i, j in enumerate(sel):
            if j["half"] != 1:
                continue
            s4 = runs.get(str(i), {}).get("api1", {}).get("stage4_decision", {})
            c = s4.get("confidence")
            if c is None:
                continue
            b = min(int(c * 5), 4)
            bands[b][0] += 1
            bands[b][1] += (s4.get("chosen_role") or {}).get("external_id") == j["code"]
    for b in range(5):
        n, ok = bands[b]
        print(f"| {b / 5:.1f}-{(b + 1) / 5:.1f} | {n} | {ok / n if n else 0:.3f} |")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jdpipe", default=os.path.join("/tmp", "build", "jdpipe"), help="the jdpipe CLI")
    vectors = os.path.join(DATA, "vectors", "glove-wink-100d.bin")
    ap.add_argument("--embedder", default=f"static+hashing:{vectors}", help="for jdpipe run (hold-out)")
    ap.add_argument("--title-embedder", default=f"static:{vectors}", help="for jdpipe resolve-title")
    ap.add_argument("--title-weights", default="", help="passed to resolve-title")
    ap.add_argument("--run-args", default="", help="extra options for jdpipe run (space-separated)")
    ap.add_argument("--resolve-args", default="", help="extra options for jdpipe resolve-title (space-separated), "
                    "e.g. '--bridge-catalog onet.db'")
    ap.add_argument("--only", choices=["titles", "holdout"], default=None)
    ap.add_argument("--limit", type=int, default=0, help="evaluate only the first N items (quick checks)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--work", default="/tmp/jdpipe-eval")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    print(f"# jdpipe role-resolution evaluation\n\nresolve-title --embedder {args.title_embedder}; "
          f"run --embedder {args.embedder} {args.run_args}")
    if args.only in (None, "titles"):
        eval_titles(args, ["--embedder", args.title_embedder])
    if args.only in (None, "holdout"):
        eval_holdout(args, ["--embedder", args.embedder])


if __name__ == "__main__" and "--fit-calibration" not in sys.argv:
    main()


# --- calibration ---------------------------------------------------------------------------
# Features of a decision that Pipeline computes the same way (src/roles/confidence.cpp).
def confidence_features(cands, w_kra=0.35, w_skill=0.05):
    def content(c):
        return (w_kra * c["kra"] + w_skill * c["skill"]) / (w_kra + w_skill)
    top = cands[0] if cands else {"alias": 0, "kra": 0, "skill": 0}
    second = cands[1] if len(cands) > 1 else {"alias": 0, "kra": 0, "skill": 0}
    n_alias = sum(1 for c in cands if c["alias"] > 0)
    # The lead is in tenths: KRA scores of neighbouring roles differ by hundredths.
    return [content(top), 10 * (content(top) - content(second))]


def fit_calibration(path):
    """Logistic regression of 'the chosen role is right' on the decision features, fitted on the
    tuning half; prints the coefficients and the accuracy per confidence band on the report half."""
    import numpy as np
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    def xy(half):
        # Content-only decisions (no alias hit): the JDs without a title.
        sel = [r for r in rows if r["half"] == half and not r["with_title"]]
        return np.array([confidence_features(r["candidates"]) for r in sel]), np.array([float(r["correct"]) for r in sel])
    x, y = xy(0)
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    for _ in range(20000):  # plain gradient descent with a little L2: small, deterministic
        p = 1 / (1 + np.exp(-xb @ w))
        w -= 0.5 * (xb.T @ (p - y) / len(y) + 1e-4 * np.r_[0, w[1:]])
    print("coefficients (bias, content_top, 10 x content_lead):", ", ".join(f"{v:.4f}" for v in w))
    xt, yt = xy(1)
    pt = 1 / (1 + np.exp(-np.hstack([np.ones((len(xt), 1)), xt]) @ w))
    print("| confidence | runs | accuracy | mean confidence |\n|---|---|---|---|")
    for b in range(5):
        m = (pt >= b / 5) & (pt < (b + 1) / 5 + (b == 4))
        if m.sum():
            print(f"| {b / 5:.1f}-{(b + 1) / 5:.1f} | {m.sum()} | {yt[m].mean():.3f} | {pt[m].mean():.3f} |")


if __name__ == "__main__" and len(sys.argv) > 2 and sys.argv[1] == "--fit-calibration":
    fit_calibration(sys.argv[2])
