"""jdpipe: job-description intelligence.

Parse a job description, extract its skills, resolve its role against a catalog of roles,
skills and dimensions, and plan the catalog's updates, all in-process and offline.

    import jdpipe
    pipeline = jdpipe.Pipeline()        # over the starter catalog compiled into the library
    run = pipeline.run(text)            # the run JSON as a dict
    run["api1"]["stage4_decision"]["chosen_role"]["slug"]   # e.g. 'backend-engineer'
    jdpipe.to_rows(pipeline.run_batch(texts))               # flat rows for CSV / DataFrames

Plug in your own models by subclassing :class:`Embedder` (texts to a numpy array) or
:class:`LLMProvider` (one chat call, dict in, dict out) and passing them as
``Pipeline(embedder=..., llm=...)``; native code calls them from its threads under the GIL.

The native work happens in :mod:`jdpipe._core`; this package re-exports it and adds small
pure-Python helpers.
"""

from __future__ import annotations

import json as _json
from typing import Any, Dict, Iterable, List, Mapping, Union

from ._core import (
    Catalog,
    Embedder,
    HashingEmbedder,
    JdpipeError,
    LLMProvider,
    Pipeline,
    __version__,
    parse,
    version,
)

__all__ = [
    "Catalog",
    "Embedder",
    "HashingEmbedder",
    "JdpipeError",
    "LLMProvider",
    "Pipeline",
    "__version__",
    "parse",
    "to_rows",
    "version",
]

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
        runs: a run (dict as returned by Pipeline.run, or its JSON text) or an iterable of them.
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
