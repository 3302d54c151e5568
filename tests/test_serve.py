"""`kg serve` run as a real process and spoken to over HTTP (httpx and SPARQLWrapper)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from tests.support.browser import chromium, dump_dom

needs_browser = pytest.mark.skipif(chromium() is None and not os.environ.get("HCKG_REQUIRE_BROWSER"), reason="chromium is not installed")

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


class Server:
    def __init__(self, out: Path, log: Path, *flags: str) -> None:
        self.log = log
        self.fh = open(log, "w")
        self.proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--out", str(out), "--port", "0", *flags],
                                     stdout=subprocess.DEVNULL, stderr=self.fh)
        deadline = time.time() + 30
        while time.time() < deadline:
            m = re.search(r"at http://([\d.]+):(\d+)/", log.read_text())
            if m:
                self.host, self.base = m.group(1), f"http://{m.group(1)}:{m.group(2)}"
                return
            if self.proc.poll() is not None:
                raise RuntimeError(log.read_text())
            time.sleep(0.1)
        raise RuntimeError("server did not start")

    @property
    def sparql(self) -> str:
        return self.base + "/sparql"

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)
        self.fh.close()


@pytest.fixture(scope="module")
def server(seeds_out: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    s = Server(seeds_out, tmp_path_factory.mktemp("serve") / "log.txt", "--max-rows", "50", "--timeout", "2")
    yield s
    s.stop()


def test_binds_loopback_by_default(server: Server) -> None:
    assert server.host == "127.0.0.1"


def test_get_select_json(server: Server) -> None:
    r = httpx.get(server.sparql, params={"query": "SELECT ?l WHERE { ?o a hckg:Startup ; rdfs:label ?l } ORDER BY ?l"},
                  headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/sparql-results+json")
    data = r.json()
    assert data["head"]["vars"] == ["l"]
    assert "TheraPanacea" in [b["l"]["value"] for b in data["results"]["bindings"]]


@pytest.mark.parametrize("accept,check", [
    ("application/sparql-results+xml", lambda t: ET.fromstring(t).tag.endswith("sparql")),
    ("text/csv", lambda t: t.splitlines()[0] == "l" and "TheraPanacea" in t),
    ("text/tab-separated-values", lambda t: t.splitlines()[0] == "?l" and '"TheraPanacea"' in t),
])
def test_post_form_by_accept(server: Server, accept: str, check) -> None:  # type: ignore[no-untyped-def]
    r = httpx.post(server.sparql, data={"query": "SELECT ?l WHERE { ?o a hckg:Startup ; rdfs:label ?l }"}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
    assert check(r.text)


def test_post_direct_and_ask(server: Server) -> None:
    r = httpx.post(server.sparql, content="ASK { ?o rdfs:label 'Philips' }",
                   headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and r.json() == {"head": {}, "boolean": True}


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld")])
def test_construct_by_accept(server: Server, accept: str, fmt: str) -> None:
    from rdflib import Graph, Literal

    r = httpx.post(server.sparql, data={"query": "CONSTRUCT { ?o rdfs:label ?l } WHERE { ?o a hckg:Startup ; rdfs:label ?l }"},
                   headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
    g = Graph().parse(data=r.text, format=fmt)
    assert Literal("TheraPanacea") in set(g.objects())


def test_not_acceptable(server: Server) -> None:
    r = httpx.get(server.sparql, params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"}, headers={"Accept": "image/png"})
    assert r.status_code == 406


def test_syntax_error_400_with_position(server: Server) -> None:
    r = httpx.post(server.sparql, data={"query": "SELECT ?o WHERE {\n ?o a hckg:Hospital"})
    assert r.status_code == 400 and "line 2, column" in r.text


def test_updates_refused_when_read_only(server: Server) -> None:
    for kw in ({"data": {"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}},
               {"content": "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "headers": {"Content-Type": "application/sparql-update"}}):
        r = httpx.post(server.sparql, **kw)  # type: ignore[arg-type]
        assert r.status_code == 403 and "--allow-update" in r.text
    r = httpx.get(server.sparql, params={"query": "ASK { <urn:a> <urn:b> <urn:c> }"}, headers={"Accept": "application/json"})
    assert r.json()["boolean"] is False


def test_service_and_load_refused(server: Server) -> None:
    r = httpx.post(server.sparql, data={"query": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"})
    assert r.status_code == 403 and "SERVICE" in r.text
    r = httpx.post(server.sparql, data={"update": "LOAD <http://example.org/data.ttl>"})
    assert r.status_code == 403
    # the word inside a string is not the keyword
    r = httpx.post(server.sparql, data={"query": "SELECT * WHERE { ?s rdfs:label 'SERVICE' }"})
    assert r.status_code == 200


def test_timeout_and_result_cap(server: Server) -> None:
    t0 = time.time()
    r = httpx.post(server.sparql, data={"query": SLOW}, timeout=30)
    assert r.status_code == 503 and "longer than 2 s" in r.text and time.time() - t0 < 10
    r = httpx.post(server.sparql, data={"query": "SELECT * WHERE { ?s ?p ?o }"}, headers={"Accept": "application/json"})
    assert r.status_code == 200 and r.headers.get("x-hckg-truncated") == "true"
    assert len(r.json()["results"]["bindings"]) == 50
    # the server still answers after killing a query
    r = httpx.get(server.sparql, params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": "application/json"})
    assert r.json()["boolean"] is True


def test_pages(server: Server) -> None:
    r = httpx.get(server.base + "/")
    assert r.status_code == 200 and "SPARQL" in r.text and "<script>" in r.text
    saved = httpx.get(server.base + "/queries").json()
    assert len(saved) >= 14 and all("$" not in q["text"] for q in saved)
    r = httpx.get(server.base + "/network")
    assert r.status_code == 200 and "vis" in r.text
    assert httpx.get(server.base + "/nope").status_code == 404


def test_one_log_line_per_request(server: Server) -> None:
    httpx.get(server.sparql, params={"query": "ASK { ?s ?p ?o }"})
    time.sleep(0.2)
    lines = server.log.read_text().splitlines()
    assert re.search(r'127\.0\.0\.1 "GET /sparql\?query=\S+" 200 \d+B [\d.]+ms', lines[-1])


def test_sparqlwrapper(server: Server) -> None:
    from SPARQLWrapper import JSON, POST, SPARQLWrapper, TURTLE

    sw = SPARQLWrapper(server.sparql)
    sw.setQuery("PREFIX hckg: <https://w3id.org/hckg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                "SELECT ?l WHERE { ?o a hckg:Startup ; rdfs:label ?l }")
    sw.setReturnFormat(JSON)
    labels = {b["l"]["value"] for b in sw.queryAndConvert()["results"]["bindings"]}  # type: ignore[index]
    assert "TheraPanacea" in labels
    sw.setMethod(POST)
    sw.setQuery("ASK { ?o a <https://w3id.org/hckg/ontology#Startup> }")
    assert sw.queryAndConvert()["boolean"] is True  # type: ignore[index]
    sw.setQuery("CONSTRUCT { ?o a <https://w3id.org/hckg/ontology#Startup> } WHERE { ?o a <https://w3id.org/hckg/ontology#Startup> }")
    sw.setReturnFormat(TURTLE)
    data = sw.queryAndConvert()
    assert b"therapanacea" in data


def test_allow_update(fresh_copy: Path, tmp_path: Path) -> None:
    s = Server(fresh_copy, tmp_path / "log.txt", "--allow-update")
    try:
        r = httpx.post(s.sparql, data={"update": "INSERT DATA { <urn:x> rdfs:label 'note' . GRAPH <urn:notes> { <urn:y> rdfs:label 'kept apart' } }"})
        assert r.status_code == 204
        r = httpx.post(s.sparql, data={"query": "SELECT ?l WHERE { <urn:x> rdfs:label ?l }"}, headers={"Accept": "application/json"})
        assert [b["l"]["value"] for b in r.json()["results"]["bindings"]] == ["note"]
        r = httpx.post(s.sparql, data={"query": "SELECT ?l WHERE { GRAPH <urn:notes> { ?y rdfs:label ?l } }"}, headers={"Accept": "application/json"})
        assert [b["l"]["value"] for b in r.json()["results"]["bindings"]] == ["kept apart"]
    finally:
        s.stop()


@needs_browser
def test_query_page_in_headless_chromium(server: Server) -> None:
    dom = dump_dom(server.base + "/")
    assert re.search(r'<span id="status">\d+ rows in \d+ ms', dom), dom[-2000:]
    assert "<td>TheraPanacea</td>" in dom
    # the saved queries fill the example list
    assert dom.count("<option") >= 15


# --- hardening: hostile and heavy requests against the running server ---------------------------


def test_huge_requests(server: Server) -> None:
    r = httpx.post(server.sparql, content=b"SELECT * WHERE { ?s ?p ?o } #" + b"x" * 2_000_000,
                   headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413
    import socket

    host, port = server.base.rsplit("/", 1)[-1].split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:  # a 100 KB request line
        sock.sendall(b"GET /sparql?query=" + b"x" * 100_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
        assert sock.recv(64).startswith(b"HTTP/1.1 414")
    assert httpx.get(server.sparql, params={"query": "ASK {}"}, headers={"Accept": "application/json"}).status_code == 200


def test_deeply_nested_query_does_not_take_the_server_down(server: Server) -> None:
    q = "SELECT * WHERE " + "{" * 20000 + " ?s ?p ?o " + "}" * 20000
    r = httpx.post(server.sparql, data={"query": q})
    assert r.status_code == 400 and "nested too deeply" in r.text
    assert httpx.get(server.sparql, params={"query": "ASK {}"}, headers={"Accept": "application/json"}).json()["boolean"] is True


def test_load_of_a_local_file_is_refused(server: Server) -> None:
    for data in ({"update": "LOAD <file:///etc/passwd>"}, {"update": "LOAD <file:///etc/passwd> INTO GRAPH <urn:x>"},
                 {"query": "LOAD <file:///etc/passwd>"}):
        r = httpx.post(server.sparql, data=data)
        assert r.status_code == 403, (data, r.status_code, r.text)
        assert "root:" not in r.text


def test_malformed_requests(server: Server) -> None:
    assert httpx.post(server.sparql, content=b"\xff\xfe\x00bad", headers={"Content-Type": "application/sparql-query"}).status_code == 400
    assert httpx.post(server.sparql, content=b"SELECT * {}", headers={"Content-Type": "text/plain"}).status_code == 415
    assert httpx.post(server.sparql, data={"nothing": "here"}).status_code == 400
    assert httpx.post(server.sparql, data={"query": "SELECT ?x WHERE { ?x ?y }"}).status_code == 400
    assert httpx.request("DELETE", server.sparql).status_code in (405, 501)


def test_flood_of_requests(server: Server) -> None:
    from concurrent.futures import ThreadPoolExecutor

    q = {"query": "SELECT ?l WHERE { ?o a hckg:Startup ; rdfs:label ?l }"}

    def one(i: int) -> int:
        with httpx.Client(timeout=60) as c:
            if i % 25 == 0:  # a few slow ones among them, stopped by the time limit
                return c.post(server.sparql, data={"query": SLOW}).status_code
            return c.post(server.sparql, data=q, headers={"Accept": "text/csv"}).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        codes = list(pool.map(one, range(200)))
    assert codes.count(200) == 192 and codes.count(503) == 8
    assert server.proc.poll() is None  # still running


@needs_browser
def test_query_page_shows_hostile_results_as_text(server: Server) -> None:
    from selenium.webdriver.common.by import By

    from tests.support.browser import driver

    d = driver()
    try:
        d.get(server.base + "/")
        for _ in range(100):
            if "rows in" in d.find_element(By.ID, "status").text:
                break
            time.sleep(0.1)
        box = d.find_element(By.ID, "query")
        box.clear()
        box.send_keys('SELECT ?x WHERE { VALUES ?x { "<img src=x onerror=window.pwned=1>" "<script>window.pwned=2</script>" } }')
        d.find_element(By.ID, "run").click()
        for _ in range(100):
            if "2 rows" in d.find_element(By.ID, "status").text:
                break
            time.sleep(0.1)
        cells = [td.get_attribute("textContent") for td in d.find_elements(By.CSS_SELECTOR, "#results td")]
        assert cells == ["<img src=x onerror=window.pwned=1>", "<script>window.pwned=2</script>"]
        assert d.find_elements(By.CSS_SELECTOR, "#results img") == []
        assert d.execute_script("return window.pwned === undefined")
        # an error message with markup is shown as text too
        box.clear()
        box.send_keys("SELECT <img src=x onerror=window.pwned=3> WHERE {")
        d.find_element(By.ID, "run").click()
        time.sleep(1)
        assert d.execute_script("return window.pwned === undefined")
        assert [e for e in d.get_log("browser") if e["level"] == "SEVERE" and "400" not in e["message"]] == []
    finally:
        d.quit()
