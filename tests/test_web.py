"""The web dashboard: every page, the JSON API and its OpenAPI document, escaping, errors."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from tidings.cli import cli
from tidings.store import StoreMissing
from tidings.web import create_app
from tidings.web.charts import periods

# Article text is untrusted: markup in it must reach the browser as text.
HOSTILE = """Germany and China discuss trade

BERLIN, March 3, 2025 - German Foreign Minister Annalena Baerbock met Chinese Foreign Minister \
Wang Yi in Berlin on Monday <script>alert(1)</script> to discuss <b>trade</b>.
"""


# A record that names its original address.
LINKED = {"doc": "linked", "published": "2025-05-06", "url": "https://news.example.org/chile-peru-talks",
          "title": "Chile and Peru talk fish", "text": "Chile and Peru held talks in Lima on Monday about fishing "
          "rights.\n\nThe talks were the first since a humanitarian aid convoy crossed the border."}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, seeds_dir):
    folder = tmp_path_factory.mktemp("web")
    (folder / "input").mkdir()
    (folder / "input" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / "input" / "linked.jsonl").write_text(json.dumps(LINKED) + "\n", encoding="utf-8")
    db = str(folder / "web.duckdb")
    for path in (seeds_dir, folder / "input"):
        result = CliRunner().invoke(cli, ["--db", db, "ingest", str(path)])
        assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="module")
def client(store_path):
    with TestClient(create_app(store_path)) as client:
        yield client


def _event_id(client, a, b, type_, date):
    rows = client.get("/api/timeline", params={"a": a, "b": b}).json()
    return next(r["event_id"] for r in rows if r["type"] == type_ and r["date"] == date)


def test_web_every_page_renders(client):
    event_id = _event_id(client, "PAK", "RUS", "CONSULT", "2025-02-25")
    for path in ("/", "/dyad/PAK/RUS", "/dyad/rus/pak", "/actor/PAK", "/actor/RUS", f"/event/{event_id}",
                 "/search?q=terror", "/search", "/static/style.css"):
        response = client.get(path)
        assert response.status_code == 200, path
    assert "text/html" in client.get("/").headers["content-type"]


def test_web_overview_shows_volume_and_top_pairs(client):
    page = client.get("/").text
    assert 'class="chart stacked-chart"' in page
    assert 'href="/dyad/PAK/RUS"' in page and "Pakistan – Russia" in page


def test_web_dyad_page_has_charts_events_and_commitments(client):
    page = client.get("/dyad/PAK/RUS").text
    assert page.count("<svg") >= 2 and "index-chart" in page and "stacked-chart" in page
    dates = re.findall(r'<span class="date">([^<]+)</span>', page)
    assert [d for d in dict.fromkeys(dates) if d != "undated"][:5] == \
        ["2023-11-16", "2024-10", "2025-02-25", "2025-04-22", "2025-06-03"]
    assert '<blockquote class="evidence">' in page and "<mark>" in page
    assert "<h2>Commitments</h2>" in page and '<span class="pill' in page
    assert 'href="/event/' in page and 'href="/actor/PAK"' in page


def test_web_actor_page_draws_the_network_of_counterparts(client):
    page = client.get("/actor/PAK").text
    assert "network-chart" in page
    for other in ("RUS", "DZA", "IND"):
        assert f'href="/actor/{other}"' in page
    assert 'href="/dyad/PAK/RUS"' in page


def test_web_event_page_shows_every_mention(client):
    event_id = _event_id(client, "PAK", "RUS", "CONSULT", "2025-02-25")
    detail = client.get(f"/api/events/{event_id}").json()
    page = client.get(f"/event/{event_id}").text
    sentences = {(m["article_id"], m["start"]) for m in detail["mentions"]}
    assert len(sentences) >= 2
    assert page.count('<blockquote class="evidence">') == len(sentences)  # each sentence once, whatever its triggers
    for mention in detail["mentions"]:
        assert mention["doc"] in page


def test_web_search_finds_sentences_and_actors(client):
    found = client.get("/api/search", params={"q": "pakistan"}).json()
    assert found["events"] and any(a["country"] == "PAK" for a in found["actors"])
    assert client.get("/api/search", params={"q": "100%_"}).json()["events"] == []
    assert client.get("/api/search", params={"q": "  "}).json() == {"query": "", "events": [], "actors": []}
    assert "Pakistan" in client.get("/search", params={"q": "pakistan"}).text


def test_web_api_shapes(client):
    dyads = client.get("/api/dyads").json()
    assert dyads[0]["a"] == "PAK" and dyads[0]["b"] == "RUS"
    assert set(dyads[0]) == {"a", "b", "events", "quad1", "quad2", "quad3", "quad4", "mean_goldstein"}
    index = client.get("/api/dyad/PAK/RUS/index", params={"by": "month"}).json()
    assert [p["period"] for p in index][:2] == ["2023-11", "2024-10"]
    assert all(-10 <= p["index"] <= 10 for p in index)
    volume = client.get("/api/volume", params={"a": "PAK", "b": "RUS"}).json()
    assert sum(p["events"] for p in volume) == sum(p["events"] for p in index)
    timeline = client.get("/api/timeline", params={"a": "PAK", "b": "RUS"}).json()
    assert {"event_id", "date", "type", "summary", "outlets"} <= set(timeline[0])
    network = client.get("/api/actor/PAK/network").json()
    assert network["actor"] == "PAK" and {c["key"] for c in network["counterparts"]} >= {"RUS", "DZA", "IND"}
    actors = client.get("/api/actors", params={"country": "pak"}).json()
    assert actors and all(a["country"] == "PAK" for a in actors)
    commitments = client.get("/api/commitments", params={"a": "PAK", "b": "RUS"}).json()
    assert any(c["promised"] == "CONSULT" and c["stated"] == "2025-04-22" and c["due"] == "2026" for c in commitments)
    assert client.get("/api/summary").json()["articles"] >= 7


def test_web_openapi_lists_the_api(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/dyads", "/api/dyad/{a}/{b}/index", "/api/timeline", "/api/events/{event_id}",
                 "/api/actors", "/api/actor/{code}/network", "/api/commitments", "/api/search", "/api/volume"):
        assert path in spec["paths"], path
    assert not any(not p.startswith("/api/") for p in spec["paths"])
    assert "EventDetail" in spec["components"]["schemas"]


def test_web_article_markup_is_shown_as_text(client):
    found = client.get("/api/search", params={"q": "alert(1)"}).json()["events"]
    assert found
    for path in (f"/event/{found[0]['event_id']}", "/dyad/CHN/DEU", "/actor/DEU"):
        page = client.get(path).text
        assert "<script>" not in page and "<b>trade</b>" not in page, path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;trade&lt;/b&gt;" in page, path
    for query in ("alert(1)", "<script>"):
        page = client.get("/search", params={"q": query}).text
        assert "<script>" not in page and "&lt;" in page


def test_web_not_found(client):
    assert client.get("/event/no-such-event").status_code == 404
    assert client.get("/api/events/no-such-event").json() == {"detail": "no event 'no-such-event'"}
    assert client.get("/dyad/PAK/ZZZ").status_code == 404
    assert client.get("/actor/ZZZ").status_code == 404
    missing = client.get("/no/such/page")
    assert missing.status_code == 404 and "Not found" in missing.text
    assert client.get("/api/dyad/PAK/RUS/index", params={"by": "week"}).status_code == 422


def test_web_store_is_opened_read_only(client, store_path, tmp_path):
    import duckdb
    with duckdb.connect(store_path, read_only=True) as other:
        assert other.execute("SELECT count(*) FROM events").fetchone()[0] > 0
        assert client.get("/api/summary").status_code == 200
    with pytest.raises(StoreMissing):
        create_app(str(tmp_path / "missing.duckdb"))
    assert not (tmp_path / "missing.duckdb").exists()


def test_web_chart_periods_fill_the_gaps():
    assert periods("2024-11", "2025-02") == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert periods("2023", "2025") == ["2023", "2024", "2025"]


def test_web_serve_command_is_listed():
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "--port" in result.output and "127.0.0.1" in result.output


def test_web_events_page_filters_sorts_and_pages(client):
    page = client.get("/events", params={"type": "CONSULT", "since": "2025", "actor": "Pakistan"}).text
    assert 'name="since" value="2025"' in page and '<option selected>CONSULT</option>' in page
    rows = re.findall(r'<tr class="event-row">(.*?)</tr>', page, re.S)
    assert rows and all("CONSULT" in r and "PAK" in r for r in rows)
    dates = re.findall(r'<td class="nowrap">(\d{4}[-\d]*)</td>', page)
    assert dates and all(d >= "2025" for d in dates)
    api = client.get("/api/events", params={"type": "CONSULT", "since": "2025", "actor": "Pakistan"}).json()
    assert api["total"] == len(rows) and {e["type"] for e in api["events"]} == {"CONSULT"}
    first, second = (client.get("/api/events", params={"limit": 3, "offset": k, "sort": "-confidence"}).json()
                     for k in (0, 3))
    assert first["total"] == second["total"] > 6 and len(first["events"]) == 3
    confidences = [e["confidence"] for e in first["events"] + second["events"]]
    assert confidences == sorted(confidences, reverse=True)
    assert 'class="next"' in client.get("/events", params={"min_confidence": 0}).text or first["total"] <= 50


def test_web_downloads_hold_exactly_the_filtered_set(client):
    params = {"actor": "RUS", "quad_class": 1, "sort": "-date"}
    total = client.get("/api/events", params=params).json()["total"]
    table = client.get("/api/events.csv", params=params)
    assert table.headers["content-type"].startswith("text/csv") and "attachment" in table.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert len(rows) == total and all(r["quad_class"] == "1" for r in rows)
    lines = client.get("/api/events.jsonl", params=params).text.splitlines()
    assert [json.loads(line)["event_id"] for line in lines] == [r["event_id"] for r in rows]
    promises = client.get("/api/commitments.csv", params={"a": "PAK", "b": "RUS"}).text
    assert len(list(csv.DictReader(io.StringIO(promises)))) == len(client.get(
        "/api/commitments", params={"a": "PAK", "b": "RUS"}).json())


@pytest.mark.parametrize("params", [{"since": "2025-13"}, {"type": "PARADE"}, {"quad_class": 5}, {"country": "X1"},
                                    {"country": "ZZZ"}, {"sort": "colour"}, {"min_confidence": 2}, {"offset": -1},
                                    {"offset": 2**63}, {"min_confidence": "nan"},
                                    {"since": "2025-06", "until": "2025-01"}])
def test_web_bad_filters_are_refused_with_the_reason(client, params):
    api = client.get("/api/events", params=params)
    assert api.status_code == 422 and api.json()["detail"]
    page = client.get("/events", params=params)
    assert page.status_code == 422 and "Invalid parameters" in page.text and next(iter(params)) in page.text


def test_web_pair_and_actor_pages_take_the_filters(client):
    everything = client.get("/dyad/PAK/RUS").text
    recent = client.get("/dyad/PAK/RUS", params={"since": "2025", "type": "AGREE"}).text
    dates = re.findall(r'<span class="date">([^<]+)</span>', recent)
    assert dates and all(d == "undated" or d >= "2025" for d in dates)
    assert recent.count('<li class="event">') < everything.count('<li class="event">')
    index = client.get("/api/dyad/PAK/RUS/index", params={"since": "2025"}).json()
    assert index and all(p["period"] >= "2025" for p in index)
    actor = client.get("/actor/PAK", params={"quad_class": 3}).text
    assert 'name="quad_class"' in actor and "quad_class=3" in actor  # links keep the filter
    assert client.get("/dyad/PAK/RUS", params={"since": "2030"}).status_code == 200  # no event: still the pair


def test_web_actor_page_lists_names_roles_and_counterparts(client):
    page = client.get("/actor/RUS").text
    assert "Who acts for Russia" in page and "Roles over time" in page
    assert "Sergey Lavrov" in page and "Foreign Minister" in page
    assert 'href="/dyad/PAK/RUS"' in page


def test_web_network_labels_never_meet(client):
    chart = client.get("/actor/PAK").text
    labels = re.findall(r'<text class="label" x="([\d.]+)" y="([\d.]+)"[^>]*rotate\(([-\d.]+)', chart)
    assert len(labels) >= 3
    angles = sorted(float(a) % 180 for _, _, a in labels)
    points = [(float(x), float(y)) for x, y, _ in labels]
    assert all(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5 > 12 for i, a in enumerate(points) for b in points[i + 1:])
    assert len(set(angles)) == len(angles)  # each name on its own ray


def test_web_article_page_links_sentences_events_and_the_original(client):
    event_id = _event_id(client, "CHL", "PER", "CONSULT", "2025-05-05")
    event = client.get(f"/event/{event_id}").text
    (article_id,) = set(re.findall(r'href="/articles/([0-9a-f]+)#s\d+"', event))
    assert 'href="https://news.example.org/chile-peru-talks"' in event
    page = client.get(f"/articles/{article_id[:8]}").text
    assert "Chile and Peru talk fish" in page and 'class="original" href="https://news.example.org/chile-peru-talks"' in page
    assert f'href="/event/{event_id}"' in page and '<span class="coded" id="s0">' in page
    assert "humanitarian aid convoy" in page
    detail = client.get(f"/api/articles/{article_id}").json()
    assert "".join(p["text"] for p in detail["passages"]) == detail["body"]
    assert any(e["event_id"] == event_id for p in detail["passages"] for e in p["events"])
    assert client.get("/articles/nothing").status_code == 404


def test_web_search_reads_article_text(client):
    found = client.get("/api/search", params={"q": "humanitarian aid"}).json()["events"]
    assert any(e["source_key"] == "CHL" for e in found)  # the words are not in the evidence sentence
    assert client.get("/api/events", params={"q": "humanitarian aid"}).json()["total"] == len(found)


def test_web_map_counts_places_and_links_to_events(client):
    data = client.get("/api/places").json()
    assert data["countries"] and data["places"]
    lima = next(p for p in data["places"] if p["name"] == "Lima")
    assert lima["country"] == "PER" and not lima["whole_country"] and lima["events"] >= 1
    page = client.get("/map").text
    assert 'class="chart world-map"' in page and page.count("<path") > 150
    assert 'href="/events?country=PER"' in page and 'href="/events?place=Lima&amp;country=PER"' in page
    events = client.get("/api/events", params={"place": "Lima", "country": "PER"}).json()
    assert events["total"] == lima["events"]


def test_web_overview_counts_what_the_command_line_counts(client, store_path):
    page = client.get("/").text
    result = CliRunner().invoke(cli, ["--db", store_path, "events", "--format", "json", "--limit", "1000"])
    shown = re.search(r'<a href="/events"><b>(\d+)</b></a>', page)
    assert shown and int(shown.group(1)) == len(json.loads(result.stdout))


def test_web_blank_form_fields_filter_nothing(client):
    blank = client.get("/events", params={"actor": "", "type": "", "quad_class": "", "since": " ", "min_confidence": ""})
    assert blank.status_code == 200 and blank.text.count('<tr class="event-row">') == client.get(
        "/events").text.count('<tr class="event-row">')
    assert client.get("/api/events", params={"quad_class": "", "q": "Lahore"}).status_code == 200


@pytest.mark.parametrize("path, params, reason", [
    ("/api/timeline", {"a": "PAK", "since": "' OR 1=1--"}, "is not a date"),
    ("/api/timeline", {"a": "PAK", "until": "2025-02-30"}, "day is out of range"),
    ("/api/dyads", {"since": "2025-13"}, "month must be in 1..12"),
    ("/api/dyads", {"limit": "-1"}, "greater than or equal to 1"),
    ("/api/dyad/PAK/RUS/index", {"by": "week"}, "'year', 'month' or 'day'"),
    ("/api/volume", {"until": "yesterday"}, "is not a date"),
    ("/api/actors", {"country": "Pakistan"}, "not a three-letter country code"),
    ("/api/actor/PAK/network", {"since": "2025-1"}, "is not a date"),
    ("/api/commitments", {"min_confidence": "2"}, "less than or equal to 1"),
    ("/api/timeline", {"a": "PAK", "since": "2025-03-02", "until": "2025-03-01"}, "the period is empty"),
    ("/api/events", {"offset": "99999999999999999999999"}, "less than or equal to 1000000000"),
])
def test_web_api_parameters_are_checked(client, path, params, reason):
    answer = client.get(path, params=params)
    assert answer.status_code == 422 and reason in str(answer.json()["detail"]), answer.text


def test_web_api_valid_periods_and_codes_answer(client):
    assert client.get("/api/timeline", params={"a": "PAK", "since": "2025", "until": "2025-12-31"}).json()
    assert client.get("/api/actors", params={"country": "pak"}).status_code == 200


def test_web_an_error_of_tidings_is_a_500_with_the_security_headers(store_path, monkeypatch):
    def failing(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr("tidings.query.events", failing)
    with TestClient(create_app(store_path), raise_server_exceptions=False) as client:
        for path in ("/api/events", "/events"):
            answer = client.get(path)
            assert answer.status_code == 500 and "a bug" not in answer.text
            assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]
            assert answer.headers["x-content-type-options"] == "nosniff"


def test_web_every_response_sends_security_headers(client):
    event = client.get("/api/timeline", params={"a": "PAK", "b": "RUS"}).json()[0]["event_id"]
    paths = ["/", "/dyad/PAK/RUS", "/actor/PAK", f"/event/{event}", "/search?q=Pakistan", "/api/summary",
             "/openapi.json", "/static/style.css", "/no/such/page", "/api/dyads?limit=-1", "/dyad/PAK/ZZZ"]
    for path in paths:
        answer = client.get(path)
        policy = answer.headers["content-security-policy"]
        assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy and "unsafe" not in policy
        assert answer.headers["x-content-type-options"] == "nosniff" and answer.headers["x-frame-options"] == "DENY"
        if answer.headers["content-type"].startswith("text/html"):
            # nothing inline for the policy to block: no script, no style attribute or element
            assert not re.search(r"<script|<style|\sstyle=|\son[a-z]+=", answer.text), path
    overview = client.get("/").text
    assert '<svg class="quadbar"' in overview and "<rect " in overview
