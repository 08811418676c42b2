"""Build tiny but real many-to-many CTranslate2 models (M2M-100, NLLB-200) at test time.

A model folder here has the layout of the published CTranslate2 conversions: ``model.bin`` and
``config.json`` as CTranslate2's converter writes them for ``M2M100ForConditionalGeneration``
(pre-norm Transformer, ReLU, no embedding layer norm, scaled embeddings, decoder start token
``</s>``), ``shared_vocabulary.json``, a real SentencePiece model ``sentencepiece.bpe.model``
(trained here in a few tens of milliseconds, the language tokens among its user-defined
symbols), the Hugging Face ``tokenizer_config.json`` / ``special_tokens_map.json``, and a model
card ``README.md`` whose YAML front matter names the licence. No torch, no download.

It is used as the real ones are (CTranslate2's documentation for M2M-100 and NLLB)::

    source = [LANG(src)] + sp.encode(text, out_type=str) + ["</s>"]
    translate_batch([source], target_prefix=[[LANG(tgt)]])  →  [LANG(tgt), w1, w2, w3, w4]

and its weights are set by hand (d_model 128, two heads, every self-attention and feed-forward
weight zero) so that the output is known in advance and shows what it was given:

* the decoder's state is the embedding of its input token alone: a one-hot "chain code", which
  the output projection maps to the next token. So the forced target token ``LANG(tgt)`` is
  followed by that target's two *signature words* (in the target's script), whatever else;
* the cross-attention's first head attends to source position 0 and copies the source
  language token's one-hot code, so the third word is the *source marker*: one word per source
  language token, taken from the target script's pool of markers;
* its second head attends to source position 1, the sentence's first SentencePiece piece, and
  copies its class (CRC-32 of the piece, mod :data:`CLASSES`): the fourth word, the *sentence
  marker*, also in the target's script, so that different sentences give different outputs
  (a batch returned in the wrong order shows).

Then ``</s>``. For example, with the M2M-100 flavour::

    expected("where is the toilet", "ja", "my")  →  "ရေ အိမ်သာ <ja's marker> <class marker>"

A language token missing from the source (or put at its end) changes the source marker, and a
wrong target token changes the signature and script: tests compare exact strings with
:func:`expected`. M2M-100's single ``__zh__`` writes Simplified (its signature is Simplified),
as the real model does; NLLB's ``zho_Hant`` writes Traditional.

A *mislabelled* model (``mislabel={"vi": "ja"}``) answers the ``vi`` token with ``ja``'s words,
kana where Vietnamese was asked for. Damaged ones: :func:`truncate_model_bin`,
:func:`drop_vocabulary`, ``build_model(language_tokens=False)`` (a vocabulary without any
language token). :func:`zip_model` zips a folder as a coordinator would.
"""

from __future__ import annotations

import io
import itertools
import json
import math
import random
import shutil
import tomllib
import zipfile
import zlib
from functools import cache
from pathlib import Path

import numpy as np
import pytest

D_MODEL = 128
HEADS = 2
HEAD_DIM = D_MODEL // HEADS
FFN = 16
LAYERS = 2
POSITIONS = 1024            # M2M-100's max_position_embeddings
SIGNATURE_WORDS = 2
CLASSES = 8                 # sentence classes (first source piece)
MARKERS = 16                # source markers per script: at least the languages of a family
#: Dimensions of the model's state (see the module docstring).
POSITION_0 = 0              # head 0: set on source position 0, which its query looks for
SOURCE_DIMS = range(1, 1 + MARKERS)           # head 0: the source language token
POSITION_1 = HEAD_DIM       # head 1: set on source position 1
CLASS_DIMS = range(HEAD_DIM + 1, HEAD_DIM + 1 + CLASSES)   # head 1: the first piece's class
CHAIN_DIMS = [d for d in range(D_MODEL) if d not in (POSITION_0, POSITION_1)
              and d not in SOURCE_DIMS and d not in CLASS_DIMS]
EMBEDDING = 1.0             # one-hot value, times the embedding scale sqrt(d_model)
POSITION_MARK = 8.0
QUERY = 30.0                # query bias towards the marked source position
CHAIN_WEIGHT = 100.0        # projection: the chain's next token ...
MARKER_WEIGHT = 10.0        # ... and, among a marker pool, the one the source selects

FAMILIES = {
    "m2m100": {"tokenizer_class": "M2M100Tokenizer", "name_or_path": "facebook/m2m100_418M",
               "folder": "m2m100_418M-ct2-int8", "licence": "mit", "title": "M2M100 418M"},
    "nllb200": {"tokenizer_class": "NllbTokenizer",
                "name_or_path": "facebook/nllb-200-distilled-600M",
                "folder": "nllb-200-distilled-600M-ct2-int8", "licence": "cc-by-nc-4.0",
                "title": "NLLB-200 distilled 600M"},
}

LATIN_WORDS = ("river stone light water bread blanket doctor help where toilet open close today "
               "night morning family child quiet market garden window letter yellow silver "
               "winter summer basket candle ladder mirror pocket rabbit apple bridge cloud "
               "forest honey island jacket kettle lemon meadow needle orange pepper").split()
#: Real words first (the signatures), then letters of the script to make marker words from.
SCRIPT_WORDS = {
    "Jpan": ("みず ください ありがとう でんわ くすり もうふ ごはん".split(),
             "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめも"),
    "Hans": ("避难所 厕所 医生 毛巾 帮助 饮用水".split(),
             "们这说国会对时发为关门问间开东车长马鱼鸟见贝页风飞龙乐书买卖读语话请谢"),
    "Hant": ("廁所 醫生 幫助 飲用水 電話 毛毯".split(),
             "們這說國會對時發為關門問間開東車長馬魚鳥見貝頁風飛龍樂書買賣讀語話請謝"),
    "Kore": ("화장실 의사 도움 담요 감사합니다".split(),
             "가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오"),
    "Deva": ("पानी शौचालय डाक्टर मदद कम्बल".split(),
             "कखगघचछजझटठडढणतथदधनपफबभमयरलवशसह"),
    "Mymr": ("ရေ အိမ်သာ ဆရာဝန် အကူအညီ စောင်".split(),
             "ကခဂဃငစဆဇဈညဋဌဍဎဏတထဒဓနပဖဗဘမယရလဝသဟဠအ"),
    "Thai": ("น้ำ ห้องน้ำ หมอ ช่วย ผ้าห่ม อาหาร น้ำดื่ม".split(),
             "กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"),
    "Sinh": ("වතුර වැසිකිළිය උදව් කෑම".split(),
             "කඛගඝඞචඡජඣඤටඨඩඪණතථදධනපඵබභමයරලවශෂසහළෆ"),
}


# -- the family tables (the program's own data) -------------------------------------------------
@cache
def _table() -> dict:
    from evac_toolkit.core.paths import asset_path

    return tomllib.loads(asset_path("translation", "many_to_many.toml").read_text("utf-8"))


@cache
def _scripts() -> dict[str, str]:
    from evac_toolkit.core.paths import asset_path

    raw = tomllib.loads(asset_path("languages", "catalog.toml").read_text("utf-8"))
    return {entry["code"]: entry["script"] for entry in raw["language"]}


def language_codes(family: str) -> tuple[str, ...]:
    """The catalog codes the family's table maps, in table order."""
    return tuple(_table()["family"][family]["languages"])


def token(family: str, code: str) -> str:
    """The language token of a catalog code: ``__ja__``, ``jpn_Jpan``."""
    entry = _table()["family"][family]
    return entry["token"].format(code=entry["languages"][code])


@cache
def family_tokens(family: str) -> tuple[str, ...]:
    """The family's distinct language tokens in table order (M2M-100's zh-Hans and zh-Hant share
    ``__zh__``); a token's index selects its source marker."""
    return tuple(dict.fromkeys(token(family, code) for code in language_codes(family)))


def token_script(family: str, lang_token: str) -> str:
    """The script a token's output is written in: that of its first catalog language (``__zh__``
    → Hans)."""
    return next(_scripts()[code] for code in language_codes(family)
                if token(family, code) == lang_token)


# -- words ----------------------------------------------------------------------------------
@cache
def _pools() -> dict[str, dict[str, tuple[str, ...]]]:
    """Per script: the signature words (for its targets, in order), the source markers and the
    sentence markers, all distinct."""
    pools = {}
    for script, (words, letters) in {"Latn": (LATIN_WORDS, ""), **SCRIPT_WORDS}.items():
        made = [a + b for a, b in itertools.product(letters, repeat=2) if a != b]
        if script == "Latn":
            signatures = list(words[:SIGNATURE_WORDS * 8])
            rest = list(words[SIGNATURE_WORDS * 8:])
            made = rest + [a + b for a, b in itertools.product(
                ("ka", "lo", "mi", "nu", "pe", "ri", "so", "tu"), repeat=2)]
        else:
            signatures = list(words)
        made = [w for w in made if w not in signatures]
        pools[script] = {"signatures": tuple(signatures),
                         "sources": tuple(made[:MARKERS]),
                         "classes": tuple(made[MARKERS:MARKERS + CLASSES])}
        assert len(pools[script]["classes"]) == CLASSES, script
    return pools


@cache
def signature(family: str, lang_token: str) -> tuple[str, ...]:
    """The words a target token is answered with (without the leading ▁)."""
    script = token_script(family, lang_token)
    same_script = [t for t in family_tokens(family) if token_script(family, t) == script]
    start = same_script.index(lang_token) * SIGNATURE_WORDS
    words = _pools()[script]["signatures"][start:start + SIGNATURE_WORDS]
    assert len(words) == SIGNATURE_WORDS, (family, lang_token)
    return words


def source_marker(family: str, source_token: str, script: str) -> str:
    return _pools()[script]["sources"][family_tokens(family).index(source_token)]


def piece_class(piece: str) -> int:
    return zlib.crc32(piece.encode("utf-8")) % CLASSES


def class_marker(piece: str, script: str) -> str:
    return _pools()[script]["classes"][piece_class(piece)]


def all_words() -> list[str]:
    found = []
    for pool in _pools().values():
        for words in pool.values():
            found.extend(words)
    assert len(found) == len(set(found))
    return found


# -- SentencePiece ------------------------------------------------------------------------------
def _corpus() -> list[str]:
    from evac_toolkit.core.paths import asset_path

    rng = random.Random(22)
    catalog = tomllib.loads(asset_path("languages", "catalog.toml").read_text("utf-8"))
    samples = [entry.get("sample", "") for entry in catalog["language"]]
    lines = []
    for _ in range(200):
        lines.append(" ".join(rng.choice(LATIN_WORDS) for _ in range(rng.randint(3, 8))) + ".")
        lines.append("こんにちは。トイレはどこですか？ ありがとうございます。水をください。")
        lines.append("xin chào nước uống nhà vệ sinh ở đâu cảm ơn")
        lines.extend(samples)
    return lines


@cache
def sentencepiece_model(lang_tokens: tuple[str, ...]) -> bytes:
    """A real SentencePiece model (fairseq's special ids: <s> 0, <pad> 1, </s> 2, <unk> 3) whose
    user-defined symbols are the language tokens and the output words (as ``▁word``, so that
    they decode with a space before them)."""
    import sentencepiece as spm

    model = io.BytesIO()
    symbols = [*lang_tokens, *("▁" + w for w in all_words())]
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(_corpus()), model_writer=model, vocab_size=600 + len(symbols),
        hard_vocab_limit=False, character_coverage=1.0, minloglevel=2, num_threads=1,
        bos_id=0, pad_id=1, eos_id=2, unk_id=3, user_defined_symbols=symbols)
    return model.getvalue()


def processor(lang_tokens: tuple[str, ...] = ()):
    import sentencepiece as spm

    return spm.SentencePieceProcessor(model_proto=sentencepiece_model(lang_tokens))


def pieces(sentence: str, family: str = "m2m100") -> list[str]:
    """How the model's tokenizer cuts a sentence (the same for every language subset)."""
    return processor(family_tokens(family)).encode(sentence, out_type=str)


def expected(sentence: str, source: str, target: str, family: str = "m2m100",
             mislabel: dict[str, str] | None = None) -> str:
    """What the model translates one sentence to, ``source`` and ``target`` catalog codes."""
    target_token = token(family, (mislabel or {}).get(target, target))
    script = token_script(family, target_token)
    cut = pieces(sentence, family)
    first = cut[0] if cut else "</s>"
    words = [*signature(family, target_token),
             source_marker(family, token(family, source), script),
             class_marker(first, script)]
    return " ".join(words)


# -- the model ----------------------------------------------------------------------------------
def vocabulary(lang_tokens: tuple[str, ...], family: str) -> list[str]:
    """The shared vocabulary as the converter writes it: the SentencePiece pieces with the
    special tokens first, then the language tokens, then the family's extra tokens."""
    proc = processor(lang_tokens)
    vocab = [proc.id_to_piece(i) for i in range(proc.get_piece_size())]
    vocab = [piece for piece in vocab if piece not in lang_tokens] + list(lang_tokens)
    extras = [f"madeupword{i}" for i in range(4)] if family == "m2m100" else ["<mask>"]
    return vocab + extras


def _linear(spec, weight: np.ndarray, bias: np.ndarray | None = None) -> None:
    spec.weight = weight.astype(np.float32)
    if bias is not None:
        spec.bias = bias.astype(np.float32)


def _norm(spec) -> None:
    spec.gamma = np.ones(D_MODEL, np.float32)
    spec.beta = np.zeros(D_MODEL, np.float32)


def _zero_layer(layer, cross: bool) -> None:
    zeros = np.zeros
    _norm(layer.self_attention.layer_norm)
    _linear(layer.self_attention.linear[0], zeros((3 * D_MODEL, D_MODEL)), zeros(3 * D_MODEL))
    _linear(layer.self_attention.linear[1], zeros((D_MODEL, D_MODEL)), zeros(D_MODEL))
    if cross:
        _norm(layer.attention.layer_norm)
        _linear(layer.attention.linear[0], zeros((D_MODEL, D_MODEL)), zeros(D_MODEL))
        _linear(layer.attention.linear[1], zeros((2 * D_MODEL, D_MODEL)), zeros(2 * D_MODEL))
        _linear(layer.attention.linear[2], zeros((D_MODEL, D_MODEL)), zeros(D_MODEL))
    _norm(layer.ffn.layer_norm)
    _linear(layer.ffn.linear_0, zeros((FFN, D_MODEL)), zeros(FFN))
    _linear(layer.ffn.linear_1, zeros((D_MODEL, FFN)), zeros(D_MODEL))


def _chain(family: str, mislabel: dict[str, str]):
    """(input token → its code dimension, output token → [(dimension, weight)])."""
    dims = iter(CHAIN_DIMS)
    code: dict[str, int] = {}
    weights: dict[str, list[tuple[int, float]]] = {}
    end = next(dims)
    weights["</s>"] = [(end, CHAIN_WEIGHT)]
    answers = {t: t for t in family_tokens(family)}
    for wrong, right in mislabel.items():
        answers[token(family, wrong)] = token(family, right)
    scripts = {}
    for lang_token in family_tokens(family):
        script = token_script(family, lang_token)
        if script not in scripts:
            scripts[script] = (next(dims), next(dims))   # (source markers, class markers)
            source_dim, class_dim = scripts[script]
            for index, word in enumerate(_pools()[script]["sources"]):
                weights["▁" + word] = [(source_dim, CHAIN_WEIGHT),
                                       (SOURCE_DIMS[index], MARKER_WEIGHT)]
                code["▁" + word] = class_dim
            for index, word in enumerate(_pools()[script]["classes"]):
                weights["▁" + word] = [(class_dim, CHAIN_WEIGHT),
                                       (CLASS_DIMS[index], MARKER_WEIGHT)]
                code["▁" + word] = end
        words = ["▁" + w for w in signature(family, lang_token)]
        steps = [next(dims) for _ in words]
        for word, dim in zip(words, steps, strict=True):
            weights[word] = [(dim, CHAIN_WEIGHT)]
        # token → dim of word 1, word 1 → dim of word 2, ..., last word → the source markers
        for previous, dim in zip([lang_token, *words[:-1]], steps, strict=True):
            code[previous] = dim
        code[words[-1]] = scripts[script][0]
    for asked, answered in answers.items():
        code[asked] = code[answered]
    return code, weights


def write_model(folder: Path, family: str, lang_tokens: tuple[str, ...],
                mislabel: dict[str, str] | None = None, language_tokens: bool = True,
                quantization: str | None = None) -> None:
    """model.bin, config.json and shared_vocabulary.json of a model that translates as the
    module docstring says."""
    from ctranslate2.specs import common_spec, transformer_spec

    spm_tokens = lang_tokens if language_tokens else ()
    vocab = vocabulary(spm_tokens, family)
    index = {piece: i for i, piece in enumerate(vocab)}
    spec = transformer_spec.TransformerSpec.from_config(
        LAYERS, HEADS, pre_norm=True, activation=common_spec.Activation.RELU,
        layernorm_embedding=False)
    scale = math.sqrt(D_MODEL)
    for side in (spec.encoder, spec.decoder):
        side.scale_embeddings = scale          # what the converter writes for M2M-100
        _norm(side.layer_norm)
    for layer in spec.encoder.layer:
        _zero_layer(layer, cross=False)
    for layer in spec.decoder.layer:
        _zero_layer(layer, cross=True)

    # Encoder: language tokens carry their index, every other piece its class; positions 0
    # and 1 are marked for the two heads of the decoder's cross-attention.
    source = np.zeros((len(vocab), D_MODEL), np.float32)
    for piece, i in index.items():
        if piece in family_tokens(family):
            source[i, SOURCE_DIMS[family_tokens(family).index(piece)]] = EMBEDDING
        else:
            source[i, CLASS_DIMS[piece_class(piece)]] = EMBEDDING
    spec.encoder.embeddings[0].weight = source
    positions = np.zeros((POSITIONS, D_MODEL), np.float32)
    positions[0, POSITION_0] = POSITION_MARK
    positions[1, POSITION_1] = POSITION_MARK
    spec.encoder.position_encodings.encodings = positions
    spec.decoder.position_encodings.encodings = np.zeros((POSITIONS, D_MODEL), np.float32)

    # Decoder: the input token's chain code; the first layer's cross-attention copies the
    # source language (head 0, position 0) and the first piece's class (head 1, position 1).
    code, weights = _chain(family, mislabel or {})
    target = np.zeros((len(vocab), D_MODEL), np.float32)
    for piece, dim in code.items():
        if piece in index:
            target[index[piece], dim] = EMBEDDING
    spec.decoder.embeddings.weight = target
    cross = spec.decoder.layer[0].attention
    query = np.zeros(D_MODEL, np.float32)
    query[POSITION_0] = query[POSITION_1] = QUERY
    cross.linear[0].bias = query
    keys_values = np.zeros((2 * D_MODEL, D_MODEL), np.float32)
    keys_values[:D_MODEL] = np.eye(D_MODEL)
    for dim in (*SOURCE_DIMS, *CLASS_DIMS):
        keys_values[D_MODEL + dim, dim] = 1.0
    cross.linear[1].weight = keys_values
    cross.linear[2].weight = np.eye(D_MODEL, dtype=np.float32)
    projection = np.zeros((len(vocab), D_MODEL), np.float32)
    for piece, entries in weights.items():
        for dim, weight in entries:
            projection[index[piece], dim] = weight
    _linear(spec.decoder.projection, projection, np.zeros(len(vocab)))

    spec.config.bos_token = "<s>"
    spec.config.eos_token = "</s>"
    spec.config.unk_token = "<unk>"
    spec.config.decoder_start_token = "</s>"
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    spec.optimize(quantization=quantization)
    folder.mkdir(parents=True, exist_ok=True)
    spec.save(str(folder))


def readme(family: str, licence: str | None, languages: tuple[str, ...]) -> str:
    """A model card as on the Hugging Face hub: YAML front matter, then text."""
    front = ["---", "language:"]
    front += [f"- {_table()['family'][family]['languages'][code]}" for code in languages]
    if licence:
        front.append(f"license: {licence}")
    front += ["tags:", "- ctranslate2", "- translation", "---", ""]
    return "\n".join(front) + (f"# {FAMILIES[family]['title']} for CTranslate2\n\n"
                               "A test model built by tests/m2m_tiny.py.\n")


def build_model(root: Path, family: str = "m2m100", languages: tuple[str, ...] | None = None,
                name: str | None = None, licence: str | None = "default",
                mislabel: dict[str, str] | None = None, language_tokens: bool = True,
                tokenizer_class: str | None = "default", quantization: str | None = None) -> Path:
    """The model folder ``root/<name>`` (default: the published folder name of the family).

    ``languages``: catalog codes it covers (default: all of the family's); ``licence``: the
    README's ``license:`` ("default": the family's, None: no licence line); ``mislabel``:
    ``{asked: answered}`` catalog codes; ``language_tokens=False``: a vocabulary (and
    SentencePiece model) without language tokens; ``tokenizer_class=None``: no
    tokenizer_config.json (the family must then be told from the vocabulary);
    ``quantization="int8"``: weights stored as int8, as the published folders are (the output
    is the same).
    """
    info = FAMILIES[family]
    codes = tuple(languages) if languages is not None else language_codes(family)
    lang_tokens = tuple(dict.fromkeys(token(family, code) for code in codes))
    folder = root / (name or info["folder"])
    write_model(folder, family, lang_tokens, mislabel, language_tokens, quantization)
    spm_tokens = lang_tokens if language_tokens else ()
    (folder / "sentencepiece.bpe.model").write_bytes(sentencepiece_model(spm_tokens))
    if tokenizer_class is not None:
        config = {"tokenizer_class": info["tokenizer_class"] if tokenizer_class == "default"
                  else tokenizer_class,
                  "name_or_path": info["name_or_path"], "model_max_length": 1024,
                  "bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>",
                  "pad_token": "<pad>", "sp_model_kwargs": {}, "src_lang": None,
                  "tgt_lang": None}
        (folder / "tokenizer_config.json").write_text(json.dumps(config, indent=2), "utf-8")
    (folder / "special_tokens_map.json").write_text(json.dumps(
        {"additional_special_tokens": list(spm_tokens), "bos_token": "<s>",
         "eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<pad>"}, indent=2), "utf-8")
    licence = info["licence"] if licence == "default" else licence
    (folder / "README.md").write_text(readme(family, licence, codes), "utf-8")
    return folder


# -- damage and packaging ---------------------------------------------------------------------
def copy_model(folder: Path, out: Path) -> Path:
    """A copy to damage (the session's models are shared)."""
    shutil.copytree(folder, out)
    return out


def truncate_model_bin(folder: Path) -> Path:
    """model.bin cut in half, as a copy interrupted by pulling the stick out."""
    model = folder / "model.bin"
    data = model.read_bytes()
    model.write_bytes(data[: len(data) // 2])
    return folder


def drop_vocabulary(folder: Path) -> Path:
    (folder / "shared_vocabulary.json").unlink()
    return folder


def vocabulary_as_text(folder: Path) -> Path:
    """The older layout: shared_vocabulary.txt, one token a line."""
    path = folder / "shared_vocabulary.json"
    tokens = json.loads(path.read_text("utf-8"))
    (folder / "shared_vocabulary.txt").write_text("\n".join(tokens) + "\n", "utf-8")
    path.unlink()
    return folder


def zip_model(folder: Path, out: Path, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """The folder zipped with its top folder, as a coordinator zips it for the stick."""
    with zipfile.ZipFile(out, "w", compression) as zf:
        zf.write(folder, f"{folder.name}/")
        for path in sorted(folder.rglob("*")):
            zf.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
    return out


# -- a session's models -------------------------------------------------------------------------
class ModelLibrary:
    """Models built on first request and kept for the session (shared: copy before damaging
    one with :func:`copy_model`)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._built: dict[str, Path] = {}

    def get(self, family: str = "m2m100", **options) -> Path:
        key = json.dumps([family, options], sort_keys=True, default=list)
        if key not in self._built:
            where = self.root / f"{len(self._built):03d}"
            self._built[key] = build_model(where, family, **options)
        return self._built[key]


@pytest.fixture(scope="session")
def tiny_m2m(tmp_path_factory: pytest.TempPathFactory) -> ModelLibrary:
    return ModelLibrary(tmp_path_factory.mktemp("m2m-models"))
