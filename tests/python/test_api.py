"""Tests of the typed Python surface: jdpipe.Run, catalogs by path (bundle, SQLite, O*NET import),
persisting runs, the lookups, embeddings as numpy arrays, and a Python embedder that changes the
KRA scores. Run against a CMake build tree with PYTHONPATH=<build>/bindings/python."""

import json
import threading
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")

import jdpipe

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_JD = (ROOT / "examples" / "sample-jd.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def pipeline():
    return jdpipe.Pipeline(deterministic_ids=True)


@pytest.fixture(scope="module")
def sample(pipeline):
    return pipeline.run(SAMPLE_JD, input_id="sample")


# ---- Run ---------------------------------------------------------------------------------------


def test_run_is_typed_with_attribute_access(sample):
    assert isinstance(sample, jdpipe.Run) and isinstance(sample, dict)
    assert sample.input_id == "sample" and sample.run_id == sample["run_id"]
    assert sample.rejected is False and sample.rejection_reason is None
    assert sample.chosen_role == "backend-engineer"
    assert sample.case == sample["api1"]["stage4_decision"]["case"]
    assert sample.confidence == sample.decision.confidence
    assert sample.api1.stage4_decision.chosen_role.slug == "backend-engineer"
    assert isinstance(sample.api1, jdpipe.Record)
    assert [s.slug for s in sample.skills] == [s["slug"] for s in sample["api1"]["final_skills"]]
    assert sample.skills and sample.skills[0].evidence[0].sentence
    with pytest.raises(AttributeError, match="no field 'nope'"):
        sample.api1.nope
    assert "stage4_decision" in dir(sample.api1)


def test_run_to_dict_and_to_json(sample):
    d = sample.to_dict()
    assert type(d) is dict and d == json.loads(sample.to_json())
    assert json.loads(json.dumps(sample)) == d  # a dict: json and pandas take it as is
    assert "\n" in sample.to_json(indent=2)
    d["api1"]["rejected"] = "changed"
    assert sample["api1"]["rejected"] is False  # to_dict is a deep copy


def test_rejected_run(pipeline):
    run = pipeline.run("")
    assert run.rejected and run.rejection_reason == "empty"
    assert run.case is None and run.chosen_role is None and run.confidence is None and run.skills == []
    assert "rejected" in repr(run)


def test_run_batch_gives_runs_with_input_ids(pipeline):
    runs = pipeline.run_batch([SAMPLE_JD, "too short"], threads=2, input_ids=["a", "b"])
    assert [r.input_id for r in runs] == ["a", "b"]
    assert runs[0].chosen_role == "backend-engineer" and runs[1].rejected
    assert runs[0].run_id == pipeline.run(SAMPLE_JD, "a").run_id
    with pytest.raises(ValueError, match="2 texts but 1 input_ids"):
        pipeline.run_batch([SAMPLE_JD, SAMPLE_JD], input_ids=["x"])


def test_jd_embedding_and_embed_are_numpy(pipeline, sample):
    v = sample.jd_embedding
    assert isinstance(v, np.ndarray) and v.dtype == np.float32 and v.ndim == 1 and v.size > 0
    m = pipeline.embed(["Design REST APIs", "Design REST APIs", ""])
    assert m.dtype == np.float32 and m.shape[0] == 3
    assert float(m[0] @ m[1]) == pytest.approx(1.0, abs=1e-5)
    assert float(np.linalg.norm(m[2])) == 0.0


def test_to_rows_and_dataframe(pipeline):
    runs = pipeline.run_batch([SAMPLE_JD, ""])
    rows = jdpipe.to_rows(runs)
    assert rows[0]["chosen_role"] == "backend-engineer" and rows[1]["rejected"] is True
    try:
        import pandas  # noqa: F401
    except ImportError:
        with pytest.raises(ImportError, match="pandas"):
            jdpipe.to_dataframe(runs)
    else:
        df = jdpipe.to_dataframe(runs)
        assert list(df.columns) == list(jdpipe.ROW_FIELDS) and len(df) == 2


# ---- A Python embedder changes the KRA scores ------------------------------------------------


class ConstantEmbedder(jdpipe.Embedder):
    """Every text to the same vector: every KRA similarity becomes 1."""

    def __init__(self):
        super().__init__()
        self.calls = 0
        self.threads = set()

    def name(self):
        return "py-constant-4"

    def dim(self):
        return 4

    def embed(self, texts):
        self.calls += 1
        self.threads.add(threading.get_ident())
        out = np.zeros((len(texts), 4), dtype=np.float64)
        out[:, 0] = 2.0
        return out


def kra_similarities(run):
    return [m["similarity"] for c in run["api1"]["stage3_signals"]["kra_match_roles"] for m in c["kra_matches"]]


def test_python_embedder_changes_kra_scores(sample):
    emb = ConstantEmbedder()
    custom = jdpipe.Pipeline(embedder=emb, deterministic_ids=True)
    run = custom.run(SAMPLE_JD, input_id="sample")
    assert emb.calls >= 2  # the catalog's KRAs at construction, the JD's sentences in the run
    plain_sims, custom_sims = kra_similarities(sample), kra_similarities(run)
    assert plain_sims and custom_sims
    assert max(plain_sims) < 0.999  # the hashing embedder's similarities vary
    assert all(s == pytest.approx(1.0) for s in custom_sims)
    plain_kra = {c["slug"]: c["kra"] for c in sample.decision.candidates}
    custom_kra = {c["slug"]: c["kra"] for c in run.decision.candidates}
    assert max(custom_kra.values()) > max(plain_kra.values())
    # Called from the native batch threads too, taking the GIL.
    before = emb.calls
    runs = custom.run_batch([SAMPLE_JD] * 4, threads=2)
    assert emb.calls > before and all(kra_similarities(r) == custom_sims for r in runs)


# ---- Lookups -----------------------------------------------------------------------------------


def test_lookups(pipeline):
    hits = pipeline.resolve_title("Senior Backend Engineer", k=3)
    assert hits and hits[0]["slug"] == "backend-engineer"
    assert set(hits[0]) == {"slug", "display_name", "external_id", "score", "matched_via"}
    assert pipeline.resolve_title("zzzz qqqq") == []
    skills = pipeline.extract_skills(SAMPLE_JD)
    assert skills and {"skill_name", "slug", "evidence", "matched_via"} <= set(skills[0])
    assert [s["slug"] for s in skills] == [s["slug"] for s in pipeline.run(SAMPLE_JD).skills]
    assert pipeline.extract_skills("") == []
    links = pipeline.link_skill("Python", k=3)
    assert links and links[0]["slug"] == "python"
    for f in (pipeline.resolve_title, pipeline.extract_skills, pipeline.link_skill):
        assert f.__doc__ and len(f.__doc__) > 40


# ---- Catalogs ----------------------------------------------------------------------------------


def write_onet(folder: Path):
    folder.mkdir()
    files = {
        "Occupation Data.txt": "O*NET-SOC Code\tTitle\tDescription\n"
        "15-1252.00\tSoftware Developers\tResearch, design, and develop computer software.\n"
        "13-2011.00\tAccountants and Auditors\tExamine, analyze, and interpret accounting records.\n",
        "Alternate Titles.txt": "O*NET-SOC Code\tAlternate Title\tShort Title\tSource(s)\n"
        "15-1252.00\tBack-End Developer\tn/a\t08\n13-2011.00\tChartered Accountant\tCA\t08\n",
        "Task Statements.txt": "O*NET-SOC Code\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source\n"
        "15-1252.00\t1\tDesign and build scalable backend services and APIs.\tCore\t10\t07/2014\tIncumbent\n"
        "13-2011.00\t3\tPrepare and audit financial statements.\tCore\t10\t07/2014\tIncumbent\n",
        "Technology Skills.txt": "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\n"
        "15-1252.00\tPython\t43232403\tDevelopment environment software\tY\n"
        "13-2011.00\tIntuit QuickBooks\t43231604\tFinancial analysis software\tN\n",
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_catalog_export_open_stats(tmp_path):
    starter = jdpipe.Catalog.open(None)
    stats = starter.stats()
    assert stats["roles"] == starter.role_count and stats["skills"] == starter.skill_count
    for name in ("c.jsonl", "c.db"):
        starter.export(tmp_path / name)
        assert jdpipe.Catalog.open(tmp_path / name).stats() == stats
    with pytest.raises(jdpipe.JdpipeError, match="c.db") as e:
        starter.export(tmp_path / "c.db")  # refuses a catalog that holds records
    assert e.value.code == "invalid_argument"
    with pytest.raises(jdpipe.JdpipeError, match="missing.db") as e:
        jdpipe.Catalog.open(tmp_path / "missing.db")
    assert e.value.code == "not_found"


def test_import_onet(tmp_path):
    write_onet(tmp_path / "onet")
    catalog = jdpipe.Catalog.import_onet(tmp_path / "onet")
    assert catalog.stats()["roles"] == 2
    run = jdpipe.Pipeline(catalog).run(SAMPLE_JD)
    assert run.chosen_role == "software-developers-15-1252-00"
    with pytest.raises(jdpipe.JdpipeError, match="Tools Used.txt"):
        jdpipe.Catalog.import_onet(tmp_path / "onet", tools_used=True)
    with pytest.raises(jdpipe.JdpipeError, match="Occupation Data.txt"):
        jdpipe.Catalog.import_onet(tmp_path)


def test_persist_a_run_into_sqlite(tmp_path):
    jdpipe.Catalog.starter().export(tmp_path / "learn.db")
    catalog = jdpipe.Catalog.open(tmp_path / "learn.db")
    run = jdpipe.Pipeline(catalog).run(SAMPLE_JD, input_id="p")
    receipt = catalog.persist(run)
    assert receipt["applied"] is True and receipt["centroid_n_after"] == 1
    assert catalog.persist(run)["applied"] is False
    state = catalog.learning_state()
    assert sum(state["centroid_n"].values()) == 1
    # The learning state is in the file.
    assert jdpipe.Catalog.open(tmp_path / "learn.db").learning_state() == state
    with pytest.raises(TypeError, match="jdpipe.Run"):
        catalog.persist({"run_id": "x"})


def test_walkthrough_example_runs():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(ROOT / "examples" / "python" / "walkthrough.py")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "role: backend-engineer" in out
    assert "resolve_title:" in out


def test_help_shows_docstrings():
    import pydoc

    text = pydoc.render_doc(jdpipe.Pipeline, renderer=pydoc.plaintext)
    for name in ("run_batch", "resolve_title", "extract_skills", "link_skill", "GIL"):
        assert name in text
    assert "attribute access" in pydoc.render_doc(jdpipe.Run, renderer=pydoc.plaintext)
    assert jdpipe.Catalog.persist.__doc__ and jdpipe.Catalog.open.__doc__


# ---- Built-in providers ------------------------------------------------------------------------


class AdjudicatingLLM(jdpipe.LLMProvider):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def name(self):
        return "py-adjudicator"

    def chat(self, request):
        self.calls += 1
        if request["task"] != "adjudicate_role":
            raise ConnectionError("no answer")
        return {"text": json.dumps({"slug": "backend-engineer", "confidence": 0.8, "reasoning": "py"})}


def test_caching_provider_records_and_replays(tmp_path):
    inner = AdjudicatingLLM()
    recording = jdpipe.CachingProvider(inner, tmp_path / "cache.db", mode="record")
    run = jdpipe.Pipeline(llm=recording, llm_stages={"adjudicate"}).run(SAMPLE_JD)
    assert inner.calls == 1 and run.decision.llm2_fired and run.confidence == pytest.approx(0.8)
    replay = jdpipe.CachingProvider(None, tmp_path / "cache.db", mode="replay", model="py-adjudicator")
    again = jdpipe.Pipeline(llm=replay, llm_stages={"adjudicate"}).run(SAMPLE_JD)
    assert inner.calls == 1 and again.decision.llm2_fired and again.confidence == pytest.approx(0.8)
    assert replay.stats()["hits"] == 1
    with pytest.raises(jdpipe.JdpipeError, match="sometimes"):
        jdpipe.CachingProvider(None, tmp_path / "c.db", mode="sometimes", model="m")


def test_openai_provider_is_configured_without_calling():
    p = jdpipe.OpenAIProvider("gpt-4.1-nano", base_url="http://127.0.0.1:9/v1", api_key="k")
    assert p.endpoint.startswith("http://127.0.0.1:9/v1") and p.name() == "openai:gpt-4.1-nano"
    with pytest.raises(ValueError):
        jdpipe.OpenAIProvider("m", timeout=0)
