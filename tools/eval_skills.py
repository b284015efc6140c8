#!/usr/bin/python3
"""Skill extraction and linking accuracy on the development data, through the jdpipe CLI.

  tools/eval_skills.py --jdpipe BUILD/jdpipe --catalog ESCO.db [--data ../shared/data/dev] [--train-tagger]

SkillSpan: each posting (sentences sharing `idx`) becomes one text, tokens joined by spaces,
sentences by newlines; skill and knowledge spans are merged. Our byte spans are mapped back to
the tokens they touch. Strict: the same token span; partial: any token overlap. With
--train-tagger the skill tagger is trained on skillspan-train.jsonl (with and without the GloVe
clusters) and dev is scored with it too; --skill-tagger MODEL scores a given model.
Skill linking: rows whose label is an ESCO preferred label; the span is linked with its
sentence as context; a hit is a candidate whose display_name is the label.
"""
import argparse
import csv
import json
import os
import shlex
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.join(HERE, "..", "..", "shared", "data")


def bio_spans(tags):
    spans, start = [], None
    for i, t in enumerate(tags + ["O"]):
        if t.startswith("B") or t == "O" or (t.startswith("I") and start is None):
            if start is not None:
                spans.append((start, i))
                start = None
            if t.startswith("B") or t.startswith("I"):
                start = i
    return spans


def load_postings(path):
    """[(id, text, token byte offsets [(b, e)], gold token spans {(tb, te)})] per posting."""
    postings = []
    prev = None
    for line in open(path, encoding="utf-8"):
        s = json.loads(line)
        if prev is None or s["idx"] != prev:
            postings.append({"id": str(s["idx"]), "text": b"", "offsets": [], "gold": set()})
        elif postings[-1]["text"]:
            postings[-1]["text"] += b"\n"
        prev = s["idx"]
        p = postings[-1]
        base_tok = len(p["offsets"])
        for i, tok in enumerate(s["tokens"]):
            if i:
                p["text"] += b" "
            raw = tok.encode("utf-8")
            p["offsets"].append((len(p["text"]), len(p["text"]) + len(raw)))
            p["text"] += raw
        for tags in (s["tags_skill"], s["tags_knowledge"]):
            for b, e in bio_spans(list(tags)):
                p["gold"].add((base_tok + b, base_tok + e))
    return [(p["id"], p["text"].decode("utf-8"), p["offsets"], p["gold"]) for p in postings]


def to_token_span(offsets, b, e):
    toks = [i for i, (tb, te) in enumerate(offsets) if tb < e and te > b]
    return (toks[0], toks[-1] + 1) if toks else None


def run_cli(args, lines):
    t0 = time.time()
    p = subprocess.run(args, input="".join(json.dumps(x) + "\n" for x in lines), capture_output=True, text=True)
    if p.returncode not in (0, 1):
        sys.exit(f"{' '.join(args)} failed ({p.returncode}): {p.stderr[-2000:]}")
    return [json.loads(l) for l in p.stdout.splitlines() if l.strip()], time.time() - t0


def prf(tp_p, n_p, tp_g, n_g):
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def eval_skillspan(jdpipe, catalog, path, show_errors=0, tagger=None):
    postings = load_postings(path)
    args = [jdpipe, "extract-skills", "--catalog", catalog, "--jsonl", "-", "--jsonl-out"]
    if tagger:
        args += ["--skill-tagger", tagger]
    out, secs = run_cli(args, [{"id": pid, "text": text} for pid, text, _, _ in postings])
    by_id = {o["id"]: o for o in out}
    n_pred = n_gold = strict_tp = part_tp_p = part_tp_g = 0
    errors = []
    for pid, text, offsets, gold in postings:
        pred = set()
        for sk in by_id.get(pid, {}).get("skills", []):
            for b, e in sk["spans"]:
                ts = to_token_span(offsets, b, e)
                if ts:
                    pred.add(ts)
        n_pred += len(pred)
        n_gold += len(gold)
        strict_tp += len(pred & gold)
        part_tp_p += sum(1 for a in pred if any(a[0] < g[1] and g[0] < a[1] for g in gold))
        part_tp_g += sum(1 for g in gold if any(a[0] < g[1] and g[0] < a[1] for a in pred))
        if show_errors:
            raw = text.encode("utf-8")
            toks = [raw[b:e].decode("utf-8", "replace") for b, e in offsets]
            # Errors even under partial overlap: predictions touching no gold span, gold spans missed.
            for a in sorted(pred):
                if not any(a[0] < g[1] and g[0] < a[1] for g in gold):
                    errors.append("FP " + " ".join(toks[a[0]:a[1]]))
            for g in sorted(gold):
                if not any(a[0] < g[1] and g[0] < a[1] for a in pred):
                    errors.append("FN " + " ".join(toks[g[0]:g[1]]))
    sp, sr, sf = prf(strict_tp, n_pred, strict_tp, n_gold)
    pp, pr, pf = prf(part_tp_p, n_pred, part_tp_g, n_gold)
    if show_errors:
        import collections
        for e, c in collections.Counter(errors).most_common(show_errors):
            print(f"  {c:4d} {e}")
    return {"postings": len(postings), "gold": n_gold, "pred": n_pred, "strict": (sp, sr, sf),
            "partial": (pp, pr, pf), "seconds": secs, "bytes": sum(len(t.encode()) for _, t, _, _ in postings)}


def esco_labels(data_dir):
    labels = set()
    with open(os.path.join(data_dir, "esco-v1.1.1", "skills_en.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            labels.add(row["preferredLabel"].strip())
    return labels


def eval_linking(jdpipe, catalog, path, labels, k=5, embedder=None, show_errors=False):
    """acc@1 and acc@5 on the tuning half (even rows), the report half (odd rows) and all rows.

    The sets are small: tune on the even rows only and report the odd ones."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["label"] in labels:
                rows.append(row)
    lines = [{"id": str(i), "term": r["span"], "context": r["sentence"]} for i, r in enumerate(rows)]
    args = [jdpipe, "link-skill", "--catalog", catalog, "--k", str(k), "--jsonl", "-", "--jsonl-out"]
    if embedder:
        args += ["--embedder", embedder]
    out, secs = run_cli(args, lines)
    by_id = {o["id"]: o for o in out}
    halves = {"tune": [0, 0, 0], "report": [0, 0, 0], "all": [0, 0, 0]}  # rows, hits@1, hits@5
    for i, r in enumerate(rows):
        names = [c["display_name"] for c in by_id.get(str(i), {}).get("candidates", [])]
        hit1, hit5 = names[:1] == [r["label"]], r["label"] in names[:5]
        for h in ("tune" if i % 2 == 0 else "report", "all"):
            halves[h][0] += 1
            halves[h][1] += hit1
            halves[h][2] += hit5
        if show_errors and i % 2 == 0 and not hit1:  # only the tuning half's misses
            rank = names.index(r["label"]) + 1 if r["label"] in names else "-"
            print(f"    MISS rank {rank}  span {r['span']!r}  gold {r['label']!r}  got {names[:3]}  | {r['sentence'][:140]}")
    return {h: {"rows": n, "acc1": a1 / n if n else 0, "acc5": a5 / n if n else 0} for h, (n, a1, a5) in halves.items()} | {
        "seconds": secs}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jdpipe", required=True, help="the jdpipe CLI binary")
    ap.add_argument("--catalog", required=True, help="the ESCO catalog (jdpipe catalog import esco)")
    ap.add_argument("--data", default=DEFAULT_DATA, help="the shared data folder")
    ap.add_argument("--split", default="dev", help="skillspan split: dev or train")
    ap.add_argument("--errors", type=int, default=0, help="print the N most frequent span errors")
    ap.add_argument("--skip-linking", action="store_true")
    ap.add_argument("--skip-extraction", action="store_true")
    ap.add_argument("--train-tagger", action="store_true",
                    help="also train the skill tagger on skillspan-train.jsonl (jdpipe train-tagger) and evaluate with it")
    ap.add_argument("--skill-tagger", help="also evaluate extraction with this tagger model")
    ap.add_argument("--tune-split", action="store_true",
                    help="train the tagger on three quarters of skillspan-train.jsonl and score the held-out quarter "
                         "(how its settings were chosen; dev is not read)")
    ap.add_argument("--train-args", default="", help="more train-tagger options, e.g. '--epochs 20 --clusters 128'")
    ap.add_argument("--write-jsonl", help="also write the scored postings as {\"id\", \"text\"} lines to this file")
    ap.add_argument("--work", default="/tmp/jdpipe-eval", help="where --train-tagger writes its model")
    ap.add_argument("--link-errors", action="store_true", help="print the linking misses of the tuning half")
    ap.add_argument("--embedder", help="link-skill's --embedder (e.g. static:../shared/data/vectors/glove-wink-100d.bin)")
    a = ap.parse_args()
    dev = os.path.join(a.data, "dev")
    if not a.skip_extraction:
        print_skillspan(a)
    if a.skip_linking:
        return
    labels = esco_labels(a.data)
    print("Skill linking (rows whose label is an ESCO preferred label)" + (f", embedder {a.embedder}" if a.embedder else ""))
    print("  (tune = even rows, used for tuning; report = odd rows, held out)")
    print("                   half     rows   acc@1  acc@5")
    for name in ("tech", "house"):
        l = eval_linking(a.jdpipe, a.catalog, os.path.join(dev, f"skill-linking-{name}-dev.csv"), labels,
                         embedder=a.embedder, show_errors=a.link_errors)
        for h in ("tune", "report", "all"):
            print(f"  {name:<16} {h:<7} {l[h]['rows']:5d}   {l[h]['acc1']:.3f}  {l[h]['acc5']:.3f}")
        print(f"  {name:<16} link-skill took {l['seconds']:.2f} s including catalog load")


def split_train(dev, work):
    """SkillSpan train split into a fitting part and a held-out quarter (every 4th posting by
    idx), for choosing the tagger's settings without looking at dev."""
    lines = open(os.path.join(dev, "skillspan-train.jsonl"), encoding="utf-8").read().splitlines()
    idx = [json.loads(l)["idx"] for l in lines]
    held = set(sorted(set(idx))[::4])
    fit, out = os.path.join(work, "skillspan-fit.jsonl"), os.path.join(work, "skillspan-heldout.jsonl")
    with open(fit, "w", encoding="utf-8") as f, open(out, "w", encoding="utf-8") as h:
        for line, i in zip(lines, idx):
            (h if i in held else f).write(line + "\n")
    return fit, out


def print_skillspan(a):
    dev = os.path.join(a.data, "dev")
    path = os.path.join(dev, f"skillspan-{a.split}.jsonl")
    train, name_of_train = os.path.join(dev, "skillspan-train.jsonl"), "skillspan-train.jsonl"
    os.makedirs(a.work, exist_ok=True)
    if a.tune_split:
        train, path = split_train(dev, a.work)
        name_of_train, a.split = "three quarters of skillspan-train.jsonl", "train's held-out quarter"
    rows = [("dictionary only", None)]
    if a.train_tagger or a.tune_split:
        # The tagger learns from SkillSpan's train split only; the dev split stays unseen.
        variants = [("tagger", [])]
        vectors = os.path.join(a.data, "vectors", "glove-wink-100d.bin")
        if os.path.exists(vectors):
            variants.append(("tagger + GloVe clusters", ["--word-vectors", vectors]))
        for name, extra in variants:
            model = os.path.join(a.work, "skill-tagger" + ("-glove" if extra else "") + ".bin")
            t0 = time.time()
            p = subprocess.run([a.jdpipe, "train-tagger", "--catalog", a.catalog, train, "-o", model] + extra +
                               shlex.split(a.train_args), capture_output=True, text=True)
            if p.returncode:
                sys.exit(f"train-tagger failed ({p.returncode}): {p.stderr[-2000:]}")
            print(f"{name}: trained on {name_of_train} in {time.time() - t0:.1f} s: {p.stderr.strip()}")
            rows.append((name, model))
    if a.skill_tagger:
        rows.append(("tagger " + os.path.basename(a.skill_tagger), a.skill_tagger))
    for name, tagger in rows:
        r = eval_skillspan(a.jdpipe, a.catalog, path, a.errors, tagger)
        print(f"SkillSpan {a.split}, {name}: {r['postings']} postings, {r['gold']} gold spans, {r['pred']} predicted "
              f"({r['bytes'] / 1e6:.2f} MB in {r['seconds']:.2f} s including catalog load)")
        print("                   precision  recall     F1")
        print("  strict           {:.3f}      {:.3f}      {:.3f}".format(*r["strict"]))
        print("  partial overlap  {:.3f}      {:.3f}      {:.3f}".format(*r["partial"]))
    if a.write_jsonl:
        # The scored postings as jdpipe input ({"id", "text"} lines), for timing whole runs.
        with open(a.write_jsonl, "w", encoding="utf-8") as f:
            for pid, text, _, _ in load_postings(path):
                f.write(json.dumps({"id": pid, "text": text}) + "\n")


if __name__ == "__main__":
    main()
