"""Tests of Python plug-ins: jdpipe.Embedder and jdpipe.LLMProvider subclasses called from native
code, and jdpipe.HashingEmbedder's numpy output.

Run against a CMake build tree with PYTHONPATH=<build>/bindings/python.
"""

import gc
import json
import re
import threading
import zlib
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")

import jdpipe

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_JD = (ROOT / "examples" / "sample-jd.txt").read_text(encoding="utf-8")

WORD = re.compile(r"[a-z0-9]+")


class WordHashEmbedder(jdpipe.Embedder):
    """Hashes lower-cased words into `dims` buckets with numpy; records every call."""

    def __init__(self, dims=64, dtype=np.float32, label="py-words", scale=1.0):
        super().__init__()
        self.dims = dims
        self.scale = scale
        self.dtype = dtype
        self.label = label
        self.calls = []
        self.threads = set()
        self.fail = False
        self._lock = threading.Lock()

    def name(self):
        return f"{self.label}-{self.dims}"

    def dim(self):
        return self.dims

    def embed(self, texts):
        with self._lock:
            self.calls.append(len(texts))
            self.threads.add(threading.get_ident())
        if self.fail:
            raise RuntimeError("model offline")
        out = np.zeros((len(texts), self.dims), dtype=self.dtype)
        for i, text in enumerate(texts):
            for word in WORD.findall(text.lower()):
                out[i, zlib.crc32(word.encode()) % self.dims] += self.scale
        return out


class WrongShapeEmbedder(WordHashEmbedder):
    def embed(self, texts):
        return np.ones((len(texts), self.dims + 1), dtype=np.float32)


class ScriptedLLM(jdpipe.LLMProvider):
    """Answers only adjudicate_role, with `answer`; every other task raises."""

    def __init__(self, answer):
        super().__init__()
        self.answer = answer
        self.requests = []

    def name(self):
        return "py-scripted"

    def chat(self, request):
        self.requests.append(request)
        if request["task"] != "adjudicate_role":
            raise ConnectionError(f"no answer for {request['task']}")
        return {
            "text": json.dumps(self.answer),
            "model": "py-model",
            "prompt_tokens": 10,
            "completion_tokens": 5,
            "cost_usd": 0.001,
        }


def fallback_stages(run):
    return [f["stage"] for f in run["fallbacks"]]


# ---- Embedder ---------------------------------------------------------------------------------


def test_python_embedder_runs_the_sample_jd():
    emb = WordHashEmbedder()
    pipeline = jdpipe.Pipeline(embedder=emb, deterministic_ids=True)
    assert pipeline.embedder is emb
    assert pipeline.embedder_name == "py-words-64"
    construction_calls = len(emb.calls)
    assert construction_calls == 1  # the catalog's KRAs

    run = pipeline.run(SAMPLE_JD)
    assert not run["api1"]["rejected"]
    assert "kra_signal" not in fallback_stages(run)
    assert len(emb.calls) == construction_calls + 1
    assert run["api1"]["stage3_signals"]["kra_match_roles"]

    # A different embedder gives different KRA scores.
    default = jdpipe.Pipeline(deterministic_ids=True).run(SAMPLE_JD)
    ours = [(c["slug"], c["score"]) for c in run["api1"]["stage3_signals"]["kra_match_roles"]]
    theirs = [(c["slug"], c["score"]) for c in default["api1"]["stage3_signals"]["kra_match_roles"]]
    assert ours != theirs


def test_kra_embeddings_are_computed_once_per_catalog():
    catalog = jdpipe.Catalog.starter()
    emb = WordHashEmbedder(label="py-once")
    first = jdpipe.Pipeline(catalog, embedder=emb)
    assert len(emb.calls) == 1
    second = jdpipe.Pipeline(catalog, embedder=emb)
    assert len(emb.calls) == 1  # the catalog's cache served the second pipeline
    assert first.run(SAMPLE_JD)["api1"]["stage4_decision"]["chosen_role"]
    assert second.run(SAMPLE_JD)["api1"]["stage4_decision"]["chosen_role"]


def test_float64_output_is_converted_and_normalised():
    emb = WordHashEmbedder(dtype=np.float64, label="py-f64", scale=1000.0)
    pipeline = jdpipe.Pipeline(embedder=emb)
    run = pipeline.run(SAMPLE_JD)
    assert "kra_signal" not in fallback_stages(run)
    scores = [c["score"] for c in run["api1"]["stage3_signals"]["kra_match_roles"]]
    assert scores and max(scores) > 0
    assert max(scores) <= 1.0 + 1e-4  # cosines: the rows were normalised natively


def test_wrong_shape_embedder_fails_at_construction():
    with pytest.raises(jdpipe.JdpipeError) as info:
        jdpipe.Pipeline(embedder=WrongShapeEmbedder(label="py-wrong"))
    assert info.value.code == "plugin"
    assert "shape" in str(info.value)


def test_embedder_exception_during_a_run_is_a_fallback():
    emb = WordHashEmbedder(label="py-flaky")
    pipeline = jdpipe.Pipeline(embedder=emb)
    emb.fail = True
    run = pipeline.run(SAMPLE_JD)
    assert not run["api1"]["rejected"]
    reasons = [f["reason"] for f in run["fallbacks"] if f["stage"] == "kra_signal"]
    assert reasons and "model offline" in reasons[0]


def test_plugins_are_kept_alive_by_the_pipeline():
    pipeline = jdpipe.Pipeline(embedder=WordHashEmbedder(label="py-alive"))
    gc.collect()
    run = pipeline.run(SAMPLE_JD)
    assert "kra_signal" not in fallback_stages(run)
    assert pipeline.embedder.calls  # the same Python object, still holding its state


def test_not_an_embedder_is_a_type_error():
    with pytest.raises(TypeError):
        jdpipe.Pipeline(embedder=object())
    with pytest.raises(TypeError):
        jdpipe.Pipeline(llm="gpt")


def test_run_batch_with_a_python_embedder_on_two_threads():
    emb = WordHashEmbedder(label="py-batch")
    pipeline = jdpipe.Pipeline(embedder=emb, deterministic_ids=True)
    runs = pipeline.run_batch([SAMPLE_JD] * 6, threads=2)
    assert [r["input_id"] for r in runs] == [str(i) for i in range(6)]
    for run in runs:
        assert not run["api1"]["rejected"]
        assert "kra_signal" not in fallback_stages(run)
    assert len(emb.calls) == 1 + 6
    single = pipeline.run(SAMPLE_JD, input_id="0")
    assert runs[0]["api1"]["stage4_decision"]["chosen_role"] == single["api1"]["stage4_decision"]["chosen_role"]


def test_hashing_embedder_returns_unit_float32_rows():
    emb = jdpipe.HashingEmbedder(dim=128)
    assert isinstance(emb, jdpipe.Embedder)
    assert emb.dim() == 128
    out = emb.embed(["Designs REST APIs", "Writes Kotlin services", ""])
    assert isinstance(out, np.ndarray)
    assert out.dtype == np.float32
    assert out.shape == (3, 128)
    norms = np.linalg.norm(out, axis=1)
    assert norms[:2] == pytest.approx([1.0, 1.0], abs=1e-5)
    assert norms[2] == 0.0
    assert emb.embed([]).shape == (0, 128)

    before = emb.name()
    emb.fit_idf(["Designs REST APIs", "Writes Kotlin services", "Designs services"])
    assert emb.name() != before
    assert jdpipe.Pipeline(embedder=emb).embedder_name == emb.name()
    with pytest.raises(jdpipe.JdpipeError):
        jdpipe.HashingEmbedder(dim=0)


# ---- LLMProvider ------------------------------------------------------------------------------


def test_python_llm_adjudicates_and_failed_tasks_fall_back():
    llm = ScriptedLLM({"slug": "backend-engineer", "confidence": 0.8, "reasoning": "x"})
    pipeline = jdpipe.Pipeline(llm=llm, deterministic_ids=True)
    assert pipeline.llm is llm
    run = pipeline.run(SAMPLE_JD)
    decision = run["api1"]["stage4_decision"]
    assert decision["llm2_fired"] is True
    assert decision["chosen_role"]["slug"] == "backend-engineer"
    assert decision["confidence"] == pytest.approx(0.8)

    stages = fallback_stages(run)
    assert "parse" in stages
    assert "extract_skills_and_role" in stages
    assert "adjudicate_role" not in stages
    reasons = " ".join(f["reason"] for f in run["fallbacks"])
    assert "no answer for parse" in reasons

    tasks = [r["task"] for r in llm.requests]
    assert "adjudicate_role" in tasks
    request = next(r for r in llm.requests if r["task"] == "adjudicate_role")
    assert set(request) == {"task", "messages", "schema_name", "json_schema", "temperature"}
    assert request["messages"] and set(request["messages"][0]) == {"role", "content"}
    assert "slug" in request["json_schema"]


def test_python_llm_slug_outside_candidates_falls_back():
    llm = ScriptedLLM({"slug": "ceo-of-everything", "confidence": 1.0, "reasoning": "trust me"})
    pipeline = jdpipe.Pipeline(llm=llm, llm_stages={"adjudicate"})
    assert pipeline.options["llm_stages"] == {
        "parse": False,
        "extract_skills": False,
        "adjudicate": True,
        "propose_role": False,
        "enrich_skill": False,
    }
    run = pipeline.run(SAMPLE_JD)
    decision = run["api1"]["stage4_decision"]
    assert decision["llm2_fired"] is False
    assert "adjudicate_role" in fallback_stages(run)
    assert decision["chosen_role"]["slug"]
    assert {r["task"] for r in llm.requests} == {"adjudicate_role"}


def test_llm_stages_option():
    llm = ScriptedLLM({"slug": "backend-engineer", "confidence": 0.8, "reasoning": "x"})
    pipeline = jdpipe.Pipeline(llm=llm, llm_stages={"parse": False, "extract_skills": False})
    assert pipeline.options["llm_stages"]["adjudicate"] is True
    assert pipeline.options["llm_stages"]["parse"] is False
    run = pipeline.run(SAMPLE_JD)
    assert "parse" not in fallback_stages(run)
    assert run["api1"]["stage4_decision"]["llm2_fired"] is True
    with pytest.raises(ValueError):
        jdpipe.Pipeline(llm_stages={"nope"})
    with pytest.raises(TypeError):
        jdpipe.Pipeline(llm_stages="parse")
    with pytest.raises(TypeError):
        jdpipe.Pipeline(llm_stages={"parse": 1})


def test_python_llm_with_python_embedder_in_a_batch():
    llm = ScriptedLLM({"slug": "backend-engineer", "confidence": 0.8, "reasoning": "x"})
    emb = WordHashEmbedder(label="py-both")
    pipeline = jdpipe.Pipeline(embedder=emb, llm=llm, llm_stages={"adjudicate"})
    runs = pipeline.run_batch([SAMPLE_JD] * 4, threads=2)
    assert len(runs) == 4
    for run in runs:
        assert not run["api1"]["rejected"]
        assert "kra_signal" not in fallback_stages(run)


def test_abstract_base_methods_raise():
    class Empty(jdpipe.Embedder):
        pass

    with pytest.raises(jdpipe.JdpipeError):
        jdpipe.Pipeline(embedder=Empty())

    class NoInit(jdpipe.Embedder):
        def __init__(self):
            pass

    with pytest.raises(TypeError):
        jdpipe.Pipeline(embedder=NoInit())


def test_plugins_are_documented():
    assert "subclass" in jdpipe.Embedder.__doc__.lower()
    assert "chat" in jdpipe.LLMProvider.__doc__
    assert "embedder" in jdpipe.Pipeline.__init__.__doc__
    for name in ("Embedder", "HashingEmbedder", "LLMProvider"):
        assert name in jdpipe.__all__
