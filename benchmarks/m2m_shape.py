"""Many-to-many CTranslate2 models of M2M-100's published SHAPES with random weights, for the
benchmarks: what a coordinator's real model costs in speed, memory and disk, without a download.

A shape is what CTranslate2's own converter (``ctranslate2/converters/transformers.py``,
``M2M100Loader``) makes of ``facebook/m2m100_418M`` or ``facebook/m2m100_1.2B``: a pre-norm
Transformer with ReLU feed-forward layers, no layer norm on the embeddings, embeddings scaled by
√d_model, sinusoidal positions (1024 of them, fairseq's formula, stored in ``model.bin``), one
vocabulary of 128,112 tokens shared by the encoder, the decoder and the output projection (tied:
the converter stores it once and aliases the others), and every weight quantized to int8 when
saved, as ``--quantization int8`` does. The weights are random (seeded), so the output means
nothing (it decodes to empty text: the tokens chosen are fillers) and never ends by itself: a
benchmark forces how many tokens are decoded.

The vocabulary holds the four special tokens, the pieces of a SentencePiece model trained here on
the curated phrases of the content bank (so that the test text is cut into real pieces, not
unknown tokens), M2M-100's 100 language tokens (``__ja__``…) and ``madeupword`` fillers up to 128,112,
as M2M-100's own does. The folder has the published layout (``model.bin``, ``config.json``,
``shared_vocabulary.json``, ``sentencepiece.bpe.model``, ``tokenizer_config.json``, README).

Building takes about 4 bytes per parameter of memory (about 2 GB for the 418M shape, 5 GB for
1.2B) and is done once, in a subprocess (so the memory is returned), into the checkout's ignored
``.cache/``:
``python -m benchmarks.m2m_shape 418M`` builds (if missing) and prints the folder.
"""

from __future__ import annotations

import io
import json
import math
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "bench-models"
#: Bumped when the builder changes, so an old cached folder is rebuilt.
VERSION = 1
VOCABULARY_SIZE = 128_112
POSITIONS = 1024
SEED = 22
#: M2M-100's 100 languages, in its tokenizer's order (FAIRSEQ_LANGUAGE_CODES["m2m100"]).
M2M_LANGUAGES = (
    "af am ar ast az ba be bg bn br bs ca ceb cs cy da de el en es et fa ff fi fr fy ga gd gl "
    "gu ha he hi hr ht hu hy id ig ilo is it ja jv ka kk km kn ko lb lg ln lo lt lv mg mk ml mn "
    "mr ms my ne nl no ns oc or pa pl ps pt ro ru sd si sk sl so sq sr ss su sv sw ta th tl tn "
    "tr uk ur uz vi wo xh yi yo zh zu").split()


@dataclass(frozen=True)
class Shape:
    name: str           # "418M": the published model whose shape this is
    d_model: int
    layers: int         # encoder layers = decoder layers
    heads: int
    ffn: int

    @property
    def folder(self) -> Path:
        return CACHE / f"m2m100-{self.name}-shape-random-int8-v{VERSION}"

    @property
    def parameters(self) -> int:
        d, f = self.d_model, self.ffn
        attention = 4 * d * d + 4 * d
        ffn = 2 * d * f + f + d
        encoder = self.layers * (attention + ffn + 4 * d) + 2 * d
        decoder = self.layers * (2 * attention + ffn + 6 * d) + 2 * d
        return VOCABULARY_SIZE * d + encoder + decoder


SHAPES = {
    "418M": Shape("418M", d_model=1024, layers=12, heads=16, ffn=4096),
    "1.2B": Shape("1.2B", d_model=1024, layers=24, heads=16, ffn=8192),
}


def ensure(name: str) -> Path:
    """The cached folder of this shape, built first (in a subprocess) if missing."""
    shape = SHAPES[name]
    if not (shape.folder / "model.bin").exists():
        start = time.perf_counter()
        print(f"building a random-weight model of M2M-100 {name}'s shape into {shape.folder} "
              f"(once; about {4 * shape.parameters / 1e9:.1f} GB of memory while building)…",
              flush=True)
        subprocess.run([sys.executable, "-m", "benchmarks.m2m_shape", "--build", name],
                       check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
        print(f"built in {time.perf_counter() - start:.0f} s", flush=True)
    return shape.folder


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


# -- building (in the subprocess) ---------------------------------------------------------------
def _sentencepiece() -> bytes:
    """A SentencePiece model of the curated phrases in every language (a few seconds)."""
    import sentencepiece as spm

    from evac_toolkit.core.content.bank import ContentBank
    from evac_toolkit.core.languages import catalog

    bank = ContentBank()
    lines = [text for language in catalog() for key in bank.entries
             if (text := bank.text(language.code, key))]
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines), model_writer=model, vocab_size=8000,
        hard_vocab_limit=False, character_coverage=1.0, minloglevel=2, num_threads=2)
    return model.getvalue()


def _vocabulary(sentencepiece: bytes) -> list[str]:
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_proto=sentencepiece)
    specials = ["<s>", "<pad>", "</s>", "<unk>"]
    pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    tokens = specials + [p for p in pieces if p not in specials]
    tokens += [f"__{code}__" for code in M2M_LANGUAGES]
    tokens += [f"madeupword{i}" for i in range(VOCABULARY_SIZE - len(tokens))]
    return tokens


def _sinusoids(positions: int, depth: int) -> np.ndarray:
    """fairseq's sinusoidal positions as M2M100SinusoidalPositionalEmbedding makes them, from
    position 2 on (the converter drops the first ``offset`` = 2 rows)."""
    half = depth // 2
    scale = math.log(10000) / (half - 1)
    frequencies = np.exp(np.arange(half, dtype=np.float32) * -scale)
    angles = np.arange(2, positions + 2, dtype=np.float32)[:, None] * frequencies[None, :]
    return np.concatenate([np.sin(angles), np.cos(angles)], axis=1).astype(np.float32)


def _fill(spec, rng, d_model: int, scope: str = "") -> None:
    """Ones and zeros for the layer norms; any other variable left unset is a mistake here."""
    from ctranslate2.specs import common_spec, model_spec

    if isinstance(spec, common_spec.LayerNormSpec):
        spec.gamma = np.ones(d_model, np.float32)
        spec.beta = np.zeros(d_model, np.float32)
        return
    for name, value in list(spec.__dict__.items()):
        if name.startswith("_"):
            continue
        if isinstance(value, list):
            for index, element in enumerate(value):
                _fill(element, rng, d_model, f"{scope}/{name}_{index}")
        elif isinstance(value, model_spec.LayerSpec):
            _fill(value, rng, d_model, f"{scope}/{name}")
        elif value is None:
            raise ValueError(f"{scope}/{name} has no shape rule")


def _random(rng, shape: tuple[int, ...], fan_in: int) -> np.ndarray:
    weight = rng.standard_normal(shape, dtype=np.float32)
    weight *= np.float32(1 / math.sqrt(fan_in))
    return weight


def _linear(linear, rng, outputs: int, inputs: int) -> None:
    linear.weight = _random(rng, (outputs, inputs), inputs)
    linear.bias = np.zeros(outputs, np.float32)


def build(name: str) -> Path:
    from ctranslate2.specs import common_spec, transformer_spec

    shape = SHAPES[name]
    d, f = shape.d_model, shape.ffn
    rng = np.random.default_rng(SEED)
    sentencepiece = _sentencepiece()
    vocabulary = _vocabulary(sentencepiece)
    spec = transformer_spec.TransformerSpec.from_config(
        (shape.layers, shape.layers), shape.heads, pre_norm=True,
        activation=common_spec.Activation.RELU, layernorm_embedding=False)
    embeddings = _random(rng, (VOCABULARY_SIZE, d), d)
    positions = _sinusoids(POSITIONS, d)
    for stack in (spec.encoder, spec.decoder):
        stack.scale_embeddings = math.sqrt(d)
        stack.position_encodings.encodings = positions
        (stack.embeddings[0] if isinstance(stack.embeddings, list)
         else stack.embeddings).weight = embeddings
        for layer in stack.layer:
            attentions = [layer.self_attention]
            if getattr(layer, "attention", None) is not None:
                attentions.append(layer.attention)
            for attention in attentions:
                if attention is layer.self_attention:
                    _linear(attention.linear[0], rng, 3 * d, d)
                else:
                    _linear(attention.linear[0], rng, d, d)
                    _linear(attention.linear[1], rng, 2 * d, d)
                _linear(attention.linear[-1], rng, d, d)
            _linear(layer.ffn.linear_0, rng, f, d)
            _linear(layer.ffn.linear_1, rng, d, f)
    spec.decoder.projection.weight = embeddings          # tied, as in M2M-100
    _fill(spec, rng, d)
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    config = spec.config
    config.bos_token, config.eos_token, config.unk_token = "<s>", "</s>", "<unk>"
    config.decoder_start_token = "</s>"
    spec.validate()
    spec.optimize(quantization="int8")

    work = shape.folder.with_name(shape.folder.name + ".building")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    spec.save(str(work))
    (work / "sentencepiece.bpe.model").write_bytes(sentencepiece)
    (work / "tokenizer_config.json").write_text(json.dumps(
        {"tokenizer_class": "M2M100Tokenizer",
         "name_or_path": f"evac-toolkit-bench/m2m100_{name}-shape-random-weights"}, indent=2),
        encoding="utf-8")
    (work / "README.md").write_text(
        f"---\nlicense: mit\n---\n# Random weights in the shape of M2M-100 {name}\n\n"
        "Built by evac-toolkit's benchmarks (benchmarks/m2m_shape.py) to measure speed, memory "
        "and disk size. The weights are random: it translates nothing.\n", encoding="utf-8")
    shutil.rmtree(shape.folder, ignore_errors=True)
    work.rename(shape.folder)
    return shape.folder


if __name__ == "__main__":
    if sys.argv[1:2] == ["--build"]:
        print(build(sys.argv[2]))
    else:
        for shape_name in sys.argv[1:] or ["418M"]:
            built = ensure(shape_name)
            print(f"{built}  {folder_size(built) / 1e6:,.0f} MB on disk")
