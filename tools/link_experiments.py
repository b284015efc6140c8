#!/usr/bin/python3
"""Linking experiments measured and not kept (bench/results/skill-linking-2026-11-26.md, "Tried
on 2026-11-27"), kept runnable so that their numbers can be checked.

  tools/link_experiments.py features --features BUILD/bench/jdpipe_link_features --catalog ESCO.db
      link_skill's blend with four more features from ESCO's CSVs: the TF-IDF cosine of the term
      and of the sentence with the candidate's description, and where the candidate sits in the
      skill hierarchy against the rest of the pool. Prints 2-fold CV acc@1 on the tuning halves
      with and without them (as tools/fit_link_blend.py does).

  tools/link_experiments.py train-vectors --out VECTORS.bin [--epochs 4] [--lr 30]
      Fine-tunes the GloVe vectors on ESCO's own alias -> skill pairs (in-batch softmax over SIF
      means, as StaticVectorEmbedder pools), prints dense-only retrieval on the linking sets
      before and after, and writes the vectors in word2vec binary for
      `tools/fit_link_blend.py ... --embedder static:VECTORS.bin --report`.

Rows and halves as in tools/fit_link_blend.py; nothing is fitted on the linking sets but the
blend's weights (tuning halves only).
"""
import argparse
import csv
import math
import os
import re
import sys
from collections import Counter, defaultdict

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fit_link_blend as blend  # noqa: E402
from eval_skills import DEFAULT_DATA, esco_labels  # noqa: E402

STOP = set("a an the and or of to in on for with by as at from is are be this that it its their into using use".split())


def words(text):
    return [w for w in re.findall(r"[a-z0-9+#]+", text.lower()) if w not in STOP]


def esco_skills(data):
    with open(os.path.join(data, "esco-v1.1.1", "skills_en.csv"), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def linking_rows(data):
    labels = esco_labels(data)
    return {name: blend.load_rows(os.path.join(data, "dev", f"skill-linking-{name}-dev.csv"), labels)
            for name in ("tech", "house")}


# --- features ------------------------------------------------------------------------------

def stem(w):
    for suf in ("ations", "ation", "ing", "ies", "es", "s", "ed", "ive", "ment"):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[:-len(suf)]
    return w


def run_features(a):
    skills = esco_skills(a.data)
    uri = {s["preferredLabel"]: s["conceptUri"] for s in skills}
    docs = {s["preferredLabel"]: Counter(stem(w) for w in words(s["description"])) for s in skills}
    df = Counter()
    for c in docs.values():
        df.update(c.keys())

    def tfidf(counts):
        v = {w: n * (math.log(len(docs) / (1 + df.get(w, 0))) + 1) for w, n in counts.items()}
        z = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {w: x / z for w, x in v.items()}

    description = {name: tfidf(c) for name, c in docs.items()}
    broader = defaultdict(set)
    with open(os.path.join(a.data, "esco-v1.1.1", "broaderRelationsSkillPillar.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            broader[r["conceptUri"]].add(r["broaderUri"])
    cos = lambda p, q: sum(x * q.get(w, 0.0) for w, x in p.items())
    base = len(blend.NAMES)
    blend.NAMES = blend.NAMES + ["description_term", "description_context", "narrower_in_pool", "broader_in_pool"]
    sets = {}
    for name, rows in linking_rows(a.data).items():
        items = []
        for pool, r in zip(blend.pools(a.features, a.catalog, None, rows), rows):
            term = tfidf(Counter(stem(w) for w in words(r["span"])))
            sentence = tfidf(Counter(stem(w) for w in words(r["sentence"])))
            uris = {uri.get(c["name"]) for c in pool}
            for c in pool:
                d, u = description.get(c["name"], {}), uri.get(c["name"])
                narrower = sum(u in broader.get(uri.get(o["name"]), ()) for o in pool)
                c["features"] = c["features"][:base] + [cos(term, d), cos(sentence, d), min(narrower, 3) / 3,
                                                        float(any(b in uris for b in broader.get(u, ())))]
            items.append((pool, r["label"]))
        sets[name] = {"tune": items[0::2], "report": items[1::2]}
    kept = list(range(base))
    for label, extra in (("the kept blend", []), ("+ descriptions", [0, 1]), ("+ description of the term only", [0]),
                         ("+ hierarchy", [2, 3]), ("+ both", [0, 1, 2, 3])):
        active = kept + [base + i for i in extra]
        print(f"{label:<32} 2-fold CV acc@1 {blend.cross_validate(sets, a.l2, active):.3f}", flush=True)


# --- train-vectors -------------------------------------------------------------------------

def load_word2vec(path):
    with open(path, "rb") as f:
        count, dim = map(int, f.readline().split())
        vocab, vectors = [], np.zeros((count, dim), np.float32)
        for i in range(count):
            w = bytearray()
            while (c := f.read(1)) != b" ":
                if c != b"\n":
                    w += c
            vocab.append(w.decode("utf-8", "replace"))
            vectors[i] = np.frombuffer(f.read(4 * dim), "<f4")
    return vocab, vectors


def run_train_vectors(a):
    vocab, V = load_word2vec(os.path.join(a.data, "vectors", "glove-wink-100d.bin"))
    index = {w: i for i, w in enumerate(vocab)}
    p = 1.0 / (np.arange(len(vocab)) + 10)  # the embedder's Zipf estimate from the file's rank
    sif = (1e-3 / (1e-3 + p / p.sum())).astype(np.float32)
    bag = lambda text: np.array([index[w] for w in re.findall(r"[a-z0-9+#]+", text.lower()) if w in index], np.int64)
    skills = esco_skills(a.data)
    names = [s["preferredLabel"] for s in skills]
    pairs = [(alias.strip(), k) for k, s in enumerate(skills)
             for alias in (s["altLabels"] + "\n" + s["hiddenLabels"]).split("\n") if alias.strip()]
    name_bags = [bag(n) for n in names]
    pairs = [(bag(t), k) for t, k in pairs]
    pairs = [(b, k) for b, k in pairs if len(b) and len(name_bags[k])]
    print(f"{len(names)} skills, {len(pairs)} alias -> skill pairs with known words")

    def pool(bags):
        X = np.zeros((len(bags), V.shape[1]), np.float32)
        for i, ids in enumerate(bags):
            if len(ids):
                X[i] = (sif[ids, None] * V[ids]).sum(0) / len(ids)
        return X

    unit = lambda X: X / (np.linalg.norm(X, axis=1, keepdims=True) + 1e-9)
    rows = linking_rows(a.data)
    gold = {n: i for i, n in enumerate(names)}

    def retrieval(tag):
        S = unit(pool(name_bags))
        out = []
        for name, rs in rows.items():
            sims = unit(pool([bag(r["span"]) for r in rs])) @ S.T
            g = np.array([gold[r["label"]] for r in rs])
            rank = (sims > sims[np.arange(len(g)), g][:, None]).sum(1)
            out.append(f"{name} acc@1 {np.mean(rank == 0):.3f} acc@5 {np.mean(rank < 5):.3f}")
        print(f"dense only, {tag:<9} " + " | ".join(out), flush=True)

    def scatter(bags, grads):
        for ids, g in zip(bags, grads):
            np.add.at(V, ids, -a.lr * sif[ids, None] * g[None, :] / len(ids))

    retrieval("GloVe")
    rng, tau, batch = np.random.default_rng(0), 0.05, 512
    for epoch in range(a.epochs):
        order = rng.permutation(len(pairs))
        for s in range(0, len(order) - batch + 1, batch):
            chosen = [pairs[i] for i in order[s:s + batch]]
            ab, sb = [b for b, _ in chosen], [name_bags[k] for _, k in chosen]
            ks = np.array([k for _, k in chosen])
            ya, ys = pool(ab), pool(sb)
            na, ns = np.linalg.norm(ya, axis=1, keepdims=True) + 1e-9, np.linalg.norm(ys, axis=1, keepdims=True) + 1e-9
            ua, us = ya / na, ys / ns
            logits = ua @ us.T / tau
            logits[(ks[:, None] == ks[None, :]) & ~np.eye(batch, dtype=bool)] = -1e9  # same skill: no negative
            P = np.exp(logits - logits.max(1, keepdims=True))
            P /= P.sum(1, keepdims=True)
            G = (P - np.eye(batch)) / (tau * batch)  # d loss / d cosine
            gua, gus = G @ us, G.T @ ua
            scatter(ab, (gua - ua * (gua * ua).sum(1, keepdims=True)) / na)
            scatter(sb, (gus - us * (gus * us).sum(1, keepdims=True)) / ns)
        retrieval(f"epoch {epoch + 1}")
    with open(a.out, "wb") as f:
        f.write(f"{len(vocab)} {V.shape[1]}\n".encode())
        for w, v in zip(vocab, V.astype("<f4")):
            f.write(w.encode() + b" " + v.tobytes() + b"\n")
    print(f"wrote {a.out}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=DEFAULT_DATA)
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("features")
    f.add_argument("--features", required=True, help="BUILD/bench/jdpipe_link_features")
    f.add_argument("--catalog", required=True)
    f.add_argument("--l2", type=float, default=0.001)
    t = sub.add_parser("train-vectors")
    t.add_argument("--out", required=True)
    t.add_argument("--epochs", type=int, default=4)
    t.add_argument("--lr", type=float, default=30.0)
    a = ap.parse_args()
    run_features(a) if a.cmd == "features" else run_train_vectors(a)


if __name__ == "__main__":
    main()
