"""Peer check: our DISEASE mentions against the NCBI Disease corpus (and BC5CDR test's diseases).

    PYTHONPATH=$PWD .venv/bin/python benchmarks/disease_corpora.py [--split dev|train|test|bc5cdr|all] [--errors]

Reads ../shared/corpora/ncbi-disease/original-data/ (PubTator: `pmid|t|title`, `pmid|a|abstract`,
then `pmid TAB start TAB end TAB mention TAB type TAB ids`; offsets into `title + " " + abstract`;
see its SOURCE.md). Our document text is title + "\n" + abstract, the same length, so the offsets
hold. The split: NCBI's own `develop` set (100 abstracts) and `train` set (593, one duplicate
document dropped) are for development - look at their errors only (`--errors`); NCBI's `test` set
(100 abstracts) and BC5CDR test are for the figure only. BC5CDR (`bc5cdr-iob/test.tsv`, IOB tokens,
no document boundaries) is rebuilt sentence by sentence (one space between tokens, none before
`. , ; : ) ] %` or after `( [`) and run in groups of `BC5CDR_GROUP` consecutive sentences as one
document each; a B-/I-Disease run is one gold span.

Two scores, micro-averaged over documents:
- lenient: SPEC section 4 mention matching (per document distinct lower-cased texts, greedy
  one-to-one; a match when one contains the other or their word sets overlap by at least half);
- exact: predicted (start, end) spans that equal a gold span.
NCBI's conventions differ from ours (it marks `tumor` modifiers, gene-named deficiencies,
composite mentions such as `breast and ovarian cancer`, and cancers of all kinds; our gold, SPEC
section 1 and als-msc-dev's train split, marks the diseases of a cell-therapy abstract), so the
figure is for tracking, not a target.
"""
from __future__ import annotations

import argparse
import gzip
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
NCBI = CORPORA / "ncbi-disease" / "original-data"
NCBI_FILES = {"dev": "NCBIdevelopset_corpus.txt", "train": "NCBItrainset_corpus.txt.gz",
              "test": "NCBItestset_corpus.txt"}
BC5CDR = CORPORA / "bc5cdr-iob" / "test.tsv"
BC5CDR_GROUP = 10
NO_SPACE_BEFORE = {".", ",", ";", ":", ")", "]", "%", "?"}
NO_SPACE_AFTER = {"(", "["}


def read_pubtator(lines) -> list[dict]:
    """PubTator lines -> one dict per document: pmid, text (title + "\\n" + abstract), diseases
    [(start, end)]. A document seen twice (the train file repeats one) is kept once."""
    docs: dict[str, dict] = {}
    cur = None
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            cur = None
            continue
        if "|t|" in line[:20] and line.split("|", 2)[1] == "t":
            pmid, _, title = line.split("|", 2)
            cur = None if pmid in docs else {"pmid": pmid, "title": title, "text": title, "diseases": []}
            if cur:
                docs[pmid] = cur
        elif "|a|" in line[:20] and line.split("|", 2)[1] == "a":
            if cur:
                cur["text"] = cur["title"] + "\n" + line.split("|", 2)[2]
        elif cur and "\t" in line:
            fields = line.split("\t")
            start, end = int(fields[1]), int(fields[2])
            # the offsets rule (one train mention's text field, `... " plus "  `, differs in its spacing)
            if cur["text"][start:end].split() != fields[3].split() and " ".join(fields[3].split()) not in cur["text"]:
                raise ValueError(f"{cur['pmid']}: offsets {start}-{end} do not give {fields[3]!r}")
            cur["diseases"].append((start, end))
    for d in docs.values():
        d.pop("title")
    return list(docs.values())


def read_iob(lines, group: int = BC5CDR_GROUP) -> list[dict]:
    """IOB TSV lines (`token TAB tag`, blank = sentence break) -> documents of `group` consecutive
    sentences: pmid (`s<first sentence index>`), text, diseases [(start, end)] (B-/I-Disease runs)."""
    sentences: list[list[tuple[str, str]]] = [[]]
    for line in lines:
        fields = line.rstrip("\n").split("\t")
        if not line.strip():
            if sentences[-1]:
                sentences.append([])
        else:
            sentences[-1].append((fields[0], fields[-1]))
    sentences = [s for s in sentences if s]
    docs = []
    for g in range(0, len(sentences), group):
        text, spans, run, prev = "", [], None, None
        for sentence in sentences[g:g + group]:
            for i, (token, tag) in enumerate(sentence):
                if not text:
                    sep = ""
                elif i == 0:
                    sep = " "
                elif token in NO_SPACE_BEFORE or prev in NO_SPACE_AFTER:
                    sep = ""
                else:
                    sep = " "
                text += sep
                start, end = len(text), len(text) + len(token)
                text += token
                prev = token
                if tag == "I-Disease" and run:
                    run = (run[0], end)
                else:
                    if run:
                        spans.append(run)
                    run = (start, end) if tag == "B-Disease" else None
            if run:
                spans.append(run)
                run = None
        docs.append({"pmid": f"s{g}", "text": text, "diseases": spans})
    return docs


def score(docs: list[dict], preds: list[list[tuple[int, int]]], errors: bool = False) -> tuple[list, list]:
    from pipeline.evaluate import Counts, span_counts
    lenient, exact = Counts(), Counts()
    for d, pred in zip(docs, preds):
        c = span_counts(d["text"], d["diseases"], pred, errors=d["pmid"] if errors else None)
        lenient, exact = lenient + c["lenient"], exact + c["exact"]
    return [lenient.tp, lenient.fp, lenient.fn], [exact.tp, exact.fp, exact.fn]


def load(name: str) -> list[dict]:
    if name == "bc5cdr":
        return read_iob(BC5CDR.read_text(encoding="utf-8").splitlines())
    path = NCBI / NCBI_FILES[name]
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return read_pubtator(fh)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("dev", "train", "test", "bc5cdr", "all"), default="all",
                    help="NCBI develop (dev), train, test, or BC5CDR test; all = dev, test and bc5cdr")
    ap.add_argument("--errors", action="store_true", help="list missed and false spans (dev and train only)")
    args = ap.parse_args(argv)
    if not NCBI.is_dir():
        print(f"skipped: {NCBI} is absent (the shared corpora are not checked out beside the repo)")
        return 0
    names = ["dev", "test", "bc5cdr"] if args.split == "all" else [args.split]
    if "bc5cdr" in names and not BC5CDR.is_file():
        print(f"skipped bc5cdr: {BC5CDR} is absent")
        names.remove("bc5cdr")
    from pipeline.evaluate import Counts
    from pipeline.nlp.build import build_nlp
    nlp = build_nlp()
    for name in names:
        part = load(name)
        t0 = time.perf_counter()
        preds = [[(e.start_char, e.end_char) for e in doc.ents if e.label_ == "DISEASE"]
                 for doc in nlp.pipe([d["text"] for d in part], batch_size=32)]
        dt = time.perf_counter() - t0
        lenient, exact = score(part, preds, errors=args.errors and name in ("dev", "train"))
        n_gold = sum(len(d["diseases"]) for d in part)
        label = "BC5CDR test" if name == "bc5cdr" else f"NCBI-disease {name}"
        unit = f"documents of {BC5CDR_GROUP} sentences" if name == "bc5cdr" else "abstracts"
        print(f"{label}: {len(part)} {unit}, {n_gold} disease spans, {len(part) / dt:.1f} {unit.split()[0]}/s")
        print(f"  lenient  {Counts(*lenient).summary()}")
        print(f"  exact    {Counts(*exact).summary()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
