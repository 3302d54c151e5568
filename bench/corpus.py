"""Realistic synthetic news articles (English and French) about healthcare organisations, from templates.

    python bench/corpus.py --articles 10000 --orgs 2000 --out /tmp/corpus10k

Deterministic from ``--seed``.  Organisations get names by type (hospitals,
university hospitals, companies, start-ups, universities, institutes), some
with acronyms and French/English variants used as aliases across articles;
each article is a dated press release or news item with a headline, a
dateline, a partnership, supply contract, consortium, acquisition or
funding paragraph, a quote with a named person and role, background
sentences and, often, an "About" section.  About one article in three is in
French.  Writes one .txt file per article and prints how long it took.
"""

from __future__ import annotations

import argparse
import random
import time
from dataclasses import dataclass
from pathlib import Path

CITIES = [("Lyon", "France"), ("Rennes", "France"), ("Nantes", "France"), ("Lille", "France"), ("Bordeaux", "France"),
          ("Toulouse", "France"), ("Marseille", "France"), ("Strasbourg", "France"), ("Montpellier", "France"), ("Grenoble", "France"),
          ("Boston", "United States"), ("Cleveland", "United States"), ("Houston", "United States"), ("Toronto", "Canada"),
          ("Montreal", "Canada"), ("Manchester", "United Kingdom"), ("Leeds", "United Kingdom"), ("Berlin", "Germany"),
          ("Munich", "Germany"), ("Milan", "Italy"), ("Madrid", "Spain"), ("Lisbon", "Portugal"), ("Nairobi", "Kenya"),
          ("Lagos", "Nigeria"), ("Cape Town", "South Africa"), ("Kigali", "Rwanda"), ("Casablanca", "Morocco"), ("Dakar", "Senegal"),
          ("Singapore", "Singapore"), ("Osaka", "Japan"), ("Seoul", "South Korea"), ("Sydney", "Australia"), ("Melbourne", "Australia"),
          ("Auckland", "New Zealand"), ("São Paulo", "Brazil"), ("Dubai", "United Arab Emirates"), ("Hanoi", "Vietnam")]
STEMS = ["Alder", "Brook", "Cedar", "Delta", "Ember", "Falcon", "Granite", "Harbor", "Iris", "Juniper", "Kestrel", "Lumen", "Maple",
         "Nova", "Orchid", "Pioneer", "Quartz", "Raven", "Sierra", "Tidal", "Umber", "Vertex", "Willow", "Xenon", "Yarrow", "Zenith",
         "Aster", "Beacon", "Cobalt", "Dune", "Echo", "Fjord", "Glade", "Halcyon", "Indigo", "Jasper", "Keystone", "Lark", "Meridian",
         "Nimbus", "Onyx", "Prairie", "Quill", "Ridge", "Summit", "Thistle", "Upland", "Vale", "Wren", "Yukon"]
SUFFIX = {"Company": ["Medical", "Health", "Diagnostics", "Imaging", "Therapeutics", "Biotech", "Healthcare", "Medtech"],
          "Startup": ["AI", "Health", "Labs", "Care", "Bio", "Sense", "Vision", "Data"]}
TOPICS_EN = ["stroke care", "oncology", "cardiology", "medical imaging", "digital pathology", "remote monitoring", "diabetes care",
             "mental health", "rare diseases", "intensive care", "genomics", "telemedicine", "sepsis detection", "maternal health"]
TOPICS_FR = ["la prise en charge de l'AVC", "l'oncologie", "la cardiologie", "l'imagerie médicale", "la pathologie numérique",
             "la télésurveillance", "le diabète", "la santé mentale", "les maladies rares", "la réanimation", "la génomique",
             "la télémédecine", "la détection du sepsis", "la santé maternelle"]
ROLES_EN = ["chief executive officer", "medical director", "head of innovation", "chief technology officer", "director general", "president"]
ROLES_FR = ["directeur général", "directrice générale", "directeur médical", "responsable de l'innovation", "présidente", "directeur scientifique"]
FIRST = ["Anna", "Marc", "Sofia", "David", "Léa", "Omar", "Chen", "Amara", "Lucas", "Inès", "Kenji", "Priya", "Thomas", "Fatou", "Elena", "Hugo"]
LAST = ["Martin", "Dubois", "Okafor", "Tanaka", "Silva", "Kowalski", "Nguyen", "Haddad", "Moreau", "Schmidt", "Rossi", "Mensah", "Lefèvre", "Park"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


@dataclass(frozen=True)
class Org:
    kind: str
    en: str
    fr: str
    acronym: str
    city: str
    country: str


def make_orgs(n: int, rnd: random.Random) -> list[Org]:
    kinds = ["Hospital", "UniversityHospital", "Company", "Startup", "University", "ResearchInstitute"]
    weights = [0.22, 0.16, 0.3, 0.18, 0.08, 0.06]
    out: list[Org] = []
    used: set[str] = set()
    while len(out) < n:
        kind = rnd.choices(kinds, weights)[0]
        city, country = rnd.choice(CITIES)
        stem = rnd.choice(STEMS) + (rnd.choice(["", "", "", "ia", "on", "ex", "ara"]) if len(out) > len(STEMS) else "")
        if kind == "Hospital":
            en, fr = f"{stem} General Hospital", f"Hôpital {stem}"
        elif kind == "UniversityHospital":
            en, fr = f"{city} University Hospital", f"CHU de {city}"
            if en in used:
                en, fr = f"{stem} University Hospital", f"CHU {stem}"
        elif kind in SUFFIX:
            en = fr = f"{stem} {rnd.choice(SUFFIX[kind])}"
        elif kind == "University":
            en, fr = f"University of {stem}", f"Université {stem}"
        else:
            en, fr = f"{stem} Institute for Health Research", f"Institut {stem} de recherche en santé"
        if en in used:
            continue
        used.add(en)
        acronym = "".join(w[0] for w in en.split() if w[0].isupper())[:5] if kind in ("UniversityHospital", "ResearchInstitute") else ""
        out.append(Org(kind, en, fr, acronym, city, country))
    return out


def article(i: int, orgs: list[Org], rnd: random.Random) -> tuple[str, str]:
    fr = rnd.random() < 0.33
    year, month, day = rnd.randint(2016, 2026), rnd.randint(1, 12), rnd.randint(1, 28)
    n = rnd.choice([2, 2, 2, 2, 3, 3, 4])
    parts = rnd.sample(orgs, n)
    a, b = parts[0], parts[1]
    topic_i = rnd.randrange(len(TOPICS_EN))
    person = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
    kind = rnd.choices(["partner", "supply", "consortium", "acquisition", "funding"], [0.45, 0.2, 0.15, 0.1, 0.1])[0]
    if not fr:
        nm = lambda o: o.en  # noqa: E731
        date = f"{MONTHS_EN[month - 1]} {day}, {year}"
        names = ", ".join(nm(o) for o in parts[:-1]) + " and " + nm(parts[-1])
        head = {"partner": f"{nm(a)} and {nm(b)} sign a partnership on {TOPICS_EN[topic_i]}",
                "supply": f"{nm(b)} selects {nm(a)} to equip its {TOPICS_EN[topic_i]} teams",
                "consortium": f"{names} launch a research consortium on {TOPICS_EN[topic_i]}",
                "acquisition": f"{nm(a)} acquires {nm(b)}",
                "funding": f"{nm(a)} raises funds from {nm(b)}"}[kind]
        body = {"partner": f"{nm(a)} and {nm(b)} today announced a {rnd.choice(['three', 'five', 'four'])}-year partnership to improve {TOPICS_EN[topic_i]}. "
                           f"Under the agreement, the two organisations will co-develop new tools and share anonymised data.",
                "supply": f"{nm(b)} has selected {nm(a)} to supply imaging systems and software for its {TOPICS_EN[topic_i]} service. "
                          f"The contract covers installation, training and maintenance.",
                "consortium": f"{names} have joined forces in a consortium on {TOPICS_EN[topic_i]}, coordinated by {nm(a)}. "
                              f"The partners will pool their expertise over four years.",
                "acquisition": f"{nm(a)} has acquired {nm(b)}, a company specialised in {TOPICS_EN[topic_i]}. The terms were not disclosed.",
                "funding": f"{nm(a)}, a start-up working on {TOPICS_EN[topic_i]}, has raised new funds led by {nm(b)}."}[kind]
        quote = f"“This is an important step for our patients,” said {person}, {rnd.choice(ROLES_EN)} of {nm(a)}."
        filler = (f"{a.city}-based {nm(a)} works with hospitals in {a.country}. "
                  f"The project will start in {MONTHS_EN[rnd.randrange(12)]} {year} and first results are expected next year. "
                  f"Healthcare systems across the region face growing demand in {TOPICS_EN[(topic_i + 3) % len(TOPICS_EN)]}.")
        about = f"\n\nAbout {nm(a)}\n{nm(a)} is based in {a.city}, {a.country}. It employs {rnd.randint(20, 9000)} people." if rnd.random() < 0.6 else ""
        text = f"{head}\n\n{a.city.upper()}, {date} — {body} {quote}\n\n{filler}{about}\n"
    else:
        nm = lambda o: o.fr  # noqa: E731
        date = f"{day} {MONTHS_FR[month - 1]} {year}"
        names = ", ".join(nm(o) for o in parts[:-1]) + " et " + nm(parts[-1])
        head = {"partner": f"{nm(a)} et {nm(b)} signent un partenariat sur {TOPICS_FR[topic_i]}",
                "supply": f"{nm(b)} choisit {nm(a)} pour équiper ses équipes",
                "consortium": f"{names} lancent un consortium de recherche",
                "acquisition": f"{nm(a)} rachète {nm(b)}",
                "funding": f"{nm(a)} lève des fonds auprès de {nm(b)}"}[kind]
        body = {"partner": f"{nm(a)} et {nm(b)} ont signé une convention de partenariat de {rnd.choice(['trois', 'cinq', 'quatre'])} ans pour améliorer {TOPICS_FR[topic_i]}. "
                           f"Dans le cadre de cet accord, les deux établissements développeront de nouveaux outils.",
                "supply": f"{nm(b)} a choisi {nm(a)} pour fournir ses équipements d'imagerie. Le contrat comprend l'installation et la formation.",
                "consortium": f"{names} s'associent au sein d'un consortium consacré à {TOPICS_FR[topic_i]}, coordonné par {nm(a)}.",
                "acquisition": f"{nm(a)} a racheté {nm(b)}, spécialiste de {TOPICS_FR[topic_i]}. Le montant n'a pas été communiqué.",
                "funding": f"{nm(a)}, jeune pousse spécialisée dans {TOPICS_FR[topic_i]}, a levé des fonds auprès de {nm(b)}."}[kind]
        quote = f"« C'est une étape importante pour nos patients », a déclaré {person}, {rnd.choice(ROLES_FR)} de {nm(a)}."
        filler = (f"Basé à {a.city}, {nm(a)} travaille avec de nombreux établissements. "
                  f"Le projet démarrera en {MONTHS_FR[rnd.randrange(12)]} {year}.")
        about = f"\n\nÀ propos de {nm(a)}\n{nm(a)} est situé à {a.city}. Il compte {rnd.randint(20, 9000)} salariés." if rnd.random() < 0.6 else ""
        text = f"{head}\n\n{a.city.upper()}, le {date} — {body} {quote}\n\n{filler}{about}\n"
    return f"{i:06d}_{'fr' if fr else 'en'}.txt", text


def generate(out: Path, n_articles: int, n_orgs: int, seed: int = 1) -> list[Path]:
    rnd = random.Random(seed)
    orgs = make_orgs(n_orgs, rnd)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n_articles):
        name, text = article(i, orgs, rnd)
        p = out / name
        p.write_text(text, "utf-8")
        paths.append(p)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--orgs", type=int, default=0, help="default: articles / 5, at least 50")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    t0 = time.perf_counter()
    paths = generate(Path(args.out), args.articles, args.orgs or max(50, args.articles // 5), args.seed)
    words = sum(len(p.read_text("utf-8").split()) for p in paths)
    print(f"{len(paths)} articles, {words:,} words in {args.out} ({time.perf_counter() - t0:.1f} s)")


if __name__ == "__main__":
    main()
