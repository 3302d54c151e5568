"""Facts of one document: collaborations, directed relations and people's roles.

A collaboration needs an explicit trigger ("partnership", "signed an
agreement with", "a choisi") and two or more organisations in the clause of
that trigger; co-occurrence alone is not collaboration.  Directed relations
take their subject and object from the side of the trigger an organisation
stands on, with "by"/"par" turning the direction round.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, TypeVar

from ..models import Evidence, Relation
from .lexicons import Lexicon, fold
from .mentions import AFFILIATION_INITIALS, AFFIX_WORDS, COMPATIBLE_TYPES, CURRENCY_CODES, UNIT_AFTER, DocMentions, Span, product_cues

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span as SpacySpan

__all__ = ["Sentence", "CollabDraft", "RelDraft", "RoleDraft", "find_facts", "dedupe_relations"]

_CLAUSE_DEPS = {"relcl", "acl", "acl:relcl", "advcl", "ccomp", "parataxis", "csubj"}
_BREAK = re.compile(r";|\bwhich\b|\bwho\b|\bwhose\b|\bwhile\b|\bwhereas\b|\bqui\b|\bdont\b(?!\s+(?:\d|un |une |plus))|\btandis\b|\bet qui\b")


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    span: "SpacySpan"


@dataclass
class CollabDraft:
    participants: list[str]
    evidence: list[Evidence]
    strength: int
    kind: str
    maybe: set[str] = field(default_factory=set)  # participants of low confidence
    extra: list[Evidence] = field(default_factory=list)  # sentences that refer back to it
    consortium: str | None = None  # the named consortium the parties formed ("the X Registry, a consortium that ...")
    venture: str | None = None  # the company the parties formed ("a joint venture, Nordic Pathology AI AB,")


@dataclass
class RelDraft:
    predicate: str
    subject: str
    subject_kind: str
    object: str
    object_kind: str
    evidence: Evidence
    confidence: float
    role: str | None = None


@dataclass
class RoleDraft:
    person: str
    org: str | None
    role: str | None
    evidence: Evidence
    confidence: float


def _in(sp: Span, s: Sentence) -> bool:
    return sp.start >= s.start and sp.end <= s.end


def _token_before(sent: Sentence, pos: int):  # type: ignore[no-untyped-def]
    """The last token of the sentence that starts before ``pos`` (the token a trigger match ends in)."""
    return next((t for t in reversed(sent.span) if t.idx < pos), None)


def _unfolded(raw: str, start: int, end: int) -> str:
    """``[start:end]`` of ``fold(raw)`` in the original letters when folding kept the length, else folded."""
    folded = fold(raw)
    return (raw if len(folded) == len(raw) else folded)[start:end]


def _root_token(doc: "Doc", sp: Span):  # type: ignore[no-untyped-def]
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    toks = [t for t in span if t.idx >= sp.start] if span is not None else [t for t in doc if sp.start <= t.idx < sp.end]
    if not toks:
        return None
    for t in toks:
        if not (sp.start <= t.head.idx < sp.end) or t.head == t:
            return t
    return toks[0]


def _clause_tokens(trigger_tok, member_verbs: frozenset[str] | set[str] = frozenset()):  # type: ignore[no-untyped-def]
    """Tokens of the clause a trigger belongs to, without nested clauses (but with participles naming more
    parties: "A, B et C, associés à la société D, ont lancé ...")."""
    anchor = trigger_tok
    if anchor.dep_.startswith("aux") and anchor.head != anchor:
        anchor = anchor.head
    while anchor.i > 0 and anchor.doc[anchor.i - 1].text == "-" and anchor.head.i < anchor.i and anchor.head != anchor:
        anchor = anchor.head  # "will co-develop": the parse splits the word; its first part holds the clause
    while anchor.pos_ not in ("VERB", "AUX") and anchor.dep_ != "ROOT" and anchor.head != anchor:
        anchor = anchor.head
    keep = set()
    stack = [anchor]
    while stack:
        t = stack.pop()
        keep.add(t.i)
        for c in t.children:
            if c.dep_ in _CLAUSE_DEPS and c.i != trigger_tok.i and trigger_tok not in list(c.subtree) and c.pos_ != "PROPN" \
                    and not (c.dep_ == "acl" and fold(c.lemma_) in member_verbs):
                continue  # (a name the parse hung as a clause is no clause: "la société Maincare" read as acl)
            stack.append(c)
    extra = set()
    if anchor.dep_ in ("relcl", "acl:relcl", "acl") and anchor.head != anchor:
        extra.add(anchor.head.i)
    # an auxiliary or coordinated head shares its subject
    head = anchor
    while head.dep_ in ("conj", "xcomp") and head.head != head:
        head = head.head
        for c in head.children:
            if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass"):
                # the subject, without a relative clause of its own ("Lifera, which was set up by PIF, agreed to ...")
                rel = {x.i for r in c.children if r.dep_ in ("relcl", "acl:relcl")
                       or (r.dep_ == "acl" and any(g.dep_ in ("agent", "obl:agent") for g in r.children)) for x in r.subtree}
                extra |= {x.i for x in c.subtree} - rel
    return keep | extra


def find_facts(doc: "Doc", text: str, lx: Lexicon, dm: DocMentions, body: tuple[int, int]) -> tuple[list[CollabDraft], list[RelDraft], list[RoleDraft], list[Sentence]]:
    # a sentence never starts before the body: the parsed text is blank there, the article's text is not
    sents = [Sentence(max(s.start_char, body[0]), s.end_char, text[max(s.start_char, body[0]) : s.end_char], s)
             for s in doc.sents if s.end_char > body[0] and s.start_char < body[1]]
    tok_at = {t.idx: t for t in doc}
    collabs: list[CollabDraft] = []
    rels: list[RelDraft] = []
    roles: list[RoleDraft] = []
    founders: list[RoleDraft] = []
    products = sorted((sp for sp in dm.spans if sp.kind == "product"), key=lambda x: -x.start)
    raiser: tuple[str, int] | None = None  # the organisation that raised money with no backer named yet, and where
    # what "the project", "the consortium", "it" may stand for: the last project or consortium named before a sentence
    topics = sorted((sp for sp in dm.spans if sp.kind == "project" or (sp.kind == "org" and sp.type == "Consortium")), key=lambda x: -x.start)
    by_key = {sp.key: sp for sp in dm.spans if sp.kind == "org" and not sp.coref}  # an organisation's own mention, by key
    own_mentions = [sp for sp in dm.spans if sp.kind == "org" and not sp.coref]
    prev_subject: str | None = None
    people_orgs: dict[str, str] = {}  # who works where, from the sentences read so far
    prev_openers: list[Span] = []  # the bodies coordinated at the head of the sentence before ("A and B will study ...")
    for sent in sents:
        ev = Evidence(sent.start, sent.end, sent.text.strip())
        if sent.text.strip() != sent.text:
            lead = len(sent.text) - len(sent.text.lstrip())
            ev = Evidence(sent.start + lead, sent.start + lead + len(sent.text.strip()), sent.text.strip())
        spans = [sp for sp in dm.spans if _in(sp, sent)]
        f = _plain_agents(fold(sent.text))
        spans += _pair_reference(sent, f, lx, spans, own_mentions, collabs[-1] if collabs else None, dm.spans)
        orgs = [sp for sp in spans if sp.kind in ("org", "org?")]
        for a, b in zip(orgs, orgs[1:]):
            if a.kind == b.kind == "org" and a.key != b.key and re.fullmatch(r"\s*\(\s*", sent.text[a.end - sent.start : b.start - sent.start]) \
                    and AFFILIATION_INITIALS.fullmatch(b.text) and sent.text[b.end - sent.start : b.end - sent.start + 1] == ")":
                # "l'hôpital Henri-Mondor (AP-HP) a choisi X": part of AP-HP, which takes no part in what the sentence tells
                rels.append(RelDraft("subsidiaryOf", a.key, "org", b.key, "org", ev, 0.6))
                spans = [sp for sp in spans if sp is not b]
        orgs = [sp for sp in spans if sp.kind in ("org", "org?")]
        last_product = next((sp for sp in products if sent.start - 600 < sp.end <= sent.start), None)
        topic = next((sp for sp in topics if sp.end <= sent.start and sent.start - sp.end < 2500), None)
        named_later = _NAMED_LATER.match(f)
        if named_later and collabs and not collabs[-1].consortium and collabs[-1].evidence and sent.start - collabs[-1].evidence[-1].end < 600:
            # "Le laboratoire, baptisé NeuroRehab Lab, réunira ...": the name of what the parties just opened
            body = next((o for o in dm.spans if o.kind in ("org", "org?") and not o.coref and o.start == sent.start + named_later.end()), None)
            if body is not None and body.key not in collabs[-1].participants:
                collabs[-1].consortium = body.key
        formed = (by_key.get(collabs[-1].consortium) or next((sp for sp in dm.spans if sp.key == collabs[-1].consortium and sp.kind == "org?"), None)) \
            if collabs and collabs[-1].consortium else None  # (a name known only as what they formed: "ont inauguré le Centre X")
        if formed is not None and formed.end <= sent.start and sent.start - formed.end < 1500 and (topic is None or formed.start > topic.start):
            topic = formed  # ("Le CHU et l'EPFL lancent le centre KELVO. Il sera codirigé par X": the centre they launched)
        parties = ()
        if collabs and topic is None:
            # the work just told: the most confident recent collaboration ("Cardiolis, qui travaille déjà avec le CHU de Limoges"
            # is an aside to the partnership the article is about)
            told = collabs[-1]
            rel = re.search(r",\s*(?:qui|which|who)\b", told.evidence[-1].text) if told.evidence else None
            if rel and any(k in by_key and by_key[k].text in told.evidence[-1].text[rel.end() :] for k in told.participants):
                recent = [c for c in collabs if c.evidence and sent.start - c.evidence[-1].end < 1500 and c.strength > told.strength]
                told = recent[-1] if recent else told
            parties = tuple(by_key[k] for k in told.participants if k in by_key and by_key[k].type not in ("Company", "Startup"))
        if not parties and prev_openers and re.match(r"\s*(?:their|leur|leurs)\s+(?:[a-z\-]+\s+){0,2}?(?:" + lx.work_nouns + r")s?\b", f):
            # "A and B will study malaria in children. Their study is funded by X": the bodies that opened the sentence before
            parties = tuple(o for o in prev_openers if o.type not in ("Company", "Startup"))
        sent_rels = _relations(doc, sent, f, lx, spans, ev, tok_at, last_product, topic, parties)
        if collabs and not any(r.predicate == "supplies" for r in sent_rels):
            sent_rels += _supplies_the_work(sent, f, orgs, collabs[-1], by_key, formed if topic is formed else None, ev)
        for ln in _LOAN_FROM.finditer(f):
            # "dans le cadre d'un prêt de la Banque islamique de développement au ministère de la Santé": the lender funds the borrower
            giver = next((o for o in orgs if o.kind == "org" and 0 <= o.start - (sent.start + ln.end()) < 3), None)
            if giver is None:
                continue
            taker = next((o for o in orgs if o.kind == "org" and o.start > giver.end and re.fullmatch(
                r"\s*(?:to|au|aux|a la|a l')\s*(?:the\s+)?", f[giver.end - sent.start : o.start - sent.start])), None)
            if taker is not None and taker.key != giver.key:
                sent_rels.append(RelDraft("funds", giver.key, "org", taker.key, "org", ev, 0.65))
        sold = {r.subject: r.object for r in sent_rels if r.predicate == "supplies" and r.object_kind == "org"}
        # "un robot fourni par Medtronic, pour 2,3 millions d'euros financés par la Région": the buyer's purchase is funded, not the seller
        sent_rels = [RelDraft(r.predicate, r.subject, r.subject_kind, sold[r.object], r.object_kind, r.evidence, r.confidence)
                     if r.predicate == "funds" and r.object in sold and r.subject != sold[r.object] and by_key.get(r.object) is not None
                     and by_key[r.object].type in ("Company", "Startup") else r for r in sent_rels]
        thing = _THING_SUPPLIED_BY.match(f)
        if thing is not None and prev_openers and not any(r.predicate == "supplies" for r in sent_rels):
            # "SingHealth extended its programme ... The wearable patches are supplied by Biofourmis": for the body just told of
            maker = next((o for o in orgs if o.kind == "org" and 0 <= o.start - (sent.start + thing.end()) < 4), None)
            if maker is not None and all(maker.key != o.key for o in prev_openers):
                sent_rels += [RelDraft("supplies", maker.key, "org", o.key, "org", ev, 0.6) for o in prev_openers if o.type not in ("Company", "Startup")]
        funders = {r.subject: r for r in sent_rels if r.predicate == "funds"}
        at = {sp.key: sp for sp in spans}
        for r in [r for r in sent_rels if r.predicate == "funds" and r.object in funders and funders[r.object].object != r.subject
                  and r.object in at and r.subject in at and at[r.object].end < at[r.subject].start
                  and re.search(r"\b(?:and|et)\b", f[at[r.object].end - sent.start : at[r.subject].start - sent.start])]:
            # "received $2 million from A, ..., and support from B": B is a funder beside A, of what A funds
            sent_rels.remove(r)
            sent_rels += [RelDraft("funds", r.subject, r.subject_kind, o.object, o.object_kind, r.evidence, r.confidence)
                          for o in [x for x in sent_rels if x.predicate == "funds" and x.subject == r.object]]
        for r in [r for r in sent_rels if r.predicate == "funds" and r.object_kind == "org"]:
            # "X led a USD 25 million round in Y, alongside Z": Z invests in Y too
            for al in re.finditer(r"\b(?:alongside|together with|along with|aux cotes d[eu]s?|aux cotes de la|aux cotes de l')\s+(?:(?:the|existing|other|le|la|l'|les)\s+)*"
                                  r"(?:(?:investors?|backers?|investisseurs?|fonds)\s+)?", f):
                after = sorted((o for o in orgs_after(spans, sent.start + al.end()) if o.key not in (r.subject, r.object)), key=lambda o: o.start)
                if after and after[0].start - (sent.start + al.end()) <= 2 and at.get(r.object) is not None and at[r.object].end <= sent.start + al.start():
                    sent_rels += [RelDraft("funds", o.key, "org", r.object, "org", ev, 0.6) for o in _coordinated(after, f, sent.start)]
        for gm in re.finditer(r"\b(?:awarded|awards|granted|grants|gave|gives|has given)\s+(?:the\s+|its\s+|their\s+)?", f):
            # "The National Cancer Institute has awarded the network a five-year grant": the giver before, the receiver between
            verb_end = gm.start() + len(gm.group().split()[0])
            if _GRANT_GIVEN.match(f, verb_end) is None:
                continue
            giver = max((o for o in spans if o.kind == "org" and o.end <= sent.start + gm.start()), key=lambda o: o.start, default=None)
            taker = next((o for o in spans if o.kind == "org" and sent.start + verb_end < o.start <= sent.start + gm.end() + 1), None)
            if giver is not None and taker is not None and giver.key != taker.key \
                    and not re.search(r"[,;]", f[giver.end - sent.start : gm.start()]):
                sent_rels.append(RelDraft("funds", giver.key, "org", taker.key, "org", ev, 0.7))
        ordered_orgs = sorted((o for o in spans if o.kind == "org"), key=lambda o: o.start)
        for a, b in zip(ordered_orgs, ordered_orgs[1:]):
            # "the Inter-American Development Bank's innovation lab, IDB Lab": B is a unit of A, and B is who acts
            if a.key != b.key and _UNIT_APPOSITION.fullmatch(f[a.end - sent.start : b.start - sent.start]):
                sent_rels.append(RelDraft("subsidiaryOf", b.key, "org", a.key, "org", ev, 0.7))
                sent_rels = [RelDraft(r.predicate, b.key, r.subject_kind, r.object, r.object_kind, r.evidence, r.confidence)
                             if r.predicate == "funds" and r.subject == a.key else r for r in sent_rels]
        for cl in _CLIENTS_OF.finditer(f):
            owner = max((o for o in spans if o.kind == "org" and o.end <= sent.start + cl.start() + 2), key=lambda o: o.end, default=None)
            if owner is not None and ((sent.start + cl.start()) - owner.end <= 1 or re.match(r"\s*(?:its|their|ses|leurs)\b", f[cl.start() :])):
                for o in _coordinated(sorted((o for o in spans if o.kind == "org" and o.start >= sent.start + cl.end()), key=lambda o: o.start), f, sent.start):
                    if o.key != owner.key and o.start - (sent.start + cl.end()) < 80:
                        sent_rels.append(RelDraft("supplies", owner.key, "org", o.key, "org", ev, 0.65))
        sent_rels += _product_owner(sent, spans, ev, by_key.values(), prev_subject)
        sent_rels += _units(sent, spans, ev, lx)
        sent_rels += _flagship(sent, spans, f, ev)
        sent_rels += _sale(sent, spans, f, ev)
        backers = {r.subject for r in rels if r.predicate == "funds"}
        # the last body funded that funds nobody itself ("led by Temasek-backed Lion Rock Ventures": Vitalink, not Lion Rock)
        funded = next((r for r in reversed(rels) if r.predicate == "funds" and r.object_kind == "org" and r.object not in backers), None) \
            or next((r for r in reversed(rels) if r.predicate == "funds" and r.object_kind == "org"), None)
        led_round = _ROUND_LED.search(f)
        if led_round is not None and raiser is not None and sent.start - raiser[1] < 800 and not any(r.predicate == "funds" for r in sent_rels):
            # "Cardiawave lève 10 millions. Le tour de table est mené par le fonds Innovacom, avec la participation de Bpifrance":
            # the backers of the round the sentence before told of, with no backer named
            for o in orgs_after(spans, sent.start + led_round.end()):
                if o.key != raiser[0]:
                    sent_rels.append(RelDraft("funds", o.key, "org", raiser[0], "org", ev, 0.6))
        if _RAISED.search(f) and not any(r.predicate == "funds" for r in sent_rels):
            first = next((o for o in sorted(orgs, key=lambda x: x.start) if o.kind == "org"), None)
            raiser = (first.key, sent.end) if first is not None else raiser
        mi = _MORE_INVESTORS.search(f) if funded is not None and funded.evidence.end > sent.start - 800 else None
        if mi is not None and funded is not None:
            # "The round also included existing investor Halcyon Partners": more backers of the round just told
            named = [sp for sp in spans if sp.kind == "org" and sent.start + mi.start() <= sp.start < sent.start + mi.end()] \
                if re.match(r"investors?|backers?|investisseurs?", mi.group()) else orgs_after(spans, sent.start + mi.end())
            keys = {o.key for o in named}  # ("Existing investors Antler and the university's venture arm took part": none funds the other)
            sent_rels = [r for r in sent_rels if not (r.predicate == "funds" and r.subject in keys and r.object in keys)]
            if not any(r.predicate == "funds" for r in sent_rels):
                for o in named:  # "Existing investors Antler and X also took part in the round"
                    if o.key != funded.object:
                        sent_rels.append(RelDraft("funds", o.key, "org", funded.object, "org", ev, 0.6))
        led = _led_network(sent, spans, sent_rels)
        if led is not None:
            sent_rels = [r for r in sent_rels if not (r.predicate == "memberOf" and r.object_kind == "org")]
            _add_collab(collabs, led)
        rels.extend(sent_rels)
        sent_roles = _roles(sent, lx, spans, ev, text, prev_subject)
        people_orgs.update({r.person: r.org for r in sent_roles if r.org})
        for p in (sp for sp in spans if sp.kind == "person"):
            # "le Pr Estelle Durand, endocrinologue au CHU et coordinatrice scientifique de KELVO": who leads the consortium
            for led in _LEADER_OF.finditer(f, p.end - sent.start, min(len(f), p.end - sent.start + 160)):
                target = next((o for o in spans if o.start == sent.start + led.end() and (o.kind == "project" or (o.kind == "org" and o.type == "Consortium"))), None)
                if target is not None and not re.search(r"[.;«»\"“”]", f[p.end - sent.start : led.start()]):
                    rels.append(RelDraft("leads", p.key, "person", target.key, target.kind, ev, 0.65))
        subjects = [o for o in sorted(orgs, key=lambda o: o.start) if o.kind == "org" and (_opens_sentence(o, sent) or (
            (rt := _root_token(doc, o)) is not None and rt.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")))]
        if subjects:
            prev_subject = subjects[0].key  # (the body the sentence is about: whom "said chief executive X", "its product" stand for next)
        prev_openers = subjects[:1] if subjects and _opens_sentence(subjects[0], sent) else []
        for o in sorted((o for o in orgs if o.kind == "org" and prev_openers and o.start > prev_openers[-1].end), key=lambda o: o.start):
            if not re.fullmatch(r"\s*(?:,|and|et|&|, and|, et)\s*(?:the\s+|le\s+|la\s+|l')?", f[prev_openers[-1].end - sent.start : o.start - sent.start]):
                break
            prev_openers.append(o)
        before = len(collabs)
        # ("integration with the hospital's laboratory systems": a reference in the possessive names whose thing it is, no party)
        parties_in = [o for o in orgs if not (o.coref and re.match(r"['’]s?\s", sent.text[o.end - sent.start : o.end - sent.start + 3]))]
        # "Sarah Collins joined Lakeside Hospital in 2019 from Medtronic": a person's move, no collaboration of the bodies
        mover = any(sp.kind == "person" and _PERSON_JOINS.match(f, sp.end - sent.start) for sp in spans)
        # the speaker of a quote whose organisation an earlier sentence told ("« Nous travaillons déjà avec X », précise M. Leroy")
        quoted = {people_orgs[sp.key] for sp in spans if sp.kind == "person" and sp.key in people_orgs
                  and _QUOTE_THEN_SPEAKER.search(f[: sp.start - sent.start])}
        if not (collabs and _more_parties(sent, f, orgs, ev, collabs[-1])):
            _collab(doc, sent, f, lx, parties_in, ev, tok_at, collabs, sent_rels, {r.org for r in sent_roles if r.org} | quoted, mover,
                    {k: by_key[k] for k in quoted if k in by_key})
        for c in collabs[before:]:
            if c.consortium and (c.consortium not in by_key or by_key[c.consortium].type in ("Consortium", "Association")
                                 or _NETWORK_APPOSITION.match(fold(text[by_key[c.consortium].end : by_key[c.consortium].end + 60]))):
                # the parties of a named consortium or network are its members (not of a centre or an institute they opened)
                rels += [RelDraft("memberOf", k, "org", c.consortium, "org", ev, 0.7) for k in c.participants]
            if c.venture:  # a joint venture belongs to the parties that formed it
                rels += [RelDraft("subsidiaryOf", c.venture, "org", k, "org", ev, 0.65) for k in c.participants]
        for a, b in zip(ordered_orgs, ordered_orgs[1:]):
            # "Case Western Reserve University School of Medicine, MetroHealth's academic partner, will study ...": a standing
            # partnership told in apposition
            if a.key != b.key and re.fullmatch(r"\s*,\s*(?:the\s+)?", f[a.end - sent.start : b.start - sent.start]) \
                    and re.match(r"['’]s?\s+(?:(?:academic|research|clinical|teaching|long-standing|longstanding|strategic|technology|main|key)\s+)*partner\b",
                                 sent.text[b.end - sent.start : b.end - sent.start + 50]):
                _add_collab(collabs, CollabDraft(sorted({a.key, b.key}), [ev], 2, "Partnership"))
        for o in orgs:
            # "Hospital Punta Pacífica became part of Johns Hopkins Medicine International's network of affiliated hospitals"
            jn = _JOINS_NETWORK.search(f[: o.start - sent.start]) if o.kind == "org" else None
            if jn is not None and ("reseau" in jn.group() or _NETWORK_OF.match(f, o.end - sent.start)):
                member = next((x for x in orgs if x.kind == "org" and x.start < o.start and x.key != o.key), None)
                if member is not None and _opens_sentence(member, sent):
                    rels.append(RelDraft("memberOf", member.key, "org", o.key, "org", ev, 0.65))
        cover = _CONTRACT_COVERS.match(f)
        if cover is not None and collabs and collabs[-1].kind == "SupplyContract" and collabs[-1].evidence \
                and sent.start - collabs[-1].evidence[-1].end < 400:
            # "Le contrat couvre aussi l'hôpital de A et le CH de B": the supplier of the contract just told supplies them too
            firms = [k for k in collabs[-1].participants if k in by_key and by_key[k].type in ("Company", "Startup")]
            if len(firms) == 1:
                covered = [o for o in orgs if o.kind == "org" and o.start >= sent.start + cover.end() and o.key != firms[0]]
                rels += [RelDraft("supplies", firms[0], "org", o.key, "org", ev, 0.6) for o in _coordinated(sorted(covered, key=lambda o: o.start), f, sent.start)]
        if len(collabs) == before and collabs:
            _joins(sent, f, lx, orgs, ev, collabs[-1])
            rels.extend(_formed_consortium(sent, orgs, f, ev, collabs[-1]))
        if collabs and any(e.start == ev.start for e in collabs[-1].evidence + collabs[-1].extra):
            rels.extend(_call_funders(sent, spans, f, ev, [by_key[k] for k in collabs[-1].participants if k in by_key]))
        roles.extend(sent_roles)
        founders += _founders(sent, spans, f, ev)
        founders += _ministers(sent, spans, f, ev, own_mentions)
    rels.extend(_contract_suppliers(collabs, rels, by_key))
    if sents:
        _listed_parties(text, (sents[0].start, sents[-1].end), lx, own_mentions, collabs, rels)
    return collabs, rels, roles + founders, sents  # (a role stated outright comes first)


_ITEM = re.compile(r"[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+(?:\*\*)?(?:the\s+|le\s+|la\s+|les\s+|l['’])?", re.I)


def _listed_parties(text: str, body: tuple[int, int], lx: Lexicon, own: list[Span], collabs: list[CollabDraft], rels: list[RelDraft]) -> None:
    """A collaboration told by a line ending in a colon and a list of its parties, one per item: "The consortium brings
    together:" then "- Orvana University Hospital, Norway (coordinator)", "- Lindqvist Diagnostics GmbH, Germany"."""
    lo, hi = body
    for intro in re.finditer(r"(?m)^[^\n]*:[ \t]*\n", text[:hi]):
        if intro.end() <= lo:
            continue
        line = fold(intro.group())
        hit = next((t for t in lx.collab if t.regex.search(line)), None)
        if hit is None and not re.search(r"\b(?:partners|partenaires|members|membres|consortium)\b", line):
            continue
        pos, keys, end = intro.end(), [], intro.end()
        for item in re.finditer(r"[^\n]*\n?", text[pos:hi]):
            ln = item.group()
            if not ln.strip():
                if keys:
                    break
                continue
            mark = _ITEM.match(ln)
            if mark is None:
                break
            start = pos + item.start() + mark.end()
            stop = pos + item.start() + (re.search(r"[,;(:]|$", ln[mark.end() :], re.M).start() + mark.end())
            # the item's own name, before its first comma ("- la start-up Orvana ;", "- Lindqvist Diagnostics GmbH, Germany")
            first = min((o for o in own if start <= o.start < stop), key=lambda o: o.start, default=None)
            if first is not None and first.key not in keys:
                keys.append(first.key)
            end = pos + item.end()
        if len(keys) < 2:
            continue
        ev = Evidence(intro.start(), end, text[intro.start() : end].strip())
        if any(set(keys) <= set(c.participants) for c in collabs):
            continue
        named = next((o for o in own if intro.start() <= o.start < intro.end() and o.type == "Consortium"), None)
        draft = CollabDraft(sorted(keys), [ev], hit.strength if hit else 2, hit.kind if hit else "Partnership")
        if named is not None:
            draft.consortium = named.key
            rels.extend(RelDraft("memberOf", k, "org", named.key, "org", ev, 0.65) for k in keys if k != named.key)
        _add_collab(collabs, draft)


# a supplier's verb with no customer named after it: "The Tokyo-based company supplied eight towers", "Gait Up fournit les capteurs"
_SUPPLIES_ALONE = re.compile(r"(?:\s*,\s*(?:qui|which|who)\s[^,;.]{2,120},)?"  # ("MindMaze, qui développe des dispositifs ..., mettra ...")
                             r"\s*(?:(?:will|has|have|also|already|a|ont|aussi|egalement)\s+)*(?:(?:met|mettra|mettront|mettent)\s+(?:[\w'\-]+\s+){0,4}?a disposition|"
                             r"supplied|supplies|supply|provided|provides|provide|delivered|delivers|deliver|"
                             r"installed|installs|install|fournit|fournissent|fournira|fourniront|fourni|livre|livrent|livrera|livreront|installera|installeront|"
                             r"build|builds|built|host|hosts|hosted|construira|construit|hebergera|heberge)\b")


def _supplies_the_work(sent: Sentence, f: str, orgs: list[Span], told: CollabDraft, by_key: dict[str, Span], formed: Span | None,
                       ev: Evidence) -> list[RelDraft]:
    """A company that supplies "eight endoscopy towers" with no customer named: an outside company supplies the body the
    parties just formed; the company of a two-party collaboration supplies its partner when that is no company."""
    named = sorted((o for o in orgs if o.kind == "org"), key=lambda o: o.start)
    if not named or not told.evidence or sent.start - told.evidence[-1].end > 600:
        return []
    x = named[0]
    verb = _SUPPLIES_ALONE.match(f, x.end - sent.start)
    if verb is None or x.type not in ("Company", "Startup") or not re.fullmatch(r"\s*(?:[-*•]\s*)?(?:(?:under|as part of|dans le cadre de|selon)\s+(?:the|this|its|l'|le|la|cet|cette)\s*(?:[a-z\-]+\s+){0,2}?"
                                                                 r"(?:agreement|deal|contract|partnership|accord|contrat|partenariat|convention)\s*,\s*)?"
                                                                 r"(?:(?:the|le|la|les|l')\s*)?(?:[a-z\-]+\s+){0,2}", f[: x.start - sent.start]):
        return []
    clause_end = re.search(r"[,;:]|\b(?:while|whereas|and the|alors que|tandis que)\b", f[verb.end() :])
    if any(o.start < sent.start + verb.end() + (clause_end.start() if clause_end else len(f)) for o in named[1:]
           if formed is None or o.key != formed.key):
        return []  # a customer named after all (or "the network's platform": the body formed)
    if formed is not None:  # an outside company supplies what the parties formed; a member contributes to it
        return [RelDraft("supplies", x.key, "org", formed.key, "org", ev, 0.6)] if x.key not in told.participants else []
    if x.key not in told.participants or len(told.participants) != 2:
        return []  # (in a consortium, "BreathSense will provide its spirometer" is a member's share of the work)
    return [RelDraft("supplies", x.key, "org", k, "org", ev, 0.6) for k in told.participants
            if k != x.key and k in by_key and by_key[k].type not in ("Company", "Startup")]


def _pair_reference(sent: Sentence, f: str, lx: Lexicon, spans: list[Span], own: list[Span], last: CollabDraft | None = None,
                    pool: Iterable[Span] = ()) -> list[Span]:
    """"Under the memorandum, the two hospitals will operate jointly": in a sentence naming fewer than two organisations,
    the last two of that kind named in the sentences just before (within about 800 characters); "the two partners" are
    the two parties of the collaboration just told."""
    m = lx.pair_ref.search(f) if lx.pair_ref else None
    if m is None or len({sp.key for sp in spans if sp.kind == "org"}) >= 2:
        return []
    noun = m.group(1)
    want: tuple[str, ...] | None = None
    if noun not in lx.pair_any:
        for sing in (re.sub(r"ies$", "y", noun), re.sub(r"aux$", "al", noun), re.sub(r"s$", "", noun), noun):
            if sing in lx.descriptors:
                want = COMPATIBLE_TYPES.get(lx.descriptors[sing], (lx.descriptors[sing],))
                break
        else:
            return []
    picked: list[Span] = []
    if noun in ("partners", "partenaires", "parties", "sides") and last is not None and len(last.participants) == 2 and last.evidence \
            and sent.start - last.evidence[-1].end < 800:
        named = [sp for sp in pool if sp.kind in ("org", "org?") and not sp.coref and sp.end <= sent.start]
        picked = [max((sp for sp in named if sp.key == k), key=lambda x: x.start, default=None) for k in last.participants]
        picked = [sp for sp in picked if sp is not None]
        if len(picked) != 2:
            picked = []
    for sp in sorted((sp for sp in own if sp.end <= sent.start and sent.start - sp.end < 800), key=lambda x: -x.start) if not picked else ():
        if (want is None or sp.type in want) and all(sp.key != q.key for q in picked):
            picked.append(sp)
        if len(picked) == 2:
            break
    if len(picked) < 2:
        return []
    s0, e0 = sent.start + m.start(), sent.start + m.end()
    return [Span(s0, e0, sent.text[m.start() : m.end()], "org", sp.type, 0.6, sp.key, coref=True) for sp in picked]


_BUYERS = ("Hospital", "UniversityHospital", "PublicBody", "University", "ResearchInstitute", "Consortium")


def _contract_suppliers(collabs: list[CollabDraft], rels: list[RelDraft], by_key: dict[str, Span]) -> list[RelDraft]:
    """A supply contract between one company and one care provider or public body: the company supplies it
    ("Allina Health has signed a five-year contract with Epic Systems to replace its software")."""
    out = []
    for c in collabs:
        parts = [by_key[k] for k in dict.fromkeys(c.participants) if k in by_key]
        if c.kind != "SupplyContract" or len(parts) != 2 or not c.evidence:
            continue
        sellers = [p for p in parts if p.type in ("Company", "Startup")]
        buyers = [p for p in parts if p.type in _BUYERS]
        if len(sellers) != 1 or len(buyers) != 1:
            continue
        a, b = sellers[0].key, buyers[0].key
        if any(r.predicate in ("supplies", "acquired", "subsidiaryOf", "funds") and {r.subject, r.object} == {a, b} for r in rels):
            continue
        out.append(RelDraft("supplies", a, "org", b, "org", c.evidence[0], 0.6))
    return out


_FOUNDING = re.compile(r"\b(?:(?:co-?)?founded|created|set up|started|(?:co-?)?fondee?s?|creee?s?)\b(?:\s+(?:in|en)\s+\d{4})?\s+(?:by|par)\s+"
                       r"|(?<=, )(?:(?:(?:co-?)?founded|created|(?:co-?)?fondee?s?|creee?s?)\s+(?:in|en)\s+\d{4}\s+(?:and|et)\s+)?"
                       r"(?:led|headed|run|dirigee?s?)\s+(?:by|par)\s+")


def _led_network(sent: Sentence, spans: list[Span], sent_rels: list[RelDraft]) -> CollabDraft | None:
    """"A and B have joined the cancer data network led by C": the membership reads as of C, but the network has no name;
    A, B and C are the parties of a consortium."""
    members = [r for r in sent_rels if r.predicate == "memberOf" and r.object_kind == "org"]
    if not members or len({r.object for r in members}) != 1:
        return None
    leader = next((sp for sp in spans if sp.key == members[0].object and sp.kind == "org"), None)
    if leader is None or not re.search(r"\b(?:led|coordinated|run|chaired|headed|dirige|pilote|coordonne|anime|porte)e?\s+(?:by|par)\s+(?:the\s+|le\s+|la\s+|l')?$",
                                         fold(sent.text[: leader.start - sent.start])):
        return None
    return CollabDraft(sorted({r.subject for r in members} | {leader.key}), [members[0].evidence], 2, "Partnership")


def _founders(sent: Sentence, spans: list[Span], f: str, ev: Evidence) -> list[RoleDraft]:
    """People who founded an organisation: "X was founded in 2016 by A and B", "Fondée en 2013 par A, X ...",
    "X, cofondée par A et B, ...". The organisation is the one the founding is said of: named just before
    the verb, or just after the founders when the sentence opens with the participle."""
    out: list[RoleDraft] = []
    for m in _FOUNDING.finditer(f):
        ts, te = sent.start + m.start(), sent.start + m.end()
        people = _coordinated(sorted((sp for sp in spans if sp.kind == "person" and te <= sp.start < te + 60), key=lambda x: x.start), f, sent.start)
        if not people or not re.fullmatch(r"\s*(?:(?:the\s+|le\s+|la\s+)?(?:dr|prof|professor|professeur|pr|docteur|mr|mrs|ms)\.?\s*)?", f[m.end() : people[0].start - sent.start]):
            continue
        orgs = [sp for sp in spans if sp.kind == "org"]
        before = [o for o in orgs if o.end <= ts and re.fullmatch(r"\s*(?:,\s*)?(?:(?:which|that|qui)\s+)?(?:(?:was|were|is|has been|had been|a ete|est|etait)\s+)?(?:jointly\s+|conjointement\s+)?", f[o.end - sent.start : m.start()])]
        org = before[-1] if before else None
        if org is None and m.start() <= 2:
            org = next((o for o in orgs if o.start >= people[-1].end and re.fullmatch(r"\s*,\s*(?:the\s+|la\s+|le\s+|l')?", f[people[-1].end - sent.start : o.start - sent.start])), None)
        if org is None:
            continue
        if re.search(r"(?:led|headed|run|dirigee?s?) (?:by|par) $", m.group()):
            role = "dirigeant" if m.group().endswith("par ") else "head"  # "X, fondée en 2015 et dirigée par A", "X, led by A"
        elif re.match(r"(?:fond|cofond|cree)", m.group()):
            role = "cofondateur" if len(people) > 1 else "fondateur"
        else:
            role = "co-founder" if len(people) > 1 else "founder"
        out += [RoleDraft(p.key, org.key, role, ev, 0.7) for p in people]
    return out


_MINISTER = re.compile(r"\b(?:(?:public\s+)?health\s+(?:minister|secretary)|(?:minister|secretary|cabinet secretary)\s+(?:of|for)\s+(?:public\s+)?health"
                       r"|ministre\s+de\s+la\s+sante(?:\s+publique)?|(?:(?<=the )|(?<=le )|(?<=la ))(?:minister|ministre)(?!\s+(?:of|for|de|du|des|d'|delegue)\b))\b")


def _ministers(sent: Sentence, spans: list[Span], f: str, ev: Evidence, doc_orgs: Iterable[Span]) -> list[RoleDraft]:
    """A health minister or secretary named beside the title ("Health Secretary X", "X, Ethiopia's minister of
    health", "le ministre de la Santé, X") works at the article's one ministry or department of health."""
    out: list[RoleDraft] = []
    for m in _MINISTER.finditer(f):
        ministries = {o.key: o for o in doc_orgs if o.type == "PublicBody" and re.search(r"\b(?:ministry|department|ministere)\b", fold(o.text))}
        if m.group() in ("minister", "ministre") and len(ministries) != 1:
            return out  # "the minister" alone: only where the article names one ministry
        ministries = {k: o for k, o in ministries.items() if re.search(r"\b(?:health|sante)\b", fold(o.text))}
        if len(ministries) != 1:
            return out
        org = next(iter(ministries))
        for p in (sp for sp in spans if sp.kind == "person"):
            gap_after = f[m.end() : p.start - sent.start] if p.start >= sent.start + m.end() else None
            gap_before = f[p.end - sent.start : m.start()] if p.end <= sent.start + m.start() else None
            if (gap_after is not None and re.fullmatch(r"\s*,?\s*(?:(?:dr|prof|mr|mrs|ms|dre|pr)\.?\s*)?", gap_after)) or \
                    (gap_before is not None and re.fullmatch(r"\s*,\s*(?:the\s+|le\s+|la\s+|[\w\-]+['’]s\s+)?", gap_before)):
                out.append(RoleDraft(p.key, org, sent.text[m.start() : m.end()], ev, 0.7))
    return out


# "Philips and Roche Diagnostics are industrial partners.": named partners of the collaboration just told
_PARTNERS_TOO = re.compile(r"\b(?:is|are|will be|est|sont|seront)\s+(?:also\s+|aussi\s+|egalement\s+)?(?:an?\s+|des\s+|les\s+)?(?:[a-z\-]+\s+)?"
                           r"(?:partners?|partenaires?)(?:\s+(?:industriels?|technologiques?|associes?))?\s*[.;]?\s*$")


_FORM = re.compile(r"\b(?:the|these|all|les|ces)\s+(?:\w+\s+)?(?:partners|partenaires|members|membres|institutions|organisations|organizations|etablissements)\s+"
                   r"(?:will\s+|also\s+)?(?:form|formed|make up|constitute|forment|formeront|constituent|composent|ont forme|ont constitue)\s+(?:the\s+|le\s+|la\s+|l'|un\s+|a\s+)?")


def _formed_consortium(sent: Sentence, orgs: list[Span], f: str, ev: Evidence, last: CollabDraft) -> list[RelDraft]:
    """ "The four partners form the NORSKIN consortium": the parties just told are its members."""
    m = _FORM.search(f)
    if m is None or not last.evidence or sent.start - last.evidence[-1].end > 800:
        return []
    cons = next((o for o in orgs if o.type == "Consortium" and 0 <= o.start - (sent.start + m.end()) <= 20), None)
    if cons is None:
        return []
    return [RelDraft("memberOf", k, "org", cons.key, "org", ev, 0.65) for k in last.participants if k != cons.key]


def _joins(sent: Sentence, f: str, lx: Lexicon, orgs: list[Span], ev: Evidence, last: CollabDraft) -> None:
    """ "Kestrel University is also a party to the agreement": the organisations named before the phrase join
    the collaboration told just before (within a few sentences)."""
    m = lx.joins.search(f) if lx.joins is not None else None
    m = m or _PARTNERS_TOO.search(f)
    if m is None or not last.evidence or sent.start - last.evidence[-1].end > 800:
        return
    if re.match(r"\s+(?:«\s*|\"|“)?[A-Z]", sent.text[m.end() : m.end() + 6]) or any(o.start - sent.start in range(m.end(), m.end() + 4) for o in orgs):
        return  # "a rejoint le consortium Hopen": a body of its own, not the collaboration just told
    if re.match(r"\s+(?:as|comme|en tant que)\s+(?:an?\s+|un\s+|une\s+)?(?:[\w\-]+\s+)?(?:site|centre|center|investigator site)s?\b", f[m.end() :]):
        return  # "joined the study as a second site": a place where the work runs, not a party to it
    before = [o for o in orgs if o.kind == "org" and o.end <= sent.start + m.start()]
    nearest = max(before, key=lambda o: o.end, default=None)
    if nearest is not None and re.fullmatch(r"\s*\)?\s*(?:\([^)]*\)\s*)?,\s*(?:qui|which|who)\s+", f[nearest.end - sent.start : m.start()]):
        subjects = [nearest]  # "... avec l'Institut X (ICN), qui participe également au projet": the relative pronoun's antecedent
    else:
        subjects = _tail_list(sorted(before, key=lambda o: -o.end), f, sent.start)  # (nearest first)
        subjects = _until_break(subjects, f, sent.start, sent.start + m.start(), forward=False)
    new = [o.key for o in subjects if o.key not in last.participants]
    if new:
        last.participants.extend(new)
        last.extra.append(ev)


def _more_parties(sent: Sentence, f: str, orgs: list[Span], ev: Evidence, last: CollabDraft) -> bool:
    """ "Other partners are A, a Spanish company, and B", "The agreement also covers joint research with C": the
    organisations named after the phrase join the collaboration told just before. True when the sentence is such a one."""
    other = _OTHER_PARTNERS.match(f) or _ALSO_WITH.match(f)
    if other is None or not last.evidence or sent.start - last.evidence[-1].end >= 800:
        return False
    more: list[Span] = []
    for o in sorted((o for o in orgs if o.kind == "org" and o.start >= sent.start + other.end()), key=lambda o: o.start):
        gap = f[(more[-1].end if more else sent.start + other.end()) - sent.start : o.start - sent.start]
        if more and not _LISTED_AFTER_APPOSITION.fullmatch(gap) or not more and not re.fullmatch(r"[\s,:]*(?:the\s+|le\s+|la\s+|l'|les\s+)?(?:[a-z\-]+\s+){0,2}?", gap):
            break
        more.append(o)
    new = [o.key for o in more if o.key not in last.participants]
    if new:
        last.participants.extend(new)
        last.extra.append(ev)
    return True


_RAISED = re.compile(r"\b(?:raised|raises|has raised|secured|closed|leve|a leve|levee de fonds|boucle|a boucle)\b")
_ROUND_LED = re.compile(r"\b(?:the|this|its|le|ce|cette|sa)\s+(?:[\w\-]+\s+){0,2}?(?:round|tour de table|levee(?: de fonds)?|financing|financement)\b[^.;]{0,40}?"
                        r"\b(?:led|co-led|mene|menee|conduit|conduite|pilote|pilotee)\s+(?:by|par)\b")


_MORE_INVESTORS = re.compile(r"\b(?:investors?|backers?|investisseurs?)\b.{0,100}?\b(?:took part|participated|also invested|joined|ont participe|a participe|"
                             r"ont aussi participe|participent)\b(?:.{0,30}?\b(?:round|financing|tour de table|levee)\b)?|"
                             r"\b(?:the|this|le|ce|cette)\s+(?:funding\s+|financing\s+|investment\s+)?(?:round|tour de table|levee de fonds|levee)\b"
                             r".{0,40}?\b(?:included|includes|also included|joined by|with participation from|saw participation from|"
                             r"participation of|comprend|inclut|associe|avec la participation de|aupres de)\b(?:\s+(?:existing\s+|new\s+)?"
                             r"(?:investors?|backers?|shareholders?|investisseurs?|actionnaires?))?")


def orgs_after(spans: list[Span], pos: int) -> list[Span]:
    return [sp for sp in spans if sp.kind == "org" and sp.start >= pos]


# --- collaborations -------------------------------------------------------

_SPACES = re.compile(r"\s*")


_BE_FORMS = r"(?:was|were|is|are|been|being|be|has been|have been|to be|will be|est|sont|ete|a ete|etait|etaient|sera|seront)"
_PASSIVE_AUX = re.compile(rf"\b{_BE_FORMS}\s+(?:[a-z]+ly\s+)?$")
_MONEY_TO = re.compile(r"\s+(?:an?\s+|une?\s+)?(?:grant\s+of\s+|subvention\s+de\s+)?(?:[$€£¥]\s?|[a-z]{3}\s)?[\d,.]+(?:\s+(?:million|billion|m|bn|millions?|milliards?))?"
                       r"(?:\s+(?:d'euros|euros|dollars|francs|[a-z]{3}))?\s+(?:to|a|au|aux)\b")


def _team_noun(f: str, m: "re.Match[str]") -> bool:
    """French "équipe" after a determiner is the noun "team", not the verb "equips"."""
    return m.group() in ("equipe", "equipes") and re.search(r"(?:\b(?:la|une|les|des|son|sa|ses|leur|leurs|cette|notre|d'une|chaque)\s+|\bl')$",
                                                          f[: m.start()]) is not None


def _money_given(f: str, m: "re.Match[str]") -> bool:
    """An award or a grant of money to someone ("awarded DKK 60 million to X"), not a supplier's contract."""
    return m.group() in ("awarded", "awards", "granted", "a accorde", "accorde") and (_MONEY_TO.match(f, m.end()) is not None
                                                                                   or _GRANT_GIVEN.match(f, m.end()) is not None)


# "has awarded the network a five-year grant of $12 million": a grant given, not a contract
_GRANT_GIVEN = re.compile(r"\s+(?:[\w\-'’]+\s+){0,5}?(?:an?|une?)\s+(?:[\w\-$€£.,]+\s+){0,3}?(?:grant|grants|subsidy|donation|prize|award|fellowship|subvention|bourse|prix)\b"
                          # ("has granted the hospital EUR 85 million for the building": a sum given, no contract named before it)
                          r"|\s+(?:(?!contract|contrat|tender|deal|order)[\w\-'’]+\s+){1,5}?(?:[$€£]\s?\d|" + CURRENCY_CODES + r"\s?\d|\d[\d,.]*\s*(?:million|billion|m|bn)?\s*(?:euros|dollars|pounds|francs)\b)"
                          r"(?![^.;]{0,40}\b(?:contract|contrat|tender|deal|order|agreement)s?\b)", re.I)


def _followed_by(words: "re.Pattern[str] | None", f: str, pos: int) -> bool:
    """The words of a trigger's ``not_before`` stand after ``pos`` (past any spaces): "joined the board", "join forces"."""
    if words is None:
        return False
    gap = _SPACES.match(f, pos)
    return words.match(f, gap.end() if gap else pos) is not None


_PERSON_JOINS = re.compile(r"(?:\s*,[^,;]{1,80},)?\s+(?:has\s+|have\s+|had\s+|will\s+|recently\s+|also\s+|a\s+|vient\s+de\s+)*(?:joined|joins|join|rejoint|rejoindra|a\s+rejoint)\b")


def _collab(doc, sent, f, lx, orgs, ev, tok_at, collabs, sent_rels, speakers=frozenset(), mover=False, told=None) -> None:  # type: ignore[no-untyped-def]
    hits = []
    formed: list[Span] = []  # "have formed the WA Precision Oncology Alliance with ...": what they formed
    for trig in lx.collab:
        for m in trig.regex.finditer(f):
            if _followed_by(trig.not_before, f, m.end()):
                continue  # "joined the board of X": another phrase
            if _money_given(f, m):
                continue  # "the foundation awarded DKK 60 million to X": a grant, read as funding
            if _team_noun(f, m):
                continue  # "l'équipe de cardiologie": the team, not the verb "équipe"
            if mover and re.match(r"join|rejoin", m.group()):
                continue  # a person joins a body
            if trig.coordinated and len(_subject_list(f, orgs, sent.start, m.start())) < 2:
                continue  # "Medlane opened an office while Kestrel launched a drive": one body each, no joint act
            inside = next((o for o in orgs if o.start <= sent.start + m.start() < o.end and not o.coref), None)  # ("the preferred supplier" is a reference)
            if inside is not None:
                # a trigger word inside a name ("Rare Data Alliance") states nothing, unless the name is what was formed
                if inside.type in ("Consortium", "Association") and _FORMED.search(f[: inside.start - sent.start]):
                    formed.append(inside)
                else:
                    continue
            hits.append((trig.strength, trig.kind, m.start(), m.end()))
    if lx.idioms is not None:  # "signs of recovery", "en accord avec l'ARS": the trigger word inside an idiom states nothing
        idioms = [(x.start(), x.end()) for x in lx.idioms.finditer(f)]
        hits = [h for h in hits if not any(a <= h[2] < b or h[2] <= a < h[3] for a, b in idioms)]
    call = _CALL_SELECTION.search(f)
    if call:  # "le projet, porté par A avec B, a été retenu par Bpifrance dans le cadre de France 2030": a funder's call, not a party
        hits = [h for h in hits if not (call.start() <= h[2] < call.end())]
    for sel in _PROJECT_SELECTED.finditer(f):  # "Bpifrance a retenu le projet KELNET": a funder's choice, no supply contract
        hits = [h for h in hits if not (h[2] < sel.end() and sel.start() < h[3])]
    if not hits:
        return
    if lx.negation and lx.negation.search(f):
        return
    if all(re.fullmatch(r"alongside|along with|aux cotes(?: de)?|together with", f[h[2]:h[3]]) for h in hits) \
            and any(r.predicate == "funds" for r in sent_rels) or (all(re.fullmatch(r"alongside|aux cotes(?: de)?", f[h[2]:h[3]]) for h in hits)
                                                               and re.search(r"\b(?:round|tour de table|levee|financing|investors?|investisseurs?)\b", f)):
        return  # "X led the round alongside Y": co-investors, not a collaboration
    if collabs and _ALSO_INVOLVES.match(f) and not re.match(r"\s*(?:qui|which|that)\b", f):
        # "Le projet associe également l'Université de Limoges": one more party of the collaboration just told
        n = len(collabs[-1].participants)
        _also_involves(f, sent, orgs, collabs[-1])
        if len(collabs[-1].participants) > n:
            collabs[-1].extra.append(ev)
            return
    clients = _CLIENTS_OF.search(f)
    if clients is not None and all(h[2] >= clients.end() for h in hits):
        return  # "X's largest clients, A and B, will keep the service under their contracts": customers told, no new deal
    best = max(hits, key=lambda h: h[0])
    named = [o for o in orgs if o.type == "Consortium" and any(
        re.match(r"consorti|allian|network|reseau", f[h[2] :]) and _names_trigger(sent.text, o, sent.start, h[2], h[3]) for h in hits)]
    # "have formed the Vaud Stroke Network", "ont créé l'Alliance X": the body they formed right after the verb, not a party
    named += [o for o in orgs if (o.type in ("Consortium", "Association", "ResearchInstitute", "Hospital", "University", "Foundation", "Company")
                                  or _NETWORK_APPOSITION.match(f, o.end - sent.start))
              and o not in named and o.start - sent.start > 0 and any(
        re.search(r"\b(?:formed|created|launched|set up|established|founded|inaugurated|opened|creee?s?|cree|creent|lance|lancent|lancee?|fonde|fondent|fondee?|constitue|constituent|"
                  r"inaugure|inaugurent|ouvert|ouvrent|creation of|formation of|creation)$", f[h[2] : h[3]])
        and re.fullmatch(r"\s*(?:(?:today|jointly|officially|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|aujourd'hui|hier|conjointement|officiellement|"
                         r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?:(?:the|a|an|le|la|les|l['’]|un|une|de|d['’]|du)\s*)?(?:(?:new|nouveau|nouvelle)\s+)?[*_]*",
                         sent.text[h[3] : o.start - sent.start])
        for h in hits if o.start - sent.start >= h[3])]
    # "have formed a joint venture, Nordic Pathology AI AB,": the company they formed, not a party to it
    ventures = [o for o in orgs if any(re.match(r"joint[ -]venture|co-?entreprise", f[h[2] :]) and re.fullmatch(
        r"\s*(?:,|called|named|baptisee?|appelee?|denommee?)?\s*[\"«“]?\s*", sent.text[h[3] : o.start - sent.start] if o.start - sent.start >= h[3] else "x")
        for h in hits)]
    own_possessive = all(re.search(r"\b(?:their|leur|leurs)\s+(?:[a-z\-]+\s+)?$", f[: h[2]]) for h in hits) \
        and len({o.key for o in orgs if o.end <= sent.start + min(h[2] for h in hits)}) >= 2
    if collabs and all(_anaphoric(f, h[2]) for h in hits) and not named and not own_possessive:
        # (not "A et B prolongent leur collaboration": "their" stands for the parties just named)
        # "Under the agreement, ...", "L'accord prévoit ...": more about the collaboration just stated
        collabs[-1].extra.append(ev)
        _also_involves(f, sent, orgs, collabs[-1])
        return
    # "announced a collaboration" states one; "the alliance", "Z, a national consortium", "une association qui réunit" describe
    stated = max((h[0] for h in hits if not _anaphoric(f, h[2]) and not _describes_org(f, h[2], orgs, sent.start)), default=0)
    others = {o.key for o in orgs if o.kind == "org"} - {r.subject for r in sent_rels if r.predicate == "funds"}
    in_deals = {k for r in sent_rels if r.predicate == "acquired" for k in (r.subject, r.object)}
    if any(r.subject_kind == "org" and r.object_kind == "org" and (
            (r.predicate == "memberOf" and stated < 2) or (r.predicate == "funds" and stated < 2 and len(others) < 2)
            or (r.predicate == "acquired" and best[0] < 3 and not (others - in_deals))) for r in sent_rels):
        # ("Medlane, which bought Kestrel last year, partnered with Orvana": a body outside the deal is a partner)
        return  # "X, Y and Z are the founding members of the alliance": membership, not collaboration
        # (but "A and B will co-develop X, with support from C": A and B remain besides the funder)
    acquired = {(r.subject, r.object) for r in sent_rels if r.predicate == "acquired"}
    parts: dict[str, Span] = {}
    relative: dict[int, dict[str, Span]] = {}  # a trigger inside a relative clause: that clause's own parties
    per_hit: list[set[str]] = []  # the parties each trigger's clause names
    agentive: set[int] = set()  # relative clauses of the kind "which was set up by X": X made the antecedent
    put_aside: set[str] = set()  # names the parse sets aside from a trigger ("its rival X", "with support from Y")
    for strength, kind, ms, me in hits:
        tok = _token_before(sent, sent.start + me)
        if tok is None:
            continue
        clause = _clause_tokens(tok, lx.member_participles)
        for c in tok.children:  # "a consortium led by A and including B": the noun's own clause names its parties
            if c.dep_ in ("acl", "relcl", "acl:relcl") and fold(c.lemma_) in lx.member_verbs:
                clause = clause | {x.i for x in c.subtree}
        rel_head = _relative_anchor(tok)
        by_agent = rel_head is not None and re.search(r"\b(?:by|par)$", f[ms:me]) is not None  # "which was set up by X"
        if by_agent:
            agentive.add(rel_head.i)
        into = parts if rel_head is None else relative.setdefault(rel_head.i, {})
        if rel_head is not None and not by_agent:
            # "La start-up Velora, qui travaille déjà avec A et B": the name the relative pronoun stands for is a party of its own clause
            pron = list(re.finditer(r",\s*(?:qui|which|who|that)\s", f[:ms]))
            if pron:
                ante = next((o for o in orgs if 0 <= pron[-1].start() - (o.end - sent.start) <= 1), None)
                if ante is not None:
                    into.setdefault(ante.key, ante)
        mine: set[str] = set()
        per_hit.append(mine)
        for o in orgs:
            rt = _root_token(doc, o)
            loc = fold(sent.text[max(0, o.start - sent.start - 12) : o.start - sent.start])
            if re.search(r"\b(?:in|dans|en|near|pres de|across)\s+(?:the\s+|la\s+|le\s+|l')?$", loc):
                continue  # a place of activity, not a party
            aside = rt is not None and rt.i in clause and _set_aside(rt, tok, lx)
            if aside:
                put_aside.add(o.key)
            if rt is not None and rt.i in clause and not aside:
                if by_agent and o.end <= sent.start + ms:
                    continue  # "Lifera, which was set up by PIF": what was set up is no party of the ones who set it up
                into.setdefault(o.key, o)
                if rel_head is None:
                    mine.add(o.key)
        for i in clause:  # a "with" the parse left without its object: "teamed up with software maker X to cut ..."
            w = doc[i]
            if w.lower_ in ("with", "avec") and w.pos_ == "ADP" and not any(c.dep_ in ("pobj", "obj") for c in w.children) and w.head.i != w.i:
                nxt = next((o for o in sorted(orgs, key=lambda o: o.start) if o.start >= w.idx + len(w.text)), None)
                if nxt is not None and nxt.start - (w.idx + len(w.text)) <= 30 and not re.search(r"[,;.]", sent.text[w.idx + len(w.text) - sent.start : nxt.start - sent.start]):
                    into.setdefault(nxt.key, nxt)
    if relative and len(parts) >= 2:
        # "X, which already works with Y, has signed an agreement with Z": two collaborations, X-Y and X-Z
        for rel_parts in relative.values():
            for k, o in rel_parts.items():
                if k in parts and _root_token(doc, o) is None:
                    parts.pop(k)  # a name the parse could not place is left to the relative clause
            if len(rel_parts) >= 2:
                _add_collab(collabs, CollabDraft(sorted(rel_parts), [ev], best[0], best[1]))
    elif relative:
        for head_i, rel_parts in relative.items():
            if head_i in agentive and parts:
                continue
            for k, o in rel_parts.items():
                parts.setdefault(k, o)
    for mm in re.finditer(r"\b(?:coordinated by|led by|coordonne par|coordonnee par|pilote par|pilotee par|porte par|portee par)\s+", f):
        nxt = next((o for o in sorted(orgs, key=lambda o: o.start) if o.start >= sent.start + mm.end()), None)
        if nxt is not None and nxt.start - (sent.start + mm.end()) < 6 and parts:
            parts.setdefault(nxt.key, nxt)
    put_aside |= {o.key for o in orgs if (rt := _root_token(doc, o)) is not None and _named_aside(rt, lx)}
    no_parties: set[str] = set()  # named, but no parties whatever the parse says
    for ex in _EXAMPLES.finditer(f):  # "works with 200 hospitals, including A and B": customers given as examples, no parties
        after = sorted((o for o in orgs if o.start >= sent.start + ex.end()), key=lambda o: o.start)
        listed = after[:1]
        for prev, nxt in zip(after, after[1:]):
            if not re.fullmatch(r"\s*(?:,|and|or|et|ou|&)?\s*(?:the\s+|le\s+|la\s+|les\s+|l')?", f[prev.end - sent.start : nxt.start - sent.start]):
                break  # (the list ends where a verb comes: "..., and partners with Philips")
            listed.append(nxt)
        if listed and listed[0].start - (sent.start + ex.end()) <= 4:
            no_parties |= {o.key for o in listed}
    like = _LIKE_OPENING.match(f)
    if like:  # "À l'instar du CHU de Rennes, le CHU de Brest a choisi X", "Like its rival X, ...": a comparison, not a party
        no_parties |= {o.key for o in orgs if o.start < sent.start + like.end()}
    for sim in _SIMILAR_DEALS.finditer(f):
        # "The deal follows similar contracts signed by A and B", "fait suite à des accords similaires conclus par A et B":
        # others' own deals, compared (but "X recently signed a similar partnership with Y" is X's own deal)
        if re.search(r"\b(?:signed|signs|inked|inks|struck|strikes|concluded|reached|a signe|ont signe|a conclu|ont conclu|a noue|ont noue)\s+"
                     r"(?:an?\s+|une?\s+|des\s+|de\s+)?$", f[: sim.start()]):
            continue
        no_parties |= {o.key for o in orgs if o.start >= sent.start + sim.end()}
    for o in orgs:  # "ont créé une centrale d'achat commune, baptisée Hospi-Achats": what they made, not a party
        if re.search(r"\b(?:baptisee?s?|denommee?s?|appelee?s?|dubbed|called|known as)\s*(?:\"|«)?\s*$", f[max(0, o.start - sent.start - 25) : o.start - sent.start]):
            no_parties.add(o.key)
    for go in _GO_BETWEEN.finditer(f):
        # "The agreement between A and B was brokered by C", "... lors d'un événement organisé par C": C made it happen, no party
        after = [o for o in orgs if o.start >= sent.start + go.end()]
        if after:
            no_parties.add(min(after, key=lambda o: o.start).key)
    no_parties |= _rival_keys(f, orgs, sent.start)
    for rc in re.finditer(r",\s*(?:dont|whose)\s[^,;]{0,120}?,", f):
        if any(h[2] >= rc.end() for h in hits):
            # "Les établissements du GHT X, dont le CHU de Y est l'établissement support, ont signé avec Z": told in passing
            no_parties |= {o.key for o in orgs if rc.start() <= o.start - sent.start < rc.end()}
    for o in orgs:  # "Orvana, a Sequoia Capital-backed start-up, signed ...": the backer or owner joined to a participle describes another
        if re.match(r"-(?:backed|funded|financed|owned|controlled)\b", f[o.end - sent.start : o.end - sent.start + 12]):
            no_parties.add(o.key)
    for o in orgs:  # "selects Epic partner Nuance": the name before a role noun and another name only describes it
        if re.match(r"\s+(?:partner|reseller|distributor|subsidiary|spin-off|spinout|affiliate)\s+(?=\S)", f[o.end - sent.start :]) \
                and any(p.start - o.end <= 14 and p.start > o.end for p in orgs):
            no_parties.add(o.key)
        # "with Brainomix's Nordic distributor, Medimaging Nordic A/S,": the one the role noun names is the party
        nxt = min((p for p in orgs if p.start > o.end), key=lambda p: p.start, default=None)
        if nxt is not None and _AGENT_APPOSITION.fullmatch(f[o.end - sent.start : nxt.start - sent.start]):
            no_parties.add(o.key)
    for cl in _CLIENTS_OF.finditer(f):
        # "Tuvida's largest clients, A and B, will keep the service": customers of a body, not parties of a new deal
        no_parties |= {o.key for o in _coordinated(sorted((o for o in orgs if o.start >= sent.start + cl.end()), key=lambda o: o.start), f, sent.start)}
    for bid in _BIDDERS.finditer(f):
        # "after a tender in which GE HealthCare and Siemens Healthineers also bid": rival bidders, no parties
        upto = bid.start()
        aside = re.search(r",\s*(?:dont|qui|which|who|whose|a|an|the|un|une|le|la|l')\b[^,;]*,\s*$", f[:upto])
        if aside:
            upto = aside.start()  # "Stryker, dont les appareils équipent déjà l'hôpital, avait également répondu": past the relative clause
        clause_start = max(f.rfind(",", 0, upto), f.rfind(" which ", 0, upto), f.rfind(" where ", 0, upto),
                           f.rfind(" dont ", 0, upto), f.rfind(" ou ", 0, upto))
        bidders = sorted((o for o in orgs if sent.start + max(clause_start, 0) <= o.start < sent.start + upto), key=lambda o: o.start)
        for o in sorted((o for o in orgs if o.start < sent.start + max(clause_start, 0)), key=lambda o: -o.start):
            if not bidders or not re.fullmatch(r"\s*(?:,|and|et|&)\s*", f[o.end - sent.start : bidders[0].start - sent.start]):
                break
            bidders.insert(0, o)  # "Philips, Siemens and GE bid for the contract": the whole list
        no_parties |= {o.key for o in bidders}
    put_aside |= no_parties
    for k in no_parties:
        parts.pop(k, None)
    _list_closure(parts, [o for o in orgs if o.key not in put_aside or o.key in parts], f, sent.start, lx)
    for strength, kind, ms, me in hits:
        # "X welcomed the agreement between A and B", "l'accord conclu entre A et B": the parties are the ones named after "between"
        bt = re.match(r"\s+(?:(?:signed|concluded|reached|signe|signee|conclu|conclue|passe|passee)\s+)?(?:between|entre)\s+", f[me:])
        if bt:
            between = _coordinated(sorted((o for o in orgs if o.start >= sent.start + me + bt.end()), key=lambda o: o.start), f, sent.start)
            if len(between) >= 2 and between[0].start - (sent.start + me + bt.end()) <= 6:
                parts = {o.key: o for o in between}
                break
    if speakers and parts and _FIRST_PERSON.search(f[: best[2]]) and _in_quote(sent.text, best[2]):
        # "“We are delighted to partner with X,” said Y, CEO of Z": Z speaks for itself
        for o in orgs:
            if o.key in speakers:
                parts.setdefault(o.key, o)
        for k in speakers:  # (the speaker's organisation told in an earlier sentence)
            if k not in parts and told and k in told:
                parts[k] = told[k]
    for o in named + formed + ventures:  # "ont lancé le consortium GLYCO-NA": the consortium is what they formed, not one of them
        parts.pop(o.key, None)
    for strength, kind, ms, me in hits:
        if re.search(r"\b(?:by|par)$", f[ms:me]):  # "The network was launched by A and B": the network is what they formed
            for k, o in list(parts.items()):
                if o.end <= sent.start + ms and len([x for x in parts.values() if x.start >= sent.start + me]) >= 2:
                    parts.pop(k)
    keys = list(parts)
    unsure: set[str] = set()  # parties less certain than the statement: taken around a lost clause, or by reference
    # "X has begun using a service developed by Y under a two-year agreement": an agreement between the two named
    under = re.search(r"\b(?:under an?|dans le cadre d'une?|en vertu d'une?|aux termes d'une?)\s+(?:[\w\-]+\s+){0,3}?"
                      r"(?:agreement|contract|deal|partnership|licen[cs]e|convention|accord|contrat|partenariat|licence)\b", f)
    if len(keys) < 2 and (best[0] >= 3 or (under and len({o.key for o in orgs if o.kind == "org" and not o.coref}) == 2)) \
            and len({o.key for o in orgs}) >= 2:
        # the parse lost the clause: an explicit trigger with named parties around it
        btok = _token_before(sent, sent.start + best[3])
        for o in orgs:
            rt = _root_token(doc, o)
            if o.key in put_aside:
                continue
            if btok is None or rt is None or not _set_aside(rt, btok, lx):
                if o.key not in parts:
                    unsure.add(o.key)
                parts.setdefault(o.key, o)
        keys = list(parts)
    if len(keys) == 1:
        # "awarded $5 million to PATH to scale up a test, working with the Ministry of Health": the participle's subject is the
        # last body named before its comma that is no funder
        funders = {r.subject for r in sent_rels if r.predicate == "funds"}
        for _s, _k, ms, me in hits:
            if re.search(r",\s*$", f[:ms]) and re.match(r"working|in partnership|in collaboration|en partenariat|en collaboration", f[ms:]):
                prev = [o for o in orgs if o.end <= sent.start + ms and o.key not in funders and o.key not in parts and o.kind == "org"]
                if prev:
                    parts[prev[-1].key] = prev[-1]
                    unsure.add(prev[-1].key)
                    keys = list(parts)
                break
    unsure |= {k for k, o in parts.items() if o.coref and not any(x.key == k and not x.coref for x in orgs)}
    if acquired and best[0] < 3:
        # the buyer and the bought are no partners; the sentence's first body stays when it has a partner outside the deal
        # ("Medlane, which bought Kestrel last year, partnered with Orvana")
        first = min((o for o in orgs if o.key in keys), key=lambda o: o.start, default=None)
        outside = [k for k in keys if not any(k in pair for pair in acquired)]
        keys = outside + ([first.key] if first is not None and outside and first.key not in outside else [])
    # a funder ("a partnership funded by Z") or a parent ("part of Z's network") named in the sentence is not a partner
    aside = {r.subject for r in sent_rels if r.predicate == "funds" and r.subject_kind == "org"} \
        | {r.object for r in sent_rels if r.predicate in ("subsidiaryOf", "memberOf") and r.object_kind == "org"}
    if aside and len([k for k in keys if k not in aside]) >= 2:
        keys = [k for k in keys if k not in aside]
    plural = _PLURAL_REF.search(f[: best[2]])
    if plural and plural.start() < 40 and collabs and keys:
        # "The companies will also co-develop ... with X": the parties just named, and X
        keys += [k for k in collabs[-1].participants if k not in keys]
    if len(set(keys)) < 2 and best[1] == "SupplyContract":
        # "Vesta Care, the Danish home-care provider, selected X to ...": the parse lost the subject, the selection relation has it
        chosen = [r for r in sent_rels if r.predicate == "supplies" and r.subject_kind == "org" and r.object_kind == "org"]
        if len(chosen) == 1:
            keys = list(dict.fromkeys([*keys, chosen[0].subject, chosen[0].object]))
            for k in keys:
                if k not in parts:
                    sp = next((o for o in orgs if o.key == k), None)
                    if sp is not None:
                        parts[k] = sp
    if len(set(keys)) < 2:
        # "This collaboration aims to support the X project": refers back
        before = f[: best[2]].split()[-2:]
        if collabs and (any(w in lx.anaphora for w in before) or any(_anaphoric(f, h[2]) for h in hits)):
            collabs[-1].extra.append(ev)
            _also_involves(f, sent, orgs, collabs[-1])
        return
    strong = {k for k in keys if k not in parts or parts[k].kind == "org"}
    if len(strong) < 1:
        return
    maybe = {k for k in keys if (k in parts and parts[k].kind != "org") or k in unsure}
    groups = _disjoint_groups([h & set(keys) for h in per_hit])
    if len(groups) >= 2 and all(len(g) >= 2 for g in groups) and set().union(*groups) == set(keys):
        # "A and B agreed to set up a joint lab, while C has been working with D": two collaborations
        for g in groups:
            _add_collab(collabs, CollabDraft(sorted(g), [ev], best[0], best[1], maybe & g), strong & g)
        return
    # one body with each of the others, not a consortium among them:
    # "Apollo works with Microsoft on X and with Google on Y", "travaille avec A et avec B" (one deal with each);
    # "Medlane already works with A and B", "travaille déjà avec A et B" (its standing partners, not partners of each other)
    again = re.search(r"\b(?:with|avec)\b[^.;]{2,120}?,?\s+(?:and|et)\s+(?:also\s+|aussi\s+)?(?:with|avec)\s", f)
    habitual = _HABITUAL_WITH.search(f)
    split_at = again.start() if again else habitual.start() if habitual and all(habitual.start() <= h[2] < habitual.end() for h in hits) else None
    if split_at is not None and len(set(keys)) >= 3:
        own = [k for k in dict.fromkeys(keys) if k in parts and parts[k].start < sent.start + split_at]
        if len(own) == 1:
            _one_with_each(collabs, own[0], dict.fromkeys(keys), ev, best, maybe, strong)
            return
    supplied = {}
    for r in sent_rels:
        if r.predicate == "supplies" and r.subject in keys and r.object in keys:
            supplied.setdefault(r.subject, set()).add(r.object)
    if best[1] == "SupplyContract" and len(supplied) == 1:
        seller, buyers = next(iter(supplied.items()))
        if len(buyers) >= 2 and set(keys) == buyers | {seller}:
            # "Philips équipe déjà le CHU de Brest et le CHU d'Angers": one supplier's customers are no partners of each other
            _one_with_each(collabs, seller, sorted(buyers), ev, best, maybe, strong)
            return
    firms = {k for k in keys if k in parts and parts[k].type in ("Company", "Startup")}
    if best[1] == "SupplyContract" and len(set(keys)) >= 3 and len(firms) == 1 \
            and re.search(r"(?:agreements|contracts|deals|contrats|accords|conventions|marches)$", f[best[2] : best[3]]):
        # "The company announced supply agreements with A and B": one supplier's contracts, one with each customer
        _one_with_each(collabs, next(iter(firms)), dict.fromkeys(keys), ev, best, maybe, strong)
        return
    draft = CollabDraft(sorted(set(keys)), [ev], best[0], best[1], maybe)
    if len(named) == 1 and named[0].key not in keys:
        draft.consortium = named[0].key
    if len(ventures) == 1 and ventures[0].key not in keys:
        draft.venture = ventures[0].key
    masked = f
    for o in orgs:  # "la clinique Pasteur" is no clinical context
        masked = masked[: o.start - sent.start] + " " * (o.end - o.start) + masked[o.end - sent.start :]
    if best[1] == "Partnership" and lx.research_context and lx.research_context.search(masked) and best[0] <= 2:
        draft.kind = "ResearchCollaboration"
    _add_collab(collabs, draft, strong)


_ALSO_INVOLVES = re.compile(r"(?:\b(?:qui|which|that)|^\s*(?:the|this|le|la|ce|cette|l')\s*(?:project|programme|program|partnership|study|initiative|projet|partenariat|etude)"
                            r"(?:\s*,\s*(?:baptise|baptisee|appele|appelee|denomme|denommee|called|named|dubbed|known as)\s+[^,]{1,40},)?"  # ("Le programme, baptisé X, associera ...")
                            r"(?:\s+(?:also|will also))?)\s+(?:also\s+|egalement\s+|aussi\s+)?(?:associe|associent|associera|associeront|involves|involve|will involve|"
                            r"includes|include|will include|inclut|inclura|implique|impliquera|reunit|reunira)"
                            r"\s+(?:also\s+|egalement\s+|aussi\s+)?(?:the\s+|la\s+|le\s+|les\s+|l')?")


def _also_involves(f: str, sent: Sentence, orgs: list[Span], last: CollabDraft) -> None:
    """ "Cette collaboration, qui associe également l'AP-HP, ...": the organisation named after the verb is one more party."""
    also = _ALSO_INVOLVES.search(f)
    if also:
        first = [o for o in orgs if 0 <= o.start - (sent.start + also.end()) < 8]
        if first:  # (and the names listed with it: "associera le CIRI et l'université Claude-Bernard Lyon 1")
            listed = _coordinated(sorted((o for o in orgs if o.start >= first[0].start), key=lambda o: o.start), f, sent.start)
            for o in listed or first:
                if o.key not in last.participants:
                    last.participants.append(o.key)


def _disjoint_groups(sets: list[set[str]]) -> list[set[str]]:
    """The non-empty sets merged wherever they share a member."""
    groups: list[set[str]] = []
    for s in (x for x in sets if x):
        touching = [g for g in groups if g & s]
        merged = set(s).union(*touching)
        groups = [g for g in groups if not (g & s)] + [merged]
    return groups


# what may stand between a list of names and its verb: "A and B today launched", "A et B ont inauguré lundi" (folded text)
_SUBJECT_TO_VERB = re.compile(r"\s*(?:,?\s*(?:today|yesterday|jointly|together|also|formally|officially|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                              r"this week|last week|aujourd'hui|hier|conjointement|ensemble|officiellement|ont|have|ce (?:lundi|mardi|mercredi|jeudi|vendredi)|"
                              r"(?:lundi|mardi|mercredi|jeudi|vendredi))\s*,?\s*)*")
_SUBJECT_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and|et)?|and|et|&)\s*(?:the\s+|le\s+|la\s+|les\s+|l')?")


def _subject_list(f: str, orgs: list[Span], base: int, pos: int) -> list[Span]:
    """The names listed right before ``pos`` as the subject of a verb ("A, B and the C today launched"): all of them,
    or none when only one name stands there."""
    both = re.search(r",\s*(?:both|all|each|tous deux|toutes deux|tous|toutes)\s[^,;.]{2,80},\s*$", f[:pos])
    if both:  # "A and B, both members of C, will study ...": the apposition tells of them
        pos = both.start()
    before = sorted((o for o in orgs if o.end <= base + pos), key=lambda o: o.start)
    if not before or not _SUBJECT_TO_VERB.fullmatch(f[before[-1].end - base : pos]):
        return []
    chain = [before[-1]]
    for o in reversed(before[:-1]):
        if o.key != chain[-1].key and _SUBJECT_LIST_GAP.fullmatch(f[o.end - base : chain[-1].start - base]):
            chain.append(o)
        else:
            break
    if len(chain) < 2 or not re.fullmatch(r"\s*(?:and|et|&)\s*(?:the\s+|le\s+|la\s+|les\s+|l')?|\s*,\s*(?:and|et)\s*(?:the\s+|le\s+|la\s+|les\s+|l')?",
                                           f[chain[1].end - base : chain[0].start - base]):
        return []  # (the last two joined by "and": a list, not names side by side)
    return chain[::-1]


def _one_with_each(collabs: list[CollabDraft], hub: str, others: Iterable[str], ev: Evidence, best: tuple[int, str, int, int],
                   maybe: set[str], strong: set[str]) -> None:
    """One collaboration of ``hub`` with each of ``others`` (in their order), not one among them all."""
    for k in others:
        if k != hub:
            pair = {hub, k}
            _add_collab(collabs, CollabDraft(sorted(pair), [ev], best[0], best[1], maybe & pair), strong & pair)


def _add_collab(collabs: list[CollabDraft], draft: CollabDraft, strong: set[str] | None = None) -> None:
    """Merge the draft into a collaboration it shares two parties with (or is inside of), else add it."""
    strong = set(draft.participants) if strong is None else strong
    for c in collabs:
        common = set(c.participants) & set(draft.participants)
        if len(common) >= 2 or (common and (set(draft.participants) <= set(c.participants))):
            c.participants = sorted(set(c.participants) | set(draft.participants))
            c.evidence.extend(e for e in draft.evidence if e not in c.evidence)
            c.maybe = (c.maybe | draft.maybe) - (strong & set(c.participants) - draft.maybe)
            if draft.strength > c.strength:
                c.strength, c.kind = draft.strength, draft.kind
            c.consortium = c.consortium or draft.consortium  # (what the body tells the parties formed, the headline not)
            c.venture = c.venture or draft.venture
            return
    collabs.append(draft)


def _relative_anchor(tok):  # type: ignore[no-untyped-def]
    """The verb of the relative clause the trigger stands in ("which already works with Y"), if any."""
    t, steps = tok, 0
    while t.head.i != t.i and steps < 8:
        if t.dep_ in ("relcl", "acl:relcl"):
            return t
        t, steps = t.head, steps + 1
    return None


_FIRST_PERSON = re.compile(r"\b(?:we|our|us|nous|notre|nos)\b")


def _in_quote(text: str, pos: int) -> bool:
    """Position ``pos`` of ``text`` is inside quotation marks."""
    before = text[:pos]
    return before.count("“") > before.count("”") or before.count("«") > before.count("»") or before.count('"') % 2 == 1


_PLURAL_REF = re.compile(r"\b(?:the|both|these|les|ces)\s+(?:two\s+|three\s+|deux\s+|trois\s+)?(?:companies|organisations|organizations|partners|parties|"
                         r"groups|institutions|firms|entreprises|partenaires|structures|etablissements|societes|acteurs|groupes)\b")


_DESCRIBES = re.compile(r"(?:,\s*(?:(?:a|an|the|un|une|le|la)\s+|l')(?:[\w\-]+\s+){0,3}|\b(?:qui|that|which)\s+(?:[\w'\-]+\s+){0,1})$")


def _describes_org(f: str, pos: int, orgs: list[Span], base: int) -> bool:
    """The trigger at ``pos`` describes an organisation named just before: "Z, a national consortium",
    "l'Alliance X, une association qui réunit"."""
    m = _DESCRIBES.search(f[max(0, pos - 50) : pos])
    if m is None or re.match(r",\s*a\s+(?:[\w\-]+\s+)?(?:signe|conclu|noue|lance|annonce|choisi|retenu|rejoint|scelle|officialise|paraphe)\b", m.group()):
        return False  # "X, soutenue par Y, a signé un partenariat": French "a" is the verb, not an article
    if m.group().startswith(","):
        comma = pos - len(m.group())
        return any(0 <= comma - (o.end - base) <= 1 for o in orgs)
    return True


_LIST_SEP = re.compile(r"[\s,()]*(?:(?:and|et|&|as well as|ainsi que)\s+)?(?:the\s+|la\s+|le\s+|les\s+|l')?")


_FORMED = re.compile(r"\b(?:formed|founded|created|launched|set up|established|forme|formee|fonde|fondee|cree|creee|lance|lancee|constitue|constituee)\s+(?:the|a|an|le|la|l'|un|une)?\s*$")


def _set_aside(rt, trigger_tok, lx: Lexicon) -> bool:  # type: ignore[no-untyped-def]
    """The way up the parse from a name to its clause's trigger passes a preposition of place ("to deploy
    the tool at X", "dans les hôpitaux de X") or a noun that makes the name a funder or an occasion
    ("with support from X", "présenté au congrès de X"): the name is not a party."""
    t, steps = rt, 0
    came_by = ""  # the relation of the step just taken up the parse
    while steps < 12:
        if t.i == trigger_tok.i:
            return False
        if came_by == "conj" and t.ent_type_ in ("GPE", "LOC") and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "," \
                and t.i + 2 <= rt.i:
            return False  # "In Germany, Charité and X signed ...": the parse joined the parties to the opening place
        preps = [t.head.lower_] if t.dep_ == "pobj" else []
        if t.dep_ == "pobj" and t.head.head.lemma_.lower() in lx.aside_verbs and t.head.lower_ in ("to", "into"):
            return True  # "the partnership will be extended to X": where it goes next, not who made it
        preps += [c.lower_ for c in t.children if c.dep_ in ("case", "fixed")]
        preps += [g.lower_ for c in t.children if c.dep_ == "case" for g in c.children if g.dep_ == "fixed"]
        if any(fold(w) in lx.aside_preps for w in preps):
            return True
        if t.i != rt.i and t.pos_ in ("NOUN", "PROPN") and fold(t.lower_) in lx.aside_nouns and came_by not in ("conj", "appos", "compound"):
            return True  # (a name coordinated with the noun is not governed by it; "its rival Alodokter signed ...": the name is the rival)
        if t.i == rt.i and _named_aside(rt, lx):
            return True
        if t.i == rt.i and t.dep_ == "poss" and t.head.i != trigger_tok.i and t.head.pos_ == "PROPN":
            return True  # "Lux Med's rival Medicover opened ... with X": the possessor of another name is no party
        if t.i != rt.i and t.dep_ == "appos" and t.pos_ == "NOUN" and t.text.islower() and came_by in ("prep", "nmod"):
            return True  # "X, a portfolio company of Y, has partnered with Z": Y only describes X
        if t.head.i == t.i or t.dep_ in ("nsubj", "nsubjpass", "nsubj:pass", "ROOT"):
            return False
        came_by = t.dep_
        t, steps = t.head, steps + 1
    return False


_CALL_SELECTION = re.compile(r"\b(?:(?:a|ont|have|has|was|were)\s+(?:ete|been)\s+)?(?:retenue?s?|selectionnee?s?|choisie?s?|selected|chosen|picked)\s+(?:par|by)\s+"
                             r"[^,;]{2,80}?\s+(?:dans le cadre d(?:e|u|es)|au titre d(?:e|u|es)|as part of|under)\s+(?:l'|la\s+|le\s+|les\s+|its\s+|the\s+)?"
                             r"(?:[\w\-]+\s+){0,3}?(?:appel|appels|programme|program|plan|call|calls|france 2030|horizon|fonds|fund|initiative|concours|competition)")


# a funder's choice of a project: "Bpifrance a retenu le projet KELNET", "the Commission selected KELNET, a Horizon Europe project"
_PROJECT_SELECTED = re.compile(r"\b(?:retenu|retient|selectionne|choisi|choisit|selected|selects|chose|chosen|picked)\s+(?:the\s+|le\s+|la\s+|l')?"
                               r"(?:(?:projet|project|proposal|consortium)\b|[^,;]{2,40},\s+(?:a|an|un|une)\s+(?:[\w\-]+\s+){0,4}?(?:project|projet|consortium)\b)")


def _call_funders(sent: Sentence, spans: list[Span], f: str, ev: Evidence, parties: Iterable[Span]) -> list[RelDraft]:
    """The organisation that selected a project in its call for projects funds the project's parties."""
    m = _CALL_SELECTION.search(f)
    if m is None:
        return []
    by = re.search(r"\b(?:par|by)\s+", f[m.start() : m.end()])
    funder = next((o for o in sorted(spans, key=lambda x: x.start) if o.kind in ("org", "org?") and by is not None
                   and sent.start + m.start() + by.end() <= o.start < sent.start + m.end()), None)
    if funder is None:
        return []
    return [RelDraft("funds", funder.key, "org", p.key, "org", ev, 0.6) for p in parties if p.key != funder.key]


_SIMILAR_DEALS = re.compile(r"\b(?:similar|comparable|identical|earlier|previous|other)\s+(?:[a-z\-]+\s+)?(?:contracts?|deals?|agreements?|partnerships?)\s+"
                            r"(?:(?:signed|struck|reached|concluded|announced)\s+)?(?:by|with)\b"
                            r"|\b(?:contrats?|accords?|partenariats?|conventions?)\s+(?:similaires|comparables|identiques|analogues)\s+"
                            r"(?:(?:conclus|concluse?s?|signee?s?|passee?s?|noue?e?s?)\s+)?(?:par|avec)\b")


_FUNDS_REST = re.compile(r"\b(?:the\s+)?(?:remainder|rest|balance|other half|remaining (?:funds|funding|money|sum))\s+(?:(?:is\s+)?coming|comes|will come|to come|provided|is provided|will be provided)\s+(?:by|from)\s+(?:the\s+)?"
                         r"|\b(?:le reste|le solde|l'autre moitie)\s+(?:(?:est|sera)\s+)?(?:apporte|finance|pris en charge|fourni)e?\s+par\s+(?:la\s+|le\s+|l')?")


# "X's innovation lab, Y", "X's venture arm, Y", "X's health insurance arm, Y" (folded text between the two names)
_UNIT_APPOSITION = re.compile(r"['’]s?\s+(?:[a-z\-]+\s+){0,3}?(?:lab|laboratory|arm|unit|division|subsidiary|branch|fund|foundation|spin-off|affiliate)\s*,\s*(?:the\s+)?")


# "became part of X's network of affiliated hospitals", "a rejoint le réseau de X" (folded text around X)
_JOINS_NETWORK = re.compile(r"\b(?:part of|a member of|member of|joined|joins|join|joining|rejoint|rejoignent|rejoindra|integre|integrent|integrera)\s+"
                            r"(?:the\s+|le\s+reseau\s+(?:de\s+|du\s+|d')?(?:la\s+|l')?)?$")
_NETWORK_OF = re.compile(r"['’]s?\s+(?:[a-z\-]+\s+){0,3}?(?:network|alliance)\b")


# "a loan from X to Y", "un prêt de X au ministère" (folded text up to the lender's name)
_LOAN_FROM = re.compile(r"\b(?:loan|loans|credit|pret|prets)\s+(?:of\s+[^,;]{1,30}?\s+)?(?:from|de la|de l'|du|des|de)\s*(?:the\s+)?")


# a sentence opening on things supplied by a named maker: "The wearable patches are supplied by X", "Les capteurs sont fournis par X"
_THING_SUPPLIED_BY = re.compile(r"\s*(?:the|its|their|these|the new|les|ses|leurs|ces)\s+(?:[a-z\-]+\s+){0,3}?(?:are|is|were|was|will be|sont|est|seront|sera|ont ete|a ete)\s+"
                                r"(?:supplied|provided|delivered|made|manufactured|fournie?s?|livree?s?|fabriquee?s?)\s+(?:by|par)\s+(?:the\s+|le\s+|la\s+|l')?(?:[a-z\-]+\s+){0,3}?")


# a body's standing partners: "already works with", "travaille déjà avec" (folded text)
_HABITUAL_WITH = re.compile(r"\b(?:already\s+|also\s+)?(?:works|has worked|collaborates|has collaborated)\s+(?:already\s+|closely\s+)?with\b"
                            r"|\b(?:travaille|collabore)\s+(?:deja\s+|aussi\s+|egalement\s+)?avec\b")


# "Le laboratoire, baptisé X,", "The centre, named X," opening a sentence (folded text up to the name)
_NAMED_LATER = re.compile(r"\s*(?:le|la|l'|the|this|ce|cette)\s*(?:laboratoire|centre|unite|plateforme|reseau|consortium|programme|lab|laboratory|center|unit|network|platform|hub)\s*,\s*"
                          r"(?:baptisee?|appelee?|denommee?|nommee?|called|named|dubbed|known as)\s*[\"«“]?\s*")


# "supplied by", "fournis par le fabricant X" right before a name: its maker or supplier (folded text)
_MAKER_BEFORE = re.compile(r"\b(?:supplied|provided|made|manufactured|built|developed|designed|delivered|sold|fournie?s?|livree?s?|fabriquee?s?|concue?s?|developpee?s?)\s+"
                           r"(?:by|par)\s+(?:the\s+|le\s+|la\s+|l')?(?:[a-z\-]+\s+){0,3}$")


# "with funding from X", "a pilot approved by X", "avec le soutien de X", "autorisé par X" right before a name: a funder or a
# regulator, no customer of a supply (folded text)
_FUNDER_OR_APPROVER_BEFORE = re.compile(
    r"\b(?:(?:funding|support|backing|grants?|financing|financement|soutien|appui|concours)\s+(?:from|of|by|de|du|des|d')\s*(?:the\s+|la\s+|le\s+|l')?"
    r"|(?:approved|authori[sz]ed|cleared|validated|endorsed|licensed|approuvee?s?|autorisee?s?|validee?s?)\s+(?:by|par)\s+(?:the\s+|la\s+|le\s+|l')?(?:[a-z\-']+\s+){0,2})$")


# "X's Nordic distributor, Y", "X's local partner, Y" (folded text between the two names): Y acts for X
_AGENT_APPOSITION = re.compile(r"['’]s?\s+(?:[a-z\-]+\s+){0,3}?(?:partner|reseller|distributor|dealer|agent|representative|licensee|importer)\s*,\s*(?:the\s+)?")


# "coordinatrice scientifique de KELVO", "principal investigator of the X project" (folded text; the name follows)
_LEADER_OF = re.compile(r"\b(?:coordinat(?:eur|rice|or)|co-?coordinat(?:eur|rice|or)|principal investigator|lead investigator|chef de projet|scientific lead|project lead|"
                        r"scientific director|directeur scientifique|directrice scientifique)(?:\s+(?:scientifique|scientific))?\s+(?:du|de la|de l'|des|de|d'|of the|of)\s*(?:projet\s+|project\s+|consortium\s+|programme\s+|program\s+|reseau\s+|network\s+)?")


# "Le contrat, de 11 millions d'euros, couvre aussi l'hôpital de X", "The contract also covers X" (folded text)
_CONTRACT_COVERS = re.compile(r"\s*(?:the|this|le|ce|l')\s*(?:contract|agreement|deal|contrat|marche|accord)\b[^.;]{0,80}?\b"
                              r"(?:covers|will cover|also covers|includes|extends to|couvre|couvrira|inclut|concerne|s'etend a)\s+(?:aussi\s+|also\s+|egalement\s+)?")


# "KELVO, un consortium de recherche", "X, a regional stroke network": a body described as a network of members (folded text)
_NETWORK_APPOSITION = re.compile(r"[*_]*\s*,\s*(?:an?|the|un|une|le|la)\s+(?:[\w\-]+\s+){0,2}?(?:consortium|network|alliance|reseau|groupement|collaborative)\b")


# "X's largest clients, A and B,", "ses principaux clients, A et B,": the customers a company supplies
_CLIENTS_OF = re.compile(r"(?:['’]s?|\b(?:its|their|ses|leurs))\s+(?:(?:largest|biggest|main|major|key|first|two|three|other|existing|principaux|plus gros|deux|trois)\s+)*"
                         r"(?:clients|customers|users|clientes)\s*,\s*(?:(?:the|les?|la|l')\s+)?")


_GO_BETWEEN = re.compile(r"\b(?:brokered|facilitated|mediated|arranged|hosted|organi[sz]ed|witnessed|negociee?|facilitee?|organisee?|accueillie?"
                         r"|(?:tender|procurement|competition|call for tenders|appel d'offres|consultation)\s+(?:run|conducted|managed|launched|lance|mene|menee|conduit|conduite))\s+(?:by|par)\s+"
                         r"|\b(?:tender|procurement|appel d'offres|consultation|marche)\b[^.;]{0,40}?\b(?:via|through|par l'intermediaire d[eu])\s+(?:the\s+|la\s+|le\s+|l')?"
                         r"(?:(?:purchasing|procurement|buying)\s+(?:body|agency|organi[sz]ation|group|platform)\s+|centrale\s+d'achats?\s+)?"
                         r"|\b(?:via|through|par l'intermediaire d[eu]|aupres d[eu])\s+(?:la\s+|le\s+|l'|the\s+|its\s+)?(?:centrale\s+d'achats?|groupement\s+d'achats?"
                         r"|(?:group\s+)?purchasing\s+(?:body|organi[sz]ation|group|consortium|agency))\s+")
# ^ "un appel d'offres lancé via la centrale d'achat Resah", "a tender through the purchasing body X": the go-between


_BIDDERS = re.compile(r"\b(?:(?:had |have |has )?also (?:bid|tendered|competed|applied)|(?:bid|bids|had bid|tendered|competed) (?:for|on)|(?:were|was) also in the running|lost out|"
                      r"(?:ont|avaient|avait|a) (?:aussi|egalement) (?:candidate|soumissionne|concouru|repondu))\b")


# "won the tender against Nipro", "beat Nipro to the contract", "l'a emporté face à Nipro": the rival named after, no party
_RIVALS_AFTER = re.compile(r"\b(?:(?:won|wins|win|winning)\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,2}?(?:tender|contract|bid|deal|competition)\s+(?:against|over|ahead of)|"
                           r"beat|beating|outbid|ahead of|in competition with|competing with|rival to|rival offers from|competing offers from|"
                           r"(?:l'a |l'ont )?emporte(?:e|s)?\s+(?:le\s+marche\s+|l'appel d'offres\s+)?(?:face a|devant|contre|sur)|en concurrence avec|au detriment de|devant ses concurrents)\s+(?:the\s+|le\s+|la\s+|l'|les\s+)?")


_PREFERRED_OVER = re.compile(r"(?<!turned)(?<!taken)(?<!took)(?<!takes)(?<!take)\s(?:over|rather than|instead of|plutot que|au lieu de|de preference a)\s+(?:the\s+|l'|le\s+|la\s+)?")


def _rival_keys(f: str, orgs: list[Span], base: int) -> set[str]:
    """The bodies named as beaten rivals: "beating offers from A and B", "chose X over A and B"."""
    out: set[str] = set()
    for riv in _RIVALS_AFTER.finditer(f):
        out |= {o.key for o in _coordinated(sorted((o for o in orgs if o.start >= base + riv.end()), key=lambda o: o.start), f, base)
                if o.start - (base + riv.end()) <= 30}
    for riv in _PREFERRED_OVER.finditer(f):  # "chose X over A and B": only where a name follows at once ("over three years" is none)
        after = sorted((o for o in orgs if o.start >= base + riv.end()), key=lambda o: o.start)
        if after and after[0].start - (base + riv.end()) <= 5 and not after[0].coref:
            out |= {o.key for o in _coordinated(after, f, base) if not o.coref}
    return out


_EXAMPLES = re.compile(r"\b(?:hospitals|clinics|customers|clients|health systems|sites|institutions|etablissements|hopitaux|cliniques|centres)\b,?\s+"
                       r"(?:including|such as|like|among them|notamment|dont|comme|parmi lesquels)\s+(?:the\s+|le\s+|la\s+|les\s+|l')?")
_LIKE_OPENING = re.compile(r"\s*(?:like|unlike|as with|as did|similar to|a l'instar d(?:e|u|es)|comme|contrairement a(?:ux|u)?|tout comme)\b[^,;]{0,100},")


def _named_aside(rt, lx: Lexicon) -> bool:  # type: ignore[no-untyped-def]
    """"its rival Corvex", "son concurrent Corvex", "analyst firm X": the name's own noun sets it aside (not when the
    name is the subject that acts: "Lux Med's rival Medicover opened a centre with Y")."""
    if rt.dep_ in ("nsubj", "nsubjpass", "nsubj:pass"):
        return False
    if any(c.dep_ in ("compound", "amod", "nmod", "appos") and c.pos_ in ("NOUN", "ADJ") and fold(c.lower_) in lx.aside_nouns for c in rt.children):
        return True
    return rt.dep_ in ("nmod", "appos", "compound") and rt.head.pos_ == "NOUN" and fold(rt.head.lower_) in lx.aside_nouns


def _names_trigger(text: str, o: Span, base: int, ts: int, te: int) -> bool:
    """The organisation is the name of the trigger noun: "the consortium GLYCO-NA", "the PANDORA consortium"."""
    after = text[te : o.start - base] if o.start - base >= te else None
    before = text[o.end - base : ts] if o.end - base <= ts else None
    # (or in an apposition: "the Midwest Stroke Registry, a regional consortium that ...")
    return (after is not None and re.fullmatch(r"\s*[\"«“]?\s*", after) is not None) or (before is not None and re.fullmatch(
        r"\s*[\"»”]?\s*(?:,\s*(?:a|an|the|un|une|le|la)\s+(?:[\w\-]+\s+){0,3})?", before) is not None)


def _list_closure(parts: dict[str, Span], orgs: list[Span], f: str, base: int, lx: Lexicon) -> None:
    """Names listed with a participant are participants too, even where the parse hung them elsewhere
    ("HANOI, 3 April 2024 – A (ACR), B, C and D have formed ...")."""
    ordered = sorted((o for o in orgs if not o.coref), key=lambda o: o.start)  # (a reference inside an apposition is no list item)
    changed = True
    while changed:
        changed = False
        for a, b in zip(ordered, ordered[1:]):
            if (a.key in parts) == (b.key in parts):
                continue
            gap = f[a.end - base : b.start - base]
            sep = _LIST_SEP.match(gap)
            rest = gap[sep.end() :].strip() if sep else gap
            listed = sep is not None and (sep.end() == len(gap) or (
                len(rest.split()) <= 3 and lx.descriptor_regex is not None and lx.descriptor_regex.match(rest) is not None))  # ", la société Sygen"
            if not listed and re.fullmatch(r"\s*,\s*(?:(?:la|le|les|the|a|an|un|une)\s+|l')?[a-z][^,;()]{2,90},\s*(?:and|et)\s+(?:the\s+|la\s+|le\s+|les\s+|l')?"
                                           r"(?:(?:" + (lx.descriptor_alternation or "(?!)") + r")\s+)?", gap) \
                    and not any(a.end <= o.start and o.end <= b.start for o in ordered):
                listed = True  # "Unicancer, la fédération des centres ..., et l'Inserm", "A, centre de lutte contre le cancer de Caen, et la société B"
            if (a.key == b.key or "," in gap or re.search(r"\b(?:and|et|as well as|ainsi que)\b|&", gap)) and listed:
                new = b if a.key in parts else a
                parts.setdefault(new.key, new)
                changed = True


def _anaphoric(f: str, pos: int) -> bool:
    """The trigger at ``pos`` is a noun after a determiner that points back ("the agreement", "l'accord")."""
    before = f[max(0, pos - 30) : pos]
    return bool(re.search(r"(?:^|\b(?:under|with|through|in|par|dans|selon|avec|sous)\s+)?\b(?:the|this|that|these|such|l'|le|la|les|ce|cet|cette|ces)\s*(?:[a-z\-]+\s+){0,2}$", before)) \
        and not re.search(r"\b(?:a|an|un|une|new|nouveau|nouvelle)\s+(?:[a-z\-]+\s+){0,2}$", before) \
        and bool(re.match(r"(?:agreement|partnership|deal|contract|collaboration|alliance|accord|partenariat|contrat|convention|marche|consortium"
                          r"|mou\b|memorandum|letter of intent|loi\b|joint venture|licen[cs]e|protocole|lettre d'intention)", f[pos : pos + 18]))


# --- directed relations ----------------------------------------------------

_SUBJ_KIND = {"develops": ("org",), "deployedAt": ("product",), "leads": ("person", "org"), "worksFor": ("person",)}
_OBJ_KIND = {"develops": ("product",), "deployedAt": ("org",), "leads": ("project", "org"), "funds": ("org", "project"), "locatedIn": ("place",)}


@functools.lru_cache(maxsize=8)
def _work_regexes(nouns: str) -> tuple["re.Pattern[str]", "re.Pattern[str]"]:
    """(a sentence opening on an unnamed piece of work or "it", the object of a verb that is one)."""
    refers = re.compile(r"^\s*(?:(?:the|this|le|la|ce|cette|l')\s*(?:[a-z\-]+\s+){0,2}?(?:" + nouns + r")s?\b|(?:it|il|elle)\b)")
    unnamed = re.compile(r"\s+(?:(?:part|some|much|most) of\s+(?:the|its|their)\s+|une partie (?:de la|de l'|du|des|de)\s*|(?:the|this|its|their|le|la|les|ce|cette|l')\s*)"
                         r"(?:[a-z\-']+\s+){0,4}?(?:" + nouns + r")s?\b")
    return refers, unnamed


def _relations(doc, sent, f, lx, spans, ev, tok_at, last_product=None, topic=None, parties=()) -> list[RelDraft]:  # type: ignore[no-untyped-def]
    out: list[RelDraft] = []
    refers_to_work, unnamed_work = _work_regexes(lx.work_nouns)
    for rl in lx.relations:
        if rl.name == "locatedIn":
            continue
        skinds = _SUBJ_KIND.get(rl.name, ("org", "org?"))
        okinds = _OBJ_KIND.get(rl.name, ("org",))
        for m in rl.regex.finditer(f):
            ts, te = sent.start + m.start(), sent.start + m.end()
            if any(sp.start <= ts < sp.end for sp in spans if sp.kind != "other" and not sp.coref):
                continue  # the trigger word is part of a name (not of a reference: "the parent company of X")
            if rl.name == "supplies" and any(m.start() < x.end() and x.start() < m.end() for x in _PROJECT_SELECTED.finditer(f)):
                continue  # "the Commission selected KELNET, a Horizon Europe project": a funder's choice of a project, no supply
            if _followed_by(rl.not_before, f, m.end()):
                continue  # "join forces with": another phrase
            if rl.name == "supplies" and m.group() in ("sold to", "sells to") and _SOLD_ITSELF.search(f[: m.start()]) \
                    and any(sp.kind == "org" and _SOLD_ITSELF.fullmatch(f[sp.end - sent.start : m.start()]) for sp in spans):
                continue  # "Halden Labs sold to Krona Group": the company itself is sold (an acquisition, read by _sale)
            if rl.name == "supplies" and re.search(r"\b(?:business|businesses|unit|division|stake|subsidiary|arm|operations|activities|shares)\b", m.group()):
                continue  # "sold its emergency care business to X": a sale of a company's part (read by _sale), not a supply
            if rl.name == "funds" and re.search(r"\b(?:majority|controlling)\b", m.group()):
                continue  # "took a majority stake in X": an acquisition (read as such), not an investment
            if rl.name == "supplies" and _team_noun(f, m):
                continue  # "transmises à l'équipe de cardiologie de l'Hôpital Nord": a team, nobody equips anyone
            if rl.name == "supplies" and _money_given(f, m):
                continue  # "the Gates Foundation awarded $5 million to PATH": a grant (read as funding), not a supplier's contract
            if m.group() in ("fund", "funds") and tok_at and getattr(tok_at.get(ts), "pos_", "") in ("NOUN", "PROPN"):
                continue  # "from the Lisbon fund X", "the venture fund X": a noun naming the investor, not the verb
            if rl.name == "funds" and re.match(r"\s+(?:firm|fund|funds|company|arm|bank|group|vehicle|manager|house|trust)\b", f[m.end() : m.end() + 10]):
                continue  # "the investment firm X", "its venture arm": the trigger word describes an investor
            if rl.direction == "forward" and re.search(r"(?:\bs'|\bse |\bs'est |\bse sont |\bs'etait |\bs'etaient )$", f[: m.start()]):
                continue  # reflexive "s'équipe de X": the subject receives; the backward reading holds it
            after = f[m.end() : m.end() + 60]
            # "funded by X", "financé pour cinq ans par X", "funded with 3 million euros from X"
            by = (re.match(r"^\s*(?:(?:[\w\-]+|l'an|l'annee)\s+){0,2}?(?:by|par|from|aupres de|de la part de)\b", after[:40]) or  # ("acquise l'an dernier par X")
                  re.match(r"^\s*(?:with|pour|a hauteur de|avec)\s+(?:[\w\-.,'€$£]+\s+){1,4}?(?:by|par|from|de la part de)\b", after) or
                  # "Funding of USD 3 million comes from X", "un financement de 3 millions d'euros de l'ANR"
                  re.match(r"^\s*(?:of\s+(?:[\w\-.,€$£]+\s+){1,4}?)?(?:comes?|came|will come|is coming|is provided|was provided|provient|vient)\s+(?:from|de|du|des|d')", after) or
                  re.match(r"^\s*(?:de\s+)?[\d][\d,.\s]*(?:millions?|milliards?|md|m)?\s*(?:d'euros|euros|€|de dollars|dollars|de francs cfa|francs cfa)\s+(?:de|du|des|d')(?=\s|l')", after)) \
                if rl.by_marks_subject else None
            if by and rl.name == "acquired" and re.search(r"\bfrom$", by.group()):
                by = None  # "bought Medlane from its founders": who sells, not who buys
            passive = bool(by) or bool(rl.passive_backward and rl.passive_backward.fullmatch(m.group()))
            if rl.passive_backward and rl.passive_backward.search(f[m.start() : m.end() + 20]):
                passive = True
            if re.search(r"\bround in$", m.group()) and not by:
                passive = False  # "X led a USD 25 million round in Y": the investor before, the company after
            if rl.name in ("acquired", "supplies") and rl.direction == "forward" and not passive and _PASSIVE_AUX.search(f[: m.start()]) \
                    and re.search(r"(?:ed|bought|sold|taken over|built|made|é|ée|és|ées)$", sent.text[m.start() : m.end()]):
                continue  # "scanners ..., which were bought through a tender": a passive with no agent names no subject
            kinds = skinds + okinds
            pre = [sp for sp in spans if sp.end <= ts and sp.kind in kinds and (sp.kind != "org?" or _opens_sentence(sp, sent))]
            post = [sp for sp in spans if sp.start >= te and sp.kind in kinds and (sp.kind != "org?" or _after_agent_word(sp, f, sent.start))]
            granted = [sp for sp in spans if sp.kind == "org?" and sp.start >= te and sp not in post
                       and re.fullmatch(r"\s*(?:the\s+|l')?", f[te - sent.start : sp.start - sent.start])] \
                if rl.name == "funds" and re.search(r"\b(?:to|a|au|aux)$", m.group()) else []
            post += granted  # "awarded DKK 60 million to Rigshospitalet": who receives a grant is a body too
            okinds = okinds + ("org?",) if "org" in okinds else okinds
            # stop at a clause break on either side
            post = _until_break(post, f, sent.start, te, forward=True, tok_at=tok_at, lx=lx)
            if rl.name == "acquired" and not passive:
                # "will take over the labs at Kestrel's hospitals", "took over the cardiology unit of X": a part of the body is bought,
                # not the body
                post = [sp for sp in post if not re.fullmatch(r"\s+(?:the|a|an|its|their|le|la|les|l')\s*[\w\-' ]{2,40}?\s+(?:at|of|in|from|de|du|des|d'|a|au|aux)\s+(?:the\s+|le\s+|la\s+|l')?",
                                                              f[m.end() : sp.start - sent.start])]
            if rl.name in ("acquired", "subsidiaryOf"):  # "owns Bumrungrad's rival, X", "acquired Medtronic's diabetes unit": not the possessor
                # ("is part of the hospital's HEART-LINK project": of what the possessor has, whatever its case)
                possessor = r"['’]s?\s+\w" if rl.name == "subsidiaryOf" else r"['’]s?\s+[a-z]"
                post = [sp for sp in post if not re.match(possessor, sent.text[sp.end - sent.start : sp.end - sent.start + 4])]
            pre = _until_break(pre, f, sent.start, ts, forward=False)
            goods = re.match(r"\s*(?:[\w\-.,]+\s+){1,4}?from\s+(?:the\s+)?", after) if rl.name == "acquired" else None
            if goods and not any(te <= sp.start < te + goods.end() for sp in spans if sp.kind in ("org", "org?", "product")):
                # "Orvana Hospital bought 12 ventilators from Medlane": goods bought from a supplier, no takeover
                seller = next((sp for sp in post if sp.start == te + goods.end() and sp.kind == "org"), None)
                buyer = pre[-1] if pre and pre[-1].kind == "org" else None
                if seller is not None and buyer is not None:
                    out.append(RelDraft("supplies", seller.key, "org", buyer.key, "org", ev, 0.6))
                continue
            ttok = _token_before(sent, te)
            if ttok is not None:  # "Kelvra, which partnered with Ashford Hospital, was acquired by ...": not Ashford
                pre = [sp for sp in pre if not _in_other_relative(doc, sp, ttok)]
                post = [sp for sp in post if not _in_other_relative(doc, sp, ttok)]
                shared = _shared_subject(ttok)
                if shared is not None and rl.direction == "forward":
                    # "X previously worked with Y and is a member of Z": the member is X, the subject both verbs share
                    own = [sp for sp in pre if sp.start <= shared.idx < sp.end]
                    pre = own or pre
            first_post = min((sp.start for sp in post), default=sent.end)
            by_gap = f[m.end() : first_post - sent.start]
            if rl.direction == "backward" and re.match(r"^\s*(?:[^\s,;]+\s+){0,5}?(?:by|par)\s*(?:the\s+|le\s+|la\s+|l')?$", by_gap) \
                    and not re.search(r"\b(?:developed|made|built|designed|created|supplied|provided|produced|manufactured|sold|distributed|"
                                      r"developpee?s?|concue?s?|fabriquee?s?|fournie?s?|creee?s?|mise? au point)\s+(?:by|par)\b", by_gap):
                # "X has been selected by Y", "X was awarded a $5 million contract by Y"
                subj_side, obj_side = list(reversed(pre)), post  # "X has been selected by Y": X supplies Y
            elif rl.direction == "backward" and re.search(r"(?:é|ée|és|ées)$", sent.text[m.start() : m.end()]) \
                    and re.search(r"\b(?:est|sont|sera|seront|ete|etait|etaient)\s+(?:[\w']+\s+){0,2}$", f[: m.start()]) \
                    and re.match(r"\s+(?:[\w']+\s+){0,2}?(?:au|aux|à|a|dans|en|chez|par)\b", f[m.end() :]):
                # "Le logiciel Dexter, développé par Oktal, est utilisé au CHU de Nantes": a French participle, the user after it
                subj_side, obj_side = list(reversed(pre)), post
            elif rl.direction == "backward":
                subj_side, obj_side = post, list(reversed(pre))
            elif passive:
                subj_side, obj_side = post, list(reversed(pre))
            else:
                subj_side, obj_side = list(reversed(pre)), post
            if m.group() == "within" and m.start() >= 3:
                continue  # "within" names a parent only at the head of a sentence
            if rl.name == "subsidiaryOf" and m.group() == "part of":
                # "became part of Oracle", "has been part of the Dutch group X"; not "as part of a $105 million round led by KKR"
                post = [sp for sp in post if sp.start - te <= 6 or _descriptor_gap(f[m.end() : sp.start - sent.start], lx)]
                subj_side, obj_side = list(reversed(pre)), post
            elif rl.name == "subsidiaryOf" and re.search(r"\b(?:of|de|du|des|d')$", m.group()) and not passive:
                # "the fundraising arm of the center, and support from Novartis": the parent follows the trigger at once
                # (or after its kind or place: "arm of US-based Christus Health", "arm of Japan's Canon Medical Systems")
                if obj_side is post:
                    obj_side = [sp for sp in post if sp.start - te <= 6 or _descriptor_gap(f[m.end() : sp.start - sent.start], lx)
                                or re.fullmatch(r"\s*(?:the\s+)?(?:[\w\-]+-based|\w+'s)\s*", f[m.end() : sp.start - sent.start])]
            if rl.name == "leads" and not passive:
                # "head of Bach Mai Hospital", "leads the consortium"; not "head of radiology at Qasr Medical City",
                # "who leads genomic medicine at Monash Health"
                obj_side = [sp for sp in obj_side if (sp.start < ts or sp.start - te <= 6) and not re.match(r"['’]s?\s", sent.text[sp.end - sent.start : sp.end - sent.start + 3])]
                # ("head of the university's Division of Cancer Sciences": of a unit of it, not of the university)
            if rl.name == "subsidiaryOf" and not pre and len(post) >= 2 and m.start() < 3:
                subj_side, obj_side = post[1:2], post[:1]  # "Within X, Y ..."
            if rl.name == "subsidiaryOf" and re.fullmatch(r"(?:run|operated|geree?|exploitee?) (?:by|par)", m.group()):
                # "Hospital X, which is run by the Y Institute"; not "a public tender run by Y" (what is run is no body)
                subj_side = [sp for sp in subj_side if sp.end <= ts and re.fullmatch(
                    r"(?:\s+(?:in|at|a|de|du)\s+[\w\-]+(?:\s+[\w\-]+)?)?\s*,?\s*(?:(?:which|that|qui)\s+)?(?:(?:is|are|was|were|has been|have been|will be|est|sont|etait|sera)\s+)?(?:(?:also|now|jointly|aussi|desormais)\s+)?",
                    f[sp.end - sent.start : m.start()])]
            subjects = [sp for sp in subj_side if sp.kind in skinds]
            if rl.name == "subsidiaryOf" and re.search(r"\b(?:unit|division|arm|branch|subsidiary|affiliate|department|faculty|institute) of$", m.group()) and tok_at:
                # "X, a unit of Y", "X is a division of Y"; not "X took over the cardiology unit of Y" (a verb of X's own between)
                subjects = [sp for sp in subjects if sp.end > ts or re.match(r"\s*(?:\([^)]*\)\s*)?,", f[sp.end - sent.start :]) or not any(
                    t.pos_ == "VERB" and t.dep_ not in ("amod", "compound") for pos, t in tok_at.items() if sp.end <= pos < ts)]
            if rl.name == "leads" and not passive and subjects and all(sp.kind == "org" for sp in subjects):
                # "Kim Chi, chief medical officer of BC Cancer, who will co-lead the project": the person the relative clause is about
                who = next((p for p in sorted(spans, key=lambda x: -x.start) if p.kind == "person" and p.end <= subjects[0].start
                            and re.search(r",\s*(?:(?:who|qui)\s+)?(?:(?:will|also|va|is to|would)\s+)*$", f[: m.start()])
                            and re.fullmatch(r",[^;]*", f[p.end - sent.start : m.start()].strip() or ",")), None)
                if who is not None:
                    subjects = [who]
            if rl.name == "leads" and any(sp.kind == "person" for sp in subjects):
                subjects = [sp for sp in subjects if sp.kind == "person"]  # "Prof. X, pulmonologist at LUMC and coordinator of RESPIRE"
            if subj_side is post and passive and subjects and re.search(r"\b(?:and|et)\s+(?:[\w\-]+\s+){0,3}?(?:by|par)\b", re.sub(
                    r"^\s*(?:[\w\-]+\s+){0,2}?(?:by|par|from|aupres de)\b", "", f[te - sent.start : subjects[0].start - sent.start])):
                subjects = []  # "coordonné par A et financé par B": B is the agent of the other passive
            if subj_side is post and passive and by:
                # "the purchase of Halden Labs by Krona Group": the agent comes after "by", the object before it
                by_at = te + by.end()
                agents = [sp for sp in subjects if sp.start >= by_at]
                if agents and len(agents) < len(subjects):
                    objs_before = [sp for sp in post if te <= sp.start < by_at and sp.kind in okinds]
                    subjects = agents
                    if objs_before and not obj_side:
                        obj_side = objs_before
            if subj_side is post:
                subjects = _coordinated(subjects, f, sent.start)
            else:
                # "A and B, the rare disease unit of C, are founding members": C sits in an apposition
                subjects = [sp for sp in subjects if not _in_apposition(sp, f, sent.start)]
                if rl.name in ("memberOf", "subsidiaryOf") and re.search(r"\b(?:and|et)\s+(?:a|an|the|un|une|le|la|l')?\s*$", f[: m.start()]) \
                        and len(subjects) >= 2 and re.search(r"\b(?:part of|member of|subsidiary of|partie d[eu]|membre d[eu]|filiale d[eu])\b", f[: m.start()]):
                    subjects = [min(subjects, key=lambda x: x.start)]  # "X is part of Y and a member of Z": X is the member
                subjects = _tail_list(subjects, f, sent.start)  # "A, B and C are founding members of ..."
                if rl.name == "subsidiaryOf" and re.search(r",\s*(?:a|an|the|une?|la|le|l')?\s*$", f[: m.start()]):
                    subjects = subjects[-1:]  # "A and B, a subsidiary of C": the apposition describes B
            if passive:
                # "funded by Wellcome ... and is led by X": the agent of another passive is not this one's object
                obj_side = [o for o in obj_side if not _after_agent_word(o, f, sent.start)]
            if obj_side and obj_side[0].start < ts and rl.name == "funds":
                # objects before the trigger, nearest first: "A and the University of B launched ..., with funding from C"
                objects = _tail_list([sp for sp in obj_side if sp.kind in okinds], f, sent.start)
                # ("X, Orvana's academic partner, will study ... with funding from Y": the possessor in the apposition is not funded)
                objects = [o for o in objects if not re.match(r"['’]s?\s+(?:[a-z\-]+\s+){0,2}?partners?\b", sent.text[o.end - sent.start : o.end - sent.start + 40])]
            else:
                objects = _coordinated([sp for sp in obj_side if sp.kind in okinds], f, sent.start)
            rest = _FUNDS_REST.search(f, m.end()) if rl.name == "funds" and not passive else None
            if rest is not None:
                # "X will contribute $8 million, with the remainder coming from A and B": A and B are funders too, not funded
                more = _coordinated(sorted((o for o in spans if o.kind == "org" and o.start >= sent.start + rest.end()), key=lambda o: o.start), f, sent.start)
                if more and more[0].start - (sent.start + rest.end()) <= 2:
                    objects = [o for o in objects if o not in more]
                    subjects = subjects + [o for o in more if o not in subjects]
            if not objects and passive and subjects and m.start() <= 2 and rl.name in ("acquired", "funds", "subsidiaryOf") \
                    and re.search(r"(?:ed|é|ée|és|ées)$", sent.text[m.start() : m.end()]):
                # "Racheté en 2023 par Ramsay Santé, l'Hôpital privé de la Loire ...": the participle opening the sentence
                # describes the subject of the main clause, after the comma
                comma = f.find(",", subjects[0].end - sent.start)
                main = next((sp for sp in post if comma >= 0 and sp.start - sent.start > comma and sp.kind in okinds), None)
                if main is not None:
                    subjects = [sp for sp in subjects if sp.end - sent.start <= comma]
                    objects = [main]
            if rl.direction == "forward" and not passive and subjects and subj_side is not post:
                # "Nuance, which Microsoft acquired in 2022": the object stands before the relative pronoun
                ante = _antecedent(subjects[0], spans, f, sent.start)
                if ante is not None and ante.kind in okinds:
                    objects = [ante]
            if rl.name == "memberOf" and rl.object_types:
                # "has become a member of EUCAIM": an explicit membership takes an object of no known type too
                explicit = "member" in m.group()
                objects = [o for o in objects if o.type in rl.object_types or (explicit and not lx.name_type(o.text)[0] and not o.context_type)
                           or (explicit and re.search(r"\b(?:group|network|system|alliance|groupe|reseau)$", fold(o.text)))
                           or re.match(r"\s+(?:network|alliance|consortium|collaborative|cooperative|registry)\b", f[o.end - sent.start : o.end - sent.start + 16])
                           or re.search(r"\b(?:network|alliance|consortium|reseau|federation)(?:\s+[\w\-]+){0,4}\s*$",
                                        fold(f[m.end() : o.start - sent.start]))] \
                    or objects[:0]  # ("has joined the Vizient network": a network by the noun after its name)
            if rl.name == "deployedAt" and not subjects and last_product is not None:
                subjects = [last_product]  # "It will be deployed at ...", "L'application sera déployée ..."
            if not objects and subjects and rl.name == "funds" and parties and subj_side is not post and (
                    unnamed_work.match(f[m.end() :]) or re.search(r"\b(?:euros?|dollars?|million|millions|milliards?|billion)$", m.group())
                    or (m.group().endswith(" for") and re.match(r"\s+(?:[a-z\-]+\s+(?:and\s+)?){0,3}?(?:" + lx.work_nouns + r")s?\b", f[m.end() :]))):
                # ("La Région apporte 1 million d'euros supplémentaire", "X will contribute €2 million": to the work just told)
                objects = list(parties)  # "Afreximbank is financing the purchase", "AstraZeneca will fund the first year of the programme"
            opens_with_funding = rl.name == "funds" and m.start() <= 2 and m.group() in ("funding", "financing", "financement", "le financement")
            # "X est partenaire du projet, qui bénéficie d'un financement de Y": the work just named, in a relative clause
            work_relative = re.search(r"\b(?:" + lx.work_nouns + r")s?\s*,\s*(?:qui|which|that)\s+(?:[\w'\-]+\s*){0,4}$", f[: m.start()])
            if work_relative and any(sp.kind in ("org", "project") and abs(work_relative.start() - (sp.end - sent.start)) <= 1 for sp in spans):
                work_relative = None  # "the NORSKIN consortium, which received ...": the work is named, and is the object
            if subj_side is post and work_relative and rl.name == "funds" and parties:
                objects = []
            refers = refers_to_work.match(f[: m.start()]) or (m.start() <= 2 and re.match(
                r"\s*(?:funded|financed|backed|supported|co-?funded|co-?financed|(?:co)?financee?s?|soutenue?s?|subventionnee?s?)\b[^.;]{0,120}?,\s*"
                r"(?:the|this|le|la|les|l'|ce|cette)\s*(?:" + lx.work_nouns + r")s?\b", f))  # "Financé par l'AFD, le programme prévoit ..."
            if refers and re.fullmatch(r"\s*(?:it|il|elle)", refers.group()) and any(
                    sp.kind == "org" and sp.coref and sp.start - sent.start < len(refers.group()) + 1 for sp in spans):
                refers = None  # "It is a portfolio company of X": the pronoun stands for an organisation, not for the work
            opener = next((sp for sp in spans if sp.kind == "project" and sp.start < ts
                           and re.fullmatch(r"\s*(?:the|le|la|l')?\s*(?:[\w\-]+\s+){0,2}?(?:project|projet|programme|program|study|etude|initiative)?\s*,?\s*",
                                            f[: sp.start - sent.start])), None)
            if opener is not None and rl.name in ("funds", "leads") and subj_side is post and subjects \
                    and re.search(r"\b(?:is|was|are|were|will be|est|sera|a ete|sont)\b", f[opener.end - sent.start : m.start()]):
                # "Le projet Cardio-IA, porté par A en partenariat avec B, est soutenu par C": the project the sentence is about
                objects = [opener]
            if rl.name == "leads" and topic is not None and subjects and all(sp.kind == "person" for sp in subjects) and objects \
                    and all(o.coref and fold(o.text) in ("il", "elle", "it") for o in objects):
                objects = []  # "Il sera codirigé par Martin Jaggi": a person co-directs the centre or project just named, not a body
            if rl.name == "leads" and topic is not None and not objects and subjects and subj_side is not post \
                    and re.match(r"\s+(?:the|this|le|la|ce|cette|l')\s*(?:" + lx.work_nouns + r")s?\b", f[m.end() :]):
                objects = [topic]  # "Professor Moira Lennox, who directs the project at X": the project just named
            if not objects and subjects and rl.name in ("funds", "leads") and subj_side is post and (refers or opens_with_funding or work_relative or (
                    rl.name == "leads" and re.match(r"\s*(?:il|elle|it)\b", f))):
                # ("Funding comes from X": the sentence opens with the funding of the work just told)
                if topic is not None:
                    # "The project is funded by X", "Il est coordonné par Y": the project or consortium just named
                    objects = [topic]
                elif rl.name == "funds" and parties:
                    # "The programme is funded by the Mastercard Foundation": an unnamed project of the parties
                    # just told of; the funds go to those that are not companies (the hospital, the university)
                    objects = list(parties)
            if topic is not None and objects and rl.name in ("funds", "leads", "supplies") and refers and all(o.coref for o in objects) \
                    and all(o.start - sent.start <= refers.end() for o in objects):
                objects = [topic]  # "Le laboratoire sera dirigé par X" after it was named: the body named, not the nearest laboratory
            if not objects and subjects and rl.name == "funds" and subj_side is not post and not obj_side \
                    and re.search(r"\b(?:contribut\w*|apporte\w*|verse\w*)\b.*\b(?:million|millions|milliards?|billion|euros?|dollars?|francs?|pounds?)$", m.group()):
                # "The Ministry of Health is contributing EUR 9 million over three years": to the work just told
                objects = [topic] if topic is not None else list(parties)
            if rl.name == "leads" and subj_side is post and len(subjects) > 1:
                with_ = re.search(r"\s(?:with|avec|alongside|aux cotes d(?:e|u|es))\s", f[m.end() :])
                if with_:  # "a trial led by A with B, C and D": A leads; the others work with it
                    subjects = [s_ for s_ in subjects if s_.start < sent.start + m.end() + with_.start()] or subjects
            if rl.name == "supplies":  # ("has chosen X over A and B": A and B lost)
                rivals = _rival_keys(f, [sp for sp in spans if sp.kind in ("org", "org?")], sent.start)
                subjects = [sp for sp in subjects if sp.key not in rivals]
            for s_ in subjects:
                for o in objects:
                    if s_.key == o.key and s_.kind == o.kind:
                        continue
                    if rl.name == "funds" and re.match(r"(?:\s+[\w\-']+){0,5}?\s+(?:exclusive\s+|worldwide\s+|global\s+|commercial\s+|marketing\s+)?(?:rights|licen[cs]es?|droits)\b",
                                                       f[m.end() :]):
                        continue  # "has granted Takumi Pharma exclusive rights to develop ...": a licence, no money
                    if rl.name == "supplies" and not passive and o.start > ts and _MAKER_BEFORE.search(f[: o.start - sent.start]):
                        continue  # "has installed two scanners supplied by Medlane": the maker, no customer of the installer
                    if rl.name in ("supplies", "deployedAt") and _FUNDER_OR_APPROVER_BEFORE.search(f[: o.start - sent.start]):
                        continue  # "installing a system ..., with funding from the World Bank": the funder, no customer
                    if rl.name == "leads" and s_.kind == "org" and not (o.kind == "project" or o.type in ("Consortium", "Association")):
                        continue  # an organisation leads a project or a consortium, not "a round led by X"
                    if rl.name == "supplies" and rl.direction == "backward" and s_.type in ("Hospital", "UniversityHospital", "University", "ResearchInstitute") \
                            and o.type == "PublicBody":
                        continue  # "le CH de X a été retenu par l'ARS pour piloter l'expérimentation": a site chosen by an authority, no supplier
                    conf = 0.75 if (by or _adjacent(s_, o, ts, te)) else 0.6
                    name = rl.name
                    span_text = f[min(m.start(), o.start - sent.start, s_.start - sent.start) : max(m.end(), o.start - sent.start, s_.start - sent.start)]
                    if name == "acquired" and _MINORITY.search(span_text):
                        name = "funds"  # "bought a 30% stake in X", "une participation minoritaire": an investment, not a takeover
                    elif name == "subsidiaryOf" and rl.direction == "backward" and _MINORITY.search(span_text):
                        # "Nordic Capital, which owns a 40% stake in X": the owner of a minority invests in X
                        out.append(RelDraft("funds", o.key, "org" if o.kind == "org?" else o.kind, s_.key, "org" if s_.kind == "org?" else s_.kind, ev, conf))
                        continue
                    if (o.kind == "org?" and not _opens_sentence(o, sent) and o not in granted and o is not topic) or (s_.kind == "org?" and not _opens_sentence(s_, sent) and not _after_agent_word(s_, f, sent.start)):
                        continue
                    out.append(RelDraft(name, s_.key, "org" if s_.kind == "org?" else s_.kind, o.key, "org" if o.kind == "org?" else o.kind, ev, conf))
    out.extend(_located(sent, spans, lx, ev))
    out.extend(_one_of_its(sent, spans, f, ev))
    out.extend(_affixed(sent, spans, ev))
    out.extend(_used_products(sent, spans, f, ev))
    out.extend(_supply_purpose(sent, spans, f, ev))
    out.extend(_bought_from(sent, spans, f, ev))
    return dedupe_relations(out)


# "Scripps' electronic health record from Epic", "its MRI scanners from Siemens Healthineers" (folded text between the names)
_OWN_THING_FROM = re.compile(r"['’]s?\s+(?:[a-z\-]+\s+){0,4}?(?:record|records|system|systems|software|platform|scanners?|machines?|equipment|robots?|devices?|"
                             r"analy[sz]ers?|monitors?|pumps?|beds|ventilators?|infrastructure|cloud)\s+(?:from|by|supplied by|provided by)\s+(?:the\s+)?")


def _bought_from(sent: Sentence, spans: list[Span], f: str, ev: Evidence) -> list[RelDraft]:
    """A body's equipment or software "from" a maker: the maker supplies the body."""
    orgs = sorted((o for o in spans if o.kind == "org"), key=lambda o: o.start)
    return [RelDraft("supplies", b.key, "org", a.key, "org", ev, 0.65) for a, b in zip(orgs, orgs[1:])
            if a.key != b.key and _OWN_THING_FROM.fullmatch(f[a.end - sent.start : b.start - sent.start])]


_ONE_OF = re.compile(r",\s+(?:one|two|three|four|five|six|several|both|all|each|l'un|l'une|deux|trois|quatre)\s+(?:of|des|de)\s+(?:the\s+)?$")
_ITS_MEMBERS = re.compile(r"^(?:['’]s?)\s+(?:[a-z\-]+\s+){0,2}?(?:hospitals|institutions|clinics|sites|members|facilities|centres|centers|entities|subsidiaries|units)\b")


def _one_of_its(sent: Sentence, spans: list[Span], f: str, ev: Evidence) -> list[RelDraft]:
    """"A and B, two of Z's institutions": A and B are members of Z."""
    out = []
    base = sent.start
    orgs = sorted((sp for sp in spans if sp.kind == "org"), key=lambda x: x.start)
    for k, z in enumerate(orgs):
        if not _ITS_MEMBERS.match(f[z.end - base : z.end - base + 60]):
            continue
        m = _ONE_OF.search(f[: z.start - base])
        if not m:
            continue
        before = [o for o in reversed(orgs[:k]) if o.end - base <= m.start()]
        if before and f[before[0].end - base : m.start()].strip() == "":
            for o in _tail_list(before, f, base):
                if o.key != z.key:
                    out.append(RelDraft("memberOf", o.key, "org", z.key, "org", ev, 0.7))
    return out


_FLAGSHIP = re.compile(r"\b(?:its|their|son|sa|leur)\s+(?:flagship|(?:hopital|etablissement|clinique|site)\s+phare)\s+$")


def _flagship(sent: Sentence, spans: list[Span], f: str, ev: Evidence) -> list[RelDraft]:
    """ "Cumberland tested it at its flagship Cumberland Medical Center": the hospital belongs to the sentence's
    first organisation."""
    orgs = sorted((sp for sp in spans if sp.kind == "org"), key=lambda x: x.start)
    out = []
    for k, x in enumerate(orgs):
        if k and _FLAGSHIP.search(f[max(0, x.start - sent.start - 40) : x.start - sent.start]) and orgs[0].key != x.key:
            out.append(RelDraft("subsidiaryOf", x.key, "org", orgs[0].key, "org", ev, 0.65))
    return out


def _antecedent(sp: Span, spans: list[Span], f: str, base: int) -> Span | None:
    """The name a relative clause "Y, which|that|que SP ..." hangs on, if SP opens one."""
    for y in spans:
        if y.end <= sp.start and re.fullmatch(r"\s*,\s*(?:which|that|que|qu')\s*", f[y.end - base : sp.start - base]):
            return y
    return None


def _in_apposition(sp: Span, f: str, base: int) -> bool:
    """The name closes an apposition set off by commas: ", the rare disease unit of AstraZeneca,"."""
    before = f[max(0, sp.start - base - 70) : sp.start - base]
    after = f[sp.end - base : sp.end - base + 16]
    after = re.sub(r"^\s+(?:group|groupe|family|holding|conglomerate|network|reseau)\b", "", after)  # ", part of the Breca group,"
    return bool(re.search(r",\s+(?:(?:the|a|an|la|le|l'|une?)\s+[^,]{0,60}?\b(?:of|at|de|du|chez)|(?:filiale|subsidiary|part|unit|membre|member)\s+(?:of|de|du|des)"
                          r"(?:\s+(?:groupe|group))?|(?:owned|backed|controlled|detenue?|controlee?)\s+(?:by|par))\s+(?:the\s+|la\s+|le\s+|l')?(?:[\w\-]+-based\s+)?(?:[a-z]+\s+){0,2}?$", before)) \
        and after.lstrip().startswith(",")


def _after_agent_word(sp: Span, f: str, base: int) -> bool:
    """An uncertain name right after "from", "by", "auprès de", "par": the agent of a funding or a purchase
    ("raised R$40 million from Kaszek", "a levé 1,2 million d'euros auprès de Partech Africa")."""
    if re.match(AFFIX_WORDS + r"\b", f[sp.end - base : sp.end - base + 8]):
        return False  # "led by Temasek-backed Lion Rock Ventures": the prefix is not the agent
    if re.search(r"\b(?:from|by|aupres de|aupres d'|par)\s*(?:the\s+|le\s+|la\s+|les\s+|l')?$", f[max(0, sp.start - base - 20) : sp.start - base]):
        return True
    # the next of a list of agents: "auprès de Partech et de Bpifrance", "from Kaszek and from Valor"
    return bool(re.search(r"\b(?:from|by|aupres de|aupres d'|par)\s+[^.;:]{2,60}?\s(?:and|et)\s+(?:from|by|par|de|du|des|d')\s*(?:the\s+|le\s+|la\s+|les\s+|l')?$",
                          f[max(0, sp.start - base - 90) : sp.start - base]))


def _opens_sentence(sp: Span, sent: Sentence) -> bool:
    """An uncertain name that opens the sentence is its subject ("Roche a finalisé le rachat de X"):
    a model may take a one-word company for a place or a person there."""
    before = sent.text[: sp.start - sent.start]
    before = re.sub(r"^.{0,80}?\s[—–-]{1,2}\s+", "", before, flags=re.S)  # a dateline: "LAUSANNE, 6 septembre 2024 — "
    before = re.sub(r"^\s*[A-ZÀ-Ý][\w'’\-]*(?:\s+[A-ZÀ-Ý][\w'’\-]*){0,2}\s*:\s+", "", before)  # a round-up's label: "Belgium: "
    return bool(re.fullmatch(r"\s*(?:(?:the|le|la|les|l['’])\s*)?", before, re.I))


_SOLD = re.compile(r"\b(?:sold|sells|sell|selling|divest(?:s|ed|ing)?|cede|cedera|a cede|ont cede|vend|a vendu)\b")


_SOLD_ITSELF = re.compile(rf"\s*(?:{_BE_FORMS}\s+)?$")


_TAKEOVER_OF_BY = re.compile(r"\b(?:rachat|acquisition|reprise|takeover|purchase)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|of\s+(?:the\s+)?)")


def _sale(sent: Sentence, spans: list[Span], f: str, ev: Evidence) -> list[RelDraft]:
    """"A has sold B to C", "A cède B à C", "B sold to C" (a headline), "le rachat de B par C": C acquired B."""
    orgs_in = sorted((sp for sp in spans if sp.kind == "org"), key=lambda sp: sp.start)
    for t in _TAKEOVER_OF_BY.finditer(f):
        bought = next((o for o in orgs_in if o.start - sent.start - t.end() in range(0, 12)), None)
        if bought is None:
            continue
        buyer = next((o for o in orgs_in if o.start > bought.end
                      and re.fullmatch(r"\s+(?:par|by)\s+(?:le\s+|la\s+|l'|the\s+)?(?:groupe\s+|group\s+|societe\s+|company\s+)?",
                                       f[bought.end - sent.start : o.start - sent.start])), None)
        if buyer is not None and buyer.key != bought.key:
            return [RelDraft("acquired", buyer.key, "org", bought.key, "org", ev, 0.7)]
    m = _SOLD.search(f)
    if m is None:
        return []
    itself = next((sp for sp in spans if sp.kind == "org" and sp.end <= sent.start + m.start()
                   and _SOLD_ITSELF.fullmatch(f[sp.end - sent.start : m.start()])), None)
    to = re.match(r"\s+(?:to|a|au)\s+(?:the\s+|la\s+|le\s+|l')?", f[m.end() :])
    if itself is not None and to is not None:
        buyer = next((sp for sp in spans if sp.kind == "org" and sp.start == sent.start + m.end() + to.end()), None)
        if buyer is not None and buyer.key != itself.key:
            return [RelDraft("acquired", buyer.key, "org", itself.key, "org", ev, 0.65)]
    orgs = sorted((sp for sp in spans if sp.kind == "org" and sp.start >= sent.start + m.end()), key=lambda sp: sp.start)
    if len(orgs) < 2:
        return []
    sold, rest = orgs[0], orgs[1:]
    buyer = next((o for o in rest if re.search(r"\b(?:to|a|au|aux)\s+(?:the\s+|la\s+|le\s+|l')?(?:[a-z\-]+\s+)?$", f[: o.start - sent.start])
                  and not re.search(r"[;.]", f[sold.end - sent.start : o.start - sent.start])), None)
    if buyer is None or buyer.key == sold.key:
        return []
    return [RelDraft("acquired", buyer.key, "org", sold.key, "org", ev, 0.65)]


def _product_owner(sent: Sentence, spans: list[Span], ev: Evidence, doc_orgs: Iterable[Span] = (), prev_subject: str | None = None) -> list[RelDraft]:
    """'Woundly Track' (the maker's name), "Vitalink's software, TriageIQ", "its SepsisWatch platform", "sa plateforme Valvosoft"."""
    out = []
    base = sent.start
    orgs = sorted((sp for sp in spans if sp.kind == "org"), key=lambda x: x.start)
    for p in (sp for sp in spans if sp.kind == "product"):
        words = fold(p.text).split()
        owner = next((o for o in orgs if len(words) >= 2 and fold(o.text).split()[:1] == words[:1]), None)
        if owner is None and len(words) >= 2:  # the maker named elsewhere in the article: "Pacmed Critical" of Pacmed
            owner = next((o for o in doc_orgs if fold(o.text).split() == words[: len(fold(o.text).split())] and len(fold(o.text).split()) < len(words)), None)
        left = fold(sent.text[max(0, p.start - base - 45) : p.start - base])
        if owner is None:
            m = re.search(r"['’]s?\s+(?:[\w\-]+[\s,]+){0,3}$", left)
            if m:
                cand = [o for o in orgs if o.end <= p.start and p.start - o.end <= len(left) - m.start() + 2]
                owner = cand[-1] if cand else None
        if owner is None and re.search(r"\b(?:its|their|sa|son|ses|leur)\s+(?:[\w\-]+[\s,]+){0,3}$", left):
            cand = [o for o in orgs if o.end <= p.start]
            # ("Vireo Imaging raised $10 million. Its product, VireoCardia, ...": the body the story just named)
            owner = cand[-1] if cand else next((o for o in doc_orgs if o.key == prev_subject), None)
        if owner is None:  # "le robot Hugo de Medtronic", "the Kelvo robot from Medlane": the maker named right after
            owner = next((o for o in sorted((sp for sp in spans if sp.kind in ("org", "org?")), key=lambda x: x.start) if o.start > p.end and re.fullmatch(
                r"\s+(?:(?:[a-z\-]+\s+){0,2}?(?:de|du|by|from)\s+|d['’])"
                # ("la solution HiX de l'éditeur néerlandais ChipSoft", "the Pulse app from the Oslo start-up Medlane")
                r"(?:(?:la\s+|le\s+|l['’]|the\s+)?(?:[A-Z][\w\-]+\s+)?(?:éditeur|editeur|société|societe|groupe|start-up|startup|entreprise|fabricant|laboratoire|"
                r"company|firm|group|start-up|maker|developer|manufacturer)(?:\s+[a-zà-ÿ\-]+)?\s+)?",
                sent.text[p.end - base : o.start - base])), None)
        if owner is None and len(words) == 1:
            # "the DignioCare app" of Dignio: a one-word product named after its maker
            owner = next((o for o, squashed in ((o, fold(o.text).replace(" ", "")) for o in [*orgs, *doc_orgs])
                          if len(squashed) >= 4 and words[0].startswith(squashed) and words[0] != squashed), None)
        if owner is not None:
            out.append(RelDraft("develops", owner.key, "org", p.key, "product", ev, 0.7))
    return out


def _units(sent: Sentence, spans: list[Span], ev: Evidence, lx: Lexicon) -> list[RelDraft]:
    """ "Quanta's QOCA unit", "Philips' venture arm X": the second organisation is part of the first; "le centre Inria de
    l'université de Bordeaux", "X, the teaching hospital of Y": the first is part of the second."""
    orgs = sorted((sp for sp in spans if sp.kind == "org" and not lx.is_generic(sp.text)), key=lambda x: x.start)
    out = []
    for a, b in zip(orgs, orgs[1:]):
        gap = sent.text[a.end - sent.start : b.start - sent.start]
        if a.key != b.key and re.fullmatch(r"['’]s?\s+", gap) \
                and UNIT_AFTER.match(sent.text[b.end - sent.start : b.end - sent.start + 20]):
            out.append(RelDraft("subsidiaryOf", b.key, "org", a.key, "org", ev, 0.7))
        elif a.key != b.key and a.text[:1].islower() and fold(a.text.split()[0]) in lx.unit_heads \
                and re.fullmatch(r"\s+(?:of the|de l'|de la|du)\s*", fold(gap)):
            out.append(RelDraft("partOf", a.key, "org", b.key, "org", ev, 0.65))  # (a party's unit, not a subsidiary: no fact of its own)
        elif a.key != b.key and re.fullmatch(r",\s*an?\s+", gap) and re.match(r"\s+company\b", sent.text[b.end - sent.start : b.end - sent.start + 10]):
            out.append(RelDraft("subsidiaryOf", a.key, "org", b.key, "org", ev, 0.7))  # "Nuance Communications, a Microsoft company"
        elif a.key != b.key and lx.part_of_gap.fullmatch(fold(gap)):
            out.append(RelDraft("subsidiaryOf", a.key, "org", b.key, "org", ev, 0.65))
    return out


def _shared_subject(tok):  # type: ignore[no-untyped-def]
    """The subject a coordinated verb takes from the verb before it ("X worked with Y and is a member of Z"), if any."""
    t, steps = tok, 0
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i and steps < 6:
        t, steps = t.head, steps + 1
    if t.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") for c in t.children):
        return None
    head = t.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")), None)


def _in_other_relative(doc, sp: Span, trigger_tok) -> bool:  # type: ignore[no-untyped-def]
    """The name sits in a relative clause that does not hold the trigger."""
    rt = _root_token(doc, sp)
    if rt is None:
        return False
    for a in [rt, *rt.ancestors]:
        if a.dep_ in ("relcl", "acl:relcl"):
            return trigger_tok.i not in {t.i for t in a.subtree}
    return False


def _until_break(side: list[Span], f: str, base: int, pivot: int, *, forward: bool, tok_at: dict | None = None,  # type: ignore[type-arg]
                 lx: Lexicon | None = None) -> list[Span]:
    keep = []
    nearest_end = max((x.end for x in side), default=-1)
    for sp in side:
        a, b = (pivot, sp.start) if forward else (sp.end, pivot)
        gap = f[a - base : b - base]
        if not forward:
            # "X, which makes remote monitors, raised ...": a relative clause closed before the trigger is skipped
            gap = _CLOSED_RELATIVE.sub(" ", gap)
        if not forward and sp.end == nearest_end and re.fullmatch(r"(?:\s+[a-z\-]+){0,3},\s*(?:which|that|qui)(?:\s+(?:is|are|was|were|has been|have been|will be|has|have|est|sont|a ete|sera|seront|a|ont))?"
                                                       r"(?:\s+(?:now|already|also|currently|deja|aussi|egalement|actuellement))?\s*", gap):
            keep.append(sp)  # "the Tempus system, which is deployed at X": the relative clause's antecedent
            continue
        if _BREAK.search(gap) or (forward and _AS_CLAUSE.search(gap)):
            continue
        if forward and tok_at and _second_verb(gap, a, tok_at, lx):
            continue  # "raises €12 million and signs with HUS": HUS belongs to the second verb
        if forward and re.search(r",\s*(?:and|et)\s*(?:the\s+|le\s+|la\s+|l')?$", gap) \
                and _NEW_SUBJECT.match(re.sub(r"^\s*,[^,;]{1,80},", " ", f[sp.end - base : sp.end - base + 120])):
            continue  # "will contribute $1.5 million towards equipment, and Medair, a Swiss charity, will train nurses": a clause of its own
        keep.append(sp)
    if not forward:
        # "Cardiolis, fondée en 2020 par des ingénieurs de l'ENSIP, a levé ...": names inside an apposition closed just before
        # the trigger describe the name before it, which is the one the trigger is about
        closed = [sp for sp in keep if _CLOSED_APPOSITION.match(f, sp.end - base, pivot - base)]
        if closed:
            first = min(closed, key=lambda x: x.start)
            keep = [sp for sp in keep if sp.start <= first.start]
    return keep


_CLOSED_APPOSITION = re.compile(r"\s*,\s*(?:(?:a|an|the|un|une|la|le|its|sa|son)\s|l'|(?:co-?)?(?:founded|created|set up|established|spun|based|launched|"
                                r"fondee?s?|cofondee?s?|creee?s?|issue?s?|nee?s?|basee?s?|installee?s?|lancee?s?|specialisee?s?|owned|backed|soutenue?s?)\b)"
                                r"[^,;]{0,100}?,\s*(?:(?:was|were|is|are|has|have|had|will|a|ont|est|sont|sera|vient de|viennent de)\s+)*$")


def _second_verb(gap: str, a: int, tok_at: dict, lx: Lexicon | None) -> bool:  # type: ignore[type-arg]
    """The gap holds "and"/"et" or a comma followed by a finite verb, or by a collaboration trigger (a headline's verb the
    tagger may read as a noun): a second clause begins."""
    for m in re.finditer(r"(?:\b(?:and|et)|,)\s+(?:also\s+|aussi\s+)?(\w)", gap):
        tok = tok_at.get(a + m.start(1))
        if tok is not None and tok.pos_ == "VERB" and (tok.dep_ == "conj" or m.group().startswith(",")) and "Fin" in tok.morph.get("VerbForm"):
            return True  # (after a comma too: "Lux Med buys imaging network, signs Philips equipment deal")
        if lx is not None and any(t.regex.match(gap, m.start(1)) for t in lx.collab):
            return True
    return False


# "acquires Lisbon diagnostics chain as CUF signs AI pact", "alors que X ...": the name opens a clause of its own
_AS_CLAUSE = re.compile(r"(?<!such )(?<!well )(?<!same )\bas\s*$|\balors que\s*$|\bpendant que\s*$")


_CLOSED_RELATIVE = re.compile(r"^\s*,\s*(?:(?:an?|the|une?|la|le|l')\s*)?(?:[\w\-]+\s+){0,3}?(?:which|who|whose|qui|dont|that)\b[^,;]*,\s*(?:(?:was|were|is|are|has|have|had|will|been|be|a|ont|est|sont|sera|ete)\s+)*"
                              r"(?:(?:agreed|agrees|decided|plans|planned|announced|intends|expects|is set|annonce|decide|prevoit|compte|finalise|conclu)\s+(?:to\s+|de\s+|d')?(?:the\s+|l'|la\s+|le\s+)?)?$"
                              r"|^\s*,\s*(?:which|who|qui)\s+(?:is|was|are|were|has been|have been|est|a ete|sont|ont ete)?\s*(?:also\s+|aussi\s+)?$")
# ^ "Velora, which is backed by A": the name the relative pronoun stands for is the object
# ("Lucine, start-up marseillaise qui développe ..., a levé ...": an apposition may come before the relative pronoun)


def _coordinated(objs: list[Span], f: str, base: int) -> list[Span]:
    """The first object and those joined to it by commas, and/et/or/ou."""
    if not objs:
        return []
    # a short form in brackets after a name is the same body: "le CIRI (...) et l'université X"
    objs = [o for i, o in enumerate(objs) if i == 0 or not (o.key == objs[i - 1].key and f[objs[i - 1].end - base : o.start - base].strip() == "(")]
    out = [objs[0]]
    for prev, nxt in zip(objs, objs[1:]):
        gap = re.sub(r"^\s*\([^()]{1,20}\)", "", f[prev.end - base : nxt.start - base])
        if _NEW_SUBJECT.match(f, nxt.end - base):
            break  # "funded by A, and Illumina will supply ...": the next name opens a clause of its own
        if re.fullmatch(r"\s*(?:,|and|et|or|ou|&|as well as|ainsi que|, and|, et|, ou|ou encore|, ou encore|et de|et du|et des|et d'|, de|, du|, des|, d')\s*(?:the |le |la |l'|les )?\s*", gap) or re.fullmatch(r"\s*(?:,\s*)?(?:[a-z\s]{0,20})?(?:,|and|et|ou encore|ou)\s*(?:the |le |la |l'|les )?", gap) \
                or _JOINED_BY.fullmatch(gap) or _AGAIN_BY.fullmatch(gap):
            out.append(nxt)
        else:
            break
    return out


_NEW_SUBJECT = re.compile(r"\s+(?:will|would|shall|is|are|was|were|has|have|had|can|could|said|says|va|vont|ont|est|sont|sera|seront|doit|doivent|a (?:annonce|signe|choisi|declare))\b")


# "by A and by B", "from A and from the investor B", "auprès de A et du fonds B", "at A and at B": the preposition said again
# (also after the unit of A that gives the money: "by A's Impact fund and by B")
_AGAIN_BY = re.compile(r"(?:['’]s?\s+(?:[\w\-]+\s+){0,3}?(?:fund|funds|arm|unit|foundation)\s+)?\s*,?\s*(?:and|et)\s+(?:by|from|at|par|aupres de|aupres du|aupres des|de|du|des|d'|au|aux|a|chez)\s*(?:the |le |la |l'|les )?(?:[a-z\-]+\s+){0,2}?")


# "led by A, with participation from B", "auprès de A, avec la participation de B", "A alongside B"
_JOINED_BY = re.compile(r"\s*,?\s*(?:with(?: the)? participation (?:from|of)|and the rest (?:by|from)|et le reste (?:par|de)|et le solde par|with(?: (?:additional |further |extra )?support from)?|alongside|along with|joined by|"
                        r"avec la participation (?:de|du|des|d')|aux cotes (?:de|du|des|d')|ainsi que|et aupres (?:de|du|des|d'))\s*"
                        r"(?:the |le |la |l'|les |existing investors |investors |les investisseurs |ses actionnaires )?")


_AGENT_ASIDE = re.compile(r"\b(aupres|from|by|par)\s+(notamment|entre autres|among others|in particular|en particulier)\s+(de|d'|du|des)?\b")


def _plain_agents(f: str) -> str:
    """The folded sentence with an aside inside an agent phrase blanked, offsets kept: "auprès notamment de X"
    reads "auprès de X" ("from among others X" reads "from X")."""
    def blank(m: "re.Match[str]") -> str:
        head = m.group(1) + " " + (m.group(3) or "")
        return head + " " * (len(m.group()) - len(head))
    return _AGENT_ASIDE.sub(blank, f)


def _descriptor_gap(gap: str, lx: Lexicon) -> bool:
    """The words between a trigger and a name only describe the name: " the Dutch group ", " du groupe lyonnais "."""
    desc = lx.descriptor_alternation
    return bool(desc) and bool(re.fullmatch(rf"\s*(?:the|a|an|le|la|l'|du|de la|de l')?\s*(?:[a-z\-]+\s+){{0,2}}?(?:{desc})(?:\s+[a-z\-]+)?\s*", gap)) \
        and all(w in lx.demonyms or w in lx.descriptors or w in ("the", "a", "an", "le", "la", "l'", "du", "de", "private", "public", "prive", "medical", "health", "hospital", "investment", "equity")
                for w in re.findall(r"[a-z\-']+", gap))


def _tail_list(desc: list[Span], f: str, base: int) -> list[Span]:
    """Of spans nearest-first before a trigger, the coordinated run that ends at the nearest one, in text order."""
    if not desc:
        return []
    run = [desc[0]]
    for nxt in desc[1:]:
        gap = f[nxt.end - base : run[-1].start - base]
        if re.fullmatch(r"\s*(?:,|and|et|&|, and|, et)\s*(?:the |le |la |l'|les )?\s*", gap) \
                or re.fullmatch(r"\s*,\s*(?:(?:an?|the|une?|le|la|l')\s*)?[a-z][^,;()]{2,90},\s*(?:and|et)\s+(?:the |le |la |l'|les )?(?:[a-z\-]+\s+){0,2}?", gap):
            run.append(nxt)  # (also "A, centre de lutte contre le cancer de Caen, et la société B": an apposition after A)
        else:
            break
    return list(reversed(run))


def _adjacent(a: Span, b: Span, ts: int, te: int) -> bool:
    return min(abs(ts - a.end), abs(b.start - te)) < 25


def _located(sent: Sentence, spans: list[Span], lx: Lexicon, ev: Evidence) -> list[RelDraft]:
    out = []
    ordered = sorted(spans, key=lambda s: s.start)
    base = sent.start
    for i, pl in enumerate(ordered):
        if pl.kind != "place" or not re.match(r"^-based\b", fold(sent.text[pl.end - base : pl.end - base + 7])):
            continue
        # "Paris-based telemedicine company Medikonnect" / "Sutura Diagnostics, a Mombasa-based company"
        ref = next((o for o in ordered if o.kind == "org" and o.coref and o.start < pl.start and pl.end <= o.end), None)
        if ref is not None:  # "signed with the New York-based company": the company it stands for
            out.append(RelDraft("locatedIn", ref.key, "org", pl.key, "place", ev, 0.7))
            continue
        nxt = next((o for o in ordered[i + 1 :] if o.kind in ("org", "org?")), None)
        if nxt is not None and re.fullmatch(r"-based(?:\s+[a-z][\w\-]*){0,4}\s+[*_]*", fold(sent.text[pl.end - base : nxt.start - base])):
            out.append(RelDraft("locatedIn", nxt.key, "org", pl.key, "place", ev, 0.75))
            continue
        prv = next((o for o in reversed(ordered[:i]) if o.kind in ("org", "org?")), None)
        if prv is not None and re.fullmatch(r"(?:['’]s)?(?:\s*,\s*(?:inc|ltd|llc|sa|sas|gmbh|ag|plc|bv|nv|ab|oy|spa|srl)\.?)?\s*(?:,|\s+(?:is|was))\s*(?:an?|the|one)\s+(?:[a-z][\w\-]*\s+){0,2}",
                                            fold(sent.text[prv.end - base : pl.start - base])):  # ("Vireo Imaging, Inc., an Austin-based developer")
            out.append(RelDraft("locatedIn", prv.key, "org", pl.key, "place", ev, 0.75))
    desc = lx.descriptor_alternation or None
    opening = re.match(r"\s*(?:headquartered|based|located|basee?|installee?|implantee?|situee?)\s+(?:in|a|au|en)\s+", fold(sent.text))
    if opening:  # "Headquartered in Reykjavik, deCODE genetics has ...", "Basée à Lyon, la société X ..."
        pl = next((sp for sp in ordered if sp.kind == "place" and sp.start - base == opening.end()), None)
        org = next((sp for sp in ordered if sp.kind in ("org", "org?") and sp.start > pl.end), None) if pl is not None else None
        if org is not None and re.fullmatch(r"\s*,\s*(?:the\s+|la\s+|le\s+|l')?(?:[a-z][\w\-]*\s+){0,3}", fold(sent.text[pl.end - base : org.start - base])):
            out.append(RelDraft("locatedIn", org.key, "org", pl.key, "place", ev, 0.7))
    named = [sp for sp in ordered if not sp.coref]  # ("X, the largest hospital in Y": the reference in the apposition is X)
    for a, b in zip(named, named[1:]):
        if a.kind == "org" and b.kind == "place" and desc is not None and fold(b.text) not in lx.countries and re.fullmatch(
                rf"\s*(?:,|\s+(?:is|was|est))\s*(?:(?:the|a|an|le|la|l'|un|une)\s*)?(?:(?:us\s?)?[$€£]\s?\d+(?:[.,]\d+)?\s*(?:billion|million|bn)?\s+)?"
                rf"(?:[a-z0-9][\w\-']*\s+){{0,3}}?(?:{desc})(?:\s+[a-z][\w\-']*){{0,5}}?\s+(?:in|of|from|de|d'|du|a|en)\s*",
                fold(sent.text[a.end - base : b.start - base])):
            out.append(RelDraft("locatedIn", a.key, "org", b.key, "place", ev, 0.65))  # "X, centre de lutte contre le cancer de Caen,", "X, the largest hospital in Y"
    for a, b in zip(ordered, ordered[1:]):
        if a.kind == "org?" and b.kind == "place" and not a.coref \
                and re.fullmatch(r"\s*,?\s*(?:based|headquartered|located|basee?|situee?|implantee?) (?:in|a|au)\s*", fold(sent.text[a.end - base : b.start - base])):
            out.append(RelDraft("locatedIn", a.key, "org", b.key, "place", ev, 0.7))  # "Trueline, headquartered in Bangkok" (a name known by this alone)
        if a.kind == "org" and b.kind == "place" and not a.coref and a.type in ("Company", "Startup") \
                and re.fullmatch(r"\s+of\s+", sent.text[a.end - base : b.start - base]):
            out.append(RelDraft("locatedIn", a.key, "org", b.key, "place", ev, 0.65))  # "Tessaract Bio of Cambridge, Massachusetts"
        if a.kind == "org" and b.kind == "org" and not a.coref and re.search(r"\b(?:Division|Directorate|Branch)$", a.text) \
                and re.fullmatch(r"\s+of\s+(?:the\s+)?", sent.text[a.end - base : b.start - base]):
            out.append(RelDraft("subsidiaryOf", a.key, "org", b.key, "org", ev, 0.7))  # "the X Division of the Public Health Agency"
        if a.kind == "org" and b.kind == "place" and not a.coref:
            gap = fold(sent.text[a.end - sent.start : b.start - sent.start])
            if re.fullmatch(r"\s*(?:,\s*)?(?:(?:based|headquartered|located) in|in|basee? a|situee? a|implantee? a|a|\(|,|\)\s+(?:de|du|d'|in|of))\s*", gap):
                # ("Centre hospitalier Princesse Grace (CHPG) de Monaco")
                out.append(RelDraft("locatedIn", a.key, "org", b.key, "place", ev, 0.7))
            # "X, établissement ... situé à Cornebarrieu", "X ... founded in 2012 in Lausanne"
            elif len(gap) < 90 and re.search(r"(?:\b(?:based|headquartered|located|situee?|implantee?|basee?|installee?) (?:in|a|au)"
                                              r"|\b(?:founded|created|established|set up|started) (?:in \d{4} )?in|\b(?:fondee?|creee?) (?:en \d{4} )?a)\s*$", gap) \
                    and not re.search(r"[;.]", gap):
                out.append(RelDraft("locatedIn", a.key, "org", b.key, "place", ev, 0.65))
        if a.kind in ("place", "org?") and b.kind == "org" and re.fullmatch(r"['’]s\s+", sent.text[a.end - base : b.start - base]) \
                and ((a.kind == "place" and (a.conf >= 0.7 or fold(a.text) in lx.countries | lx.demonym_places)) or a.start == base) \
                and not lx.name_type(a.text)[0] \
                and not any(o.kind == "org" and fold(o.text).startswith(fold(a.text) + " ") for o in ordered):  # ("Sheba's ARC": Sheba Medical Center's)
            out.append(RelDraft("locatedIn", b.key, "org", a.key, "place", ev, 0.65))  # "Vancouver's Maple Virtual Care"
        if a.kind in ("org", "org?") and b.kind == "place" and desc is not None and not a.coref and re.fullmatch(r"\s*,\s*(?:an?|the|one)\s+", fold(sent.text[a.end - base : b.start - base])) \
                and re.match(rf"\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?:{desc})\b", fold(sent.text[b.end - base : b.end - base + 60])):
            out.append(RelDraft("locatedIn", a.key, "org", b.key, "place", ev, 0.7))  # "Brainomix, an Oxford company,"
        if a.kind == "place" and b.kind in ("org", "org?") and desc is not None \
                and not (not sent.text[: a.start - base].strip(" \n*_#>-") and fold(a.text) in lx.cue_words):
            # "Brisbane start-up Woundly", "Auckland start-up Sleepwell Labs": a place before a descriptor
            # (not a word opening the sentence: "Software company Medlane will build ...")
            if re.fullmatch(rf"\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?:{desc})\s+", fold(sent.text[a.end - base : b.start - base])):
                out.append(RelDraft("locatedIn", b.key, "org", a.key, "place", ev, 0.7))
    return out


@functools.lru_cache(maxsize=1)
def _product_alternation() -> str:
    return "|".join(re.escape(c) for c in product_cues())


_SUPPLY_PURPOSE = re.compile(r"\s*,?\s*(?:to|in order to|pour|afin de)\s+(?:supply|provide|deliver|deploy|install|roll out|equip|fournir|deployer|installer|equiper)\s+"
                             r"(?:(?:it|them|le|la|les|l')\s+)?(?:with\s+|de\s+|en\s+)?(?:its|their|sa|son|ses|leur|leurs|(the\s+(?:company|firm|start-?up)'s))\b")


_SUPPLY_TO_ITS = re.compile(r"\s*,?\s*(?:to|in order to|pour|afin de)\s+(?:supply|provide|deliver|install|fournir|livrer|installer|equiper)\s+"
                            r"[^,.;]{0,60}?\s(?:to|for|in|at|a|au|aux|dans|pour)\s+(?:\d+\s+(?:of|de)\s+|(?:all|each|most)\s+of\s+|l'ensemble de\s+)?"
                            r"(?:its|their|ses|leurs|son|sa)\b")


def _supply_purpose(sent: Sentence, spans: list[Span], f: str, ev: Evidence) -> list[RelDraft]:
    """"A has signed an agreement with B to supply its platform", "A a signé un contrat avec B pour déployer sa solution":
    A, the subject whose product it is, supplies B."""
    orgs = sorted((sp for sp in spans if sp.kind == "org" and not sp.coref), key=lambda x: x.start)
    if len(orgs) < 2:
        return []
    a, b = orgs[0], orgs[1]  # the subject, then the other party
    if a.key == b.key or not re.search(r"\b(?:agreement|contract|deal|partnership|letter of intent|memorandum of understanding|mou|accord|contrat|convention|"
                                       r"partenariat|lettre d'intention|protocole d'accord)s?\s+"
                                       r"(?:[\w\-]+\s+){0,3}?(?:with|avec)\s+(?:the\s+|le\s+|la\s+|l')?(?:[\w\-]+\s+){0,3}?$", f[: b.start - sent.start]) \
            or not (_SUPPLY_PURPOSE.match(f, b.end - sent.start) or _SUPPLY_TO_ITS.match(f, b.end - sent.start)):
        return []
    if not _SUPPLY_PURPOSE.match(f, b.end - sent.start):
        return [RelDraft("supplies", b.key, "org", a.key, "org", ev, 0.65)]  # "with B to supply machines to 18 of its hospitals"
    if re.search(r"\bequip", _SUPPLY_PURPOSE.match(f, b.end - sent.start).group()):
        # "A has signed a letter of intent with B to equip its clinics": what is equipped belongs to the customer, so the
        # company of the two supplies the other (B when both or neither are companies)
        firm = [x for x in (a, b) if x.type in ("Company", "Startup")]
        supplier = firm[0] if len(firm) == 1 else b
        return [RelDraft("supplies", supplier.key, "org", (a if supplier is b else b).key, "org", ev, 0.65)]
    if _SUPPLY_PURPOSE.match(f, b.end - sent.start).group(1) and not (a.type in ("Company", "Startup") and b.type not in ("Company", "Startup")):
        return [RelDraft("supplies", b.key, "org", a.key, "org", ev, 0.65)]  # "... with Parallax AI to roll out the company's model"
    return [RelDraft("supplies", a.key, "org", b.key, "org", ev, 0.65)]


def _used_products(sent: Sentence, spans: list[Span], f: str, ev: Evidence) -> list[RelDraft]:
    """"Birch Hospital will use Medlane's platform", "Medlane's software will be rolled out across Birch Hospital":
    the owner of a product another organisation uses supplies it."""
    out: list[RelDraft] = []
    cues = _product_alternation()
    if not cues:
        return out
    orgs = sorted((sp for sp in spans if sp.kind == "org"), key=lambda x: x.start)
    base = sent.start
    owners = sorted((sp for sp in spans if sp.kind in ("org", "org?")), key=lambda x: x.start)  # ("Corvex's software": whose it is)
    for x in owners:
        owned = re.match(rf"['’]s?\s+(?:[a-z\-]+\s+){{0,3}}?(?:{cues})s?\b", f[x.end - base :])
        if not owned:
            continue
        before = f[: x.start - base]
        user = re.search(r"\b(?:use|uses|used|using|adopt|adopts|adopted|deploy|deploys|deployed|roll out|rolls out|rolled out|install|installs|installed)\s+$", before)
        if user:
            y = next((o for o in reversed(orgs) if o.end <= x.start and o.key != x.key), None)
            gap = f[y.end - base : x.start - base][: user.start() - (y.end - base)] if y is not None else ""
            place = next((p for p in spans if p.kind == "place" and y is not None and y.end < p.start < x.start), None)
            if place is not None and re.fullmatch(r"\)?\s+(?:in|at|en|a)\s+", f[y.end - base : place.start - base]):
                gap = gap[place.end - y.end :]  # "The National Cancer Center in Astana will use ..."
            # the user is the subject of the verb, with only auxiliaries between ("Birch Hospital will use", "the hospital had used")
            if y is not None and re.fullmatch(r"\)?\s*(?:(?:will|would|has|have|had|is|are|was|were|to|now|also|already|can|could|plans|began|started|continues|to)\s+)*", gap):
                out.append(RelDraft("supplies", x.key, "org", y.key, "org", ev, 0.6))
            continue
        after = f[x.end - base + owned.end() :]
        placed = re.match(r"\s+(?:will be|is being|was|were|has been|have been|are|is|will also be)\s+(?:already\s+|now\s+|also\s+|currently\s+)?"
                          r"(?:rolled out|deployed|installed|introduced|used)\s+(?:at|across|in|by|throughout)\s+(?:the\s+|all\s+)?", after)
        if placed:
            at = x.end - base + owned.end() + placed.end()
            y = next((o for o in orgs if o.start - base == at and o.key != x.key), None)
            if y is not None:  # ("is already used by A, B and C": each of them)
                for z in _coordinated([o for o in orgs if o.start >= y.start and o.key != x.key], f, base):
                    out.append(RelDraft("supplies", x.key, "org", z.key, "org", ev, 0.6))
    return out


def _affixed(sent: Sentence, spans: list[Span], ev: Evidence) -> list[RelDraft]:
    """"Amgen-owned deCODE", "Temasek-backed Lion Rock Ventures": a name joined to a participle names the owner or the
    backer of the organisation that follows (across a few lowercase words: "Temasek-backed venture firm X")."""
    out: list[RelDraft] = []
    orgs = sorted((sp for sp in spans if sp.kind in ("org", "org?")), key=lambda x: x.start)
    for a, b in zip(orgs, orgs[1:]):
        m = re.fullmatch(r"-(owned|backed|funded|financed|controlled)(?:\s+[a-z][\w\-]*){0,4}\s+", sent.text[a.end - sent.start : b.start - sent.start])
        if m:
            if m.group(1) in ("owned", "controlled"):
                out.append(RelDraft("subsidiaryOf", b.key, "org", a.key, "org", ev, 0.7))
            else:
                out.append(RelDraft("funds", a.key, "org", b.key, "org", ev, 0.7))
    return out


_MINORITY = re.compile(r"\bminority\b|\bminoritaire\b|\b(?:[1-9]|[1-4]\d)(?:[.,]\d+)?\s*(?:%|per ?cent|pour ?cent)\s+(?:stake|interest|holding|share|participation)")


_R = TypeVar("_R", RelDraft, Relation)


def dedupe_relations(rels: Iterable[_R]) -> list[_R]:
    """One record per (predicate, subject, object): the most confident, in first-seen order."""
    seen: dict[tuple[str, str, str, str, str], _R] = {}
    for r in rels:
        k = (r.predicate, r.subject_kind, r.subject, r.object_kind, r.object)
        if k not in seen or r.confidence > seen[k].confidence:
            seen[k] = r
    return list(seen.values())


# --- people -------------------------------------------------------------------

# "who leads X at", "qui dirige le service de X au": a relative clause that names the person's work at an organisation
_APPOINTED = re.compile(
    r"\s+(?:has been\s+|have been\s+|was\s+|is\s+|will be\s+|a ete\s+|est\s+|sera\s+)?(?:appointed|named|becomes|became|devient|nommee?|designee?)"
    r"\s+(?:as\s+)?(?:the\s+|new\s+|le\s+|la\s+|nouveau\s+|nouvelle\s+)?(.+?)\s+(?:of|at|de|du|des|d'|de la|de l')\s*(?:the\s+|la\s+|le\s+|les\s+|l')?")


# more parties of the collaboration just told, named after the phrase: "Other partners are A and B", "Les autres partenaires sont A et B"
_OTHER_PARTNERS = re.compile(r"\s*(?:the\s+|les\s+)?(?:other|further|additional|autres)\s+(?:partners|members|participants|partenaires|membres|participants)"
                             r"(?:\s+(?:of|in|du|de la|de l')\s+(?:the\s+|le\s+|la\s+|l')?[\w\-]+)?\s+(?:are|include|will be|sont|seront|:)\s*")


# what the collaboration just told also covers, with whom: "The agreement also covers joint research with X", "L'accord prévoit aussi
# des travaux communs avec X"
_ALSO_WITH = re.compile(r"\s*(?:the|this|le|la|l'|cet|cette)\s*(?:agreement|partnership|collaboration|deal|contract|accord|partenariat|convention|contrat)\s+"
                        r"(?:also\s+|aussi\s+|egalement\s+)?(?:covers|includes|extends to|provides for|comprend|prevoit|inclut|couvre)\s+"
                        r"(?:also\s+|aussi\s+|egalement\s+)?[^.;]{0,60}?\b(?:with|avec)\s+")


# between two listed names, with an apposition after the first: ", a Danish software company, and ", ", et "
_LISTED_AFTER_APPOSITION = re.compile(r"(?:\s*,\s*(?:a|an|the|un|une|le|la|l')\s+[^,;()]{1,60}?)?\s*(?:,|and|et|&|, and|, et)\s*(?:the\s+|le\s+|la\s+|l'|les\s+)?"
                                      r"(?:[a-z\-]+\s+){0,2}?")


# the close of a quote and its verb of saying, just before the speaker's name: '», précise M.', '," said Dr.'
_QUOTE_THEN_SPEAKER = re.compile(r"[,.!?]?\s*[»”\"]\s*,?\s*(?:[a-zé]+\s+){0,2}(?:(?:m|mme|dr|dre|pr|prof|mr|mrs|ms)\.?\s+)?$", re.I)


# a post held before ("formerly chief operating officer at A", "jusqu'ici directeur adjoint du CHU")
_FORMER_POST = re.compile(r"(?:formerly|previously|former|until now|until recently|jusqu'ici|jusqu'a present|jusqu'alors|ancien|ancienne|ex-|"
                          r"precedemment|auparavant)\b")
_FORMER_APPOSITION = re.compile(r"\s*,\s*(?:the\s+|la\s+|le\s+|l'|an?\s+)?" + _FORMER_POST.pattern + r"[^,;]*,")


_WHO_WORKS = re.compile(
    r"\s*,\s*(?:who|qui)\s+(?:leads|led|heads|headed|directs|directed|runs|ran|manages|chairs|oversees|coordinates|coordinated|works|worked|is|was|teaches|"
    r"dirige|pilote|coordonne|travaille|est|preside|enseigne)\b[^,;:()\"“”«»]{0,80}?\s+"
    r"(?:at|of|for|with|in|au|aux|a la|a l'|de la|de l'|du|des|de|chez)\s*(?:the\s+|la\s+|le\s+|les\s+|l')?")


_WHO_HEADS = re.compile(r"\s*,\s*(?:who|qui)\s+(?:also\s+|now\s+|aussi\s+)?(heads|leads|runs|directs|chairs|dirige|preside)\s+(?:the\s+|la\s+|le\s+|les\s+|l')?")
_HEAD_ROLE = {"heads": "head", "leads": "head", "runs": "head", "directs": "director", "chairs": "chair", "dirige": "directeur", "preside": "président"}


_DEGREES = re.compile(r"^(?:(?:m\.?d|ph\.?d|m\.?p\.?h|mba|r\.?n|frcp|frcs|msc|bsc|pharmd)\.?\s*,\s*)+", re.I)


def _roles(sent: Sentence, lx: Lexicon, spans: list[Span], ev: Evidence, text: str, prev_subject: str | None = None) -> list[RoleDraft]:
    out = []
    persons = [sp for sp in spans if sp.kind == "person"]
    orgs = [sp for sp in spans if sp.kind == "org"]
    links = "|".join(re.escape(w) for w in sorted(lx.role_links | {"of", "at", "de", "du", "chez"}, key=len, reverse=True))
    desc = lx.descriptor_alternation or "(?!)"
    for p in persons:
        found = None
        # "Bupa named former Nuffield Health executive Carl Ashworth as managing director": the appointer's post, not the former one
        mf = re.search(r"\b(?:has |have |a |ont )?(?:appointed|named|hired|recruited|nomme|nommee|recrute|recrutee)\s+(?:the\s+|l')?"
                       r"(?:former|ex-|ancien|ancienne)\s+[^,;.]{0,60}$", fold(text[sent.start : p.start]))
        ma = re.match(r"\s*,?\s*(?:as|comme|au poste de|en tant que)\s+(?:its\s+|new\s+|son\s+|sa\s+|nouvel\s+|nouvelle\s+)*([\w\- ]{2,50}?)"
                      r"(?=[,.;]|\s+(?:of|at|de|du|replacing|succeeding|from|effective|with)\b|$)", text[p.end : p.end + 80]) if mf else None
        if mf and ma and lx.roles and lx.roles.search(fold(ma.group(1))):
            appointer = [o for o in orgs if o.end <= sent.start + mf.start()]
            if appointer:
                out.append(RoleDraft(p.key, appointer[0].key, ma.group(1).strip(), ev, 0.75))
                continue
        for o in orgs:  # "X, who led digital strategy at A, has joined B as chief digital officer": the new post
            if o.start > p.end and re.search(r"\b(?:has joined|have joined|joined|joins|a rejoint|rejoint)\s+(?:the\s+|le\s+|la\s+|l')?$",
                                              fold(text[p.end : o.start])) and "\n" not in text[p.end : o.start]:
                m = re.match(r"\s+(?:as|en tant que|comme)\s+(?:(?:the|its|new|son|sa|nouvel|nouvelle)\s+)?([^,.;()]{3,60})", text[o.end : o.end + 80])
                if m and lx.roles and lx.roles.search(fold(m.group(1))):
                    found = (o.key, m.group(1).strip(), 0.85)
                    break
                if _PERSON_JOINS.match(fold(text[p.end : o.start])) and not re.search(r"\b(?:board|conseil)\b", fold(text[o.end : o.end + 30])):
                    found = (o.key, None, 0.6)  # "Sarah Collins joined Lakeside Hospital in 2019": she works there now
                    break
        for o in orgs if found is None else ():  # "le directeur général du CHUL, le docteur Jean-Marie Ndong": the role and its body first
            if o.end <= p.start and p.start - o.end < 40 and re.fullmatch(r"\s*,\s*(?:(?:le|la|the)\s+)?(?:(?:dr|dre|docteure?|prof|professeure?|pr|mr|mrs|ms|m|mme)\.?\s+)?",
                                                                          fold(text[o.end : p.start])):
                m = re.search(r"(?:^|[\s,(])((?:[\w\-']+\s+){0,4}?[\w\-']+)\s+(?:de l['’]|de la|du|des|de|d['’]|of the|of|at the|at)\s*$", text[max(0, o.start - 60) : o.start])
                rm = lx.roles.search(fold(m.group(1))) if m and lx.roles else None
                if rm:
                    found = (o.key, m.group(1)[rm.start() :].strip(), 0.8)
                    break
        # "Name, ROLE of/at ORG"  /  "Name, ORG's ROLE" / "Name, the clinic's head"
        pend = p.end + len(re.match(r"[*_]*", text[p.end : p.end + 3]).group())  # (past Markdown's emphasis: "**Name**, ROLE")
        for o in orgs if found is None else ():
            if o.start < pend or o.start - pend > 160:
                continue
            between = text[pend : o.start]
            if "\n" in between or '"' in between or "“" in between or "»" in between:
                break
            if any(q.kind == "person" and pend <= q.start < o.start for q in spans):
                break  # "..., Dr. A, and by B, chair of the board of X": the role and the body are B's
            fb = fold(between)
            m = re.fullmatch(rf"\s*,\s*(?:the\s+|la\s+|le\s+|l'|an?\s+)?(.+?)\s+(?:{links})\s*(?:the\s+|la\s+|le\s+|les\s+|l')?(?:(?:{desc})\s+)?", fb)
            shift = _FORMER_APPOSITION.match(fb)
            if shift and lx.roles and (ma := _APPOINTED.fullmatch(fb[shift.end() :])) and lx.roles.search(ma.group(1)):
                # "X, jusqu'ici directeur adjoint de A, a été nommé directeur de B": the new post
                found = (o.key, _unfolded(text[pend : o.start], shift.end() + ma.start(1), shift.end() + ma.end(1)).strip(), 0.8)
                break
            if m and _FORMER_POST.match(m.group(1)):
                continue  # "X, formerly COO at A, has been named CEO of B": the post held before is no post now
            if m and lx.roles and lx.roles.search(m.group(1)) and ";" not in m.group(1):
                found = (o.key, between.strip(" ,")[: len(m.group(1)) + 2].strip(), 0.85)
                role_text = text[pend : o.start]
                role_text = re.sub(r"^\s*,\s*(?:the\s+|la\s+|le\s+|l['’]|an?\s+)?", "", role_text, flags=re.I)
                tail = re.search(rf"\s+(?:{links})\s*(?:the\s+|la\s+|le\s+|les\s+|l')?$", fold(role_text))
                if tail and len(fold(role_text)) == len(role_text):
                    role_text = role_text[: tail.start()]  # "directrice de l'innovation à l'": the link goes, accents or not
                role_text = re.sub(rf"\s+(?:{links})\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?(?:\S+\s+)?$", "", role_text, flags=re.I) \
                    if re.search(rf"(?:{desc})\s+$", fold(role_text)) else re.sub(rf"\s+(?:{links})\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$", "", role_text, flags=re.I)
                found = (o.key, role_text.strip(), 0.85)
                break
            if re.fullmatch(r"\s+(?:of|at|from|de|du|des|d')\s*(?:the\s+|la\s+|le\s+|les\s+|l')?", fb) \
                    or re.fullmatch(r"\s*,\s*(?:de|du|des|d')\s*(?:la\s+|le\s+|les\s+|l')?", fb):
                found = (o.key, None, 0.7)  # "Professor Nguyen Van Kinh of Bach Mai Hospital"
                break
            m = _APPOINTED.fullmatch(fb)
            if m and lx.roles and lx.roles.search(m.group(1)):
                # "X has been appointed chief executive of ORG", "X devient directrice générale du CHU"
                found = (o.key, _unfolded(text[pend : o.start], m.start(1), m.end(1)).strip(), 0.8)
                break
            m = _WHO_HEADS.fullmatch(fb)
            if m and not re.match(r"\s+(?:at|of|in|within|de|du|des|d'|au|aux|a)\b", fold(text[o.end : o.end + 8])):  # "Name, who heads the centre", "Name, qui dirige la clinique": the head of the body itself
                found = (o.key, _HEAD_ROLE.get(m.group(1), m.group(1)), 0.75)
                break
            m = _WHO_WORKS.fullmatch(fb)
            if m:  # "Name, who leads genomic medicine at ORG", "Name, qui dirige le service de X au ORG"
                role_text = re.sub(r"\s+\S+\s*(?:the|la|le|les|l['’])?\s*$", "", between.strip(" ,"))
                role_text = re.sub(r"^(?:who|qui)\s+", "", role_text, flags=re.I)
                found = (o.key, role_text.strip(), 0.75)
                break
            m = re.fullmatch(r"\s*,\s*(?:the\s+|la\s+|le\s+)?", fb)
            if m:
                tail = text[o.end : o.end + 60]
                mt = re.match(r"^['’]s?\s+([\w\- ]{2,40}?)(?=[,.;:)\"“”]|\s+(?:said|says|added|explains|who)\b|$)", tail)
                if mt and lx.roles and lx.roles.search(fold(mt.group(1))):
                    found = (o.key, mt.group(1).strip(), 0.8)
                    break
                mt = re.match(r"^\s+([\w\- ]{2,40}?)(?=[,.;:)]|$)", tail)
                if mt and lx.roles and lx.roles.match(fold(mt.group(1))):
                    found = (o.key, mt.group(1).strip(), 0.7)
                    break
            if o.start > pend + 3:
                # only the first organisation after the name can be its employer
                if not m and not re.match(r"^\s*,", fb):
                    break
        if not found:
            # "ORG CEO Name", "ORG's CEO Name"
            for o in orgs:
                if o.end > p.start or p.start - o.end > 45:
                    continue
                between = fold(text[o.end : p.start])
                m = re.fullmatch(r"(?:'s?)?\s+([\w\- ]{2,40}?)\s*,?\s*(?:(?:dr|prof|professor|pr|mr|mrs|ms|dame|sir)\.?\s*)?", between)
                if m and lx.roles and lx.roles.search(m.group(1)) and not re.search(r"\b(said|says|added)\b", m.group(1)):
                    role = re.sub(r"[\s,]+(?:dr|prof|professor|pr|mr|mrs|ms|dame|sir)\.?$", "", text[o.end : p.start].strip(" ,'’s").strip(), flags=re.I)
                    found = (o.key, role.strip(" ,"), 0.7)
                    break
                # "ORG, whose chief executive, Name,", "Medixa, dont le directeur général, Paul Henry,"
                mw = re.fullmatch(r"\s*,\s*(?:dont|whose)\s+(?:the\s+|le\s+|la\s+|l')?([\w\- ]{2,40}?)\s*,?\s*(?:(?:dr|dre|prof|pr|mr|mrs|ms)\.?\s*)?", between)
                if mw and lx.roles and lx.roles.match(mw.group(1)):
                    found = (o.key, _unfolded(text[o.end : p.start], mw.start(1), mw.end(1)), 0.75)
                    break
                # "the chief executive of ORG, Name", "le directeur général du CHU, le Pr Name"
                if re.fullmatch(r"\s*,\s*(?:(?:the|le|la|l')\s*)?(?:(?:dr|dre|prof|professor|pr|mr|mrs|ms|me)\.?\s*)?", between):
                    window = text[max(sent.start, o.start - 70) : o.start]
                    fw = fold(window)
                    mb = re.search(rf"(?:^|[\s,:«\"“])((?:[\w\-]+\s+){{0,4}}?[\w\-]+)\s+(?:of|at|for|de|du|des|d')\s*(?:the\s+|la\s+|le\s+|les\s+|l')?$", fw)
                    words = mb.group(1).split() if mb else []
                    k = next((k for k in range(len(words)) if lx.roles and lx.roles.match(" ".join(words[k:]))), None)
                    if mb and k is not None and not re.search(r"\b(said|says|added|declare|explique)\b", " ".join(words[k:])):
                        r0 = mb.end(1) - len(" ".join(words[k:]))
                        found = (o.key, _unfolded(window, r0, mb.end(1)), 0.7)
                        break
        if not found:
            # "Sonic Healthcare named Paul Jones its new chief financial officer", "X has appointed Dr. Y as chief digital officer",
            # "le CHU a nommé X au poste de directeur": the organisation that appoints employs
            before = fold(text[max(sent.start, p.start - 80) : p.start])
            ma = re.search(r"(?:has |have |had |a |ont )?(?:appointed|named|hired|recruited|promoted|nomme|nommee|recrute|recrutee|designe|designee)\s+"
                           r"(?:(?:dr|prof|professor|mr|mrs|ms|pr|dre|me)\.?\s+)?$", before)
            mr = re.match(r"\s*,?\s*(?:as\s+(?:its\s+)?(?:new\s+)?|its\s+(?:new\s+)?|comme\s+|au poste de\s+|en tant que\s+)(?:the\s+|le\s+|la\s+)?([\w\- ]{2,50}?)(?=[,.;]|\s+(?:of|at|de|du|replacing|succeeding|remplace|remplacant|succede|from|effective|with)\b|$)",
                          text[p.end : p.end + 80])
            if ma and mr and lx.roles and lx.roles.search(fold(mr.group(1))):
                appointer = [o for o in orgs if o.end <= p.start and o.start >= sent.start and not o.coref] or [o for o in orgs if o.end <= p.start]
                if appointer:
                    found = (appointer[-1].key, mr.group(1).strip(), 0.7)
        if not found:
            # "Kelvra Analytics said its chief executive, Priya Nair, would ...": the organisation the sentence is about
            window = text[max(sent.start, p.start - 60) : p.start]
            fw = fold(window)
            mi = re.search(r"\b(?:its|their|sa|son|leur)\s+([\w\- ]{2,40}?)\s*,\s*(?:(?:dr|dre|prof|pr|mr|mrs|ms)\.?\s*)?$", fw)
            before = [o for o in orgs if o.end <= p.start and not o.coref] \
                or [o for o in orgs if o.coref and o.end <= p.start and o.start == sent.start and len(o.text) <= 5]  # "Son directeur général, X"
            if mi and before and lx.roles and lx.roles.match(mi.group(1)):
                found = (before[0].key, _unfolded(window, mi.start(1), mi.end(1)), 0.6)
        if not found:
            # "said Jane Smith (CEO, Orbis)": the role and the body in brackets after the name
            mp = re.match(r"\s*\(\s*([^,()]{2,40}),\s*([^()]{2,60})\)", text[p.end : p.end + 110])
            if mp and lx.roles and lx.roles.search(fold(mp.group(1))):
                o = next((o for o in orgs if o.start == p.end + mp.start(2)), None)
                if o is not None:
                    found = (o.key, mp.group(1).strip(), 0.75)
        if not found and prev_subject is not None and not any(o.kind == "org" and o.end <= p.start and not _in_quote(sent.text, o.start - sent.start)
                                                               for o in orgs):
            # '"...," said chief executive Tom Hale', "CEO Jane Smith said ...": the role of the body the story has just named,
            # with none named here
            window = text[max(sent.start, p.start - 60) : p.start]
            ms = re.search(r"(?:\b(?:said|says|added|adds|explained|noted|according to)\s+(?:the\s+)?|^\s*)([\w\- ]{2,40}?)\s*,?\s*"
                           r"(?:(?:dr|prof|professor|mr|mrs|ms)\.?\s+)?$", fold(window))
            if ms and lx.roles and lx.roles.match(ms.group(1)) and not re.search(r"\b(?:of|at|for)\b", ms.group(1)):
                found = (prev_subject, _unfolded(window, ms.start(1), ms.end(1)), 0.55)
        if not found and prev_subject is not None and not any(o.kind == "org" and not _in_quote(sent.text, o.start - sent.start) for o in orgs):
            # 'explique le Pr X, chef du service d'urologie.': the head of a unit of the hospital the story is about
            mu = re.match(r"\s*,\s*(?:the\s+|le\s+|la\s+)?((?:head|chief|director|chair|directeur|directrice|chef|cheffe|responsable)\s+(?:of\s+the|du|de\s+l'|de\s+la)\s+"
                          r"(?:department|unit|service|division|unite|departement|pole|clinique)\b[^,.;]{0,40})", fold(text[p.end : p.end + 90]))
            if mu:
                found = (prev_subject, _unfolded(text[p.end : p.end + 90], mu.start(1), mu.end(1)).strip(), 0.55)
        if found:
            role = _DEGREES.sub("", found[1]) if found[1] else found[1]  # "Maria Chen, MD, chief medical officer"
            out.append(RoleDraft(p.key, found[0], role, ev, found[2]))
        else:
            m = re.match(r"^\s*,\s*(?:the\s+|la\s+|le\s+)?([\w&\- ]{2,60}?)(?=,|\s+(?:said|says|added|explains|a|dit|explique)\b)", text[p.end : p.end + 80])
            if m and lx.roles and lx.roles.match(fold(m.group(1))):
                out.append(RoleDraft(p.key, None, m.group(1).strip(), ev, 0.6))
    return out
