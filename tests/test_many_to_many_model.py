"""Many-to-many models (M2M-100, NLLB-200): what a folder is, which catalog languages it covers,
what it translates to with which language tokens, and which folders are refused.

Every model here is a real CTranslate2 model built by tests/m2m_tiny.py, whose output names the
target token (signature words in the target's script), the source language token and the
sentence's first piece (marker words): see that module's docstring.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import struct
import threading
from pathlib import Path

import pytest
from m2m_tiny import (
    copy_model,
    drop_vocabulary,
    expected,
    pieces,
    truncate_model_bin,
    vocabulary_as_text,
)

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.problem_text import describe as problem_text
from evac_toolkit.core.translation import han_script, many_to_many, model_card, model_file
from evac_toolkit.core.translation.pack_claims import script_share

CATALOG = ("ja", "en", "zh-Hans", "zh-Hant", "ko", "vi", "tl", "ne", "id", "pt-BR", "my", "th",
           "es", "si")
SENTENCES = ["where is the toilet", "この避難所は、誰でも無料で利用できます。",
             "Nơi sơ tán này mở cửa miễn phí cho tất cả mọi người.", "river stone light",
             "doctor help", "window", "Este abrigo está aberto a todos."]


@pytest.fixture(autouse=True)
def _fresh_cache():
    many_to_many.clear_cache()
    yield
    many_to_many.clear_cache()


def refused(folder: Path) -> UserError:
    with pytest.raises(UserError) as caught:
        many_to_many.describe(folder)
    return caught.value


def one_line(error: UserError, language: str = "ja") -> str:
    text = problem_text(error, language)
    assert "\n" not in text and "Traceback" not in text and error.code not in text
    return text


# -- what a folder is -----------------------------------------------------------------------
def test_an_m2m100_folder_is_described_from_its_files(tiny_m2m):
    folder = tiny_m2m.get("m2m100")
    assert many_to_many.looks_like_model(folder)
    model = many_to_many.describe(folder)
    assert model.family == "m2m100"
    assert model.name == "M2M-100 418M"
    assert (model.licence, model.non_commercial) == ("MIT", False)
    assert model.sources == frozenset(CATALOG)
    # M2M-100's one Chinese writes Simplified: Traditional is not written by the model (until
    # the install's probe finds Traditional output) but reached by converting its Simplified.
    assert model.targets == frozenset(CATALOG) - {"zh-Hant"}
    assert model.converted == {"zh-Hant": "zh-Hans"}
    assert model.source_only() == ()
    assert model.lacking() == ()
    assert model.tokens["zh-Hans"] == model.tokens["zh-Hant"] == "__zh__"
    assert model.tokens["pt-BR"] == "__pt__" and model.tokens["tl"] == "__tl__"
    assert "ja-x-easy" not in model.tokens
    assert model.size == sum(p.stat().st_size for p in folder.iterdir())
    assert model.covers("ja", "my") and model.covers("zh-Hant", "ja")
    assert model.covers("ja", "zh-Hant") and not model.covers("ja", "ja")


def test_an_nllb200_folder_is_described_from_its_files(tiny_m2m):
    model = many_to_many.describe(tiny_m2m.get("nllb200"))
    assert model.family == "nllb200"
    assert model.name == "NLLB-200 600M"
    assert (model.licence, model.non_commercial) == ("CC-BY-NC-4.0", True)
    assert model.sources == model.targets == frozenset(CATALOG)
    assert model.tokens["zh-Hant"] == "zho_Hant" and model.tokens["my"] == "mya_Mymr"
    assert model.tokens["pt-BR"] == "por_Latn" and model.tokens["ne"] == "npi_Deva"


@pytest.mark.parametrize("family", ["m2m100", "nllb200"])
def test_without_a_tokenizer_config_the_family_comes_from_the_vocabulary(tiny_m2m, family):
    model = many_to_many.describe(tiny_m2m.get(family, tokenizer_class=None))
    assert model.family == family
    assert model.sources == frozenset(CATALOG)


def test_a_language_the_model_lacks_is_named(tiny_m2m):
    model = many_to_many.describe(
        tiny_m2m.get("m2m100", languages=("ja", "en", "vi", "my", "ne")))
    assert model.sources == {"ja", "en", "vi", "my", "ne"}
    assert model.lacking() == ("zh-Hans", "zh-Hant", "ko", "tl", "id", "pt-BR", "th", "es",
                               "si")
    assert not model.covers("ja", "si")
    loaded = many_to_many.load(model.path)
    with pytest.raises(UserError) as caught:
        loaded.translate(["水をください"], "ja", "si")
    assert caught.value.code == "model_lacks_language"
    assert "シンハラ語" in one_line(caught.value)
    assert "Sinhala" in one_line(caught.value, "en")


def test_a_record_of_a_passed_probe_makes_traditional_chinese_a_target(tiny_m2m, tmp_path):
    folder = copy_model(tiny_m2m.get("m2m100"), tmp_path / "m2m")
    (folder / many_to_many.RECORD).write_text(
        json.dumps({"targets": [*CATALOG], "licence": "MIT"}), "utf-8")
    assert "zh-Hant" in many_to_many.describe(folder).targets
    (folder / many_to_many.RECORD).write_text(json.dumps({"targets": ["ja", "en"]}), "utf-8")
    assert many_to_many.describe(folder).targets == {"ja", "en"}


def test_the_older_text_vocabulary_is_read(tiny_m2m, tmp_path):
    folder = vocabulary_as_text(copy_model(tiny_m2m.get("m2m100"), tmp_path / "m2m"))
    assert many_to_many.looks_like_model(folder)
    model = many_to_many.describe(folder)
    assert model.sources == frozenset(CATALOG)
    assert many_to_many.load(folder).translate(["window"], "vi", "ja") == [
        expected("window", "vi", "ja")]


# -- translating --------------------------------------------------------------------------
@pytest.mark.parametrize(("source", "target"), [
    ("ja", "my"), ("ja", "si"), ("ja", "ne"), ("ja", "vi"), ("my", "ja"), ("si", "ja"),
    ("vi", "ja"), ("ne", "ja"), ("ja", "zh-Hans"), ("zh-Hant", "ja"), ("ko", "th"),
    ("tl", "pt-BR"), ("en", "es"), ("id", "ja")])
def test_m2m100_translates_directly_with_the_right_language_tokens(tiny_m2m, source, target):
    model = many_to_many.load(tiny_m2m.get("m2m100"))
    assert model.translate(SENTENCES, source, target) == [
        expected(sentence, source, target) for sentence in SENTENCES]


@pytest.mark.parametrize(("source", "target"), [
    ("ja", "my"), ("ja", "zh-Hant"), ("ja", "zh-Hans"), ("zh-Hant", "vi"), ("si", "ne")])
def test_nllb200_translates_directly_with_the_right_language_tokens(tiny_m2m, source, target):
    model = many_to_many.load(tiny_m2m.get("nllb200"))
    assert model.translate(SENTENCES, source, target) == [
        expected(sentence, source, target, "nllb200") for sentence in SENTENCES]


def test_an_int8_model_as_published_translates_the_same(tiny_m2m):
    folder = tiny_m2m.get("nllb200", quantization="int8")
    assert many_to_many.describe(folder).sources == frozenset(CATALOG)
    assert many_to_many.load(folder).translate(SENTENCES, "ja", "si") == [
        expected(sentence, "ja", "si", "nllb200") for sentence in SENTENCES]


def test_the_output_depends_on_source_target_and_sentence(tiny_m2m):
    """The tiny model's own promise, which the tests above rely on."""
    model = many_to_many.load(tiny_m2m.get("m2m100"))
    [ja_my] = model.translate(["where is the toilet"], "ja", "my")
    [vi_my] = model.translate(["where is the toilet"], "vi", "my")
    [ja_ne] = model.translate(["where is the toilet"], "ja", "ne")
    assert len({ja_my, vi_my, ja_ne}) == 3
    assert ja_my.split()[:2] == vi_my.split()[:2]          # same target: same signature
    assert ja_my.split()[2] != vi_my.split()[2]            # another source: another marker
    assert len({*model.translate(SENTENCES, "ja", "my")}) > 3
    for target, script in (("my", "Mymr"), ("ja", "Jpan"), ("si", "Sinh"), ("ne", "Deva"),
                           ("vi", "Latn"), ("ko", "Kore"), ("th", "Thai")):
        [output] = model.translate(["river stone"], "en" if target != "en" else "ja", target)
        assert script_share(output, script) == 1.0, (target, output)


def test_traditional_output_only_from_a_model_that_writes_it(tiny_m2m):
    """M2M-100's __zh__ gives Simplified (so zh-Hant is no target); NLLB's zho_Hant Traditional."""
    m2m = many_to_many.load(tiny_m2m.get("m2m100"))
    nllb = many_to_many.load(tiny_m2m.get("nllb200"))
    [simplified] = m2m.translate(["river stone"], "ja", "zh-Hant")   # what a probe would see
    [traditional] = nllb.translate(["river stone"], "ja", "zh-Hant")
    assert han_script.han_variant(simplified) == han_script.HANS
    assert han_script.han_variant(traditional) == han_script.HANT


def test_seventy_sentences_in_batches_equal_one_by_one(tiny_m2m):
    model = many_to_many.load(tiny_m2m.get("m2m100"))
    # Described as large as M2M-100 418M, so that it takes 16 sentences per call.
    model.model = dataclasses.replace(model.model, size=many_to_many.REFERENCE_SIZE)
    words = "where river stone light water bread doctor help toilet window family".split()
    sentences = [f"{words[i % len(words)]} {words[(i * 7) % len(words)]} {i}"
                 for i in range(70)]
    assert len({pieces(s)[0] for s in sentences}) > 5
    calls = []
    translator = model.translator

    class Recording:
        """The real translator, with each call's batch size and options noted."""

        def translate_batch(self, batch, **options):
            calls.append((len(batch), options))
            return translator.translate_batch(batch, **options)

    model.translator = Recording()
    together = model.translate(sentences, "ja", "vi")
    model.translator = translator
    one_by_one = [model.translate([s], "ja", "vi")[0] for s in sentences]
    assert together == one_by_one == [expected(s, "ja", "vi") for s in sentences]
    size = many_to_many.sentences_per_call(model.model)
    assert size == many_to_many.BATCH_SIZE == 16
    assert [n for n, _ in calls] == [size] * (70 // size) + [70 % size]
    same = [{k: v for k, v in options.items() if k != "target_prefix"} for _, options in calls]
    assert all(options == same[0] for options in same)
    assert same[0]["max_batch_size"] == size
    assert all(len(o["target_prefix"]) == n and o["target_prefix"][0] == ["__vi__"]
               for n, o in calls)


@pytest.mark.parametrize(("size", "per_call"), [
    (0, 16),                          # size unknown
    (492_000_000, 16),                # M2M-100 418M, int8
    (1_249_000_000, 6),               # M2M-100 1.2B, int8
    (10_000_000_000, 4),              # larger still: a few sentences per call all the same
    (2_000_000, 256),                 # a small model: a whole notice in one call
])
def test_sentences_per_call_shrink_as_the_model_grows(tiny_m2m, size, per_call):
    described = many_to_many.describe(tiny_m2m.get("m2m100"))
    assert many_to_many.sentences_per_call(dataclasses.replace(described, size=size)) == per_call


def test_nothing_to_translate_and_an_empty_sentence(tiny_m2m):
    model = many_to_many.load(tiny_m2m.get("m2m100"))
    assert model.translate([], "ja", "vi") == []
    assert model.translate([""], "ja", "vi") == [expected("", "ja", "vi")]


def test_a_mislabelled_model_is_described_like_any_other_and_writes_the_wrong_script(
        tiny_m2m):
    """Telling it apart is the install's probe's job: the description cannot."""
    folder = tiny_m2m.get("m2m100", mislabel={"vi": "ja"})
    assert "vi" in many_to_many.describe(folder).targets
    [output] = many_to_many.load(folder).translate(["river stone"], "en", "vi")
    assert output == expected("river stone", "en", "vi", mislabel={"vi": "ja"})
    assert script_share(output, "Latn") == 0.0 and script_share(output, "Jpan") == 1.0


# -- installed models and the cache -----------------------------------------------------------
def test_list_models_skips_damaged_and_hidden_folders(tiny_m2m, tmp_path):
    data = tmp_path / "data"
    assert many_to_many.list_models(data) == []
    models = many_to_many.models_dir(data)
    assert models == data / "models"
    copy_model(tiny_m2m.get("nllb200"), models / "b-nllb")
    copy_model(tiny_m2m.get("m2m100"), models / "a-m2m")
    copy_model(tiny_m2m.get("m2m100"), models / ".staging-x")
    truncate_model_bin(copy_model(tiny_m2m.get("m2m100"), models / "c-broken"))
    found = many_to_many.list_models(data)
    assert [m.path.name for m in found] == ["a-m2m", "b-nllb"]
    # NLLB writes Traditional itself: before M2M-100's converted Simplified, whatever the size.
    assert many_to_many.find_model(data, "ja", "zh-Hant").family == "nllb200"
    assert many_to_many.find_model(data, "ja", "ja-x-easy") is None


def test_loaded_models_are_cached_until_cleared_or_replaced(tiny_m2m, tmp_path):
    data = tmp_path / "data"
    folder = copy_model(tiny_m2m.get("m2m100"), many_to_many.models_dir(data) / "m2m")
    model = many_to_many.describe(folder)
    results = []
    threads = [threading.Thread(target=lambda: results.append(many_to_many.loaded(model)))
               for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(r) for r in results}) == 1
    first = results[0]
    assert many_to_many.loaded(model) is first
    many_to_many.clear_cache(tmp_path / "other-data")
    assert many_to_many.loaded(model) is first
    many_to_many.clear_cache(data)
    second = many_to_many.loaded(model)
    assert second is not first
    # A re-install renames a new folder into place: the stale model is not used.
    shutil.rmtree(folder)
    copy_model(tiny_m2m.get("m2m100"), folder)
    assert many_to_many.loaded(many_to_many.describe(folder)) is not second
    shutil.rmtree(folder)
    with pytest.raises(UserError) as caught:
        many_to_many.loaded(model)
    assert caught.value.code == "pack_unusable"


def test_one_model_is_kept_loaded_at_a_time(tiny_m2m):
    m2m = many_to_many.describe(tiny_m2m.get("m2m100"))
    nllb = many_to_many.describe(tiny_m2m.get("nllb200"))
    first = many_to_many.loaded(m2m)
    many_to_many.loaded(nllb)
    assert many_to_many.loaded(m2m) is not first


# -- refused folders --------------------------------------------------------------------------
def test_a_truncated_model_bin_is_refused_before_loading(tiny_m2m, tmp_path):
    folder = truncate_model_bin(copy_model(tiny_m2m.get("m2m100"), tmp_path / "m2m"))
    assert many_to_many.looks_like_model(folder)
    error = refused(folder)
    assert error.code == "model_damaged"
    assert error.params["reason"].code == "model_reason_truncated"
    assert one_line(error) == (
        "翻訳モデル m2m は壊れているか、最後までコピーされていません（ファイル model.bin が途中で"
        "終わっています）。元のモデルのフォルダをもう一度コピーしてから、「設定」→「翻訳パック」で入れ直してください。")
    with pytest.raises(UserError) as caught:
        many_to_many.load(folder)
    assert caught.value.code == "model_damaged"


def _shorter_vocabulary(folder: Path) -> None:
    path = folder / "shared_vocabulary.json"
    path.write_text(json.dumps(json.loads(path.read_text("utf-8"))[:-1]), "utf-8")


@pytest.mark.parametrize(("damage", "reason"), [
    (drop_vocabulary, "the file shared_vocabulary.json is missing"),
    (lambda f: (f / "sentencepiece.bpe.model").unlink(),
     "the file sentencepiece.bpe.model is missing"),
    (lambda f: (f / "config.json").unlink(), "the file config.json is missing"),
    (lambda f: (f / "config.json").write_text("{not json", "utf-8"),
     "the file config.json is not in the expected format"),
    (lambda f: (f / "shared_vocabulary.json").write_text('{"a": 1}', "utf-8"),
     "the file shared_vocabulary.json is not in the expected format"),
    (lambda f: (f / "shared_vocabulary.json").write_bytes(b"\xff\xfe["),
     "the file shared_vocabulary.json is not in the expected format"),
    (_shorter_vocabulary, "the vocabulary shared_vocabulary.json has {short:,} tokens but the "
                          "model expects {tokens:,}"),
    (lambda f: (f / "model.bin").write_bytes(b"PK\x03\x04 not a model"),
     "the file model.bin is not a CTranslate2 model"),
    (lambda f: (f / "model.bin").write_bytes(b""), "the file model.bin ends too early"),
])
def test_a_damaged_folder_is_refused_with_one_clear_error(tiny_m2m, tmp_path, damage, reason):
    folder = copy_model(tiny_m2m.get("m2m100"), tmp_path / "m2m")
    tokens = len(json.loads((folder / "shared_vocabulary.json").read_text("utf-8")))
    reason = reason.format(tokens=tokens, short=tokens - 1)
    damage(folder)
    error = refused(folder)
    assert error.code == "model_damaged"
    assert str(error.params["reason"]) == reason
    assert one_line(error, "en") == (
        f"The translation model m2m is damaged or was not copied completely ({reason}). Copy "
        "the model folder again from the original, then install it again in Settings → "
        "Language packs.")
    assert one_line(error, "ja").startswith("翻訳モデル m2m は壊れている")
    assert one_line(error, "vi").startswith("Mô hình dịch m2m bị hỏng")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_an_unreadable_vocabulary_says_why_in_the_users_language(tiny_m2m, tmp_path):
    folder = copy_model(tiny_m2m.get("m2m100"), tmp_path / "m2m")
    (folder / "shared_vocabulary.json").chmod(0)
    error = refused(folder)
    assert "ファイル shared_vocabulary.json を読めません：" in one_line(error)


@pytest.mark.parametrize("family", ["m2m100", "nllb200"])
def test_a_vocabulary_without_language_tokens_is_not_a_many_to_many_model(tiny_m2m, family):
    folder = tiny_m2m.get(family, language_tokens=False)
    error = refused(folder)
    assert error.code == "model_not_many_to_many"
    assert "M2M-100" in one_line(error)
    assert not many_to_many.looks_like_model(folder.parent / "nothing")


def test_a_model_with_one_catalog_language_is_refused(tiny_m2m):
    error = refused(tiny_m2m.get("m2m100", languages=("ja",)))
    assert error.code == "model_no_languages"
    assert "M2M-100" in one_line(error)


def test_not_a_folder_is_refused(tmp_path):
    (tmp_path / "file.bin").write_bytes(b"x")
    assert refused(tmp_path / "file.bin").code == "model_damaged"
    assert refused(tmp_path / "missing").code == "model_damaged"


def test_a_model_ctranslate2_cannot_load_is_unusable(tiny_m2m, tmp_path):
    folder = copy_model(tiny_m2m.get("m2m100"), tmp_path / "m2m")
    (folder / "sentencepiece.bpe.model").write_bytes(b"not a sentencepiece model")
    with pytest.raises(UserError) as caught:
        many_to_many.load(folder, name="M2M on the stick")
    assert caught.value.code == "pack_unusable"
    assert caught.value.params["name"] == "M2M on the stick"


# -- licences and names -----------------------------------------------------------------------
def test_the_readme_licence_wins(tiny_m2m):
    model = many_to_many.describe(tiny_m2m.get("m2m100", licence="cc-by-nc-4.0"))
    assert (model.licence, model.non_commercial) == ("CC-BY-NC-4.0", True)
    model = many_to_many.describe(tiny_m2m.get("nllb200", licence="mit"))
    assert (model.licence, model.non_commercial) == ("MIT", False)


def test_without_a_readme_licence_the_publishers_model_keeps_the_publishers_licence(tiny_m2m):
    assert many_to_many.describe(tiny_m2m.get("m2m100", licence=None)).licence == "MIT"
    nllb = many_to_many.describe(tiny_m2m.get("nllb200", licence=None))
    assert (nllb.licence, nllb.non_commercial) == ("CC-BY-NC-4.0", True)


def test_an_unknown_licence_is_empty_and_a_license_file_or_the_record_names_it(tiny_m2m,
                                                                               tmp_path):
    folder = copy_model(tiny_m2m.get("m2m100", licence=None), tmp_path / "m2m-finetuned")
    config = json.loads((folder / "tokenizer_config.json").read_text("utf-8"))
    config["name_or_path"] = "someone/m2m100-disaster-finetuned"
    (folder / "tokenizer_config.json").write_text(json.dumps(config), "utf-8")
    assert many_to_many.describe(folder).licence == ""
    (folder / many_to_many.RECORD).write_text(json.dumps({"licence": "Apache-2.0"}), "utf-8")
    assert many_to_many.describe(folder).licence == "Apache-2.0"
    (folder / "LICENSE").write_text("MIT License\n\nCopyright (c) someone\n\nPermission is "
                                    "hereby granted, free of charge, ...", "utf-8")
    assert many_to_many.describe(folder).licence == "MIT"
    (folder / "README.md").write_text("---\nlicense: other\n---\n# A model\n", "utf-8")
    assert many_to_many.describe(folder).licence == "MIT"


def test_an_nllb_model_of_unknown_licence_counts_as_non_commercial(tiny_m2m, tmp_path):
    folder = copy_model(tiny_m2m.get("nllb200", licence=None), tmp_path / "nllb")
    (folder / "tokenizer_config.json").unlink()
    model = many_to_many.describe(folder)
    assert (model.family, model.licence, model.non_commercial) == ("nllb200", "", True)
    assert model.name == "NLLB-200 600M"      # from the model card's title
    (folder / "README.md").unlink()
    (folder / "LICENSE").write_text("Attribution-NonCommercial 4.0 International", "utf-8")
    renamed = folder.rename(tmp_path / "nllb-ct2")
    model = many_to_many.describe(renamed)
    assert (model.name, model.licence, model.non_commercial) == ("NLLB-200", "CC-BY-NC-4.0",
                                                                 True)


@pytest.mark.parametrize(("names", "size"), [
    (("facebook/m2m100_418M",), "418M"), (("facebook/m2m100_1.2B",), "1.2B"),
    (("facebook/nllb-200-distilled-1.3B",), "1.3B"), (("", "NLLB-200 3.3B for CT2"), "3.3B"),
    (("", "", "m2m100_1.2b-ct2-int8"), "1.2B"), (("facebook/m2m100", "nllb-200", "int8"), ""),
])
def test_model_size_from_its_names(names, size):
    assert model_card.model_size(*names) == size


def test_front_matter_keys():
    card = "---\nlanguage:\n- ja\nlicense: 'cc-by-nc-4.0'\ntags: [x]\n---\nlicense: mit\n"
    assert model_card.front_matter(card)["license"] == "cc-by-nc-4.0"
    assert model_card.front_matter("# no front matter\nlicense: mit") == {}
    assert model_card.licence_name("other") == ""
    assert model_card.licence_name("CC-BY-NC-4.0") == "CC-BY-NC-4.0"


def test_the_size_counts_every_file(tiny_m2m, tmp_path):
    folder = copy_model(tiny_m2m.get("m2m100"), tmp_path / "m2m")
    before = many_to_many.describe(folder).size
    (folder / "extra").mkdir()
    (folder / "extra" / "notes.txt").write_bytes(b"x" * 1000)
    assert many_to_many.describe(folder).size == before + 1000
    assert before == sum(os.path.getsize(p) for p in folder.iterdir() if p.is_file())


# -- model.bin's index ---------------------------------------------------------------------------
def _string(text: str) -> bytes:
    raw = text.encode() + b"\0"
    return struct.pack("<H", len(raw)) + raw


def _old_model_bin(version: int, rows: int, cut: int = 0) -> bytes:
    """A model.bin in the layout of binary version 1-3: item size and item count."""
    data = struct.pack("<I", version)
    if version >= 2:
        data += _string("TransformerSpec") + struct.pack("<I", 1)
    data += struct.pack("<I", 1) + _string("encoder/embeddings_0/weight")
    data += struct.pack("<BII", 2, rows, 4) + struct.pack("<BI", 4, rows * 4)
    data += bytes(rows * 4 * 4)
    if version >= 3:
        data += struct.pack("<I", 1) + _string("decoder/embeddings/weight")
        data += _string("encoder/embeddings_0/weight")
    return data[: len(data) - cut] if cut else data


@pytest.mark.parametrize("version", [1, 2, 3])
def test_older_binary_versions_are_read_and_checked(tmp_path, version):
    path = tmp_path / "model.bin"
    path.write_bytes(_old_model_bin(version, rows=5))
    shapes = model_file.variable_shapes(path)
    assert shapes == {"encoder/embeddings_0/weight": (5, 4)}
    assert model_file.vocabulary_size(shapes) == 5
    path.write_bytes(_old_model_bin(version, rows=5, cut=3))
    with pytest.raises(model_file.ModelFileError) as caught:
        model_file.variable_shapes(path)
    assert caught.value.truncated


def test_a_later_binary_version_is_left_to_ctranslate2(tiny_m2m, tmp_path):
    path = tmp_path / "model.bin"
    data = bytearray((tiny_m2m.get("m2m100") / "model.bin").read_bytes())
    assert model_file.vocabulary_size(model_file.variable_shapes(
        tiny_m2m.get("m2m100") / "model.bin")) > 500
    struct.pack_into("<I", data, 0, model_file.NEWEST_VERSION + 1)
    path.write_bytes(bytes(data))
    assert model_file.variable_shapes(path) is None
