"""End to end: Debian's chromium, driven headless by selenium, renders the dashboard served by
uvicorn; the dyad page's screenshot is kept as a CI artifact and as the README's picture."""
from __future__ import annotations

import shutil
import socket
import threading
import time
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


@pytest.fixture(scope="module")
def server(tmp_path_factory, seeds_dir):
    import uvicorn

    from tidings.web import create_app

    db = str(tmp_path_factory.mktemp("browser") / "seeds.duckdb")
    assert CliRunner().invoke(cli, ["--db", db, "ingest", str(seeds_dir)]).exit_code == 0
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

    artifacts = ROOT / ".ci" / "artifacts"
    artifacts.mkdir(parents=True, exist_ok=True)
    shot = artifacts / "dashboard.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    (ROOT / "docs").mkdir(exist_ok=True)
    shutil.copyfile(shot, ROOT / "docs" / "dashboard.png")


def test_browser_follows_links_from_pair_to_event_and_actor(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/dyad/PAK/RUS")
    browser.find_element(By.CSS_SELECTOR, "li.event a.more").click()
    assert browser.current_url.startswith(f"{server}/event/")
    assert browser.find_elements(By.CSS_SELECTOR, "ol.mentions blockquote.evidence")
    browser.get(f"{server}/actor/PAK")
    nodes = browser.find_elements(By.CSS_SELECTOR, "svg.network-chart a.node")
    assert len(nodes) >= 3


def test_browser_overview_renders_under_its_content_security_policy(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/")
    bars = browser.find_elements(By.CSS_SELECTOR, "svg.quadbar")
    assert bars and bars[0].size == {"width": 140, "height": 10}  # the style sheet applies
    assert bars[0].find_elements(By.CSS_SELECTOR, "rect")[0].size["width"] > 0
    messages = [entry["message"] for entry in browser.get_log("browser")]
    assert not [m for m in messages if "Content Security Policy" in m], messages
