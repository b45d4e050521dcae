"""Tables kept between runs (tidings.table_cache): built once, rebuilt when what they are built from
changes, and never a reason for a run to fail."""
from __future__ import annotations

import os
import pickle
import time

import pytest

from tidings import lexicon, places, table_cache
from tidings.actors import ActorRegistry, registry

# English, French, a Serbian Latin sentence (py3langid merges two columns for Serbian), and texts with
# no feature the model knows (scored apart when it gives probabilities)
TEXTS = ("Pakistan and Russia agreed to expand trade.", "Le Pakistan et la Russie ont signé un accord.",
         "Ministar je rekao da će Srbija potpisati sporazum.", "", "OK", "---")


class Builds:
    """A table builder that counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict:
        self.calls += 1
        return {"Islamabad": ("PAK", 1_014_825), "calls": self.calls}


@pytest.fixture
def folder(tmp_path, monkeypatch):
    where = tmp_path / "cache"
    monkeypatch.setenv("TIDINGS_CACHE", str(where))
    return where


def test_table_cache_builds_once_then_loads(folder):
    build = Builds()
    first = table_cache.load("places", build)
    second = table_cache.load("places", build)
    assert build.calls == 1
    assert second == first and second is not first  # a copy of its own each time: a run may change it
    assert [p.name.split("-")[0] for p in folder.iterdir()] == ["places"]


def test_table_cache_builds_again_when_a_source_changes(folder, tmp_path):
    source = tmp_path / "table.csv"
    source.write_text("name\nIslamabad\n")
    build = Builds()
    table_cache.load("places", build, sources=[source])
    source.write_text("name\nIslamabad\nKarachi\n")
    assert table_cache.load("places", build, sources=[source])["calls"] == 2
    assert table_cache.load("places", build, sources=[source])["calls"] == 2
    assert len(list(folder.glob("places-*.pickle"))) == 1  # the pickle of the old file is gone


def test_table_cache_keeps_a_table_per_set_of_sources(folder, tmp_path):
    """The built-in registry and a run's registry with the user's actor table are both kept: runs
    that use them in turn build neither again."""
    mine = tmp_path / "mine.csv"
    mine.write_text("name\nIslamabad\n")
    build = Builds()
    for _ in range(3):
        table_cache.load("actors", build)
        table_cache.load("actors", build, sources=[mine])
    assert build.calls == 2 and len(list(folder.glob("actors-*.pickle"))) == 2


def test_table_cache_builds_again_for_another_library_version(folder, monkeypatch):
    build = Builds()
    table_cache.load("places", build, libraries=["pycountry"])
    real = table_cache.importlib.metadata.version
    monkeypatch.setattr(table_cache.importlib.metadata, "version", lambda name: real(name) + ".post1")
    assert table_cache.load("places", build, libraries=["pycountry"])["calls"] == 2


def test_table_cache_off_builds_every_time_and_keeps_nothing(folder, monkeypatch):
    monkeypatch.setenv("TIDINGS_CACHE", "off")
    build = Builds()
    table_cache.load("places", build)
    table_cache.load("places", build)
    assert build.calls == 2 and not folder.exists()


def test_table_cache_damaged_pickle_is_built_again(folder):
    build = Builds()
    table_cache.load("places", build)
    kept = next(folder.glob("places-*.pickle"))
    kept.write_bytes(kept.read_bytes()[:20])  # cut short, as by a full disk
    assert table_cache.load("places", build)["calls"] == 2
    assert pickle.loads(kept.read_bytes())["calls"] == 2  # and replaced


def test_table_cache_folder_that_cannot_be_made_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("TIDINGS_CACHE", str(blocker / "cache"))
    build = Builds()
    assert table_cache.load("places", build) == {"Islamabad": ("PAK", 1_014_825), "calls": 1}
    assert table_cache.load("places", build)["calls"] == 2


def test_table_cache_table_that_cannot_be_pickled_leaves_nothing(folder):
    def build() -> list:
        return [b"x" * 200_000, lambda: None]  # the bytes are written before the function fails

    assert table_cache.load("places", build)[0] == b"x" * 200_000
    assert list(folder.iterdir()) == []  # no pickle, whole or half-written


def test_table_cache_folder_others_may_write_to_is_not_used(folder):
    folder.mkdir()
    folder.chmod(0o777)  # a shared folder: another user could plant a pickle there
    build = Builds()
    table_cache.load("places", build)
    table_cache.load("places", build)
    assert build.calls == 2 and list(folder.iterdir()) == []


def test_table_cache_tables_long_unused_and_half_written_files_are_removed(folder):
    build = Builds()
    table_cache.load("places", build)
    used = next(folder.glob("places-*.pickle"))
    month_ago = time.time() - 31 * 86400
    stale, orphan = folder / "gazetteer-0000-1111.pickle", folder / ".cities-0000-1111-abc"
    for path in (stale, orphan, used):
        path.write_bytes(path.read_bytes() if path.exists() else b"old")
        os.utime(path, (month_ago, month_ago))
    table_cache.load("places", build)  # unpickled: in use again
    table_cache.load("lexicon", Builds())  # built and kept: the folder is tidied
    assert sorted(p.name.split("-")[0] for p in folder.iterdir()) == ["lexicon", "places"]
    assert build.calls == 1


def test_table_cache_missing_source_is_reported_by_the_build(folder, tmp_path):
    with pytest.raises(FileNotFoundError):
        ActorRegistry.load(extra=[tmp_path / "missing.csv"])


def test_table_cache_registry_is_the_one_read_from_the_files(folder):
    loaded = ActorRegistry.load()  # built and kept
    assert any(folder.glob("actors-*.pickle"))
    kept = ActorRegistry.load()  # unpickled
    fresh = ActorRegistry._read([])
    assert vars(kept) == vars(fresh) == vars(loaded)
    assert kept.lookup("Shehbaz Sharif").country == "PAK"


def test_table_cache_registry_follows_an_edited_user_table(folder, tmp_path):
    table = tmp_path / "orgs.csv"
    table.write_text("code,country,sector,name,aliases\nNDMA,PAK,GOV,National Disaster Management Authority,NDMA\n")
    assert ActorRegistry.load(extra=[table]).lookup("National Disaster Management Authority").country == "PAK"
    before = table.stat()
    table.write_text("code,country,sector,name,aliases\nNDMA,IND,GOV,National Disaster Management Authority,NDMA\n")
    os.utime(table, ns=(before.st_atime_ns, before.st_mtime_ns))  # same size and time, as a copy that keeps times
    assert ActorRegistry.load(extra=[table]).lookup("National Disaster Management Authority").country == "IND"


@pytest.mark.parametrize("cached,read", [
    (places._gazetteer, places._read_gazetteer),
    (registry._cities, registry._read_cities),
    (lexicon.lexicon, lexicon._read_lexicon),
    (lexicon.trigger_words, lexicon._gather_trigger_words),
])
def test_table_cache_tables_are_the_ones_read_from_their_files(folder, cached, read):
    try:
        cached.cache_clear()
        built = cached()  # built and kept
        cached.cache_clear()
        kept = cached()  # unpickled
        assert kept == built == read() and kept is not built
        assert len(list(folder.iterdir())) >= 1
    finally:
        cached.cache_clear()


def test_table_cache_language_identifier_answers_as_the_shipped_model(folder):
    import py3langid
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from tidings import ingest

    confident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    try:
        for _ in range(2):  # built and kept, then unpickled
            ingest._identifier.cache_clear()
            ingest._confidences.cache_clear()
            for text in TEXTS:
                assert ingest.language_of(text) == py3langid.classify(text)[0]
                assert ingest._confidences().classify(text) == confident.classify(text)
        assert any(folder.glob("language-identifier-*.pickle"))
    finally:
        ingest._identifier.cache_clear()
        ingest._confidences.cache_clear()


def test_table_cache_lemminflects_dictionary_is_the_one_it_reads(folder, monkeypatch):
    from lemminflect import Lemmatizer, config
    from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec

    read, shared = LemmaLUCodec.load(config.lemma_lu_fn), Lemmatizer()  # lemminflect's lemmatizer is one object
    try:
        for kept in (False, True):  # built and kept, then unpickled, never read from lemminflect's file
            if kept:
                monkeypatch.setattr(LemmaLUCodec, "load", lambda *_: pytest.fail("read again"))
            lexicon.lemmatizer.cache_clear()
            vars(shared).pop("lemma_dict", None)
            assert lexicon.lemmatizer() is shared and shared.lemma_dict == read
            assert shared.getLemma("lambasted", upos="VERB") == ("lambaste", "lambast")
        assert any(folder.glob("lemminflect-lemmas-*.pickle"))
    finally:
        lexicon.lemmatizer.cache_clear()
