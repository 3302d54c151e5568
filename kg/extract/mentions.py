"""Mentions: organisations, people, places, products and projects in one document.

Candidates are capitalised name chunks found in the text, typed by their
own words (cue lexicons), by the words around them ("the start-up X",
"X, a US-based firm") and by spaCy's entity labels; spaCy alone is not
trusted for organisations.  Same-document aliases (acronyms, "Name (Other
Name)", national arms, short forms) and light coreference ("the French
hospital", "cette jeune pousse") are resolved here.
"""

from __future__ import annotations

import functools

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..nlp import dictionary_words
from ..unionfind import UnionFind
from .lexicons import Lexicon, fold

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ["Span", "DocMentions", "find_mentions", "name_key"]

_WORD = re.compile(r"(?<![\w/])[A-Z]/[A-Z](?![\w/])|[^\W_](?:[\w&+.'’\-]*[^\W_])?|&")  # "A/S": a Nordic company form is one word
_ELISION = re.compile(r"^([ldjnsc]|qu)['’](?=\w)", re.I)
_CONNECTORS = {"of", "for", "de", "du", "des", "la", "le", "les", "l'", "d'", "the", "and", "et", "&", "von", "van", "der", "den", "di", "da", "del", "sur", "upon", "y",
               "los", "las", "do", "dos", "das"}  # (Spanish and Portuguese names: "Universidad de los Andes", "Hospital das Clínicas")
_AND = {"and", "et", "&"}
_NAME_PARTICLES = {"los", "las", "do", "dos", "das", "da", "del", "di", "von", "van", "der", "den"}  # capitalised, they open a name: "Los Angeles"
_LEADING = {
    "rival", "rivals", "competitor", "competitors",
    "the", "a", "an", "this", "these", "that", "those", "in", "on", "at", "for", "with", "since", "within", "from", "by",
    "to", "as", "after", "before", "during", "while", "when", "why", "how", "what", "our", "its", "their", "his", "her",
    "all", "both", "each", "every", "some", "through", "via", "thanks", "about", "according", "under", "over", "into",
    "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces", "dans", "depuis", "selon",
    "pour", "avec", "chez", "sur", "par", "en", "au", "aux", "et", "ou", "son", "sa", "ses", "leur", "leurs",
    "notre", "nos", "a", "apres", "avant", "pendant", "lorsque", "quand", "mais", "and", "or", "but", "said", "says",
    "professor", "dr", "prof", "pr", "mr", "mrs", "ms", "m", "mme", "dr.", "dean", "minister",
    "alongside", "together", "meanwhile", "separately", "additionally", "also", "today", "yesterday", "earlier", "however",
    "moreover", "furthermore", "besides", "parallelement", "ensemble", "outre", "hier", "aujourd'hui", "desormais", "enfin",
}
_STRONG_HEADS = {"hospital", "hospitals", "university", "institute", "clinic", "healthcare", "health", "inc", "ltd", "foundation", "society", "association", "group", "centre", "center", "hopital", "universite", "institut", "fondation", "clinique"}
AFFIX_WORDS = r"-(?:based|headquartered|backed|owned|funded|led|born|listed)"  # "Boston-based", "Temasek-backed"
_AFFIX = re.compile(AFFIX_WORDS + "$")
_PROJECT_WORDS = {"project", "projet", "programme", "program", "study", "étude", "etude", "initiative", "trial"}


@functools.cache
def product_cues() -> tuple[str, ...]:
    """Nouns that introduce a product's name, from every language's data file (folded, longest first)."""
    from ..lexicon import load_lang
    from .lexicons import LANGUAGES

    return tuple(sorted({fold(w) for lang in LANGUAGES for w in load_lang(lang, "orgs").get("product_cues", {}).get("words", [])}, key=len, reverse=True))


@functools.cache
def _product_noun_after() -> "re.Pattern[str]":
    """A product noun right after a name, at most two words on and no link word between: "Tempus hospital information system"."""
    cues = "|".join(re.escape(c) for c in product_cues())
    return re.compile(rf"\s+(?:(?!(?:and|or|et|ou|with|to|for|in|at|de|du|des|a)\s)[a-z\-]+\s+){{0,2}}?(?:{cues})\b")


@functools.cache
def _product_cue_regexes() -> tuple["re.Pattern[str]", "re.Pattern[str]", "re.Pattern[str]", "re.Pattern[str]"]:
    from ..lexicon import load_lang
    from .lexicons import LANGUAGES

    cues = "|".join(re.escape(c) for c in product_cues())
    named = r"(?:called|named|dubbed|known as|baptisee?|appelee?|nommee?|denommee?)\s+"
    adjs = "|".join(re.escape(fold(w)) for lang in LANGUAGES for w in load_lang(lang, "orgs").get("product_cues", {}).get("adjectives", [])) or "(?!)"
    return (re.compile(rf"\b(?:{cues})(?:\s+(?:{adjs}))?(?:\s*(?:de|d'|du|of|for)\s*[\w\-']+){{0,2}}\s*,?\s*(?:{named})?$"),
            re.compile(rf"^\s*(?:,\s*)?(?:is|est)\s+(?:a|an|une|un)\s+(?:[\w\-]+\s+){{0,2}}(?:{cues})\b"),
            re.compile(rf"^\s+(?:[a-z][\w\-]*\s+){{0,2}}(?:{cues})\b"),
            # an apposition whose head noun is a product cue: ", the company's discharge-readiness software,", ", its AI software for ..."
            re.compile(rf"^\s*,\s*(?:its|their|the|a|an|son|sa|ses|leur|le|la|l'|une?|[\w\-]+['’]s?)\s+(?:[\w\-'’]+\s+){{0,3}}?(?:{cues})"
                       rf"(?=\s*(?:[,.;)]|$)|\s+(?:for|de|d'|du|pour|that|which|qui|used|developed|designed|to|en)\b)"))


@dataclass
class Span:
    """A mention in the text: [start, end) offsets, kind, key and type."""

    start: int
    end: int
    text: str
    kind: str  # org, person, place, product, project, other
    type: str = ""
    conf: float = 0.5
    key: str = ""
    coref: bool = False
    context_type: str = ""  # the type an apposition or a descriptor gives ("X Health, a health system")


@dataclass
class DocMentions:
    """All mentions of one document, with same-document aliases resolved."""

    spans: list[Span] = field(default_factory=list)
    org_names: dict[str, Counter[str]] = field(default_factory=dict)  # key -> surface forms
    org_type: dict[str, tuple[str, float]] = field(default_factory=dict)
    org_conf: dict[str, float] = field(default_factory=dict)
    org_place: dict[str, str] = field(default_factory=dict)
    names: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, key) -> best name

    def of_kind(self, kind: str) -> list[Span]:
        return [s for s in self.spans if s.kind == kind]


def name_key(name: str) -> str:
    """A key that is equal for trivially different spellings of one name.

    >>> name_key("The AP-HP") == name_key("AP–HP")
    True
    """
    f = fold(name).replace("\u2013", "-").replace("\u2014", "-")
    f = re.sub(r"^(?:(?:the|le|la|les)\s+|l')", "", f.strip())
    f = re.sub(r"['’]s$", "", f)
    f = re.sub(r"[\s\-.,&/+]+", " ", f)
    f = re.sub(r" (?:(?:pty|pvt|private|co|sdn) )?(inc|ltd|llc|plc|corp|corporation|gmbh|ag|sa|sas|sarl|nv|bv|co|limited|bhd)$", "", f.strip())
    return f.strip()


@dataclass
class _Word:
    start: int
    end: int
    text: str
    possessive: bool = False

    @property
    def low(self) -> str:
        return fold(self.text)


def _words(text: str, start: int, end: int) -> list[_Word]:
    out: list[_Word] = []
    for m in _WORD.finditer(text, start, end):
        s, e, w = m.start(), m.end(), m.group()
        em = _ELISION.match(w)
        if em:
            out.append(_Word(s, s + em.end(), w[: em.end()]))
            s += em.end()
            w = w[em.end():]
        poss = False
        if len(w) > 2 and w[-2:] in ("'s", "’s"):
            w = w[:-2]
            e -= 2
            poss = True
        elif w.endswith(".") and len(w) > 1:
            w = w.rstrip(".")
            e = s + len(w)
        elif w[-1:] in ("s", "S") and text[e : e + 2] in ("' ", "’ ") and w[:1].isupper():
            poss = True  # "St Thomas' Hospital": a plural-style possessive with the apostrophe alone
        out.append(_Word(s, e, w, poss))
    return out


def _is_cap(w: str) -> bool:
    if not w:
        return False
    if w[0].isupper():
        return True
    if w[0].isdigit():
        return any(c.isupper() for c in w)
    return any(c.isupper() for c in w[1:]) and w[0].islower() and len(w) > 2  # eHealth, iRhythm


class _Finder:
    def __init__(self, doc: "Doc", text: str, lx: Lexicon, body: tuple[int, int]) -> None:
        self.doc = doc
        self.text = text
        self.lx = lx
        self.body = body
        self.char_tok = {}
        for t in doc:
            self.char_tok[t.idx] = t
        self.ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        self.sent_starts = {s.start_char for s in doc.sents}
        self.based: set[tuple[int, int]] = set()  # "X" of "X-based": a place
        self.dashed: set[tuple[int, int]] = set()  # double names "A – B"
        self._title_lines: dict[int, bool] = {}  # line start -> the line is a title-case headline
        self.field_ands: set[int] = set()  # "and"s inside a public body's list of fields ("Health, Labour and Welfare")

    def _in_place_ent(self, pos: int) -> bool:
        """The model took the word at ``pos`` for (part of) a place."""
        return any(es <= pos < ee and lab in ("GPE", "LOC") for es, ee, lab in self.ents)

    def _is_place_word(self, w: "_Word") -> bool:
        """A country, a place named by an adjective of the lexicon, or a place for the model."""
        return w.low in self.lx.countries or w.low in self.lx.demonym_places or self._in_place_ent(w.start)

    # --- chunking ---------------------------------------------------------

    def gap_ok(self, a: _Word, b: _Word) -> bool:
        gap = self.text[a.end : b.start]
        if a.possessive and gap[:3] in ("'s ", "’s "):
            return gap[3:] == ""
        if a.possessive and gap in ("' ", "’ "):
            return True
        if gap in (". ", ".") and a.low in ("st", "ste", "mt", "ft"):
            return True  # "St. James's Hospital"
        if gap == ". " and re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", a.text) and b.text[:1].isupper() and b.low not in _SENTENCE_OPENERS:
            return True  # "B. Braun", "C. R. Bard", "U.S. Food and Drug Administration": an initial or a dotted short form inside a name
        return gap.strip(" \t\u00a0\u202f") == "" and "\n" not in gap

    def chunks(self) -> list[tuple[int, int]]:
        lo, hi = self.body
        words = _words(self.text, lo, hi)
        out: list[tuple[int, int]] = []
        i, n = 0, len(words)
        while i < n:
            if not _is_cap(words[i].text) or self._headline_break(words[i]):
                i += 1
                continue
            j = i
            while True:
                if words[j].possessive and not self._name_after_possessive(words, j):
                    break
                k = j + 1
                conns: list[int] = []
                # a capitalised particle inside a name is part of it: "Anne Le Goff", "Van Der Berg"
                while k < n and words[k].low in _CONNECTORS and not (words[k].text[:1].isupper() and words[k].low not in ("the", "and", "of", "for"))\
                        and len(conns) < 3 and self.gap_ok(words[k - 1], words[k]):
                    conns.append(k)
                    k += 1
                cw = [words[c].low for c in conns]
                ok = self._conns_ok(cw) or self._enumerated_complement(words, i, j, cw) \
                    or (cw == ["the"] and words[conns[0]].text == "The" and words[j].low in ("fondation", "stiftung", "stichting", "fundacion", "fundacao", "fondazione"))
                # ("Fondation The Ark": an English name after a foreign head)
                if ok and cw and cw[0] in ("of", "de", "du", "from") and j > i and any(
                        es == words[i].start and ee == words[j].end and lab in ("PERSON", "PER") for es, ee, lab in self.ents):
                    ok = False  # "Jean Fontaine of the Caen Cancer Centre": a person, then where they work
                if cw and k < n and re.fullmatch(CURRENCY_CODES, words[k].text):
                    ok = False  # "acquired by Kestrel Group for EUR 40 million": a price, not the rest of a name
                if ok and cw and cw[0] == "of" and k < n and _is_cap(words[k].text):
                    sofar = self.text[words[i].start : words[j].end]
                    rest = self.text[words[k].start : words[self._cap_run(words, k)].end]
                    if self.lx.name_type(sofar)[0] == "Company" and fold(rest) in self.lx.demonym_places | self.lx.countries:
                        ok = False  # "Tessaract Bio of Cambridge, Massachusetts": where the company is, not its name
                    elif words[j].low in ("division", "directorate", "branch") and self.lx.name_type(rest)[0] and not self.lx.is_generic(rest):
                        ok = False  # "HSC Research and Development Division of the Public Health Agency": a unit, then its body
                if k < n and self.gap_ok(words[k - 1], words[k]) and _is_cap(words[k].text) and ok and self.text[words[k].end : words[k].end + 1] != "$" \
                        and not self._headline_break(words[k]) and not (k == j + 1 and self._headline_break(words[j])):
                    j = k
                    continue
                k = max(self._comma_complements(words, i, j), self._comma_fields(words, i, j), self._fields_before_head(words, i, j))
                if k > j:
                    j = k
                    continue
                k = self._complement_adjectives(words, i, j)
                if k > j:
                    j = k
                    continue
                break
            if j + 2 < n and words[j + 1].low == "at" and words[j].low in ("center", "centre", "university", "hospital", "school", "college", "institute") \
                    and _is_cap(words[j + 2].text) and self.gap_ok(words[j], words[j + 1]) and self.gap_ok(words[j + 1], words[j + 2]):
                end_at = self._cap_run(words, j + 2)
                if re.match(r"\s*\(\s*[A-Z]", self.text[words[end_at].end : words[end_at].end + 4]):
                    j = end_at  # "The University of Texas Health Science Center at Houston (UTHealth Houston)": a name given in full
            j0, j = j, self._extend_lower(words, i, j)
            if j == j0:
                j = self._extend_cue(words, i, j)
            elif _is_cap(words[j].text):
                j = self._complement_adjectives(words, i, j)  # "Caisse nationale de l'Assurance maladie": a qualifier after the complement
            i0, i = i, self._lower_head_start(words, i)
            if i < i0:  # "ministère de la Santé publique": adjectives after the complement of a lowercase head
                j2 = self._complement_adjectives(words, i, j)
                if j2 > j and not (j2 + 1 < len(words) and words[j2 + 1].text.lower() in ("à", "au", "aux", "avec", "pour", "sur")):
                    j = j2  # (not a verb the tagger took for an adjective: "la clinique du Parc adhère à ...")
            for part in self._prepare(words[i : j + 1], words[j + 1 : j + 4]):
                for s, e in self._split_maker(self._split_and(part)):
                    e = max(self._trim_to_org_ent(s, e), self._country_end(s), self._org_ent_to_bracket(s, e), self._mission_tail(s, e),
                            self._lower_to_acronym(s, e))
                    num = re.match(r" (?:\d{1,2}|I{1,3}|IV|V|VI{1,3})\b(?![,.]?\d| ?%)", self.text[e : e + 6])
                    if num and self.lx.name_type(self.text[s:e])[0] == "University":
                        e += num.end()  # "Université Claude-Bernard Lyon 1", "Université Paris 13"
                    out.append((s, e))
            i = j + 1
        return out

    def _split_maker(self, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A product's name and its maker's after a product noun: "le robot Hugo de Medtronic", "la plateforme
        Kelvo d'Orvana" are two names, the product's and the maker's."""
        out: list[tuple[int, int]] = []
        before_rx = _product_cue_regexes()[0]
        for s, e in parts:
            m = re.search(r"\s(?:de|du|d['’]|by|from)\s*(?=[A-ZÀ-Ý])", self.text[s:e])
            if m and " " not in self.text[s : s + m.start()].strip() and before_rx.search(fold(self.text[max(0, s - 40) : s])) \
                    and not self.lx.name_type(self.text[s : s + m.start()])[0] and not self.lx.name_type(self.text[s:e])[0]:
                out += [(s, s + m.start()), (s + m.end(), e)]
            else:
                out.append((s, e))
        return out

    def _country_end(self, s: int) -> int:
        """End of a country name of several words written partly in lower case that starts at ``s``
        ("République démocratique du Congo"), else 0."""
        by_first = _long_countries(self.lx)
        head = fold(self.text[s : s + 60])
        for c in by_first.get(head.split(" ", 1)[0], ()):
            if head.startswith(c) and not head[len(c) : len(c) + 1].isalnum():
                return s + len(c)  # (folding keeps the length of these names)
        return 0

    def _complement_adjectives(self, words: list[_Word], i: int, j: int) -> int:
        """In a French name made of complements, lowercase adjectives after a complement's noun, then the next
        complement: "ministère de la Santé et des Services sociaux du Québec", "de la Protection sociale"."""
        n = len(words)
        if self.lx.lang != "fr" or not any(words[x].low in ("de", "du", "des", "d'") for x in range(i + 1, j)):
            return j
        k = j + 1
        while k < n and k - j <= 2 and words[k].text.islower() and (self._pos(words[k]) == "ADJ" or words[k].low in self.lx.name_adjectives) \
                and words[k].low not in self.lx.demonyms and not self._before_determiner(words, k) \
                and self.gap_ok(words[k - 1], words[k]) and not self._describes_outside(words[k], words[i].start):
            k += 1
        if k == j + 1:
            return j
        if k + 1 < n and words[k].low in ("du", "de", "des", "d'") and _is_cap(words[k + 1].text) and self.gap_ok(words[k - 1], words[k]) \
                and self.gap_ok(words[k], words[k + 1]):
            return k + 1  # and the place or body it belongs to
        if k + 2 < n and words[k].low == "et" and words[k + 1].low in ("de", "du", "des", "d'") and self.gap_ok(words[k - 1], words[k]):
            m = k + 2 if words[k + 2].low not in ("la", "l'") else k + 3
            if m < n and _is_cap(words[m].text) and all(self.gap_ok(words[x - 1], words[x]) for x in range(k + 1, m + 1)):
                return self._cap_run(words, m)  # "ministère de la Santé publique et de la Prévention": a second field of the same name
        return k - 1

    def _describes_outside(self, w: _Word, start: int) -> bool:
        """The tagger attaches the word at ``w`` to a noun before ``start``: no adjective of the name ("Le service ... du
        CHU de Besançon accueille depuis lundi ...": a verb the tagger took for an adjective of "service")."""
        tok = self.char_tok.get(w.start)
        return tok is not None and tok.head.idx < start

    def _before_determiner(self, words: list[_Word], k: int) -> bool:
        """The word at ``k`` is followed by a determiner, so it is a verb, not an adjective of the name before it:
        "le GHT Rouen Cœur de Seine accueille un nouveau membre"."""
        if words[k].low in self.lx.name_adjectives and k + 2 < len(words) and words[k + 1].low == "des" and _is_cap(words[k + 2].text):
            return False  # "la Fondation privée des HUG": "des" opens the complement of a name's adjective
        if self.lx.lang == "fr" and k + 1 < len(words) and words[k + 1].low == "a":
            return False  # "le Réseau hospitalier neuchâtelois a choisi": French "a" is the verb that follows the name
        if self.lx.lang == "fr" and words[k].low in self.lx.name_adjectives and k + 2 < len(words) and words[k + 1].text in ("Le", "La", "Les") \
                and _is_cap(words[k + 2].text) and self.gap_ok(words[k + 1], words[k + 2]):
            return False  # "le Centre hospitalier Le Mans": a capitalised article mid-sentence opens a place's name
        return k + 1 < len(words) and words[k + 1].low in ("un", "une", "des", "le", "la", "les", "l'", "a", "an", "the", "ses", "son", "sa", "leur", "leurs") \
            and self.gap_ok(words[k], words[k + 1])

    def _name_after_possessive(self, words: list[_Word], j: int) -> bool:
        """True when the capitalised words after "X's" end in a name cue of a non-company type, so that
        "Children's Cancer Institute" and "Brigham and Women's Hospital" stay whole while
        "Philips's Azurion platform" stops at the possessive."""
        n = len(words)
        m = j + 1
        if m + 1 < n and words[m].low in ("and", "&") and self.gap_ok(words[j], words[m]):
            m += 1  # "KK Women's and Children's Hospital"
        if m >= n or not _is_cap(words[m].text) or not self.gap_ok(words[m - 1], words[m]):
            return False
        owner = fold(re.sub(r"['’]s?$", "", words[j].text))
        saint = j > 0 and words[j - 1].low in ("st", "saint", "ste", "sainte", "san", "santa", "sao")  # "St. Anne's Medical Center"
        if not saint and (owner in self.lx.countries or owner in self.lx.demonym_places or self._in_place_ent(words[j].start)):
            return False  # "Rwanda's King Faisal Hospital": a place's, not part of the name
        k0 = j
        while k0 > 0 and _is_cap(words[k0 - 1].text) and self.gap_ok(words[k0 - 1], words[k0]) and k0 > j - 3:
            k0 -= 1
        owner_text = re.sub(r"['’]s?$", "", self.text[words[k0].start : words[j].end])
        if owner_text.strip() and re.search(r"(?<![\w'’])" + re.escape(owner_text) + r"(?!['’\w])", self.text):
            return False  # "UTHealth Houston's McGovern Medical School" where UTHealth Houston is named on its own
        if owner_text.strip() and self.lx.name_type(owner_text)[0] and not self.lx.is_generic(owner_text) and len(owner_text.split()) >= 2:
            return False  # "NHS England's AI Diagnostic Fund": the owner is a body by its own name
        first = m
        after_and = words[m - 1].low in ("and", "&")
        while m + 1 < n and m - j < 4 and _is_cap(words[m + 1].text) and self.gap_ok(words[m], words[m + 1]) and (after_and or not words[m].possessive):
            m += 1
        for end in range(m, first - 1, -1):
            typ = self.lx.name_type(self.text[words[first].start : words[end].end])[0]
            if typ and typ != "Company":
                return True
        return False

    def _headline_break(self, w: _Word) -> bool:
        """In a headline in title case, a verb or a function word is not part of a name ("Philips Signs Deal With ...")."""
        if w.low in ("of", "for", "and", "&", "de", "du", "des"):
            return False
        tok = self.char_tok.get(w.start)
        if w.low not in self.lx.headline_words and (tok is None or tok.pos_ not in ("ADP", "PART", "SCONJ", "PRON", "DET")):
            return False
        return self._title_case_line(w.start)

    def _title_case_line(self, pos: int) -> bool:
        """The line around ``pos`` is a headline in title case ("Philips Signs Deal With University Hospital")."""
        a = self.text.rfind("\n", 0, pos) + 1
        if a not in self._title_lines:
            b = self.text.find("\n", pos)
            line = self.text[a : b if b >= 0 else len(self.text)]
            ws = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", line) if len(w) > 3]
            self._title_lines[a] = len(line) < 150 and not line.rstrip().endswith(".") and len(ws) >= 3 and sum(w[0].isupper() for w in ws) >= 0.85 * len(ws) \
                and not re.match(r"\s*(?:[-*•–]|\d{1,2}[.)])\s", line)  # (an item of a list is no headline: "- Lindqvist Diagnostics GmbH, Germany")
        return self._title_lines[a]

    def _adjective(self, w: _Word) -> bool:
        """An adjective, or a past participle used as one ("privée", "spécialisé")."""
        tok = self.char_tok.get(w.start)
        return tok is not None and (tok.pos_ == "ADJ" or (tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm"))
                                    or w.low in self.lx.name_adjectives)

    def _pos(self, w: _Word) -> str:
        tok = self.char_tok.get(w.start)
        return tok.pos_ if tok is not None else ""

    def _extend_lower(self, words: list[_Word], i: int, j: int) -> int:
        """Extend a name opened by a head noun over lowercase adjectives and one complement.

        "Hôpitaux universitaires de Strasbourg", "Agence nationale de la recherche",
        "Alliance pour la santé numérique".
        """
        heads = self.lx.name_heads
        if not heads or not any(words[x].low in heads for x in range(i, j + 1)) or words[j].possessive:
            return j
        n = len(words)
        k = j + 1
        adj = 0
        while k < n and adj < 3 and words[k].text.islower() and self.gap_ok(words[k - 1], words[k]) and not self._before_determiner(words, k) and (
                self._pos(words[k]) == "ADJ" or words[k].low in self.lx.name_adjectives or words[k].low in self.lx.demonyms):
            k += 1
            adj += 1
        # one complement: de / du / des / d' / pour la ... + a capitalised name or a lowercase noun (+ adjective)
        c = k
        conns = []
        while c < n and words[c].low in ("de", "du", "des", "d'", "la", "l'", "le", "les", "pour", "en", "contre") and len(conns) < 3 and self.gap_ok(words[c - 1], words[c]):
            conns.append(words[c].low)
            c += 1
        end = k - 1
        if adj and not conns and k < n and _is_cap(words[k].text) and self.gap_ok(words[k - 1], words[k]):
            return max(j, self._cap_run(words, k))  # "Hôpital européen Georges-Pompidou"
        if conns and c < n and self.gap_ok(words[c - 1], words[c]):
            if _is_cap(words[c].text):
                end = self._cap_run(words, c)  # "Centre hospitalier d'Avignon"
                # and one more place: "Centre hospitalier de l'Université de Montréal"
                d = end + 1
                if d + 1 < n and words[d].low in ("de", "du", "d'") and _is_cap(words[d + 1].text) and not words[end].possessive \
                        and self.gap_ok(words[end], words[d]) and self.gap_ok(words[d], words[d + 1]):
                    end = self._cap_run(words, d + 1)
            elif words[c].text.islower() and self._pos(words[c]) in ("NOUN", "PROPN") \
                    and not (any(_is_cap(words[x].text) for x in range(next(x for x in range(i, j + 1) if words[x].low in heads) + 1, j + 1))
                             and self._written_alone(words[i].start, words[j].end, words[k].text)):
                # (a name with a proper part of its own that the article also writes alone ends there: "l'Institut Pasteur de
                # Madagascar contre la tuberculose" beside "l'Institut Pasteur de Madagascar"; not "Hôpital de Montréal pour enfants")
                end = c
                if c + 1 < n and words[c + 1].text.islower() and self._adjective(words[c + 1]) and self.gap_ok(words[c], words[c + 1]):
                    end = c + 1  # "Fédération de l'hospitalisation privée"
                if end + 2 < n and words[end + 1].low == "en" and words[end + 2].low in ("sante", "santé") and self.gap_ok(words[end], words[end + 1]):
                    end += 2  # "Agence du numérique en santé"
                end = self._second_lower_complement(words, end)
                if end + 2 < n and words[end + 1].low in ("de", "d'", "du") and _is_cap(words[end + 2].text) \
                        and self.gap_ok(words[end], words[end + 1]) and self.gap_ok(words[end + 1], words[end + 2]):
                    town = self._cap_run(words, end + 2)
                    if not self.lx.name_type(self.text[words[end + 2].start : words[town].end])[0]:
                        end = town  # "Faculté de pharmacie de Monastir": the town after the field (not "... de Kestrel Hospital", a body of its own)
                # a place after the complement: "Agence régionale de santé Auvergne-Rhône-Alpes", "... de santé d'Occitanie"
                if end + 2 < n and words[end + 1].text.islower() and "-" in words[end + 1].text and _is_cap(words[end + 2].text) \
                        and self.gap_ok(words[end], words[end + 1]):
                    end += 1  # (a field before it: "Groupement de coopération sanitaire e-santé Pays de la Loire")
                d = end + 1
                if d < n and words[d].low in ("de", "du", "des", "d'") and d + 1 < n and self.gap_ok(words[end], words[d]):
                    d += 1  # ("... de santé des Hauts-de-France")
                    if d + 1 < n and words[d - 1].low == "de" and words[d].low in ("la", "l'") and _is_cap(words[d + 1].text) \
                            and (words[d + 1].low in self.lx.compass_regions or self._is_place_word(words[d + 1])) and self.gap_ok(words[d], words[d + 1]):
                        d += 1  # ("Fédération des cliniques de l'Ouest")
                # (the model's organisation over the whole is as good a sign: "Agence régionale de santé des Pays de la Loire")
                whole = [ee for es, ee, lab in self.ents if lab == "ORG" and es <= words[i].start]
                if d < n and _is_cap(words[d].text) and self.gap_ok(words[d - 1], words[d]) and (
                        "-" in words[d].text or self._is_place_word(words[d]) or words[d].low in self.lx.compass_regions or any(ee >= words[d].end for ee in whole)):
                    end = self._cap_run(words, d)
                    while end + 3 < n and words[end + 1].low == "de" and words[end + 2].low in ("la", "l'") and _is_cap(words[end + 3].text) \
                            and (self._is_place_word(words[end + 3]) or any(ee >= words[end + 3].end for ee in whole)) and self.gap_ok(words[end], words[end + 1]):
                        end = self._cap_run(words, end + 3)  # ("Pays de la Loire", "Provence-Alpes-Côte d'Azur")
        return max(j, end)

    def _written_alone(self, s: int, e: int, next_word: str) -> bool:
        """The name ``text[s:e]`` stands elsewhere in the article without ``next_word`` after it."""
        name = self.text[s:e]
        return any(not self.text[m.end() :].lstrip().startswith(next_word) for m in re.finditer(re.escape(name), self.text) if m.start() != s)

    def _second_lower_complement(self, words: list[_Word], end: int) -> int:
        """A second lowercase complement joined by "et": "Direction du développement et de la coopération suisse",
        "Agence de l'eau et de la biodiversité"; the index of its last word, or ``end``."""
        n = len(words)
        c = end + 1
        if not (c + 1 < n and words[c].low == "et" and words[c + 1].low in ("de", "du", "des", "d'")):
            return end
        c += 2
        if c < n and words[c].low in ("la", "l'", "le", "les"):
            c += 1
        if not (c < n and all(self.gap_ok(a, b) for a, b in zip(words[end:c], words[end + 1 : c + 1]))
                and words[c].text.islower() and self._pos(words[c]) == "NOUN"):
            return end
        if c + 1 < n and words[c + 1].text.islower() and self._adjective(words[c + 1]) and self.gap_ok(words[c], words[c + 1]):
            return c + 1
        return c

    def _extend_cue(self, words: list[_Word], i: int, j: int) -> int:
        """A cue of several words written with lowercase ones, standing alone as a name: "l'Assurance maladie"."""
        for extra in (2, 1):
            if j + extra < len(words) and all(w.text.islower() and self.gap_ok(a, w) for a, w in zip(words[j : j + extra], words[j + 1 : j + 1 + extra])):
                if fold(self.text[words[i].start : words[j + extra].end]) in self._multiword_cues():
                    return j + extra
        return j

    def _multiword_cues(self) -> set[str]:
        if "_mw" not in self.__dict__:
            self.__dict__["_mw"] = {c for c, _t, _w in self.lx.cues if " " in c and "de" not in c.split() and "of" not in c.split()}
        return self.__dict__["_mw"]  # type: ignore[no-any-return]

    def _cap_run(self, words: list[_Word], k: int) -> int:
        """Index of the last word of the run of capitalised words that starts at ``k``."""
        end = k
        while end + 1 < len(words) and not words[end].possessive:
            if _is_cap(words[end + 1].text) and self.gap_ok(words[end], words[end + 1]):
                end += 1
            elif end + 2 < len(words) and words[end + 1].low == "d'" and _is_cap(words[end + 2].text) and self.lx.lang == "fr" \
                    and ("-" in words[end].text or words[end].low in ("cote", "val")) and self.gap_ok(words[end], words[end + 1]):
                end += 2  # a French place name: "Provence-Alpes-Côte d'Azur", "Val d'Oise"
            else:
                break
        return end

    def _lower_head_start(self, words: list[_Word], i: int) -> int:
        """Move a name's start back over a lowercase head noun: "l'hôpital Morvan", "clinique de la Miséricorde"."""
        if not self.lx.lower_heads or i == 0:
            return i
        k = i
        back = 0
        while k > 0 and back < 2 and words[k - 1].low in ("de", "du", "des", "d'", "la", "l'") and self.gap_ok(words[k - 1], words[k]):
            k -= 1
            back += 1
        for head in self.lx.lower_heads:
            hw = head.split()
            s0 = k - len(hw)
            if s0 >= 0 and [w.low for w in words[s0:k]] == hw and all(w.text.islower() for w in words[s0:k]) and self.gap_ok(words[k - 1], words[k]):
                if s0 > 0 and words[s0 - 1].low not in ("l'", "la", "le", "les", "au", "aux", "du", "de", "des", "d'", "a", "un", "une", "sa", "son", "ses", "leur", "cette", "ce", "dont", "et", "ou", "par", "pour", "avec", "chez", "dans", "sur", "vers"):
                    return i  # "l'excellence clinique de l'Institut Curie": an adjective
                if len(hw) >= 2 and s0 > 0 and words[s0 - 1].low in ("un", "une"):
                    return i  # "une clinique privée de Saint-Herblain": a description, not a name
                return s0
        # one adjective of a name between a one-word head and its complement, after a definite article: "la clinique mutualiste de l'Estuaire"
        if back and k >= 3 and words[k - 1].text.islower() and words[k - 1].low in self.lx.name_adjectives and not words[k - 1].low.endswith(("s", "x")) \
                and words[k - 2].low in self.lx.lower_heads and words[k - 2].text.islower() and words[k - 3].low in ("la", "le", "l'") \
                and self.gap_ok(words[k - 2], words[k - 1]) and self.gap_ok(words[k - 1], words[k]):
            return k - 2
        return i

    def _enumerated_complement(self, words: list[_Word], i: int, j: int, conns: list[str]) -> bool:
        """ "et de la" / "et des" going on with a complement the name already has: "Fondation X des Sciences
        et de la Santé", "ministère de la Santé et de la Prévention" (the name is in a complement when a
        de-connector came inside it or just before it, after a lowercase head noun)."""
        if len(conns) < 2 or conns[0] != "et" or conns[1] not in ("de", "du", "des", "d'") or (len(conns) == 3 and conns[2] not in ("la", "l'", "le", "les")):
            return False
        if any(words[x].low in ("de", "du", "des", "d'") for x in range(i + 1, j + 1)):
            return True
        return self._lower_head_start(words, i) < i

    _COMMA_COMPLEMENTS = re.compile(
        r"(?:,\s+(?:de la|de l['’]|du|des|de|d['’])\s*[A-ZÀ-Ý][\w\-’']*(?:\s+[A-ZÀ-Ý][\w\-’']*)*(?:\s+[a-zà-ÿ][\w\-]*){0,2})+"
        r"\s+et\s+(?:de la|de l['’]|du|des|de|d['’])\s*(?=[A-ZÀ-Ý])")

    def _comma_complements(self, words: list[_Word], i: int, j: int) -> int:
        """Index of the last word of complements enumerated with commas inside a name, or ``j``:
        "ministère de l'Économie, de l'Innovation et de l'Énergie du Québec"."""
        if not (any(words[x].low in ("de", "du", "des", "d'") for x in range(i + 1, j + 1)) or self._lower_head_start(words, i) < i):
            return j
        m = self._COMMA_COMPLEMENTS.match(self.text, words[j].end)
        if not m:
            return j
        k = next((x for x in range(j + 1, len(words)) if words[x].start >= m.end()), None)
        if k is None or not _is_cap(words[k].text) or "\n" in self.text[words[j].end : m.end()]:
            return j
        end = self._cap_run(words, k)
        for w in words[j + 1 : k]:
            if _is_cap(w.text) and self._is_place_word(w) and (w.low in self.lx.countries or w.text.lower() not in dictionary_words(self.lx.lang)):
                return j  # "les hôpitaux de Nantes, de Rennes et de Brest": places, each its own (the model takes "Hygiène" for one)
            if w.text.islower() and w.low not in ("de", "la", "l'", "du", "des", "d'", "et") and not self._adjective(w):
                return j  # only adjectives go with a complement: "de l'Hygiène publique"
        return end

    _COMMA_FIELDS = re.compile(r"(?:\s+[a-zà-ÿ]+(?=,))?(?:,\s+[A-ZÀ-Ý][\w’'\-]*(?:\s+[a-zà-ÿ][\w\-]*)?)+\s+(?:and|et)\s+(?=[A-ZÀ-Ý])")

    def _comma_fields(self, words: list[_Word], i: int, j: int) -> int:
        """Index of the last field of a public body's name that lists its fields with commas, or ``j``:
        "Ministry of Health, Labour and Welfare", "ministère de la Santé publique, Hygiène et Prévoyance
        sociale". Each field is one common word the model's dictionary knows and no country, so that "the
        Ministry of Health, Pfizer and BioNTech" stays three names."""
        s = self._lower_head_start(words, i)
        if self.lx.name_type(self.text[words[s].start : words[j].end])[0] != "PublicBody":
            return j
        m = self._COMMA_FIELDS.match(self.text, words[j].end)
        if not m or "\n" in m.group():
            return j
        k = next((x for x in range(j + 1, len(words)) if words[x].start >= m.end()), None)
        if k is None:
            return j
        if words[j + 1].text.islower() and not self._adjective(words[j + 1]):
            return j
        if not all(self._field_word(w) for w in words[j + 1 : k + 1] if _is_cap(w.text)):
            return j
        self.field_ands |= {w.start for w in words[j + 1 : k] if w.low in _AND}  # (not to be split again)
        return k

    def _field_word(self, w: _Word) -> bool:
        """A word that names a field in a public body's name: a common word the model's dictionary knows and no
        place (the model's places are not asked: it takes "Hygiène" for one)."""
        return w.text.lower() in dictionary_words(self.lx.lang) and w.low not in self.lx.countries and w.low not in self.lx.demonym_places

    def _fields_before_head(self, words: list[_Word], i: int, j: int) -> int:
        """Index of the last word of a body's name whose fields come first, listed with commas, before
        its head: "National Research, Development and Innovation Office", "Federal Science, Technology and
        Innovation Agency"; else ``j``. Every word before the head is a common word the model's dictionary
        knows, and the last run ends in a public body's or institute's cue (not a company's), so that
        "Philips, Siemens and GE HealthCare" stay three names."""
        m = self._COMMA_FIELDS.match(self.text, words[j].end)
        if not m or "\n" in m.group() or not all(_is_cap(w.text) for w in words[i : j + 1]) or j - i > 2:
            return j
        k = next((x for x in range(j + 1, len(words)) if words[x].start >= m.end()), None)
        if k is None:
            return j
        end = self._cap_run(words, k)
        head_type = self.lx.name_type(self.text[words[k].start : words[end].end])[0]
        if head_type not in ("PublicBody", "ResearchInstitute", "Foundation", "Association") \
                or self.lx.name_type(self.text[words[i].start : words[j].end])[0]:
            return j
        first = i + 1 if j > i and (words[i].low in self.lx.countries or words[i].low in self.lx.demonyms) else i  # ("Qatar Research, Development and ...")
        if not all(self._field_word(w) and not w.possessive for w in words[first:end] if not (w.low in _AND or not _is_cap(w.text) and w.low in _CONNECTORS)):
            return j
        self.field_ands |= {w.start for w in words[j + 1 : end] if w.low in _AND}
        return end

    @staticmethod
    def _conns_ok(conns: list[str]) -> bool:
        if not conns:
            return True
        if len(conns) > 2:
            return False
        if len(conns) == 2:
            return conns[0] in ("of", "de", "pour", "for", "du", "des") and conns[1] in ("the", "la", "le", "les", "l'", "los", "las")
        return conns[0] not in ("the", "la", "le", "les")

    def _prepare(self, ws: list[_Word], following: list[_Word]) -> list[list[_Word]]:
        """Clean one raw chunk: drop headlines in capitals, role words, titles; extend lowercase heads."""
        letters = [w for w in ws if sum(c.isalpha() for c in w.text) >= 2 or re.match(r"\s+[\u2013\u2014-]\s", self.text[ws[-1].end : ws[-1].end + 3])]
        # (an elided article is no word of a headline in capitals: "L’UNICEF fournira ...")
        if len(letters) >= 2 and all(w.text.isupper() for w in letters) and any(w.low in _LEADING or len(w.text) > 5 for w in letters):
            return []
        if len(ws) >= 3 and re.fullmatch(r"(?:[ldjnsc]|qu)['’]", ws[0].text, re.I) and ws[1].text.isupper() and ws[1].low in self.lx.kind_acronyms:
            ws = ws[1:]  # ("L’ONG Alima" opening a sentence)
        while len(ws) >= 2 and ws[0].text.isupper() and ws[0].low in self.lx.kind_acronyms:
            ws = ws[1:]  # "l'ONG Alima"
        titles = self.lx.title_words
        prev_word = re.search(r"([\w\-]+)\s+$", self.text[max(0, ws[0].start - 30) : ws[0].start]) if ws else None
        role_before = bool(prev_word and self.lx.roles and prev_word.group(1).islower() and self.lx.roles.fullmatch(fold(prev_word.group(1))))
        if len(ws) >= 3 and role_before and any(w.low in ("of", "at", "from", "de", "du") for w in ws[2:-1]):
            # "neurologist Pablo Lavados of Clínica Alemana": the person, then the organisation
            c = next(k for k in range(2, len(ws) - 1) if ws[k].low in ("of", "at", "from", "de", "du"))
            return [ws[:c]] + self._prepare(ws[c + 1 :], following)
        if len(ws) >= 4 and ws[0].low.rstrip(".") in titles:
            # "Professor Nguyen Van Kinh of Bach Mai Hospital": a titled person, then the organisation
            c = next((k for k in range(2, len(ws) - 1) if ws[k].low in ("of", "at", "from", "de", "du", "des", "d'")), None)
            if c is not None:
                return [ws[:c]] + self._prepare(ws[c + 1 :], following)
        # "President of X", "R&D Director at X": the role is not part of the name
        roles = self.lx.roles
        k = 0
        while k < len(ws) and (roles.fullmatch(ws[k].low) or ws[k].low in ("r&d", "it", "general", "senior", "executive", "deputy", "vice", "managing", "chief", "medical", "technical", "commercial", "scientific")
                               or (k > 0 and ws[k].low in ("and", "&", "et") and k + 1 < len(ws) and roles.fullmatch(ws[k + 1].low))) if roles else False:
            # ("President and CEO of KUMC": two roles, then the organisation)
            k += 1
        if k == len(ws) and any(roles.fullmatch(w.low) for w in ws):  # type: ignore[union-attr]
            return []
        if 0 < k < len(ws) and any(roles.fullmatch(w.low) for w in ws[:k]) \
                and not (_is_cap(ws[k].text) and self.lx.is_generic(ws[k].text)):  # type: ignore[union-attr]  # "Chief Scientist Office (of ...)" is a name
            ws = ws[k:]
            while ws and ws[0].low in _CONNECTORS:
                ws = ws[1:]
            c = next((x for x in range(2, min(4, len(ws) - 1)) if ws[x].low in ("of", "at", "de", "du")), None)
            if c is not None and not self.lx.name_type(self.text[ws[0].start : ws[c - 1].end])[0] and all(_is_cap(w.text) for w in ws[:c]):
                # "Superintendent Chen Wei-ming of Harbour General Hospital": the person, then the organisation
                return [ws[:c]] + self._prepare(ws[c + 1 :], following)
        # a title inside a chunk starts a person name: "Underlines Professor Revel"; a role acronym ends the
        # organisation before it: "Kelvra Analytics CEO Priya Nair"
        for k in range(1, len(ws) - 1):
            if ws[k].low in _ROLE_ACRONYMS and ws[k].text.isupper():
                return self._prepare(ws[:k], []) + self._prepare(ws[k + 1 :], following)
        for k in range(1, len(ws) - 2):  # "Health Minister Joseph Okafor": a title of office, then the person
            if roles and roles.fullmatch(ws[k].low) and self._ent_is(ws[k + 1 :], "PERSON") and not self.lx.name_type(self.text[ws[0].start : ws[k].end])[0]:
                return [ws[k + 1 :]]
        for k in range(1, len(ws) - 1):  # a title ending a chunk is part of a name: "Hello Doctor"
            if ws[k].low.rstrip(".") in titles and not any(lab == "ORG" and es < ws[0].start and ee >= ws[k + 1].end
                                                           and fold(self.text[es : ws[0].start]) in ("the ", "le ", "la ") for es, ee, lab in self.ents):
                # (not inside the model's organisation: "the Royal Flying Doctor Service")
                return self._prepare(ws[:k], []) + [ws[k + 1 :]] if k + 1 < len(ws) else self._prepare(ws[:k], [])
        # lowercase head cue after the name: "Cochin hospital"
        if ws and following and ws[-1].low not in self.lx.demonyms and not ws[-1].possessive and self.gap_ok(ws[-1], following[0]) \
                and not self._descriptive(ws) and not (len(ws) == 1 and (self._is_place_word(ws[0]) or ws[0].low in self.dateline_words)):  # (not "Luz Vida's network": what it owns; not "Bogotá hospital")
            tail: list[_Word] = []
            for w in following[:3]:
                tail.append(w)
                phrase = " ".join(x.low for x in tail)
                if w.text.islower() and len(phrase) >= 5 and not (phrase.endswith("s") and not phrase.endswith(("ss", "us"))) \
                        and phrase in self.lx.tail_cues:
                    ws = ws + tail
                    break
        return [ws] if ws else []

    _NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fifteen", "twenty",
                "dozens", "several", "many", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "quinze",
                "vingt", "plusieurs"}

    def _descriptive(self, ws: list[_Word]) -> bool:
        """'the Ohio hospital', 'Canadian AI institute', 'Two Texas health systems': a description, not a name."""
        while ws and (ws[0].low in _LEADING or self._initial_common(ws[0])):
            ws = ws[1:]
        if not ws:
            return False
        s0 = ws[0].start
        before = fold(self.text[max(0, s0 - 12) : s0])
        if re.search(r"\b(?:the|a|an|this|that|its|their|our|le|la|les|un|une|ce|cette)\s+$", before) and len(ws) <= 2:
            return True
        for w in ws:
            if w.low in self.lx.demonyms or w.low in self.lx.countries or w.low in self._NUMBERS or w.low in self.lx.non_org:
                continue
            if w.text.isupper() and len(w.text) <= 4:
                continue
            if any(es <= w.start and w.end <= ee and lab in ("GPE", "NORP", "LOC") for es, ee, lab in self.ents):
                continue
            if fold(w.text) in self.place_words:
                continue  # a place elsewhere in the article: "São Paulo hospital chooses Philips"
            return False
        return True

    @functools.cached_property
    def dateline_words(self) -> set[str]:
        """Words of the places that open a line as a dateline ("BOGOTÁ —", "*Manila, 3 February 2026* —")."""
        out: set[str] = set()
        for m in re.finditer(r"^[ \t*_]*([A-ZÀ-Ý][\w'’\-]+(?:[ \t]+[A-ZÀ-Ý][\w'’\-]+){0,2})[*_]*[ \t]*(?:[—–]|--?\s|,\s*(?:le\s+)?\d|,\s*[A-Z][a-z]+\.?\s+\d)",
                             self.text, re.M):
            out |= {fold(w) for w in m.group(1).split()}
        for m in self._PLACES_DATELINE.finditer(self.text):
            out |= {fold(w) for w in re.split(r"[\s/&]+", m.group(1)) if w and w not in ("and", "et")}
        return out

    # "*Press release — Erlangen / Vilnius, 15 September 2026*": a line of places, maybe after a label, then the date
    _PLACES_DATELINE = re.compile(r"^[ \t*_]*(?:[^\n]{0,40}?\s[—–]\s+)?([A-ZÀ-Ý][\w'’\-]+(?:[ \t]*(?:/|&|\band\b|\bet\b)?[ \t]*[A-ZÀ-Ý][\w'’\-]+){0,4})"
                                  r"[*_]*[ \t]*,[ \t]*(?:le[ \t]+)?\d{1,2}(?:er)?[ \t]+[A-Za-zéû]+\.?[ \t]+\d{4}[*_ \t]*$", re.M)

    @property
    def place_words(self) -> set[str]:
        """Words of the places the model found anywhere in the document."""
        if not hasattr(self, "_place_words"):
            self._place_words = {fold(w) for es, ee, lab in self.ents if lab in ("GPE", "LOC") for w in self.text[es:ee].split()}
        return self._place_words

    _MISSION = re.compile(r"\s+to\s+(?:Fight|End|Prevent|Stop|Eradicate|Beat|Defeat|Cure|Combat|Eliminate)\s+[A-Z][\w\-]*(?:,\s+[A-Z][\w\-]*)*,?\s+and\s+[A-Z][\w\-]*"
                          r"|(?:\s+de\s+lutte)?\s+contre\s+(?:le|la|les|l['’])\s*[a-zà-ÿ\-]+(?:,\s+(?:le|la|les|l['’])\s*[a-zà-ÿ\-]+)*\s+et\s+(?:le|la|les|l['’])\s*[a-zà-ÿ\-]+")

    _MISSION_ONE = re.compile(r"\s+contre\s+(?:le|la|les|l['’])\s*[a-zà-ÿ\-]+")

    def _mission_tail(self, s: int, e: int) -> int:
        """End of a fund's or an alliance's name that goes on with the diseases it fights ("Global Fund to Fight AIDS,
        Tuberculosis and Malaria", "Fonds mondial de lutte contre le sida, la tuberculose et le paludisme"), else 0."""
        m = self._MISSION.match(self.text, e)
        if m is None and fold(self.text[s:e]).split()[-1:] == ["lutte"]:
            m = self._MISSION_ONE.match(self.text, e)  # "ministère de la Santé publique et de la Lutte contre le sida": one disease
        if m and (self.lx.name_type(self.text[s:e])[0] or fold(self.text[s:e]).split()[0] in self.lx.name_heads):
            return m.end()
        return 0

    def _lower_to_acronym(self, s: int, e: int) -> int:
        """End of a name that goes on in lower case up to its acronym in brackets, the acronym taking initials of the words
        after ``e`` ("Institut de recherche contre les cancers de l'appareil digestif (Ircad)"), else 0."""
        m = re.match(r"((?:\s+(?:[ld]['’])?[a-zà-ÿ][\w\-]*){1,8}?)\s*\(\s*([A-Z][A-Za-z0-9\-]{2,8})\s*\)", self.text[e : e + 120])
        if m and "\n" not in m.group(1) and not re.search(r"\b(?:and|et|or|ou|qui|which|who|with|avec|a|est|is|was|has|have|will)\b", m.group(1)) \
                and acronym_of(m.group(2), self.text[s : e + m.end(1)]) and not acronym_of(m.group(2), self.text[s:e]):
            return e + m.end(1)
        return 0

    def _org_ent_to_bracket(self, s: int, e: int) -> int:
        """End of the model's organisation that starts with the name and goes on in lower case up to a short
        form in brackets ("Fonds des Nations unies pour l'enfance (Unicef)"), else 0."""
        for es, ee, lab in self.ents:
            if lab == "ORG" and es == s and ee > e and re.match(r"\s*\(\s*[A-ZÀ-Ý]", self.text[ee : ee + 4]):
                rest = self.text[e:ee]
                if rest.strip() == rest.strip().lower() and len(rest.split()) <= 5 and not re.search(r"[,;:]|\b(?:and|et|or|ou)\b", rest):
                    return ee
        return 0

    def _trim_to_org_ent(self, s: int, e: int) -> int:
        """End of the name when spaCy's ORG entity stops before extra non-cue words."""
        if self._product_context(s, e):
            return e  # "Lunit INSIGHT MMG, its AI software for mammography": a product named after its maker
        if re.match(r"\s*\(\s*[A-Z]", self.text[e : e + 4]) or (self.text[s - 1 : s] == "(" and self.text[e : e + 1] == ")"):
            return e  # a name given in full before its short form, or the short form in brackets: "(UTHealth Houston)"
        for es, ee, lab in self.ents:
            if lab == "ORG" and es <= s + 4 and s < ee < e and ee - s > 2 and not self.lx.is_generic(self.text[es:ee]) \
                    and self.text[ee : ee + 1].isspace():  # never inside a word: "AMR-WATCH"
                rest = self.text[ee:e]
                last = fold(rest.split()[-1]) if rest.split() else ""
                if fold(rest.strip()) in self.lx.countries:
                    continue  # a national arm or a national body: "Innovate UK", "Microsoft Taiwan"
                if self.lx.lang == "fr" and self.lx.name_type(self.text[s:ee])[0] and any(
                        ps == ee + len(rest) - len(rest.lstrip()) and pe == e and pl in ("LOC", "GPE") for ps, pe, pl in self.ents):
                    continue  # a regional body's region: "Groupement de coopération sanitaire e-santé Pays de la Loire"
                if self.lx.lang == "fr" and rest.strip() and rest.strip().islower() and len(rest.split()) <= 2:
                    continue  # an adjective the name goes on with: "ministère de l'Industrie pharmaceutique"
                if not self.lx.name_type(rest)[0] and not re.match(r"^\s*,?\s*(and|et|y|&|of|for|de|du|des|d['’]|contre)\s", rest) and last not in self.lx.non_org_heads:
                    return ee
        return e

    def _split_and(self, ws: list[_Word]) -> list[tuple[int, int]]:
        # trim leading common words (sentence-initial capitals, determiners)
        titles = self.lx.title_words
        # a title opening a name with a type cue stays: "Sir Charles Gairdner Hospital", "Dr. Behcet Uz Children's Hospital"
        named_after = len(ws) >= 3 and self._ends_in_type_cue(self.text[ws[1].start : ws[-1].end])
        # "Partners In Health", "Médecins Sans Frontières": a title-case name with its small words keeps its first word
        keep_first = len(ws) >= 3 and ws[1].text in ("In", "For", "Without", "Sans", "Against", "Beyond") and _is_cap(ws[2].text) and _is_cap(ws[0].text)
        while ws and not keep_first and (ws[0].low in _LEADING or (ws[0].low in _CONNECTORS and not (ws[0].low in _NAME_PARTICLES and _is_cap(ws[0].text)))
                      or (ws[0].low.rstrip(".") in titles and not named_after)
                      or (self._initial_common(ws[0]) and not (len(ws) >= 2 and _is_cap(ws[1].text) and self.lx.is_generic(self.text[ws[1].start : ws[-1].end])))
                      or re.fullmatch(r"\w['’]", ws[0].text)):  # "Rakuten Medical" keeps its first word
            ws = ws[1:]
        # "Boston-based", "Temasek-backed": the prefix is a place or an organisation of its own
        for k, w in enumerate(ws):
            m = _AFFIX.search(w.low)
            if m:
                j = k
                if m.group().endswith(("based", "headquartered")):  # "Tel Aviv-based", "Cape Town-based": a place of up to three words
                    while j > 0 and k - j < 2 and _is_cap(ws[j - 1].text) and not ws[j - 1].possessive \
                            and ws[j - 1].low not in _CONNECTORS and ws[j - 1].low not in _AND and ws[j - 1].low not in _LEADING \
                            and not self.lx.name_type(ws[j - 1].text)[0]:
                        j -= 1
                else:  # "Asian Development Bank-funded": the backer's whole name
                    while j > 0 and ws[j - 1].low not in _AND and ws[j - 1].low not in _LEADING and not ws[j - 1].possessive:
                        j -= 1
                out = [(ws[j].start, w.end - len(m.group()))]
                if m.group().endswith(("based", "headquartered")):
                    self.based.add(out[0])
                return ([] if j == 0 else self._split_and(ws[:j])) + out + self._split_and(ws[k + 1 :])
        while ws and ws[-1].low in _CONNECTORS:
            ws = ws[:-1]
        if not ws:
            return []
        idx = [k for k, w in enumerate(ws) if w.low in _AND and w.start not in self.field_ands]
        if ws[-1].low in self.lx.non_org_heads:
            idx = []  # "Shanghai & Maryland Symposium" is one event name
        whole = self.text[ws[0].start : ws[-1].end]
        if idx and len(ws) <= 4 and any(self._ends_in_type_cue(m.group()) for m in re.finditer(
                r"(?<![\w-])" + re.escape(whole) + r"(?: [A-ZÀ-Ý][\w\-]*){1,4}", self.text)):
            return [(ws[0].start, ws[-1].end)]  # "Cardiff and Vale health board" where "Cardiff and Vale University Health Board" is named
        for k in idx:
            left, right = ws[:k], ws[k + 1 :]
            if not left or not right:
                continue
            left_txt = self.text[left[0].start : left[-1].end]
            right_txt = self.text[right[0].start : right[-1].end]
            if ws[k].low in ("and", "&") and len(left) == 1 and _is_cap(left[0].text) and len(right) >= 2 and right[0].low in self.lx.area_nouns \
                    and self._ends_in_type_cue(self._first_name(right)):
                continue  # "Lindqvist and District NHS Trust": a place and its area name one body
            if len(left) == 1 and len(right) == 1 and ws[k].low in ("and", "et", "&") and self.descriptor_before(ws[0].start) \
                    and any(es == ws[0].start and ee == ws[-1].end and lab in ("ORG", "MISC") for es, ee, lab in self.ents) \
                    and not self._standalone(left_txt) and not self._standalone(right_txt):
                continue  # "l'association de patients Cœur et Vie": a described name the model reads as one
            country_first = len(left) == 2 and (fold(left[0].text).replace(".", "") in self.lx.countries or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", left[0].text))
            if ws[k].low in ("and", "&") and (len(left) == 1 or country_first) and left[-1].text.lower() in dictionary_words(self.lx.lang) \
                    and not left[-1].possessive \
                    and any(es <= left[0].start and ee >= right[min(1, len(right) - 1)].end and lab == "ORG" for es, ee, lab in self.ents) \
                    and not self._standalone(right_txt):
                continue  # "Health and Care Research Wales": a common word alone names nobody; the model reads one body
            if ws[k].low in ("and", "&") and len(left) == 1 and len(right) >= 3 \
                    and (any(es == left[0].start and lab in ("GPE", "LOC") for es, _ee, lab in self.ents) or fold(left_txt) in self.lx.demonym_places) \
                    and fold(left_txt) not in self.lx.countries \
                    and not re.search(r"\b(?:in|at|from|near|en|à|a|de)\s+$", self.text[max(0, left[0].start - 8) : left[0].start]) \
                    and _is_cap(right[0].text) and right[0].low not in self.lx.cue_words and len(self._first_name(right).split()) >= 3 \
                    and self._ends_in_type_cue(self._first_name(right)) and not self._standalone(self._first_name(right)):
                continue  # "Cardiff and Vale University Health Board": a town alone is no party; two places name one body
            if ws[k].low == "et" and len(right) == 2 and right[0].low in ("de", "d'") and _is_cap(right[1].text) and len(left) == 3 \
                    and left[0].text.isupper() and self.lx.name_type(left[0].text)[0] and left[1].low in ("de", "d'") \
                    and re.search(r"\b(?:les|des|aux)\s+$", self.text[max(0, ws[0].start - 6) : ws[0].start]):
                return [(left[0].start, left[-1].end), (right[1].start, right[1].end)]  # "les CHU de Lille et de Nancy": two hospitals
            if ws[k].low == "y" and any(w.low in ("de", "del") for w in left[1:]) and len(right) <= 2 and not self.lx.name_type(right_txt)[0]:
                continue  # "Superintendencia de Industria y Comercio": a Spanish name over two fields
            if ws[k].low == "et" and right[0].low in ("de", "du", "des", "d'") and any(w.low in ("de", "du", "des", "d'") for w in left):
                continue  # "ministère de la Santé et de l'Hygiène publique": a second complement, no name of its own
            if ws[k].low in ("and", "&") and len(left) >= 2 and self._field_word(left[-1]) and self._field_word(right[0]) and not self.lx.name_type(right[0].text)[0] \
                    and any(lab == "ORG" and es <= left[0].start and ee >= right[-1].end for es, ee, lab in self.ents) \
                    and self.lx.name_type(self.text[ws[0].start : ws[-1].end])[0] not in (None, "Company", "Startup") \
                    and (any(w.low in ("of", "for") for w in left[1:-1]) or " and " in (self.lx.name_type(self.text[ws[0].start : ws[-1].end])[1] or "")):
                continue  # "Belfast Health and Social Care Trust", "Department of Behavioral Health and Developmental Disabilities": two fields of one body
            if ws[k].low in ("&", "and", "et") and len(right) <= 2 and self.lx.is_generic(right_txt) and self.lx.name_type(left_txt)[0] \
                    and not self._standalone(right_txt) and not right[0].possessive and _is_cap(right[0].text):
                continue  # "Corden Specialist Hospital & Research Centre", "... Hospital and Research Centre": the second part is only type words
            first_head = next((x for x in range(len(left) - 1) if left[x + 1].low in ("of", "for", "de", "du", "des")), None)
            if ws[k].low in ("and", "et") and first_head is not None and first_head <= 1 and len(left) >= 3 \
                    and self.lx.name_type(left[first_head].text)[0] == "PublicBody" \
                    and self.lx.name_type(right_txt)[0] in (None, "Company") and len(right) <= 3 \
                    and all({w.low, re.sub(r"ies$", "y", w.low), re.sub(r"s$", "", w.low)} & dictionary_words(self.lx.lang)
                            or w.low in self.lx.demonyms or w.low in _CONNECTORS for w in right):
                continue  # "Ministry of Investments and European Projects": one ministry over two fields (not "Ministry of Health and Novartis")
            lt_own, rt_own = self.lx.name_type(left_txt)[0], self.lx.name_type(right_txt)[0]
            if ws[k].low in ("and", "et") and len(left) <= 2 and not lt_own and rt_own and len(right) >= 2 and not right[0].possessive \
                    and re.search(r"\b(?:in|at|from|near|en|à|a)\s+$", self.text[max(0, left[0].start - 8) : left[0].start]):
                # "Kelvora Central Hospital in Maputo and University Medical Centre Utrecht": a place, then the next body
                return self._split_and(left) + self._split_and(right)
            if ws[k].low in ("and", "et") and lt_own and rt_own and rt_own != "Company" and len(left) >= 2 and len(right) >= 2 \
                    and _is_cap(right[0].text) and not right[0].possessive and any(w.low in ("of", "de", "du", "des") for w in left[1:]):
                # "University of Copenhagen and Hospices Civils de Lyon": a name with its complement, then another typed name
                return self._split_and(left) + self._split_and(right)
            if ws[k].low in ("and", "et", "&") and lt_own and rt_own and "Company" not in (lt_own, rt_own) and len(left) >= 2 and len(right) >= 2 \
                    and _is_cap(right[0].text) and not right[0].possessive and right[0].low not in self.lx.cue_words and not self.lx.is_generic(right_txt) \
                    and right[0].text.lower() not in dictionary_words(self.lx.lang):  # (not "Shanghai First Maternity and Infant Hospital")
                # "University Hospital Basel and Karolinska University Hospital": two typed names, the second opening on its own word
                return self._split_and(left) + self._split_and(right)
            if ws[k].low in ("and", "et", "&") and lt_own and lt_own != "Company" and len(left) >= 2 and len(right) == 1 and self._proper(right[0]) \
                    and re.match(r"\s+[\u2013\u2014-]\s+[A-ZÀ-Ý]", self.text[right[0].end : right[0].end + 4]):
                # "University Hospital Basel and Charité – Universitätsmedizin Berlin": the second name goes on past a dash
                return self._split_and(left) + self._split_and(right)
            same = 0
            while same < min(len(left), len(right)) - 1 and left[same].low == right[same].low and _is_cap(right[same].text):
                same += 1
            if same >= 2 or (same == 1 and self.lx.name_type(left[0].text)[0]):
                return self._split_and(left) + self._split_and(right)  # "Clinical Hospital Centre Split and Clinical Hospital Centre Rijeka"
            first = self._first_name(right)
            if len(left) == 1 and self._person_word(left[0]) and len(first.split()) >= 3 and self._ends_in_type_cue(first):
                continue  # a couple's foundation: "Bill and Melinda Gates Foundation"
            if len(left) == 1 and len(right) >= 2 and right[0].possessive and self._ends_in_type_cue(right_txt) and ws[k].low in ("and", "&"):
                continue  # "Brigham and Women's Hospital": the possessive belongs to both
            if ws[k].low in ("and", "&") and len(right) >= 2 and right[0].possessive and left[-1].low not in _STRONG_HEADS \
                    and ({right[0].low, re.sub(r"men$", "man", right[0].low), re.sub(r"ren$", "", right[0].low)} & dictionary_words(self.lx.lang)) \
                    and self._ends_in_type_cue(self._first_name(right)) and not self._standalone(self._first_name(right)):
                continue  # "Paropakar Maternity and Women's Hospital": "Women's Hospital" is no name alone
            if ws[k].low in ("and", "et") and len(right) >= 2 and _is_cap(right[0].text) and right[0].low not in self.lx.cue_words \
                    and ((len(left) == 1 and self._proper(left[0]) and not self._person_word(left[0]) and not self._ends_in_type_cue(right_txt))
                         or (len(left) >= 2 and self._ends_in_type_cue(left_txt) and not self._ends_in_type_cue(right_txt))) \
                    and not any(w.low in _CONNECTORS or w.possessive for w in right):
                # "Vivantes and Siemens Healthineers", "Karolinska University Hospital and Erasmus MC": a name of its own each
                return self._split_and(left) + self._split_and(right)
            rt_type, rt_cue = self.lx.name_type(right_txt)
            if ws[k].low in ("and", "&") and len(left) >= 2 and len(right) >= 2 and rt_type == "Company" and rt_cue and fold(right_txt).endswith(rt_cue) \
                    and all(_is_cap(w.text) for w in left + right) and not right[0].possessive and right[0].low not in self.lx.cue_words \
                    and right[0].text.lower() not in dictionary_words(self.lx.lang) and not any(w.low in _CONNECTORS for w in left + right):
                return self._split_and(left) + self._split_and(right)  # "General Catalyst and Casdin Capital": the second a company of its own
            inner_conn = any(w.low in ("of", "for", "de", "du", "des", "pour") for w in left[1:])
            # "Universidad de los Andes and Roche": a proper word after a name with a complement opens another name
            proper_right = inner_conn and self._proper(right[0]) and right[0].low not in self.lx.countries \
                and (len(right) <= 2 or self._ends_in_type_cue(right_txt))  # ("Hospital Clínic de Barcelona and Vall d'Hebron University Hospital")
            if ws[k].low in ("and", "et") and len(left) >= 2 and len(right) >= 2 and self._proper(left[0]) and self._proper(right[0]) \
                    and not inner_conn and not any(w.low in ("of", "for", "de", "du", "des", "pour") for w in right):
                return self._split_and(left) + self._split_and(right)  # each side opens with its own proper word: "Vivalto Santé et Ramsay Santé"
            if ws[k].low in ("and", "et") and len(left) >= 2 and len(right) >= 2 and _is_cap(left[0].text) and _is_cap(right[0].text) \
                    and left[0].low not in self.lx.cue_words and right[0].low not in self.lx.cue_words and not inner_conn \
                    and right[0].text.lower() not in dictionary_words(self.lx.lang) and not any(w.low in _CONNECTORS for w in right) \
                    and all(self._ends_in_type_cue(t) or fold(t.split()[-1]) in self.lx.corporate_words for t in (left_txt, right_txt)):
                # "Stanford Health Care and Intermountain Health" (not "Shanghai First Maternity and Infant Hospital")
                return self._split_and(left) + self._split_and(right)
            singular = {left[0].low, re.sub(r"ies$", "y", left[0].low), re.sub(r"e?s$", "", left[0].low)}
            if len(left) == 1 and singular & dictionary_words(self.lx.lang) \
                    and self.lx.name_type(right_txt)[0] not in (None, "Company", "Startup") \
                    and self._ent_is(ws, "ORG", the=True) and not self._standalone(right_txt) and not self._standalone(left_txt):
                continue  # "Securities and Exchange Commission", "Food and Drug Administration": one body over two fields
            if len(right) <= 2 and not self.lx.name_type(right_txt)[0] and not self._standalone(right_txt) and not self._ent_is(right, "ORG") \
                    and not proper_right and not (self._ends_in_type_cue(left_txt) and len(left) >= 2 and self._proper(right[0])) \
                    and self.lx.name_type(left_txt)[0] not in (None, "Company", "Startup") \
                    and (self._ent_is(ws, "ORG", the=True) or (len(right) == 1 and self._person_word(right[0]) and fold(left_txt).startswith(self.lx.name_type(left_txt)[1] or "\0")
                         and not self._ends_in_type_cue(left_txt) and not re.match(r"\s+[\u2013\u2014-]\s", self.text[right[0].end : right[0].end + 3]))):
                continue  # one body over two fields or areas: "Ministry of Health and Population", "NHS Greater Glasgow and Clyde"
            left_head = any(left_txt.lower().endswith(" " + c) and t == "Company" and w == "head" for c, t, w in self.lx.cues) and len(left) >= 2
            lt0 = self.lx.name_type(left_txt)[0]
            rt0 = self.lx.name_type(right_txt)[0]
            cue_of_x = len(left) == 3 and left[1].low in ("of", "de", "du") and lt0 and self.lx.name_type(left[0].text)[0] \
                and right[0].low not in self.lx.cue_words and (sum(_is_cap(w.text) for w in right) >= 3 or rt0 not in (None, lt0))
            split = (
                left_head
                or proper_right
                or cue_of_x  # "University of Glasgow and Canon Medical Research Europe" (not "Ministry of Health and Family Welfare")
                or (left[-1].low in _STRONG_HEADS and not (inner_conn and not self.lx.name_type(right_txt)[0]))
                or (self._ends_in_type_cue(left_txt) and not inner_conn and self.lx.name_type(self._first_name(right))[0] != self.lx.name_type(left_txt)[0])
                or any(right[0].low == c for c, _t, w in self.lx.cues if w != "head" and " " not in c)
                or self._is_ent(left[0].start, left[-1].end)
                or self._is_ent(right[0].start, right[-1].end)
                or self._standalone(left_txt)
                or self._standalone(right_txt)
                or self._listed_pair(ws, left_txt, right, right_txt)
                or (self._ent_is(left, "ORG") and not right[0].possessive and (self._ent_is(right, "ORG") or (
                    len(left) >= 2 and any(es == right[0].start and lab == "ORG" for es, _ee, lab in self.ents))))  # "Medtronic and Mayo Clinic"
                or (self._ent_is(left, "ORG", the=True) and len(left) >= 2 and len(self._first_name(right).split()) >= 3
                    and self._ends_in_type_cue(self._first_name(right))
                    and any(es == right[0].start and lab in ("PERSON", "PER") for es, _ee, lab in self.ents))
                # ("the Royal Flying Doctor Service and James Cook University": the model's body, then a name opening on a person's)
                or (ws[k].low in ("and", "et") and len(left) == 1 and len(right) == 1
                    and not self.lx.name_type(left_txt)[0] and not self.lx.name_type(right_txt)[0])  # "Docplus and Curalink"
                or (len(left) == 1 and len(right) >= 2 and self.lx.name_type(right_txt)[0] == "Company" and not self.lx.name_type(left_txt)[0]
                    and fold(right_txt).endswith(self.lx.name_type(right_txt)[1] or "\0"))  # "Bpifrance and Supernova Invest"
                or (ws[k].low in ("and", "et") and len(left) == 1 and len(right) == 2 and not right[0].possessive and not left[0].possessive
                    and self._ends_in_type_cue(right_txt) and not self.lx.name_type(left_txt)[0]
                    and not self._person_word(left[0]) and not self._person_word(right[0]))  # "Philips and Mayo Clinic"
            )
            if split:
                return self._split_and(left) + self._split_and(right)
        return [(ws[0].start, ws[-1].end)]

    def _proper(self, w: _Word) -> bool:
        """A capitalised word that is no common word and no cue: the proper part of a name."""
        return _is_cap(w.text) and w.text.lower() not in dictionary_words(self.lx.lang) and w.low not in self.lx.cue_words and not w.possessive

    def _first_name(self, ws: list[_Word]) -> str:
        """The words before the next and/et/&."""
        k = next((i for i, w in enumerate(ws) if w.low in _AND), len(ws))
        return self.text[ws[0].start : ws[max(0, k - 1)].end] if k else ""

    def _ends_in_type_cue(self, name: str) -> bool:
        """The name ends in a cue of a non-company type ("Karolinska Institutet", "Klinikum")."""
        typ, cue = self.lx.name_type(name)
        return bool(typ and typ not in ("Company", "Startup") and cue and re.sub(r"[\s\-]+", " ", fold(name)).endswith(cue))

    def _listed_pair(self, ws: list[_Word], left_txt: str, right: list[_Word], right_txt: str) -> bool:
        """The last two of a list, each a name with its own type cue: "A, the Northgate Institute for Ageing
        and Valleyview Health" (the right part opens with a word of its own, not a cue word like "Health Sciences")."""
        if not re.search(r",\s*(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?$", self.text[max(0, ws[0].start - 8) : ws[0].start]):
            return False
        lt, rt = self.lx.name_type(left_txt)[0], self.lx.name_type(right_txt)[0]
        if right[0].low in self.lx.cue_words or not lt or not rt:
            return False
        return lt != rt  # "Shanghai First Maternity and Infant Hospital" is one hospital

    def _person_word(self, w: _Word) -> bool:
        """spaCy reads this word as (part of) a person's name: "Bill and Melinda Gates Foundation"."""
        tok = self.char_tok.get(w.start)
        return tok is not None and tok.ent_type_ in ("PERSON", "PER")

    def _ent_is(self, ws: list[_Word], label: str, *, the: bool = False) -> bool:
        """spaCy names exactly these words (with ``the``: after an article it took in) as one entity of this label."""
        return any((es == ws[0].start or (the and fold(self.text[es : ws[0].start]) in ("the ", "le ", "la ", "les ", "l'")))
                   and ee == ws[-1].end and lab == label for es, ee, lab in self.ents)

    def _is_ent(self, s: int, e: int) -> bool:
        if self.lx.name_type(self.text[s:e])[0]:
            return False
        return any(es == s and ee == e and lab in ("GPE", "LOC", "PERSON", "PER") for es, ee, lab in self.ents)

    def _standalone(self, name: str) -> bool:
        """The name occurs elsewhere in the document not joined by and/et/&."""
        pat = re.compile(r"(?<![\w&])" + re.escape(name) + r"(?!\w)")
        for m in pat.finditer(self.text):
            before = self.text[max(0, m.start() - 6) : m.start()].lower()
            after = self.text[m.end() : m.end() + 6].lower()
            if re.search(r"(and|et|&)\s*$", before) or re.match(r"^\s*(and|et|&)\s", after):
                continue
            if re.match(r"^\s?[A-Z]", after) or re.search(r"[A-Z][\w-]*\s?$", before):
                continue  # part of a longer name
            return True
        return False

    def _times_written(self, word: str) -> int:
        """How often ``word`` stands as a whole word in the text (counted once per word)."""
        counts: dict[str, int] = self.__dict__.setdefault("_word_counts", {})
        if word not in counts:
            counts[word] = len(re.findall(r"(?<!\w)" + re.escape(word) + r"(?!\w)", self.text))
        return counts[word]

    def _initial_common(self, w: _Word) -> bool:
        if not self._at_sentence_start(w.start) or self._title_case_line(w.start):
            return False  # (the model's word classes mean little in a title-case headline)
        tok = self.char_tok.get(w.start)
        if tok is None:
            return False
        if w.text.isupper() or any(c.isupper() for c in w.text[1:]):
            return False
        lw = w.text.lower()
        verb = {re.sub(r"(?:é|ée|és|ées)$", "er", lw), re.sub(r"ed$", "", lw), re.sub(r"d$", "", lw)} - {lw}
        if re.search(r"(?:é|ée|és|ées|ed)$", lw) and (verb & dictionary_words(self.lx.lang) or "Part" in tok.morph.get("VerbForm")
                                                             or (self.lx.lang == "fr" and re.search(r"(?:ée|ées|és)$", lw))) \
                and re.match(r"\s+(?:[A-ZÀ-Ý]|(?:en|in|par|by|on|dans|au|at|le|la|les|l['’]|à|a|with|avec)\b)", self.text[w.end : w.end + 6]):
            return True  # a participle opening a sentence: "Baptisé Helios Hub, le centre ...", "Named X, the lab ...", "Créée en 2013 par ..."
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        in_longer_ent = nxt is not None and nxt.ent_iob_ == "I"
        if tok.tag_ == "NNS" and tok.lemma_.islower() and tok.lemma_ != tok.text.lower() and not in_longer_ent:
            return True  # a plural common noun opening a sentence: "Radiologists see ..."
        if tok.pos_ == "ADJ" and nxt is not None and nxt.text.islower() and nxt.is_alpha \
                and self._times_written(w.text) == 1:
            return True  # "Digital health deals of the week": an adjective opening a headline
        if nxt is not None and nxt.text.islower() and nxt.pos_ == "CCONJ" and w.text.lower() in dictionary_words(self.lx.lang) \
                and self._times_written(w.text) == 1:
            return True  # "Nomination et partenariat au CHU de Nantes": a common noun opening a headline, named nowhere else
        if tok.ent_type_ in ("ORG", "PERSON", "PER", "GPE", "LOC"):
            return False
        if tok.pos_ == "PROPN":
            # a capitalised word seen only here, before a lowercase word: "Pharma companies found ..."
            head = tok.head
            seen_elsewhere = self._times_written(w.text) > 1
            return (tok.dep_ in ("compound", "amod") and head.i == tok.i + 1 and head.text.islower() and head.pos_ == "NOUN"
                    and not seen_elsewhere)
        if tok.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and tok.head.pos_ in ("VERB", "AUX") and w.text.isalpha() and not tok.is_stop \
                and tok.pos_ in ("NOUN", "ADJ", "PROPN", "X") \
                and w.low not in dictionary_words(self.lx.lang) and tok.lemma_.lower() not in dictionary_words(self.lx.lang):
            return False  # "Medlane signed ...": a subject no dictionary knows is a name, not a common word
        if w.text.isalpha() and w.text.lower() not in dictionary_words(self.lx.lang) and not tok.is_stop \
                and (re.match(r"['’]s?\s", self.text[w.end : w.end + 3]) or self._role_then_name(w.end)) \
                and self._times_written(w.text) > 1:
            return False  # "Medlane's chief executive, ...", "Medlane co-founder X": an owner no dictionary knows, named elsewhere too
        if tok.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and w.text.isalpha() and any(
                self.lx.name_type(m.group(1))[0] for m in re.finditer(r"(?<!\w)" + re.escape(w.text) + r"\s+([A-Z][\w\-]+)", self.text)):
            return False  # "Aster belongs to ...": a common word that opens a name of the article ("Aster Clinic") as its short form
        if w.text.isalpha() and w.low not in dictionary_words(self.lx.lang) and w.text.lower() not in dictionary_words(self.lx.lang) \
                and not tok.is_stop and nxt is not None and (nxt.pos_ in ("VERB", "AUX") and "Fin" in nxt.morph.get("VerbForm")
                                                             or re.match(r",\s+(?:founded|created|set up|launched|started|spun out|fondee?|creee?|lancee?)\b", self.text[w.end : w.end + 20])):
            return False  # "Triagely raised ...", "Triagely, founded in 2021": a word no dictionary knows before a verb or a founding is a name
        return True

    def _at_sentence_start(self, pos: int) -> bool:
        if pos in self.sent_starts or pos == self.body[0]:
            return True
        before = self.text[max(0, pos - 3) : pos]
        return pos == 0 or bool(re.search(r"\n[ \t*_#>\-]*$", before)) or bool(re.search(r"[.!?:\"“«•]\s*$", before))

    # --- classification ---------------------------------------------------

    def ent_label(self, s: int, e: int) -> tuple[str, int, int] | None:
        best = None
        for es, ee, lab in self.ents:
            if ee <= s or es >= e:
                continue
            ov = min(e, ee) - max(s, es)
            tail = fold(self.text[es:ee]).split()
            if ee > e and tail and tail[-1] in self.lx.non_org_heads:
                continue  # the chunk is only the start of an event's or product's name
            if best is None or ov > best[0]:
                best = (ov, lab, es, ee)
        return (best[1], best[2], best[3]) if best else None

    @staticmethod
    def _head_and_person(name: str) -> bool:
        """A head noun and a hyphenated first name and surname: "Centre Jean-Perrin", "Centre Antoine-Lacassagne"
        (a model may read them as places; "Saint-", "-sur-" make a place's name)."""
        m = re.fullmatch(r"\w+\s+([A-ZÀ-Ý][a-zà-ÿ]+)-([A-ZÀ-Ý][a-zà-ÿ]+)", name)
        return bool(m) and not ({fold(m.group(1)), fold(m.group(2))} & {"saint", "sainte", "sur", "sous", "en", "les", "le", "la"})

    def descriptor_before(self, s: int) -> str | None:
        """Type from "the start-up X", "la start-up rennaise X", "provider X"."""
        sent_start = max([x for x in self.sent_starts if x <= s] or [0])
        left = fold(self.text[max(sent_start, s - 60) : s])
        left = re.sub(r"[\"«“ ]+$", " ", left)
        m = None
        for m in self.lx.descriptor_regex.finditer(left):  # type: ignore[union-attr]
            pass
        if not m:
            return None
        orig = self.text[max(sent_start, s - 60) : s]
        if len(orig) == len(left) and any(c.isupper() for c in orig[m.start() : m.end()]) \
                and not (orig[m.start() : m.end()].isupper() and m.group() in self.lx.kind_acronyms):
            return None  # part of a capitalised name, not a descriptor ("l'ONG Alima" has one)
        between = left[m.end() :].strip()
        if re.fullmatch(r"(?:les|le|la|the)", between) and re.search(r"\b(?:Les|Le|La|The)\s*$", orig):
            between = ""  # "l'association Les Amis du CHU": an article that opens the name
        if any(w in _LEADING or w in _CONNECTORS or w in self.lx.role_links for w in between.split()):
            return None
        if len(between.split()) > 2 or re.search(r"[,;:.()]", between):
            return None
        if between and not all(w in self.lx.demonyms or re.fullmatch(r"[a-z\-]+", w) for w in between.split()):
            return None
        if between:
            # only adjectives between: "la start-up rennaise X", not "the health system will deploy X"
            b0 = max(sent_start, s - 60) + m.end()
            between_span = self.doc.char_span(b0, s, alignment_mode="expand")
            toks = [t for t in between_span if t.idx >= b0 and not t.is_space] if between_span is not None else []
            if any(t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON", "DET") and fold(t.text) not in self.lx.demonyms for t in toks):
                return None
        return self.lx.descriptors[m.group()]

    def descriptor_after(self, e: int, *, article: bool = False) -> str | None:
        """Type from "X, a US-based firm", "X is a medical technology company" (``article``: only
        with an article, so that a list "X, Fondation Y" is not read as an apposition)."""
        right = fold(self.text[e : e + 90])
        m = re.match(r"^(?:,|\s+(?:is|was|est|etait|remains|reste))\s+((?:a|an|the|one of the|un|une|la|le|l'|l'un des|l'une des|un des|une des)\s+"
                     r"|(?:[a-z]+\s){0,2}[a-z]+'s\s+)?(?:(?:us\s?)?[$€£]\s?\d+(?:[.,]\d+)?\s*(?:billion|million|bn)?\s+)?([^,.;:()]{2,80})", right)
        # ("X is a $4.3 billion nonprofit health system": the size before the description)
        if m and m.group(1) and m.group(1).endswith("'s ") and m.group(1)[:-3].strip() not in self.lx.countries \
                and not re.search(r"\b(?:county|state|city|province|region|canton|district)$", m.group(1)[:-3].strip()):
            m = None  # "X, Germany's largest hospital operator" (a country owns the description), not "X, the company's ..."
        if m and m.group(1) is None and not self.text[e : e + 90].lstrip(" ,\u00a0")[:1].islower():
            return None  # "A, Sunnybrook ... and University Health Network": the next name of a list, not an apposition
        if m and re.match(r"(?:and|or|et|ou|as well as|ainsi que)\b", m.group(2)):
            return None  # "X, in Maputo, and Utrecht University Hospital": the next name of a list
        if m and re.match(r"[\w\-]+(?:\s+[\w\-]+){0,2}?\s+(?:said|says|told|added|announced|confirmed|explained|noted|wrote|a declare|a indique|a precise|a annonce|indique|precise|annonce|explique)\b", m.group(2)):
            return None  # "... in Taguig, the hospital said on Tuesday": the speaker of a reporting clause, not an apposition
        if m and m.group(1) is None and getattr(self.char_tok.get(e + m.start(2)), "pos_", "") in ("VERB", "AUX"):
            return None  # "X, headquartered in Bangkok, will supply the network": a verb, not an apposition
        if not m or (article and m.group(1) is None) or (m.group(1) is None and re.match(r"(?:whose|who|which|that|where|when|while|said|says|added|qui|dont|ou|a declare|explique|precise)\b", m.group(2))):
            return None  # ", whose clinic ...": a relative clause, not an apposition
        span = re.split(r"\s(?:of|that|which|with|who|for|in|based in|de|du|des|d'|qui|dont|avec|pour|en|a|specialisee?)\s", " " + m.group(2) + " ")[0]
        span = " ".join(span.split()[:6])
        best = None
        for d in self.lx.descriptor_regex.finditer(span):  # type: ignore[union-attr]
            best = d  # the last descriptor is the head noun: "a Mombasa-based laboratory company"
        if best is None:
            return None
        if re.match(r"['’]s?\b", span[best.end() :]):
            return None  # "Prashant Warier, the company's chief executive": a role at the company, not the company
        at = e + m.start(2) + best.start()  # (folding keeps offsets; one space between words is assumed)
        if self.text[at : at + 1].isupper() and m.group(1) is not None:
            return None  # "BC Cancer, the University of British Columbia and X": the next name of a list, written with its capital
        if any(fold(w.group(1)) == best.group().split()[-1] for w in re.finditer(r"([\w\-]+)\s+(?:[A-ZÀ-Ý][\w\-]*\s+)*[A-ZÀ-Ý]", self.text[e : e + 90])
               if re.match(r"\s*,\s*(?:the|la|le|l'|les)?\s*(?:[\w\-]+\s+){0,2}$", fold(self.text[e : e + 90][: w.start(1)]))):
            return None  # "À Dakar, l'hôpital Principal ...", "In Europe, the NHS trust Barnsley Hospital": the head of the next name
        return self.lx.descriptors.get(best.group())

    def classify(self, s: int, e: int) -> Span | None:
        name = self.text[s:e]
        if (s, e) in self.based:
            return Span(s, e, name, "place", conf=0.8)
        if (s, e) in self.dashed and not re.match(r"^,\s+(?:a|an|the|un|une|le)\s+(?:[\w\-]+\s+){0,3}(?:project|projet|programme|program|study|etude|trial)\b",
                                                   fold(self.text[e : e + 60])):
            return Span(s, e, name, "org", self.lx.name_type(name)[0] or "Company", 0.8)
        low = fold(name)
        words = low.split()
        lx = self.lx
        if low in lx.non_org or low.strip(".") in lx.non_org or low in lx.demonyms:
            return None
        plural = _PLURAL_HEAD_OF.match(name)
        ticker = re.search(r"\(\s*([A-Za-z][\w .]{1,25}?)\s*:\s*$", self.text[max(0, s - 30) : s])
        if ticker and fold(ticker.group(1)) in lx.non_org:
            return None  # "(NASDAQ: MDLN)": a share's ticker, not a body
        if plural and re.match(r"\s*,\s*[A-ZÀ-Ý]|\s+(?:et|and)\s+[A-ZÀ-Ý]", self.text[e : e + 8]):
            return Span(s + plural.end(), e, name[plural.end() :], "place", conf=0.6)  # "les hôpitaux de Verdun, Saint-Dizier et ...": places
        window = self.text[max([x for x in self.sent_starts if x <= s] or [0]) : s]
        many = _FR_HOSPITALS_OF.search(window) if len(words) <= 3 and not lx.name_type(name)[0] else None
        if many:
            # "les centres hospitaliers de Châtellerault et de Montmorillon": one hospital of each town, named as French hospitals are
            head = " ".join(_FR_SINGULAR.get(w.lower(), w if w.isupper() else w.lower()) for w in many.group(1).split())
            prep = re.search(r"(?:\bde\s+|\bdu\s+|\bd['’])$", window)
            full = f"{head} {prep.group() if prep else 'de '}{name}"
            return Span(s, e, full, "org", lx.name_type(full)[0] or "Hospital", 0.7)
        if not lx.name_type(name)[0] and _SITES_OF.search(window):
            return Span(s, e, name, "place", conf=0.6)  # "sur ses sites de Godinne, Dinant et Sainte-Elisabeth": places of one body
        content = [w for w in re.split(r"[\s]+", low) if w not in _CONNECTORS]
        if content and all(w in lx.non_org for w in content):
            return None
        if len(words) >= 3 and name.isupper():
            return None  # headline in capitals
        unit_of = re.match(r"\s+of\s+(?:the\s+)?((?:[A-ZÀ-Ý][\w\-]*\s?)+)", self.text[e : e + 80]) if words and words[-1] in ("division", "directorate", "branch") else None
        if unit_of and lx.name_type(unit_of.group(1).strip())[0]:
            # "HSC Research and Development Division of the Public Health Agency": a unit, of its body's kind
            return Span(s, e, name, "org", lx.name_type(unit_of.group(1).strip())[0], 0.75)
        if len(words) <= 2 and not lx.name_type(name)[0] and re.match(r"\s+(?:family|families|famille|familles|clan|dynasty)\b", self.text[e : e + 12]):
            return None  # "the founding Quispe family": people, no organisation
        if re.search(r"-(?:cleared|approved|certified|compliant|marked|registered|accredited|validated)$", words[0] if words else low):
            return None  # "FDA-cleared", "CE-marked": a regulator's stamp, not an organisation
        if len(words) >= 2 and lx.name_type(words[-1])[0] and _product_noun_after().match(fold(self.text[e : e + 40])) \
                and self.text[e + 1 : e + 2].islower():
            cut = s + len(name) - len(name.split()[-1])
            return Span(s, cut, self.text[s:cut].rstrip(), "product", conf=0.7)  # "its Tempus hospital information system"
        if 2 <= len(words) <= 3 and words[-1] in lx.sector_words and not lx.name_type(" ".join(words[:-1]))[0] \
                and lx.descriptor_regex is not None and (d := lx.descriptor_regex.match(fold(self.text[e : e + 30]).lstrip())) \
                and self.text[e : e + 1] == " " and self.text[e + 1 : e + 2].islower() and d.start() == 0:
            return None  # "teams up with London AI firm": a place and a trade before a descriptor describe a body, not name it
        if 2 <= len(words) <= 3 and words[-1] in ("county", "province", "region", "district", "prefecture", "parish") \
                and re.search(r"\b(?:in|across|throughout|within|near|of|to|from)\s+$", self.text[max(0, s - 12) : s]) \
                and not re.match(r"\s*(?:council|government|commission|board|authority)\b", fold(self.text[e : e + 14])):
            return Span(s, e, name, "place", conf=0.7)  # "a crisis unit in DeKalb County": where, not who
        if len(words) >= 2 and words[-1] in ("county", "province", "region", "canton", "district", "prefecture") \
                and re.match(r"['’]s?\s+[a-z]", self.text[e : e + 5]):
            return Span(s, e, name, "place", conf=0.65)  # "Cuyahoga County's public health system": a place owns the description
        if re.fullmatch(r"[a-zà-ÿ]{1,6}-[A-Z]{2,6}", name):
            return None  # "un réseau de télé-AVC", "e-CRF": a field written with an acronym, not a name
        if len(words) == 1 and re.fullmatch(r"[A-Z][\w]*-[a-z]{3,}", name) and name.rsplit("-", 1)[1] not in _CONNECTORS:
            return None  # "AI-powered", "Covid-related": a capitalised word made into an adjective
        if (lx.eponym_after_regex is not None and lx.eponym_after_regex.match(fold(self.text[e : e + 20]))
                or fold(self.text[max(0, s - 20) : s]).rstrip().endswith(tuple(lx.eponym_before))):
            return None  # "Parkinson's disease", "la maladie de Huntington": a disease named after a person
        if re.search(r"\d{4}\s*\(\s*$", self.text[max(0, s - 12) : s]) and re.match(r"\s*\)\s*[\u2013\u2014-]", self.text[e : e + 5]):
            return None  # "Alger, 20 mai 2025 (APS) –": the agency the dispatch comes from
        if len(name) < 2 or (len(name) == 2 and not name.isupper()):
            return None
        prev = fold(self.text[max(0, s - 25) : s]).strip()
        prev_word = prev.split()[-1] if prev.split() else ""
        if len(words) >= 2 and words[-1] in ("region", "province", "district", "county", "prefecture", "governorate", "oblast", "canton", "municipality") \
                and re.search(r"\b(?:in|across|throughout|around)\s+the\s*$", prev):
            return Span(s, e, name, "place", conf=0.7)  # "30 district hospitals in the Ashanti Region": where, not who
        after = self.text[e : e + 3]
        ent = self.ent_label(s, e)
        lab = ent[0] if ent else ""
        role_comma = re.search(r"(?:^|[\s,])((?:[\w\-]+\s+){0,2}[\w\-]+)\s*,\s*$", fold(self.text[max(0, s - 40) : s]))
        if 2 <= len(words) <= 3 and not lx.name_type(name)[0] and role_comma and lx.roles and lx.roles.fullmatch(role_comma.group(1).split()[-1]) \
                and re.match(r"\s*,", self.text[e : e + 2]) and all(w[:1].isupper() for w in name.split()):
            return Span(s, e, name, "person", conf=0.7)  # "the foundation, whose director, Elise Marchand, said": a person in apposition
        if lab in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY") and not re.search(r"\d", name) and ent and ent[1] < s and low not in self._NUMBERS \
                and getattr(self.char_tok.get(s), "pos_", "") != "NUM" \
                and re.search(r"[\u2013\u2014-]\s*$", self.text[ent[1] : s]):
            lab = ""  # a name swallowed by the date of a dateline: "3 March 2025 – Cardiawave"
        if lab in ("PERSON", "PER") and ent and (ent[1] > s + 1 or ent[2] < e - 1) and len(words) >= 3:
            lab = ""  # "Mass General Brigham": a person's name inside a longer name is not a person
        cue_type, cue = lx.name_type(name)
        if lab in ("PERSON", "PER") and not cue_type and prev_word.rstrip(".") not in lx.title_words and re.search(
                r"\b(?:participation (?:from|of)|investors? (?:including|such as|like)|backed by|funded by|financed by|co-?financed by|"
                r"avec la participation (?:de|du|des|d')|finance par|financee par|cofinance par|soutenu par|soutenue par|investisseurs? (?:dont|comme))(?:\s+(?:the|la|le|l'))?\s*$", prev) \
                and not (words[-1] in lx.countries or words[-1] in lx.demonym_places):
            return Span(s, e, name, "org", "Company", 0.6)  # "with participation from Zürcher Kantonalbank": backers are organisations
        if lab in ("GPE", "LOC") and not cue_type and low not in lx.countries and low not in lx.demonym_places and re.search(
                r"\b(?:portfolio (?:company|firm) of|backed by|funded by|owned by|subsidiary of|acquired by|invested by|filiale de|detenue? par|soutenue? par|rachetee? par)"
                r"(?:\s+(?:the|la|le|l'))?\s*$", prev):
            return Span(s, e, name, "org", "Company", 0.6)  # "a portfolio company of Investinor": an owner or backer, not a place
        if ent and (ent[0] in ("PERSON", "PER") or (ent[0] == "LOC" and self._head_and_person(name))) and not cue_type and len(words) >= 2 \
                and words[0] in lx.name_heads and name[:1].isupper():
            # "Centre François Baclesse": named after a person (in French health news, a "Centre X" so named is most often a cancer centre)
            return Span(s, e, name, "org", self.descriptor_after(e, article=True) or ("Hospital" if words[0] == "centre" and lx.lang == "fr" else "Company"), 0.7)
        if re.match(r"['’]s?\s+(?:largest|biggest|leading|oldest|newest|top|main|major|busiest|premier|first|second|third|only)\b", self.text[e : e + 20]) \
                and cue_type is None and re.search(r"\b(?:one|two|three|some|several|among)\s+of\s*$", fold(self.text[max(0, s - 20) : s])):
            return Span(s, e, name, "place", conf=0.6)  # "one of New England's largest medical centers": a region
        if cue_type in (None, "Company", "Consortium", "Association") and self._title_case_line(s) \
                and self._times_written(name) < 2:
            return None  # a title-case headline's words are names only when the article names them again
        if low in lx.proper_cues and len(name) <= 4:
            nxt = self.doc[self.char_tok[s].i + 1] if s in self.char_tok and self.char_tok[s].i + 1 < len(self.doc) else None
            if nxt is not None and nxt.text.islower() and nxt.pos_ == "NOUN":
                return None  # "a major EU project", "WHO guidelines": a modifier, not a party
        if (not cue_type or (cue_type == "Company" and re.search(r"\b(?:plan|programme|program|strategie|strategy|initiative)\s*$", prev))) \
                and re.match(r"\s+(?:19|20)\d\d\b", self.text[e : e + 8]):
            return None  # "France 2030", "Horizon 2020", "le plan Ma Santé 2022": a programme, not an organisation
        if cue_type in (None, "Company") and _EVENT_APPOSITION.match(self.text, e):
            return None  # "unveiled at Arab Health, the region's largest healthcare exhibition": an event
        if not cue_type and re.match(rf"\s+(?:{_EVENT_NOUNS})\b", fold(self.text[e : e + 16])):
            return None  # "on the sidelines of the LEAP conference": an event
        if not cue_type and re.search(r"\b(?:listed on|traded on|floated on|cotee? (?:sur|a)|introduite? (?:sur|a))\s+(?:the\s+)?$", fold(self.text[max(0, s - 25) : s])):
            return None  # "listed on Euronext Growth": a stock exchange
        last = re.sub(r"[^\w'-]", "", words[-1]) if words else ""
        place_owner = re.search(r"([A-ZÀ-Ý][\w\-]*(?:\s+[A-ZÀ-Ý][\w\-]*)?)['’]s\s+$", self.text[max(0, s - 30) : s])
        if re.fullmatch(r"[A-Z]{1,6}[\- ]?\d{2,6}[A-Za-z]?", name) and not self.descriptor_before(s) \
                and not (place_owner and (fold(place_owner.group(1)) in lx.countries or fold(place_owner.group(1)) in lx.demonym_places)) \
                and not re.match(r"\s*(?:million|billion|bn|m|k|millions?|milliards?)\b", self.text[e : e + 10]):
            # (but "Abu Dhabi's M42": a place's firm)
            # (not "R80 million", "HK$200 million": an amount in a currency)
            return Span(s, e, name, "product", conf=0.7)  # "HB-204": a product or compound code
        if words and all(w in lx.demonyms or w in lx.countries or w in lx.non_org for w in words) and any(w in lx.demonyms for w in words):
            return None  # "Canadian AI"
        if after.lstrip().startswith(("™", "®")):
            return Span(s, e, name, "product", conf=0.85)
        if low in self._NUMBERS:
            return None  # "Eleven partners from seven countries"
        if len(words) <= 2 and not cue_type and not self.text[self.text.rfind("\n", 0, s) + 1 : s].strip(" #*_\t") \
                and re.match(r"\s?:\s", self.text[e : e + 3]) and lx.lang == "fr" \
                and re.search(r"\b(?:à|en|au)\s+" + re.escape(name) + r"\b|^[\s*_]*" + re.escape(name) + r"\s*,\s*(?:le\s+)?\d", self.text[e:], re.M):
            return Span(s, e, name, "place", conf=0.6)  # "Lomé : le CHU ... s'associe à ...": a French headline opening on its place
        if len(words) == 1 and low in ("republique", "republic", "royaume", "kingdom", "emirat", "sultanat", "sultanate"):
            return None  # "offert par la République populaire de Chine": a state's name cut before its lowercase words
        if len(words) == 1 and not cue_type and re.search(r"\b(?:et|and)\s+(?:du|de la|de l'|des|of|of the)\s*$", prev) \
                and name.lower() in dictionary_words(lx.lang):
            return None  # "ministre de la Santé et du Développement social": a field in a title, not a name
        if not cue_type and re.search(r"\b(?:essai|projet|programme|etude|cohorte|registre|study|trial|project|program|programme|registry)\s*,?\s*"
                                      r"(?:nommee?|baptisee?|appelee?|denommee?|intitulee?|called|named|dubbed)\s*[\"«“]?\s*$", prev):
            return Span(s, e, name, "project", conf=0.8)  # "L'essai, nommé LUNG-PREDICT, ...": the work's own name
        if not cue_type and re.match(r"\s+consortium\b", fold(self.text[e : e + 14])) and re.search(r"\b(?:the|le|du|au)\s*$", prev):
            return Span(s, e, name, "org", "Consortium", 0.7)  # "form the NORSKIN consortium": the consortium they make up
        if not cue_type and (last in _PROJECT_WORDS or re.match(r"\s+(project|projet|programme|program|consortium)\b", fold(self.text[e : e + 14]))) \
                or cue_type in (None, "Company", "Hospital") and len(words) == 1 and re.match(r"\s+(?:study|trial|cohort|registry|etude|essai|cohorte|registre)\b", fold(self.text[e : e + 12])) \
                or cue_type in (None, "Company") and re.match(r"^,\s+(?:a|an|the|un|une|le)\s+(?:[\w\-€$£.]+\s+){0,4}(?:project|projet|programme|program|study|etude|trial)\b",
                                                          fold(self.text[e : e + 60])) \
                and not re.search(r"\b(?:financed|funded|supported|backed|finance|financee|soutenue?)\s+(?:by|par)\s*(?:the\s+|le\s+|la\s+|l')?$", prev):
            return Span(s, e, name, "project", conf=0.8)  # ("SEPSIS-AI, a four-year project": a project, whatever a trade word in it says)
        if not cue_type and re.search(r"\b(?:their|its|our|leur|son|sa|notre)\s*$", prev) \
                and re.match(r"\s+(?:partnership|collaboration|alliance|agreement|joint venture|partenariat)\b", fold(self.text[e : e + 20])):
            return Span(s, e, name, "project", conf=0.7)  # "extended their Discovery Accelerator partnership": the collaboration's own name
        if re.search(r"\b(project|projet|programme)[ \t\u00a0]*$", fold(self.text[max(0, s - 25) : s])) and not re.search(r"\b(a|an|un|une)\s+\w*\s*(project|projet|programme)\s*$", prev):
            # (on the same line: not a headline's last word before a dateline "Amman, 2 February")
            return Span(s, e, name, "project", conf=0.75)
        named = r"(?:named|called|dubbed|baptise|baptisee|baptises|appele|appelee|nomme|nommee|denomme|denommee)"
        if not cue_type and (re.search(r"\b(?:project|projet|programme|program|initiative|study|etude|trial|network|reseau|platform|centre|center|hub|lab|laboratoire)s?\s*,?\s*" + named + r"\s*$", prev)
                             or (self._opening_word(s, named)
                                 and re.match(r"\s*,\s*(?:the|this|le|la|l'|ce|cette)\s*(?:[\w\-]+\s+){0,2}?(?:project|projet|programme|program|initiative|study|etude|centre|center|hub|network|reseau|platform|plateforme|lab|laboratoire)\b", fold(self.text[e : e + 60])))):
            return Span(s, e, name, "project", conf=0.75)  # "the programme, named ALPHA-9,", "Baptisé X, le centre ..."
        line_start = self.text.rfind("\n", 0, s) + 1
        if re.fullmatch(r"\s*(?:\*\*|__)", self.text[line_start:s]) \
                and re.match(r"(?:\s+[\w'’\-]+){0,3}\s*(?:[.:]\s*(?:\*\*|__)|(?:\*\*|__)\s*[.:]|(?:\*\*|__)\s*$)", self.text[e : e + 60]) \
                and self._times_written(name) < 2:
            return None  # a round-up item's bold lead-in ("**Nomination.**", "**Levée de fonds.**") named nowhere else
        if name.isupper() and len(words) <= 3 and not self.text[line_start:s].strip() and re.match(r"^\s*(?:,|\(|–|—|-)", self.text[e : e + 3]):
            return Span(s, e, name, "place", conf=0.85)  # dateline: "HOUSTON, April 15, 2025 –"
        if not cue_type and len(words) <= 3 and (not self.text[line_start:s].strip(" *_\t") or re.fullmatch(
                r"\s*(?:by|par)\s+[^\n·|•]{2,50}?\s*[·|•/]\s*", self.text[line_start:s], re.I)) and _DATELINE_DATE.match(self.text[e : e + 40]):
            # (after a byline: "By Ivana Horvat · Zagreb, 18 March 2026")
            return Span(s, e, name, "place", conf=0.85)  # dateline: "Vannes, le 3 octobre 2024 –", "Leeds, 4 March 2025 -"
        if not cue_type and not self.text[line_start:s].strip(" *_\t") and re.match(r"[*_]*\s+[\u2013\u2014]\s+[A-ZÀ-Ý]", self.text[e : e + 6]) \
                and (lab in ("GPE", "LOC") or all(fold(w) in self.place_words for w in name.split())):
            return Span(s, e, name, "place", conf=0.8)  # a round-up item's place: "Saint-Brieuc — Le centre hospitalier ..."
        if not cue_type and (pd := self._PLACES_DATELINE.match(self.text, line_start)) and pd.start(1) <= s and e <= pd.end(1):
            return Span(s, e, name, "place", conf=0.8)  # "*Press release — Erlangen / Vilnius, 15 September 2026*"
        if len(words) == 1 and not cue_type and re.match(r"\s+(?:(?!(?:and|or|et|ou|with|avec|the|a|an|la|le|les|un|une|de|of)\s)[a-z][\w\-]*\s+){0,2}?"
                                                         r"(?:start-?up|company|firm|maker|developer|manufacturer|insurer|spin-?off)\s+[A-Z]",
                                                         self.text[e : e + 50]):
            return Span(s, e, name, "place", conf=0.6)  # "selected Halifax start-up Tidewater Med": where the named start-up is from
        if re.fullmatch(r"\s*", self.text[line_start:s]) and len(words) == 1 and re.match(r"\.\s+[A-ZÀ-Ý]", self.text[e : e + 3]) \
                and self._times_written(name) < 2:
            return None  # a round-up item's lead-in ("Nomination. Claire Le Goff a été nommée ...") named nowhere else
        if re.search(r",\s*(?:a|an)\s*$", prev) and re.match(r"\s+company\s*[,.;)]", self.text[e : e + 12]) and cue_type in (None, "Company") \
                and not any(self._is_place_word(w) or w.low in self.dateline_words for w in _words(self.text, s, e)):
            return Span(s, e, name, "org", "Company", 0.7)  # "Nuance Communications, a Microsoft company,": the owner, not a place
        if len(words) == 1 and re.search(r"\b(?:a|an)\s*$", prev) and not cue_type and re.match(
                r"^\s+(?:[a-z][\w\-]*\s+){0,2}?(?:company|firm|start-?up|group|hospital|provider|maker|developer|manufacturer|insurer|clinic)\b", fold(self.text[e : e + 50])):
            return Span(s, e, name, "place", conf=0.85)  # "a Cork software company"
        if len(words) <= 3 and not cue_type and (self._founded_by_before(s) or self._FOUNDED_AFTER.match(self.text, e)):
            return Span(s, e, name, "org", "Company", 0.7)  # "Founded in 2016 by A and B, Medisense ...", "Créée en 2013 par X, Visiomed ..."
        if not cue_type and re.match(r"\s+(?:group|company|firm|conglomerate|holding)\b", self.text[e : e + 16]) and re.search(r"\b(?:the|by|of)\s*$", prev) \
                and low not in lx.countries and low not in lx.demonym_places and low not in lx.demonyms:
            return Span(s, e, name, "org", "Company", 0.65)  # "the Krellis group", "by the Sodexo company"
        if words and words[0] in lx.unit_heads and not (cue_type in ("Hospital", "UniversityHospital") and cue and cue.split()[0] != words[0]) and re.search(r"(?:\b(?:whose|its|their|his|her|our|sa|son|ses|leur|leurs|notre|nos)|\w['’]s|s['’])\s*$", self.text[max(0, s - 12) : s]):
            return None  # "whose Department of Public Health", "the university's School of Medicine": a unit of another organisation
            # (a hospital keeps its name there: "the university's Faculty of Medicine X Hospital")
        if words and words[0] in lx.unit_heads and len(words) >= 3 and words[1] in ("of", "de", "d'", "du", "des"):
            host = re.match(r"\s+(?:at|of|in|du|de la|de l['’]|des|au)\s+(?:the\s+)?([A-ZÀ-Ý][\w'’\-]*(?:\s+(?:[A-ZÀ-Ý][\w'’\-]*|of|de|du))*)", self.text[e : e + 90])
            if host and lx.name_type(host.group(1))[0] in ("Hospital", "UniversityHospital", "University", "ResearchInstitute"):
                return None  # "the Department of Cardiology at Vienna General Hospital": a unit of the body named after it
        cue_at_end = bool(cue_type and cue and re.sub(r"[\s\-]+", " ", low).endswith(cue))
        if last in lx.non_org_heads and not cue_at_end and not (len(words) == 2 and (prev_word.rstrip(".") in lx.title_words or lab in ("PERSON", "PER")) and last not in product_cues()):
            # (but "Professor Helen Ward" is a person whose name ends in a word of a hospital's units)
            if last in product_cues():
                return Span(s, e, name, "product", conf=0.6)
            return None
        if not cue_type and len(words) <= 3 and re.search(
                r"\b(?:deploy|deploys|deployed|deploying|use|uses|used|using|adopt|adopts|adopted|install|installs|installed|implement|implements|implemented|"
                r"roll out|rolls out|rolled out|rolling out|license|licenses|licensed|test|tests|tested|testing|pilot|pilots|piloted|trial|trials|trialled)\s+"
                r"(?:the\s+|its\s+)?[A-Z][\w\-&.]*(?:\s+[A-Z][\w\-&.]*){0,3}['’]s?\s*$", self.text[max(0, s - 70) : s]):
            return Span(s, e, name, "product", conf=0.65)  # "will deploy Microsoft's DAX Copilot": what a maker sells, used by the buyer
        if self._product_context(s, e) and not (cue_type and cue_type not in ("Company", "Startup")):
            return Span(s, e, name, "product", conf=0.7)  # (never a name with the cue of an institution: "the Kestrel Institute")
        titled = prev_word.rstrip(".") in lx.title_words
        line_end = self.text.find("\n", e)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)].strip()
        if line == name and not cue_type and lab != "ORG":
            return None  # a name alone on its line: photo credit or byline
        if not cue_type and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in name.split()) and _APPOINTED_AFTER.match(fold(self.text[e : e + 40])):
            return Span(s, e, name, "person", conf=0.75)  # "Karin Svensson becomes chief executive of ...", "X est nommée directrice"
        if name[:1].islower() and not cue_type and any(low.startswith(h + " ") for h in lx.lower_heads):
            return Span(s, e, name, "org", "Hospital" if words[0] in ("hopital", "clinique", "polyclinique", "centre", "maternite") else "Company", 0.7)
            # "le centre Antoine-Lacassagne": a lowercase head before a name the model took for a person
        word_before = re.search(r"([\w\-]+)\s*$", prev)
        if not cue_type and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in name.split()) and word_before \
                and lx.roles and lx.roles.fullmatch(word_before.group(1)) and self.text[s - 1 : s] == " " \
                and self.text[s - 2 : s - 1].islower() and re.match(r"\s*(?:of|at|from|de|du|d'|,|\.|\))", self.text[e : e + 6]):
            return Span(s, e, name, "person", conf=0.75)  # "neurologist Pablo Lavados of Clínica Alemana"
        if not cue_type and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in name.split()) and self._role_before_speech(s, e):
            return Span(s, e, name, "person", conf=0.75)  # "chief executive Adegoke Olubusi said", "its CEO, Thabo Nkosi."
        role_after = re.match(r"^,\s+(?:the\s+|la\s+|le\s+|l')?(?:[\w&'\-]+\s+){0,4}?", fold(self.text[e : e + 80]))
        if not cue_type and role_after and lx.roles and lx.roles.match(fold(self.text[e + role_after.end() : e + role_after.end() + 40])) and len(words) >= 2:
            return Span(s, e, name, "person", conf=0.75)
        if lab in ("PERSON", "PER") and not titled and words and (words[-1] in lx.countries or (len(words) >= 2 and words[-1] in lx.demonym_places)):
            lab = ""  # "Partech Africa", "Philips France", "Génome Québec": nobody's surname is a country or a known place
        if re.search(r"['’]s?\s*$", self.text[max(0, s - 3) : s]) and UNIT_AFTER.match(self.text[e : e + 20]):
            return Span(s, e, name, "org", cue_type or "Company", 0.7)  # "Quanta's QOCA unit": a unit of another organisation
        if not cue_type and lab not in ("PERSON", "PER") and not titled and self._role_then_name(e) and low not in lx.countries and low not in lx.demonym_places:
            return Span(s, e, name, "org", "Company", 0.65)  # "Philips Poland general manager Marek Nowak said": where the role is held
        if lab in ("ORG", "", "GPE", "LOC") and not cue_type and len(words) <= 2 and (re.search(r"\b(?:the|le|la|l')\s*$", prev) or self._at_sentence_start(s)) \
                and lx.descriptor_alternation \
                and (dm_ := re.match(rf"\s+(?:(?!(?:and|et|the|la|le|les|of|de|du|des|a|an|un|une)\s)[a-z\-]+\s+){{0,2}}?(?:{lx.descriptor_alternation})\s+",
                                     fold(self.text[e : e + 60]))) \
                and self.text[e + dm_.end() : e + dm_.end() + 1].isupper() \
                and not re.match(r"\s+(?:[a-z\-]+\s+){0,2}?(?:subsidiary|unit|arm|division|affiliate|venture arm|filiale|brand)\b", self.text[e : e + 60]):
            # "from the Santiago fund Kayyak Ventures", "Istanbul start-up Albert Health": where the organisation is, before what it is
            return Span(s, e, name, "place", conf=0.55)
        acting = self.char_tok.get(s)
        if len(words) == 1 and name.isalpha() and name[:1].isupper() and not name.isupper() and low not in lx.countries and low not in lx.demonym_places \
                and lab in ("", "GPE", "LOC", "NORP", "MISC") and name.lower() not in dictionary_words(lx.lang) and not self._at_sentence_start(s):
            window = fold(self.text[max(0, s - 60) : s])
            prep = r"(?:of|de|du|d')" if lab in ("GPE", "LOC") and not re.search(r"\b(?:stake|interest|shareholding|participation|invested|investment|investit|investi)\s+(?:in|dans)\s*$", window) \
                else r"(?:of|in|into|de|du|des|d'|dans)"
            for rl in lx.relations:
                if rl.name not in ("acquired", "funds"):
                    continue
                last = None
                for last in rl.regex.finditer(window):
                    pass
                if last is not None and re.fullmatch(r"\s+(?:[\w\-%]+\s+){0,3}?" + prep + r"\s*(?:the\s+|la\s+|le\s+|l')?", window[last.end() :]):
                    # "completed the acquisition of Medlane", "took a 30% stake in Medlane": the object of a deal
                    return Span(s, e, name, "org", self.descriptor_before(s) or "Company", 0.6)
        if lab in ("", "NORP", "GPE", "LOC", "PERSON", "PER") and len(words) <= 3 and not titled and low not in lx.countries \
                and low not in lx.demonym_places and re.search(r"\b(?:raised|raises|raising|secured|received|obtained|leve|a leve|levee|obtenu|recu)\b[^.;]{0,60}?"
                                                             r"\b(?:from|aupres (?:de|du|des|d'))\s*(?:the\s+|le\s+|la\s+|l')?$",
                                                             fold(self.text[max(0, s - 90) : s])):
            return Span(s, e, name, "org", "Company", 0.6)  # "raised R$40 million from Kaszek": the backer, whatever the model says
        if lab in ("GPE", "LOC") and len(words) <= 2 and low not in lx.countries and low not in lx.demonym_places and acting is not None \
                and acting.dep_ in ("pobj", "obl", "nmod") and _preposition(acting) in ("with", "avec") \
                and any(t.regex.search(fold(self.text[max(0, s - 45) : s])) for t in lx.collab):
            return Span(s, e, name, "org", "Company", 0.6)  # "Mayo Clinic is teaming up with Nvidia": a partner, whatever the model says
        unknown_word = len(words) == 1 and name.isalpha() and low not in dictionary_words(lx.lang) and name.lower() not in dictionary_words(lx.lang) \
            and acting is not None and not acting.is_stop and acting.pos_ not in ("PRON", "DET", "ADP", "CCONJ", "SCONJ")
        if len(words) == 1 and acting is not None and (acting.pos_ == "PROPN" or (unknown_word and acting.pos_ == "NOUN")) and not titled \
                and not self._surname(name) and low not in lx.countries and low not in lx.demonym_places and (
                (lab in ("", "PERSON", "PER") and acting.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and acting.head.pos_ in ("VERB", "AUX"))
                or (lab in ("GPE", "LOC") and not name.isupper() and not self.text[max(0, s - 2) : s].strip() == "," and acting.dep_ in ("nsubj", "nsubjpass")
                    and acting.head.pos_ in ("VERB", "AUX") and (self._at_sentence_start(s) or self._trigger_verb(acting.head)
                                                                 or acting.head.lemma_ in _ORG_VERBS))
                or (lab in ("GPE", "LOC", "PERSON", "PER") and acting.dep_ == "conj" and acting.head.dep_ in ("nsubj", "nsubjpass")
                    and self.lx.name_type(self._tok_phrase(acting.head))[0] is not None)
                or (lab in ("", "PERSON", "PER", "GPE", "NORP") and acting.dep_ in ("pobj", "obl:agent", "obl", "conj") and _preposition(acting) in ("by", "par"))
                or (not lab and acting.dep_ in ("pobj", "obl") and _preposition(acting) in ("from", "aupres")
                    and not re.search(r"\b(?:start-?up|company|firm|maker|developer|group|spin-?off|spin-?out|hospital|clinic)\s+from\s*$", prev))
                or (lab in ("", "PERSON", "PER", "GPE", "LOC", "PRODUCT", "MISC") and acting.dep_ in ("obj", "dobj") and self._trigger_verb(acting.head))
                or (lab in ("", "PERSON", "PER", "MISC", "GPE", "LOC") and acting.dep_ in ("obl", "obl:arg", "iobj") and _preposition(acting) in ("a", "to")
                    and self._trigger_verb(acting.head) and (lab not in ("GPE", "LOC") or any(t.regex.fullmatch(fold(acting.head.text)) for t in lx.collab)))):
            # "a confié à Medvia la fourniture de ..." (where a place may stand, only after a collaboration's verb: not "développée à Tolochenaz")
            # "Illumina will supply the sequencers", "made by Abbott", "raised R$40 million from Kaszek": a name that acts
            return Span(s, e, name, "org", self.descriptor_before(s) or "Company", 0.65)
        root = self.doc[self.char_tok[s].i : self.char_tok[s].i + len(name.split())].root if s in self.char_tok else None
        if 2 <= len(words) <= 3 and root is not None and not titled and all(w[:1].isupper() for w in name.split()) and not cue_type \
                and root.dep_ in ("obj", "dobj") and self._trigger_verb(root.head) and not _DATE_WORDS.search(low):
            # "agreed to acquire Diagnostyka Obrazowa", "a racheté Clinique X" (typed by a descriptor where there is one)
            return Span(s, e, name, "org", self.descriptor_before(s) or self.descriptor_after(e) or "Company", 0.6)
        if 2 <= len(words) <= 3 and acting is not None and not titled and all(w[:1].isupper() for w in name.split()) \
                and (lab in ("", "MISC", "LOC", "GPE") or (lab in ("PERSON", "PER") and acting.pos_ == "NOUN")) \
                and (prev_word in ("by", "par") or (acting.dep_ in ("pobj", "obl:agent", "obl") and fold(acting.head.text) in ("by", "par"))) \
                and not re.search(r"\b(?:led|headed|run|dirigee?s?)\s+(?:by|par)\s*$", prev) \
                and low not in lx.demonym_places and not re.fullmatch(r"\s*(?:by|par)\s*", fold(self.text[self.text.rfind("\n", 0, s) + 1 : s])):
            return Span(s, e, name, "org", "Company", 0.6)  # (not a byline: "By Ana Robles")  # "financé par Génome Québec": an agent of two or three names that is no person
        if not cue_type and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in name.split()) and re.match(r"[*_]*\s*,", self.text[e : e + 4]) \
                and re.search(r"\b(?:said|says|added|adds|explained|explains|a declare|a explique|explique|precise|souligne|indique|ajoute)\s*[*_]*\s*$",
                              fold(self.text[max(0, s - 20) : s])):
            return Span(s, e, name, "person", conf=0.7)  # 'says **Ingrid Haugland**, head of ...': the speaker, whatever the model says
        if not cue_type and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in name.split()) and re.match(r"\s*,", self.text[e : e + 3]) \
                and lx.roles is not None and (rb := re.search(r"(?:['’]s|\b(?:its|their|the|his|her))\s+((?:[a-z\-]+\s+){0,3}?[a-z\-]+)\s*,\s*$",
                                                              fold(self.text[max(0, s - 60) : s]))) \
                and lx.roles.search(rb.group(1).split()[-1]):
            return Span(s, e, name, "person", conf=0.7)  # "Medlane's chief executive, Gediminas Peksys, will join ...": a role, then who holds it
        if (lab in ("PERSON", "PER") or titled) and not cue_type and not (lab and not titled and (self.descriptor_after(e, article=True)
                                                                                                   or self.descriptor_before(s))):
            # ("the German group B. Braun": a firm's descriptor before the name beats the model's reading of a person)
            if len(words) >= 2 or titled:
                return Span(s, e, name, "person", conf=0.8)
        if any(re.sub(r"\s*\b(?:the|le|la|les|l')$", "", prev).endswith(c) for c in lx.outlet_before) \
                and not (re.match(r"['’]s?\s", self.text[e : e + 3]) and lx.roles is not None
                         and lx.roles.search(re.split(r"[,;.]", fold(self.text[e + 2 : e + 45]))[0])) \
                and (not cue_type or (cue_type == "Company" and re.search(r"\b(?:read more|first published|first reported|published in|photo|credit|©)", prev))):
            return None  # (a trade name is no cover: "Read more on Modern Healthcare")
        if re.match(r"['’]s?\s+(?:[\w\-]+\s+){0,2}(?:list|lists|ranking|rankings|league table|index)\b", self.text[e : e + 40]) and cue_type in (None, "Company"):
            return None  # "named to Fierce Healthcare's list of top start-ups": a publisher's ranking, not a party
        if self.text[s - 1 : s] == "/" and self.text[e : e + 1] == "/":
            return None  # "DENVER, Jan. 20, 2026 /PRNewswire/ --": the wire that carries a release, not a party to it
        if len(words) == 1 and not cue_type and lab not in ("ORG", "PERSON", "PER", "GPE", "LOC"):
            tok = self.char_tok.get(s)
            if tok is not None and tok.pos_ in ("VERB", "NOUN", "ADJ", "ADV", "AUX") and not any(c.isupper() for c in name[1:]) and not unknown_word \
                    and not self.descriptor_before(s) and not re.search(r"(?<![\w-])" + re.escape(name) + r" [A-Z]\w+", self.text):
                return None  # a common word; but "Vector" is kept where "Vector Institute" is named
        no_article = not re.search(r"\b(?:the|a|an|le|la|les|l'|un|une|this|its|our|their|ce|cette|son|sa|notre)\s*$", prev)
        proper_generic = len(words) >= 2 and all(w[:1].isupper() for w in name.split()) and no_article and (
            (len(words) >= 3 and lab == "ORG")  # "University Health Network"
            or (not self._at_sentence_start(s) and not self._title_case_line(s)))  # "Alliance Medical will run ..."
        if len(words) >= 2 and (words[0] in lx.non_org_openers or " ".join(words[:2]) in lx.non_org_openers):
            return None  # "Grands Prix d'Innovation de la Ville de Paris", "Salon Santé Autonomie": an event or a prize
        if len(words) == 1 and lx.is_generic(name) and low not in lx.proper_cues and not self._defined_acronym(name):
            return None  # a type word alone ("in Health category", "AP-HP. Center"): no name
        if cue_type and lx.is_generic(name) and not proper_generic and not (cue_type == "PublicBody" and re.search(r"\b(?:of|de|du|des|d')\b", low)) \
                and not self._defined_acronym(name):
            return None  # "University Hospital" alone; but "Ministry of Health" is the name of a ministry
        desc = self.descriptor_before(s) or (self.descriptor_after(e, article=bool(cue_type)) if low not in lx.countries and low not in lx.demonym_places else None)
        if not desc and _RUNS_HOSPITALS.match(fold(self.text[e : e + 80])):
            desc = "Hospital"  # "Summit Health, which runs 12 hospitals", "Elsan, qui regroupe 120 cliniques"
        if not desc and not cue_type and _RESEARCHERS_OF.search(fold(self.text[max(0, s - 40) : s])):
            desc = "ResearchInstitute"  # "des chercheurs de l'Inria", "researchers at Inserm": context, not a list of names
        if not desc and not cue_type and (lab not in ("PERSON", "PER") or len(words) == 1) and not titled and low not in lx.countries \
                and low not in lx.demonym_places and self._after_role(s):
            return Span(s, e, name, "org", "Company", 0.6)  # "directrice générale de l'Oncopole de Toulouse": what a role is held at
        if cue_type:
            before = self.descriptor_before(s)
            if before and before != cue_type and words[0] not in lx.cue_words and re.search(r"\b(?:of|de|du|des|d')\b", low):
                # "l'association Les Amis du CHU": the kind said before the name beats a type word in its complement
                return Span(s, e, name, "org", before, 0.85, context_type=before)
            return Span(s, e, name, "org", cue_type, 0.9, context_type=desc or "")
        if desc:
            m = re.search(r"\b(clinique|hopital|centre hospitalier|polyclinique|fondation|institut|universite|association|hospital|clinic)\s+(?:de la |de l'|du |des |de |d'|of the |of )$", fold(self.text[max(0, s - 40) : s]))
            if m:
                s0 = s - (len(fold(self.text[max(0, s - 40) : s])) - m.start())
                return Span(s0, e, self.text[s0:e], "org", desc, 0.8, context_type=desc)
            return Span(s, e, name, "org", desc, 0.8, context_type=desc)
        if words and words[-1] in lx.outlet_heads:
            return None
        if lab == "ORG" and (low in lx.demonym_places or low in lx.countries) and re.search(r"\b(?:in|at|from|near|of|a|en|dans|pres de|depuis)\s*$", prev):
            return Span(s, e, name, "place", conf=0.8)  # "founded in 2018 in Lyon": a known place after a preposition of place
        if lab in ("ORG", "") and len(words) == 1 and not name.isupper() and re.search(r"\b(?:in|near|dans|pres de)\s*$", prev) \
                and not _INVESTED_IN.search(prev) \
                and not re.match(r"\s*(?:['’]s|,\s*(?:a|an|the|which|who|un|une|le|la|qui)\b)", self.text[e : e + 12]):
            return Span(s, e, name, "place", conf=0.55)  # "a patient in Temuco": one unknown word after "in" is a place, not a party
        if lab == "ORG" and (low in lx.countries or (low in lx.demonym_places and re.match(r"['’]s\s+[A-ZÀ-Ý]", self.text[e : e + 4]))):
            # ("Abu Dhabi's M42": a known town whose firm follows)
            return Span(s, e, name, "place", conf=0.6)  # "surgeons from Argentina, Uruguay and Paraguay": a country, whatever the model says
        if not cue_type and len(words) <= 2 and re.match(r"(?:\s*(?:,|and|&)\s+[A-Z][\w\-]*)*\s+(?:hospitals|clinics|sites|campuses|plants|offices|facilities|labs|laboratories)\b",
                                                        self.text[e : e + 60]):
            return Span(s, e, name, "place", conf=0.6)  # "at Kestrel's Dayton and Akron hospitals": where a body's sites are
        if lab == "ORG":
            return Span(s, e, name, "org", "Company", 0.65)
        if lab in ("GPE", "LOC") or low in lx.countries:
            known = low in lx.countries or low in lx.demonym_places
            pm = re.search(r"(?<![\w\-])[a-zà-ÿ]+\s+(?:de|d['’]|of|in|à|en)\s*([\w\-]+)\s+(?:et|and)\s*$", self.text[max(0, s - 50) : s])
            known = known or bool(pm and (fold(pm.group(1)) in lx.countries or fold(pm.group(1)) in lx.demonym_places))  # "cancer de Lyon et Rhône-Alpes"
            if not known and lab == "LOC" and not re.search(r"\b(?:a|en|dans|au|aux|pres de|vers|sur|in|at|near)\s*$", prev) \
                    or re.search(r"\b(?:associe|associent|allie|allient|confie|confié|appel|aupres de|rejoint|rejoignent)\s+a\s*$", prev):
                return Span(s, e, name, "unknown", conf=0.3)
            return Span(s, e, name, "place", conf=0.85 if known else 0.6 if lab == "GPE" else 0.5)
        if len(words) == 1 and not cue_type and re.search(r"\b(?:start-?up|company|firm|maker|developer|spin-?off|spin-?out)\s+from\s*$", prev) \
                and lab in ("", "GPE", "LOC", "PERSON", "PER"):
            return Span(s, e, name, "place", conf=0.6)  # "a start-up from Eindhoven": where it comes from
        tok = self.char_tok.get(s)
        if len(words) == 1 and tok is not None and (tok.is_sent_start or self._at_sentence_start(s)) \
                and (tok.pos_ in ("VERB", "AUX", "ADJ") or re.search(r"[a-zé](?:é|ée|és|ées|ed)$", name)
                     or (not lab and name.lower() in dictionary_words(self.lx.lang))) \
                and re.match(r"\s+(?:de|d'|d’|par|en|à|au|with|by|in|to)\s", self.text[e : e + 6]):
            # "Dotée de 3 millions d'euros, la chaire ...", "Backed by X, ...": a participle opening the sentence;
            # "Faute de radiologues, ...": a common word opening it before a preposition
            return None
        if lab in ("PERSON", "PER") and len(words) == 1 and prev_word in ("in", "near", "dans") and not _INVESTED_IN.search(prev):
            return Span(s, e, name, "place", conf=0.5)  # "campus in Taguig": nobody is "in" a person
        if len(words) == 1 and lab in ("", "PERSON", "PER", "MISC") and not cue_type and low in lx.demonym_places \
                and re.search(r"[A-ZÀ-Ý][\w\-]+\s+(?:de|d['’]|of)\s*$", self.text[max(0, s - 40) : s]):
            return Span(s, e, name, "place", conf=0.55)  # "le Centre national hospitalier universitaire Hubert Maga de Cotonou": a known town
        if lab in ("PERSON", "PER") and len(words) == 1:
            return Span(s, e, name, "unknown", conf=0.3)
        if len(words) == 1 and lab not in ("GPE", "LOC", "NORP") and low not in lx.countries and low not in lx.demonym_places and low not in lx.demonyms:
            longer = re.search(r"(?<![\w-])" + re.escape(name) + r"((?:\s+[A-Z][\w\-]*){1,2})\b", self.text)
            if longer and lx.is_generic(longer.group(1)) and lx.name_type(name + longer.group(1))[0]:
                # "a separate agreement with Vector" where "Vector Institute" is named: its short form, whatever the model says
                return Span(s, e, name, "org", lx.name_type(name + longer.group(1))[0] or "Company", 0.6)
        if lab in ("NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LANGUAGE", "LAW", "EVENT", "WORK_OF_ART"):
            return None
        return Span(s, e, name, "unknown", conf=0.3)

    def _surname(self, name: str) -> bool:
        """The model names a person elsewhere whose last word is this one ("Pablo Lavados" ... "Lavados said")."""
        return any(lab in ("PERSON", "PER") and ee - es > len(name) + 1 and self.text[es:ee].endswith(" " + name) for es, ee, lab in self.ents)

    _FOUNDED_BY = re.compile(r"(?:(?:co-?)?founded|created|set up|launched|started|(?:co-?)?fond[ée]e?s?|cré[ée]e?s?|lanc[ée]e?s?)\b[^.;:]{0,60}?"
                             r"\b(?:by|par)\b[^.;:]{2,90},\s*$", re.I)

    _FOUNDED_AFTER = re.compile(r"\s*,\s*(?:(?:co-?)?founded|created|set up|(?:co-?)?fond[ée]e?s?|cré[ée]e?s?)(?:\s+(?:in|en)\s+\d{4})?\s+(?:by|par)\s", re.I)

    def _founded_by_before(self, s: int) -> bool:
        """The sentence opens with a founding and its founders up to a comma just before ``s``."""
        start = max((x for x in self.sent_starts if x <= s), default=0)
        head = self.text[start:s]
        return bool(head) and head[:1].isupper() and bool(self._FOUNDED_BY.match(head.lstrip()))

    def _role_then_name(self, e: int) -> bool:
        """Lowercase role words or a role's acronym, then a capitalised name, right after ``e``: "X chief executive Jane Doe",
        "X co-founder and CEO Jane Doe"."""
        m = re.match(r"(?:['’]s?)?\s+((?:(?:[a-z][\w\-]*|[A-Z]{2,4})\s+){1,5}?)(?:(?:dr|prof|mr|mrs|ms)\.?\s+)?[A-Z][a-z]", self.text[e : e + 70])
        if not m or not self.lx.roles:
            return False
        ws = fold(m.group(1)).split()
        return bool(self.lx.roles.search(" ".join(ws))) and bool(self.lx.roles.search(ws[-1])) and not any(w in ("said", "says", "told", "and", "the", "a") for w in ws[-1:])

    def _tok_phrase(self, tok: "Token") -> str:
        """The words of the name a token heads (its compounds and flat parts): "Chang Gung Memorial Hospital"."""
        parts = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "flat", "flat:name", "amod") or t.i == tok.i]
        return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))

    def _opening_word(self, s: int, pattern: str) -> bool:
        """The word right before ``s`` opens its sentence and matches ``pattern`` (folded)."""
        m = re.search(r"(\w+)\s*$", self.text[max(0, s - 30) : s])
        return bool(m) and re.fullmatch(pattern, fold(m.group(1))) is not None and self._at_sentence_start(max(0, s - 30) + m.start(1))

    def _trigger_verb(self, tok: "Token") -> bool:
        """The verb is a trigger of a relation or a collaboration ("a acquis X", "choisit X", "acquired X")."""
        if tok.pos_ not in ("VERB", "AUX"):
            return False
        w = fold(tok.text)
        return any(r.regex.fullmatch(w) for r in self.lx.relations) or any(t.regex.fullmatch(w) for t in self.lx.collab)

    def _after_role(self, s: int) -> bool:
        """A role title and "of"/"at"/"de" stand right before ``s``: "chief executive of X", "directeur de l'X"."""
        if not self.lx.roles:
            return False
        prev = fold(self.text[max(0, s - 60) : s])
        pm = re.search(r"\s(?:of|at|de|du|des|d'|de la|de l')\s*(?:the\s+)?$", prev)
        if not pm:
            return False
        for m in self.lx.roles.finditer(prev):
            gap = prev[m.end() : pm.start()].split()  # "directrice générale de", "director of research at"
            if len(gap) <= 2 and not any(w in ("and", "et", "a", "the", "le", "la", "les", "un", "une", "is", "est", "with", "avec") for w in gap):
                return True
        return False

    def _defined_acronym(self, name: str) -> bool:
        """The text gives this acronym a name: "l'Agence régionale de santé (ARS)"; not "university center (CHU)",
        nor a type before a name, "(GHT) Cœur Grand Est"."""
        if not name.isupper():
            return False
        for d in re.finditer(r"((?:[\w'’\-]+\s+){1,6}?)\(\s*" + re.escape(name) + r"\s*\)(?!\s+[A-ZÀ-Ý])", self.text):
            ws = re.sub(r"\b[ldLD]['’]", "", d.group(1)).split()
            if any(acronym_of(name, " ".join(ws[k:])) for k in range(len(ws))):
                return True
        return False

    def _role_before_speech(self, s: int, e: int) -> bool:
        """A role title right before the name and a reporting verb (or the end of the clause) right after it."""
        lx = self.lx
        if not lx.roles:
            return False
        tail = fold(self.text[max(0, s - 50) : s])
        last = None
        for m in lx.roles.finditer(tail):
            last = m
        if last is None or not re.fullmatch(r"(?:\s+(?:for|of|de|du|des|d'|charge(?:e)? de)\s+[a-z][\w\s\-']{0,40}?,\s*|[\s,]*)", tail[last.end() :]):
            return False  # "chief executive Adegoke Olubusi", "the state's commissioner for health, Tunde Bakare,"
        after = fold(self.text[e : e + 30])
        return bool(re.match(r"^\s*(?:,\s*)?(?:said|says|added|adds|told|explained|explains|noted|notes|commented|announced|stated|confirmed|declared|wrote|"
                             r"a declare|a dit|a explique|explique|ajoute|a ajoute|souligne|precise|indique|a annonce|annonce|estime|a indique)\b|^\s*[.;]", after))

    def _product_context(self, s: int, e: int) -> bool:
        left = fold(self.text[max(0, s - 40) : s])
        right = fold(self.text[e : e + 50])
        before_rx, after_rx, after_its_rx, appos_rx = _product_cue_regexes()
        cued = (before_rx.search(left) and not re.search(r"\b(?:by|par|of|de)\s*$", left)) \
            or ((af := after_rx.match(right)) and not re.match(r"\s*(?:,|and\b|et\b|or\b|ou\b|&)", right)
                and self.lx.name_type(af.group())[0] in (None, "Company", "Startup")) \
            or ((ap := appos_rx.match(fold(self.text[e : e + 80]))) and self.lx.name_type(self.text[s:e])[0] in (None, "Company", "Startup")
                and self.lx.name_type(ap.group())[0] in (None, "Company", "Startup")) \
            or (re.search(r"(?:\b(?:its|their|his|her|our|the)|['’]s?)\s*$", left) and after_its_rx.match(right)
                and not ((poss := re.search(r"([\w\-]+)['’]s?\s*$", left)) and (poss.group(1) in self.lx.countries or poss.group(1) in self.lx.demonym_places)))
        # ("Japan's Kestrel Pharma licenses a stroke drug": a country's firm, not a maker's product)
        # (a name with a type cue stays an organisation in an apposition: "avec la clinique Pasteur, une solution de suivi";
        # so does one described as an institution: "UCHealth, Colorado's largest health system,")
        # "its SepsisWatch early-warning platform", "Philips' eICU platform")
        if not cued or re.search(r"\b(?:round|investment|invested|invests|stake|financing)\s+in\s*$", left):
            return False  # ("led a USD 25 million round in Altibbi, a telemedicine platform": who raises money is a company)
        # "telemedicine platform Halodoc" where "Halodoc, backed by ..., raised": a company
        return not re.search(r"(?<!\w)" + re.escape(self.text[s:e]) + r"(?:,\s+(?:backed|funded|founded|owned|based)\b|\s+(?:raised|has raised|said|announced|signed|was founded))",
                             self.text)


_CAP_NAME = r"[A-ZÀ-Ý][\w'’\-]*(?:\s+[A-ZÀ-Ý][\w'’\-]*)*"
# currency codes and signs written before a sum ("EUR 85 million", "US$ 6 million", "A$20 million")
CURRENCY_CODES = r"(?:EUR|USD|GBP|CHF|CAD|AUD|NZD|NOK|SEK|DKK|JPY|INR|ZAR|KES|NGN|BRL|MXN|CFA|FCFA|XOF|HK\$|US\$|A\$|C\$|R\$|NZ\$)"
# an event's head noun (folded): "the LEAP conference", "Arab Health, the region's largest healthcare exhibition"
_EVENT_NOUNS = "conference|summit|congress|forum|expo|exhibition|trade fair|trade show|fair|congres|salon|sommet|colloque"
_EVENT_APPOSITION = re.compile(r"(?:\s+(?:in|à)\s+[A-ZÀ-Ý][\w\-]*(?:\s+[A-ZÀ-Ý][\w\-]*)?)?,\s+(?:the|a|an|le|la|l['’]|un|une)\s+(?:[\w'’\-]+\s+){0,4}?"
                               rf"(?:{_EVENT_NOUNS}|congrès)\b", re.I)
# several bodies' places: "les hôpitaux de Verdun, Saint-Mihiel et Commercy", "its sites in Kelso and Hawick"
# words that open a sentence rather than continue a name after an initial ("hepatitis B. The ...")
_SENTENCE_OPENERS = frozenset("the a an this these that it its in on at as for but and or we our he she they "
                              "le la les l un une ce cette ces il elle ils elles en dans au aux pour mais et ou nous on".split())
_PLURAL_HEADS = "hôpitaux|hospitals|cliniques|clinics|établissements"
# ("les hôpitaux régionaux de Thiès, Kaolack et Ziguinchor", "district hospitals in A and B")
_PLURAL_ADJ = (r"(?:\s+(?:régionaux|regionaux|universitaires|départementaux|departementaux|publics|privés|prives|locaux|généraux|generaux|"
               r"de district|district|regional|general|public|private|university|rural))?")
_PLURAL_HEAD_OF = re.compile(rf"(?:{_PLURAL_HEADS}|centres hospitaliers){_PLURAL_ADJ}\s+(?:de|d['’]|du|des|of|in)\s*(?=[A-ZÀ-Ý])")
# French hospitals of several towns: "les centres hospitaliers de Châtellerault et de Montmorillon", "les hôpitaux régionaux de
# Saint-Louis et de Ziguinchor" (each one's name is the singular head and its town; "les hôpitaux de Nantes et de Rennes" only says where)
_FR_HOSPITALS_OF = re.compile(r"\b((?:(?i:centres hospitaliers)|(?<=les )(?:CHU|CHRU|CHR|CH))(?:\s+(?:régionaux|universitaires|départementaux|généraux|privés|publics))?"
                              r"|(?i:hôpitaux|cliniques)\s+(?:régionaux|universitaires|départementaux|généraux|privées|privés|publics|de district))"
                              r"\s+(?:de\s+|d['’]|du\s+)(?:[A-ZÀ-Ý][\w\-]*(?:\s+[A-ZÀ-Ý][\w\-]*)*\s*(?:,|et)\s*(?:de\s+|d['’]|du\s+)?)*$")
_FR_SINGULAR = {"centres": "centre", "hospitaliers": "hospitalier", "hôpitaux": "hôpital", "cliniques": "clinique", "régionaux": "régional",
                "universitaires": "universitaire", "départementaux": "départemental", "généraux": "général", "privées": "privée",
                "privés": "privé", "publics": "public"}
_SITES_OF = re.compile(rf"\b(?:sites?|campus(?:es)?|sièges?|antennes?|{_PLURAL_HEADS}){_PLURAL_ADJ}\s+(?:de|d['’]|du|des|of|in|at|à)\s*(?:{_CAP_NAME}\s*,\s*)*(?:{_CAP_NAME}\s+(?:et|and)\s+)?$")


def _preposition(tok: "Token") -> str:
    """The preposition that governs a noun, folded: its head in English parses ("by" -> X), its "case" child in French ones."""
    if tok.dep_ == "pobj":
        return fold(tok.head.text)
    return next((fold(c.text) for c in tok.children if c.dep_ == "case"), fold(tok.head.text))


def find_mentions(doc: "Doc", text: str, lx: Lexicon, body: tuple[int, int], doc_year: int | None = None) -> DocMentions:
    """All mentions of one document; ``text`` is the original article text."""
    f = _Finder(doc, text, lx, body)
    spans: list[Span] = []
    chunks = f.chunks()
    extra_alias: list[tuple[str, str]] = []
    merged: list[tuple[int, int]] = []
    skip: set[int] = set()
    covered: list[tuple[int, int]] = []
    for m in _HEAD_ACRONYM_PLACE.finditer(text, body[0], body[1]):
        # "le centre hospitalier universitaire (CHU) de Limoges", "le groupement hospitalier de territoire (GHT) du Limousin":
        # a type name written in lower case, its acronym, then the place it belongs to
        acr = m.group(2)
        place = next(((s2, e2) for s2, e2 in chunks if s2 == m.end()), None)
        starts = [m.start(1) + w.start() for w in re.finditer(r"\S+", m.group(1))]
        h0 = next((h for h in starts if fold(text[h : m.end(1)]).split()[0] not in ("le", "la", "les", "l", "du", "au", "un", "une", "the", "a")
                   and acronym_of(acr, text[h : m.end(1)]) and lx.name_type(text[h : m.end(1)])[0]), None)
        if place is None or h0 is None:
            continue
        more = re.match(r"\s+et\s+(?:de la|de l['’]|du|des|de|d['’])\s*[A-ZÀ-Ý][\w\-’']*", text[place[1] :])
        if more:
            place = (place[0], place[1] + more.end())  # "... (GHT) de l'Aube et du Sézannais"
        full = text[h0 : m.end(1)] + " " + text[m.start(3) : place[1]]  # (without the acronym, which becomes an alias)
        spans.append(Span(h0, place[1], full, "org", lx.name_type(text[h0 : m.end(1)])[0] or "Company", 0.9))
        extra_alias.append((name_key(full), name_key(acr + " " + text[m.start(3) : place[1]])))
        covered.append((m.start(), place[1]))
    chunks = [(s, e) for s, e in chunks if not any(a <= s and e <= b for a, b in covered)]
    for i, (s, e) in enumerate(chunks):
        # "Groupement de Coopération Sanitaire (GCS) TéléSanté Centre": a generic
        # type name, its acronym, then the distinctive part
        if i + 1 < len(chunks) and lx.is_generic(text[s:e]):
            s2, e2 = chunks[i + 1]
            if re.fullmatch(r"\s*[(\[]\s*", text[e:s2]) and i + 2 < len(chunks):
                skip.add(i + 1)
                s2, e2 = chunks[i + 2]
            m = re.fullmatch(r"\s*[(\[]\s*([A-Z][\w\-]{1,8})\s*[)\]]\s*", text[e:s2])
            if m and acronym_of(m.group(1), text[s:e]):
                full = text[s:e] + " " + text[s2:e2]
                typ = lx.name_type(text[s:e])[0] or "Company"
                spans.append(Span(s, e2, full, "org", typ, 0.9))
                extra_alias.append((name_key(full), name_key(m.group(1) + " " + text[s2:e2])))
                skip.add(i + 1 if i + 1 not in skip else i + 2)
                continue
        if i in skip:
            continue
        merged.append((s, e))
    merged = _join_defined(merged, text)
    merged = _join_dashed(merged, f, extra_alias)
    for s, e in merged:
        m = re.match(r"[A-Z][\w\-]*(?: [A-Z][\w\-]*)* (?:du|de la|de l['’]|des|of the) (?=[A-Z])", text[s:e])
        if m and not lx.name_type(m.group())[0] and re.search(r"\b[a-zà-ÿ]{3,}\s+$", text[max(0, s - 30) : s]) \
                and lx.name_type(text[s + m.end() : e].split()[0])[0]:
            s += m.end()  # "le centre expert Parkinson du CHU de Bordeaux": a unit's name, then the organisation it belongs to
        sp = f.classify(s, e)
        if sp is None:
            continue
        if sp.kind == "unknown":
            inner = [(es, ee, lab) for es, ee, lab in f.ents if es >= s and ee <= e and (es, ee) != (s, e)]
            for es, ee, lab in inner:
                if lab in ("GPE", "LOC"):
                    spans.append(Span(es, ee, text[es:ee], "place", conf=0.7))
                elif lab == "ORG":
                    spans.append(Span(es, ee, text[es:ee], "org", "Company", 0.55))
        spans.append(sp)
    # "Pablo Lavados ... Lavados said": a single word that ends a person's name is that person, not an organisation
    surnames = {sp.text.split()[-1] for sp in spans if sp.kind == "person" and len(sp.text.split()) >= 2}
    for sp in spans:
        if sp.kind == "org" and sp.text in surnames and sp.conf <= 0.65 and not lx.name_type(sp.text)[0] \
                and not _short_form_first(spans, name_key(sp.text), sp.start):
            sp.kind, sp.type, sp.conf = "person", "", 0.6
    spans.extend(_quoted_orgs(text, lx, body))
    spans = _dedupe(spans)
    dm = DocMentions(spans=spans)
    _resolve_kinds(dm, text, lx)
    _promote_lists(dm, text, lx)
    extra_alias += _possessive_openers(dm, text, lx)
    extra_alias += _headline_short_forms(dm, text, lx, body)
    _link_aliases(dm, text, lx, extra_alias)
    _refine_types(dm, text, lx, doc_year)
    _coref(dm, text, lx, body, f.char_tok)
    dm.spans.sort(key=lambda x: (x.start, -x.end))
    _choose_names(dm)
    return dm


def _long_countries(lx: Lexicon) -> dict[str, list[str]]:
    """Country and region names of several words, by their first word, longest first (kept on the lexicon)."""
    if "_long_countries" not in lx.__dict__:
        out: dict[str, list[str]] = defaultdict(list)
        for c in sorted((c for c in lx.countries if " " in c), key=len, reverse=True):
            out[c.split(" ", 1)[0]].append(c)
        lx.__dict__["_long_countries"] = dict(out)
    return lx.__dict__["_long_countries"]  # type: ignore[no-any-return]


# "a stake in X", "partnered in X", "clients in X": after these "in" introduces an organisation, not a place
_INVESTED_IN = re.compile(r"\b(?:stake|stakes|invest\w*|interest|shares|position|holding|participation|role|partner\w*|customers?|clients?|"
                          r"actionnaire|investi\w*)\s+(?:\w+\s+)?(?:in|dans)\s*$")


_HEAD_ACRONYM_PLACE = re.compile(r"\b([A-Za-zÀ-ÿ][a-zà-ÿ]+(?:\s+(?:(?:de|du|des|d['’])\s*)?[a-zà-ÿ]+){1,4})\s*\(\s*([A-Z][A-Z\-]{1,7})\s*\)\s+"
                                 r"((?:de la|de l['’]|du|des|de|d['’])\s*)(?=[A-ZÀ-Ý])")


def _join_dashed(chunks: list[tuple[int, int]], f: _Finder, extra_alias: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """ "Health New Zealand – Te Whatu Ora", "Assistance Publique – Hôpitaux de Marseille": two names of two words
    or more joined by a spaced dash are one organisation's double name; each part is an alias of it."""
    text = f.text
    out: list[tuple[int, int]] = []
    for s, e in chunks:
        if out:
            s0, e0 = out[-1]
            left, right = text[s0:e0], text[s:e]
            if not re.fullmatch(r"[ \u00a0]+[\u2013\u2014-][ \u00a0]+", text[e0:s]):
                out.append((s, e))
                continue
            line_end = text.find("\n", e)
            sentence_line = text[s : line_end if line_end >= 0 else len(text)].rstrip().endswith((".", "!", "?", "»", '"', "”"))
            if re.search(r"\b(?:contacts?|press|presse|media|médias|relations presse)\b[^\n]{0,20}:[^\n]*$", text[max(0, s0 - 60) : s0], re.I):
                out.append((s, e))  # "Contact presse : Agence Plume – Marie Lenoir": an agency, then a person
                continue
            one_word_left = len(left.split()) == 1 and sentence_line and f.lx.name_type(right)[0] not in (None, "Company", "Startup")
            if len(right.split()) == 1 and len(left.split()) >= 3 and right.lower() in dictionary_words(f.lx.lang) \
                    and (f.lx.name_type(left)[0] or any(es <= s0 and ee >= e and lab == "ORG" for es, ee, lab in f.ents)) \
                    and not re.match(r"\s*[A-ZÀ-Ý]", text[e : e + 2]):
                out[-1] = (s0, e)  # "Fonds de recherche du Québec – Santé": a body's field after a dash ends its name
                f.dashed.add((s0, e))
                extra_alias.append((name_key(text[s0:e]), name_key(left)))
                continue
            if re.search(r"\b(?:in|at|from|near|across)\s+(?:the\s+)?$", text[max(0, s0 - 12) : s0]) and not f.lx.name_type(left)[0]:
                out.append((s, e))  # "three hospitals in the Canton of Vaud — A, B and C —": a place, then a list set off by dashes
                continue
            if "\n" not in text[s0:e] and re.search(r"\(\s*" + re.escape(text[s0:e]) + r"\s*\)", text):
                # "(CIUSSS de l'Estrie – CHUS)": the dashed pair is given in brackets as one body's short form
                out[-1] = (s0, e)
                f.dashed.add((s0, e))
                continue
            if (len(left.split()) >= 2 or one_word_left) and len(right.split()) >= 2 \
                    and not left.isupper() and not right.isupper() and "\n" not in text[s0:e] \
                    and len(re.findall(r"[\u2013\u2014-][ \u00a0]+" + re.escape(right), text)) < 2 \
                    and not any((es, ee) in ((s0, e0), (s, e)) and lab in ("GPE", "LOC", "PERSON", "PER", "DATE") for es, ee, lab in f.ents):
                out[-1] = (s0, e)
                f.dashed.add((s0, e))
                extra_alias.extend([(name_key(text[s0:e]), name_key(left)), (name_key(text[s0:e]), name_key(right))])
                continue
        out.append((s, e))
    return out


def _quoted_orgs(text: str, lx: Lexicon, body: tuple[int, int]) -> list[Span]:
    """'l'association « X »', 'the "X" consortium': a quoted name after a type noun."""
    out = []
    types = {k: v for k, v in lx.descriptors.items() if v in ("Association", "Consortium", "Foundation", "PublicBody", "ResearchInstitute")}
    alt = "|".join(re.escape(k) for k in sorted(types, key=len, reverse=True))
    pat = re.compile(rf"\b({alt})\s*[\"«“]\s*([^\"»”\n]{{3,90}}?)\s*[\"»”]", re.I)
    for m in pat.finditer(fold(text), body[0], body[1]):
        s, e = m.start(2), m.end(2)
        out.append(Span(s, e, text[s:e], "org", types[m.group(1).lower()], 0.8))
    return out


def _dedupe(spans: list[Span]) -> list[Span]:
    spans.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[Span] = []
    for sp in spans:
        if out and sp.start < out[-1].end:
            if sp.kind == "org" and out[-1].kind == "unknown":
                out[-1] = sp
            continue
        out.append(sp)
    return out


def _short_form_first(spans: list[Span], key: str, start: int) -> bool:
    """The single name ``key`` at ``start`` opens the name of an organisation told before it, and the person whose
    surname it also is comes only later ("Kelvora Health ... Kelvora will ... founded by Ellen Kelvora")."""
    person_at = min((s.start for s in spans if s.kind == "person" and name_key(s.text).split()[-1:] == [key]
                     and len(s.text.split()) >= 2), default=None)
    return person_at is not None and start < person_at and any(
        s.kind == "org" and s.start < start and name_key(s.text).startswith(key + " ") for s in spans)


def _resolve_kinds(dm: DocMentions, text: str, lx: Lexicon) -> None:
    """Make every mention of one name agree on its kind, by vote of the strongest."""
    by_key: dict[str, list[Span]] = defaultdict(list)
    for sp in dm.spans:
        by_key[name_key(sp.text)].append(sp)
    persons = [name_key(s.text) for s in dm.spans if s.kind == "person" and len(s.text.split()) >= 2]
    surnames = {p.split()[-1] for p in persons} | {p.split()[0] for p in persons}  # "Ding Gang ... Ding said": family names come first too
    for key, group in by_key.items():
        kinds: Counter[str] = Counter()
        top: Counter[str] = Counter()
        for sp in group:
            if sp.kind != "unknown":
                kinds[sp.kind] += sp.conf
                top[sp.kind] = max(top[sp.kind], sp.conf)
        if key in surnames and not any(s.type and s.conf >= 0.8 for s in group if s.kind == "org") \
                and not _short_form_first(dm.spans, key, min(s.start for s in group)):
            kind = "person"
        elif kinds and any(s.kind == "org" and (s.context_type or re.search(r"[\w\-]-based\s+$", text[max(0, s.start - 12) : s.start])) for s in group) \
                and kinds.keys() <= {"org", "person", "org?"}:  # ("Nashville-based Lumen Clinical": a firm)
            kind = "org"  # "Portuguese hospital group Luz Saúde": the words around a name beat the model's reading of it as a person's
        elif kinds:
            # the strongest single piece of evidence first ("the start-up X" beats
            # a model's guess of a place), then the total
            kind = max(kinds, key=lambda k: (round(top[k], 2), kinds[k]))
        else:
            kind = "unknown"
        best = max((s for s in group if s.kind == kind), key=lambda s: s.conf, default=None)
        for sp in group:
            if sp.kind != kind:
                sp.kind = kind
                if best is not None:
                    sp.type, sp.conf = best.type, min(best.conf, 0.7)
    # "Woundly Track", "Medilang Care": an organisation's name and one more word is its product
    org_keys = {name_key(sp.text) for sp in dm.spans if sp.kind == "org"}
    for sp in dm.spans:
        ws = name_key(sp.text).split()
        if sp.kind == "person" and len(ws) == 2 and ws[0] in org_keys:
            sp.kind, sp.type, sp.conf = "product", "", 0.6
    # unknown single names that spaCy took for people but are not anyone's surname:
    # kept as organisation candidates of low confidence
    for sp in dm.spans:
        if sp.kind == "unknown":
            sp.kind = "org?"
            sp.type = "Company"
            sp.conf = 0.35


_LIST_GAP = re.compile(r"\s*(?:,|;|and|et|&|, and|, et|et de|et du|et des|et d['’]|as well as|ainsi que)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*|de\s+|du\s+)?")


def _possessive_openers(dm: DocMentions, text: str, lx: Lexicon) -> list[tuple[str, str]]:
    """"St. Luke's and Philips sign MoU" ... "St. Luke's Medical Center": a name the model reads as a person's, written with
    a possessive, that opens a typed organisation's name of the same article, is that organisation. Returns (name, alias) keys."""
    org_names = [name_key(sp.text) for sp in dm.spans if sp.kind == "org" and lx.name_type(sp.text)[0]]
    pairs: list[tuple[str, str]] = []
    for sp in dm.spans:
        if sp.kind == "person" and sp.conf <= 0.8 and re.match(r"['’]s?\b", text[sp.end : sp.end + 2]):
            pk = name_key(sp.text)
            full = next((k for k in org_names if re.match(re.escape(pk) + r"(?:'s?|s)? ", k)), None)
            if full is not None:
                sp.kind, sp.type, sp.conf = "org", lx.name_type(full)[0] or "Company", 0.6
                pairs.append((full, pk))
    return pairs


def _headline_short_forms(dm: DocMentions, text: str, lx: Lexicon, body: tuple[int, int]) -> list[tuple[str, str]]:
    """A headline names the story's organisations in short ("Mulvey hospital", "Andes university"): an organisation
    named in the headline whose own words (beyond type words) all belong to exactly one organisation of the story
    that has more of them is that organisation. Returns (name, alias) keys."""
    m = re.match(r"\s*([^\n]+)", text[body[0] : body[1]])
    if not m or m.group(1).rstrip().endswith(".") or len(m.group(1)) > 200:
        return []
    h0, h1 = body[0] + m.start(1), body[0] + m.end(1)
    orgs = [sp for sp in dm.spans if sp.kind in ("org", "org?")]
    body_keys = {name_key(sp.text) for sp in orgs if sp.start >= h1}
    pairs: list[tuple[str, str]] = []
    for sp in orgs:
        if not (h0 <= sp.start < h1):
            continue
        k = name_key(sp.text)
        if k in body_keys:
            continue
        own = [w for w in k.split() if w not in lx.cue_words and w not in _CONNECTORS and len(w) > 2]
        if not own:
            # "le CHU et Michelin s'allient": a type word alone stands for the one body of the story whose name opens with it
            opening = [b for b in body_keys if b.startswith(k + " ")] if len(k.split()) == 1 and lx.is_generic(sp.text) else []
            if len(opening) == 1:
                pairs.append((opening[0], k))
            continue
        typ = lx.name_type(k)[0]
        fits = [b for b in body_keys if len(b.split()) > len(k.split()) and all(w in b.split() for w in own)
                and (typ is None or lx.name_type(b)[0] in COMPATIBLE_TYPES.get(typ, (typ,)))]  # (the same kind of body)
        if len(fits) > 1:
            # "Makerere" for "Makerere University College of Health Sciences" (the lead) or "Makerere University" (later):
            # the story's lead names its parties in full first
            first_at = {b: min(sp.start for sp in orgs if sp.start >= h1 and name_key(sp.text) == b) for b in fits}
            fits = [min(fits, key=lambda b: first_at[b])]
        if len(fits) == 1:
            pairs.append((fits[0], k))
    return pairs


def _promote_lists(dm: DocMentions, text: str, lx: Lexicon) -> None:
    """Names listed with organisations are organisations: "Visiomed Lab, Hopia, Nexdata et Alsace Biovalley".

    Uncertain candidates and model-guessed people or places in a list of two or
    more confident organisations become organisations.
    """
    spans = sorted((sp for sp in dm.spans if sp.kind in ("org", "org?", "person", "place")), key=lambda x: x.start)
    # "Charité and Siemens Healthineers renewed their research partnership": a name the model took for a place, or did not
    # know, joined to an organisation before a collaboration's verb is a party
    every = sorted((sp for sp in dm.spans if sp.kind in ("org", "place", "unknown")), key=lambda x: x.start)
    for x, org in zip(every, every[1:]):
        if org.kind != "org" or x.kind == "org" or x.conf >= 0.8 or fold(x.text) in lx.countries | lx.demonym_places \
                or not _is_cap(x.text) or len(x.text.split()) > 3 \
                or not re.fullmatch(r"\s*(?:and|et|&)\s*(?:the\s+|la\s+|le\s+|l['’])?", text[x.end : org.start]) \
                or re.search(r"\b(?:in|at|from|of|near|en|a|au|de|du|dans|pres de)\s*$", fold(text[max(0, x.start - 12) : x.start])):
            continue
        after = re.sub(r"^\s*(?:(?:have|has|will|had|ont|a|vont|also|aussi|today|recently)\s+)*", "", fold(text[org.end : org.end + 80]))[:50]
        if any(t.regex.search(after) for t in lx.collab):
            x.kind, x.type, x.conf = "org", "Company", 0.55
    groups: list[list[Span]] = []
    for sp in spans:
        if groups and _LIST_GAP.fullmatch(text[groups[-1][-1].end : sp.start]):
            groups[-1].append(sp)
        else:
            groups.append([sp])
    for g in groups:
        n_org = sum(1 for sp in g if sp.kind == "org")
        n_maybe = sum(1 for sp in g if sp.kind == "org?")
        if re.search(r"\b(?:in|at|across|from|to|a|en|dans|au|aux|vers)\s*$", fold(text[max(0, g[0].start - 10) : g[0].start])) and any(sp.kind == "place" for sp in g):
            continue  # "in Casablanca, Tangier and Agadir": places
        if len(g) == 2 and n_org == 1 and n_maybe == 1 and not any(
                sp.kind == "org?" and fold(sp.text) in lx.demonym_places | lx.countries for sp in g):  # ("le cancer de Caen, et l'Université": a place)
            for sp in g:
                sp.kind, sp.conf = "org", max(sp.conf, 0.55)
            continue
        if len(g) == 2 and n_org == 1 and re.search(r"\b(?:aupres de|from|by|par|investors?|investisseurs?|backers?)(?:\s+(?:including|include|such as|like|are|dont|comme|notamment|comprennent|sont))?\s*(?:the\s+|le\s+|la\s+|l')?$",
                                                   fold(text[max(0, g[0].start - 30) : g[0].start])):
            for sp in g:  # "auprès de Go Capital et d'Ouest Croissance": the model's person is the second investor
                if sp.kind == "person" and sp.conf <= 0.8 and " " in sp.text:
                    sp.kind, sp.type, sp.conf = "org", "Company", 0.6
                elif sp.kind == "place" and sp.conf < 0.8 and fold(sp.text) not in lx.countries | lx.demonym_places:
                    sp.kind, sp.type, sp.conf = "org", "Company", 0.55  # "investors including Sequoia Capital and Temasek"
            continue
        if len(g) < 3 or n_org + n_maybe < 2 or (n_org == 0 and n_maybe < 2):
            continue
        for sp in g:
            guessed = fold(sp.text) not in lx.countries and (
                (sp.kind == "person" and sp.conf <= 0.8) or (sp.kind == "place" and sp.conf < 0.8))
            if sp.kind == "org?" or guessed:
                sp.kind, sp.type, sp.conf = "org", sp.type if sp.kind == "org?" else "Company", 0.6


_ACRONYM_LINKS = {"of", "and", "for", "the", "de", "des", "du", "la", "le", "les", "l", "d", "et", "pour", "a", "en", "aux", "au"}


def _join_defined(chunks: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Name pieces cut by lowercase words that an acronym right after them spells as one name: "Banque de développement
    des États de l'Afrique centrale (BDEAC)", "Latvian Association of Software Engineering and Telecommunications (LASET)"."""
    out = list(chunks)
    for m in re.finditer(r"\(\s*([A-Z][A-Za-z]{2,9})((?:\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+|d['’])?[A-ZÀ-Ý][\w\-]+)?)\s*\)", text):
        tail_name = m.group(2).strip()  # "(CIUSSS de l'Outaouais)": the acronym, then the end of the name it stands for
        j = max((k for k, (_s, e) in enumerate(out) if e <= m.start()), default=None)
        tail = text[out[j][1] : m.start()] if j is not None else ""
        if j is None or len(tail) > 50 or not re.fullmatch(r"[\sa-zà-ÿ'’\-]*", tail):
            continue
        end = m.start() - (len(tail) - len(tail.rstrip()))
        want = fold(m.group(1))
        if tail_name.isupper() and tail_name.isalpha():
            want, tail_name = want + fold(tail_name), ""  # "(CIUSSS MCQ)": one acronym in two words
        if tail_name:
            if not fold(text[out[j][0] : end]).endswith(fold(tail_name)):
                continue
            end_words = end - len(tail_name)
        else:
            end_words = end
        for i in range(j, max(-1, j - 4), -1):
            gaps = [text[out[k][1] : out[k + 1][0]] for k in range(i, j)]
            if not all(len(g) < 60 and re.fullmatch(r"[\sa-zà-ÿ'’]+", g) for g in gaps):
                break
            words = [w for w in re.split(r"[\s\-'’]+", fold(text[out[i][0] : end_words])) if w and w not in _ACRONYM_LINKS]
            if (i < j or tail.strip()) and "".join(w[0] for w in words) == want:
                out[i : j + 1] = [(out[i][0], end)]
                break
    return out


# initials with a hyphen or an ampersand in brackets: "AP-HP", "HCL-GH", "AT&T" (a bare word in brackets may be the body's own short name)
AFFILIATION_INITIALS = re.compile(r"[A-Z]{1,5}[\-&][A-Z]{1,5}")


def acronym_of(acr: str, name: str) -> bool:
    """True when ``acr`` is made of initials of ``name``'s words, in order.

    >>> acronym_of("AP-HP", "Assistance Publique-Hôpitaux de Paris")
    True
    >>> acronym_of("CHU", "Rennes University Hospital")
    False
    """
    letters = [c for c in fold(acr) if c.isalpha()]
    if len(letters) < 2:
        return False
    words = [w for w in re.split(r"[\s\-'’]+", fold(name)) if w]
    initials = "".join(w[0] for w in words)
    caps = "".join(w[0] for w in re.split(r"[\s\-'’]+", name) if w and w[0].isupper()).lower()
    target = "".join(letters)
    return target == caps or _subseq(target, initials) and target[0] == initials[0]


def _subseq(small: Sequence[str], big: Sequence[str]) -> bool:
    """``small`` is a subsequence of ``big`` (letters of a word, or words of a name)."""
    it = iter(big)
    return all(c in it for c in small)


def _link_aliases(dm: DocMentions, text: str, lx: Lexicon, extra: list[tuple[str, str]]) -> None:
    """Give every org mention a document key; aliases share one key."""
    orgs = [s for s in dm.spans if s.kind in ("org", "org?")]
    # the longer (more descriptive) key names a merged set
    uf: UnionFind[str] = UnionFind(lambda a, b: max(a, b, key=lambda k: (len(k), k)))
    keys = {name_key(sp.text) for sp in orgs}
    for full, short in extra:
        if short in keys:
            uf.union(full, short, root=full)
    # "Faculty of Medicine Siriraj Hospital" ... "Siriraj Hospital": a unit's name ending in the institution's full name is that institution
    for k1 in keys:
        w1 = k1.split()
        if w1 and w1[0] in lx.unit_heads:
            for k2 in keys:
                if len(k2.split()) >= 2 and k1.endswith(" " + k2) and lx.name_type(k2)[0] and not lx.is_generic(k2):
                    uf.union(k2, k1)
    # "St. Olav's Hospital, Trondheim University Hospital, today announced": a hospital's second name in apposition
    ordered = sorted((sp for sp in orgs if sp.kind == "org" and not sp.coref), key=lambda x: x.start)
    for a, b in zip(ordered, ordered[1:]):
        if text[a.end : b.start] == ", " and re.match(r",\s+(?!and\b|or\b|et\b|ou\b|as well\b|ainsi\b|the\b|an?\b|its\b|their\b|l['’]|les?\b|la\b|une?\b|son\b|sa\b|ses\b|leurs?\b)[a-z]", text[b.end : b.end + 12]) \
                and {a.type, b.type} <= {"Hospital", "UniversityHospital"} and len(a.text.split()) >= 2 and len(b.text.split()) >= 2 \
                and not lx.is_generic(b.text) and not re.search(r",\s*(?:the\s+|l['’]|les?\s+|la\s+)?$", text[max(0, a.start - 8) : a.start]):
            uf.union(name_key(a.text), name_key(b.text), root=name_key(a.text))
    # "Gavi, the Vaccine Alliance, ...", "Gavi, l'Alliance du vaccin, ...": a name with no type cue, then its typed second name
    for a, b in zip(ordered, ordered[1:]):
        if re.fullmatch(r",\s+(?:the\s+|l['’]|la\s+|le\s+)", text[a.end : b.start]) and not lx.name_type(a.text)[0] and lx.name_type(b.text)[0] \
                and len(b.text.split()) <= 4 and re.match(r"\s*(?:,(?!\s*(?:and|et|or|ou)\s+(?!by\b|from\b|par\b|de\b))|\s+(?:which|who|that|qui)\b|[.;)])", text[b.end : b.end + 16]):
            uf.union(name_key(a.text), name_key(b.text), root=name_key(a.text))
    # "Long Name (ALIAS)", "Long Name - ALIAS", "Long Name (ACR) Rest"
    for i, sp in enumerate(orgs):
        after = text[sp.end : sp.end + 120]
        m = re.match(r"^\s*[(\[]\s*([^()\[\]\n]{2,60}?)\s*[)\]]", after) or re.match(r"^\s+[\u2013\u2014-]\s+([A-Z][\w\-]{1,12})\b", after)
        if not m:
            continue
        inner = m.group(1)
        ik = name_key(inner)
        if fold(inner) in lx.countries or re.match(r"^(nyse|nasdaq|euronext|epa|lse|tsx|asx|otc)\b", fold(inner)):
            continue
        dash = not after.lstrip().startswith(("(", "["))
        if dash and not acronym_of(inner, sp.text):
            continue
        local_acronym = not dash and inner.isalpha() and inner.isupper() and 2 <= len(inner) <= 6 and inner[0] == fold(sp.text)[:1].upper() \
            and fold(inner) not in lx.non_org  # "Helsinki University Hospital (HUS)": an acronym of the name in its own language
        acr_place = re.fullmatch(r"[A-Z]{2,6}\s+([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)", inner)
        local_acronym = local_acronym or (not dash and acr_place is not None and name_key(sp.text).endswith(" " + name_key(acr_place.group(1))))
        # ("University Hospital Centre Zagreb (KBC Zagreb)": its own language's acronym and the place the name ends with)
        if not dash and not acronym_of(inner, sp.text) and not local_acronym and AFFILIATION_INITIALS.fullmatch(inner) and fold(inner) not in lx.non_org \
                and not _subseq(ik.split(), name_key(sp.text).split()) and not lx.is_generic(inner):
            # "l'hôpital Henri-Mondor (AP-HP)": initials of another name, the group the body belongs to
            if ik not in keys:
                s0 = sp.end + m.start(1)
                dm.spans.append(Span(s0, s0 + len(inner), inner, "org", lx.name_type(inner)[0] or "Company", 0.7))
                keys.add(ik)
            continue
        if ik in keys or acronym_of(inner, sp.text) or local_acronym or (lx.name_type(inner)[0] and not lx.is_generic(inner) and len(inner.split()) >= 2):
            rest = re.match(r"^\s+([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})", after[m.end():])
            if rest and acronym_of(inner, sp.text) and len(inner) <= 8:
                # "Groupement de Cooperation Sanitaire (GCS) TéléSanté Centre"
                full = sp.text + " " + rest.group(1)
                short = inner + " " + rest.group(1)
                uf.union(name_key(full), name_key(short))
                uf.union(name_key(full), name_key(sp.text))
                keys |= {name_key(full), name_key(short)}
                sp.text = full
                sp.end = sp.end + m.end() + rest.end()
                dm.spans.append(Span(sp.start, sp.end, full, "org", sp.type, sp.conf))
                continue
            uf.union(name_key(sp.text), ik)
            # the alias was taken for a place or a person elsewhere ("aux HUS")
            for other in dm.spans:
                if other.kind in ("place", "person", "unknown") and name_key(other.text) == ik and other.conf <= 0.8:
                    other.kind, other.type, other.conf = "org", sp.type, 0.7
                    keys.add(ik)
            if ik not in keys:
                s0 = sp.end + m.start(1)
                dm.spans.append(Span(s0, s0 + len(inner), inner, "org", sp.type, sp.conf))
                keys.add(ik)
    # "Oracle Health, formerly known as Cerner", "X (anciennement Y)": a former name
    by_start = sorted(orgs, key=lambda sp: sp.start)
    for a, b in zip(by_start, by_start[1:]):
        if re.fullmatch(r"\s+[\u2013\u2014-]\s+(?:The|Le|La|L['’])\s*", text[a.end : b.start]) and lx.name_type(b.text)[0] and lx.name_type(a.text)[0] in (None, "Company"):
            uf.union(name_key(a.text), name_key(b.text), root=name_key(a.text))  # "Landmark – The National University Hospital of X": one name explained
            continue
        if re.fullmatch(r"\s*[,(]?\s*(?:formerly|previously|anciennement|auparavant|ex)(?:\s+(?:known as|called|named|appel[ée]e?|connue? sous le nom de?))?\s*[-:]?\s*",
                        fold(text[a.end : b.start])):
            uf.union(name_key(a.text), name_key(b.text), root=name_key(a.text))
    # acronyms used alone that spell out a longer name of the document
    acronyms = [k for k in keys if " " not in k and len(k) <= 8]
    for k in acronyms:
        surface = next((s.text for s in orgs if name_key(s.text) == k), k)
        if not any(c.isupper() for c in surface[1:]) and not surface.isupper():
            continue
        cands = [o for o in keys if o != k and " " in o and acronym_of(surface, next((s.text for s in dm.spans if name_key(s.text) == o), o))]
        if len(cands) == 1:
            uf.union(cands[0], k)
    # "Vector" taken for a place where "Vector Institute" is named: the institute's short form
    for sp in dm.spans:
        if sp.kind == "place" and sp.conf <= 0.6 and name_key(sp.text) not in lx.countries | lx.demonym_places \
                and not re.search(r"\b(?:in|at|near|from|to|based in|a|en|dans|pres de)\s*$", fold(text[max(0, sp.start - 12) : sp.start])):
            pk = name_key(sp.text)
            possessive = text[sp.end : sp.end + 2] in ("'s", "’s")  # "Quanta's QOCA unit" where "Quanta Computer" is named
            if any(k.startswith(pk + " ") and len(k.split()) == len(pk.split()) + 1 and (lx.name_type(k.split()[-1])[0] or possessive) for k in keys):
                sp.kind, sp.type, sp.conf = "org?", "Company", 0.35
                keys.add(pk)
    # national arms ("Philips France") and short forms ("Carestream" for "Carestream Health")
    for k in list(keys):
        for suffix in lx.name_suffixes:
            if " " in k and k + " " + suffix in keys:
                uf.union(k + " " + suffix, k)  # "Lagos State" = "Lagos State Government"
        ws = k.split()
        if len(ws) >= 2 and ws[-1] in lx.countries and " ".join(ws[:-1]) in keys:
            uf.union(" ".join(ws[:-1]), k, root=" ".join(ws[:-1]))
    one_word = {name_key(sp.text) for sp in orgs if not re.search(r"\s", sp.text.strip())}
    singles = [k for k in keys if " " not in k or k in one_word]  # ("Dana-Farber" for "Dana-Farber Cancer Institute": one written word)
    corporate_tail = lx.corporate_words | {w for w in lx.name_suffixes if " " not in w}
    for k in singles:
        longer = [o for o in keys if o.startswith(k + " ") and o != k]
        if len({uf.find(o) for o in longer}) >= 2:
            # "Acıbadem" among "Acıbadem Healthcare Group" and "Acıbadem Mehmet Ali Aydınlar University": the group,
            # whose name adds only corporate words
            plain = {uf.find(o) for o in longer if all(w in corporate_tail for w in o[len(k) + 1 :].split())}
            if len(plain) == 1 and not any(_side_by_side(orgs, k, o, text) for o in longer if uf.find(o) in plain):
                uf.union(plain.pop(), k)
                continue
        elif len(longer) >= 2:
            longer = [min(longer, key=len)]  # "KPJ" with "KPJ Healthcare" = "KPJ Healthcare Berhad": one organisation's forms
        if len(longer) >= 2 and not lx.name_type(k)[0]:
            for sp in dm.spans:  # "Northbridge" among "Northbridge Health System", "Northbridge Regional Medical Center"
                if sp.kind == "org" and name_key(sp.text) == k and sp.conf < 0.8:
                    sp.kind = "org?"
        if len(longer) == 1 and _side_by_side(orgs, k, longer[0], text):
            continue  # "Oracle Health ... became part of Oracle": two organisations related in one sentence
        if len(longer) == 1:
            tail = longer[0][len(k) + 1 :]
            t, _ = lx.name_type(k + " " + tail)
            if t == "Company" and lx.name_type(tail)[0] is None or all(w in corporate_tail for w in tail.split()) \
                    or (lx.name_type(k)[0] is None and t is not None and len(tail.split()) == 1) \
                    or (lx.name_type(k)[0] is None and t not in (None, "Company") and lx.is_generic(tail)) \
                    or (" " in k and lx.name_type(k)[0] is None and t not in (None, "Company") and len(tail.split()) <= 3):  # "Eastbrook" for "Eastbrook Medical Center"
                uf.union(longer[0], k)
    for k in [k for k in keys if " " in k]:  # "Canon Medical" = "Canon Medical Systems": a company's name without its last word
        longer = [o for o in keys if o.startswith(k + " ")]
        if len(longer) == 1 and all(w in corporate_tail for w in longer[0][len(k) + 1 :].split()) and not lx.name_type(k)[0] == "Hospital" \
                and not _side_by_side(orgs, k, longer[0], text):
            uf.union(longer[0], k)
    # "Harry Perkins Institute" = "Harry Perkins Institute of Medical Research": a name cut before its complement
    # ("ministère de la Santé" = "ministère de la Santé et de l'Hygiène publique")
    for k in list(keys):
        if len(k.split()) < 2 or lx.is_generic(k) or not lx.name_type(k)[0]:
            continue  # "Harry Perkins Institute", "Fondation Mohammed VI" (des Sciences et de la Santé)
        longer = [o for o in keys if re.match(re.escape(k) + r" (?:of|for|de|du|des|d'|pour|et de|et du|et des|et d') ", o)
                  or (o.startswith(k + " ") and len(o.split()) - len(k.split()) <= 3 and lx.is_generic(o[len(k) + 1 :])
                      and re.search(re.escape(k).replace(r"\ ", r"\W+") + r"\s*&", fold(text)))]  # ("... Hospital & Research Centre")
        if len(longer) == 1 and not _side_by_side(orgs, k, longer[0], text, any_words=True):
            uf.union(longer[0], k, root=longer[0])
    # "CHU de Québec" = "CHU de Québec-Université Laval": a typed name cut before a hyphenated extension
    surfaces = {sp.text for sp in orgs}
    for short in surfaces:
        k = name_key(short)
        if len(k.split()) < 2 or not lx.name_type(k)[0]:
            continue
        longer = {name_key(o) for o in surfaces if re.match(re.escape(short) + r"\s?[-–]\s?\w", o)}
        if len(longer) == 1:
            uf.union(longer.pop(), k)
    # "CHU de Kamenge" = "Centre hospitalo-universitaire de Kamenge": a type's acronym for the words it stands for
    for k in list(keys):
        ws = k.split()
        if len(ws) < 2 or not (ws[0].isalpha() and len(ws[0]) <= 5 and lx.name_type(ws[0])[0]):
            continue
        rest = " " + " ".join(ws[1:])
        spelled = [o for o in keys if o.endswith(rest) and len(o.split()) >= len(ws) + 1 and acronym_of(ws[0], o[: -len(rest)])]
        if len(spelled) == 1:
            uf.union(spelled[0], k, root=spelled[0])
    # "Kestrel Pharma" = "Kestrel Pharmaceutical Co.": a name whose last word is cut short
    for k in list(keys):
        ws = k.split()
        if len(ws) < 2 or len(ws[-1]) < 4:
            continue
        longer = [o for o in keys if o != k and o.split()[:-1] == ws[:-1] and len(o.split()) == len(ws) and o.split()[-1].startswith(ws[-1])]
        if len(longer) == 1:
            uf.union(longer[0], k, root=longer[0])
    # "GHT Cœur Grand Est" = "Cœur Grand Est": a type's acronym before a name
    for k in list(keys):
        ws = k.split()
        if len(ws) >= 2 and " ".join(ws[1:]) in keys and len(ws[0]) <= 5 and lx.name_type(ws[0])[0] and lx.is_generic(ws[0]):
            uf.union(k, " ".join(ws[1:]), root=k)
    # short forms that keep the first or the last word: "Fondation Gates" (Fondation Bill & Melinda Gates),
    # "the Mater" (Mater Misericordiae University Hospital), "Royal Philips" (Philips), "Korle Bu hospital"
    ktypes = {k: lx.name_type(k)[0] for k in keys}
    for a in sorted(keys, key=len):
        wa = a.split()
        if lx.is_generic(a) or a in lx.countries or a in lx.demonym_places or len(a) < 3:
            continue
        cands = []
        for b in keys:
            wb = b.split()
            if b == a or not (len(wa) < len(wb) or (len(wa) > len(wb) and wa[0] in lx.name_prefixes)):
                continue
            small, big = (wa, wb) if len(wa) < len(wb) else (wb, wa)
            if len(small) == 1:
                # "Teva" (Teva Pharmaceuticals), "Philips" (Royal Philips); not "Brigham" (Mass General Brigham)
                keeps = small[0] == big[0] or (small[0] == big[-1] and all(w in lx.name_prefixes for w in big[:-1]))
            else:  # "Fondation Gates", "Korle Bu hospital": the first and the last word kept; not "Dubai Health" (Dubai Academic Health Corporation)
                keeps = small[0] == big[0] and small[-1] == big[-1]
            if not keeps or not _subseq(small, big):
                continue
            ta, tb = ktypes.get(a), ktypes.get(b)
            if ta and tb and tb not in COMPATIBLE_TYPES.get(ta, (ta,)) and not (len(small) >= 2 and small[-1] == big[-1] and small[-1] in lx.cue_words and small[-1] not in ("university", "universite")):
                continue  # "Nantes University" is not "Nantes University Hospital" (but "the Belfast Trust" is "Belfast Health and Social Care Trust")
            cands.append(b)
        # a one-word form may stand beside the full name ("with Teva Pharmaceuticals, under which Teva will ..."),
        # a longer one not ("Dubai Health was formed by bringing together Dubai Academic Health Corporation and ...")
        # (nor when the short form already stands for another longer name: "Grupo Sura" is not "Sura Asset Management")
        if len(cands) == 1 and uf.find(a) != uf.find(cands[0]) and not _side_by_side(orgs, a, cands[0], text, any_words=min(len(wa), len(cands[0].split())) > 1) \
                and not any(k != a and uf.find(k) == uf.find(a) and len(k.split()) > len(wa) and not _subseq(k.split(), cands[0].split()) for k in keys):
            big = cands[0] if len(cands[0]) > len(a) else a
            uf.union(big, a if big != a else cands[0], root=big)
    # "le centre Inria" = "Inria": a unit of an organisation named elsewhere alone, written with a lowercase head
    lower_units = {name_key(sp.text) for sp in orgs if sp.text[:1].islower() and fold(sp.text.split()[0]) in lx.unit_heads}
    for k in lower_units:
        rest = k.split(" ", 1)[1] if " " in k else ""
        if rest in keys and not lx.is_generic(rest) and len(rest.split()) <= 2:
            uf.union(rest, k, root=rest)
    # "Clinique Pasteur de Toulouse" = "Clinique Pasteur"
    places = {name_key(sp.text) for sp in dm.spans if sp.kind == "place"} | lx.countries | lx.demonym_places
    for k in list(keys):
        m = re.match(r"^(.+?) (?:de|d'|of|du|in) (.+)$", k)
        if m and m.group(1) in keys and m.group(2) in places and not lx.is_generic(m.group(1)):
            uf.union(m.group(1), k, root=m.group(1))
        # "King Faisal Hospital Kigali" = "King Faisal Hospital": a hospital's or a university's name and its city
        m = re.match(r"^(.+) (\S+(?: \S+)?)$", k)
        if m and m.group(1) in keys and m.group(2) in places and m.group(2) not in lx.countries \
                and lx.name_type(m.group(1))[0] not in (None, "Company", "Startup") and not lx.is_generic(m.group(1)):
            uf.union(m.group(1), k, root=m.group(1))
    # structured hospital / university keys ("CHU Rennes" = "Rennes University Hospital")
    from .resolvekeys import structured_key

    by_struct: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        sk = structured_key(k)
        if sk:
            by_struct[sk].append(k)
    for group in by_struct.values():
        for other in group[1:]:
            uf.union(group[0], other)
    for sp in dm.spans:
        if sp.kind in ("org", "org?"):
            sp.key = uf.find(name_key(sp.text))
        elif not sp.key:
            sp.key = name_key(sp.text)
    # an alias group with any confident member is confident
    strong = {sp.key for sp in dm.spans if sp.kind == "org"}
    for sp in dm.spans:
        if sp.kind == "org?" and sp.key in strong:
            sp.kind = "org"
    # persons: a surname alone is the same person as the full name
    full = {sp.key: sp for sp in dm.spans if sp.kind == "person" and " " in sp.key}
    for sp in dm.spans:
        if sp.kind == "person" and " " not in sp.key:
            match = [k for k in full if k.split()[-1] == sp.key] or [k for k in full if k.split()[0] == sp.key]
            if len(match) == 1:
                sp.key = match[0]


_RELATING = re.compile(r"\b(?:part of|acquired|acquisition|acquires|bought|owned|subsidiary|unit of|division of|parent|spun|spin|"
                       r"rachat|rachete|filiale|detenue?|formerly|anciennement|sold|vendu|merger|fusion)\b")


def _side_by_side(spans: list[Span], short: str, long: str, text: str, *, any_words: bool = False) -> bool:
    """Both names stand in one sentence, each on its own, with words that relate two organisations between
    or around them ("Oracle Health ... became part of Oracle")."""
    a = [sp for sp in spans if name_key(sp.text) == short]
    b = [sp for sp in spans if name_key(sp.text) == long]
    for x in a:
        for y in b:
            lo, hi = sorted((x, y), key=lambda sp: sp.start)
            if 0 <= hi.start - lo.end < 250 and not re.search(r"[.!?](?:\s|$)|\n", text[lo.end : hi.start]) \
                    and (any_words or _RELATING.search(fold(text[max(0, lo.start - 60) : hi.end + 60]))):
                return True
    return False


def _refine_types(dm: DocMentions, text: str, lx: Lexicon, doc_year: int | None) -> None:
    """One type per organisation: name cues first, then context descriptors."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for sp in dm.spans:
        if sp.kind not in ("org", "org?"):
            continue
        votes[sp.key][sp.type or "Company"] += sp.conf
        dm.org_conf[sp.key] = max(dm.org_conf.get(sp.key, 0.0), sp.conf)
        dm.org_names.setdefault(sp.key, Counter())[sp.text] += 1
    for key, v in votes.items():
        typ, score = v.most_common(1)[0]
        name_types = {lx.name_type(n)[0] for n in dm.org_names[key]} - {None}
        if typ == "Company" and "Startup" in v:
            typ = "Startup"
        if typ in ("Company", "Startup") and name_types and not name_types <= {"Company"}:
            typ = sorted(name_types - {"Company"})[0]
        if typ == "Hospital" and "UniversityHospital" in name_types:
            typ = "UniversityHospital"  # "l'hôpital Fann" and "Centre hospitalier national universitaire de Fann": the full name says more
        context = Counter(sp.context_type for sp in dm.spans if sp.key == key and sp.context_type)
        if context:
            # what the text says it is beats a weak name cue: "Monash Health, a health system",
            # "Carelink Alliance, a regional consortium", "X Hospital, a teaching hospital"
            ctx = context.most_common(1)[0][0]
            if ctx != typ and (name_types <= {"Company"} or _REFINES.get(typ) == ctx):
                typ = ctx
        if typ == "Company" and name_types <= {"Company"}:
            # the names, and the first word of a longer one used alone ("Rivermead" for "Rivermead Health") when no dictionary has it
            short = {n.split()[0] for n in dm.org_names[key] if len(n.split()) >= 2 and n.split()[0][:1].isupper()
                     and n.split()[0].lower() not in dictionary_words(lx.lang) and fold(n.split()[0]) not in lx.cue_words}
            for n in sorted(set(dm.org_names[key]) | short):
                esc = re.escape(n)
                if not context and re.search(esc + r"(?:['’]s?\s+(?:[a-z\-]+\s+)?(?:emergency department|intensive care|wards?|nurses|physicians|clinicians|cardiologists|"
                                   r"radiologists|surgeons|inpatients|beds|emergency room|operating theatres?|maternity unit)s?\b"
                                   r"|,\s+(?:which|that)\s+(?:serves|treats|cares for|sees)\s+(?:[\w.,]+\s+){1,3}?patients\b)"
                                   r"|\b(?:patients|nurses|physicians|clinicians|surgeons|radiologists|cardiologists|intensivists|wards|beds)\s+(?:at|of|in)\s+(?:the\s+)?" + esc + r"\b"
                                   r"|\b(?:patients|infirmi[eè]res|m[ée]decins|chirurgiens|radiologues|soignants|lits|services)\s+(?:de|du|des|à|au)\s+(?:l['’]|la\s+|le\s+)?" + esc + r"\b",
                             text, re.I):
                    typ = "Hospital"  # "doctors at Sidra Medicine", "Allina Health's nurses": where patients are treated
                    break
                if re.search(esc + r"(?:\s*,\s*(?:which|that|qui)|\s+(?:also\s+)?)\s*(?:also\s+|already\s+|déjà\s+)?"
                                   r"(?:runs|operates|manages|run|operate|gère|exploite|administre)\s+(?:[\w\-’']+\s+){0,3}?"
                                   r"(?:d['’])?(?:hospitals|clinics|hôpitaux|cliniques|établissements de santé|établissements)\b", text):
                    typ = "Hospital"  # "Medora, which runs 12 hospitals", "le groupe X, qui gère une dizaine d'établissements"
                    break
                if re.search(r"\b(?:approved|cleared|authori[sz]ed|licensed|approuvée?s?|autorisée?s?) by (?:the\s+)?" + esc + r"\b|(?<![\w\-])" + esc
                             + r"\s+(?:clearance|approval|marketing authori[sz]ation|authori[sz]ation|510\(k\))\b|\b(?:approuvée?s?|autorisée?s?) par (?:la\s+|le\s+|l['’])?" + esc + r"\b", text):
                    typ = "PublicBody"  # "received FDA clearance", "approved by the regulator X": a regulator
                    break
                if re.search(r"(?:^|[.!?]\s+|\s[\u2013\u2014-]{1,2}\s+)" + esc + r"\s+(?:(?!and\b|et\b)[^.;,])"
                             r"{0,130}?\b(?:across|at|in|to|for) (?:all\s+)?(?:of\s+)?(?:its\s+(?:[\w\-]+\s+){0,2}?|\d+\s+(?:of\s+its\s+)?)"
                             r"(?:hospitals|clinics|emergency departments|wards)\b", text):
                    typ = "Hospital"  # "Osprey Health is rolling out the record across its three hospitals": the subject's own hospitals
                    break
        if typ == "Company" and doc_year:
            for n in dm.org_names[key]:
                m = re.search(r"(?<!\bby )(?<!\bpar )(?<!\bfrom )" + re.escape(n) + r"[^.]{0,120}?\b(?:founded|created|established|launched|cr[ée]{1,2}e?|fond[ée]e?)\s+(?:in|en)\s+(\d{4})", text)
                if m and re.search(r"\b(?:by|par|from|aupres de)\s+(?:the\s+|la\s+|le\s+|l')?$", text[max(0, m.start() - 20) : m.start()]):
                    m = None  # "Clarion, backed by Sequoia Capital, was founded in 2019": the backer is not what was founded
                if m and doc_year - int(m.group(1)) <= 8:
                    typ = "Startup"
        total = sum(v.values())
        dm.org_type[key] = (typ, round(min(0.95, v[typ] / total if total else 0.5), 2))
    for sp in dm.spans:
        if sp.kind in ("org", "org?"):
            sp.type = dm.org_type[sp.key][0]


_REFINES = {"Association": "Consortium", "Hospital": "UniversityHospital", "Company": "Startup"}  # a type -> a more specific reading

COMPATIBLE_TYPES = {
    "Startup": ("Startup", "Company"),
    "Company": ("Company", "Startup"),
    "Hospital": ("Hospital", "UniversityHospital"),
    "UniversityHospital": ("UniversityHospital", "Hospital"),
    "University": ("University",),
    "ResearchInstitute": ("ResearchInstitute",),
    "Association": ("Association", "Consortium"),
    "Foundation": ("Foundation",),
    "PublicBody": ("PublicBody",),
    "Consortium": ("Consortium", "Association"),
}


def _coref(dm: DocMentions, text: str, lx: Lexicon, body: tuple[int, int], tok_at: dict[int, "Token"] | None = None) -> None:
    """'the French hospital', 'cette jeune pousse', 'the clinic's head' -> nearest fitting org."""
    dets = r"the|this|that|le|la|cette|ce|cet|du|au"
    alt = lx.descriptor_alternation
    pat = re.compile(rf"\b(?:(?:{dets})\s+|l')((?:[a-z\-]+\s+){{0,2}}?)({alt})\b")
    folded = fold(text)
    orgs = sorted((s for s in dm.spans if s.kind == "org"), key=lambda s: s.start)
    occupied = [(s.start, s.end) for s in dm.spans]
    new: list[Span] = []
    places = {(s.start, s.end) for s in dm.spans if s.kind == "place"}
    for m in _overlapping(pat, folded, body[0], body[1]):
        if any(a < m.end() and m.start() < b for a, b in [(x.start, x.end) for x in new]):
            continue
        if any(a < m.end() and m.start() < b and not ((a, b) in places and m.start(1) <= a and re.match(r"-based\b", folded[b : b + 7])
                                                      and not re.search(r",\s*$", text[max(0, m.start() - 3) : m.start()]))
               for a, b in occupied):
            continue  # (but "the New York-based company" refers, its place inside)
        nxt = text[m.end() : m.end() + 3]
        money = re.match(r"\s+" + CURRENCY_CODES + r"\s?\d", text[m.end() : m.end() + 10])  # ("granted the hospital EUR 85 million")
        if not money and (nxt[:1].isupper() or re.match(r"^\s+[A-Z]", nxt) or any(a > m.end() and not text[m.end() : a].strip() for a, _b in occupied if a <= m.end() + 2)):
            continue  # "the start-up DirectoSanté", "the French group bioMérieux" introduce a name, not a reference
        if re.match(r"\s+(?:(?:regional|régional|national|local|departemental|départemental|territorial|interregional|interrégional|new|nouveau|commun)\s+)?"
                    r"(?:of|de|d')\s*(?!the\b|la\b|le\b|l')[a-zà-ÿ]", text[m.end() : m.end() + 24]):
            continue  # "the department of pathology": a unit named by its field, not a reference
        if UNIT_AFTER.match(text, m.end()):
            continue  # "the hospital arm of Metro Pacific Investments": a kind of unit, not a reference
        dem = re.match(r"^((?:\s+[a-zà-ÿ\-]+){1,2})\s+[A-ZÀ-Ý]", text[m.end() : m.end() + 50])
        if dem and (all(fold(w) in lx.demonyms for w in dem.group(1).split()) or (tok_at and all(
                getattr(tok_at.get(m.end() + x.start(1)), "pos_", "") == "ADJ" for x in re.finditer(r"\s+(\S+)", dem.group(1))))):
            continue  # "la start-up lyonnaise Cytomine", "du fonds régional Breizh Capital": the same, with its place or kind
        want = lx.descriptors[m.group(2).lower()]
        adjs = m.group(1).split()
        if tok_at and adjs and any(getattr(tok_at.get(m.start(1) + k), "pos_", "") in ("VERB", "AUX", "ADP", "PRON", "DET")
                                   for k in [0] + [x.end() for x in re.finditer(r"\s+", m.group(1).rstrip())]):
            continue  # "a start-up that automates hospital operations": a clause, not a reference
        if any(a in ("two", "deux", "other", "autre", "new", "nouvelle", "nouveau", "same", "meme") for a in adjs):
            continue
        if adjs and m.group(2).lower() in lx.unit_heads and tok_at and any(
                getattr(tok_at.get(m.start(1) + x.start()), "pos_", "") in ("NOUN", "PROPN") and fold(x.group()) not in lx.demonyms
                for x in re.finditer(r"\S+", m.group(1))):
            continue  # "the emergency department", "the radiology clinic": a unit named by its field, not a reference
        place = next((lx.demonyms[a] for a in adjs if a in lx.demonyms), None)
        types = COMPATIBLE_TYPES.get(want, (want,))
        if m.group(2).lower() in ("group", "groupe"):
            types = types + ("Hospital", "UniversityHospital")  # "the group": a company or a hospital group
        cands = [o for o in orgs if o.end <= m.start() and o.type in types]
        # "Aster belongs to the Ionian Health Group ... The group was bought by X", "the clinic's head" beside
        # "ShareonHealth Clinic": a name that says it is one
        said = [o for o in cands if re.search(r"\b" + re.escape(m.group(2).lower()) + r"\b", fold(o.text))]
        if m.group(2).lower() in ("group", "groupe"):
            cands = said or cands  # (a group is most often the one whose name says so, even where another was the subject)
        if place:
            placed = [o for o in cands if dm.org_place.get(o.key) == place or place.lower() in fold(o.text)]
            cands = placed or cands
        if not cands:
            continue
        # prefer an exact type, then the most recent
        exact = [o for o in (said or cands) if o.type == want]
        ante = (exact or said or cands)[-1]
        subj = _previous_subject(m.start(), cands, tok_at)
        if subj is not None:
            ante = subj  # "Oura raised $200 million from Fidelity. The company also announced ...": Oura
        else:
            # a reference opening a sentence whose predecessor has no subject found: that sentence's first candidate
            first = _previous_first(m.start(), cands, tok_at)
            if first is not None:
                ante = first
            elif tok_at and _is_subject(m.end() - 1, tok_at) and any(_is_subject(o.end - 1, tok_at) for o in cands):
                # "At the same time the group signed ...": a subject stands for the last organisation that was one
                subjects = [o for o in cands if _is_subject(o.end - 1, tok_at)]
                ante = subjects[-1]
            elif not adjs:
                # "directrice générale adjointe du CHU": a bare kind names the organisation of that kind the article is about
                # (named most often so far), not one named in passing just before
                counts = Counter(o.key for o in (exact or cands))
                top = counts.most_common(2)
                if len(top) == 2 and top[0][1] > top[1][1] and top[0][0] != ante.key:
                    ante = [o for o in (exact or cands) if o.key == top[0][0]][-1]
        if m.start() - ante.end > 1500:
            continue
        s0 = m.start(1) if re.match(r"(?:du|au)\b", folded[m.start() : m.start() + 3]) else m.start()  # "du CHU": the link word stays outside
        new.append(Span(s0, m.end(), text[s0 : m.end()], "org", ante.type, 0.6, ante.key, coref=True))
    dm.spans.extend(new)
    _name_word_refs(dm, text, lx, body, tok_at)
    if tok_at:
        _subject_pronouns(dm, text, body, tok_at, lx)


def _overlapping(pat: "re.Pattern[str]", s: str, a: int, b: int) -> Iterator["re.Match[str]"]:
    """Every match of ``pat`` in ``s[a:b]``, one per starting position ("du projet au CHU" holds "au CHU" too)."""
    m = pat.search(s, a, b)
    while m is not None:
        yield m
        m = pat.search(s, m.start() + 1, b)


def _name_word_refs(dm: DocMentions, text: str, lx: Lexicon, body: tuple[int, int], tok_at: dict[int, "Token"] | None) -> None:
    """'the centre' -> the organisation named before whose name has that word ("National Research Oncology Center"),
    unless a centre of another kind was spoken of in between ("a joint training centre")."""
    if not lx.name_word_refs:
        return
    words = "|".join(re.escape(w) for w in sorted(lx.name_word_refs, key=len, reverse=True))
    pat = re.compile(rf"\b(?:the|this|le|ce|du|au)\s+(?:([a-z][\w\-]*)\s+)?({words})\b")
    folded = fold(text)
    orgs = sorted((s for s in dm.spans if s.kind == "org" and not s.coref), key=lambda s: s.start)
    occupied = [(s.start, s.end) for s in dm.spans]
    places = {(s.start, s.end) for s in dm.spans if s.kind == "place"}
    for m in pat.finditer(folded, body[0], body[1]):
        place = None
        if m.group(1):  # "the Shanghai center": a place named before the word narrows the candidates
            if (m.start(1), m.end(1)) not in places:
                continue
            place = m.group(1)
        if any(a < m.end() and m.start() < b and (a, b) != (m.start(1), m.end(1)) for a, b in occupied):
            continue
        if re.match(r"\s*(?:[A-ZÀ-Ý]|of\b|de\b|du\b|d'|for\b|pour\b)", text[m.end() : m.end() + 5]):
            continue  # "the centre of excellence", "le centre Léon Bérard": a name or a unit, not a reference
        nxt = re.match(r"\s+(\w+)", text[m.end() : m.end() + 30])
        if nxt and tok_at and getattr(tok_at.get(m.end() + nxt.start(1)), "pos_", "") in ("NOUN", "ADJ", "PROPN", "NUM"):
            continue  # "le centre expert Parkinson", "the centre manager": a centre of its own kind
        word = m.group(2).replace("center", "centre")  # (either spelling for either)
        cands = [o for o in orgs if o.end <= m.start() and word in fold(o.text).replace("-", " ").replace("center", "centre").split()
                 and (place is None or place in fold(o.text).replace("-", " ").split() or dm.org_place.get(o.key) == place)]
        if not cands:
            continue
        ante = _previous_subject(m.start(), cands, tok_at) or cands[-1]
        other = r"(?:centre|center)s?" if word == "centre" else rf"{word}s?"
        if m.start() - ante.end > 1500 or any(not re.search(r"\b(?:the|this|le|ce|du|au)\s+$", folded[max(0, x.start() - 6) : x.start()])
                                              for x in re.compile(rf"(?<![A-Za-z])(?:{other})\b").finditer(text, ante.end, m.start())):
            continue  # a centre of another kind named in between
        s0 = m.start(2) if re.match(r"(?:du|au)\b", folded[m.start() : m.start() + 3]) else m.start()
        dm.spans.append(Span(s0, m.end(), text[s0 : m.end()], "org", ante.type, 0.6, ante.key, coref=True))


def _opening_token(pos: int, tok_at: dict[int, "Token"] | None) -> "Token | None":
    """The token of a reference at ``pos`` when the reference opens a sentence that has one before it."""
    if not tok_at:
        return None
    tok = next((tok_at[i] for i in range(pos, pos + 6) if i in tok_at), None)
    if tok is None or tok.sent.start == 0 or tok.i - tok.sent.start > 1:
        return None
    return tok


def _previous_subject(pos: int, cands: list[Span], tok_at: dict[int, "Token"] | None) -> Span | None:
    """For a reference opening a sentence as its subject, the candidate that was the subject of the sentence before."""
    tok = _opening_token(pos, tok_at)
    if tok is None:
        return None
    head = tok
    while head.dep_ not in ("nsubj", "nsubjpass", "nsubj:pass") and head.head.i != head.i and head.head.i < tok.i + 4:
        head = head.head
    if not head.dep_.startswith("nsubj"):
        return None
    return _subject_span(tok.doc[tok.sent.start - 1].sent.root, cands)


def _is_subject(pos: int, tok_at: dict[int, "Token"]) -> bool:
    """The token holding character ``pos`` (or its name's head) is the subject of a verb."""
    tok = next((tok_at[i] for i in range(pos, max(-1, pos - 30), -1) if i in tok_at), None)
    while tok is not None and tok.dep_ in ("compound", "flat", "flat:name", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok is not None and tok.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")


def _previous_first(pos: int, cands: list[Span], tok_at: dict[int, "Token"] | None) -> Span | None:
    """For a reference opening a sentence, the first candidate named in the sentence before."""
    tok = _opening_token(pos, tok_at)
    if tok is None:
        return None
    prev = tok.doc[tok.sent.start - 1].sent
    inside = [o for o in cands if prev.start_char <= o.start < prev.end_char]
    return min(inside, key=lambda o: o.start) if inside else None


def _subject_span(governor: "Token", spans: list[Span]) -> Span | None:
    """The span that holds the subject of ``governor`` (a verb, a sentence's root), if any."""
    subj = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")), None)
    if subj is None:
        return None
    own = next((o for o in spans if o.start <= subj.idx < o.end), None)
    if own is None and len(list(subj.subtree)) <= 6:  # "L'entreprise Imagia a signé ...": the name beside the subject's noun
        own = next((o for o in spans if subj.left_edge.idx <= o.start < subj.right_edge.idx + len(subj.right_edge.text) and not o.coref), None)
    return own


_SUBJECT_PRONOUNS = {"it", "il", "elle"}
_OWNED_NOUNS = re.compile(r"\s+(?:main\s+|other\s+|early\s+|existing\s+|principaux\s+|autres\s+)?(?:investors|backers|shareholders|investisseurs|actionnaires|partenaires financiers|customers|clients|users)\b", re.I)
_OPENING_POSSESSIVES = {"its", "their", "son", "sa", "ses", "leur", "leurs"}
UNIT_AFTER = re.compile(r"\s+(?:unit|arm|division|subsidiary|business unit|branch|spin-off|spinout|venture arm)\b", re.I)
# verbs whose subject is an organisation rather than a place ("Lux Med's rival Medicover opened a centre")
_ORG_VERBS = {"announce", "open", "launch", "say", "plan", "expect", "confirm", "complete", "agree", "expand", "deploy", "invest", "hire", "sign",
              "annoncer", "ouvrir", "lancer", "signer", "déployer", "investir", "recruter", "inaugurer"}
_DATE_WORDS = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b")
_APPOINTED_AFTER = re.compile(r"\s+(?:becomes|became|has been appointed|was appointed|is appointed|has been named|was named|is named|"
                              r"devient|est nommee?|a ete nommee?|sera nommee?|prend la (?:direction|presidence))\b")
_ROLE_ACRONYMS = {"ceo", "cfo", "cto", "coo", "cmo", "cio", "cso", "cno", "pdg", "dg"}
_RUNS_HOSPITALS = re.compile(r",?\s+(?:which|that|qui)\s+(?:runs|operates|manages|owns|exploite|gere|regroupe|compte)\s+(?:[\w,]+\s+){0,3}?"
                             r"(?:hospitals|clinics|medical centres|medical centers|hopitaux|cliniques|etablissements de sante)\b")
_RESEARCHERS_OF = re.compile(r"\b(?:researchers?|scientists?|research teams?|chercheurs?|chercheuses?|scientifiques?|equipes? de recherche)\s+"
                             r"(?:at|from|of|with|de|du|des|d'|de l'|de la|chez)\s*(?:the\s+|l')?$")
_DATELINE_DATE = re.compile(r"\s*(?:,|\||·|•)\s*(?:le\s+)?(?:\d{1,2}(?:er)?\s+[^\W\d_]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})[*_]*\s*(?:[–—-]|/|\(|$)", re.M)


def _subject_pronouns(dm: DocMentions, text: str, body: tuple[int, int], tok_at: dict[int, "Token"], lx: Lexicon | None = None) -> None:
    """A pronoun opening a sentence as its subject stands for the organisation that was the subject of the
    sentence before: "Ostara Bio was spun out of Carling University. It signed ...", "Le réseau ... Il est financé par";
    so does a possessive opening a sentence on a role and a person: "Its chief executive, X, ...", "Son directeur général, X"."""
    orgs = [sp for sp in dm.spans if sp.kind == "org"]
    for t in sorted(tok_at.values(), key=lambda x: x.i):
        if t.idx < body[0]:
            continue
        if t.lower_ in _OPENING_POSSESSIVES and t.i == t.sent.start and t.sent.start > 0 and lx is not None and lx.roles:
            m = re.match(r"\s+([\w\- ]{2,40}?)\s*,\s*(?:(?:dr|dre|prof|pr|mr|mrs|ms)\.?\s*)?[A-ZÀ-Ý]", text[t.idx + len(t.text) : t.idx + len(t.text) + 60])
            if not (m and lx.roles.match(fold(m.group(1)))) and not _OWNED_NOUNS.match(text, t.idx + len(t.text)):
                continue  # ("Its investors include X and Y")
        elif t.lower_ not in _SUBJECT_PRONOUNS or not t.dep_.startswith("nsubj"):
            continue
        if t.i == t.sent.start and t.sent.start > 0:
            governor = t.doc[t.sent.start - 1].sent.root  # "Ostara Bio was spun out ... It signed ..."
        elif t.head.dep_ in ("ccomp", "xcomp", "advcl", "conj") and t.head.head.i != t.head.i:
            governor = t.head.head  # "X announced that it has entered into ...", "X a annoncé qu'il ..."
        else:
            continue
        ante = _subject_span(governor, orgs)
        if ante is None and t.i == t.sent.start:
            # in an "About X" section ("About Medisphere\nMedisphere AS develops ... It is a portfolio company of Y"): X
            head = list(re.finditer(r"(?m)^\s*(?:about|a propos d(?:e|u|es|')|à propos d(?:e|u|es|'))\s*(.{2,80})$", text[max(0, t.idx - 800) : t.idx], re.I))
            if head:
                hs = max(0, t.idx - 800) + head[-1].start(1)
                ante = next((o for o in orgs if hs <= o.start < hs + len(head[-1].group(1)) and not o.coref), None)
        if ante is None and t.i == t.sent.start and t.lower_ in _SUBJECT_PRONOUNS:
            # the parse missed the subject ("Fondée en 2021, Medlane compte 25 employés. Elle a levé ..."): the one body
            # the sentence before names
            prev = t.doc[t.sent.start - 1].sent
            named = {o.key: o for o in orgs if prev.start_char <= o.start < prev.end_char and not o.coref}
            lone = next(iter(named.values())) if len(named) == 1 else None
            # (only a body that opens its clause, not an agent or a complement: "Le projet est financé par la Région. Il ...")
            ante = lone if lone is not None and re.search(r"(?:^\s*|[,;:]\s*)(?:(?:the|le|la|les|l['’])\s*)?$", text[prev.start_char : lone.start], re.I) else None
        if ante is None and t.lower_ in _OPENING_POSSESSIVES:
            prev = t.doc[t.sent.start - 1].sent  # ("La start-up Oktal a mis au point ... Son directeur général, X"): its first organisation
            ante = next((o for o in sorted(orgs, key=lambda o: o.start) if prev.start_char <= o.start < prev.end_char and not o.coref), None)
        if ante is None:
            continue
        sp = Span(t.idx, t.idx + len(t.text), t.text, "org", ante.type, 0.6, ante.key, coref=True)
        dm.spans.append(sp)
        orgs.append(sp)


def _choose_names(dm: DocMentions) -> None:
    for key, names in dm.org_names.items():
        full = [n for n in names if not (n.isupper() and len(n) <= 8)]
        pool = Counter({n: c for n, c in names.items() if n in full}) or names
        best = sorted(pool.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
        best = re.sub(r"^(?:the|The)\s+", "", best)
        dm.names[("org", key)] = best
    for sp in dm.spans:
        if sp.kind in ("person", "place", "product", "project"):
            cur = dm.names.get((sp.kind, sp.key))
            if cur is None or len(sp.text) > len(cur):
                dm.names[(sp.kind, sp.key)] = sp.text
