"""The network page in a real headless Chromium (Selenium + Debian's chromium-driver)."""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

from kg.viz import ViewOptions, write_network
from tests.support.browser import chromium

needs_browser = pytest.mark.skipif((chromium() is None or shutil.which("chromedriver") is None) and not os.environ.get("HCKG_REQUIRE_BROWSER"),
                                   reason="chromium / chromium-driver are not installed")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from tests.support.browser import driver

    d = driver()
    yield d
    d.quit()


def _open(browser: Any, page: Path) -> None:
    browser.get(page.resolve().as_uri())
    for _ in range(100):
        if browser.execute_script("return window.hckgReady === true"):
            return
        time.sleep(0.1)
    raise AssertionError("the page never drew the network")


def _severe(browser: Any) -> list[str]:
    return [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def _click_node(browser: Any, node_id: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    # bring the node to the middle of the canvas (away from the details panel), then click it where it is drawn
    x, y = browser.execute_script("""const n = window.hckg.network;
        n.moveTo({position: n.getPosition(arguments[0]), scale: 1.2, animation: false});
        const p = n.canvasToDOM(n.getPosition(arguments[0])); return [p.x, p.y];""", node_id)
    time.sleep(0.2)
    canvas = browser.find_element(By.CSS_SELECTOR, "#net canvas")
    w, h = canvas.size["width"], canvas.size["height"]
    ActionChains(browser).move_to_element_with_offset(canvas, int(x - w / 2), int(y - h / 2)).click().perform()


@pytest.fixture(scope="module")
def seeds_page(seeds_out: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_network(seeds_out, tmp_path_factory.mktemp("page") / "network.html")


def test_page_is_self_contained(seeds_page: Path) -> None:
    html = seeds_page.read_text("utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html), "the page must not load anything from the network"
    assert "vis.Network" in html and "<script" in html


@needs_browser
def test_seeds_page_in_chromium(browser: Any, seeds_page: Path, seeds_graph: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    _open(browser, seeds_page)
    assert _severe(browser) == []
    n_orgs = int(seeds_graph.query("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a ?t . { ?t rdfs:subClassOf hckg:Organization } "
                                   "UNION { ?t rdfs:subClassOf/rdfs:subClassOf hckg:Organization } }")[0]["n"])
    assert browser.execute_script("return window.hckg.visibleOrganizations().length") == n_orgs

    # search finds and focuses an organisation
    box = browser.find_element(By.ID, "search")
    box.send_keys("Philips", Keys.ENTER)
    philips = "https://w3id.org/hckg/id/org/philips"
    assert browser.execute_script("return window.hckg.network.getSelectedNodes()") == [philips]
    details = browser.find_element(By.ID, "details").text
    assert "Philips" in details and "Partnership" in details

    # a filter hides nodes: untick Company
    companies = browser.execute_script("return window.hckg.visibleOrganizations().filter(id => window.hckg.nodesDS.get(id).group === 'Company').length")
    assert companies > 0
    browser.find_element(By.CSS_SELECTOR, "#types input[value='Company']").click()
    assert browser.execute_script("return window.hckg.visibleOrganizations().length") == n_orgs - companies
    browser.find_element(By.CSS_SELECTOR, "#types input[value='Company']").click()
    assert browser.execute_script("return window.hckg.visibleOrganizations().length") == n_orgs

    # a topic filter keeps only the organisations of collaborations on that topic
    browser.execute_script("const s = document.getElementById('topic'); s.value = 'stroke'; s.dispatchEvent(new Event('change'));")
    shown = browser.execute_script("return window.hckg.visibleOrganizations().map(id => window.hckg.nodesDS.get(id).name).sort()")
    assert shown == ["CHU Rennes", "Philips"]
    browser.find_element(By.ID, "reset").click()

    # clicking a node shows its collaborations with the evidence and the document
    browser.find_element(By.ID, "fit").click()
    _click_node(browser, "https://w3id.org/hckg/id/org/chu-rennes")
    details = browser.find_element(By.ID, "details").text
    assert details.startswith("CHU RENNES") or "CHU Rennes" in details
    assert "Philips · Partnership" in details and "2021-01-27" in details
    assert "“" in details and "Global pioneers of medical imaging" in details
    assert _severe(browser) == []


@needs_browser
def test_large_graph_opens_as_communities_that_expand(browser: Any, seeds_out: Path, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    page = write_network(seeds_out, tmp_path / "clustered.html", ViewOptions(cluster_above=5))
    _open(browser, page)
    assert _severe(browser) == []
    comms = browser.execute_script("return window.hckg.nodesDS.get().filter(n => n.kind === 'community').map(n => n.id)")
    assert comms and browser.execute_script("return window.hckg.visibleOrganizations().length") == 0
    # pairs are hidden until asked for
    sizes = browser.execute_script("return window.hckg.nodesDS.get().filter(n => n.kind === 'community').map(n => parseInt(n.label.split('+').pop()) + 1)")
    assert all(s >= 3 for s in sizes)
    biggest = "community:0"
    assert biggest in comms
    _click_node(browser, biggest)
    shown = browser.execute_script("return window.hckg.visibleOrganizations().map(id => window.hckg.nodesDS.get(id).name).sort()")
    assert set(shown) >= {"Assistance Publique-Hôpitaux de Paris", "GE Healthcare", "Orange Healthcare", "TheraPanacea", "Thoracic Imaging Society"}
    assert biggest not in browser.execute_script("return window.hckg.nodesDS.getIds()")
    browser.find_element(By.ID, "leaves").click()
    assert len(browser.execute_script("return window.hckg.nodesDS.get().filter(n => n.kind === 'community').map(n => n.id)")) > len(comms)
    assert _severe(browser) == []


@needs_browser
def test_hostile_text_is_shown_not_run(browser: Any, tmp_path: Path) -> None:
    from kg.store import write_store

    H = "https://w3id.org/hckg/ontology#"
    doc, g = "<https://w3id.org/hckg/id/doc/evil>", "<https://w3id.org/hckg/id/doc/evil>"
    a, b, c, e = ("<https://w3id.org/hckg/id/org/evil-a>", "<https://w3id.org/hckg/id/org/evil-b>",
                  "<https://w3id.org/hckg/id/collaboration/evil>", "<https://w3id.org/hckg/id/evidence/evil>")
    label = "<https://www.w3.org/2000/01/rdf-schema#label>".replace("https://www", "http://www")
    quads = "\n".join([
        f'{doc} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{H}Document> {g} .',
        f'{doc} <http://purl.org/dc/terms/title> "</script><script>window.pwned=3</script>" {g} .',
        f'{doc} <http://purl.org/dc/terms/source> "javascript:window.pwned=4" {g} .',
        f'{a} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{H}Hospital> {g} .',
        f'{a} {label} "<img src=x onerror=\\"window.pwned=1\\">" {g} .',
        f'{b} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{H}Company> {g} .',
        f'{b} {label} "Acme <b>Health</b>" {g} .',
        f'{c} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{H}Partnership> {g} .',
        f'{c} <{H}participant> {a} {g} .', f'{c} <{H}participant> {b} {g} .',
        f'{c} <http://www.w3.org/ns/prov#wasDerivedFrom> {doc} {g} .', f'{c} <{H}evidence> {e} {g} .',
        f'{e} <{H}sentence> "<script>window.pwned=2</script> signed." {g} .', f'{e} <{H}inDocument> {doc} {g} .',
    ]) + "\n"
    out = tmp_path / "evil"
    write_store(out, quads.encode("utf-8"), fmt="nq")
    page = write_network(out)
    html = page.read_text("utf-8")
    assert "<img src=x" not in html and "<script>window.pwned" not in html
    _open(browser, page)
    _click_node(browser, "https://w3id.org/hckg/id/org/evil-a")
    assert browser.execute_script("return window.pwned === undefined")
    from selenium.webdriver.common.by import By

    details = browser.find_element(By.ID, "details")
    text = details.get_attribute("textContent")
    assert '<img src=x onerror="window.pwned=1">' in text and "<script>window.pwned=2</script> signed." in text
    assert "</script><script>window.pwned=3</script>" in text
    assert details.find_elements(By.TAG_NAME, "img") == [] and details.find_elements(By.CSS_SELECTOR, "a[href^='javascript']") == []
    assert browser.execute_script("return window.pwned === undefined")
