"""The ``kg`` command line: thin commands over the library.

Exit codes: 0 success; 1 the work failed (e.g. validation found
violations); 2 bad usage or bad input.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Sequence

from .config import SETTINGS_HELP, Settings
from .errors import KgError, UsageError

__all__ = ["main"]

EXAMPLES = {
    "build": "examples:\n  kg build seeds/\n  kg build news/ more.html --out graphs/2026\n",
    "query": (
        "examples:\n  kg query --list\n  kg query partners --param org=Philips\n"
        "  kg query 'SELECT ?o WHERE { ?o a hckg:Hospital }' --format csv\n  kg query my-question.rq --format json\n"
    ),
    "serve": (
        "examples:\n  kg serve\n  kg serve --port 8890 --timeout 10\n"
        "  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT ?o WHERE { ?o a hckg:Startup }' http://127.0.0.1:8000/sparql\n"
    ),
    "remove": "examples:\n  kg remove news/2024-03-01-philips.txt\n  kg remove news/old/\n  kg remove --missing\n  kg build news/ --prune   (the same, while adding new files)\n",
    "analyze": "examples:\n  kg analyze\n  kg analyze --json > figures.json\n  kg analyze --top 20 --gexf network.gexf\n",
    "stats": "examples:\n  kg stats\n  kg stats --json\n",
    "validate": "examples:\n  kg validate --out out\n",
    "export": "examples:\n  kg export --format nt > graph.nt\n  kg export --format graphml --output graph.graphml\n",
    "viz": "examples:\n  kg viz\n  kg viz --focus Philips --depth 2 -o philips.html\n  kg viz --top 500\n  kg viz --type Hospital --type Startup --since 2020\n",
    "eval": (
        "examples:\n  kg eval tests/corpus/dev/gold tests/corpus/dev/docs\n"
        "  kg eval tests/corpus/seeds-gold seeds --json > scores.json\n"
    ),
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2 with the usage, as argparse does, but say what to do
        self.print_usage(sys.stderr)
        self.exit(2, f"kg: error: {message}\n(see `{self.prog} --help`)\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="kg", description="hckg: a knowledge graph of healthcare organisations and their collaborations, built from news articles.",
                formatter_class=argparse.RawDescriptionHelpFormatter,
                epilog="quick start:\n  kg build seeds/\n  kg query partners --param org=Philips\n\nsettings (environment variables):\n" +
                "\n".join(f"  HCKG_{k.upper()}: {v}" for k, v in SETTINGS_HELP.items()))
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def cmd(name: str, help_: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help_, description=help_, epilog=EXAMPLES.get(name), formatter_class=argparse.RawDescriptionHelpFormatter)
        sp.add_argument("--out", default=None, metavar="DIR", help="graph folder (default: out, or $HCKG_OUT_DIR)")
        return sp

    b = cmd("build", "Read articles (.txt, .md, .html, folders recursively), extract, resolve and write the graph.")
    b.add_argument("paths", nargs="+", metavar="PATH")
    b.add_argument("--n-process", type=int, default=None, help=SETTINGS_HELP["n_process"])
    b.add_argument("--min-confidence", type=float, default=None, help=SETTINGS_HELP["min_confidence"])
    b.add_argument("--store", default=None, metavar="URL", help=SETTINGS_HELP["store"])
    b.add_argument("--prune", action="store_true", help="also remove documents that came from under PATH and whose file is gone")
    b.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    b.add_argument("--json", action="store_true", help="print the build report as JSON on stdout")

    q = cmd("query", "Run SPARQL (text, a .rq file or a saved query name) on the built graph or a remote endpoint.")
    q.add_argument("query", nargs="?", metavar="QUERY", help="SPARQL text, a .rq file, or a saved query name (see --list)")
    q.add_argument("--format", "-f", default="table", choices=["table", "csv", "tsv", "json", "xml", "turtle", "ntriples", "jsonld"],
                   help="table, csv, tsv, json (SPARQL 1.1 JSON results) or xml for SELECT/ASK; "
                   "turtle (the default for CONSTRUCT/DESCRIBE), ntriples or jsonld for graphs")
    q.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE", help="value for a saved query's parameter")
    q.add_argument("--list", action="store_true", help="list the saved queries with their parameters")
    q.add_argument("--json", action="store_true", help="with --list: the saved queries as JSON")
    q.add_argument("--timeout", type=float, default=None, metavar="SECONDS", help=SETTINGS_HELP["query_timeout"] + " 0: no limit.")
    q.add_argument("--limit", type=int, default=None, metavar="N", help="keep at most N rows (or triples); a note on stderr says when more were there")
    q.add_argument("--endpoint", default=None, metavar="URL", help="query this SPARQL 1.1 endpoint instead of the graph in --out (default: $HCKG_ENDPOINT)")

    sv = cmd("serve", "Serve the graph: SPARQL 1.1 Protocol endpoint at /sparql, a query page at /, the network at /network.")
    sv.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only; 0.0.0.0 opens it to the network)")
    sv.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    sv.add_argument("--allow-update", action="store_true",
                    help="accept SPARQL Update (default: refused with 403); changes last until the next `kg build`")
    sv.add_argument("--timeout", type=float, default=None, metavar="SECONDS", help=SETTINGS_HELP["query_timeout"])
    sv.add_argument("--max-rows", type=int, default=None, metavar="N", help=SETTINGS_HELP["max_rows"])

    rm = cmd("remove", "Take documents out of the graph (their facts go; nothing is parsed again).")
    rm.add_argument("paths", nargs="*", metavar="PATH", help="a document's file (as it was built), a folder (every document under it) or a content hash")
    rm.add_argument("--missing", action="store_true", help="remove every document whose file no longer exists")
    rm.add_argument("--quiet", "-q", action="store_true")

    an = cmd("analyze", "Network figures: top organisations, communities, brokers between hospitals and industry, collaborations per year.")
    an.add_argument("--json", action="store_true", help="print the figures as JSON")
    an.add_argument("--top", type=int, default=10, metavar="N", help="organisations and brokers to list (default 10)")
    an.add_argument("--graphml", default=None, metavar="FILE", help="also write the collaboration graph as GraphML")
    an.add_argument("--gexf", default=None, metavar="FILE", help="also write the collaboration graph as GEXF (Gephi)")

    s = cmd("stats", "Count documents, entities, collaborations and relations.")
    s.add_argument("--json", action="store_true")

    cmd("validate", "Check the graph against the SHACL shapes in ontology/hckg-shapes.ttl.")

    e = cmd("export", "Write the graph in another format to stdout or a file.")
    e.add_argument("--format", required=True, choices=["ttl", "nt", "trig", "nq", "jsonld", "graphml", "csv"])
    e.add_argument("--output", "-o", default=None, metavar="FILE")

    ev = sub.add_parser("eval", help="Score the extractor against gold files (one JSON per article).",
                        description="Build each article of DOCS_DIR that has a gold file in GOLD_DIR alone, read the graph back "
                        "and print precision, recall and F1 per category and per document, with false positives (+) and misses (-).",
                        epilog=EXAMPLES["eval"], formatter_class=argparse.RawDescriptionHelpFormatter)
    ev.add_argument("gold_dir", metavar="GOLD_DIR")
    ev.add_argument("docs_dir", metavar="DOCS_DIR")
    ev.add_argument("--json", action="store_true", help="print the full report as JSON")
    ev.add_argument("--summary", action="store_true", help="totals only, no per-document lines")

    v = cmd("viz", "Write the interactive network page (network.html, one file that works offline).")
    v.add_argument("--output", "-o", default=None, metavar="FILE", help="where to write the page (default: DIR/network.html)")
    v.add_argument("--focus", default=None, metavar="ORG", help="only this organisation (name, alias-free label or IRI) and its neighbourhood")
    v.add_argument("--depth", type=int, default=1, metavar="N", help="with --focus: how many steps out (default 1)")
    v.add_argument("--top", type=int, default=0, metavar="N", help="only the N organisations with most partners")
    v.add_argument("--type", action="append", default=[], metavar="TYPE", help="organisation types shown at first (repeatable), e.g. Hospital")
    v.add_argument("--relation", action="append", default=[], metavar="KIND", help="relations shown at first (repeatable), e.g. Partnership, supplies")
    v.add_argument("--topic", default=None, help="only links on this topic at first (English label)")
    v.add_argument("--since", type=int, default=None, metavar="YEAR", help="only links from this year on at first")
    v.add_argument("--until", type=int, default=None, metavar="YEAR", help="only links up to this year at first")
    v.add_argument("--cluster-above", type=int, default=None, metavar="N", help=SETTINGS_HELP["viz_cluster_above"])
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    settings = Settings.from_env(os.environ)
    out = getattr(args, "out", None) or settings.out_dir
    try:
        return int(_COMMANDS[args.command](args, settings.with_overrides(out_dir=out)) or 0)
    except KgError as exc:
        print(f"kg {args.command}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader went away (`kg ... | head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _build(args: argparse.Namespace, settings: Settings) -> int:
    from .pipeline import Progress, build

    settings = settings.with_overrides(n_process=args.n_process, min_confidence=args.min_confidence, store=args.store)
    tty = sys.stderr.isatty() and not args.quiet

    def progress(p: Progress) -> None:
        if args.quiet:
            return
        if p.stage == "extract":
            msg = f"extracting {p.done}/{p.total} {p.detail}"
            if tty:
                print("\r" + msg[:100].ljust(100), end="", file=sys.stderr, flush=True)
            elif p.done == p.total or p.done % 50 == 0:
                print(msg, file=sys.stderr)
        elif p.stage == "publish" and p.done == 0:
            print(("\n" if tty else "") + f"loading into {p.detail}...", file=sys.stderr)
        elif p.stage in ("resolve", "write") and p.done == 0:
            print(("\n" if tty else "") + f"{p.stage}...", file=sys.stderr) if tty else print(f"{p.stage}...", file=sys.stderr)

    report = build(list(args.paths), out_dir=settings.out_dir, settings=settings, progress=progress, prune=args.prune)
    for sk in report.skipped:
        print(f"kg build: skipped {sk.path}: {sk.reason}", file=sys.stderr)
    if args.json:
        print(json.dumps({
            "out_dir": report.out_dir, "documents": report.documents, "added": report.added, "replaced": report.replaced,
            "unchanged": report.unchanged, "triples": report.triples, "organizations": report.organizations,
            "collaborations": report.collaborations, "files": report.files, "published": report.published,
            "store": "written whole" if report.graphs_changed < 0 else f"patched: {report.graphs_changed} document graphs out or in",
            "skipped": [{"path": s.path, "reason": s.reason} for s in report.skipped],
        }, indent=2))
    elif not args.quiet:
        print(f"{report.documents} documents ({report.added} added, {report.replaced} replaced, {report.unchanged} unchanged"
              f"{', ' + str(report.removed) + ' removed' if report.removed else ''}), "
              f"{report.organizations} organisations, {report.collaborations} collaborations, {report.triples} triples")
        print(f"graph:   {report.files['graph']}")
        print(f"         {report.files['trig']}")
        if "network" in report.files:
            print(f"network: {report.files['network']}")
        if report.published:
            p = report.published
            print(f"store:   {settings.store}: {p['written']} graphs written, {p['unchanged']} unchanged, {p['dropped']} dropped")
    if report.documents == 0 and report.skipped:
        return 2
    return 2 if report.skipped else 0


def _query(args: argparse.Namespace, settings: Settings) -> int:
    from .query import execute, resolve_query, saved_queries
    from .results import serialize

    if args.list:
        saved = saved_queries()
        if args.json:
            print(json.dumps([{"name": n, "title": q.title, "description": q.description, "params": q.params, "examples": q.examples}
                              for n, q in saved.items()], indent=2, ensure_ascii=False))
            return 0
        for name, sq in saved.items():
            params = " ".join(f"--param {k}={json.dumps(sq.examples.get(k, '...'), ensure_ascii=False)}" for k in sq.params)
            print(f"{name:26} {sq.title}{'  ' + params if params else ''}")
        print("\nrun one: kg query NAME [--param NAME=VALUE]; its text: kg/queries/NAME.rq", file=sys.stderr)
        return 0
    if not args.query:
        raise UsageError("give a QUERY (SPARQL text, a .rq file or a saved query name), or --list")
    params = {}
    for p in args.param:
        if "=" not in p:
            raise UsageError(f"--param {p!r}: expected NAME=VALUE")
        k, v = p.split("=", 1)
        params[k] = v
    if args.limit is not None and args.limit < 0:
        raise UsageError("--limit must be 0 (no limit) or more")
    timeout = settings.query_timeout if args.timeout is None else args.timeout
    url = args.endpoint or settings.endpoint
    endpoint = settings.remote(url) if url else None
    result = execute(resolve_query(args.query, params), out_dir=settings.out_dir, endpoint=endpoint,
                     timeout=timeout or None, limit=args.limit or None)
    fmt = args.format
    if result.kind == "graph" and fmt == "table":
        fmt = "turtle"
    text = serialize(result, fmt)
    sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")
    if result.truncated and fmt != "table":
        print(f"kg query: results cut at {args.limit} (--limit)", file=sys.stderr)
    return 0


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    from .serve import serve
    from .store import current_store_path

    current_store_path(settings.out_dir)  # no graph: say so now, not at the first query
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"kg serve: warning: listening on {args.host}: other machines can query this graph", file=sys.stderr)
    try:
        serve(settings.out_dir, args.host, args.port, allow_update=args.allow_update,
              timeout=settings.query_timeout if args.timeout is None else args.timeout,
              max_rows=settings.max_rows if args.max_rows is None else args.max_rows)
    except OSError as exc:
        raise UsageError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from exc
    return 0


def _remove(args: argparse.Namespace, settings: Settings) -> int:
    from .pipeline import remove

    if not args.paths and not args.missing:
        raise UsageError("give the PATH of documents to remove, or --missing")
    report = remove(list(args.paths), out_dir=settings.out_dir, settings=settings, missing=args.missing)
    if not args.quiet:
        print(f"{report.removed} document{'s' if report.removed != 1 else ''} removed; {report.documents} documents, "
              f"{report.organizations} organisations, {report.collaborations} collaborations, {report.triples} triples")
    return 0


def _analyze(args: argparse.Namespace, settings: Settings) -> int:
    from .analysis import collaboration_graph, summary, write_gexf, write_graphml
    from .store import Graph

    g = Graph.open(settings.out_dir)
    if args.top < 1:
        raise UsageError("--top must be 1 or more")
    fig = summary(g, top=args.top)
    for path, write in ((args.graphml, write_graphml), (args.gexf, write_gexf)):
        if path:
            write(collaboration_graph(g), path)
            print(f"wrote {path}", file=sys.stderr)
    if args.json:
        print(json.dumps(fig, indent=2, ensure_ascii=False))
        return 0
    print(f"{fig['organizations']} organisations, {fig['collaborating_organizations']} in at least one collaboration, "
          f"{fig['partner_pairs']} partner pairs, {fig['components']} connected groups (largest: {fig['largest_component']})")
    print("\ntop organisations (partners, collaborations, betweenness):")
    for r in fig["top_organizations"]:
        print(f"  {r['label'][:50]:50} {r['type'][:18]:18} {r['partners']:4} {r['collaborations']:6g} {r['betweenness']:8.3f}")
    print("\ncommunities:")
    for i, c in enumerate(fig["communities"], 1):
        print(f"  {i}. {c['description']}")
    print("\nbrokers between hospitals and industry (score, hospital partners, industry partners):")
    for r in fig["brokers"] or []:
        print(f"  {r['label'][:50]:50} {r['type'][:18]:18} {r['score']:8.2f} {r['hospital_partners']:3} {r['industry_partners']:3}")
    if not fig["brokers"]:
        print("  (none: no path joins a hospital and a company)")
    print("\ncollaborations per year (new organisations, running total):")
    for r in fig["by_year"]:
        print(f"  {r['year']}  {r['collaborations']:5}  {r['new_organizations']:5}  {r['total_collaborations']:6}")
    return 0


def _stats(args: argparse.Namespace, settings: Settings) -> int:
    from .store import Graph

    g = Graph.open(settings.out_dir)
    counts = {}
    for label, cls in [("documents", "hckg:Document"), ("organizations", "hckg:Organization"), ("people", "hckg:Person"),
                       ("products", "hckg:Product"), ("projects", "hckg:Project"), ("places", "hckg:Place"),
                       ("collaborations", "hckg:Collaboration"), ("relations", "hckg:Assertion")]:
        rows = g.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a ?t . ?t rdfs:subClassOf* {cls} }}") if cls in ("hckg:Organization", "hckg:Collaboration") else g.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {cls} }}")
        counts[label] = int(rows[0]["n"])
    counts["triples"] = int(g.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")[0]["n"])
    if args.json:
        print(json.dumps(counts, indent=2))
    else:
        for k, v in counts.items():
            print(f"{k:15} {v}")
    return 0


def _validate(args: argparse.Namespace, settings: Settings) -> int:
    from .rdf import validate
    from .store import Graph

    g = Graph.open(settings.out_dir).rdflib_graph()
    ok, report = validate(g)
    if ok:
        print(f"valid: {len(g)} triples conform to ontology/hckg-shapes.ttl")
        return 0
    print(report)
    return 1


def _export(args: argparse.Namespace, settings: Settings) -> int:
    from .store import Graph

    g = Graph.open(settings.out_dir)
    from pathlib import Path

    out = Path(settings.out_dir)
    if args.format == "trig":
        data = (out / "graph.trig").read_text("utf-8")
    elif args.format == "nq":
        from rdflib import Dataset

        data = Dataset().parse(out / "graph.trig", format="trig").serialize(format="nquads")
    elif args.format in ("ttl", "nt", "jsonld"):
        data = g.rdflib_graph().serialize(format={"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}[args.format])
    elif args.format == "csv":
        from .results import serialize

        data = serialize(g.result("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"), "csv")
    else:  # graphml
        import io

        import networkx as nx

        rows = g.query("SELECT ?a ?al ?b ?bl WHERE { ?a hckg:collaboratesWith ?b . ?a rdfs:label ?al . ?b rdfs:label ?bl FILTER(STR(?a) < STR(?b)) }")
        G = nx.Graph()
        for r in rows:
            G.add_node(r["a"], label=r["al"])
            G.add_node(r["b"], label=r["bl"])
            G.add_edge(r["a"], r["b"])
        buf = io.BytesIO()
        nx.write_graphml(G, buf)
        data = buf.getvalue().decode("utf-8")
    if args.output:
        Path(args.output).write_text(data, "utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(data)
    return 0


def _viz(args: argparse.Namespace, settings: Settings) -> int:
    from .viz import ViewOptions, write_network

    if args.top < 0 or args.depth < 0:
        raise UsageError("--top and --depth must be 0 or more")
    opts = ViewOptions(top=args.top, focus=args.focus, depth=args.depth,
                       cluster_above=settings.viz_cluster_above if args.cluster_above is None else args.cluster_above,
                       types=tuple(args.type), relations=tuple(args.relation), topics=(args.topic,) if args.topic else (),
                       years=(args.since, args.until))
    path = write_network(settings.out_dir, args.output, opts)
    print(f"network: {path}")
    return 0


def _eval(args: argparse.Namespace, settings: Settings) -> int:
    from .evaluate import evaluate, report_text

    tty = sys.stderr.isatty()

    def progress(done: int, total: int, name: str) -> None:
        if tty:
            print(f"\rscoring {done}/{total} {name}"[:100].ljust(100), end="" if done < total else "\n", file=sys.stderr, flush=True)

    rep = evaluate(args.gold_dir, args.docs_dir, progress=progress)
    if args.json:
        print(json.dumps(rep, indent=2, ensure_ascii=False))
    else:
        print(report_text(rep, details=not args.summary))
    return 0


_COMMANDS = {"eval": _eval, "build": _build, "query": _query, "serve": _serve, "analyze": _analyze, "remove": _remove, "stats": _stats, "validate": _validate, "export": _export, "viz": _viz}
