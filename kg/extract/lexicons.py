"""Per-language extraction knowledge, compiled from the data files once.

>>> lx = lexicon("fr")
>>> lx.name_type("CHU de Nantes")
('UniversityHospital', 'chu')
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from ..lexicon import load, load_lang

__all__ = ["Lexicon", "lexicon", "fold", "phrase_regex", "LANGUAGES"]

LANGUAGES = ("en", "fr")


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower case without accents, typographic quotes unified.

    >>> fold("Hôpital d’Instruction")
    "hopital d'instruction"
    """
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def phrase_regex(phrases: list[str], adverbs: list[str] | None = None) -> re.Pattern[str]:
    """One regex matching any phrase on word boundaries (``*`` = any word ending, ``…`` = up to three words, ``……`` = up to
    six, for a name between: "coordonné par …… avec"); with
    ``adverbs``, one of them may stand between two words of a phrase ("travaille déjà avec", "works closely with")."""
    gap = r"\s+(?:(?:" + "|".join(re.escape(fold(a)) for a in adverbs) + r")\s+)?" if adverbs else None
    parts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        esc = re.escape(fold(p)).replace(r"\*", r"[\w'-]*").replace(r"\ \.\.\.\.\.\.\ ", r"\s+(?:[\w'\-€$£.,]+\s+){0,6}?") \
            .replace(r"\ \.\.\.\ ", r"\s+(?:[\w'\-€$£.,]+\s+){0,3}?")  # (fold writes "…" as "...")
        if gap:
            esc = esc.replace(r"\ ", gap)
        parts.append(esc)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


_LINK = re.compile(r" (?:of|de|du|des|d'|for|pour) ?")


@dataclass(frozen=True)
class Trigger:
    kind: str
    strength: int
    regex: re.Pattern[str]
    not_before: re.Pattern[str] | None = None  # words after the trigger that make it another phrase ("joined the board")
    coordinated: bool = False  # counts only after two or more names joined as its subject ("A and B opened ...")


@dataclass(frozen=True)
class RelationLex:
    name: str  # the hckg property
    regex: re.Pattern[str]
    direction: str
    by_marks_subject: bool
    passive_backward: re.Pattern[str] | None
    object_types: tuple[str, ...]
    not_before: re.Pattern[str] | None = None  # words after a trigger that make it another phrase ("join forces")


@dataclass
class Lexicon:
    """Everything the extractor knows about one language (plus shared name cues)."""

    lang: str
    cues: list[tuple[str, str, str]] = field(default_factory=list)  # (folded words, type, where)
    descriptors: dict[str, str] = field(default_factory=dict)  # folded phrase -> type
    non_org: set[str] = field(default_factory=set)
    non_org_heads: set[str] = field(default_factory=set)
    unit_heads: set[str] = field(default_factory=set)  # "Department": after a possessive, a unit of another organisation
    kind_acronyms: set[str] = field(default_factory=set)  # "ONG", "NGO": an acronym of a kind of organisation before its name
    outlet_before: set[str] = field(default_factory=set)
    name_word_refs: set[str] = field(default_factory=set)
    sector_words: set[str] = field(default_factory=set)  # "London AI firm": a trade between a place and a descriptor
    outlet_heads: set[str] = field(default_factory=set)
    collab: list[Trigger] = field(default_factory=list)
    research_context: re.Pattern[str] | None = None
    negation: re.Pattern[str] | None = None
    anaphora: set[str] = field(default_factory=set)
    idioms: "re.Pattern[str] | None" = None  # "signs of recovery", "en accord avec": a trigger word that says no collaboration
    pair_ref: "re.Pattern[str] | None" = None
    pair_any: set[str] = field(default_factory=set)
    aside_preps: set[str] = field(default_factory=set)  # "at X", "dans X": a site, not a party
    aside_nouns: set[str] = field(default_factory=set)  # "with support from X", "au congrès de X": not a party
    aside_verbs: set[str] = field(default_factory=set)  # "extended to X": where a collaboration goes next, not a party
    member_participles: set[str] = field(default_factory=set)  # "A et B, associés à C, ont lancé": lemmas adding parties to a subject
    member_verbs: set[str] = field(default_factory=set)  # "a consortium led by A and including B": lemmas naming a collaboration's parties
    joins: re.Pattern[str] | None = None  # "X is also a party to the agreement": X joins the collaboration just told
    work_nouns: str = "project"  # regex alternation of unnamed pieces of work ("the study", "le projet")
    relations: list[RelationLex] = field(default_factory=list)
    roles: re.Pattern[str] | None = None
    titles: set[str] = field(default_factory=set)
    role_links: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    demonyms: dict[str, str] = field(default_factory=dict)
    demonym_places: set[str] = field(default_factory=set)  # folded places the demonyms name ("rennes")
    compass_regions: set[str] = field(default_factory=set)  # directions that are regions of their own ("l'Ouest")
    descriptor_regex: re.Pattern[str] | None = None
    name_heads: set[str] = field(default_factory=set)  # capitalised nouns that open a name with lowercase words
    lower_heads: list[str] = field(default_factory=list)  # lowercase nouns that open a name before a capitalised part
    name_prefixes: set[str] = field(default_factory=set)  # "Royal", "Groupe": the same organisation with or without
    name_suffixes: set[str] = field(default_factory=set)  # "NHS Trust", "Government": the same organisation with or without
    acronym_cues: set[str] = field(default_factory=set)  # cues that are acronyms ("chu", "ght"): cues only in capitals
    proper_cues: set[str] = field(default_factory=set)  # cues that are names themselves ("European Commission")
    name_adjectives: set[str] = field(default_factory=set)  # lowercase adjectives that go on a name after its head
    area_nouns: set[str] = field(default_factory=set)  # "District" in "Lindqvist and District NHS Trust"
    headline_words: set[str] = field(default_factory=set)  # verbs and words that end a name in a title-case headline
    non_org_openers: set[str] = field(default_factory=set)  # first words of event, prize and programme names
    eponym_before: set[str] = field(default_factory=set)  # "maladie de": the name after is a disease's
    eponym_after: set[str] = field(default_factory=set)  # "'s disease": the name before is a disease's
    corporate_words: set[str] = field(default_factory=set)  # "Systems", "Health": the same company with or without

    # derived once from the fields above, when first asked for (the lexicon is complete by then)
    @functools.cached_property
    def cue_words(self) -> set[str]:
        """Every word of every name cue ("health", "sciences" is not one)."""
        return {w for cue, _t, _w in self.cues for w in cue.split()}

    @functools.cached_property
    def part_of_gap(self) -> re.Pattern[str]:
        """The words between an organisation and the one it is part of: "X, the teaching hospital of Y",
        "X, centre hospitalier universitaire de l'Université Y" (folded text)."""
        heads = sorted({fold(w) for w, t in self.descriptors.items() if t in ("Hospital", "UniversityHospital", "ResearchInstitute", "University")}
                       | self.unit_heads, key=len, reverse=True)
        return re.compile(r",\s*(?:the\s+|le\s+|la\s+|l')?(?:[\w\-]+\s+){0,3}?(?:" + "|".join(re.escape(h) for h in heads)
                          + r")\s+(?:[\w\-]+\s+){0,2}?(?:of the|of|de l'|de la|du|des|d')\s*")

    @functools.cached_property
    def eponym_after_regex(self) -> re.Pattern[str] | None:
        """The words after a name that make it a disease's ("'s disease"), longest first; None when there are none."""
        if not self.eponym_after:
            return None
        return re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in sorted(self.eponym_after, key=len, reverse=True)) + r")\b")

    @functools.cached_property
    def tail_cues(self) -> set[str]:
        """Cues that, in lower case after a name, are part of it ("Cochin hospital")."""
        return {c for c, t, _w in self.cues if t in ("Hospital", "UniversityHospital", "University", "ResearchInstitute", "Foundation", "Association")}

    @functools.cached_property
    def title_words(self) -> set[str]:
        """Titles before a person's name, without their full stop ("dr", "prof")."""
        return {t.rstrip(".") for t in self.titles}

    @functools.cached_property
    def descriptor_alternation(self) -> str:
        """The organisation descriptors as one regex alternation, longest first (empty when there are none)."""
        return "|".join(re.escape(k) for k in sorted(self.descriptors, key=len, reverse=True))

    def name_type(self, name: str) -> tuple[str | None, str | None]:
        """The organisation type a name's own words give, and the cue that gave it.

        The head of a name is before its first "of"/"de" when it has one
        ("University Hospital of Rennes", "Fondation de l'AP-HP"); otherwise
        the longest cue wins, the last one on ties (English names end in
        their head).
        """
        memo = self.__dict__.setdefault("_type_memo", {})
        if name not in memo:
            if len(memo) > 100_000:
                memo.clear()
            memo[name] = self._name_type(name)
        return memo[name]  # type: ignore[no-any-return]

    def _name_type(self, name: str) -> tuple[str | None, str | None]:
        # a short cue that is an acronym ("CHU", "CHI", "GHT") counts only written in capitals: "Kim Chi" is a person
        lowered = [w for w in re.split(r"[\s\-]+", name) if w and not w.isupper() and fold(w) in self.acronym_cues] \
            if any(c.isupper() for c in name) else []  # (a folded key is all lower case: nothing to tell)
        if lowered:
            name = " ".join(w for w in re.split(r"[\s]+", name) if w not in lowered)
        f = " " + re.sub(r"[\s\-]+", " ", fold(name)).strip() + " "
        # a cue that itself spans a "de"/"of" ("centre hospitalier de l'universite") names the head whole
        if "_spanning_cues" not in self.__dict__:
            self.__dict__["_spanning_cues"] = [(cue, typ) for cue, typ, _w in self.cues if _LINK.search(" " + cue + " ")]
        spanning = [(len(cue), typ, cue) for cue, typ in self.__dict__["_spanning_cues"] if f.startswith(" " + cue + " ")]
        if spanning:
            _n, typ, cue = max(spanning)
            return typ, cue
        pair = re.fullmatch(r" (.+?) (?:and|&|et) (.+) ", f)
        if pair and self.is_generic(pair.group(2)):
            first = self.name_type(pair.group(1))
            if first[0] and first[0] != "Company":
                return first  # "... Cancer Hospital and Research Centre": the first head is what the body is (not "Belfast Health and Social Care Trust")
        head = re.split(r" (?:of|de|du|des|d'|for|pour) ", f, maxsplit=1)
        hospital_end = r" (?:hospital|hospitals|medical center|medical centre|clinical centre|clinical center|clinical hospital centre|clinical hospital center) $"
        if re.search(r" university ", f) and (re.search(hospital_end, f) or re.search(hospital_end, head[0] + " ")):
            # "University of Colorado Hospital", "Seoul National University Bundang Hospital": the university's hospital;
            # "University Clinical Centre of Serbia": its head, before the complement
            return "UniversityHospital", "university hospital"
        scopes = [head[0] + " "] if len(head) > 1 else []
        scopes.append(f)
        for scope in scopes:
            best: tuple[int, int, str, str] | None = None
            words = scope.split()
            for cue, typ, where in self.cues:
                pos = scope.find(" " + cue + " ")
                if pos < 0:
                    continue
                if where == "head" and not scope.rstrip().endswith(" " + cue) and scope.strip() != cue:
                    continue
                if where == "prefix" and not scope.lstrip().startswith(cue + " "):
                    continue
                if where == "head" and len(words) == 1:
                    continue  # "Healthcare" alone is not a company name
                cand = (len(cue), pos, typ, cue)
                if best is None or cand[:2] > best[:2]:
                    best = cand
            if best:
                return best[2], best[3]
        return None, None

    def is_generic(self, name: str) -> bool:
        """True when a name is made only of cue words ("University Hospital")."""
        memo = self.__dict__.setdefault("_generic_memo", {})
        if name not in memo:
            memo[name] = self._is_generic(name)
        return bool(memo[name])

    def _is_generic(self, name: str) -> bool:
        f = re.sub(r"[\s\-]+", " ", fold(name)).strip()
        f = re.sub(r"^(the|le|la|les|l') ", "", f)
        if f in self.proper_cues:
            return False  # "European Commission" names one body
        rest = " " + f + " "
        for cue, _typ, where in sorted(self.cues, key=lambda c: -len(c[0])):
            if where == "head":  # a head cue is a cue only at the end: "Digital Health Alliance" is a name
                if rest.endswith(" " + cue + " ") and f.endswith(cue):  # (the name's own end: "Medical Research Institute" is one)
                    rest = rest[: -len(cue) - 1]
            else:
                rest = rest.replace(" " + cue + " ", " ")
        rest = re.sub(r" (of|de|du|des|d'|for|pour|la|le|the|and|et) ", " ", rest)
        return not rest.strip()


def _collect(data: dict, key: str) -> list[str]:
    return [w for w in data.get(key, {}).get("words", [])]


@functools.cache
def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of ``lang``; name cues come from every language."""
    lx = Lexicon(lang=lang)
    for other in LANGUAGES:
        orgs = load_lang(other, "orgs")
        for cue in orgs["cue"]:
            for w in cue["words"]:
                lx.cues.append((re.sub(r"[\s\-]+", " ", fold(w)).strip(), cue["type"], cue.get("where", "any")))

        for typ, words in orgs["descriptors"].items():
            for w in words:
                lx.descriptors.setdefault(fold(w), typ)
        lx.non_org |= {fold(w) for w in _collect(orgs, "non_org")}
        lx.acronym_cues |= {fold(w) for w in _collect(orgs, "acronym_cues")}
        lx.proper_cues |= {re.sub(r"[\s\-]+", " ", fold(w)).strip() for w in _collect(orgs, "not_generic")}
        lx.headline_words |= {fold(w) for w in _collect(orgs, "headline_words")}
        lx.non_org_openers |= {fold(w) for w in _collect(orgs, "non_org_openers")}
        lx.name_prefixes |= {fold(w) for w in _collect(orgs, "name_prefixes")}
        lx.name_suffixes |= {re.sub(r"[\s\-.]+", " ", fold(w)).strip() for w in _collect(orgs, "name_suffixes")}
        lx.non_org_heads |= {fold(w) for w in _collect(orgs, "non_org_heads")}
        lx.unit_heads |= {fold(w) for w in _collect(orgs, "unit_heads")}
        lx.kind_acronyms |= {fold(w) for w in _collect(orgs, "kind_acronyms")}
        lx.outlet_heads |= {fold(w) for w in orgs["outlet_cues"]["heads"]}
        lx.outlet_before |= {fold(w) for w in orgs["outlet_cues"]["before"]}
        lx.eponym_before |= {fold(w) for w in orgs["eponyms"]["before"]}
        lx.eponym_after |= {fold(w) for w in orgs["eponyms"]["after"]}
        lx.corporate_words |= {fold(w) for w in _collect(orgs, "corporate_words")}
        lx.name_word_refs |= {fold(w) for w in _collect(orgs, "name_word_refs")}
        lx.sector_words |= {fold(w) for w in _collect(orgs, "sector_words")}
        # names keep their language in another's text: "the Groupe hospitalier Rennes-Est" in English news
        lx.name_heads |= {fold(w) for w in _collect(orgs, "name_heads")}
        lx.name_adjectives |= {fold(w) for w in _collect(orgs, "name_adjectives")}
        lx.area_nouns |= {fold(w) for w in _collect(orgs, "area_nouns")}
    lx.acronym_cues &= {c for c, _t, _w in lx.cues if " " not in c}  # (only words that are cues)
    own = load_lang(lang, "orgs")
    # but not a head that is a word of this language too ("the Beacon Cancer Centre medical director")
    lx.name_heads -= {fold(w) for w in own.get("shared_words", {}).get("words", [])} - {fold(w) for w in _collect(own, "name_heads")}
    lx.lower_heads = sorted({fold(w) for w in own.get("lower_heads", {}).get("words", [])}, key=len, reverse=True)
    rel = load_lang(lang, "relations")
    adverbs = rel.get("adverbs", {}).get("words", [])
    for c in rel["collaboration"]:
        lx.collab.append(Trigger(c["kind"], int(c["strength"]), phrase_regex(c["triggers"], adverbs),
                                 phrase_regex(c["not_before"]) if c.get("not_before") else None, bool(c.get("coordinated_subjects"))))
    lx.research_context = phrase_regex(rel["research_context"]["words"])
    lx.negation = phrase_regex(rel["negation"]["words"])
    lx.anaphora = {fold(w) for w in rel["anaphora"]["words"]}
    idioms = rel.get("idioms", {}).get("words", [])
    lx.idioms = phrase_regex(idioms) if idioms else None
    pr = rel.get("pair_reference", {})
    if pr:
        lx.pair_any = {fold(w) for w in pr.get("any", [])}
        nouns = lx.pair_any | {fold(w) for w in pr.get("typed", [])}
        lx.pair_ref = re.compile(r"\b(?:" + "|".join(re.escape(fold(d)) for d in sorted(pr["determiners"], key=len, reverse=True)) + r")\s+("
                                 + "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) + r")\b")
    lx.aside_preps = {fold(w) for w in rel["aside"]["prepositions"]}
    lx.aside_nouns = {fold(w) for w in rel["aside"]["nouns"]}
    lx.aside_verbs = {fold(w) for w in rel["aside"].get("verbs", [])}
    lx.member_verbs = {fold(w) for w in rel.get("members", {}).get("verbs", [])}
    lx.member_participles = {fold(w) for w in rel.get("members", {}).get("participles", [])}
    if "joins" in rel:
        # a phrase's closing "à"/"de" is read with the article it merges with ("au projet", "du projet")
        cut = {re.sub(r"\s+(?:a|de)$", "", fold(p)) for p in rel["joins"]["phrases"]}
        phrases = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(cut, key=len, reverse=True))
        refs = "|".join(re.escape(fold(r)) for r in rel["joins"]["references"])
        lx.joins = re.compile(r"\b(?:" + phrases + r")\s+(?:the|this|that|its|their|l'|la|le|ce|cet|cette|au|a\s+la|a\s+l'|a\s+ce|a\s+cette|du|de\s+la|de\s+l'|de\s+ce|de\s+cette)\s*"
                              r"(?:[a-z\-]+\s+){0,2}?(?:" + refs + r")s?\b"
                              + ("|\\b(?:" + "|".join(re.escape(fold(p)).replace(r"\ ", r"\s+") for p in rel["joins"].get("bare", [])) + r")\s*(?=[.;,]|$)"
                                 if rel["joins"].get("bare") else ""))
    work = {fold(w) for w in rel.get("unnamed_work", {}).get("words", [])} or {"project"}
    lx.work_nouns = "|".join(re.escape(w) for w in sorted(work, key=len, reverse=True))
    for name, spec in rel["relation"].items():
        lx.relations.append(
            RelationLex(
                name=spec.get("relation", name),
                regex=phrase_regex(spec["triggers"]),
                direction=spec.get("direction", "forward"),
                by_marks_subject=bool(spec.get("by_marks_subject", False)),
                passive_backward=phrase_regex(spec["passive_backward"]) if spec.get("passive_backward") else None,
                object_types=tuple(spec.get("object_types", ())),
                not_before=phrase_regex(spec["not_before"]) if spec.get("not_before") else None,
            )
        )
    roles = list(rel["roles"]["words"])
    for other in LANGUAGES:  # titles in the other language are common ("CEO" in French news)
        roles += load_lang(other, "relations")["roles"]["words"]
    lx.roles = phrase_regex(roles)
    for other in LANGUAGES:
        lx.titles |= {fold(w) for w in load_lang(other, "relations")["person_titles"]["words"]}
    lx.role_links = {fold(w) for w in rel["role_links"]["words"]}
    places = load("places")
    lx.countries = {fold(w) for w in places["countries"]["names"]}
    compass = {fold(w) for w in places.get("compass", {}).get("words", [])}
    lx.compass_regions = {fold(w) for w in places.get("compass", {}).get("regions", [])}
    # "central europe", "afrique de l'ouest": a country or a continent with a word of direction is a place too
    lx.countries |= {f"{c} {k}" for c in compass for k in list(lx.countries) if " " not in c} | {f"{k} {c}" for c in compass for k in list(lx.countries)}
    lx.demonyms = {fold(k): v for k, v in places["demonyms"].items()}
    lx.demonym_places = {fold(v) for v in lx.demonyms.values()} | {fold(w) for w in places.get("cities", {}).get("names", [])}
    lx.descriptor_regex = phrase_regex(list(lx.descriptors))
    return lx
