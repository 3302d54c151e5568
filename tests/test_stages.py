"""Unit tests per stage, on text written for the tests (not the seeds)."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import detect_language, ingest, parse_bytes


def test_ingest_reports_bad_files_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Acme Health and the Hôpital de Lyon sign a partnership.", "utf-8")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (tmp_path / "old.txt").write_bytes("Le CHU de Nîmes signe une convention avec la société Medica.".encode("cp1252"))
    arts, skipped = ingest([str(tmp_path), str(tmp_path / "missing.txt")])
    assert sorted(a.path.rsplit("/", 1)[-1] for a in arts) == ["good.txt", "old.txt"]
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in skipped}
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["image.txt"] and "no such" in reasons["missing.txt"]
    old = next(a for a in arts if a.path.endswith("old.txt"))
    assert "Nîmes" in old.text and old.language == "fr"


def test_html_metadata_and_text() -> None:
    html = b"""<html lang="en"><head><title>T</title><meta property="article:published_time" content="2023-05-04T10:00:00Z">
    <link rel="canonical" href="https://news.example/x"><script>var a = "Evil Corp";</script></head>
    <body><nav>Home</nav><h1>Acme signs with Clinic</h1><p>Acme Health partners with the Lyon Clinic.</p></body></html>"""
    a = parse_bytes(html, "page.html")
    assert a.date == "2023-05-04" and a.source == "https://news.example/x" and a.title == "Acme signs with Clinic"
    assert "Evil Corp" not in a.text and "Home" not in a.text


def test_markdown_front_matter() -> None:
    a = parse_bytes(b"---\ntitle: Deal\ndate: 2022-03\nurl: https://x.example/a\n---\nAcme and Beta sign a deal.\n", "a.md")
    assert (a.title, a.date, a.source) == ("Deal", "2022-03", "https://x.example/a")
    assert a.text[a.text.index("Acme") :].startswith("Acme and Beta")


def test_undecodable_binary_is_an_input_error() -> None:
    with pytest.raises(InputError) as exc:
        parse_bytes(b"%PDF-1.4 ....", "x.txt")
    assert "x.txt" in str(exc.value)


def test_language_detection() -> None:
    assert detect_language("The hospital and the company signed an agreement with the university.") == "en"
    assert detect_language("L'hôpital et la société ont signé une convention avec l'université.") == "fr"


def _modules() -> list[str]:
    import pkgutil

    import kg

    return sorted(m.name for m in pkgutil.walk_packages(kg.__path__, "kg.") if not m.name.endswith("__main__"))


@pytest.mark.parametrize("mod", _modules())
def test_docstring_examples(mod: str) -> None:
    result = doctest.testmod(importlib.import_module(mod))
    assert result.failed == 0


def test_namespace_is_closed_and_every_term_is_in_the_ontology() -> None:
    from rdflib import RDF, Graph

    from kg.namespaces import HCKG
    from kg.ontology import ontology_dir

    with pytest.raises(AttributeError):
        HCKG.Hopsital  # noqa: B018
    g = Graph().parse(ontology_dir() / "hckg.ttl")
    defined = {str(s) for s in g.subjects(RDF.type, None)}
    assert [str(t) for t in dir(HCKG) if str(t) not in defined] == []


def test_resolution_across_documents_and_languages() -> None:
    from kg.extract.mentions import name_key
    from kg.extract.resolvekeys import structured_key

    same = ["CHU de Bordeaux", "Bordeaux University Hospital", "University Hospital of Bordeaux", "Centre Hospitalier Universitaire de Bordeaux"]
    assert len({structured_key(name_key(n)) for n in same}) == 1
    assert structured_key(name_key("CHU de Lille")) != structured_key(name_key("CHU de Bordeaux"))
    assert structured_key(name_key("Bordeaux University")) != structured_key(name_key("CHU de Bordeaux"))


def test_iris_are_stable_and_safe() -> None:
    from kg.resolve import mint

    assert mint("org", "Hôpital Européen Georges-Pompidou") == "https://w3id.org/hckg/id/org/hopital-europeen-georges-pompidou"
    assert mint("org", "<script>") == mint("org", "<script>")
    assert " " not in mint("org", "a b\"c<d>") and "<" not in mint("org", "<x>")


def test_settings_from_environment() -> None:
    from kg.config import Settings
    from kg.errors import UsageError

    assert Settings.from_env({"HCKG_N_PROCESS": "2"}).n_process == 2
    with pytest.raises(UsageError):
        Settings.from_env({"HCKG_N_PROCESS": "two"})


def test_site_header_and_more_from_section_are_not_read() -> None:
    from kg.ingest import parse_bytes

    page = (b"<html><body><header><a href='/'>Health Wire</a> <a href='/s'>Subscribe</a></header><main>"
            b"<header><h1>Orchid Health and Riverbend Hospital sign a deal</h1></header>"
            b"<p>Orchid Health signed an agreement with Riverbend Hospital.</p></main>"
            b"<section><h3>More from Health Wire</h3><p>Acme Corp buys Beta Labs</p></section></body></html>")
    art = parse_bytes(page, "p.html")
    assert "Subscribe" not in art.text  # the site header (no headline in it) is dropped
    assert art.text.lstrip().startswith("Orchid Health and Riverbend Hospital sign a deal")  # the article header is kept
    body = art.text[art.body_start : art.body_end if art.body_end >= 0 else len(art.text)]
    assert "Acme Corp" not in body  # after "More from ...": kept in the document, not read for facts


def test_a_sidebar_before_the_headline_is_not_read_and_does_not_end_the_story() -> None:
    from kg.ingest import parse_bytes

    page = ("<html><body><div class='side'><h4>Read also</h4><p>Borealis Labs buys Tarn Clinic</p></div>"
            "<h1>Orchid Health teams up with Riverbend Hospital</h1><p>Orchid Health signed an agreement with Riverbend Hospital.</p>"
            "<div class='side'><h4>Most read</h4><p>Acme Corp opens a plant</p></div></body></html>").encode()
    art = parse_bytes(page, "p.html")
    body = art.text[art.body_start : art.body_end if art.body_end >= 0 else len(art.text)]
    assert body.startswith("Orchid Health teams up") and "signed an agreement with Riverbend Hospital" in body
    assert "Borealis" not in body and "Acme" not in body


def test_furniture_containers_named_by_class_or_id_are_not_read() -> None:
    from kg.ingest import parse_bytes

    page = ("<html><body><section class='trending'><h2>Trending</h2><ul><li>Pfizer and BioNTech sign a pact</li></ul></section>"
            "<div class='story'><h1>Kestrel Hospital picks Medlane</h1><p>Kestrel Hospital has chosen Medlane under a contract.</p>"
            "<div class='share'>Share on LinkedIn</div><p>The hospital will enrol 800 patients.</p></div>"
            "<div id='sidebar'><h3>Sponsored</h3><div><p>GE HealthCare and Microsoft team up</p></div></div>"
            "<p>Kestrel's board approved the plan.</p></body></html>").encode()
    art = parse_bytes(page, "p.html")
    assert "Pfizer" not in art.text and "Share on" not in art.text and "GE HealthCare" not in art.text
    assert "will enrol 800 patients" in art.text and "board approved the plan" in art.text  # text after a nested container is read


def test_a_self_closed_furniture_container_does_not_hide_the_story() -> None:
    from kg.ingest import parse_bytes

    art = parse_bytes(b"<html><body><h1>Kestrel Hospital picks Medlane</h1><div class='share'/>"
                      b"<p>Kestrel Hospital has chosen Medlane.</p></body></html>", "p.html")
    assert "Kestrel Hospital has chosen Medlane." in art.text
