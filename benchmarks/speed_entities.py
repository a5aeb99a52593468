"""Throughput of the entity pipeline on real PubMed XML (one process), and the sentence splitter
against scispaCy's pysbd splitter (agreement and speed).

    PYTHONPATH=$PWD .venv/bin/python benchmarks/speed_entities.py [--limit N] [--pysbd 300]

Texts: ../shared/corpora/bench-pubmed-xml/bench-abstracts.xml.gz (3,380 abstracts), parsed here
with lxml iterparse (title + "\\n" + abstract sections joined by "\\n"). Reports wall and CPU
docs/s (CPU time is the fairer figure on a shared machine), per component too.
"""
from __future__ import annotations

import argparse
import gzip
import time
from pathlib import Path

import spacy
from lxml import etree

from pipeline.nlp.build import build_nlp

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "corpora" / "bench-pubmed-xml" / "bench-abstracts.xml.gz"


def iter_texts(path: Path):
    with gzip.open(path, "rb") as fh:
        for _, el in etree.iterparse(fh, tag="PubmedArticle"):
            title = "".join(el.findtext(".//ArticleTitle") or "")
            sections = ["".join(a.itertext()) for a in el.iterfind(".//Abstract/AbstractText")]
            yield title + "\n" + "\n".join(sections)
            el.clear()


def timed(fn):
    w, c = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - w, time.process_time() - c


def sentence_comparison(texts: list[str]) -> None:
    ours = build_nlp(relations=False, ner_path=None)
    theirs = spacy.blank("en")
    from scispacy.custom_sentence_segmenter import pysbd_sentencizer  # noqa: F401  (registers the factory)
    from scispacy.custom_tokenizer import combined_rule_tokenizer
    theirs.tokenizer = combined_rule_tokenizer(theirs)
    theirs.add_pipe("pysbd_sentencizer")
    with ours.select_pipes(enable=["litmine_sentences"]):
        a, wa, ca = timed(lambda: [[s.start_char for s in d.sents] for d in ours.pipe(texts)])
    b, wb, cb = timed(lambda: [[s.start_char for s in d.sents] for d in theirs.pipe(texts)])
    # compare boundaries that are not the title/section newlines both split at
    same = sum(len(set(x) & set(y)) for x, y in zip(a, b))
    ours_n, theirs_n = sum(map(len, a)), sum(map(len, b))
    identical = sum(x == y for x, y in zip(a, b))
    print(f"sentences, {len(texts)} abstracts: ours {ours_n} / pysbd {theirs_n} sentences, "
          f"{same} shared starts (P {same / ours_n:.3f} R {same / theirs_n:.3f} against pysbd), "
          f"{identical} documents identical; tokenizer+splitter {len(texts) / ca:.0f} vs {len(texts) / cb:.0f} docs/CPU-s")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0, help="at most N abstracts (default all)")
    ap.add_argument("--pysbd", type=int, default=300, help="abstracts for the splitter comparison (0: skip)")
    args = ap.parse_args(argv)
    texts, wall, _ = timed(lambda: list(iter_texts(BENCH)))
    texts = texts[: args.limit] if args.limit else texts
    print(f"parsed {len(texts)} abstracts in {wall:.1f} s")
    nlp = build_nlp(relations=False, ner_path=None)
    list(nlp.pipe(texts[:50]))                              # warm-up: matcher caches, linker index
    _, w, c = timed(lambda: list(nlp.pipe(texts, batch_size=256)))
    print(f"entity pipeline {nlp.pipe_names}: {len(texts) / w:.0f} docs/s wall, {len(texts) / c:.0f} docs/CPU-s")
    _, w, c = timed(lambda: [nlp.make_doc(t) for t in texts])
    print(f"  tokenizer alone: {len(texts) / c:.0f} docs/CPU-s")
    for name in nlp.pipe_names:
        with nlp.select_pipes(enable=[name]):
            _, w, c2 = timed(lambda: list(nlp.pipe(texts, batch_size=256)))
        print(f"  tokenizer + {name}: {len(texts) / c2:.0f} docs/CPU-s")
    if args.pysbd:
        sentence_comparison(texts[: args.pysbd])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
