"""The seed files give exactly the gold articles (read from ../shared at run time)."""
from __future__ import annotations

import json

from click.testing import CliRunner

from tidings.cli import cli


def test_seed_articles_match_gold(seeds_dir, gold_articles, db):
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", db, "ingest", str(seeds_dir)]).exit_code == 0
    result = runner.invoke(cli, ["--db", db, "export", "articles", "--format", "jsonl"])
    assert result.exit_code == 0
    got = [json.loads(line) for line in result.output.splitlines()]
    assert [(a["doc"], a["index"]) for a in got] == [(g["doc"], g["article"]) for g in gold_articles]
    for article, gold in zip(got, gold_articles):
        where = f"{gold['doc']}#{gold['article']}"
        assert article["title"] == gold["title"], where
        assert article["published"] in [gold["published"], *gold.get("published_accept", [])], where
        assert article["dateline"] == gold["dateline"], where
        assert article["body"].startswith(gold["first_body_words"]), where
        assert article["body"].rstrip("”’\"' ").endswith(gold["last_body_words"]), where
        for furniture in ("Short Url", "Please enter your", "Advertisment", "Must Read", "Updated "):
            assert furniture not in article["body"], where
