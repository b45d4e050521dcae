"""Store the inflected forms of the event lexicon's lemmas.

    .venv/bin/python tools/build_inflections.py

writes tidings/data/inflections.json: for every lemma whose forms the NLP stage's sentence
selection looks for (``lexicon.inflected_lemmas``), the forms ``lexicon.inflect`` gives
(lemminflect's, as verb, noun and adjective). Reading them at start-up takes a tenth of the time
of working them out. Run it after changing triggers.csv, cameo_verbs.csv or cameo_synsets.csv (a
test checks that the stored forms are complete and current); ``make lexicon`` runs it last.
"""
from __future__ import annotations

import json
from pathlib import Path

from tidings import lexicon

TARGET = Path(__file__).resolve().parent.parent / "tidings" / "data" / "inflections.json"


def main() -> None:
    forms = {lemma: sorted(lexicon.inflect(lemma)) for lemma in sorted(lexicon.inflected_lemmas())}
    about = ("Inflected forms of the event lexicon's lemmas (lemminflect), built by tools/build_inflections.py; "
             "read by tidings.lexicon.trigger_words.")
    rows = ",\n".join(f"{json.dumps(lemma, ensure_ascii=False)}: {json.dumps(found, ensure_ascii=False)}"
                      for lemma, found in forms.items())
    TARGET.write_text(f'{{"_doc": {json.dumps(about)},\n"forms": {{\n{rows}\n}}}}\n', encoding="utf-8")
    print(f"{len(forms)} lemmas -> {TARGET}")


if __name__ == "__main__":
    main()
