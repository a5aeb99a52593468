"""Speed of the statistical NER alone on real PubMed XML (../shared/corpora/bench-pubmed-xml).

    PYTHONPATH=$PWD python benchmarks/ner_speed.py [MODEL_DIR] [--limit N]

Prints docs/s for the tokenizer alone and for tokenizer + NER, one process, and the NER's
cost per document (the difference). The XML is parsed with lxml iterparse into the document
text (title + "\\n" + abstract sections joined by "\\n").
"""
from __future__ import annotations

import argparse
import gzip
import time
from pathlib import Path

import spacy
from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "corpora" / "bench-pubmed-xml" / "bench-abstracts.xml.gz"


def texts_from_xml(path: Path, limit: int | None = None) -> list[str]:
    out = []
    with gzip.open(path, "rb") as fh:
        for _, el in etree.iterparse(fh, tag="PubmedArticle", load_dtd=False, no_network=True):
            title = "".join(el.find(".//ArticleTitle").itertext()) if el.find(".//ArticleTitle") is not None else ""
            sections = ["".join(a.itertext()) for a in el.iterfind(".//Abstract/AbstractText")]
            out.append(title + "\n" + "\n".join(sections))
            el.clear()
            if limit and len(out) >= limit:
                break
    return out


def docs_per_second(fn, texts: list[str]) -> tuple[float, float]:
    """(docs per wall-clock second, docs per CPU second of this process): on a shared machine
    the CPU figure is the steadier one."""
    t0, c0 = time.perf_counter(), time.process_time()
    fn(texts)
    return len(texts) / (time.perf_counter() - t0), len(texts) / (time.process_time() - c0)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("model", nargs="?", default=str(ROOT / "models" / "ner"))
    ap.add_argument("--limit", type=int, default=None, help="first N abstracts only")
    args = ap.parse_args(argv)
    if not BENCH.exists():
        raise SystemExit(f"{BENCH} is absent: this benchmark reads ../shared/corpora/bench-pubmed-xml")
    texts = texts_from_xml(BENCH, args.limit)
    t0 = time.perf_counter()
    nlp = spacy.load(args.model)
    load_s = time.perf_counter() - t0
    list(nlp.pipe(texts[:200]))  # warm up
    tok = docs_per_second(lambda ts: [nlp.make_doc(t) for t in ts], texts)
    full = docs_per_second(lambda ts: list(nlp.pipe(ts, batch_size=256)), texts)
    size = sum(f.stat().st_size for f in Path(args.model).rglob("*") if f.is_file()) / 1e6
    print(f"{len(texts)} abstracts, model {args.model} ({size:.1f} MB on disk, loads in {load_s:.2f} s)")
    print(f"{'':22} {'wall':>10} {'CPU':>10}")
    print(f"{'tokenizer alone':22} {tok[0]:10.0f} {tok[1]:10.0f}  docs/s")
    print(f"{'tokenizer + NER':22} {full[0]:10.0f} {full[1]:10.0f}  docs/s (one process)")
    print(f"{'NER cost':22} {1000 * (1 / full[0] - 1 / tok[0]):10.2f} {1000 * (1 / full[1] - 1 / tok[1]):10.2f}  ms/doc")


if __name__ == "__main__":
    main()
