"""Tests of jdpipe.SkillTagger: training from dicts (str offsets) and from JSON Lines files (byte
offsets), saving and loading, Pipeline(skill_tagger=...) changing extract_skills, and clear errors
for bad examples and bad model files. Run against a CMake build tree with
PYTHONPATH=<build>/bindings/python."""

import json
import os
from pathlib import Path

import pytest

import jdpipe

ROOT = Path(__file__).resolve().parents[2]
SKILLSPAN_TRAIN = ROOT / ".." / "shared" / "data" / "dev" / "skillspan-train.jsonl"
SAMPLE_JD = (ROOT / "examples" / "sample-jd.txt").read_text(encoding="utf-8")

# "Zorblax pipelines" is no skill of the starter catalog: only a tagger can find it.
TERM = "Zorblax pipelines"

JD = """Senior Platform Engineer

About the role
We are hiring a senior platform engineer to join our infrastructure team in Berlin and help us
scale the data platform that thousands of customers rely on every day.

Responsibilities
- Design and build Zorblax pipelines for the data platform.
- Write Python services and deploy them with Docker on Kubernetes.
- Review code and mentor two junior engineers.

Requirements
- 5+ years of experience with Python and SQL.
- Hands-on experience with Zorblax pipelines in production.
"""

SKILLS = ["Zorblax pipelines", "Python", "SQL", "Docker", "Kubernetes", "Kafka streams", "Go"]
CONTEXTS = [
    "Experience with {} is required.",
    "You will design and build {} for our customers.",
    "Strong knowledge of {} and {} is a plus.",
    "- Hands-on experience with {} in production.",
    "We use {} every day.",
    "Write services in {} and deploy them.",
]
NEGATIVES = [
    "We offer a friendly team and free lunch on Fridays.",
    "The office is in Berlin, close to the river.",
    "You will report to the head of engineering.",
    "Our customers rely on us every day.",
    "Join a company that values your growth.",
]


def make_examples():
    """Sentences with their skill spans in str offsets, deterministic."""
    out = []
    k = 0
    for round_ in range(3):
        for ctx in CONTEXTS:
            names = [SKILLS[(k + i) % len(SKILLS)] for i in range(ctx.count("{}"))]
            k += 1
            text = ctx.format(*names)
            spans, pos = [], 0
            for name in names:
                start = text.index(name, pos)
                spans.append((start, start + len(name)))
                pos = start + len(name)
            out.append({"text": text, "spans": spans})
        out.append({"text": NEGATIVES[round_] + " " + NEGATIVES[round_ + 2], "spans": []})
    return out


@pytest.fixture(scope="module")
def tagger():
    return jdpipe.SkillTagger.train(make_examples(), epochs=10)


def by_name(skills):
    return {s["skill_name"].lower(): s for s in skills}


def term_bytes(text, term):
    start = len(text[: text.index(term)].encode("utf-8"))
    return start, start + len(term.encode("utf-8"))


# ---- Training and the Pipeline option -----------------------------------------------------------


def test_train_on_dicts(tagger):
    assert isinstance(tagger, jdpipe.SkillTagger)
    assert tagger.epochs == 10
    assert tagger.feature_rows > 0
    assert repr(tagger) == f"<jdpipe.SkillTagger epochs=10 feature_rows={tagger.feature_rows}>"


def test_tagger_finds_a_term_the_catalog_lacks(tagger):
    plain = by_name(jdpipe.Pipeline().extract_skills(JD))
    assert TERM.lower() not in plain and "python" in plain

    tagged = by_name(jdpipe.Pipeline(skill_tagger=tagger).extract_skills(JD))
    found = tagged[TERM.lower()]
    assert found["matched_via"] == "tagger"
    assert not found.get("slug")  # no catalog skill behind it
    assert found["surface_forms"] == [TERM]
    first = found["evidence"][0]
    assert (first["byte_start"], first["byte_end"]) == term_bytes(JD, TERM)
    # A tagger span that is a catalog alias is still that catalog skill.
    assert tagged["python"]["slug"] and tagged["python"]["matched_via"] == "alias"


def test_options_report_the_tagger(tagger):
    assert jdpipe.Pipeline().options["skill_tagger"] is None
    assert jdpipe.Pipeline(skill_tagger=None).options["skill_tagger"] is None
    p = jdpipe.Pipeline(skill_tagger=tagger)
    reported = p.options["skill_tagger"]
    assert isinstance(reported, jdpipe.SkillTagger) and reported.feature_rows == tagger.feature_rows
    # The options dict rebuilds an equal pipeline.
    again = jdpipe.Pipeline(**p.options)
    assert again.extract_skills(JD) == p.extract_skills(JD)


def test_save_and_load_round_trip(tagger, tmp_path):
    path = tmp_path / "tagger.bin"
    tagger.save(path)
    assert path.stat().st_size > 0
    for loaded in (jdpipe.SkillTagger.load(path), jdpipe.SkillTagger.load(str(path))):
        assert loaded.epochs == tagger.epochs and loaded.feature_rows == tagger.feature_rows
    want = jdpipe.Pipeline(skill_tagger=tagger).extract_skills(JD)
    assert jdpipe.Pipeline(skill_tagger=jdpipe.SkillTagger.load(path)).extract_skills(JD) == want
    # A path as the option loads the model.
    assert jdpipe.Pipeline(skill_tagger=path).extract_skills(JD) == want
    assert jdpipe.Pipeline(skill_tagger=str(path)).extract_skills(JD) == want
    # Saving the loaded model writes the same bytes.
    jdpipe.SkillTagger.load(path).save(tmp_path / "again.bin")
    assert (tmp_path / "again.bin").read_bytes() == path.read_bytes()


def test_str_offsets_become_byte_offsets(tmp_path):
    # Non-ASCII text before and inside the spans: the dicts' str offsets and the file's byte
    # offsets describe the same spans, so the two models are byte for byte the same.
    examples = [
        {"text": "Café crew: you will build Zorblax pipelines and Grüße dashboards.", "spans": []},
        {"text": "Erfahrung mit Kubernetes und Zorblax pipelines — ein Plus.", "spans": []},
        {"text": "Ünïcödé ünïcödé ünïcödé: Python, SQL and Zorblax pipelines.", "spans": []},
        {"text": "We offer a café and a friendly team.", "spans": []},
    ]
    for ex in examples:
        for term in ("Zorblax pipelines", "Grüße dashboards", "Kubernetes", "Python", "SQL"):
            if term in ex["text"]:
                start = ex["text"].index(term)
                ex["spans"].append((start, start + len(term)))
        ex["spans"].sort()
    def utf8_len(s):
        return len(s.encode("utf-8"))

    lines = []
    for ex in examples:
        t = ex["text"]
        spans = [[utf8_len(t[:s]), utf8_len(t[:e])] for s, e in ex["spans"]]
        lines.append(json.dumps({"text": t, "spans": spans}))
    assert any(utf8_len(ex["text"]) != len(ex["text"]) for ex in examples)
    data = tmp_path / "annotated.jsonl"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")

    from_dicts = jdpipe.SkillTagger.train(examples, epochs=5, seed=7)
    from_file = jdpipe.SkillTagger.train(data, epochs=5, seed=7)
    from_str_path = jdpipe.SkillTagger.train(str(data), epochs=5, seed=7)
    for name, t in (("dicts", from_dicts), ("file", from_file), ("str", from_str_path)):
        t.save(tmp_path / f"{name}.bin")
    assert (tmp_path / "dicts.bin").read_bytes() == (tmp_path / "file.bin").read_bytes()
    assert (tmp_path / "str.bin").read_bytes() == (tmp_path / "file.bin").read_bytes()
    # Taking the str offsets for byte offsets marks other words: another model.
    naive = tmp_path / "naive.jsonl"
    naive.write_text("".join(json.dumps({"text": ex["text"], "spans": ex["spans"]}) + "\n" for ex in examples), encoding="utf-8")
    jdpipe.SkillTagger.train(naive, epochs=5, seed=7).save(tmp_path / "naive.bin")
    assert (tmp_path / "naive.bin").read_bytes() != (tmp_path / "dicts.bin").read_bytes()


def test_read_examples_gives_str_offsets(tmp_path):
    text = "Ünïcödé ünïcödé: Python, SQL and Zorblax pipelines — Grüße dashboards."
    terms = ["Python", "Zorblax pipelines", "Grüße dashboards"]
    spans = [(text.index(t), text.index(t) + len(t)) for t in terms]
    data = tmp_path / "annotated.jsonl"
    byte_spans = [[len(text[:s].encode()), len(text[:e].encode())] for s, e in spans]
    data.write_text(json.dumps({"text": text, "spans": byte_spans}) + "\n", encoding="utf-8")
    examples = jdpipe.SkillTagger.read_examples(data)
    assert examples == [{"text": text, "spans": spans}]
    assert [examples[0]["text"][s:e] for s, e in examples[0]["spans"]] == terms
    with pytest.raises(jdpipe.JdpipeError, match="missing.jsonl"):
        jdpipe.SkillTagger.read_examples(tmp_path / "missing.jsonl")


@pytest.mark.skipif(not SKILLSPAN_TRAIN.exists(), reason="../shared/data is not available")
def test_read_examples_round_trips_skillspan(tmp_path):
    # The dicts read_examples gives train the same model as the file itself.
    examples = jdpipe.SkillTagger.read_examples(SKILLSPAN_TRAIN)
    assert len(examples) > 100 and sum(len(ex["spans"]) for ex in examples) > 1000
    jdpipe.SkillTagger.train(examples, epochs=2).save(tmp_path / "dicts.bin")
    jdpipe.SkillTagger.train(SKILLSPAN_TRAIN, epochs=2).save(tmp_path / "file.bin")
    assert (tmp_path / "dicts.bin").read_bytes() == (tmp_path / "file.bin").read_bytes()


def test_training_is_deterministic_per_seed(tmp_path):
    examples = make_examples()
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        jdpipe.SkillTagger.train(iter(examples), epochs=4, seed=seed).save(tmp_path / f"{name}.bin")
    assert (tmp_path / "a.bin").read_bytes() == (tmp_path / "b.bin").read_bytes()
    assert (tmp_path / "a.bin").read_bytes() != (tmp_path / "c.bin").read_bytes()


def test_train_with_a_catalog(tagger, tmp_path):
    starter = jdpipe.Catalog.starter()
    # The starter catalog is the default: the same model.
    jdpipe.SkillTagger.train(make_examples(), catalog=starter, epochs=10).save(tmp_path / "starter.bin")
    tagger.save(tmp_path / "default.bin")
    assert (tmp_path / "starter.bin").read_bytes() == (tmp_path / "default.bin").read_bytes()
    # A catalog that knows the term: its dictionary is a feature (another model), and the
    # tagger's span is that catalog skill.
    skill = {
        "kind": "skill", "slug": "zorblax-pipelines", "display_name": "Zorblax Pipelines",
        "category": "Tool", "sub_category": "Data", "skill_nature": "TOOL", "volatility": "STABLE",
        "typical_lifespan": "EVERGREEN", "is_extractable": True, "is_also_category": False,
        "external_id": None, "ai_related": False,
        "aliases": [{"text": TERM, "type": "CANONICAL", "match": "CASE_INSENSITIVE"}], "dimensions": [],
    }
    bundle = jdpipe.Catalog.starter_bundle_text().rstrip("\n") + "\n" + json.dumps(skill) + "\n"
    catalog = jdpipe.Catalog.from_bundle_text(bundle, name="starter+zorblax")
    knowing = jdpipe.SkillTagger.train(make_examples(), catalog=catalog, epochs=10)
    knowing.save(tmp_path / "knowing.bin")
    assert (tmp_path / "knowing.bin").read_bytes() != (tmp_path / "default.bin").read_bytes()
    found = by_name(jdpipe.Pipeline(catalog, skill_tagger=knowing).extract_skills(JD))["zorblax pipelines"]
    assert found["slug"] == "zorblax-pipelines" and found["matched_via"] == "alias"


@pytest.mark.skipif(not SKILLSPAN_TRAIN.exists(), reason="../shared/data is not available")
def test_train_on_skillspan(tmp_path):
    tagger = jdpipe.SkillTagger.train(SKILLSPAN_TRAIN)  # 25 epochs, about a second
    assert tagger.epochs == 25 and tagger.feature_rows > 10000
    skills = jdpipe.Pipeline(skill_tagger=tagger).extract_skills(SAMPLE_JD)
    via = {s["matched_via"] for s in skills}
    assert "tagger" in via  # spans the starter catalog has no alias for
    for s in skills:
        for ev in s["evidence"]:
            assert SAMPLE_JD.encode("utf-8")[ev["byte_start"] : ev["byte_end"]].decode("utf-8") in s["surface_forms"]


# ---- Bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "examples, error, match",
    [
        (5, TypeError, "examples must be a path"),
        ({"text": "a", "spans": []}, TypeError, "examples must be a path"),
        ([["Python", [(0, 6)]]], TypeError, r"examples\[0\] must be a dict"),
        ([{"text": "Python"}], ValueError, r"examples\[0\] must have the keys"),
        ([{"text": b"Python", "spans": []}], TypeError, r"examples\[0\]\[\"text\"\] must be str, not bytes"),
        ([{"text": "Python", "spans": "0-6"}], TypeError, r"\[\"spans\"\] must be a list"),
        ([{"text": "Python", "spans": [6]}], TypeError, r"\[\"spans\"\]\[0\] must be a pair"),
        ([{"text": "Python", "spans": [(0, 6, 1)]}], TypeError, r"\[\"spans\"\]\[0\] must be a pair .* a tuple of 3"),
        ([{"text": "Python", "spans": [("0", 6)]}], TypeError, "holding str"),
        ([{"text": "Python", "spans": [(0, 6.0)]}], TypeError, "holding float"),
        ([{"text": "Python", "spans": [(False, 6)]}], TypeError, "holding bool"),
        ([{"text": "Python", "spans": [(0, 7)]}], ValueError, r"\(0, 7\) is out of range.*len\(text\) = 6"),
        ([{"text": "Python", "spans": [(3, 3)]}], ValueError, "out of range"),
        ([{"text": "Python", "spans": [(-1, 2)]}], ValueError, "out of range"),
        ([{"text": "Pythön", "spans": [(0, 7)]}], ValueError, "len\\(text\\) = 6"),
        ([{"text": "Python SQL", "spans": [(0, 6), (4, 10)]}], ValueError, r"\[0\] and \[1\] overlap"),
        ([{"text": "Py\ud800thon", "spans": [(0, 2)]}], ValueError, "cannot be encoded as UTF-8"),
        (
            [{"text": "Python", "spans": [(0, 6)]}, {"text": "SQL", "spans": [(0, 9)]}],
            ValueError,
            r"examples\[1\]\[\"spans\"\]\[0\]",
        ),
    ],
)
def test_bad_examples_raise_clear_errors(examples, error, match):
    with pytest.raises(error, match=match):
        jdpipe.SkillTagger.train(examples)


def test_nothing_to_learn_is_a_library_error():
    with pytest.raises(jdpipe.JdpipeError, match="no annotated skill span") as e:
        jdpipe.SkillTagger.train([{"text": "Nothing annotated here.", "spans": []}])
    assert e.value.code == "invalid_argument"
    with pytest.raises(jdpipe.JdpipeError, match="no annotated skill span"):
        jdpipe.SkillTagger.train([])


def test_bad_training_arguments():
    with pytest.raises(ValueError, match="epochs must be >= 1"):
        jdpipe.SkillTagger.train(make_examples(), epochs=0)
    with pytest.raises(ValueError, match="seed must be >= 0"):
        jdpipe.SkillTagger.train(make_examples(), seed=-1)
    with pytest.raises(TypeError, match="catalog must be a jdpipe.Catalog or None, not str"):
        jdpipe.SkillTagger.train(make_examples(), catalog="starter")
    with pytest.raises(ValueError, match="clusters must be between 2 and 65535"):
        jdpipe.SkillTagger.train(make_examples(), clusters=1)
    with pytest.raises(TypeError, match="word_vectors must be a path or None, not int"):
        jdpipe.SkillTagger.train(make_examples(), word_vectors=3)
    with pytest.raises(jdpipe.JdpipeError, match="no-such-vectors"):
        jdpipe.SkillTagger.train(make_examples(), word_vectors="/nonexistent/no-such-vectors.txt")


def test_word_vector_clusters_are_kept_in_the_model(tmp_path):
    # GloVe text vectors: the skill words point one way, the other words another.
    lines = []
    for i, word in enumerate(["zorblax", "pipelines", "python", "sql", "docker", "kubernetes", "kafka", "streams", "go"]):
        lines.append(word + " " + " ".join("1.0" if d == 0 else f"0.0{i}" for d in range(4)))
    for i, word in enumerate(["office", "berlin", "river", "team", "lunch", "customers", "growth"]):
        lines.append(word + " " + " ".join("1.0" if d == 1 else f"0.0{i}" for d in range(4)))
    vectors = tmp_path / "vectors.txt"
    vectors.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plain = jdpipe.SkillTagger.train(make_examples(), epochs=5)
    clustered = jdpipe.SkillTagger.train(make_examples(), epochs=5, word_vectors=vectors, clusters=2)
    assert plain.cluster_words == 0
    assert clustered.cluster_words == 16
    path = tmp_path / "clustered.bin"
    clustered.save(path)
    # The model carries its clusters: the vectors file is not needed to run it.
    vectors.unlink()
    again = jdpipe.SkillTagger.load(path)
    assert again.cluster_words == 16
    assert jdpipe.Pipeline(skill_tagger=again).extract_skills(JD) == jdpipe.Pipeline(
        skill_tagger=clustered
    ).extract_skills(JD)


def test_bad_training_files(tmp_path):
    missing = tmp_path / "missing.jsonl"
    with pytest.raises(jdpipe.JdpipeError, match="missing.jsonl") as e:
        jdpipe.SkillTagger.train(missing)
    assert e.value.code == "io"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "Python", "spans": [[0, 6]]}\n{"text": "SQL", "spans": [[0, 99]]}\n', encoding="utf-8")
    with pytest.raises(jdpipe.JdpipeError, match=r"bad.jsonl:2: each span") as e:
        jdpipe.SkillTagger.train(bad)
    assert e.value.code == "parse"


def test_bad_model_files(tagger, tmp_path):
    missing = tmp_path / "nope.bin"
    with pytest.raises(jdpipe.JdpipeError, match="cannot read skill tagger .*nope.bin") as e:
        jdpipe.SkillTagger.load(missing)
    assert e.value.code == "io"
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(b"this is not a model at all")
    with pytest.raises(jdpipe.JdpipeError, match="garbage.bin.*bad magic") as e:
        jdpipe.SkillTagger.load(garbage)
    assert e.value.code == "parse"
    good = tmp_path / "good.bin"
    tagger.save(good)
    truncated = tmp_path / "truncated.bin"
    truncated.write_bytes(good.read_bytes()[:-5])
    with pytest.raises(jdpipe.JdpipeError, match="truncated.bin.*truncated"):
        jdpipe.SkillTagger.load(truncated)
    with pytest.raises(jdpipe.JdpipeError, match="cannot write skill tagger"):
        tagger.save(tmp_path / "no-such-dir" / "x.bin")


def test_bad_pipeline_option(tmp_path):
    with pytest.raises(TypeError, match="option 'skill_tagger' must be a jdpipe.SkillTagger, a path to one or None, not int"):
        jdpipe.Pipeline(skill_tagger=3)
    with pytest.raises(jdpipe.JdpipeError, match="nope.bin"):
        jdpipe.Pipeline(skill_tagger=tmp_path / "nope.bin")
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(b"\0" * 64)
    with pytest.raises(jdpipe.JdpipeError, match="garbage.bin"):
        jdpipe.Pipeline(skill_tagger=os.fspath(garbage))


def test_typed_and_documented():
    import ast

    assert "SkillTagger" in jdpipe.__all__
    assert "skill_tagger" in jdpipe.Pipeline.__init__.__doc__
    assert "str offsets" in jdpipe.SkillTagger.train.__doc__
    stub = ast.parse((Path(jdpipe.__file__).parent / "_core.pyi").read_text(encoding="utf-8"))
    classes = {node.name: node for node in stub.body if isinstance(node, ast.ClassDef)}
    declared = {n.name for n in classes["SkillTagger"].body if isinstance(n, ast.FunctionDef)}
    assert declared == {"load", "train", "read_examples", "save", "feature_rows", "epochs", "cluster_words"}
    for name in declared:
        assert hasattr(jdpipe.SkillTagger, name), name
    init = next(n for n in classes["Pipeline"].body if isinstance(n, ast.FunctionDef) and n.name == "__init__")
    assert "skill_tagger" in {a.arg for a in init.args.kwonlyargs}


@pytest.mark.skipif(not SKILLSPAN_TRAIN.exists(), reason="../shared/data is not available")
def test_training_releases_the_gil():
    import threading
    import time

    done = threading.Event()
    span = {}

    def train():
        t0 = time.perf_counter()
        jdpipe.SkillTagger.train(SKILLSPAN_TRAIN, epochs=25)
        span["seconds"] = time.perf_counter() - t0
        done.set()

    worker = threading.Thread(target=train)
    worker.start()
    # Python keeps running here while the worker trains: with the GIL held, this loop would
    # stall for the whole training.
    last, longest_stall = time.perf_counter(), 0.0
    while not done.is_set():
        now = time.perf_counter()
        longest_stall = max(longest_stall, now - last)
        last = now
        time.sleep(0.001)
    worker.join()
    assert longest_stall < span["seconds"] / 2, (longest_stall, span["seconds"])
