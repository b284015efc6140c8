"""jdpipe: job-description intelligence.

Parse a job description, extract its skills, resolve its role against a catalog of roles,
skills and dimensions, and plan the catalog's updates, all in-process and offline.

    import jdpipe
    pipeline = jdpipe.Pipeline()        # over the starter catalog compiled into the library
    run = pipeline.run(text)            # a jdpipe.Run
    run.case, run.chosen_role, run.confidence      # e.g. 'B', 'backend-engineer', 0.61
    run.api1.stage4_decision.reasoning             # any field of the run JSON, by attribute
    run.to_dict(), run.to_json()                   # the run JSON as a dict or a str
    jdpipe.to_rows(pipeline.run_batch(texts))      # flat rows for CSV / DataFrames

Plug in your own models by subclassing :class:`Embedder` (texts to a numpy array) or
:class:`LLMProvider` (one chat call, dict in, dict out) and passing them as
``Pipeline(embedder=..., llm=...)``; native code calls them from its threads under the GIL.
Train a :class:`SkillTagger` on annotated text to find skills the catalog has no alias for, and
pass it as ``Pipeline(skill_tagger=...)``.

The native work happens in :mod:`jdpipe._core`; this package re-exports it and adds small
pure-Python helpers.
"""

from __future__ import annotations

import json as _json
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Union

from . import _core
from ._core import (
    CachingProvider,
    Catalog,
    Embedder,
    HashingEmbedder,
    JdpipeError,
    LLMProvider,
    OpenAIProvider,
    SkillTagger,
    TitleBridge,
    __version__,
    parse,
    version,
)

__all__ = [
    "CachingProvider",
    "Catalog",
    "Embedder",
    "HashingEmbedder",
    "JdpipeError",
    "LLMProvider",
    "OpenAIProvider",
    "Pipeline",
    "Record",
    "Run",
    "SkillTagger",
    "TitleBridge",
    "__version__",
    "parse",
    "to_dataframe",
    "to_rows",
    "version",
]


def _wrap(value: Any) -> Any:
    if isinstance(value, dict):
        return Record(value)
    if isinstance(value, list):
        return [_wrap(v) for v in value]
    return value


class Record(Dict[str, Any]):
    """A JSON object (a dict, so json.dumps and pandas take it as is) with attribute access:
    ``record.field`` gives the field with nested objects as Records and lists of objects as lists
    of Records; ``record["field"]`` gives the plain value. A missing field is an AttributeError.
    Fields named like dict methods (``items``, ``keys``, ``values``, ``get``) are reached with
    ``record["items"]``."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # never a JSON field; keeps copy/pickle probes away
            raise AttributeError(name)
        try:
            return _wrap(self[name])
        except KeyError:
            raise AttributeError(f"{type(self).__name__} has no field '{name}' (fields: {', '.join(self)})") from None

    def __dir__(self) -> List[str]:
        return sorted(set(super().__dir__()) | set(self))

    def to_dict(self) -> Dict[str, Any]:
        """A deep copy of the fields as plain dicts and lists (what json.loads gives)."""
        return _json.loads(_json.dumps(self))


class Run(Record):
    """One pipeline run: the run JSON as a dict with attribute access
    (``run.api1.final_skills[0].slug``) plus shortcuts to the decision. ``run["api1"]`` gives the
    plain dict. Persist it with ``catalog.persist(run)``."""

    __slots__ = ("_native",)

    def __init__(self, native: "_core.NativeRun") -> None:
        super().__init__(_json.loads(native.to_json()))
        self._native = native

    @property
    def run_id(self) -> str:
        """The run's id (a UUID, or derived from the input with deterministic_ids)."""
        return self["run_id"]

    @property
    def input_id(self) -> str:
        """The caller's id for the JD."""
        return self["input_id"]

    @property
    def rejected(self) -> bool:
        """True when the JD could not be processed (see rejection_reason)."""
        return bool(self["api1"]["rejected"])

    @property
    def rejection_reason(self) -> Optional[str]:
        """Why the JD was rejected ('too_short', 'not_a_jd', ...), or None."""
        return self["api1"].get("rejection_reason")

    @property
    def decision(self) -> Optional[Record]:
        """The role decision (api1.stage4_decision), or None for a rejected run."""
        d = self["api1"].get("stage4_decision")
        return Record(d) if d is not None else None

    @property
    def case(self) -> Optional[str]:
        """'A' (alias), 'B' (content), 'C' (new role) or 'D' (collision); None when rejected."""
        d = self["api1"].get("stage4_decision")
        return d["case"] if d else None

    @property
    def chosen_role(self) -> Optional[str]:
        """The slug of the chosen catalog role, or None."""
        d = self["api1"].get("stage4_decision") or {}
        return (d.get("chosen_role") or {}).get("slug")

    @property
    def confidence(self) -> Optional[float]:
        """The decision's confidence in [0, 1]; None when rejected."""
        d = self["api1"].get("stage4_decision")
        return d["confidence"] if d else None

    @property
    def skills(self) -> List[Record]:
        """The extracted skills (api1.final_skills): skill_name, slug, is_primary, evidence..."""
        return [Record(s) for s in self["api1"].get("final_skills") or []]

    @property
    def fallbacks(self) -> List[Record]:
        """Stages where a plug-in failed and the deterministic path ran instead."""
        return [Record(f) for f in self.get("fallbacks") or []]

    @property
    def jd_embedding(self) -> Any:
        """The mean embedding of the JD's responsibility sentences, a float32 numpy array."""
        return self._native.jd_embedding

    def to_json(self, indent: int = -1) -> str:
        """The run JSON as a str (keys sorted); indent < 0 for one line."""
        return self._native.to_json(indent)

    def __repr__(self) -> str:
        if self.rejected:
            return f"<jdpipe.Run {self.input_id!r} rejected: {self.rejection_reason}>"
        return f"<jdpipe.Run {self.input_id!r} case {self.case} role {self.chosen_role!r} confidence {self.confidence}>"


class Pipeline(_core.Pipeline):
    __doc__ = _core.Pipeline.__doc__

    def run(self, text: Union[str, bytes], input_id: str = "") -> Run:  # type: ignore[override]
        """Runs one job description and returns its Run.

        Bad input (empty, too short, not a job ad...) is not an error: the run's ``rejected`` is
        True with a ``rejection_reason``. The GIL is released while the pipeline works.

        Args:
            text: the job description (str, or UTF-8 bytes).
            input_id: your id for the JD, copied into the run's input_id.
        """
        return Run(self._run(text, input_id))

    def run_batch(  # type: ignore[override]
        self,
        texts: Iterable[Union[str, bytes]],
        threads: int = 0,
        input_ids: Optional[Sequence[str]] = None,
    ) -> List[Run]:
        """Runs many job descriptions on native threads (the GIL released) and returns their
        Runs in input order. Python plug-ins are called from those threads under the GIL.

        Args:
            texts: an iterable of job descriptions.
            threads: worker threads; 0 for the hardware concurrency.
            input_ids: one id per text; None for "0", "1", ...
        """
        return [Run(n) for n in self._run_batch(texts, threads, input_ids)]


RunLike = Union[Mapping[str, Any], str, bytes]

ROW_FIELDS = ("run_id", "input_id", "rejected", "case", "chosen_role", "confidence", "skills")


def _as_run(run: RunLike) -> Mapping[str, Any]:
    if isinstance(run, (str, bytes)):
        return _json.loads(run)
    return run


def to_rows(runs: Union[RunLike, Iterable[RunLike]]) -> List[Dict[str, Any]]:
    """Flattens runs to one flat dict per run, ready for csv.DictWriter or a DataFrame.

    Each row has the keys run_id, input_id, rejected, case ("A".."D", None when rejected),
    chosen_role (the chosen role's slug or None), confidence (None when rejected) and skills
    (the final skills' names joined by ';').

    Args:
        runs: a run (a Run, a dict, or its JSON text) or an iterable of them.
    """
    if isinstance(runs, (Mapping, str, bytes)):
        runs = [runs]
    rows: List[Dict[str, Any]] = []
    for item in runs:
        run = _as_run(item)
        api1 = run.get("api1") or {}
        decision = api1.get("stage4_decision") or {}
        chosen = decision.get("chosen_role") or {}
        skills = api1.get("final_skills") or []
        rejected = bool(api1.get("rejected", False))
        rows.append(
            {
                "run_id": run.get("run_id"),
                "input_id": run.get("input_id"),
                "rejected": rejected,
                "case": None if rejected else decision.get("case"),
                "chosen_role": chosen.get("slug"),
                "confidence": None if rejected else decision.get("confidence"),
                "skills": ";".join(s.get("skill_name", "") for s in skills),
            }
        )
    return rows


def to_dataframe(runs: Union[RunLike, Iterable[RunLike]]) -> Any:
    """The rows of :func:`to_rows` as a pandas DataFrame (columns in ROW_FIELDS order).

    Raises:
        ImportError: pandas is not installed.
    """
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("jdpipe.to_dataframe needs pandas; use jdpipe.to_rows for plain dicts") from e
    return pandas.DataFrame(to_rows(runs), columns=list(ROW_FIELDS))
