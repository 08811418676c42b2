"""Many-to-many translation models (M2M-100, NLLB-200): one CTranslate2 model for every pair.

An Argos pack translates one pair; a many-to-many model translates between all the languages
its vocabulary has a language token for, Japanese → Burmese directly. Such models are published
already converted for CTranslate2, a folder holding::

    model.bin  config.json  shared_vocabulary.json (or .txt)  sentencepiece.bpe.model
    tokenizer_config.json  [README.md  special_tokens_map.json  LICENSE ...]

Installed ones live in ``<data>/models/<folder>/`` beside ``<data>/packs/``, with our install
record ``evac-model.json`` (:data:`RECORD`). The family — and with it how a catalog language
becomes a language token — comes from ``assets/translation/many_to_many.toml``: from the
tokenizer class in ``tokenizer_config.json``, else from the language tokens in the vocabulary.
A catalog language is covered when its token is in the vocabulary.

Translating follows CTranslate2's documentation for both families::

    source = [LANG(src)] + sentencepiece pieces + ["</s>"]
    translate_batch(sources, target_prefix=[[LANG(tgt)]] * n)  → drop the forced LANG(tgt)

One model takes hundreds of megabytes to gigabytes of memory, so at most :data:`MAX_LOADED` is
kept loaded (least recently used dropped). The cache is guarded by a lock, as in
:mod:`.engine`; CTranslate2 translators are thread-safe.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from evac_toolkit.core.errors import UserError, os_reason
from evac_toolkit.core.i18n import Worded
from evac_toolkit.core.language_names import LanguageName
from evac_toolkit.core.messages import message
from evac_toolkit.core.paths import asset_path
from evac_toolkit.core.translation import han_convert, model_card
from evac_toolkit.core.translation.cpu_threads import translation_threads
from evac_toolkit.core.translation.loaded_models import LoadedModels
from evac_toolkit.core.translation.model_file import (
    ModelFileError,
    variable_shapes,
    vocabulary_size,
)

MODELS_FOLDER = "models"
#: Our record of an install, written by the installer beside the model's own files.
RECORD = "evac-model.json"
MODEL_FILE = "model.bin"
CONFIG_FILE = "config.json"
VOCABULARY_FILES = ("shared_vocabulary.json", "shared_vocabulary.txt")
SENTENCEPIECE_FILES = ("sentencepiece.bpe.model", "sentencepiece.model")
TOKENIZER_CONFIG = "tokenizer_config.json"
#: Special tokens never shown in a translation.
SPECIAL_TOKENS = frozenset({"<s>", "</s>", "<pad>", "<unk>", "<mask>"})

#: Sentences per ``translate_batch`` call for a model of :data:`REFERENCE_SIZE` (M2M-100 418M in
#: int8, about 490 MB on disk): enough to keep the CPU busy, few enough that a long text shows
#: progress and Cancel answers every few seconds on a shelter laptop, and that a large model's
#: activations stay small. See :func:`sentences_per_call`.
BATCH_SIZE = 16
REFERENCE_SIZE = 500_000_000
#: Bounds of :func:`sentences_per_call`: a 1.2B model still gets a few sentences per call; a
#: small model takes a whole notice in one (each call costs a hand-over to CTranslate2's thread
#: and back, which on the tests' tiny model was 7% of the time with calls of 16).
MIN_BATCH, MAX_BATCH = 4, 256
#: The same options on every call (CTranslate2's examples for M2M-100 and NLLB use beam search
#: of this width; the length cap stops a degenerate loop).
TRANSLATE_OPTIONS = {"beam_size": 4, "num_hypotheses": 1, "max_batch_size": BATCH_SIZE,
                     "batch_type": "examples", "max_decoding_length": 256}
#: Models kept loaded at once: a 418M model takes about half a gigabyte, a 1.2B one over one.
MAX_LOADED = 1

_LOADED: LoadedModels[LoadedModel] = LoadedModels(MAX_LOADED)


# -- the family table ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Family:
    """One family of models as ``many_to_many.toml`` describes it."""

    key: str                          # "m2m100"
    display: str                      # "M2M-100"
    token_format: str                 # "__{code}__"
    tokenizers: tuple[str, ...]
    licence: str
    non_commercial: bool
    languages: dict[str, str] = field(hash=False)       # catalog code → model code
    target_scripts: dict[str, str] = field(hash=False)  # catalog code → ISO 15924
    #: catalog code → the catalog code whose output is converted into it (zh-Hant ← zh-Hans)
    converted_from: dict[str, str] = field(hash=False, default_factory=dict)

    def token(self, code: str) -> str:
        """The language token of a catalog code ("ja" → "__ja__")."""
        return self.token_format.format(code=self.languages[code])

    def tokens(self) -> dict[str, str]:
        return {code: self.token(code) for code in self.languages}


@cache
def families() -> dict[str, Family]:
    raw = tomllib.loads(asset_path("translation", "many_to_many.toml").read_text("utf-8"))
    return {key: Family(key=key, display=str(entry["display"]), token_format=str(entry["token"]),
                        tokenizers=tuple(entry.get("tokenizer", ())),
                        licence=str(entry.get("licence", "")),
                        non_commercial=bool(entry.get("non_commercial", False)),
                        languages=dict(entry.get("languages", {})),
                        target_scripts=dict(entry.get("target_script", {})),
                        converted_from=_conversions(key, entry.get("converted_from", {})))
            for key, entry in raw["family"].items()}


def _conversions(family: str, table: dict) -> dict[str, str]:
    """The family's ``converted_from`` table, each pair one :data:`han_convert.CONVERSIONS`
    knows: a pair without a converter is a mistake in the data file, said at once."""
    for target, source in table.items():
        if (source, target) not in han_convert.CONVERSIONS:
            raise ValueError(f"many_to_many.toml: family {family}: no conversion from "
                             f"{source} into {target}")
    return dict(table)


def target_scripts(family: str) -> dict[str, str]:
    """Catalog languages of the family that are targets only once the install's probe found
    the model writing this script (M2M-100: {"zh-Hant": "Hant"})."""
    return dict(families()[family].target_scripts)


# -- a model folder ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ManyToManyModel:
    """One many-to-many model folder, described from its files (nothing loaded)."""

    path: Path
    family: str                       # "m2m100" | "nllb200"
    name: str                         # "M2M-100 418M"
    licence: str                      # "MIT", "CC-BY-NC-4.0"; "" when unknown
    non_commercial: bool
    sources: frozenset[str]           # catalog codes it translates from
    targets: frozenset[str]           # catalog codes it translates into
    tokens: dict[str, str] = field(hash=False, compare=False)  # catalog code → language token
    size: int = 0                     # bytes on disk
    #: Languages it does not write but reaches by converting its output in another (target →
    #: the language asked of the model): M2M-100's zh-Hant from its zh-Hans.
    converted: dict[str, str] = field(hash=False, compare=False, default_factory=dict)

    def covers(self, source: str, target: str) -> bool:
        return source != target and source in self.sources and (
            target in self.targets or target in self.converted)

    def lacking(self) -> tuple[str, ...]:
        """The family's catalog languages (table order) this model has no token for."""
        return tuple(code for code in families()[self.family].languages
                     if code not in self.sources)

    def source_only(self) -> tuple[str, ...]:
        """Covered languages it neither writes nor reaches by conversion."""
        return tuple(code for code in families()[self.family].languages
                     if code in self.sources and code not in self.targets
                     and code not in self.converted)

    @property
    def family_name(self) -> str:
        return families()[self.family].display


def models_dir(data_dir: Path) -> Path:
    return data_dir / MODELS_FOLDER


def _first(folder: Path, names: Sequence[str]) -> Path | None:
    return next((folder / name for name in names if (folder / name).is_file()), None)


def looks_like_model(folder: Path) -> bool:
    """The files every CTranslate2 model folder has: model.bin, config.json, a vocabulary."""
    return ((folder / MODEL_FILE).is_file() and (folder / CONFIG_FILE).is_file()
            and _first(folder, VOCABULARY_FILES) is not None)


def _json_object(path: Path) -> dict:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except RecursionError as exc:
        raise ValueError("nested too deeply") from exc
    if not isinstance(raw, dict):
        raise ValueError("not a JSON object")
    return raw


def read_vocabulary(path: Path) -> list[str]:
    """shared_vocabulary.json (a JSON list of tokens) or .txt (one token a line)."""
    if path.suffix == ".json":
        tokens = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(tokens, list) or not all(isinstance(t, str) for t in tokens):
            raise ValueError("not a list of tokens")
        return tokens
    return path.read_text(encoding="utf-8").splitlines()


def _optional_json(path: Path) -> dict:
    """A file the model can do without (tokenizer_config.json, our record): {} when missing
    or unreadable."""
    try:
        return _json_object(path)
    except (OSError, ValueError, UnicodeDecodeError):
        return {}


def _family(tokenizer: dict, vocabulary: set[str]) -> Family | None:
    """From the tokenizer class, else the family with most language tokens in the vocabulary."""
    tokenizer_class = str(tokenizer.get("tokenizer_class", ""))
    for family in families().values():
        if tokenizer_class in family.tokenizers:
            return family
    counts = {family.key: sum(1 for t in family.tokens().values() if t in vocabulary)
              for family in families().values()}
    best = max(counts, key=lambda key: counts[key])
    return families()[best] if counts[best] else None


def folder_size(folder: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            try:
                total += os.lstat(os.path.join(root, name)).st_size
            except OSError:
                continue
    return total


def _licence(folder: Path, family: Family, tokenizer: dict, record: dict) -> str:
    """The folder's README or LICENSE; else the licence accepted at install (asked once);
    else the family's when the folder is a conversion of the publisher's own model
    (``name_or_path`` "facebook/…"); else "" (unknown: the installer asks)."""
    named = model_card.folder_licence(folder)
    if named:
        return named
    if isinstance(record.get("licence"), str) and record["licence"]:
        return record["licence"]
    if str(tokenizer.get("name_or_path", "")).startswith("facebook/"):
        return family.licence
    return ""


@dataclass(frozen=True)
class Reason(Worded):
    """Why a model folder is damaged, worded in the sentence's language (a ``model_reason_*``
    message; its parameters may be worded too, as an OSError's reason is)."""

    code: str
    params: tuple[tuple[str, object], ...] = ()

    def worded(self, language: str) -> str:
        return message(self.code, language, **dict(self.params))


def damaged(name: str, code: str, **params: object) -> UserError:
    """``UserError('model_damaged', name=…, reason=Reason(code, …))``."""
    return UserError("model_damaged", name=name, reason=Reason(code, tuple(params.items())))


def _unreadable(name: str, file: str, exc: OSError) -> UserError:
    code, params = os_reason(exc)
    return damaged(name, "model_reason_unreadable", file=file,
                   reason=Reason(code, tuple(params.items())))


def _read(name: str, path: Path, read):
    try:
        return read(path)
    except OSError as exc:
        raise _unreadable(name, path.name, exc) from exc
    except (ValueError, UnicodeDecodeError) as exc:   # JSONDecodeError is a ValueError
        raise damaged(name, "model_reason_malformed", file=path.name) from exc


def _check_files(folder: Path, name: str) -> list[str]:
    """The vocabulary, after checking that every file the model needs is there and whole."""
    for required in (MODEL_FILE, CONFIG_FILE):
        if not (folder / required).is_file():
            raise damaged(name, "model_reason_missing", file=required)
    vocabulary_file = _first(folder, VOCABULARY_FILES)
    if vocabulary_file is None:
        raise damaged(name, "model_reason_missing", file=VOCABULARY_FILES[0])
    if _first(folder, SENTENCEPIECE_FILES) is None:
        raise damaged(name, "model_reason_missing", file=SENTENCEPIECE_FILES[0])
    _read(name, folder / CONFIG_FILE, _json_object)
    vocabulary = _read(name, vocabulary_file, read_vocabulary)
    try:
        shapes = variable_shapes(folder / MODEL_FILE)
    except ModelFileError as exc:
        raise damaged(name, "model_reason_truncated" if exc.truncated
                      else "model_reason_not_ctranslate2", file=MODEL_FILE) from exc
    except OSError as exc:
        raise _unreadable(name, MODEL_FILE, exc) from exc
    expected = vocabulary_size(shapes) if shapes else None
    if expected is not None and expected != len(vocabulary):
        raise damaged(name, "model_reason_vocabulary_size", file=vocabulary_file.name,
                      tokens=len(vocabulary), expected=expected)
    return vocabulary


def describe(folder: Path) -> ManyToManyModel:
    """The model in ``folder``, from its files (the weights are not loaded).

    ``UserError('model_damaged', name=…, reason=Reason(…))`` when a file is missing,
    unreadable or cut short; ``'model_not_many_to_many'`` when its vocabulary has no language tokens of a known
    family; ``'model_no_languages'`` when it covers fewer than two catalog languages."""
    name = folder.name
    if not folder.is_dir():
        raise damaged(name, "model_reason_not_a_folder")
    vocabulary = set(_check_files(folder, name))
    tokenizer = _optional_json(folder / TOKENIZER_CONFIG)
    family = _family(tokenizer, vocabulary)
    if family is None or not any(t in vocabulary for t in family.tokens().values()):
        raise UserError("model_not_many_to_many", name=name)
    tokens = {code: token for code, token in family.tokens().items() if token in vocabulary}
    if len(tokens) < 2:
        raise UserError("model_no_languages", name=name, family=family.display)
    record = _optional_json(folder / RECORD)
    sources = frozenset(tokens)
    probed = record.get("targets")
    if isinstance(probed, list):
        targets = sources & {str(code) for code in probed}
    else:
        targets = sources - set(family.target_scripts)
    size = model_card.model_size(str(tokenizer.get("name_or_path", "")),
                                 model_card.card_title(folder), folder.name)
    licence = _licence(folder, family, tokenizer, record)
    return ManyToManyModel(
        path=folder, family=family.key,
        name=f"{family.display} {size}" if size else family.display,
        licence=licence,
        non_commercial=model_card.non_commercial(licence) or (not licence
                                                              and family.non_commercial),
        sources=sources, targets=frozenset(targets), tokens=tokens, size=folder_size(folder),
        converted={target: source for target, source in family.converted_from.items()
                   if target in sources and target not in targets and source in targets})


def list_models(data_dir: Path) -> list[ManyToManyModel]:
    """The installed models by folder name; damaged ones are left out (a verify reports them)."""
    folder = models_dir(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.iterdir()):
        if not path.is_dir() or path.name.startswith("."):
            continue
        try:
            found.append(describe(path))
        except UserError:
            continue
    return found


def find_model(data_dir: Path, source: str, target: str,
               installed: Sequence[ManyToManyModel] | None = None) -> ManyToManyModel | None:
    """An installed model that translates ``source`` → ``target`` (catalog codes): one that
    writes the target itself before one that converts its output into it, then the largest
    (1.2B translates better than 418M)."""
    models = installed if installed is not None else list_models(data_dir)
    covering = [model for model in models if model.covers(source, target)]
    return max(covering, key=lambda model: (target in model.targets, model.size)) \
        if covering else None


# -- loading and translating ------------------------------------------------------------------
@dataclass
class LoadedModel:
    """A model ready to translate: its description, CTranslate2 translator and tokenizer."""

    model: ManyToManyModel
    translator: object          # ctranslate2.Translator
    processor: object           # sentencepiece.SentencePieceProcessor
    options: dict = field(default_factory=lambda: dict(TRANSLATE_OPTIONS))

    def token(self, code: str) -> str:
        """The language token of a covered catalog language; ``UserError('model_lacks_language')``
        otherwise. Any covered language may be asked for as a target, so that the installer's
        probe can try one the description does not list as a target yet."""
        token = self.model.tokens.get(code)
        if token is None:
            raise UserError("model_lacks_language", name=self.model.name,
                            language=LanguageName(code))
        return token

    def source_tokens(self, sentence: str, source: str) -> list[str]:
        """``[LANG(source)] + pieces + ["</s>"]``, as the model was trained."""
        return [self.token(source), *self.processor.encode(sentence, out_type=str), "</s>"]

    def translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        """Each sentence translated (catalog codes), one ``translate_batch`` call per
        :func:`sentences_per_call` sentences, the same options every time."""
        if not sentences:
            return []
        target_token = self.token(target)
        hidden = SPECIAL_TOKENS | set(self.model.tokens.values())
        out: list[str] = []
        source_token = self.token(source)
        per_call = sentences_per_call(self.model)
        for start in range(0, len(sentences), per_call):
            # SentencePiece encodes and decodes a list in one call (its C++ loop, not ours).
            pieces = self.processor.encode(list(sentences[start:start + per_call]),
                                           out_type=str)
            batch = [[source_token, *sentence, "</s>"] for sentence in pieces]
            results = self.translator.translate_batch(
                batch, target_prefix=[[target_token]] * len(batch), **self.options)
            decoded = self.processor.decode(
                [[piece for piece in result.hypotheses[0] if piece not in hidden]
                 for result in results])
            out.extend(text.strip() for text in decoded)
        return out


def sentences_per_call(model: ManyToManyModel) -> int:
    """Sentences per ``translate_batch`` call for ``model``: a sentence's cost grows with the
    model's size, so the larger the model the fewer per call — 16 for M2M-100 418M, 6 for the
    1.2B, a whole notice for a small model. Decided by size on disk, not by timing a first
    call, so a text goes in the same batches on every laptop and in every test run."""
    if model.size <= 0:
        return BATCH_SIZE
    return max(MIN_BATCH, min(MAX_BATCH, round(BATCH_SIZE * REFERENCE_SIZE / model.size)))


def load(folder: Path, name: str | None = None) -> LoadedModel:
    """The model in ``folder``, loaded (uncached): describe's errors, or
    ``UserError('pack_unusable', name=…, reason=…)`` when CTranslate2 or SentencePiece cannot
    load it. Used to prove a freshly copied model works before it is put in place."""
    model = describe(folder)
    try:
        import ctranslate2
        import sentencepiece

        processor = sentencepiece.SentencePieceProcessor(
            model_file=str(_first(folder, SENTENCEPIECE_FILES)))
        translator = ctranslate2.Translator(str(folder), device="cpu", inter_threads=1,
                                            intra_threads=translation_threads())
    except Exception as exc:  # ctranslate2 and sentencepiece raise RuntimeError, OSError, ...
        raise UserError("pack_unusable", name=name or model.name,
                        reason=str(exc) or type(exc).__name__) from exc
    return LoadedModel(model, translator, processor)


def _cache_key(model: ManyToManyModel) -> tuple[str, int, int, int]:
    # A re-install puts a new folder in place: a new inode or change time (a copy may keep the
    # old modification time, and a freed inode may be reused), so a stale model is never used.
    stat = model.path.stat()
    return str(model.path), stat.st_ino, stat.st_mtime_ns, stat.st_ctime_ns


def loaded(model: ManyToManyModel) -> LoadedModel:
    """The model, loaded once and cached."""
    try:
        key = _cache_key(model)
    except OSError as exc:
        raise UserError("pack_unusable", name=model.name, reason=exc.strerror or str(exc)) \
            from exc
    return _LOADED.get(key, lambda: load(model.path, model.name))


def clear_cache(data_dir: Path | None = None) -> None:
    """Drop loaded models (of one data folder, or all); called after an install or removal."""
    _LOADED.drop(models_dir(data_dir) if data_dir is not None else None)
