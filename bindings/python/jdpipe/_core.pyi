"""Type stubs for jdpipe._core, the native core of jdpipe."""

import os
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Set, Tuple, TypedDict, Union

import numpy
import numpy.typing

ChatRequest = Dict[str, Any]
"""{"task": str, "messages": [{"role": str, "content": str}], "schema_name": str,
"json_schema": str, "temperature": float}"""

ChatAnswer = Dict[str, Any]
"""{"text": str, "model"?: str, "prompt_tokens"?: int, "completion_tokens"?: int, "cost_usd"?: float}"""

__version__: str

class TitleMatch(TypedDict):
    slug: str
    display_name: str
    external_id: Optional[str]
    score: float
    matched_via: str

SkillLink = TitleMatch

class BridgedTitleMatch(TitleMatch):
    bridge_vote: float
    bridged_from: Optional[str]

class Evidence(TypedDict):
    byte_start: int
    byte_end: int
    sentence: str

class ExtractedSkill(TypedDict):
    skill_name: str
    slug: str  # "" for a term only a skill tagger found (matched_via "tagger")
    skill_id: int  # 0 then too
    external_id: Optional[str]
    is_primary: bool
    matched_via: str  # how it was found: "alias", "fuzzy", "tagger"...
    surface_forms: List[str]
    evidence: List[Evidence]

class CatalogStats(TypedDict):
    name: str
    version: str
    roles: int
    role_aliases: int
    kras: int
    skills: int
    skill_aliases: int
    dimensions: int
    role_skill_links: int
    skill_dimension_links: int

class PersistReceipt(TypedDict):
    applied: bool
    centroid_n_after: int
    collision_log_id: Optional[int]
    queue_entry_id: Optional[int]
    skill_dimension_linked: int
    role_dimension_linked: int
    aliases_suggested: int

PathLike = Union[str, bytes, os.PathLike[str]]

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
    @staticmethod
    def open(path: Optional[PathLike]) -> Catalog:
        """A SQLite catalog for .db/.sqlite/.sqlite3, a bundle otherwise, the starter for None or "".
        Raises JdpipeError naming the file."""
    @staticmethod
    def import_onet(dir: PathLike, tools_used: bool = False) -> Catalog:
        """Imports the O*NET text database folder. Raises JdpipeError naming the file and line."""
    @staticmethod
    def import_esco(dir: PathLike) -> Catalog:
        """Imports the ESCO CSV classification folder. Raises JdpipeError naming the file and line."""
    def export(self, path: PathLike) -> None:
        """Writes the records as SQLite (.db/.sqlite/.sqlite3) or a bundle (.jsonl)."""
    def stats(self) -> CatalogStats:
        """The catalog's counts."""
    def persist(self, run: Any) -> PersistReceipt:
        """Applies a jdpipe.Run's learning loop to this catalog (at most once per run id)."""
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
        for a catalog that keeps no learning state."""

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

class OpenAIProvider(LLMProvider):
    """The built-in OpenAI-compatible chat client over HTTP (thread-safe, runs without the GIL)."""

    def __init__(
        self, model: str, base_url: str = "", api_key: str = "", timeout: float = 120.0, max_retries: int = 3
    ) -> None: ...
    @property
    def endpoint(self) -> str: ...

class CachingProvider(LLMProvider):
    """A provider behind a SQLite answer cache ("read-write", "record" or "replay")."""

    def __init__(
        self, inner: Optional[LLMProvider], path: PathLike, mode: str = "read-write", model: str = ""
    ) -> None: ...
    def stats(self) -> Dict[str, int]:
        """{'hits', 'misses', 'stores'} so far."""

class AnnotatedText(TypedDict):
    """A training example: spans are (start, end) str offsets, disjoint, inside the text."""

    text: str
    spans: Sequence[Tuple[int, int]]

class SkillTagger:
    """A trained skill-span tagger; give it to Pipeline(skill_tagger=...). Immutable."""

    @staticmethod
    def load(path: PathLike) -> SkillTagger:
        """Reads a model written by save() or `jdpipe train-tagger`."""
    @staticmethod
    def train(
        examples: Union[PathLike, Iterable[AnnotatedText]],
        catalog: Optional[Catalog] = None,
        epochs: int = 25,
        seed: int = 1,
        word_vectors: Optional[PathLike] = None,
        clusters: int = 256,
    ) -> SkillTagger:
        """Trains on a JSON Lines file (byte offsets, or SkillSpan sentences) or on dicts with
        str offsets; catalog=None for the starter catalog's dictionary features; word_vectors
        (a word2vec or GloVe file) adds its words' k-means clusters as features."""
    @staticmethod
    def read_examples(path: PathLike) -> List[AnnotatedText]:
        """Reads a JSON Lines file of annotated texts into dicts with str offsets."""
    def save(self, path: PathLike) -> None:
        """Writes the model (binary)."""
    @property
    def feature_rows(self) -> int:
        """How many feature rows hold learned weights."""
    @property
    def epochs(self) -> int:
        """The epochs it was trained for."""
    @property
    def cluster_words(self) -> int:
        """How many words have a word-vector cluster (0 without word_vectors)."""

LlmStage = str
"""'parse', 'extract_skills', 'adjudicate', 'propose_role' or 'enrich_skill'."""

class NativeRun:
    """One run held natively; jdpipe.Run wraps it."""

    def to_json(self, indent: int = -1) -> str: ...
    @property
    def jd_embedding(self) -> numpy.typing.NDArray[numpy.float32]: ...

class Pipeline:
    """The whole jdpipe pipeline over one catalog (the native part of jdpipe.Pipeline, which
    adds run() and run_batch() returning jdpipe.Run). Native work releases the GIL."""

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
        skill_tagger: Union[SkillTagger, PathLike, None] = ...,
    ) -> None: ...
    def run_json(self, text: Union[str, bytes], input_id: str = "", indent: int = -1) -> str:
        """Runs one job description; returns the run JSON as a str."""
    def _run(self, text: Union[str, bytes], input_id: str = "") -> NativeRun: ...
    def _run_batch(
        self, texts: Iterable[Union[str, bytes]], threads: int = 0, input_ids: Optional[Sequence[str]] = None
    ) -> List[NativeRun]: ...
    def resolve_title(self, title: str, k: int = 10) -> List[TitleMatch]:
        """The top k catalog roles for a bare job title, best first."""
    def extract_skills(self, text: Union[str, bytes]) -> List[ExtractedSkill]:
        """The skills of a JD (no role resolution); [] for a rejected JD."""
    def link_skill(self, term: str, context: str = "", k: int = 10) -> List[SkillLink]:
        """The top k catalog skills for one skill mention, best first."""
    def embed(self, texts: List[str]) -> numpy.typing.NDArray[numpy.float32]:
        """Embeds texts with the pipeline's embedder: shape (len(texts), dim), rows L2-normalised."""
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

class TitleBridge:
    """Title resolution helped by a second catalog's titles (e.g. O*NET's alternate titles)."""
    def __init__(self, target: Pipeline, source: Pipeline, weight: float = 0.1, pool: int = 50) -> None: ...
    def resolve_title(self, title: str, k: int = 10) -> List[BridgedTitleMatch]:
        """The top k target roles for a bare job title, with the source catalog's vote."""
    def link(self, source_slug: str, target_slug: str) -> float:
        """P(target role | source role) from their shared titles."""
    @property
    def linked_source_roles(self) -> int: ...
