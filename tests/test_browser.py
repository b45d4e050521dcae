"""End to end: Debian's chromium, driven headless by selenium, renders the dashboard served by
uvicorn: a pair, the events page with a filter applied through its form, an event followed to
its article and on to the article's original address (a page served on this machine), and the
map. The screenshots are kept as CI artifacts and as the README's pictures in docs/."""
from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings.cli import cli

from .conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
DRIVER = Path("/usr/bin/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=1280,1560")

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and DRIVER.exists()),
    reason="Debian chromium and chromium-driver are not installed (`make browser` installs them, as root)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Original(BaseHTTPRequestHandler):
    """The page an article was taken from, served on this machine."""

    def do_GET(self):
        body = b"<!doctype html><title>The original story</title><p>As first published.</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def original():
    """The address of a story's original page (a local server, stopped at the end)."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Original)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/2025/05/chile-peru-talks"
    httpd.shutdown()
    thread.join(10)


@pytest.fixture(scope="module")
def server(tmp_path_factory, seeds_dir, original):
    import uvicorn

    from tidings.web import create_app

    folder = tmp_path_factory.mktemp("browser")
    db = str(folder / "seeds.duckdb")
    linked = folder / "linked.jsonl"
    linked.write_text(json.dumps({"doc": "linked", "published": "2025-05-06", "url": original,
                                  "title": "Chile and Peru talk fish",
                                  "text": "Chile and Peru held talks in Lima on Monday about fishing rights."}) + "\n",
                      encoding="utf-8")
    for path in (seeds_dir, linked):
        assert CliRunner().invoke(cli, ["--db", db, "ingest", str(path)]).exit_code == 0
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def test_browser_dyad_page_renders_chart_and_events(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/dyad/PAK/RUS")
    assert "Pakistan" in browser.title and "Russia" in browser.title
    chart = browser.find_element(By.CSS_SELECTOR, "svg.index-chart")
    assert chart.is_displayed() and chart.size["width"] > 300 and chart.size["height"] > 100
    assert len(chart.find_elements(By.CSS_SELECTOR, "g.bar rect")) >= 5
    assert browser.find_elements(By.CSS_SELECTOR, "svg.stacked-chart g.bar rect")
    events = browser.find_elements(By.CSS_SELECTOR, "li.event")
    assert len(events) >= 5
    assert events[0].find_element(By.CSS_SELECTOR, ".date").text == "2023-11-16"
    evidence = events[0].find_element(By.CSS_SELECTOR, "blockquote.evidence")
    assert evidence.is_displayed() and len(evidence.text) > 40

    keep(browser, "dashboard.png")


def arrive(browser, *fragments: str) -> None:
    """Wait until the page a click opened is the current one (its address holds ``fragments``)."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 20).until(lambda b: all(f in b.current_url for f in fragments)
                                     and b.execute_script("return document.readyState") == "complete")


def keep(browser, name: str) -> None:
    """Save a screenshot as a CI artifact and as a picture in docs/."""
    artifacts = ROOT / ".ci" / "artifacts"
    artifacts.mkdir(parents=True, exist_ok=True)
    shot = artifacts / name
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    (ROOT / "docs").mkdir(exist_ok=True)
    shutil.copyfile(shot, ROOT / "docs" / name)


def test_browser_follows_links_from_pair_to_event_and_actor(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/dyad/PAK/RUS")
    browser.find_element(By.CSS_SELECTOR, "li.event a.more").click()
    arrive(browser, f"{server}/event/")
    assert browser.find_elements(By.CSS_SELECTOR, "ol.mentions blockquote.evidence")
    browser.get(f"{server}/actor/PAK")
    nodes = browser.find_elements(By.CSS_SELECTOR, "svg.network-chart a.node")
    assert len(nodes) >= 3


def test_browser_events_page_filter_applied_through_the_form(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(f"{server}/events")
    everything = len(browser.find_elements(By.CSS_SELECTOR, "tr.event-row"))
    form = browser.find_element(By.CSS_SELECTOR, "form.filters")
    form.find_element(By.NAME, "actor").send_keys("Pakistan")
    Select(form.find_element(By.NAME, "type")).select_by_visible_text("CONSULT")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    arrive(browser, "actor=Pakistan", "type=CONSULT")
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.event-row")
    assert 0 < len(rows) < everything
    assert all("CONSULT" in row.text and "PAK" in row.text for row in rows)
    assert Select(browser.find_element(By.NAME, "type")).first_selected_option.text == "CONSULT"
    download = browser.find_element(By.LINK_TEXT, "CSV").get_attribute("href")
    assert "actor=Pakistan" in download and "type=CONSULT" in download
    browser.find_element(By.LINK_TEXT, "Date ▲").click()  # the same filter, newest first
    arrive(browser, "sort=-date", "type=CONSULT")
    dates = [row.find_elements(By.TAG_NAME, "td")[1].text for row in browser.find_elements(By.CSS_SELECTOR, "tr.event-row")]
    assert [d for d in dates if d != "undated"] == sorted((d for d in dates if d != "undated"), reverse=True)
    keep(browser, "events.png")


def test_browser_follows_an_event_to_its_article_and_the_original(server, browser, original):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/events?actor=Chile")
    browser.find_element(By.CSS_SELECTOR, "tr.event-row a.event-link").click()
    arrive(browser, f"{server}/event/")
    browser.find_element(By.CSS_SELECTOR, "ol.mentions a.article-link").click()
    arrive(browser, "/articles/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Chile and Peru talk fish"
    coded = browser.find_element(By.CSS_SELECTOR, ".body .coded")
    assert "held talks in Lima" in coded.text and coded.find_element(By.CSS_SELECTOR, "a.event-tag").text == "CONSULT"
    browser.find_element(By.CSS_SELECTOR, "a.original").click()
    arrive(browser, original)
    assert browser.current_url == original and browser.title == "The original story"

    browser.get(f"{server}/dyad/PAK/RUS")  # a seed article, for the picture
    browser.find_element(By.CSS_SELECTOR, "blockquote.evidence a.article-link").click()
    arrive(browser, "/articles/")
    assert len(browser.find_elements(By.CSS_SELECTOR, ".body .coded a.event-tag")) >= 2
    assert browser.find_element(By.CSS_SELECTOR, ".body .coded:target mark").is_displayed()
    browser.get(browser.current_url.split("#")[0])  # the picture shows the page from its top
    keep(browser, "article.png")


def test_browser_map_links_countries_to_their_events(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/map")
    chart = browser.find_element(By.CSS_SELECTOR, "svg.world-map")
    assert chart.size["width"] > 800 and len(chart.find_elements(By.TAG_NAME, "path")) > 150
    assert browser.find_elements(By.CSS_SELECTOR, "svg.world-map a.place circle")
    keep(browser, "map.png")
    country = browser.find_element(By.CSS_SELECTOR, 'svg.world-map a.country[data-country="RUS"]')
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", country)
    arrive(browser, "/events?country=RUS")
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.event-row")
    assert rows and all(row.find_elements(By.TAG_NAME, "td")[5].text for row in rows)  # each has a place


def test_browser_overview_renders_under_its_content_security_policy(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/")
    bars = browser.find_elements(By.CSS_SELECTOR, "svg.quadbar")
    assert bars and bars[0].size == {"width": 140, "height": 10}  # the style sheet applies
    assert bars[0].find_elements(By.CSS_SELECTOR, "rect")[0].size["width"] > 0
    messages = [entry["message"] for entry in browser.get_log("browser")]
    assert not [m for m in messages if "Content Security Policy" in m], messages
