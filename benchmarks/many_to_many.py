"""Many-to-many models (M2M-100 and its kind): what our code costs on top of CTranslate2, and
what such a model costs in memory.

* **Speed**: decoded tokens per second of ``service.translate`` (curated lookup, route choice,
  splitting, batches, tokenizing, language tokens, decoding, quality checks: all our code between
  the text and the model; the figure the issue asks for) and of ``LoadedModel.translate`` alone,
  beside two anchors on the same translator with the same options: raw CTranslate2 with
  SentencePiece (:func:`raw_text`: encode, one ``translate_batch`` call, decode — the least any
  program translating text does) and ``translate_batch`` alone on already-tokenized sentences.
  Target: the service takes ≤ 1.1× the time of the first (tokenizing is the model's own work,
  not overhead; on the tiny model it alone is several per cent); the second is printed beside
  it. On (a) the tiny real model the tests build (``tests/m2m_tiny.py``), where the
  model's own time is small and any overhead shows, and (b) a model of M2M-100 418M's shape
  with random weights (``benchmarks/m2m_shape.py``: d_model 1024, 12 + 12 layers, 16 heads, FFN
  4096, 128,112 tokens, int8), where random weights never choose ``</s>``: every side is made
  to decode exactly :data:`DECODED` tokens a sentence (min = max decoding length), so all do
  the same work. The sides run alternately; tokens per second are of the best run of each (the
  least disturbed: the machine is shared), the median beside it; the ratio is the median of
  each run's service time over the raw time of the same run.
* **Memory**: resident memory (RSS, from /proc) of a fresh process with the 418M-shape model
  loaded by ``many_to_many.load``, and its peak while translating :data:`LONG_TEXT`, beside the
  anchor: a bare process that imports ``ctranslate2`` and loads the same folder with the same
  arguments. The same for the 1.2B shape (24 + 24 layers, FFN 8192), with both folders' size
  on disk. (RSS *after* translating is printed too; it varies by up to 100 MiB from run to run
  with what the C allocator keeps of freed memory: ``malloc_trim`` brings both back to the
  loaded figure.)

Figures only, never asserts. The random-weight folders are built once into ``.cache/`` (about
5 GB of memory for a minute, in a subprocess, the first time).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import m2m_shape
from benchmarks.table import record
from evac_toolkit.core.translation.cpu_threads import translation_threads

#: A long announcement, as a volunteer pastes it (8 sentences).
LONG_TEXT = ("本日の夕食は18時から体育館の入口で配ります。アレルギーのある方は受付で申し出てください。"
             "飲み水は入口の横にあります。一人二本までお取りください。"
             "トイレは廊下の奥にあります。夜10時に消灯します。"
             "携帯電話の充電は事務室でできます。体調が悪い方はすぐに近くの係員に知らせてください。")
SOURCE, TARGET = "ja", "vi"
#: Tokens decoded per sentence with random weights: about a sentence of this text in
#: Vietnamese.
DECODED = 24
TINY_RUNS = 300
SHAPE_RUNS = 7
#: For the tiny model: 40 sentences, so that two batches of 16 and a short one are translated.
TINY_SENTENCES = ["where is the toilet", "トイレはどこですか", "water please", "ありがとうございます",
                  "xin chào nước uống", "the doctor comes today", "水をください",
                  "open the window at night"] * 5


def _install(folder: Path, data_dir: Path) -> Path:
    """The model as installed in ``data_dir`` (a link to it: a copy of a gigabyte would only
    cost time here; routes and the model cache read it through the link alike)."""
    models = data_dir / "models"
    models.mkdir(parents=True, exist_ok=True)
    link = models / folder.name
    link.symlink_to(folder.resolve(), target_is_directory=True)
    return link


def _timed(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def raw_text(model, sentences: list[str], prefix: list[list[str]]) -> list[str]:
    """The least a program translating text with the model does: SentencePiece encodes each
    sentence with the language token and ``</s>``, one translate_batch call, SentencePiece
    decodes without the target language token. No splitting, no batches, no checks."""
    pieces = model.processor.encode(sentences, out_type=str)
    source = model.token(SOURCE)
    results = model.translator.translate_batch([[source, *p, "</s>"] for p in pieces],
                                               target_prefix=prefix, **model.options)
    return model.processor.decode([r.hypotheses[0][1:] for r in results])


def _speed(label: str, what: str, folder: Path, sentences: list[str], runs: int,
           forced: int | None) -> None:
    """Decoded tokens per second of service.translate, LoadedModel.translate and raw
    translate_batch, alternately; the best of ``runs`` (least disturbed) and the median."""
    from evac_toolkit.core.translation import many_to_many, routes, service

    with tempfile.TemporaryDirectory(prefix="evac-bench-") as work:
        data_dir = Path(work) / "data"
        _install(folder, data_dir)
        described = routes.covering_model(SOURCE, TARGET, data_dir)
        model = many_to_many.loaded(described)              # the one the service uses
        if forced is not None:
            # +1: CTranslate2 counts the forced target language token in the decoding length.
            model.options = {**model.options, "min_decoding_length": forced + 1,
                             "max_decoding_length": forced + 1}
        text = "\n".join(sentences)
        batch = [model.source_tokens(sentence, SOURCE) for sentence in sentences]
        prefix = [[model.token(TARGET)]] * len(batch)
        sides = {
            "service": lambda: service.translate(text, SOURCE, TARGET, data_dir=data_dir),
            "model": lambda: model.translate(sentences, SOURCE, TARGET),
            "raw": lambda: model.translator.translate_batch(batch, target_prefix=prefix,
                                                            **model.options),
            "raw_text": lambda: raw_text(model, sentences, prefix),
        }
        decoded = sum(len(result.hypotheses[0]) - 1 for result in sides["raw"]())
        result = sides["service"]()
        assert result.route_kind == "many_to_many", result
        times: dict[str, list[float]] = {side: [] for side in sides}
        for _ in range(runs):
            for side, call in sides.items():
                times[side].append(_timed(call))
        many_to_many.clear_cache()
    best = {side: decoded / min(found) for side, found in times.items()}
    median = {side: decoded / statistics.median(found) for side, found in times.items()}
    # Each run's service time over the raw time of the same run (they run back to back, so a
    # busy moment of the shared machine slows both), the median of those: steadier than the
    # ratio of two best runs taken at different moments.
    ratio = statistics.median(ours / raw for ours, raw in zip(times["service"], times["raw"],
                                                              strict=True))
    text_ratio = statistics.median(ours / raw for ours, raw in zip(
        times["service"], times["raw_text"], strict=True))
    print(f"many-to-many: {label}: {len(sentences)} sentences ja→vi, "
          f"{decoded} tokens decoded, beam {model.options['beam_size']}, "
          f"{translation_threads()} thread(s); tokens/s, best of {runs} alternate runs "
          f"(median): service.translate {best['service']:,.1f} ({median['service']:,.1f}), "
          f"LoadedModel.translate {best['model']:,.1f} ({median['model']:,.1f}), raw "
          f"translate_batch {best['raw']:,.1f} ({median['raw']:,.1f}), raw CTranslate2 with "
          f"SentencePiece {best['raw_text']:,.1f} ({median['raw_text']:,.1f}); the service "
          f"takes {text_ratio:.3f}× the time of raw CTranslate2 with SentencePiece and "
          f"{ratio:.3f}× that of translate_batch alone (medians over the runs of each run's "
          f"ratio)   [target ≤ 1.1×]")
    record("many-to-many", f"{what}: service.translate", best["service"], "tokens/s")
    record("many-to-many", f"{what}: LoadedModel.translate", best["model"], "tokens/s")
    record("many-to-many", f"{what}: raw CTranslate2 translate_batch", best["raw"], "tokens/s")
    record("many-to-many", f"{what}: raw CTranslate2 with SentencePiece", best["raw_text"],
           "tokens/s")
    record("many-to-many", f"{what}: time of service / raw CTranslate2 with SentencePiece",
           text_ratio, "×", ("<=", 1.1))
    record("many-to-many", f"{what}: time of service / translate_batch alone", ratio, "×")


# -- memory, each in a fresh process ------------------------------------------------------------
_RSS = """
def rss():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return {key: int(fields[key].split()[0]) * 1024 for key in ("VmRSS", "VmHWM")}
"""

OURS = _RSS + """
import json, sys
from pathlib import Path
from evac_toolkit.core.translation import many_to_many
start = rss()
model = many_to_many.load(Path(sys.argv[1]))
loaded = rss()
model.options = {**model.options, "min_decoding_length": int(sys.argv[3]) + 1,
                 "max_decoding_length": int(sys.argv[3]) + 1}
from evac_toolkit.core.translation import splitter
model.translate(splitter.split(sys.argv[2]), "ja", "vi")
print(json.dumps({"start": start, "loaded": loaded, "translated": rss()}))
"""

BARE = _RSS + """
import json, sys
import ctranslate2, sentencepiece
start = rss()
from evac_toolkit.core.translation.cpu_threads import translation_threads
processor = sentencepiece.SentencePieceProcessor(
    model_file=sys.argv[1] + "/sentencepiece.bpe.model")
translator = ctranslate2.Translator(sys.argv[1], device="cpu", inter_threads=1,
                                    intra_threads=translation_threads())
loaded = rss()
from evac_toolkit.core.translation import splitter
batch = [["__ja__", *processor.encode(s, out_type=str), "</s>"]
         for s in splitter.split(sys.argv[2])]
translator.translate_batch(batch, target_prefix=[["__vi__"]] * len(batch), beam_size=4,
                           max_batch_size=16, min_decoding_length=int(sys.argv[3]) + 1,
                           max_decoding_length=int(sys.argv[3]) + 1)
print(json.dumps({"start": start, "loaded": loaded, "translated": rss()}))
"""


def _run(code: str, folder: Path) -> dict:
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code, str(folder), LONG_TEXT, str(DECODED)],
                         capture_output=True, text=True, check=True, cwd=root,
                         env={**os.environ, "PYTHONPATH": str(root)}).stdout
    return json.loads(out.strip().splitlines()[-1])


def _memory(shape: str) -> None:
    folder = m2m_shape.ensure(shape)
    disk = m2m_shape.folder_size(folder)
    bare, ours = _run(BARE, folder), _run(OURS, folder)

    def mib(side: dict, when: str, field: str = "VmRSS") -> float:
        return side[when][field] / (1024 * 1024)

    print(f"many-to-many: M2M-100 {shape} shape (random weights, int8): {disk / 1e6:,.0f} MB "
          f"({disk / 2**20:,.0f} MiB) on disk; RSS with the model loaded: ours "
          f"{mib(ours, 'loaded'):,.0f} MiB, bare ctranslate2 process {mib(bare, 'loaded'):,.0f} "
          f"MiB; peak while translating {len(LONG_TEXT)} characters ({DECODED} tokens a "
          f"sentence): ours {mib(ours, 'translated', 'VmHWM'):,.0f} MiB, bare "
          f"{mib(bare, 'translated', 'VmHWM'):,.0f} MiB; RSS after it (memory freed but kept by "
          f"the C allocator included): ours {mib(ours, 'translated'):,.0f} MiB, bare "
          f"{mib(bare, 'translated'):,.0f} MiB; before loading: ours {mib(ours, 'start'):,.0f} "
          f"MiB (ctranslate2 not imported yet), bare {mib(bare, 'start'):,.0f} MiB")
    what = f"{shape} shape int8"
    record("many-to-many", f"{what}: size on disk", disk / 1e6, "MB")
    record("many-to-many", f"{what}: RSS loaded, ours", mib(ours, "loaded"), "MiB")
    record("many-to-many", f"{what}: RSS loaded, bare ctranslate2", mib(bare, "loaded"), "MiB")
    record("many-to-many", f"{what}: peak RSS translating, ours",
           mib(ours, "translated", "VmHWM"), "MiB")
    record("many-to-many", f"{what}: peak RSS translating, bare ctranslate2",
           mib(bare, "translated", "VmHWM"), "MiB")


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    import m2m_tiny

    from evac_toolkit.core.translation import splitter

    with tempfile.TemporaryDirectory(prefix="evac-bench-") as work:
        tiny = m2m_tiny.build_model(Path(work))
        _speed("tiny test model (d_model 128, 2 layers)", "tiny model", tiny, TINY_SENTENCES,
               TINY_RUNS, None)
    _speed(f"random weights, M2M-100 418M shape, int8, {DECODED} tokens a sentence",
           "418M shape (random weights)", m2m_shape.ensure("418M"), splitter.split(LONG_TEXT),
           SHAPE_RUNS, DECODED)
    for shape in m2m_shape.SHAPES:
        _memory(shape)


if __name__ == "__main__":
    from benchmarks import table

    main()
    table.print_table()
