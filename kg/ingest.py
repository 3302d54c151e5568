"""Ingest: paths -> Articles (text, title, date, language, source, hash).

Files that cannot be used are returned as ``Skipped`` records with the
reason; ingest never stops the build for one bad file.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text(" date 2021-01-27 Philips and the hospital sign a partnership.")
>>> arts, skipped = ingest([str(d)])
>>> arts[0].date, arts[0].language, skipped
('2021-01-27', 'en', [])
"""

from __future__ import annotations

import hashlib
import os
import stat
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .errors import InputError
from .lexicon import load
from .models import Article, Skipped

__all__ = ["ingest", "iter_files", "read_article", "parse_bytes", "detect_language", "SUPPORTED_SUFFIXES", "MAX_ARTICLE_CHARS"]

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_BINARY_MAGIC = {
    b"\x89PNG": "PNG image",
    b"%PDF": "PDF document",
    b"PK\x03\x04": "zip archive",
    b"GIF8": "GIF image",
    b"\xff\xd8\xff": "JPEG image",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable",
}
_MAX_BYTES = 200 * 1024 * 1024
MAX_ARTICLE_CHARS = 300_000  # characters of text; news articles are far shorter, spaCy refuses over 1,000,000


def iter_files(paths: Iterable[str]) -> Iterator[tuple[str, str | None]]:
    """Yield ``(path, problem)`` for every file under ``paths``, sorted.

    Folders are walked recursively without following symbolic links to
    folders (so a link loop cannot trap the walk); files with an unsupported
    suffix inside folders are ignored silently, named files are reported.
    """
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found: list[str] = []
            for root, dirs, files in os.walk(p, followlinks=False, onerror=None):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in files:
                    if name.startswith(".") or not name.lower().endswith(SUPPORTED_SUFFIXES):
                        continue
                    found.append(os.path.join(root, name))
            for f in sorted(found):
                yield f, None
        elif p.exists() or p.is_symlink():
            if not raw.lower().endswith(SUPPORTED_SUFFIXES):
                yield raw, "unsupported file type (expected .txt, .md or .html)"
            else:
                yield raw, None
        else:
            yield raw, "no such file or folder"


def ingest(paths: Iterable[str], *, reuse: Callable[[str], Any] | None = None) -> tuple[list[Any], list[Skipped]]:
    """Read every supported file under ``paths``; return articles and skipped files.

    ``reuse(path)``, when given, is asked first: what it returns (not None) stands for the file,
    which is then not read (a build passes files it knows unchanged this way).
    """
    articles: list[Any] = []
    skipped: list[Skipped] = []
    for path, problem in iter_files(paths):
        if problem:
            skipped.append(Skipped(path, problem))
            continue
        kept = reuse(path) if reuse is not None else None
        if kept is not None:
            articles.append(kept)
            continue
        try:
            articles.append(read_article(path))
        except InputError as exc:
            skipped.append(Skipped(path, exc.reason))
    return articles, skipped


def read_article(path: str) -> Article:
    """Read and parse one file; raise InputError naming the file and the reason."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(path, "not a regular file (a folder, pipe or device)")
        size = st.st_size
        if size > _MAX_BYTES:
            raise InputError(path, f"file too large ({size} bytes, limit {_MAX_BYTES})")
        with open(path, "rb") as fh:
            data = fh.read()
    except InputError:
        raise
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror or exc}") from exc
    return parse_bytes(data, path)


def parse_bytes(data: bytes, path: str) -> Article:
    """Turn a file's bytes into an Article (``path`` decides the format)."""
    if not data:
        raise InputError(path, "empty file (0 bytes)")
    if not data.strip():
        raise InputError(path, "empty file (only whitespace)")
    text = decode(data, path)
    if not text.strip():
        raise InputError(path, "empty file (only whitespace)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    sha = hashlib.sha256(data).hexdigest()
    lower = path.lower()
    meta: dict[str, str] = {}
    if lower.endswith((".html", ".htm")):
        text, meta = html_to_text(text)
    elif lower.endswith((".md", ".markdown")):
        text, meta = split_front_matter(text)
        text = strip_emphasis(text)
    if not text.strip():
        raise InputError(path, "no readable text in the document")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(path, f"too long for one article ({len(text):,} characters of text, at most {MAX_ARTICLE_CHARS:,}): split it into articles")
    return make_article(text, path=path, sha256=sha, meta=meta)


def decode(data: bytes, path: str) -> str:
    """Decode bytes: BOMs, then UTF-8, then Windows-1252, then Latin-1."""
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(path, f"binary file ({what}), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"invalid UTF-16 text: {exc.reason}") from exc
    if b"\x00" in data[:4096]:
        raise InputError(path, "binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # mostly UTF-8 with a few broken bytes (a cut download): keep UTF-8, mark the bad bytes;
        # otherwise a legacy single-byte encoding
        salvaged = data.decode("utf-8", errors="replace")
        bad = salvaged.count("\ufffd")
        good = sum(1 for ch in salvaged if ord(ch) > 127 and ch != "\ufffd")
        if good > 2 * bad:
            text = salvaged
        else:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:20000]) // 100):
        raise InputError(path, "binary file (control characters), not text")
    return text


# --- metadata ---------------------------------------------------------------

_DATE_MARK = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*")
_URL_LINE = re.compile(r"^\s*(?:(?:source|url|link|lien)\s*:\s*)?(https?://\S+)\s*$", re.I | re.M)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?")


def make_article(text: str, *, path: str, sha256: str, meta: dict[str, str]) -> Article:
    """Build the Article from cleaned text and any metadata found so far."""
    body_start = 0
    date = normalise_date(meta.get("date", ""))
    m = _DATE_MARK.match(text)
    if m:
        date = date or m.group(1)
        body_start = m.end()
    source = meta.get("url", "")
    if not source:
        head = text[body_start : body_start + 2000]
        um = _URL_LINE.search(head)
        if um:
            source = um.group(1)
    if not source:
        source = os.path.basename(path)
    headline = meta.get("headline", "")
    if headline:
        # a page's story starts at its headline: sidebars and menus drawn before it are not read
        hm = re.search(r"^[ \t]*" + re.escape(headline) + r"[ \t]*$", text[body_start:], re.M)
        if hm:
            body_start += hm.start()
    body = text[body_start:]
    title = meta.get("title", "").strip() or first_title(body)
    if not date:
        date = find_dateline(body[:800])
    language = detect_language(body, hint=meta.get("lang"))
    body_end = find_furniture(text, body_start)
    art = Article(
        source=source,
        path=path,
        text=text,
        sha256=sha256,
        language=language,
        title=title,
        date=date,
        body_start=body_start,
        body_end=body_end,
    )
    return art


def first_title(body: str) -> str:
    """The first non-empty line, cut at its first sentence when long."""
    for line in body.split("\n"):
        line = line.strip().lstrip("#").strip()
        if line:
            if len(line) > 160:
                m = re.search(r"[.!?](\s|$)", line[40:])
                line = line[: 40 + m.start() + 1] if m else line[:160]
            return line
    return ""


def normalise_date(value: str) -> str | None:
    """An ISO prefix (YYYY, YYYY-MM or YYYY-MM-DD) from a metadata value, or None."""
    value = value.strip()
    if not value:
        return None
    m = _ISO_DATE.search(value)
    if m:
        y, mo, d = m.groups()
        if not 1 <= int(mo) <= 12:
            return None
        return f"{y}-{mo}-{d}" if d else f"{y}-{mo}"
    if re.fullmatch(r"\d{4}", value):
        return value
    return find_dateline(value)


def month_numbers() -> dict[str, int]:
    """Month names of every language (lower case, as in the data file) -> month number."""
    months = load("ingest")["months"]
    names: dict[str, int] = {}
    for key in ("en", "en_short", "fr"):
        for i, name in enumerate(months[key]):
            names[name] = i + 1
    return names


def find_dateline(text: str) -> str | None:
    """A full date written out in words ("June 15, 2020", "15 juin 2020")."""
    names = month_numbers()
    alt = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    m = re.search(rf"\b({alt})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", text, re.I) or None
    if m:
        mon, day, year = names[m.group(1).lower()], int(m.group(2)), m.group(3)
    else:
        m = re.search(rf"\b(\d{{1,2}})(?:er)?\s+({alt})\.?\s+(\d{{4}})\b", text, re.I)
        if not m:
            return None
        day, mon, year = int(m.group(1)), names[m.group(2).lower()], m.group(3)
    if not 1 <= day <= 31:
        return None
    return f"{year}-{mon:02d}-{day:02d}"


def detect_language(text: str, hint: str | None = None) -> str:
    """"en" or "fr" by counting function words; ties go to the hint, then English.

    >>> detect_language("Le CHU de Rennes signe un partenariat avec la start-up.")
    'fr'
    """
    words = re.findall(r"[a-zà-ÿ]+", text[:20000].lower())
    stop = load("ingest")["stopwords"]
    scores = {lang: 0 for lang in stop}
    sets = {lang: set(ws) for lang, ws in stop.items()}
    for w in words:
        for lang, s in sets.items():
            if w in s:
                scores[lang] += 1
    best = max(scores.values())
    winners = [lang for lang, v in scores.items() if v == best]
    if len(winners) == 1:
        return winners[0]
    if hint and hint[:2].lower() in winners:
        return hint[:2].lower()
    return "en"


def find_furniture(text: str, start: int) -> int:
    """Offset where trailing page furniture begins (len(text) when none)."""
    furniture = load("ingest")["furniture"]
    pats = [re.compile(p + r"\Z", re.I) for p in furniture["line_patterns"]]
    credits = [re.compile(p + r"\Z", re.I) for p in furniture.get("credit_patterns", [])]
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if pos > start and stripped and ((len(stripped) < 60 and any(p.match(stripped) for p in pats))
                                         or (len(stripped) < 160 and any(p.match(stripped) for p in credits))):
            return pos
        pos += len(line) + 1
    return len(text)


# --- markdown front matter ------------------------------------------------

def split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """Remove a leading ``---`` block of ``key: value`` lines; return text and metadata."""
    meta: dict[str, str] = {}
    m = re.match(r"\A\ufeff?---[ \t]*\n(.*?)\n---[ \t]*\n", text, re.S)
    if not m:
        return text, meta
    for line in m.group(1).split("\n"):
        if ":" in line:
            k, v = line.split(":", 1)
            k = k.strip().lower()
            v = v.strip().strip("'\"")
            if k in ("title", "date", "lang", "language"):
                meta["lang" if k == "language" else k] = v
            elif k in ("url", "source", "link", "canonical"):
                if v.startswith(("http://", "https://")):
                    meta["url"] = v
    # keep offsets meaningful: blank out the block instead of cutting it
    return " " * m.end() + text[m.end():], meta


_EMPHASIS = re.compile(r"(?<![\w*_])(\*\*|__|\*|_)(?=[^\s*_])([^\n]*?[^\s*_])\1(?![\w*_])")


def strip_emphasis(text: str) -> str:
    """Markdown's emphasis marks around words ("**Vevdata**", "*Bergen, 3 May*") go, so that a name reads as plain text
    (offsets then point into the text read, as they do for HTML)."""
    return _EMPHASIS.sub(r"\2", text)


# --- HTML -------------------------------------------------------------------

_SKIP_TAGS = {"script", "style", "noscript", "iframe", "svg", "template", "head", "object", "embed", "canvas", "button", "select", "form"}
_FURNITURE_TAGS = {"nav", "footer", "aside"}
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "header", "blockquote", "pre", "hr", "dd", "dt", "figcaption", "main"}
_DATE_META = ("article:published_time", "date", "dc.date", "dcterms.date", "pubdate", "publish-date", "datepublished", "og:published_time", "citation_publication_date")


_FURNITURE_CONTAINERS = {"div", "section", "ul", "ol", "span", "p"}
_FURNITURE_CLASS = re.compile(r"(?:^|[\s_\-])(?:sidebar|side-bar|related|trending|most-read|mostread|most-popular|popular|sponsored|promo|advert|ads|share|sharing|"
                              r"social|newsletter|subscribe|footer|comments?|breadcrumbs?|navbar|nav|topbar|cookies?|paywall|recommended|"
                              r"more-stories|read-more|a-lire|lire-aussi|sur-le-meme-sujet|complementary|navigation|banner|contentinfo)(?:$|[\s_\-])")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.meta: dict[str, str] = {}
        self._in_title = False
        self._title: list[str] = []
        self._h1: list[str] = []
        self._in_h1 = False
        self._headers: list[tuple[int, bool]] = []  # open <header> elements: where their text starts, whether an h1 is inside
        self._furn_tag: str | None = None  # the tag of an open furniture container (by its class or id), and its nesting depth
        self._furn_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and a.get("lang"):
            self.meta.setdefault("lang", a["lang"])
        if tag == "meta":
            name = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            content = a.get("content", "")
            if name in _DATE_META and content:
                self.meta.setdefault("date", content)
            elif name in ("og:url",) and content:
                self.meta.setdefault("url", content)
            elif name in ("og:title", "twitter:title") and content:
                self.meta.setdefault("og_title", content)
        if tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href", "").startswith("http"):
            self.meta["url"] = a["href"]
        if tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"])
        if tag == "title":
            self._in_title = True
        if tag == "h1":
            self._in_h1 = True
        if tag == "header" and not self.skip:
            # a page header is kept only if it holds the headline (h1); a site header (logo, links) is dropped
            self._headers.append((len(self.parts), False))
        if tag == "h1" and self._headers:
            start, _ = self._headers[-1]
            self._headers[-1] = (start, True)
        if self._furn_tag is not None:
            if tag == self._furn_tag:
                self._furn_depth += 1
        elif tag in _FURNITURE_CONTAINERS and _FURNITURE_CLASS.search(" ".join((a.get("class", ""), a.get("id", ""), a.get("role", ""))).lower()):
            # "<div id="sidebar">", "<section class="trending">", "<div class="share">": page furniture in a plain container
            self._furn_tag, self._furn_depth = tag, 1
            self.skip += 1
            return
        if tag in _SKIP_TAGS or tag in _FURNITURE_TAGS:
            if tag != "head" or not self._in_title:
                self.skip += 1
        elif tag in _BLOCK_TAGS and not self.skip:
            self.parts.append("\n\n" if tag != "br" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if self._furn_tag is not None and tag == self._furn_tag:
            self._furn_depth -= 1
            if self._furn_depth == 0:
                self._furn_tag = None
                self.skip -= 1
                return
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if (tag in _SKIP_TAGS or tag in _FURNITURE_TAGS) and self.skip:
            self.skip -= 1
        elif tag in _BLOCK_TAGS and not self.skip:
            self.parts.append("\n\n")
        if tag == "header" and self._headers and not self.skip:
            start, has_h1 = self._headers.pop()
            if not has_h1:
                del self.parts[start:]
                self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS or tag in _FURNITURE_TAGS:
            # a self-closed skip tag opens nothing
            if tag == "meta" or tag == "link":
                self.handle_starttag(tag, attrs)
            return
        opened = self._furn_tag is None
        self.handle_starttag(tag, attrs)
        if opened and self._furn_tag == tag:
            self.handle_endtag(tag)  # a self-closed furniture container ("<div class='share'/>") holds nothing and closes at once

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
            return
        if self._in_h1:
            self._h1.append(data)
        if not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Visible text of an HTML page (scripts, styles, navigation dropped) and its metadata."""
    p = _TextExtractor()
    try:
        p.feed(html)
        p.close()
    except Exception:  # html.parser is lenient; keep what was read
        pass
    raw = "".join(p.parts)
    lines = [re.sub(r"[ \t\u00a0]+", lambda m: " " if "\u00a0" not in m.group() else m.group(), ln).strip() for ln in raw.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    meta = dict(p.meta)
    h1 = "".join(p._h1).strip()
    title = h1 or meta.pop("og_title", "") or "".join(p._title).strip()
    meta.pop("og_title", None)
    if title:
        meta["title"] = re.sub(r"\s+", " ", title)
    if h1:
        meta["headline"] = meta["title"]
    if "date" not in meta and "time" in meta:
        meta["date"] = meta["time"]
    meta.pop("time", None)
    return text, meta


def with_text(article: Article, text: str) -> Article:
    """A copy of ``article`` with other text (used by tests)."""
    return replace(article, text=text, body_end=len(text))
