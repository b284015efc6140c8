"""Type stubs for jdpipe._core, the native core of jdpipe."""

import os
from typing import Any, Dict, Iterable, List, Mapping, Optional, Set, Union

import numpy
import numpy.typing

ChatRequest = Dict[str, Any]
"""{"task": str, "messages": [{"role": str, "content": str}], "schema_name": str,
"json_schema": str, "temperature": float}"""

ChatAnswer = Dict[str, Any]
"""{"text": str, "model"?: str, "prompt_tokens"?: int, "completion_tokens"?: int, "cost_usd"?: float}"""

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

class Embedder:
    """Turns texts into vectors for the KRA signal. Subclass it (calling super().__init__()) and
    define name(), dim() and embed(); native code calls embed() from any thread under the GIL,
    converts the result to float32 and L2-normalises its rows. A wrong shape or dtype, or an
    exception, raises JdpipeError while a Pipeline is built and is a fallback during a run.
    name() and dim() are read once, when a Pipeline is built over the embedder."""

    def __init__(self) -> None: ...
    def name(self) -> str:
        """Names the model and its settings; embeddings are cached under it."""
    def dim(self) -> int:
        """The dimension of the vectors."""
    def embed(self, texts: List[str]) -> numpy.typing.NDArray[numpy.float32]:
        """A float32 array of shape (len(texts), dim()), rows L2-normalised."""

class HashingEmbedder(Embedder):
    """The built-in, data-free hashing embedder (word and character n-grams, feature-hashed)."""

    def __init__(self, dim: int = 1024) -> None: ...
    def fit_idf(self, corpus: List[str]) -> None:
        """Learns IDF weights from a corpus (one document per entry); changes name()."""

class LLMProvider:
    """One chat call to a language model. Subclass it (calling super().__init__()) and define
    name() and chat(); native code calls chat() from any thread under the GIL. An exception or
    a malformed answer is a failed call: the pipeline falls back and lists it in run["fallbacks"]."""

    def __init__(self) -> None: ...
    def name(self) -> str:
        """Names the provider and model."""
    def chat(self, request: ChatRequest) -> Union[ChatAnswer, str]:
        """Answers one request; the answer's "text" must be JSON following request["json_schema"]."""

LlmStage = str
"""'parse', 'extract_skills', 'adjudicate', 'propose_role' or 'enrich_skill'."""

class Pipeline:
    """The whole jdpipe pipeline over one catalog. run() and run_batch() release the GIL."""

    def __init__(
        self,
        catalog: Optional[Catalog] = None,
        embedder: Optional[Embedder] = None,
        llm: Optional[LLMProvider] = None,
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
        llm_stages: Union[Mapping[LlmStage, bool], Set[LlmStage], Iterable[LlmStage]] = ...,
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
    @property
    def embedder(self) -> Optional[Embedder]:
        """The Embedder given to the constructor, or None."""
    @property
    def llm(self) -> Optional[LLMProvider]:
        """The LLMProvider given to the constructor, or None."""

def parse(text: Union[str, bytes], max_input_bytes: int = ..., min_words: int = ...) -> Dict[str, Any]:
    """Runs only the deterministic parser (stage 0); returns the nano_parsed block as a dict."""
