"""Extraction: Article + spaCy Doc -> Extraction (mentions, facts, evidence; no IRIs).

The knowledge the rules use lives in ``kg/data`` (per language) and in the
topic scheme ``ontology/hckg-topics.ttl``.
"""

from __future__ import annotations

import functools

import re
from collections import Counter
from typing import TYPE_CHECKING, Iterable, Iterator

from ..models import Article, Collab, Evidence, Extraction, OrgMention, PersonRole, Relation
from ..ontology import topics
from .facts import dedupe_relations, find_facts
from .lexicons import fold, lexicon, phrase_regex
from .mentions import DocMentions, find_mentions, name_key
from .resolvekeys import structured_key
from .temporal import duration, sentence_date

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from .mentions import Span

__all__ = ["extract", "extract_all", "name_key", "structured_key"]

_STRENGTH_CONF = {1: 0.45, 2: 0.6, 3: 0.75, 4: 0.85}


def extract_all(articles: Iterable[Article], *, n_process: int = 0, batch_size: int = 32) -> Iterator[Extraction]:
    """Extract from many articles, in input order, a batch at a time.

    ``n_process`` 0 means one worker per core when there are more than three batches.
    With ``n_process`` > 1, worker processes each parse *and* extract whole batches (the models load
    once per worker), so both stages use every core and only small Extraction objects travel back.
    """
    arts = list(articles)
    batches = [arts[i : i + batch_size] for i in range(0, len(arts), batch_size)]
    if n_process <= 0:
        # as many workers as cores (at most 4: each holds the models), when there is enough work to repay starting them
        import os

        n_process = min(os.cpu_count() or 1, 4) if len(batches) > 3 else 1
    if n_process > 1 and len(batches) > 1:
        import multiprocessing
        import threading

        if threading.active_count() == 1:
            # a single-threaded caller (the `kg build` command): load the models here, fork workers that share them
            from ..nlp import get_nlp

            for lang in sorted({a.language for a in arts}):
                get_nlp(lang)
            ctx = multiprocessing.get_context("fork")
        else:  # a threaded caller (a server, a notebook): workers come from a clean fork server and load the models
            ctx = multiprocessing.get_context("forkserver")
        with ctx.Pool(min(n_process, len(batches)), initializer=_one_thread) as pool:
            for exs in pool.imap(_extract_batch, batches):
                yield from exs
        return
    for batch in batches:
        yield from _extract_batch(batch)


def _one_thread() -> None:
    """A worker uses one core: the pool already uses them all."""
    import os

    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
        os.environ[var] = "1"


def _extract_batch(arts: list[Article]) -> list[Extraction]:
    """Parse one batch (each language with its model) and extract, in the batch's order."""
    from ..nlp import parse

    by_lang: dict[str, list[int]] = {}
    for i, a in enumerate(arts):
        by_lang.setdefault(a.language, []).append(i)
    results: dict[int, Extraction] = {}
    for lang, idxs in by_lang.items():
        texts = [" " * arts[i].body_start + arts[i].text[arts[i].body_start : _end(arts[i])] for i in idxs]
        for i, doc in zip(idxs, parse(texts, lang, n_process=1, batch_size=len(texts))):
            results[i] = extract(arts[i], doc)
    return [results[i] for i in range(len(arts))]


def _end(a: Article) -> int:
    return a.body_end if a.body_end >= 0 else len(a.text)


@functools.cache
def _topic_regexes() -> list[tuple[str, "re.Pattern[str]"]]:
    return [(t.iri, phrase_regex(list(t.keywords))) for t in topics()]


@functools.cache
def _demonym_regexes(lang: str) -> tuple["re.Pattern[str]", "re.Pattern[str]"]:
    """"la start-up rennaise X", "South Korean biotech company X" (before) and "X, une jeune entreprise lyonnaise",
    "X, the Norwegian medical equipment group", "X, société suisse de ..." (after), any demonym of the lexicon."""
    alts = "|".join(re.escape(a) for a in sorted(lexicon(lang).demonyms, key=len, reverse=True)) or "(?!)"
    # (not across "of": in "the Danish distributor of X" the adjective tells of the distributor, not of X)
    return (re.compile(rf"\b(?P<adj>{alts})\s+(?:(?!(?:of|de|du|des)\s)[a-z][\w\-]*\s+){{0,2}}$"),
            re.compile(rf"^,\s+(?:(?:a|an|the|un|une|la|le|l')\s+)?(?:[a-z][\w\-]*\s+){{0,2}}?(?P<adj>{alts})\b"))


def extract(article: Article, doc: "Doc") -> Extraction:
    """All facts of one article; ``doc`` is spaCy's parse of ``article.text[:body_end]``."""
    lx = lexicon(article.language)
    body = (article.body_start, _end(article))
    text = article.text
    year = int(article.date[:4]) if article.date else None
    dm = find_mentions(doc, text, lx, body, year)
    collab_drafts, rel_drafts, role_drafts, _sents = find_facts(doc, text, lx, dm, body)
    topic_res = _topic_regexes()

    used_orgs: set[str] = set()
    collabs: list[Collab] = []
    for c in collab_drafts:
        evs = c.evidence + c.extra
        ftxt = " ".join(fold(e.text) for e in evs)
        tps = tuple(sorted(iri for iri, rx in topic_res if rx.search(ftxt)))
        projects = [sp.key for sp in dm.spans if sp.kind == "project" and any(e.start <= sp.start < e.end for e in evs)]
        date = next((d for d in (sentence_date(e.text, article.date, article.language) for e in c.evidence) if d), None)
        dur = next((d for d in (duration(e.text, article.language) for e in evs) if d), None)
        conf = _STRENGTH_CONF.get(c.strength, 0.5) + 0.05 * (len(c.evidence) - 1)
        if c.maybe:
            conf -= 0.15
        collabs.append(
            Collab(
                kind=c.kind,
                participants=tuple(c.participants),
                evidence=tuple(c.evidence),
                topics=tps,
                project=projects[0] if projects else None,
                date=date or article.date,
                duration=dur,
                confidence=round(max(0.05, min(conf, 0.95)), 2),
            )
        )
        used_orgs |= set(c.participants)

    relations = [
        Relation(r.predicate, r.subject, r.subject_kind, r.object, r.object_kind, r.evidence, r.confidence)
        for r in rel_drafts
    ]
    for r in relations:
        if r.subject_kind == "org":
            used_orgs.add(r.subject)
        if r.object_kind == "org":
            used_orgs.add(r.object)

    people: list[PersonRole] = []
    seen_people: dict[str, PersonRole] = {}
    for rd in role_drafts:
        pr = PersonRole(dm.names.get(("person", rd.person), rd.person), rd.org, rd.role, rd.evidence, rd.confidence)
        prev = seen_people.get(rd.person)
        if prev is None or (prev.org is None and pr.org is not None):
            seen_people[rd.person] = pr
    for sp in dm.spans:
        if sp.kind == "person" and sp.key not in seen_people and " " in sp.key:
            ev = _sentence_of(doc, text, sp.start, body[0])
            seen_people[sp.key] = PersonRole(dm.names.get(("person", sp.key), sp.text), None, None, ev, 0.6)
    people = list(seen_people.values())
    for p in people:
        if p.org:
            used_orgs.add(p.org)
            relations.append(Relation("worksFor", name_key(p.name), "person", p.org, "org", p.evidence, p.confidence, p.role))

    # places from names ("CHU de Grenoble" is in Grenoble) and from adjectives
    places: dict[str, str] = {}
    for sp in dm.spans:
        if sp.kind == "place":
            places.setdefault(sp.key, dm.names.get(("place", sp.key), sp.text))
    for r in relations:
        if r.predicate == "locatedIn":  # (a place the tagger read otherwise keeps its written form: "Vancouver's X")
            places.setdefault(r.object, dm.names.get(("place", r.object)) or next((sp.text for sp in dm.spans if sp.key == r.object), r.object))
    org_place: dict[str, str] = {}
    known_places = set(places) | lx.demonym_places | lx.countries | {name_key(e.text) for e in doc.ents if e.label_ in ("GPE", "LOC")}
    for key in dm.org_names:
        for n in dm.org_names[key]:
            sk = structured_key(name_key(n))
            if sk:
                folded_place = sk.split(":", 1)[1]
                if any(w in lx.cue_words for w in folded_place.split()):
                    continue  # "University Health Network" is not in "Health Network"
                if folded_place not in known_places and (name_key(n).startswith(folded_place) or not _looks_like_place(n, folded_place)):
                    continue  # "Aga Khan University Hospital", "CHU Yalgado-Ouédraogo", "Centre hospitalier Princesse Grace": not places
                if any(len(w) >= 2 and w.isupper() for w in re.split(r"[\s\-]+", _place_name(n, folded_place))):
                    continue  # "CHU-JRA", "CHU UCL Namur": initials (of the rest of the name, of a university) are no place
                # "Centre hospitalier universitaire vaudois" is in Vaud
                place = lx.demonyms.get(folded_place) or _place_name(n, folded_place)
                org_place.setdefault(key, place)
    for sp in dm.spans:
        if sp.kind == "org" and not sp.coref:
            left = fold(text[max(0, sp.start - 40) : sp.start])
            right = fold(text[sp.end : sp.end + 40])
            before_rx, after_rx = _demonym_regexes(article.language)
            m = before_rx.search(left)
            if m is None:
                m = after_rx.match(right)
                if m and re.match(r"^(?:\s+(?!(?:of|de|du|des)\s)[a-z][\w\-]*){0,3}\s+[A-Z]", text[sp.end + m.end() : sp.end + m.end() + 60]):
                    m = None  # "A, the Italian start-up B": the adjective belongs to the next name of a list
            if m:
                place = lx.demonyms[m.group("adj")]
                if place.lower() not in ("france",) or sp.key not in org_place:
                    org_place.setdefault(sp.key, place)
    dateline = _dateline_body(dm, text, body)
    if dateline is not None and dateline[1].key not in org_place and not any(r.predicate == "locatedIn" and r.subject == dateline[1].key for r in relations):
        # "BUDAPEST, 11 June 2026 — Semmelweis University and X have agreed ...": a local institution that opens the story
        # is in the city of the dateline (a company's head office may be anywhere)
        org_place[dateline[1].key] = dateline[0].text.title() if dateline[0].text.isupper() else dateline[0].text
    existing = {(r.subject, r.object) for r in relations if r.predicate == "locatedIn"}
    for key, place in org_place.items():
        pk = name_key(place)
        places.setdefault(pk, place)
        if (key, pk) not in existing:
            first = next(sp for sp in dm.spans if sp.key == key and sp.kind == "org")
            conf = 0.55 if dateline is not None and key == dateline[1].key else 0.7  # (a dateline says where the story is written)
            relations.append(Relation("locatedIn", key, "org", pk, "place", _sentence_of(doc, text, first.start, body[0]), conf))

    orgs: list[OrgMention] = []
    for key, names in dm.org_names.items():
        conf = dm.org_conf.get(key, 0.5)
        kinds = {sp.kind for sp in dm.spans if sp.key == key and sp.kind in ("org", "org?")}
        if "org" not in kinds:
            if key not in used_orgs:
                continue
            conf = 0.4
        name = dm.names[("org", key)]
        aliases = tuple(sorted({n for n in names if n != name and not re.match(r"(?i)^the\s", n)} | {re.sub(r"(?i)^the\s+", "", n) for n in names if n != name} - {name}))
        typ, tconf = dm.org_type.get(key, ("Company", 0.5))
        rkeys = {name_key(n) for n in names}
        rkeys |= {k for k in (structured_key(x) for x in list(rkeys)) if k}
        orgs.append(OrgMention(key, name, aliases, typ, tconf, round(conf, 2), org_place.get(key), tuple(sorted(rkeys))))
    keep = {o.key for o in orgs}
    relations += _supplier_of_contract(collabs, {o.key: o.type for o in orgs}, relations)
    # an acquisition, a membership or a funding is a relation, not a collaboration
    directed = {frozenset((r.subject, r.object)) for r in relations if r.predicate in ("acquired", "memberOf", "funds", "subsidiaryOf")}
    supplied = {frozenset((r.subject, r.object)) for r in relations if r.predicate == "supplies"}
    directed -= {frozenset((r.subject, r.object)) for r in relations if r.predicate == "funds"} & supplied  # "with support from" a supplier
    collabs = [c for c in collabs if not (c.confidence < 0.75 and frozenset(c.participants) in directed)]
    # a unit and the organisation it belongs to do not collaborate with each other ("Quanta's QOCA unit")
    parent_of = {frozenset((r.subject, r.object)) for r in relations if r.predicate == "subsidiaryOf"}
    collabs = [c for c in collabs if frozenset(c.participants) not in parent_of]
    parents = {(r.subject, r.object) for r in relations if r.predicate in ("subsidiaryOf", "partOf")}
    relations = [r for r in relations if r.predicate != "partOf"]
    collabs = [Collab(c.kind, tuple(p for p in c.participants if not any((q, p) in parents for q in c.participants)), *_rest(c))
               if len(c.participants) > 2 else c for c in collabs]  # "le centre Inria de l'université de Bordeaux": the university is no party
    collabs = [c for c in collabs if len(set(c.participants) & keep) >= 2]
    collabs = [Collab(c.kind, tuple(p for p in c.participants if p in keep), *_rest(c)) for c in collabs]
    relations = [r for r in relations if (r.subject_kind != "org" or r.subject in keep) and (r.object_kind != "org" or r.object in keep)]

    relations = dedupe_relations(relations)  # one record per fact (found in several sentences): the most confident
    products = tuple(sorted({(sp.key, dm.names[("product", sp.key)]) for sp in dm.spans if sp.kind == "product"}))
    projects = tuple(sorted({(sp.key, dm.names[("project", sp.key)]) for sp in dm.spans if sp.kind == "project"}))
    return Extraction(
        article=article,
        orgs=tuple(sorted(orgs, key=lambda o: o.key)),
        people=tuple(people),
        places=tuple(sorted(places.items())),
        products=products,
        projects=projects,
        collaborations=tuple(collabs),
        relations=tuple(relations),
    )


def _dateline_body(dm: DocMentions, text: str, body: tuple[int, int]) -> "tuple[Span, Span] | None":
    """The dateline's city and the first named body of the sentence it opens, when that body is a hospital, a university,
    a research institute or a public body."""
    spans = sorted((sp for sp in dm.spans if body[0] <= sp.start < body[1]), key=lambda sp: sp.start)
    for pl in spans:
        line_start = text.rfind("\n", 0, pl.start) + 1
        if pl.kind != "place" or text[line_start : pl.start].strip(" *_\t") or not re.match(r"\s*(?:,|[–—-])", text[pl.end : pl.end + 3]):
            continue
        dash = re.compile(r"[–—]|\s-{1,2}\s").search(text, pl.end, pl.end + 60)
        if dash is None:
            return None
        line_end = text.find("\n", dash.end())
        stop = min(x for x in (text.find(". ", dash.end()), line_end, body[1]) if x >= 0)
        first = next((sp for sp in spans if sp.kind == "org" and dash.end() <= sp.start < stop and not sp.coref), None)
        if first is not None and first.type in ("Hospital", "UniversityHospital", "University", "ResearchInstitute") \
                and re.fullmatch(r"\s*(?:the\s+|le\s+|la\s+|l['’])?", text[dash.end() : first.start], re.I):
            return pl, first
        return None
    return None


def _supplier_of_contract(collabs: list[Collab], types: dict[str, str], relations: list[Relation]) -> list[Relation]:
    """A supply contract between one company and one customer of another kind says the company supplies it
    ("signed a supply contract with Medtronic", "un contrat de fourniture avec Philips")."""
    have = {(r.subject, r.object) for r in relations if r.predicate in ("supplies", "acquired", "funds")}
    out = []
    for c in collabs:
        if c.kind != "SupplyContract" or len(c.participants) != 2:
            continue
        firms = [p for p in c.participants if types.get(p) in ("Company", "Startup")]
        others = [p for p in c.participants if p in types and types[p] not in ("Company", "Startup")]
        if len(firms) == 1 and len(others) == 1 and not ({(firms[0], others[0]), (others[0], firms[0])} & have):
            out.append(Relation("supplies", firms[0], "org", others[0], "org", c.evidence[0], round(min(c.confidence, 0.7), 2)))
    return out


def _rest(c: Collab) -> tuple:  # type: ignore[type-arg]
    return (c.evidence, c.topics, c.project, c.date, c.start_date, c.duration, c.confidence)


def _looks_like_place(name: str, folded_place: str) -> bool:
    """A name's part after its type cue that is not known as a place elsewhere in the article is taken for one only
    when it is one word ("CHU de Rennes") or a hyphenated name with a particle ("Saint-Étienne", "Aix-en-Provence"):
    other runs of capitalised words are as likely a person's name ("Princesse Grace", "Yalgado-Ouédraogo")."""
    words = folded_place.split()
    surface = _place_name(name, folded_place)
    if len(words) == 1:
        return True
    return " " not in surface and any(w in _PLACE_PARTICLES for w in words)


_PLACE_PARTICLES = frozenset({"saint", "sainte", "st", "ste", "en", "sur", "le", "la", "les", "de", "du", "des", "lez", "sous", "l", "d"})


def _place_name(name: str, folded_place: str) -> str:
    """The place as written in the name ("Rennes" from "CHU Rennes")."""
    words = folded_place.split()
    m = re.search(r"(?i)" + r"[\s\-']+".join(re.escape(w) for w in words), fold(name))
    if m:
        return name[m.start() : m.end()]
    return folded_place.title()


def _sentence_of(doc: "Doc", text: str, pos: int, body_start: int = 0) -> Evidence:
    for s in doc.sents:
        if s.start_char <= pos < s.end_char:
            start = max(s.start_char, body_start)  # the parsed text is blank before the body
            t = text[start : s.end_char]
            lead = len(t) - len(t.lstrip())
            return Evidence(start + lead, start + lead + len(t.strip()), t.strip())
    return Evidence(pos, pos, "")
