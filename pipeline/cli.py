"""`litmine` command line: a thin layer over the stage modules.

Each subcommand parses its flags, builds Settings (defaults < litmine.toml < environment <
flags) and calls one function of a stage module. Nothing here holds logic of its own.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import textwrap
from pathlib import Path

from pipeline import __version__
from pipeline.config import Settings, load_settings
from pipeline.engines import EngineUnavailable

log = logging.getLogger("litmine")


def _examples(text: str) -> str:
    return "examples:\n" + textwrap.indent(textwrap.dedent(text).strip(), "  ")


def _command(sub, name: str, summary: str, examples: str, more: str = "") -> argparse.ArgumentParser:
    """A subcommand whose --help opens with what it does (argparse shows `help` only in the list)."""
    description = summary[0].upper() + summary[1:] + "." + (f"\n\n{textwrap.dedent(more).strip()}" if more else "")
    return sub.add_parser(name, help=summary, description=description,
                          formatter_class=argparse.RawDescriptionHelpFormatter, epilog=examples)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", dest="data_dir", metavar="DIR", help="data folder (default: data/, or LITMINE_DATA)")
    p.add_argument("--config", metavar="FILE", help="TOML settings file (default: ./litmine.toml if present)")
    p.add_argument("--quiet", action="store_true", default=None, help="no progress bars")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more logging (-vv for debug)")


def _entrez_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--eutils-url", metavar="URL", help="E-utilities base URL (default: NCBI's, or LITMINE_EUTILS_URL)")
    p.add_argument("--email", help="contact e-mail sent to NCBI with every request (or NCBI_EMAIL)")


def _extract_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workers", type=int, metavar="N",
                   help="worker processes: the local engine's pool or dask's LocalCluster (default: all cores)")
    p.add_argument("--engine", choices=["local", "dask"], help="where extraction runs (default: local)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="dask scheduler address (default: a LocalCluster)")
    p.add_argument("--model", metavar="NAME", help="build on an installed scispaCy/spaCy pipeline (e.g. en_core_sci_sm)")
    p.add_argument("--full", action="store_true", help="re-extract every document, not only new or changed ones")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="litmine",
        description="Mine PubMed for cell therapy in ALS: documents -> entities -> relations, as Parquet tables.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=_examples("""
            litmine run                                   # fetch the default query, then extract
            litmine fetch --query 'mesenchymal AND ALS' --max 500
            litmine ingest pubmed25n0001.xml.gz updates/
            litmine extract --workers 2
            litmine status
        """),
    )
    parser.add_argument("--version", action="version", version=f"litmine {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = _command(sub, "fetch", "pull PubMed records through NCBI Entrez into documents.parquet",
                 _examples("""
                           litmine fetch --query '"umbilical cord" AND ALS' --mindate 2020/01/01 --maxdate 2024/12/31
                           litmine fetch --pmids pmids.txt
                           litmine fetch --query 'mesenchymal AND ALS' --since-last
                       """))
    _common(p)
    _entrez_flags(p)
    src = p.add_mutually_exclusive_group()
    src.add_argument("--query", "-q", help="PubMed query (default: the configured mission query)")
    src.add_argument("--pmids", metavar="FILE", help="file of PMIDs, one per line ('-' for stdin)")
    p.add_argument("--mindate", metavar="DATE", help="start of the date window, YYYY[/MM[/DD]]")
    p.add_argument("--maxdate", metavar="DATE",
                   help="end of the date window, YYYY[/MM[/DD]] (a partial date: its last day)")
    p.add_argument("--datetype", choices=["edat", "mdat", "pdat"], help="which date the window applies to (default edat)")
    p.add_argument("--max", type=int, metavar="N",
                   help="fetch at most N records (a run that --max cuts short is no start for a later --since-last)")
    p.add_argument("--since-last", action="store_true",
                   help="start where the last successful fetch of this query ended (new by edat, revised by mdat)")
    p.set_defaults(func=cmd_fetch)

    p = _command(sub, "ingest", "load local PubMed XML (efetch output, baseline, update files) into documents.parquet",
                 _examples("""
                           litmine ingest efetch_result.xml
                           litmine ingest baseline/pubmed25n0001.xml.gz baseline/pubmed25n0002.xml.gz
                           litmine ingest updatefiles/          # every .xml/.xml.gz inside, in file-name order
                       """))
    _common(p)
    p.add_argument("paths", nargs="+", metavar="PATH", help=".xml or .xml.gz files, or folders of them")
    p.set_defaults(func=cmd_ingest)

    p = _command(sub, "extract", "find entities and relations in documents not yet extracted",
                 _examples("""
                           litmine extract
                           litmine extract --workers 2
                           litmine extract --engine dask --scheduler tcp://10.0.0.5:8786
                       """))
    _common(p)
    _extract_flags(p)
    p.set_defaults(func=cmd_extract)

    p = _command(sub, "run", "fetch (or ingest) then extract, incrementally: the scheduled job",
                 _examples("""
                           litmine run
                           litmine run --query '"Wharton\\'s jelly" AND ALS'
                           litmine run --from updatefiles/
                       """), more="""
                           Fetches what is new or revised since the last successful fetch of the query (as
                           `litmine fetch --since-last`), or ingests the --from files, then extracts what is new
                           or changed. Exit status: 0 all done; 1 something failed (named under the summary
                           line; what succeeded is kept); 2 a usage or configuration error.""")
    _common(p)
    _entrez_flags(p)
    _extract_flags(p)
    src = p.add_mutually_exclusive_group()
    src.add_argument("--query", "-q", help="PubMed query (default: the configured mission query)")
    src.add_argument("--from", dest="from_paths", nargs="+", metavar="PATH", help="ingest local XML instead of fetching")
    p.set_defaults(func=cmd_run)

    p = _command(sub, "evaluate", "score the tables against a gold file (SPEC section 4)",
                 _examples("""
                           litmine evaluate --gold ../shared/corpora/als-msc-dev/gold.jsonl
                           litmine evaluate --gold gold.jsonl --split ../shared/corpora/als-msc-dev/split.json:report --json
                       """))
    _common(p)
    p.add_argument("--gold", required=True, metavar="FILE", help="gold annotations (*.gold.jsonl)")
    p.add_argument("--split", metavar="FILE:NAME", help="score only the PMIDs of split NAME in split FILE")
    p.add_argument("--json", action="store_true", help="print the scores as JSON as well")
    p.set_defaults(func=cmd_evaluate)

    p = _command(sub, "train", "train the statistical models shipped in models/ from the project's own files",
                 _examples("""
                           litmine train ner
                           litmine train relations
                       """))
    _common(p)
    p.add_argument("what", choices=["ner", "relations", "all"], help="which model to train")
    p.add_argument("--output", metavar="DIR",
                   help="where to write the model: the model folder for one model (default: models/ner or "
                        "models/relations), the models folder for `all` (default: models/)")
    p.add_argument("--seed", type=int, default=0, metavar="N", help="random seed (default 0)")
    p.add_argument("--gold", metavar="DIR",
                   help="gold corpus folder (gold.jsonl, abstracts.jsonl, split.json; default: ../shared/corpora/als-msc-dev)")
    p.add_argument("--split", default="train",
                   help="which split of the gold corpus the NER trains on (default: train; the relation scorer "
                        "always uses train)")
    p.add_argument("--documents", action="append", default=[], metavar="FILE",
                   help="extra document texts for data/annotations/*.jsonl: a documents .parquet or an abstracts "
                        ".jsonl (repeatable; data/documents.parquet is always read when present)")
    p.add_argument("--holdout", type=float, default=0.2,
                   help="fraction of the gold documents held out as dev (model selection, scores; default 0.2)")
    p.add_argument("--model-config", metavar="FILE", help="spaCy training config (default: models/ner/config.cfg)")
    p.add_argument("--epochs", type=int, metavar="N", help="override the config's training.max_epochs")
    p.set_defaults(func=cmd_train)

    p = _command(sub, "status", "show the run ledger and the tables' sizes",
                 _examples("""
                           litmine status
                           litmine status --data /srv/litmine/data --limit 5
                       """))
    _common(p)
    p.add_argument("--limit", type=int, default=20, metavar="N", help="how many recent runs to show (default 20)")
    p.set_defaults(func=cmd_status)

    return parser


def settings_from(args: argparse.Namespace) -> Settings:
    settings = load_settings(getattr(args, "config", None))
    return settings.with_overrides(**vars(args))


# --- commands: each parses nothing and decides nothing; it calls one stage function ---

def cmd_fetch(args: argparse.Namespace) -> int:
    from pipeline.fetch.entrez import EntrezError
    from pipeline.fetch.fetcher import IncompleteFetch, read_pmids, run_fetch

    settings = settings_from(args)
    pmids = read_pmids(args.pmids) if args.pmids else None
    try:
        outcome = run_fetch(settings, query=args.query, pmids=pmids, mindate=args.mindate, maxdate=args.maxdate,
                            datetype=args.datetype, limit=args.max, since_last=args.since_last)
    except IncompleteFetch as exc:
        log.info("%s", exc.outcome.summary())
        log.error("%s", exc)
        return 1
    except EntrezError as exc:
        return _fetch_failed(exc)
    log.info("%s", outcome.summary())
    return 0


def _fetch_failed(exc: Exception) -> int:
    """One line, no traceback (the message is already scrubbed of the API key); a request NCBI
    refused (bad key, bad query) is a usage or configuration error like any other: status 2."""
    from pipeline.fetch.entrez import EntrezRequestError

    log.error("fetch failed: %s", exc)
    return 2 if isinstance(exc, EntrezRequestError) else 1


def cmd_ingest(args: argparse.Namespace) -> int:
    from pipeline.ingest import ingest_paths

    result = ingest_paths(args.paths, settings_from(args))
    print(result.summary())
    return result.exit_code


def cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.runs import run_extract

    return run_extract(settings_from(args), full=args.full)


def cmd_run(args: argparse.Namespace) -> int:
    from pipeline.fetch.entrez import EntrezError
    from pipeline.runs import run_job

    try:
        return run_job(settings_from(args), query=args.query, from_paths=args.from_paths, full=args.full)
    except EntrezError as exc:  # the ledger has the run as failed already
        return _fetch_failed(exc)


def cmd_evaluate(args: argparse.Namespace) -> int:
    import json

    from pipeline.evaluate import evaluate, format_scores

    settings = settings_from(args)
    scores = evaluate(args.gold, settings.data_dir, args.split)
    print(format_scores(scores))
    if args.json:
        print(json.dumps(scores.as_dict()))
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    whats = ["ner", "relations"] if args.what == "all" else [args.what]
    for what in whats:
        if what == "ner":
            from pipeline.nlp import train
            output = Path(args.output) / "ner" if args.output and args.what == "all" else Path(args.output or train.MODEL_DIR)
            data = train.gather(settings.data_dir, Path(args.gold) if args.gold else train.DEFAULT_GOLD, args.split,
                                [Path(p) for p in args.documents], holdout=args.holdout, seed=args.seed)
            log.info("training the NER on %s", data.describe())
            overrides = {"training.max_epochs": args.epochs} if args.epochs else {}
            result = train.train_ner(data, output, Path(args.model_config or train.DEFAULT_CONFIG), seed=args.seed,
                                     overrides=overrides, quiet=bool(settings.quiet))
            log.info("NER written to %s in %.0f s; dev scores %s", result.output, result.seconds, result.scores or "n/a")
        elif what == "relations":
            from pipeline.nlp.relation_model import DEV_CORPUS, MODEL_DIR, train_relations
            output = Path(args.output) / "relations" if args.output and args.what == "all" else Path(args.output or MODEL_DIR)
            result = train_relations(getattr(args, "gold", None) or DEV_CORPUS, output, seed=args.seed)
            log.info("relation model written to %s (cross-validated F1 %.3f, thresholds %s)",
                     result["path"], result["cv_f1"], result["thresholds"])
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from pipeline.status import status_report

    print(status_report(settings_from(args), args.limit))
    return 0


def _setup_logging(verbose: int) -> None:
    # Our own modules log at INFO (DEBUG with -vv); libraries only say WARNING and above unless -vv.
    logging.basicConfig(level=logging.DEBUG if verbose >= 2 else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    ours = logging.DEBUG if verbose >= 2 else logging.INFO
    for name in ("litmine", "pipeline"):
        logging.getLogger(name).setLevel(ours)
    # dask.distributed sets its own loggers to INFO when imported (30 lines of cluster start-up and shutdown per
    # `--engine dask` run); its config, read from the environment at that import, holds it to ours for libraries
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "debug" if verbose >= 2 else "warning")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _setup_logging(args.verbose)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt as exc:  # extract says how much it kept (extract.Interrupted)
        log.error("interrupted: %s", str(exc) or "what was committed is kept, run again to resume")
        return 130
    except EngineUnavailable as exc:
        log.error("%s", exc)
        return 1
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError, ValueError) as exc:
        log.error("%s", exc)  # a path given that is not what it should be, bad input: one line, no traceback
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
