"""Tests of bench/python_baseline.py, the Python stack of issue 10: its matching and scoring must
be right for the speed comparison to mean anything. Needs Debian's python3-sklearn and
python3-ahocorasick (skipped without them); no jdpipe build needed.
"""

import importlib.util
import json
import struct
import subprocess
import sys
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("sklearn")
pytest.importorskip("ahocorasick")

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "python_baseline.py"
_spec = importlib.util.spec_from_file_location("python_baseline", SCRIPT)
pb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pb)


def skill(slug, *aliases, extractable=True):
    return {"kind": "skill", "slug": slug, "display_name": slug, "is_extractable": extractable,
            "aliases": [{"text": t, "match": m, "type": "SYNONYM"} for t, m in aliases]}


def role(slug, ext, name, aliases, kras):
    return {"kind": "role", "slug": slug, "external_id": ext, "display_name": name,
            "aliases": aliases, "kras": kras}


CI, CS = "CASE_INSENSITIVE", "CASE_SENSITIVE"
LINES = [
    {"kind": "meta", "name": "tiny"},
    skill("machine-learning", ("Machine Learning", CI)),
    skill("learning", ("learning", CI)),
    skill("java", ("Java", CI)),
    skill("c-plus-plus", ("C++", CI)),
    skill("r", ("R", CS)),
    skill("teamwork", ("team   work", CI)),
    skill("hidden", ("python", CI), extractable=False),
    role("software-developer", "R1", "Software Developer", ["Programmer", "Coder"],
         ["Write and test Python code for web services.", "Review pull requests of colleagues."]),
    role("no-kras", "R2", "Placeholder Role", ["Placeholder"], []),
    role("cook", "R3", "Cook", ["Chef", "Line Cook"],
         ["Cook meals in a restaurant kitchen.", "Clean the kitchen and its equipment.",
          "Plan menus with the head chef."]),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    p = tmp_path_factory.mktemp("pybase") / "tiny.jsonl"
    p.write_text("".join(json.dumps(o) + "\n" for o in LINES), encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def base(bundle):
    return pb.Baseline(str(bundle))


def test_skills_are_leftmost_longest_word_bounded_and_case_aware(base):
    text = "Machine learning in JavaScript and Java, C++ code, R models; for r users.\nTeam work!"
    assert base.extract_skills(text) == ["c-plus-plus", "java", "machine-learning", "r",
                                         "teamwork"]
    assert base.extract_skills("continuous learning, javascript only") == ["learning"]
    assert base.extract_skills("elearning tools") == []
    assert base.extract_skills("we use python and r") == []  # not extractable; R is CASE_SENSITIVE


def test_parse_takes_first_line_as_title_and_sentences_of_four_words():
    title, sents = pb.parse_jd("\n  Senior Cook \nGreat pay.\nYou will cook meals daily. "
                               "You clean the kitchen too!\nShort line here\n")
    assert title == "Senior Cook"
    assert sents == ["You will cook meals daily.", "You clean the kitchen too!"]


def test_kra_scores_are_mean_over_sentences_of_max_over_each_roles_kras(base):
    # The second sentence meets two of the cook's KRAs: max, not sum, must count.
    sents = ["Write Python code and test it.", "Cook meals and clean the kitchen equipment.",
             "Nothing relevant."]
    got = base.kra_role_scores(sents)
    # The same thing the slow way: one cosine per sentence and KRA.
    q = base._tfidf.transform(sents).toarray()
    roles = [r for r in LINES if r["kind"] == "role"]
    want = []
    for r in roles:
        if not r["kras"]:
            continue
        k = base._tfidf.transform(r["kras"]).toarray()
        want.append((q @ k.T).max(axis=1).mean())
    assert base.kra_scored_roles.tolist() == [0, 2]
    np.testing.assert_allclose(got, want, rtol=1e-5)
    assert base.rank_roles_by_kras(["Review the pull requests."], k=5) == ["R1", "R3"]
    assert base.rank_roles_by_kras(["Plan the menus and cook meals."], k=1) == ["R3"]
    assert base.rank_roles_by_kras([]) == []


def test_titles_exact_alias_first_then_character_ngrams(base):
    assert base.lookup_title("LINE COOK (m/f/d)") == [2]
    ranked = base.rank_title("Line Cook", k=2)
    assert ranked[0] == "R3" and len(ranked) == 2
    assert base.rank_title("Sofware Develloper", k=1) == ["R1"]  # no exact hit: n-grams
    assert base.rank_title("programer", k=1) == ["R1"]
    assert len(base.rank_title("chef", k=10)) == 3  # every role at most once


def test_glove_kra_scores_average_known_non_stop_words(bundle, tmp_path):
    words = {"the": [0, 5, 0], "python": [1, 0, 0], "code": [1, 1, 0], "cook": [0, 0, 1], "meals": [0, 1, 1],
             "kitchen": [0, 0, 2]}
    vec_path = tmp_path / "tiny.bin"
    with open(vec_path, "wb") as f:
        f.write(f"{len(words)} 3\n".encode())
        for w, v in words.items():
            f.write(w.encode() + b" " + struct.pack("<3f", *v) + b"\n")
    b = pb.Baseline(str(bundle), kra="glove", vectors=str(vec_path))
    emb = b._embed_glove(["The Python code", "no known words"])
    np.testing.assert_allclose(emb[0], np.array([2, 1, 0]) / np.sqrt(5), rtol=1e-6)
    np.testing.assert_array_equal(emb[1], [0, 0, 0])
    assert b.rank_roles_by_kras(["cook meals in the kitchen"], k=1) == ["R3"]
    assert b.rank_roles_by_kras(["python code"], k=1) == ["R1"]


def test_cli_json_run_repeats_postings_to_the_total(bundle, tmp_path):
    postings = tmp_path / "p.jsonl"
    postings.write_text(json.dumps({"id": "1", "text": "Cook\nYou will cook meals in Java."})
                        + "\n" + json.dumps({"id": "2", "text": "Programmer\nWrite C++ code "
                                             "and test it daily."}) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCRIPT), "--catalog", str(bundle), "--postings",
                          str(postings), "--total", "5", "--json"],
                         check=True, capture_output=True, text=True).stdout
    res = json.loads(out)
    assert res["jds"] == 5 and res["impl"] == "python" and res["kra"] == "tfidf"
    assert set(res["stages_s"]) == {"parse", "skills", "kra", "title"}
    assert res["checksum"]["skills_found"] == 5  # java x3, c++ x2
    assert res["checksum"]["title_hits"] == 5


def test_cli_names_bad_postings(bundle, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1"}\n', encoding="utf-8")
    r = subprocess.run([sys.executable, str(SCRIPT), "--catalog", str(bundle), "--postings",
                        str(bad)], capture_output=True, text=True)
    assert r.returncode != 0 and "bad.jsonl:1" in r.stderr and "text" in r.stderr
