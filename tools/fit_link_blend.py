#!/usr/bin/python3
"""Fits link_skill's ranking blend (src/skills/link_ranker.cpp) on the tuning half of the
skill-linking dev sets, and shows what it gives on both halves.

  tools/fit_link_blend.py --features BUILD/bench/jdpipe_link_features --catalog ESCO.db
                          [--embedder static:VECTORS.bin] [--data ../shared/data]

Rows as in tools/eval_skills.py (labels that are ESCO preferred labels); even rows are the
tuning half, odd rows the report half. The model is a conditional logit: over each mention's
candidate pool, softmax(w . features) is the probability of each candidate being the gold one;
w maximises the tuning half's log-likelihood with an L2 penalty (gradient ascent, numpy).
Prints the weights as the C++ initialiser for kWeights and acc@1/acc@5 as link_skill ranks
(the term's aliases first, then the blend; others below the similarity floor dropped).
"""
import argparse
import json
import os
import subprocess
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_skills import DEFAULT_DATA, esco_labels  # noqa: E402

import csv  # noqa: E402

NAMES = ["lexical", "preferred", "words", "context", "dense", "occupations",
         "alias_exact", "alias_variant", "alias_preferred", "domain", "label_words",
         "support", "transversal", "knowledge", "digital", "term_roles", "context_roles"]
MIN_SIMILARITY = 0.2  # kSkillLinkMinSimilarity in src/pipeline/pipeline.cpp


def load_rows(path, labels):
    with open(path, encoding="utf-8") as f:
        return [r for r in csv.DictReader(f) if r["label"] in labels]


def pools(tool, catalog, embedder, rows):
    args = [tool, catalog] + ([embedder] if embedder else [])
    clean = lambda s: s.replace("\t", " ").replace("\n", " ")
    text = "".join(f"{clean(r['span'])}\t{clean(r['sentence'])}\n" for r in rows)
    p = subprocess.run(args, input=text, capture_output=True, text=True, check=True)
    return [json.loads(l) for l in p.stdout.splitlines()]


def ranked_names(pool, w, alias_first=True):
    scored = []
    for c in pool:
        s = float(np.dot(w, c["features"]))
        if not c["alias"] and c["similarity"] < MIN_SIMILARITY:
            continue
        key = (c["alias"] if c["alias"] else 3) if alias_first else 0
        scored.append((key, -s, c["name"]))
    scored.sort()
    return [n for _, _, n in scored]


def accuracy(items, w, alias_first=True):
    a1 = a5 = 0
    for pool, gold in items:
        names = ranked_names(pool, w, alias_first)
        a1 += names[:1] == [gold]
        a5 += gold in names[:5]
    n = len(items)
    return (a1 / n, a5 / n) if n else (0, 0)


def fit(items, l2, active, iters=3000, lr=0.5):
    """Conditional logit over each pool; only the features in `active` get weights."""
    data = []
    for pool, gold in items:
        names = [c["name"] for c in pool]
        if gold not in names:
            continue
        x = np.array([c["features"] for c in pool], dtype=float)[:, active]
        data.append((x, names.index(gold)))
    w = np.zeros(len(active))
    w[0] = 5.0 if active[0] == 0 else 0.0
    for _ in range(iters):
        g = -l2 * w
        for x, y in data:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            g += (x[y] - p @ x) / len(data)
        w += lr * g
    full = np.zeros(len(NAMES))
    full[active] = w
    return full


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--features", required=True, help="BUILD/bench/jdpipe_link_features")
    ap.add_argument("--catalog", required=True)
    ap.add_argument("--embedder", help="static:VECTORS.bin (default: the catalog-fitted hashing embedder)")
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--misses", action="store_true", help="print the tuning half's misses under the fitted blend")
    ap.add_argument("--ablate", action="store_true", help="cross-validate with each feature left out")
    ap.add_argument("--report", action="store_true", help="also score the report half (odd rows): the final numbers")
    ap.add_argument("--drop", default="", help="comma-separated features to leave out (ablation)")
    a = ap.parse_args()
    labels = esco_labels(a.data)
    sets = {}
    for name in ("tech", "house"):
        rows = load_rows(os.path.join(a.data, "dev", f"skill-linking-{name}-dev.csv"), labels)
        ps = pools(a.features, a.catalog, a.embedder, rows)
        items = [(p, r["label"]) for p, r in zip(ps, rows)]
        sets[name] = {"tune": items[0::2], "report": items[1::2]}
        inpool = sum(g in [c["name"] for c in p] for p, g in items[0::2])
        print(f"{name}: {len(rows)} rows, tuning half {len(items[0::2])}, gold in the pool for {inpool}")
    drop = {d for d in a.drop.split(",") if d}
    active = [i for i, n in enumerate(NAMES) if n not in drop]
    tune = sets["tech"]["tune"] + sets["house"]["tune"]
    w = fit(tune, a.l2, active)
    print("\nweights (fitted on both tuning halves):")
    print("    " + "\n    ".join(f"{v:.4f}f,  // {n}" for n, v in zip(NAMES, w)))
    print(f"\n2-fold cross-validation inside the tuning halves, acc@1: {cross_validate(sets, a.l2, active):.3f}")
    if a.ablate:
        for i in active:
            print(f"  without {NAMES[i]:<16} {cross_validate(sets, a.l2, [j for j in active if j != i]):.3f}")
    if a.misses:
        print_misses(sets, w)
    base = np.zeros(len(NAMES))
    base[0] = 1.0
    for label, weights in (("lexical only", base), ("fitted blend", w)):
        print(f"\n{label} (aliases first):  acc@1  acc@5")
        for name in ("tech", "house"):
            for half in ("tune", "report") if a.report else ("tune",):
                a1, a5 = accuracy(sets[name][half], weights)
                print(f"  {name:<6} {half:<7}           {a1:.3f}  {a5:.3f}")


def cross_validate(sets, l2, active):
    """Fits on every other mention of the tuning halves, scores the rest, and the other way round."""
    folds = [[], []]
    for name in ("tech", "house"):
        for i, item in enumerate(sets[name]["tune"]):
            folds[i % 2].append(item)
    hits = 0
    for k in (0, 1):
        w = fit(folds[k], l2, active, iters=1500)
        hits += accuracy(folds[1 - k], w)[0] * len(folds[1 - k])
    return hits / (len(folds[0]) + len(folds[1]))


def print_misses(sets, w):
    for name in ("tech", "house"):
        for pool, gold in sets[name]["tune"]:
            names = ranked_names(pool, w)
            if names[:1] == [gold]:
                continue
            by = {c["name"]: c for c in pool}
            fmt = lambda n: f"{n[:40]:<40} " + " ".join(f"{x:.2f}" for x in by[n]["features"]) if n in by else n
            print(f"MISS {name} rank {names.index(gold) + 1 if gold in names else '-'}")
            print("   gold " + fmt(gold))
            for n in names[:2]:
                print("   got  " + fmt(n))


if __name__ == "__main__":
    main()
