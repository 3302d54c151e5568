"""A folder of bad inputs: the build reports each by name with its reason, builds the rest, and the graph stays valid."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

import pytest

from kg.cli import main

ARTICLE = "Northwind Medical signs a partnership with Lakeside University Hospital on sepsis detection.\n"


def _png() -> bytes:
    raw = b"\x00\xff\x00\x00"
    ihdr = b"IHDR" + (1).to_bytes(4, "big") + (1).to_bytes(4, "big") + b"\x08\x02\x00\x00\x00"
    idat = b"IDAT" + zlib.compress(raw)
    chunk = lambda c: len(c[4:]).to_bytes(4, "big") + c + zlib.crc32(c).to_bytes(4, "big")  # noqa: E731
    return b"\x89PNG\r\n\x1a\n" + chunk(ihdr) + chunk(idat) + chunk(b"IEND")


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("bad") / "inbox"
    d.mkdir()
    w = lambda name, data: (d / name).write_bytes(data)  # noqa: E731
    w("empty.txt", b"")
    w("blank.txt", b"  \n\t \n\n")
    w("image-named.txt", _png())
    w("photo.png", _png())  # unsupported suffix inside a folder: ignored
    w("report.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n")
    w("archive.md", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + os.urandom(200))
    w("nul-bytes.txt", b"Text\x00with\x00NULs\x00" * 50)
    w("invalid-utf8.txt", ("Le CHU de Nîmes signe une convention avec la société Médilab. " * 3).encode() + b"\xff\xfe\xc3(" + "Fin de l’article.".encode())
    w("latin1.txt", "L'Hôpital Saint-Éloi signe une convention avec la société Médisys à Montpellier.\n".encode("latin-1"))
    w("cp1252.txt", "\u201cWe are proud\u201d, said the CEO of Brightwater Health \u2013 \u20ac5m deal with Harbour Hospital.\n".encode("cp1252"))
    (d / "utf16.txt").write_bytes(b"\xff\xfe" + "Kestrel Diagnostics and Pine Valley Hospital sign a supply agreement.\n".encode("utf-16-le"))
    with open(d / "huge.txt", "wb") as fh:  # 50 MB of text
        block = (ARTICLE * 100).encode()
        for _ in range(50 * 1024 * 1024 // len(block) + 1):
            fh.write(block)
    w("one-long-line.txt", b"word " * 210_000)  # a single line over 1 MB
    w("scripts.html", b"<html><head><title>Deal</title><style>body{color:red}</style><script>alert('head')</script></head><body>"
      b"<script>document.write('<p>Injected Corp partners with Fake Hospital</p>')</script><iframe src='https://ads.example'></iframe>"
      b"<p onclick=\"alert(1)\">Northwind Medical signs a partnership with Lakeside University Hospital.</p>"
      b"<noscript>Enable JS</noscript><svg><text>Svg Text Corp</text></svg></body></html>")
    w("malformed.html", b"<html><body><p class=\"a>Broken <b>bold <div><p>Orchid Health signs an agreement with Riverbend Hospital."
      b"</i></span><<p>>&nbsp;&bogus; <a href=x</body")
    w("no-orgs.txt", b"The weather was mild this week and the river rose slowly after the rain.\n")
    names = [f"Company{i:03d} Medical" for i in range(500)]
    sentences = [f"{', '.join(names[i:i + 4])} and {names[i + 4]} signed a partnership." for i in range(0, 500, 5)]
    w("many-orgs.txt", ("\n\n".join(sentences) + "\n").encode())
    w("odd-names.txt", ("\"Quoted\" Labs signs a partnership with <Angle> Hospital. Back\\slash Health and {Brace} Clinic "
                        "signed an agreement. 🏥 Emoji Hospital signs a partnership with Hôpital Cœur-Joie. "
                        "مستشفى الملك فيصل signs a partnership with Qalam Health. Space Bar%20Clinic and Hash#Tag Medical "
                        "signed an agreement.\n").encode())
    w("good.txt", ARTICLE.encode())
    (d / "loop").mkdir()
    os.symlink("..", d / "loop" / "back")  # a symlink loop
    os.symlink(d / "missing.txt", d / "dangling.txt")  # points nowhere
    os.mkfifo(d / "pipe.txt")  # reading it would block
    return d


@pytest.fixture(scope="module")
def bad_build(bad_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, Path]:
    import io
    from contextlib import redirect_stderr, redirect_stdout

    out = tmp_path_factory.mktemp("bad-out")
    err, std = io.StringIO(), io.StringIO()
    with redirect_stderr(err), redirect_stdout(std):
        code = main(["build", str(bad_folder), "--out", str(out), "--quiet"])
    return code, err.getvalue(), out


REPORTED = {
    "empty.txt": "empty file", "blank.txt": "only whitespace", "image-named.txt": "binary file (PNG image)",
    "report.txt": "binary file (PDF document)", "archive.md": "binary file (zip archive)", "nul-bytes.txt": "binary file",
    "huge.txt": "too long for one article", "one-long-line.txt": "too long for one article",
    "dangling.txt": "cannot read file", "pipe.txt": "not a regular file",
}


def test_each_bad_file_is_reported_by_name_with_its_reason(bad_build: tuple[int, str, Path]) -> None:
    code, err, _ = bad_build
    assert code == 2, err
    for name, reason in REPORTED.items():
        line = next((ln for ln in err.splitlines() if ln.endswith(name) or f"/{name}:" in ln), None)
        assert line is not None and reason in line, f"{name}: {line!r}"
    assert "photo.png" not in err and "Traceback" not in err


def test_the_rest_is_built_and_valid(bad_build: tuple[int, str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    import kg

    _, _, out = bad_build
    g = kg.load(out)
    titles = {r["t"] for r in g.query("SELECT ?t WHERE { ?d a hckg:Document ; dcterms:source ?t }")}
    built = {Path(t).name for t in titles}
    assert {"good.txt", "latin1.txt", "cp1252.txt", "utf16.txt", "invalid-utf8.txt", "scripts.html", "malformed.html",
            "no-orgs.txt", "many-orgs.txt", "odd-names.txt"} <= built
    assert main(["validate", "--out", str(out)]) == 0
    for fmt in ("ttl", "trig", "nt", "jsonld"):
        assert main(["export", "--format", fmt, "--out", str(out), "--output", str(out / f"x.{fmt}")]) == 0
    from rdflib import Dataset, Graph

    Graph().parse(out / "x.ttl", format="turtle")
    Dataset().parse(out / "x.trig", format="trig")


def test_legacy_encodings_are_decoded_not_dropped(bad_build: tuple[int, str, Path]) -> None:
    import kg

    g = kg.load(bad_build[2])
    text = " ".join(r["s"] for r in g.query("SELECT ?s WHERE { ?e hckg:sentence ?s }"))
    labels = " ".join(r["l"] for r in g.query("SELECT ?l WHERE { ?o rdfs:label ?l }"))
    assert "Hôpital Saint-Éloi" in labels or "Hôpital Saint-Éloi" in text  # Latin-1
    assert "Médilab" in labels or "Médilab" in text  # UTF-8 with a few broken bytes
    assert "Kestrel Diagnostics" in labels  # UTF-16
    assert "Brightwater Health" in labels and "\u201cWe are proud\u201d" in text or "Brightwater Health" in labels  # Windows-1252


def test_scripts_in_html_are_not_read_as_text(bad_build: tuple[int, str, Path]) -> None:
    import kg

    g = kg.load(bad_build[2])
    labels = {r["l"] for r in g.query("SELECT ?l WHERE { ?o rdfs:label ?l }")}
    assert "Lakeside University Hospital" in labels
    assert not {"Injected Corp", "Fake Hospital", "Svg Text Corp"} & labels
    sentences = " ".join(r["s"] for r in g.query("SELECT ?s WHERE { ?e hckg:sentence ?s }"))
    assert "alert(" not in sentences and "document.write" not in sentences


def test_odd_names_make_valid_iris(bad_build: tuple[int, str, Path]) -> None:
    import kg
    from rdflib.term import _is_valid_uri

    g = kg.load(bad_build[2])
    iris = [r["o"] for r in g.query("SELECT DISTINCT ?o WHERE { ?o rdfs:label ?l }")]
    assert iris and all(_is_valid_uri(i) and " " not in i for i in iris)
    orgs = {r["l"] for r in g.query("SELECT ?l WHERE { ?c hckg:participant ?o . ?o rdfs:label ?l }")}
    assert sum(1 for n in orgs if n.startswith("Company")) >= 400  # the 500-organisation article builds, most are read


def test_a_folder_of_only_bad_files_exits_2_without_a_graph(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_bytes(b"")
    assert main(["build", str(d), "--out", str(tmp_path / "out")]) == 2
    assert "a.txt" in capsys.readouterr().err
