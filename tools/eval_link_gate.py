#!/usr/bin/python3
"""API 2's decision for a skill term no alias names: link it to a catalog skill, or keep it as
a new skill. Measured on the skill-linking dev sets, whose rows are either an ESCO preferred
label or LABEL NOT PRESENT (UNDERSPECIFIED rows are left out):

  /usr/bin/python3 tools/eval_link_gate.py --features BUILD/bench/jdpipe_link_features --catalog ESCO.db

Compares what API 2 does (an alias, else SkillLinker::nearest at or above 0.7) with link_skill's
ranker (its top candidate kept when the term's similarity to it reaches a gate, the gate chosen
on the tuning half: even rows; reported on odd rows). A row is decided right when a labelled
span is linked to its label, or a LABEL NOT PRESENT span is kept as new.
"""
import argparse
import csv
import json
import math
import os
import re
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data", "dev")
API2_GATE = 0.7  # kSkillSimilarityThreshold in src/pipeline/pipeline.cpp
MIN_SIMILARITY = 0.2  # kSkillLinkMinSimilarity, link_skill's floor


def ranker_weights():
    src = open(os.path.join(ROOT, "src", "skills", "link_ranker.cpp"), encoding="utf-8").read()
    block = src[src.index("constexpr LinkFeatures kWeights = {"):]
    block = block[: block.index("};")]
    return [float(x) for x in re.findall(r"^\s*(-?[0-9.]+)f", block, re.M)]


def ranker_top(pool, weights):
    """link_skill's first candidate: the term's aliases first, then the blend."""
    cands = [c for c in pool if c["alias"] or c["similarity"] >= MIN_SIMILARITY]
    if not cands:
        return None
    score = [sum(w * f for w, f in zip(weights, c["features"])) for c in cands]
    best = min(range(len(cands)), key=lambda i: (cands[i]["alias"] or 3, -score[i]))
    return cands[best]


def tally(rows, choose, half):
    r = {"label_right": 0, "label_wrong": 0, "label_kept_new": 0, "absent_kept_new": 0, "absent_linked": 0}
    for k, row in enumerate(rows):
        if row["index"] % 2 != half:
            continue
        name = choose(k)
        if row["label"] == "LABEL NOT PRESENT":
            r["absent_kept_new" if name is None else "absent_linked"] += 1
        else:
            r["label_kept_new" if name is None else "label_right" if name == row["label"] else "label_wrong"] += 1
    n = sum(r.values())
    r["decided_right"] = (r["label_right"] + r["absent_kept_new"]) / n if n else 0.0
    return r


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--features", required=True, help="the jdpipe_link_features binary (bench/)")
    ap.add_argument("--catalog", required=True, help="the ESCO catalog")
    a = ap.parse_args()
    rows = []
    for name in ("tech", "house"):
        with open(os.path.join(DATA, f"skill-linking-{name}-dev.csv"), encoding="utf-8") as f:
            for i, r in enumerate(csv.DictReader(f)):
                if r["label"] != "UNDERSPECIFIED":
                    rows.append({"index": i, "term": r["span"], "context": r["sentence"], "label": r["label"]})
    lines = "".join(re.sub(r"[\t\n]", " ", r["term"]) + "\t" + re.sub(r"[\t\n]", " ", r["context"]) + "\n" for r in rows)
    run = lambda *extra: [json.loads(l) for l in subprocess.run([a.features, a.catalog, *extra], input=lines,
                                                                capture_output=True, text=True, check=True).stdout.splitlines()]
    nearest, pools = run("--nearest"), run()
    weights = ranker_weights()
    tops = [ranker_top(p, weights) for p in pools]

    def api2(k):
        if tops[k] is not None and tops[k]["alias"]:
            return tops[k]["name"]
        return nearest[k]["name"] if nearest[k]["score"] >= API2_GATE else None

    def ranker(gate):
        return lambda k: None if tops[k] is None else tops[k]["name"] if tops[k]["alias"] or tops[k]["similarity"] >= gate else None

    gates = [g / 10 for g in range(3, 10)]
    best = max(gates, key=lambda g: tally(rows, ranker(g), 0)["decided_right"])
    print(f"{len(rows)} rows ({sum(r['label'] == 'LABEL NOT PRESENT' for r in rows)} LABEL NOT PRESENT); tune = even rows, report = odd rows")
    print(f"{'':34} {'half':6} {'right':>6}  label right/wrong/kept-new  absent kept-new/linked")
    for name, choose in ((f"API 2 (nearest >= {API2_GATE})", api2), (f"ranker, similarity >= {best} (tuned)", ranker(best))):
        for half, label in ((0, "tune"), (1, "report")):
            r = tally(rows, choose, half)
            print(f"{name:34} {label:6} {r['decided_right']:6.3f}  {r['label_right']:5d} {r['label_wrong']:5d} {r['label_kept_new']:5d}"
                  f"           {r['absent_kept_new']:5d} {r['absent_linked']:5d}")


if __name__ == "__main__":
    main()
