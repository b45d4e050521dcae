"""Annotation: the default model and the fast mode without the entity recognizer; its worker
processes end with the process that started them."""
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tidings import bench, nlp

from .conftest import tidings_command

TEXT = ("Foreign Minister Annalena Baerbock met Sergey Lavrov in Berlin on Tuesday.\n\n"
        "The two sides discussed trade. She later flew to Paris.")


@pytest.fixture(scope="module")
def docs():
    return next(nlp.annotate([TEXT])), next(nlp.annotate([TEXT], fast=True))


def test_nlp_fast_keeps_text_and_offsets(docs):
    full, fast = docs
    assert fast.text == full.text and len(fast.text) == len(TEXT)
    assert [(t.idx, t.text) for t in fast] == [(t.idx, t.text) for t in full]
    assert [s.start_char for s in fast.sents] == [s.start_char for s in full.sents]


def test_nlp_fast_parses_and_lemmatizes(docs):
    _, fast = docs
    met = next(t for t in fast if t.text == "met")
    assert met.lemma_ == "meet" and met.dep_ == "ROOT"


def test_nlp_fast_marks_people_dates_and_places(docs):
    _, fast = docs
    ents = {(e.text, e.label_) for e in fast.ents}
    assert ("Annalena Baerbock", "PERSON") in ents and ("Sergey Lavrov", "PERSON") in ents
    assert ("Tuesday", "DATE") in ents
    assert ("Berlin", "GPE") in ents  # a known seat of government after "in" is a place, as the recognizer says
    assert not any(label == "PERSON" and {"Foreign", "Minister", "Paris"} & set(text.split()) for text, label in ents)


def test_nlp_workers_hand_docs_back_in_order():
    texts = ["Kenya and Uganda signed a deal.", "", "Chile accused Peru of spying.", "Peru held talks with Chile."] * 3
    out = list(nlp.annotate(texts, fast=True, n_process=2, batch_size=2))
    assert [len(d.text) for d in out] == [len(t) for t in texts]
    assert [d[0].text if len(d) else "" for d in out] == [t.split()[0] if t else "" for t in texts]


SELECTED = ("Kenya and Uganda signed a trade deal on Monday. The weather in Nairobi was warm all week.\n\n"
            "Officials said the two sides would hold talks in May. Nothing else happened.")


def test_select_blanks_sentences_that_cannot_hold_an_event():
    doc = next(nlp.annotate([SELECTED]))
    assert len(doc.text) == len(SELECTED)
    blanked = [s for s in ("The weather in Nairobi was warm all week.", "Nothing else happened.")]
    for sentence in blanked:
        start = SELECTED.index(sentence)
        assert doc.text[start:start + len(sentence)].strip() == ""
    assert "\n\n" in doc.text  # line breaks stay
    for kept in ("Kenya and Uganda signed a trade deal on Monday.", "Officials said the two sides would hold talks in May."):
        assert doc.text[SELECTED.index(kept):SELECTED.index(kept) + len(kept)] == kept
    assert not any(e.text == "Nairobi" for e in doc.ents)  # blanked text is not annotated


def test_select_keeps_a_sentence_that_tells_who_speaks():
    """No event in it, but the later sentences go on with what this speaker says."""
    text = "Peru's foreign minister Ana Ruiz told reporters on Monday that she was confident. She condemned Chile."
    doc = next(nlp.annotate([text]))
    assert doc.text == text


def test_select_keeps_the_sentence_a_pronoun_of_a_kept_one_refers_back_to():
    text = "Bolivia is a neighbouring country. We recognise its sovereignty, Peru said. The weather was warm."
    doc = next(nlp.annotate([text]))
    assert doc.text.startswith("Bolivia is a neighbouring country.")
    assert doc.text.endswith(" " * len("The weather was warm."))


def test_select_keeps_offsets_and_never_joins_a_blank_to_a_sentence():
    doc = next(nlp.annotate([SELECTED]))
    assert all(SELECTED[t.idx:t.idx + len(t)] == t.text for t in doc if not t.is_space)
    for sent in doc.sents:
        assert sent.text.strip() == "" or SELECTED[sent.start_char:sent.end_char] == sent.text
    assert next(t for t in doc if t.text == "hold").lemma_ == "hold"



@pytest.mark.parametrize("gap", ["", "Officials were unavailable.\n\n"])  # all kept, or a blank before
def test_select_ends_a_sentence_at_a_paragraph_break(gap):
    """The parser left "... two passers-by.", a blank line and the next paragraph in one sentence."""
    text = (gap + "A Peruvian drone strike on a car in the town of Tacna killed one man and wounded two passers-by."
            "\n\nBolivian President Ana Soto condemned the strike.")
    doc = next(nlp.annotate([text]))
    assert any(sent.text.startswith("Bolivian President") for sent in doc.sents)


def test_select_sets_sentence_starts_without_reading_the_doc_per_token():
    """Setting ``Token.is_sent_start`` one token at a time read the whole Doc each time: a page
    with a run of 40,000 punctuation marks took minutes. The reads no longer grow with the Doc."""
    import sys

    select = nlp.load().get_pipe(nlp.SELECT)

    def reads(text: str) -> int:
        doc, calls = nlp.load().make_doc(text), []
        sys.setprofile(lambda frame, event, arg: calls.append(1) if event == "call"
                       and frame.f_code.co_name == "has_annotation" else None)
        try:
            select(doc)
        finally:
            sys.setprofile(None)
        return len(calls)

    kept = "Kenya and Uganda signed a trade deal on Monday. " * 40  # every sentence kept
    some = kept + "The weather in Nairobi was warm all week. " * 40  # and some blanked
    assert reads(kept) == reads(kept * 4) and reads(some) == reads(some * 4)


def test_tokenizable_breaks_long_runs_of_non_space_and_keeps_offsets():
    """spaCy's tokenizer takes time in the square of a run of punctuation's length; spaCy is
    given every 100th character of a longer run as a space, and the offsets stay."""
    text = f"Chile and Peru met in Lima {'(' * 250} {'a' * 100} {'b' * 150} https://example.org/{'x' * 60} on Monday."
    made = nlp.tokenizable(text)
    start, word = text.index("("), text.index("b")
    assert len(made) == len(text) and max(map(len, made.split())) == 100  # the a's
    assert [i for i, (a, b) in enumerate(zip(made, text)) if a != b] == [start + 99, start + 199, word + 99]
    doc = next(nlp.annotate([text]))
    assert len(doc.text) == len(text) and max(len(t) for t in doc) == 100  # the sentence is kept
    assert nlp.tokenizable(TEXT) is TEXT



def test_nlp_long_text_is_annotated_in_pieces_joined_with_its_offsets(monkeypatch):
    """spaCy's layers take memory in the tokens of a Doc (a text of 190,000 punctuation marks
    took 3 GB): a text over ``PIECE_TOKENS`` is annotated in pieces cut after a paragraph."""
    paragraphs = ["Kenya and Uganda signed a trade deal in Nairobi on Monday.",
                  "Officials said the two sides would hold talks in May. Chile recalled its ambassador.",
                  "Peru condemned the attack on its embassy in Lima."] * 3
    text = "\n\n".join(paragraphs)
    whole = next(nlp.annotate([text, "Chile and Peru met."]))
    monkeypatch.setattr(nlp, "PIECE_TOKENS", 25)
    parts = nlp.pieces(text)
    assert len(parts) >= 4 and "".join(parts) == text and all(p.endswith(("\n\n", ". ")) for p in parts[:-1])
    assert all(len(nlp._TOKEN.findall(p)) <= 25 for p in parts)
    assert nlp.pieces("(" * 60) == ["(" * 25, "(" * 25, "(" * 10]  # cut where no mark is, between tokens
    joined, after = nlp.annotate([text, "Chile and Peru met."])  # and the next text is its own Doc
    assert joined.text == whole.text == text and after.text == "Chile and Peru met."
    assert [t.text for t in joined] == [t.text for t in whole]
    assert [s.text.strip() for s in joined.sents if s.text.strip()] == [s.text.strip() for s in whole.sents]
    assert [(e.text, e.label_) for e in joined.ents] == [(e.text, e.label_) for e in whole.ents]


def test_select_leaves_the_events_of_real_articles_unchanged(seeds_dir):
    from tidings import actors, coding, ingest, pipeline
    from tidings.settings import Settings
    from tidings.timing import Stopwatch

    settings, found = Settings(db=":memory:"), []
    for path in sorted(seeds_dir.glob("*.txt")):
        source = ingest.read(path, path.name, settings)
        for record in ingest.parse(source, settings)[0]:
            found.extend(pipeline.split(record, source.sha256, settings))
    registry = actors.ActorRegistry.load()

    def coded(model):
        return {(e.type, e.source.key, e.target.key if e.target else None, e.date, e.mentions[0].start)
                for article, doc in zip(found, model.pipe(a.body for a in found))
                for e in coding.code_doc(article, doc, registry, Stopwatch())[0]}

    selected, whole = coded(nlp.load()), coded(nlp.load(select=False))
    assert len(whole) >= 20 and len(selected & whole) >= 0.95 * len(whole) and len(selected) <= len(whole) + 1


def test_fast_entities_for_facilities_hyphenated_names_and_known_places():
    text = ("Gunmen attacked the Serena Palace Hotel near Kabul, Foreign Minister Jean-Marc Ayrault said. "
            "The Kenya High Court blocked the deal, and Lavrov met Ayrault in Paris.")
    doc = next(nlp.annotate([text], fast=True))
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Serena Palace Hotel", "FAC") in ents and ("Kenya High Court", "ORG") in ents
    assert ("Jean-Marc Ayrault", "PERSON") in ents and ("Lavrov", "PERSON") in ents
    assert ("Kabul", "GPE") in ents  # a known seat of government after "near" is a place
    assert not any(text.startswith("-") or text.endswith("-") for text, _ in ents)


def test_attributes_give_what_the_models_attribute_ruler_gives(seeds_dir):
    """Also checks that multiplying with NumPy gives what the stock model (BLIS) gives."""
    import spacy

    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    texts.append("Y'all gonna sign it? I ain't doin' nothin', let's go. There is a deal. It's what we want.")
    ours, theirs = nlp.load(select=False), spacy.load(nlp.MODEL)
    assert "attribute_ruler" not in ours.pipe_names and nlp.ATTRIBUTES in ours.pipe_names

    def attributes(model):
        return [(t.pos_, t.tag_, t.dep_, str(t.morph), t.lemma_) for doc in model.pipe(texts) for t in doc]

    found, expected = attributes(ours), attributes(theirs)
    assert len(expected) > 4000 and found == expected


def test_names_settles_the_rules_guesses_with_the_recognizer():
    text = ("The talks were first reported by the Associated Press on Monday. Pakistan and Iran agreed to "
            "fence the border in Sistan-Baluchestan, officials said. Ambassador Tess Ingram met the Short Url team.")
    default, fast = next(nlp.annotate([text])), next(nlp.annotate([text], fast=True))
    guessed = {(e.text, e.label_) for e in fast.ents}
    assert {("Associated", "PERSON"), ("Sistan-Baluchestan", "PERSON"), ("Short Url", "PERSON")} <= guessed
    settled = {(e.text, e.label_) for e in default.ents}
    assert ("the Associated Press", "ORG") in settled and ("Sistan-Baluchestan", "GPE") in settled
    assert ("Tess Ingram", "PERSON") in settled and ("Monday", "DATE") in settled
    assert not any("Url" in name for name, _ in settled)


def test_names_in_windows_label_as_the_recognizer_does_on_whole_articles(seeds_dir):
    model = nlp.load(select=False)
    names, recognizer = model.get_pipe(nlp.NAMES), model.get_pipe("ner")
    agree = total = 0
    for doc in model.pipe(p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))):
        doc.set_ents([], default="missing")
        _, guesses = names.by_rule(doc)
        windowed = {i: (e.label_, e.start, e.end) for e in names.recognize([doc], [guesses])[0]
                    for i in range(e.start, e.end)}
        whole = recognizer(doc.copy())
        expected = {i: (e.label_, e.start, e.end) for e in whole.ents for i in range(e.start, e.end)}
        for i in (i for g in guesses for i in range(g.start, g.end)):
            total, agree = total + 1, agree + (windowed.get(i) == expected.get(i))
    assert total > 100 and agree >= 0.97 * total


def test_model_multiplies_with_numpy_on_one_thread():
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_info

    ops = nlp.load().get_pipe("tok2vec").model.ops
    assert isinstance(ops, NumpyOps) and not ops.use_blis
    numpy_blas = [pool for pool in threadpool_info() if "numpy" in pool["filepath"] and pool["user_api"] == "blas"]
    assert numpy_blas and all(pool["num_threads"] == 1 for pool in numpy_blas)


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    """Running (a process that ended but is not reaped yet counts as ended)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] not in ("Z", "X")
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc to find the workers")
def test_nlp_workers_end_with_their_parent(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in bench.generate(400)), encoding="utf-8")
    ingest = subprocess.Popen([*tidings_command(), "--db", str(tmp_path / "s.duckdb"), "ingest", "--workers", "2",
                               str(corpus)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while len(workers) < 2 and ingest.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
            workers = _children(ingest.pid)
        assert len(workers) == 2, "the ingest did not start its two spaCy workers"
        time.sleep(1)  # at work
        ingest.kill()
        ingest.wait()
        deadline = time.monotonic() + 20
        while any(map(_alive, workers)) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(map(_alive, workers)), "spaCy workers outlived the ingest killed with SIGKILL"
    finally:
        ingest.kill()
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_nlp_docs_come_back_without_token_vectors():
    """No stage after spaCy reads the token vectors: they are dropped, so that a worker sends
    back a fraction of the bytes."""
    doc = next(nlp.annotate([TEXT]))
    assert doc.tensor.size == 0 and doc.ents and all(t.pos_ and t.dep_ for t in doc)
    assert len(doc.to_bytes()) < 96 * 4 * len(doc)  # less than the vectors alone: 96 floats a token
