"""Type stubs for jdpipe._core, the native core of jdpipe."""

import os
from typing import Any, Dict, Iterable, List, Optional, Union

__version__: str

def version() -> str:
    """The jdpipe library's version string at run time, e.g. '0.1.0'."""

class JdpipeError(RuntimeError):
    """Raised for errors of the jdpipe library (bad arguments, unreadable or invalid catalogs,
    failed plug-ins). A bad job description is never an error: it gives a rejected run."""

    code: Optional[str]
    """'invalid_argument', 'not_found', 'parse', 'io', 'plugin' or 'internal'."""

class Catalog:
    """A taxonomy of roles, skills, aliases, KRAs and dimensions that a Pipeline resolves against."""

    @staticmethod
    def starter() -> Catalog:
        """The starter catalog compiled into the library (held in memory)."""
    @staticmethod
    def from_bundle(path: Union[str, bytes, os.PathLike[str]], skip_bad_lines: bool = False) -> Catalog:
        """Loads a catalog bundle (.jsonl) into memory. Raises JdpipeError."""
    @staticmethod
    def from_bundle_text(text: str, name: str = "<string>", skip_bad_lines: bool = False) -> Catalog:
        """Loads a catalog bundle from its text. Raises JdpipeError."""
    @staticmethod
    def starter_bundle_text() -> str:
        """The starter catalog's bundle text (JSON Lines)."""
    @property
    def name(self) -> str: ...
    @property
    def version(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def license(self) -> str: ...
    @property
    def role_count(self) -> int: ...
    @property
    def skill_count(self) -> int: ...
    @property
    def dimension_count(self) -> int: ...
    @property
    def role_slugs(self) -> List[str]: ...
    @property
    def skill_slugs(self) -> List[str]: ...
    @property
    def skipped_lines(self) -> List[str]: ...
    def learning_state(self) -> Optional[Dict[str, Any]]:
        """{"centroid_n": {role_id: n}, "collisions_logged": int, "queued_roles": int}, or None
        for a catalog that is not held in memory."""

class Pipeline:
    """The whole jdpipe pipeline over one catalog. run() and run_batch() release the GIL."""

    def __init__(
        self,
        catalog: Optional[Catalog] = None,
        *,
        w_alias: float = ...,
        w_kra: float = ...,
        w_skill: float = ...,
        accept_threshold: float = ...,
        margin: float = ...,
        new_role_threshold: float = ...,
        top_k: int = ...,
        deterministic_ids: bool = ...,
        record_timings: bool = ...,
        persist: bool = ...,
        max_input_bytes: int = ...,
        min_words: int = ...,
    ) -> None: ...
    def run(self, text: Union[str, bytes], input_id: str = "") -> Dict[str, Any]:
        """Runs one job description; returns the run JSON as a dict."""
    def run_json(self, text: Union[str, bytes], input_id: str = "", indent: int = -1) -> str:
        """Runs one job description; returns the run JSON as a str."""
    def run_batch(self, texts: Iterable[Union[str, bytes]], threads: int = 0) -> List[Dict[str, Any]]:
        """Runs many job descriptions on a thread pool; results keep input order and each run's
        input_id is its index in texts ("0", "1", ...)."""
    @property
    def catalog(self) -> Catalog: ...
    @property
    def options(self) -> Dict[str, Any]: ...
    @property
    def embedder_name(self) -> str: ...

def parse(text: Union[str, bytes], max_input_bytes: int = ..., min_words: int = ...) -> Dict[str, Any]:
    """Runs only the deterministic parser (stage 0); returns the nano_parsed block as a dict."""
