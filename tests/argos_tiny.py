"""Build tiny but real Argos Translate packs at test time (no torch, no download), and damage them.

A pack here is what Argos publishes: a zip of one folder with ``metadata.json``, ``model/`` (a
CTranslate2 Transformer) and ``sentencepiece.model``. The SentencePiece model is trained on a few
hundred generated lines; the Transformer (2 layers, d_model 16) has weights set by hand so that
its output is known in advance, which random weights would not give:

* every attention and feed-forward weight is zero and the token embeddings are zero, so the
  decoder's state at step *t* is its position encoding alone, set to the one-hot vector e_t;
* the output projection maps e_t to the pack's *t*-th signature token, and every later step to
  ``</s>``, so that beam search ends at once;
* the signature starts with ``<unk>``, which ``replace_unknowns`` (as Argos translates) replaces
  by the source token the decoder attends to most; the cross-attention queries and keys are set
  to point at the first source position.

So a pack translates any sentence to *its first source token* + *the pack's signature words*:
"where is the toilet" → "where stone river light". The signature words are in the target
language's script ("where みず でんわ くすり" for English → Japanese), so that the install's probe
(core/translation/pack_claims.py) sees the language the pack claims; a mislabelled pack is a model
built for one target with the metadata of another (:func:`mislabelled`). A pivot ja→en→vi therefore gives the first
word of the ja→en signature followed by the en→vi signature, which no single pack produces.
"""

from __future__ import annotations

import io
import json
import random
import shutil
import struct
import zipfile
import zlib
from functools import cache
from pathlib import Path

import numpy as np
import pytest

D_MODEL = 16
FFN = 32
LAYERS = 2
HEADS = 2
POSITIONS = 512
SIGNATURE_WORDS = 3

WORDS = ("river stone light water bread blanket doctor help where toilet open close today night "
         "morning family child quiet market garden window letter yellow silver winter summer "
         "basket candle ladder mirror pocket rabbit").split()
#: Words in the other scripts of the language catalog, for the signatures of packs into them.
SCRIPT_WORDS = {
    "Jpan": "みず ください ありがとう でんわ くすり もうふ ごはん".split(),
    "Hans": "避难所 厕所 医生 毛巾 帮助 饮用水".split(),
    "Hant": "廁所 醫生 幫助 飲用水 電話 毛毯".split(),
    "Kore": "화장실 의사 도움 담요 감사합니다".split(),
    "Deva": "पानी शौचालय डाक्टर मदद कम्बल".split(),
    "Mymr": "ရေ အိမ်သာ ဆရာဝန် အကူအညီ စောင်".split(),
    "Thai": "น้ำ ห้องน้ำ หมอ ช่วย ผ้าห่ม อาหาร น้ำดื่ม".split(),
    "Sinh": "වතුර වැසිකිළිය උදව් කෑම".split(),
}


@cache
def sentencepiece_model() -> bytes:
    """A small SentencePiece model, trained once per process (about 20 ms)."""
    import sentencepiece as spm

    rng = random.Random(7)
    lines = []
    for _ in range(300):
        lines.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 8))) + ".")
        lines.append("こんにちは。トイレはどこですか？ ありがとうございます。水をください。")
        lines.append("xin chào nước uống nhà vệ sinh ở đâu cảm ơn")
        for words in SCRIPT_WORDS.values():
            lines.append(" ".join(rng.choice(words) for _ in range(rng.randint(3, 6))))
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines), model_writer=model, vocab_size=400,
        hard_vocab_limit=False, character_coverage=1.0, minloglevel=2, num_threads=1)
    return model.getvalue()


@cache
def vocabulary() -> tuple[str, ...]:
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_proto=sentencepiece_model())
    return tuple(processor.id_to_piece(i) for i in range(processor.get_piece_size()))


def signature(from_code: str, to_code: str, version: str = "1.0") -> tuple[str, ...]:
    """The whole-word pieces a pack for this pair and version writes after the echoed first
    token, in the target language's script (each version differs, so a test sees which one
    translated)."""
    from evac_toolkit.core.translation.installed import argos_language

    language = argos_language(to_code)
    script = language.script if language is not None else "Latn"
    if script in SCRIPT_WORDS:
        words = sorted(p for p in vocabulary()
                       if p.startswith("▁") and p[1:] in SCRIPT_WORDS[script])
    else:
        words = sorted(p for p in vocabulary() if p.startswith("▁") and p[1:].isalpha()
                       and p[1:].isascii() and len(p) > 3)
    rng = random.Random(zlib.crc32(f"{from_code}>{to_code}@{version}".encode()))
    return tuple(rng.sample(words, SIGNATURE_WORDS))


def signature_text(from_code: str, to_code: str, version: str = "1.0") -> str:
    """The signature as it reads in a translation: "stone river light"."""
    return " ".join(piece[1:] for piece in signature(from_code, to_code, version))


def expected(sentence: str, from_code: str, to_code: str, version: str = "1.0") -> str:
    """What a pack translates one sentence to: its first SentencePiece token, then the
    signature, decoded as Argos decodes."""
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_proto=sentencepiece_model())
    first = processor.encode(sentence, out_type=str)[0]
    pieces = [first, *signature(from_code, to_code, version)]
    return processor.decode_pieces(pieces).replace("▁", " ").replace("_", " ").strip()


def _weights(scope: str, name: str, vocab: list[str], outputs: list[str]) -> np.ndarray:
    parts = scope.split("/")
    last = parts[-1]
    if name == "gamma":
        return np.ones(D_MODEL, np.float32)
    if name == "beta":
        return np.zeros(D_MODEL, np.float32)
    if "embeddings" in last:
        return np.zeros((len(vocab), D_MODEL), np.float32)
    if last == "projection":
        weight = np.zeros((len(vocab), D_MODEL), np.float32)
        for step, piece in enumerate([*outputs, "</s>"]):
            weight[vocab.index(piece), step] = 10.0
        return weight
    block = parts[-2]
    if block == "self_attention":
        return np.zeros(((3 if last == "linear_0" else 1) * D_MODEL, D_MODEL), np.float32)
    if block == "attention":
        if last == "linear_1":            # keys and values, fused: keys see the position
            weight = np.zeros((2 * D_MODEL, D_MODEL), np.float32)
            weight[:D_MODEL] = np.eye(D_MODEL)
            return weight
        return np.zeros((D_MODEL, D_MODEL), np.float32)
    if block == "ffn":
        return np.zeros((FFN, D_MODEL) if last == "linear_0" else (D_MODEL, FFN), np.float32)
    raise ValueError(f"no weight for {scope}/{name}")


def _fill(spec, vocab: list[str], outputs: list[str], scope: str = "") -> None:
    from ctranslate2.specs import model_spec

    for name, value in list(spec.__dict__.items()):
        if name.startswith("_"):
            continue
        if isinstance(value, list):
            for index, element in enumerate(value):
                _fill(element, vocab, outputs, f"{scope}/{name}_{index}")
        elif isinstance(value, model_spec.LayerSpec):
            _fill(value, vocab, outputs, f"{scope}/{name}")
        elif value is None:
            setattr(spec, name, _weights(scope, name, vocab, outputs))
    if scope.endswith("/attention") and "decoder" in scope:
        query_bias = np.zeros(D_MODEL, np.float32)
        query_bias[0] = 10.0                 # a query that matches source position 0's key
        spec.linear[0].bias = query_bias


def write_model(folder: Path, from_code: str, to_code: str, version: str = "1.0") -> None:
    """A CTranslate2 model in ``folder`` translating as the module docstring says."""
    from ctranslate2.specs import transformer_spec

    vocab = list(vocabulary())
    spec = transformer_spec.TransformerSpec.from_config(LAYERS, HEADS)
    _fill(spec, vocab, ["<unk>", *signature(from_code, to_code, version)])
    source_positions = np.zeros((POSITIONS, D_MODEL), np.float32)
    source_positions[0, 0] = 1.0             # the encoder marks its first position
    steps = SIGNATURE_WORDS + 1                # <unk>, the words; then </s>
    target_positions = np.zeros((POSITIONS, D_MODEL), np.float32)
    target_positions[:steps, :steps] = np.eye(steps)
    target_positions[steps:, steps] = 1.0    # any later step ends too: beams stop at once
    spec.encoder.position_encodings.encodings = source_positions
    spec.decoder.position_encodings.encodings = target_positions
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    spec.optimize()
    folder.mkdir(parents=True)
    spec.save(str(folder))


def metadata(from_code: str, to_code: str, version: str = "1.0") -> dict:
    names = {"ja": "Japanese", "en": "English", "vi": "Vietnamese", "my": "Burmese",
             "zh": "Chinese", "es": "Spanish"}
    return {"package_version": version, "argos_version": "1.9.0", "from_code": from_code,
            "from_name": names.get(from_code, from_code), "to_code": to_code,
            "to_name": names.get(to_code, to_code), "type": "translate"}


def build_folder(root: Path, from_code: str, to_code: str, version: str = "1.0",
                 meta: dict | None = None) -> Path:
    """The unzipped pack folder ``root/translate-<from>_<to>-<version>``."""
    folder = root / f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"
    write_model(folder / "model", from_code, to_code, version)
    (folder / "sentencepiece.model").write_bytes(sentencepiece_model())
    (folder / "metadata.json").write_text(
        json.dumps(meta if meta is not None else metadata(from_code, to_code, version)),
        encoding="utf-8")
    (folder / "README.md").write_text(f"Test pack {from_code} → {to_code}.\n", encoding="utf-8")
    return folder


def mislabelled(out_dir: Path, claims: tuple[str, str], holds: tuple[str, str]) -> Path:
    """A pack whose metadata claims the pair ``claims`` but whose model translates as a pack
    for ``holds`` does (into that target's script): en→vi on the label, kana in the output."""
    out_dir.mkdir(parents=True, exist_ok=True)
    work = out_dir / f".build-mislabelled-{'_'.join(claims)}"
    shutil.rmtree(work, ignore_errors=True)
    model = build_folder(work, *holds, meta=metadata(*claims))
    folder = model.rename(work / f"translate-{claims[0]}_{claims[1]}-1_0")
    archive = zip_folder(folder, out_dir / f"{folder.name}.argosmodel")
    shutil.rmtree(work)
    return archive


def zip_folder(folder: Path, out: Path, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(out, "w", compression) as zf:
        zf.write(folder, f"{folder.name}/")
        for path in sorted(folder.rglob("*")):
            zf.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
    return out


def build_pack(out_dir: Path, from_code: str, to_code: str, version: str = "1.0",
               meta: dict | None = None, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """``out_dir/translate-<from>_<to>-<version>.argosmodel``, the way Argos ships packs."""
    out_dir.mkdir(parents=True, exist_ok=True)
    work = out_dir / f".build-{from_code}-{to_code}-{version}"
    shutil.rmtree(work, ignore_errors=True)
    folder = build_folder(work, from_code, to_code, version, meta)
    archive = zip_folder(folder, out_dir / f"{folder.name}.argosmodel", compression)
    shutil.rmtree(work)
    return archive


# -- damaged packs ------------------------------------------------------------------------------
def members(archive: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(archive) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def rezip(out: Path, entries: dict[str, bytes], symlinks: tuple[str, ...] = ()) -> Path:
    """A zip with exactly these member names (no checks: that is the point)."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            if name in symlinks:
                info.create_system = 3
                info.external_attr = (0o120777 << 16)
            zf.writestr(info, data)
    return out


def truncated(good: Path, out: Path) -> Path:
    """The first half of the archive, as a copy interrupted by pulling the stick out."""
    data = good.read_bytes()
    out.write_bytes(data[: len(data) // 2])
    return out


def bad_crc(good: Path, out: Path, member_suffix: str = "model/model.bin") -> Path:
    """The archive with one byte of a stored member's data flipped (its CRC no longer matches).

    The member is re-stored uncompressed so that the flip changes the data, not the deflate
    stream.
    """
    entries = members(good)
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in entries.items():
            compress = zipfile.ZIP_STORED if name.endswith(member_suffix) else \
                zipfile.ZIP_DEFLATED
            zf.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data,
                        compress_type=compress)
    raw = bytearray(out.read_bytes())
    with zipfile.ZipFile(out) as zf:
        info = next(i for i in zf.infolist() if i.filename.endswith(member_suffix))
    # Local header: 30 bytes + name + extra, then the data.
    name_length, extra_length = struct.unpack("<HH", raw[info.header_offset + 26:
                                                         info.header_offset + 30])
    start = info.header_offset + 30 + name_length + extra_length
    raw[start + info.file_size // 2] ^= 0xFF
    out.write_bytes(bytes(raw))
    return out


def with_member(good: Path, out: Path, name: str, data: bytes = b"evil",
                symlink: bool = False) -> Path:
    """The archive plus one extra member called ``name`` (``../evil``, ``/abs``, ``C:\\x``)."""
    entries = members(good)
    entries[name] = data
    return rezip(out, entries, symlinks=(name,) if symlink else ())


def with_metadata(good: Path, out: Path, meta: dict | bytes | None) -> Path:
    """The archive with metadata.json replaced (``None``: removed)."""
    entries = members(good)
    key = next(n for n in entries if n.endswith("/metadata.json"))
    if meta is None:
        del entries[key]
    else:
        entries[key] = meta if isinstance(meta, bytes) else json.dumps(meta).encode()
    return rezip(out, entries)


def without(good: Path, out: Path, suffix: str) -> Path:
    """The archive without the members whose names end with ``suffix``."""
    return rezip(out, {n: d for n, d in members(good).items() if not n.endswith(suffix)})


def two_top_folders(good: Path, out: Path) -> Path:
    entries = members(good)
    entries["other/README.md"] = b"second top folder"
    return rezip(out, entries)


def padded(good: Path, out: Path, size: int) -> Path:
    """The archive plus a highly compressible member of ``size`` bytes (a small zip bomb)."""
    entries = members(good)
    top = next(iter(entries)).split("/")[0]
    entries[f"{top}/padding.bin"] = bytes(size)
    return rezip(out, entries)


def forged_size(good: Path, out: Path, size: int, declared: int = 10) -> Path:
    """Like :func:`padded` but the padding member's sizes in both headers say ``declared``."""
    padded(good, out, size)
    raw = bytearray(out.read_bytes())
    with zipfile.ZipFile(out) as zf:
        info = next(i for i in zf.infolist() if i.filename.endswith("padding.bin"))
    local = info.header_offset
    struct.pack_into("<I", raw, local + 22, declared)            # local: uncompressed size
    name = info.filename.encode()
    central = raw.find(b"PK\x01\x02")
    while raw[central + 46: central + 46 + len(name)] != name:
        central = raw.find(b"PK\x01\x02", central + 1)
    struct.pack_into("<I", raw, central + 24, declared)          # central: uncompressed size
    out.write_bytes(bytes(raw))
    return out


# -- a session's packs --------------------------------------------------------------------------
class PackLibrary:
    """Good packs built on first request and kept for the session (a few ms each)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._built: dict[tuple[str, str, str], Path] = {}

    def get(self, from_code: str, to_code: str, version: str = "1.0") -> Path:
        key = (from_code, to_code, version)
        if key not in self._built:
            self._built[key] = build_pack(self.root / "_".join(key), from_code, to_code, version)
        return self._built[key]


@pytest.fixture(scope="session")
def tiny_packs(tmp_path_factory: pytest.TempPathFactory) -> PackLibrary:
    return PackLibrary(tmp_path_factory.mktemp("argos-packs"))
