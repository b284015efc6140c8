#!/usr/bin/python3
"""What a user with labelled postings gets: titles learned as aliases, k-fold cross-validated.

  /usr/bin/python3 tools/eval_titles_kfold.py --jdpipe BUILD/jdpipe [--folds 5] [--work DIR]

A SEPARATE experiment from the headline title numbers of tools/eval_roles.py, which use the ESCO
catalog alone. The JobBERT dev titles (../shared/data/dev/jobbert-titles-dev.csv) are split into
k folds (row i in fold i mod k); for each fold the other folds' titles are added as aliases of
their gold ESCO occupation (what the learning loop's alias suggestions do once accepted), and the
fold is resolved through `jdpipe resolve-title --jsonl` against that catalog. Printed: top-1,
top-5, MRR@10 over all rows and over the tuning (even) and report (odd) rows (the numbers
without learned aliases are tools/eval_roles.py's). Everything is written under --work;
nothing is copied into the project.
"""
import argparse
import collections
import csv
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_roles import rank_metrics  # noqa: E402  (top-1, top-5, MRR@10: one definition)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data")


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit(f"command failed ({r.returncode}): {' '.join(cmd)}\n{r.stderr[-2000:]}")
    return r.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jdpipe", required=True)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--work", default="/tmp/jdpipe-eval-kfold")
    vectors = os.path.join(DATA, "vectors", "glove-wink-100d.bin")
    ap.add_argument("--embedder", default=f"static:{vectors}")
    args = ap.parse_args()
    if args.folds < 2:
        sys.exit("--folds must be at least 2")
    os.makedirs(args.work, exist_ok=True)

    db = os.path.join(args.work, "esco.db")
    if not os.path.exists(db):
        run([args.jdpipe, "catalog", "import", "esco", os.path.join(DATA, "esco-v1.1.1"), "-o", db])
    base_bundle = os.path.join(args.work, "esco.jsonl")
    if not os.path.exists(base_bundle):
        run([args.jdpipe, "catalog", "export", db, "-o", base_bundle])
    base = [json.loads(line) for line in open(base_bundle, encoding="utf-8")]
    role_by_uri = {o.get("external_id"): i for i, o in enumerate(base) if o.get("kind") == "role"}

    rows = list(csv.DictReader(open(os.path.join(DATA, "dev", "jobbert-titles-dev.csv"), encoding="utf-8")))
    ranked = [None] * len(rows)
    t0 = time.time()
    for k in range(args.folds):
        learned = collections.defaultdict(list)
        for i, r in enumerate(rows):
            if i % args.folds != k and r["conceptUri"] in role_by_uri and r["vacancyTitle"].strip():
                learned[role_by_uri[r["conceptUri"]]].append(r["vacancyTitle"].strip())
        bundle = os.path.join(args.work, f"esco-fold{k}.jsonl")
        with open(bundle, "w", encoding="utf-8") as f:
            for i, o in enumerate(base):
                if i in learned:
                    o = dict(o)
                    seen = {a.lower() for a in o.get("aliases", [])}
                    extra = [t for t in dict.fromkeys(learned[i]) if t.lower() not in seen]
                    o["aliases"] = list(o.get("aliases", [])) + extra
                f.write(json.dumps(o) + "\n")
        titles = os.path.join(args.work, f"titles-fold{k}.jsonl")
        with open(titles, "w", encoding="utf-8") as f:
            for i, r in enumerate(rows):
                if i % args.folds == k:
                    f.write(json.dumps({"id": str(i), "title": r["vacancyTitle"]}) + "\n")
        out = run([args.jdpipe, "resolve-title", "--jsonl", titles, "--k", "10", "--catalog", bundle,
                   "--embedder", args.embedder])
        for line in out.splitlines():
            o = json.loads(line)
            ranked[int(o["id"])] = [c["external_id"] for c in o.get("candidates", [])]
        print(f"fold {k + 1}/{args.folds} done ({time.time() - t0:.0f} s)", file=sys.stderr, flush=True)

    print(f"\n## Titles with learned aliases: {args.folds}-fold cross-validation on JobBERT dev ({len(rows)} titles)\n")
    print("Each fold resolved against ESCO v1.1.1 plus the other folds' titles as aliases of their gold occupation.\n")
    print("| split | titles | top-1 | top-5 | MRR@10 |\n|---|---|---|---|---|")
    for name, keep in (("tune (even rows)", 0), ("report (odd rows)", 1), ("all", None)):
        idx = [i for i in range(len(rows)) if keep is None or i % 2 == keep]
        m = rank_metrics([ranked[i] or [] for i in idx], [rows[i]["conceptUri"] for i in idx])
        print(f"| {name} | {len(idx)} | {m[0]:.3f} | {m[1]:.3f} | {m[2]:.3f} |")


if __name__ == "__main__":
    main()
