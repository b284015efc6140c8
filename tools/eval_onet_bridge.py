#!/usr/bin/python3
"""Issue 6 experiment: do O*NET's alternate titles, bridged to ESCO occupations, help title resolution?

  /usr/bin/python3 tools/eval_onet_bridge.py --jdpipe BUILD/jdpipe [--work DIR]

O*NET 27.0 lists 52,754 real-world alternate titles for 1,016 occupations. The bridge from
O*NET occupations to ESCO occupations is built WITHOUT the dev set, two ways:

- key bridge: an O*NET title (Title, Alternate Title, Short Title) whose normalised form (a
  mirror of roles::normalize_title) equals an ESCO occupation's preferred or alternative label
  links the two; each shared key counts 1 / (ESCO occupations with the key x O*NET occupations
  with the key), normalised per O*NET occupation into P(esco | onet). "All Other" catch-alls
  are left out of the alias variant.
- resolved bridge: every O*NET title is resolved against ESCO with `jdpipe resolve-title`; the
  top ESCO occupation of each title counts one, normalised per O*NET occupation.

and used three ways on the JobBERT dev titles (../shared/data/dev/jobbert-titles-dev.csv):

1. exact vote: a dev title whose normalised form equals O*NET titles votes P(esco | onet) of
   their occupations (uniform over them);
2. fuzzy vote: the dev title is resolved against the O*NET catalog (`resolve-title`, its
   top 1 or 3 occupations weighted by score) and votes as above;
   both add w x vote to the ESCO scores of `resolve-title`'s top 10 (a bridged role outside the
   top 10 enters with 0, "fill 0", or with the 10th score, "fill 1": the two bound what a
   re-scoring of every role would give, since such a role scored at most the 10th score);
3. aliases: the O*NET titles of an occupation become aliases of its top bridged ESCO
   occupation when that takes at least `min share` of the bridge (titles already an ESCO label
   left out, so no new exact-hit collision with ESCO's own labels), and the real
   `resolve-title` runs against the augmented catalog.

Every setting is chosen on the tuning half (even rows); the report half (odd rows) is scored
once, for the best setting of each kind. Also printed: how often the bridge can reach the
gold at all (tuning half). Everything is written under --work; nothing is copied into the
project. Takes about 10 minutes on 2 shared cores (most of it resolving the 55,851 O*NET titles).
"""
import argparse
import collections
import csv
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_roles import ensure_catalog, rank_metrics, run  # noqa: E402  (one definition each)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data")
ONET = os.path.join(DATA, "onet-27.0")
ESCO = os.path.join(DATA, "esco-v1.1.1")

# --- a mirror of roles::normalize_title (src/roles/title_index.cpp) -----------------------
SENIORITY = {"senior", "sr", "junior", "jr", "lead", "principal", "staff", "intern", "trainee", "associate",
             "mid", "entry", "level", "experienced"}
LEVELS = {"i", "ii", "iii", "iv", "v", "1", "2", "3", "4"}
WORD = re.compile(r"[^\W_]+(?:[.'][^\W_]+)*[+#]*|[/&+]")


def title_words(title):
    """The main text's words: bracketed asides and the text after a separator dropped."""
    t = re.sub(r"[(\[][^)\]]*(?:[)\]]|$)", " ", title)
    for sep in (" - ", " | ", " – ", ","):
        p = t.find(sep)
        if p > 0:
            t = t[:p]
    ws = [w.replace(".", "").replace("'", "") for w in WORD.findall(t.lower())]
    ws = [w for w in ws if w]
    b = 0
    while b + 1 < len(ws) and ws[b] in SENIORITY:
        b += 1
    e = len(ws)
    while e > b + 1 and ws[e - 1] in LEVELS:
        e -= 1
    return ws[b:e]


def normalize_title(title):
    key = "".join(title_words(title))
    if len(key) > 3 and key[-1] == "s" and key[-2] != "s":
        key = key[:-1]
    return key


# --- data --------------------------------------------------------------------------------
def read_tsv(name):
    with open(os.path.join(ONET, name), encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def onet_titles():
    """O*NET code -> its titles (Title, Alternate Titles, Short Titles), distinct up to case."""
    out = collections.defaultdict(dict)
    for r in read_tsv("Occupation Data.txt"):
        out[r["O*NET-SOC Code"]][r["Title"].lower()] = r["Title"]
    for r in read_tsv("Alternate Titles.txt"):
        for t in (r["Alternate Title"], r["Short Title"]):
            if t != "n/a":
                out[r["O*NET-SOC Code"]].setdefault(t.lower(), t)
    return {c: list(ts.values()) for c, ts in out.items()}


def onet_names():
    return {r["O*NET-SOC Code"]: r["Title"] for r in read_tsv("Occupation Data.txt")}


def esco_label_keys():
    """ESCO occupation URI -> normalised keys of its preferred and alternative labels."""
    out = {}
    with open(os.path.join(ESCO, "occupations_en.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            labels = [r["preferredLabel"]] + [a for a in r["altLabels"].split("\n") if a.strip()]
            out[r["conceptUri"]] = {normalize_title(a) for a in labels} - {""}
    return out


def invert(d):
    inv = collections.defaultdict(set)
    for k, vs in d.items():
        for v in vs:
            inv[v].add(k)
    return inv


def normalised(counter_by_key):
    out = {}
    for k, c in counter_by_key.items():
        tot = sum(c.values())
        if tot > 0:
            out[k] = {u: v / tot for u, v in c.items()}
    return out


def key_bridge(titles_by_onet, esco_keys):
    onet_keys = {c: {normalize_title(t) for t in ts} - {""} for c, ts in titles_by_onet.items()}
    onet_by_key, esco_by_key = invert(onet_keys), invert(esco_keys)
    b = collections.defaultdict(collections.Counter)
    for c, ks in onet_keys.items():
        for k in ks:
            us = esco_by_key.get(k, ())
            for u in us:
                b[c][u] += 1.0 / (len(us) * len(onet_by_key[k]))
    return normalised(b), onet_by_key, esco_by_key


def resolved_bridge(resolved):
    """{"<code>\t<title>": [(esco uri, score)]} -> P(esco | onet): each title's top ESCO occupation counts one."""
    b = collections.defaultdict(collections.Counter)
    for key, cands in resolved.items():
        if cands:
            b[key.split("\t")[0]][cands[0][0]] += 1
    return normalised(b)


# --- runs --------------------------------------------------------------------------------
def resolve(args, titles, catalog, out_path, k):
    """[(id, title)] -> {id: [(external_id, score)]} through `jdpipe resolve-title` (cached)."""
    if not os.path.exists(out_path):
        inp = out_path + ".in"
        with open(inp, "w", encoding="utf-8") as f:
            for i, t in titles:
                f.write(json.dumps({"id": str(i), "title": t}) + "\n")
        out, secs = run([args.jdpipe, "resolve-title", "--jsonl", inp, "--k", str(k), "--catalog", catalog,
                         "--embedder", args.embedder])
        with open(out_path + ".tmp", "w", encoding="utf-8") as f:
            f.write(out)
        os.replace(out_path + ".tmp", out_path)
        print(f"  resolved {len(titles)} titles against {os.path.basename(catalog)} in {secs:.0f} s", file=sys.stderr)
    res = {}
    with open(out_path, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            res[o["id"]] = [(c["external_id"], c["score"]) for c in o.get("candidates", [])]
    return res


def vote_ranking(base, votes, w, fill):
    """Base candidates re-ranked by score + w x vote (ties: base order)."""
    score = {u: s for u, s in base}
    order = {u: j for j, (u, _) in enumerate(base)}
    low = min(score.values(), default=0.0) * fill
    for u in votes:
        score.setdefault(u, low)
        order.setdefault(u, len(order))
    for u, v in votes.items():
        score[u] += w * v
    return sorted(score, key=lambda u: (-score[u], order[u]))[:10]


def query_votes(route, bridge, title, onet_res, onet_by_key):
    """ESCO occupation -> vote for one dev title: sum over O*NET occupations of P(onet|title) P(esco|onet)."""
    if route == "exact":
        p_onet = {c: 1.0 for c in onet_by_key.get(normalize_title(title), ())}
    else:  # "fuzzy k": the title's top k O*NET occupations, weighted by score
        k = int(route.split()[1])
        p_onet = {c: s for c, s in onet_res[:k]}
    tot = sum(p_onet.values())
    votes = collections.Counter()
    for c, p in p_onet.items():
        for u, q in bridge.get(c, {}).items():
            votes[u] += p / tot * q
    return votes


def aliased_bundle(args, bridge, titles_by_onet, names, esco_by_key, min_share):
    """The ESCO bundle with each O*NET occupation's titles as aliases of its top bridged occupation."""
    path = os.path.join(args.work, f"esco-onet-aliases-{min_share}.jsonl")
    added = collections.defaultdict(list)
    for c, dist in bridge.items():
        if "All Other" in names[c]:
            continue  # a catch-all: its titles name many unrelated occupations
        u, share = max(dist.items(), key=lambda x: x[1])
        if share >= min_share:
            added[u] += [t for t in titles_by_onet[c] if normalize_title(t) not in esco_by_key]
    n = 0
    with open(args.esco_bundle, encoding="utf-8") as src, open(path, "w", encoding="utf-8") as f:
        for line in src:
            o = json.loads(line)
            if o.get("kind") == "role" and o.get("external_id") in added:
                seen = {a.lower() for a in o.get("aliases", [])} | {o["display_name"].lower()}
                extra = [t for t in dict.fromkeys(added[o["external_id"]]) if t.lower() not in seen]
                o["aliases"] = list(o.get("aliases", [])) + extra
                n += len(extra)
            f.write(json.dumps(o) + "\n")
    return path, n, len(added)


def fmt(m):
    return f"{m[0]:.3f} | {m[1]:.3f} | {m[2]:.3f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jdpipe", required=True)
    ap.add_argument("--work", default="/tmp/jdpipe-eval-onet-bridge")
    ap.add_argument("--embedder", default="static:" + os.path.join(DATA, "vectors", "glove-wink-100d.bin"))
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    t0 = time.time()
    esco_db = ensure_catalog(args.jdpipe, "esco", ESCO, os.path.join(args.work, "esco.db"))
    onet_db = ensure_catalog(args.jdpipe, "onet", ONET, os.path.join(args.work, "onet.db"))
    args.esco_bundle = os.path.join(args.work, "esco.jsonl")
    if not os.path.exists(args.esco_bundle):
        run([args.jdpipe, "catalog", "export", esco_db, "-o", args.esco_bundle])

    rows = list(csv.DictReader(open(os.path.join(DATA, "dev", "jobbert-titles-dev.csv"), encoding="utf-8")))
    halves = {"tune": [i for i in range(len(rows)) if i % 2 == 0], "report": [i for i in range(len(rows)) if i % 2 == 1]}
    gold = {i: r["conceptUri"] for i, r in enumerate(rows)}
    dev = [(i, r["vacancyTitle"]) for i, r in enumerate(rows)]
    base = resolve(args, dev, esco_db, os.path.join(args.work, "dev-esco.jsonl"), 10)
    to_onet = resolve(args, dev, onet_db, os.path.join(args.work, "dev-onet.jsonl"), 5)

    titles_by_onet, names = onet_titles(), onet_names()
    flat = [(f"{c}\t{t}", t) for c, ts in titles_by_onet.items() for t in ts]
    resolved = resolve(args, flat, esco_db, os.path.join(args.work, "onet-titles-esco.jsonl"), 1)
    kb, onet_by_key, esco_by_key = key_bridge(titles_by_onet, esco_label_keys())
    bridges = {"key": kb, "resolved": resolved_bridge(resolved)}

    def metrics(half, ranking):
        idx = halves[half]
        return rank_metrics([ranking(i) for i in idx], [gold[i] for i in idx])

    def base_ids(i):
        return [u for u, _ in base.get(str(i), [])]

    print(f"# O*NET alternate-title bridge to ESCO: title resolution on JobBERT dev ({len(rows)} titles)\n")
    print(f"O*NET titles: {len(flat)} for {len(titles_by_onet)} occupations; key bridge: "
          f"{len(kb)} O*NET occupations reach {len({u for d in kb.values() for u in d})} ESCO occupations; "
          f"resolved bridge: {len(bridges['resolved'])} reach "
          f"{len({u for d in bridges['resolved'].values() for u in d})}.\n")

    # Can the bridge reach the gold at all? (tuning half)
    tune = halves["tune"]
    reach = collections.Counter()
    for i in tune:
        title, g = rows[i]["vacancyTitle"], gold[i]
        key = normalize_title(title)
        base_right = base_ids(i)[:1] == [g]
        reach["the title equals an ESCO label"] += key in esco_by_key
        cs = onet_by_key.get(key, ())
        reach["the title equals an O*NET title"] += bool(cs)
        reach["... and a matched O*NET occupation is key-bridged to the gold"] += any(g in kb.get(c, {}) for c in cs)
        reach["... and the gold is that occupation's top bridged ESCO occupation"] += any(
            kb.get(c) and max(kb[c], key=kb[c].get) == g for c in cs)
        reach["... and the baseline's top 1 is wrong"] += (not base_right) and any(
            kb.get(c) and max(kb[c], key=kb[c].get) == g for c in cs)
        fv = query_votes("fuzzy 3", bridges["resolved"], title, to_onet.get(str(i), []), onet_by_key)
        top = max(fv, key=fv.get) if fv else None
        reach["fuzzy route, resolved bridge alone: top 1 right"] += top == g
        reach["... right where the baseline's top 1 is wrong"] += top == g and not base_right
        reach["... wrong where the baseline's top 1 is right"] += top != g and base_right
    print("## Reach (tuning half)\n\n| share of titles | |\n|---|---|")
    for k, v in reach.items():
        print(f"| {k} | {v / len(tune):.3f} |")

    # Votes: every setting on the tuning half
    print("\n## Votes (tuning half)\n\n| bridge | route | w | fill | top-1 | top-5 | MRR@10 |\n|---|---|---|---|---|---|---|")
    base_tune = metrics("tune", base_ids)
    print(f"| (none: resolve-title) | | 0 | | {fmt(base_tune)} |")
    results = []
    for bname, bridge in bridges.items():
        for route in ("exact", "fuzzy 1", "fuzzy 3"):
            votes = {i: query_votes(route, bridge, rows[i]["vacancyTitle"], to_onet.get(str(i), []), onet_by_key)
                     for i in range(len(rows))}
            for w in (0.1, 0.2, 0.4):
                for fill in (0, 1):
                    setting = (bname, route, w, fill)
                    m = metrics("tune", lambda i: vote_ranking(base.get(str(i), []), votes[i], w, fill))
                    results.append((m, setting, votes))
                    print(f"| {bname} | {route} | {w} | {fill} | {fmt(m)} |")
    best_m, best_setting, best_votes = max(results, key=lambda r: (r[0][0], r[0][2]))

    # Aliases: a real resolve-title run per setting, tuning half only
    print("\n## O*NET titles as aliases (tuning half, resolve-title on the augmented catalog)\n")
    print("| bridge | min share | aliases added | ESCO roles | top-1 | top-5 | MRR@10 |\n|---|---|---|---|---|---|---|")
    tune_titles = [(i, rows[i]["vacancyTitle"]) for i in tune]
    alias_results = []
    for bname in ("key", "resolved"):
        for min_share in (0.0, 0.5, 0.8):
            path, n, nroles = aliased_bundle(args, bridges[bname], titles_by_onet, names, esco_by_key, min_share)
            res = resolve(args, tune_titles, path, os.path.join(args.work, f"tune-aliases-{bname}-{min_share}.jsonl"), 10)
            m = metrics("tune", lambda i: [u for u, _ in res.get(str(i), [])])
            alias_results.append((m, (bname, min_share, path)))
            print(f"| {bname} | {min_share} | {n} | {nroles} | {fmt(m)} |")
    best_am, (abname, ashare, apath) = max(alias_results, key=lambda r: (r[0][0], r[0][2]))

    # The report half, once, for the best setting of each kind
    print("\n## Report half, once (settings chosen on the tuning half by top-1, then MRR@10)\n")
    print("| setting | tune top-1 | tune top-5 | tune MRR@10 | report top-1 | report top-5 | report MRR@10 |\n"
          "|---|---|---|---|---|---|---|")
    print(f"| resolve-title alone | {fmt(base_tune)} | {fmt(metrics('report', base_ids))} |")
    bname, route, w, fill = best_setting
    m = metrics("report", lambda i: vote_ranking(base.get(str(i), []), best_votes[i], w, fill))
    print(f"| vote: {bname} bridge, {route}, w {w}, fill {fill} | {fmt(best_m)} | {fmt(m)} |")
    report_titles = [(i, rows[i]["vacancyTitle"]) for i in halves["report"]]
    res = resolve(args, report_titles, apath, os.path.join(args.work, f"report-aliases-{abname}-{ashare}.jsonl"), 10)
    m = metrics("report", lambda i: [u for u, _ in res.get(str(i), [])])
    print(f"| aliases: {abname} bridge, min share {ashare} | {fmt(best_am)} | {fmt(m)} |")
    print(f"\n({time.time() - t0:.0f} s)")


if __name__ == "__main__":
    main()
