"""Quality gate: events coded from the development material, scored by the project's scorers.

Each set (the seeds, dev, dev2 and the PLOVER sentences) is ingested as ``tools/score.py`` does,
through the CLI, and its export scored: strict F1 for the article sets, type F1 for the PLOVER
sentences. The floors only rise (tests/score_floors.json); the figures are printed at the end of
the test run so that CI's log shows them.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from tidings.cli import cli

from .conftest import ROOT, SCORES, SHARED

sys.path.insert(0, str(ROOT / "tools"))
from score import SETS, figures  # noqa: E402

FLOORS = json.loads((ROOT / "tests" / "score_floors.json").read_text("utf-8"))


@pytest.mark.parametrize("name", list(SETS))
def test_seed_score_f1_above_floor(name, tmp_path, request):
    inputs, gold, scorer = SETS[name]
    if not (SHARED / inputs).exists():
        pytest.skip(f"{SHARED / inputs} not found")
    db, pred = str(tmp_path / "s.duckdb"), tmp_path / "events.jsonl"
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", db, "ingest", str(SHARED / inputs)]).exit_code == 0
    assert runner.invoke(cli, ["--db", db, "export", "events", "--out", str(pred)]).exit_code == 0
    command = [sys.executable, str(SHARED / "bin" / scorer)]
    command += ([str(SHARED / gold), str(pred)] if scorer == "score-plover"
                else ["--gold", str(SHARED / gold), "--pred", str(pred)])
    report = subprocess.run(command, capture_output=True, text=True, check=False).stdout
    found = figures(scorer, report)
    measure = "type" if scorer == "score-plover" else "strict"
    request.config.stash.setdefault(SCORES, []).append(
        f"{name}: {measure} P {found['P']:.3f}  R {found['R']:.3f}  F1 {found['F1']:.3f}")
    assert found["F1"] >= FLOORS[name], report
