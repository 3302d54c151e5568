"""Property-based tests (hypothesis): ingest, name normalisation, IRI minting, RDF round trips."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.term import _is_valid_uri

from kg.errors import InputError
from kg.extract.lexicons import fold
from kg.ingest import parse_bytes
from kg.nlp import normalise_for_nlp
from kg.resolve import mint, slug

names = st.text(min_size=1, max_size=120)
fast = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fast
@given(names)
def test_any_name_gives_a_valid_stable_iri(name: str) -> None:
    iri = mint("org", name)
    assert _is_valid_uri(iri) and re.fullmatch(r"https://w3id\.org/hckg/id/org/[a-z0-9-]{1,80}", iri)
    assert mint("org", name) == iri  # same name, same IRI
    URIRef(iri).n3()  # rdflib accepts it


def _key(name: str) -> str:
    """What makes two names the same name: letters and digits, case and accents aside."""
    import unicodedata

    from kg.resolve import _FOLD

    norm = unicodedata.normalize("NFKD", name.translate(_FOLD))
    return "".join(c for c in norm.casefold() if not unicodedata.combining(c) and (c.isalnum() or not c.isascii() and not c.isspace()
                                                                                   and unicodedata.category(c)[0] in "LNS"))


@fast
@given(names, names)
def test_distinct_names_do_not_collide(a: str, b: str) -> None:
    assume(_key(a) != _key(b))
    assert slug(a) != slug(b), (a, b)


@fast
@given(st.text(alphabet=st.sampled_from("abcdeéèêàçôûïAÉ -'’"), min_size=1, max_size=40))
def test_case_and_accents_do_not_make_a_new_name(name: str) -> None:
    assume(re.search(r"[a-zA-Z]", fold(name)))
    assert slug(name) == slug(name.upper()) == slug(fold(name))


@fast
@given(names)
def test_normalisation_keeps_offsets(text: str) -> None:
    assert len(normalise_for_nlp(text)) == len(text)  # evidence offsets stay valid
    assert fold(fold(text)) == fold(text)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.md", "a.html"]))
def test_ingest_never_fails_but_with_a_reason(data: bytes, name: str) -> None:
    try:
        art = parse_bytes(data, name)
    except InputError as exc:
        assert exc.path == name and exc.reason
        return
    assert art.text.strip() and art.sha256 and art.language in ("en", "fr")
    assert 0 <= art.body_start <= len(art.text)


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=2000), st.sampled_from(["a.txt", "a.md", "a.html"]))
def test_ingest_of_any_text(text: str, name: str) -> None:
    try:
        art = parse_bytes(text.encode("utf-8"), name)
    except InputError as exc:
        assert exc.reason
        return
    assert "\r" not in art.text


literals = st.text(max_size=200).filter(lambda t: "\x00" not in t or True)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(names, literals, st.sampled_from([None, "en", "fr"])), min_size=1, max_size=8))
def test_rdf_round_trips_through_turtle_and_trig(items: list[tuple[str, str, str | None]]) -> None:
    from kg.namespaces import HCKG

    ds = Dataset()
    g = ds.graph(URIRef("https://w3id.org/hckg/id/doc/prop"))
    for name, text, lang in items:
        s = URIRef(mint("org", name))
        g.add((s, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal(name)))
        g.add((s, HCKG.sentence, Literal(text, lang=lang)))
    back = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    assert isomorphic(back, g)
    ds2 = Dataset().parse(data=ds.serialize(format="trig"), format="trig")
    assert isomorphic(ds2.graph(URIRef("https://w3id.org/hckg/id/doc/prop")), g)
