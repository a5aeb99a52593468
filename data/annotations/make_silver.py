"""Make `msc-neuro-silver.jsonl`: the rule pipeline's entities over the unlabelled corpus, corrected.

    PYTHONPATH=$PWD python data/annotations/make_silver.py [--corpus ../shared/corpora/msc-neuro-unlabeled]

1. Runs the rule pipeline alone (`build_nlp(ner_path=None, relations=False)`: vocabulary ruler,
   abbreviations, linker - never the statistical NER, so the model does not learn from itself).
2. Applies the corrections below, found by reading the rules' output on this corpus (see
   README.md here). They are entity terms and patterns, never text from the abstracts.
3. Writes pmid, a hash of the document text, and character offsets + label + concept per mention.
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

from pipeline.nlp.annotations import (
    LABELS, Mention, _occurrences, document_from_record, read_jsonl, resolve_overlaps, write_annotations,
)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "msc-neuro-unlabeled"

# (surface, label) the rules got wrong on this corpus: a bare "cell", an ambiguous "SC",
# a cell/factor pair glued by a slash.
DROP = {("cell", "CELL_TYPE"), ("SC", "CELL_TYPE"), ("MSCs/GDNF", "NEUROTROPHIC_FACTOR")}

# End points the rules missed (SPEC: measured end points a treatment changes); added where they
# overlap no other mention.
ADD = {
    "OUTCOME": {"lesion volume": "outcome:other", "neurological deficits": "outcome:other",
                "neurological deficit": "outcome:other", "apoptosis": "outcome:other",
                "cell death": "outcome:other", "infarct volume": "outcome:other"},
    "DISEASE": {"brain hemorrhage": "disease:other", "cerebral hemorrhage": "disease:other"},
}

# Vesicle abbreviations glued to a cell abbreviation (`UC-MSCs-Exo`, `BMSC-EVs`): MSC-derived vesicles.
GLUED_EV = re.compile(r"(?<![\w-])[\w]*-?MSCs?-(?:Exos?|exos?|EVs?|sEVs?|CM)(?![\w-])")

# Tissue-source words left of a cell mention belong to it (SPEC: "including its tissue source").
SOURCE_WORDS = {"human", "umbilical", "cord", "blood", "bone", "marrow", "adipose", "placental", "amniotic",
                "dental", "pulp", "wharton's", "jelly", "stromal"}


def extend_left(text: str, m: Mention) -> Mention:
    if m.label != "CELL_TYPE":
        return m
    start = m.start
    while True:
        hit = re.search(r"(\S+) $", text[max(0, start - 40):start])
        if not hit or hit.group(1).lower() not in SOURCE_WORDS or "\n" in hit.group(0):
            break
        start -= len(hit.group(0))
    if start == m.start:
        return m
    concept = m.concept
    if concept == "cell:msc" and "umbilical" in text[start:m.start].lower():
        concept = "cell:uc_msc"
    return Mention(start, m.end, m.label, concept)


def correct(text: str, mentions: list[Mention]) -> list[Mention]:
    kept = [extend_left(text, m) for m in mentions if (text[m.start:m.end], m.label) not in DROP]
    extra = [Mention(s, e, "CELL_TYPE", "cell:msc_ev") for s, e in ((x.start(), x.end()) for x in GLUED_EV.finditer(text))]
    for label, terms in ADD.items():
        for term, concept in terms.items():
            extra += [Mention(s, e, label, concept) for s, e in _occurrences(text, term, re.IGNORECASE)]
    taken = [(m.start, m.end) for m in kept]
    extra = [m for m in extra if not any(m.start < e and s < m.end for s, e in taken)]
    return resolve_overlaps(kept + extra)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=HERE / "msc-neuro-silver.jsonl")
    args = ap.parse_args(argv)
    from pipeline.nlp.build import build_nlp

    nlp = build_nlp(ner_path=None, relations=False)
    docs = [document_from_record(r) for r in read_jsonl(args.corpus / "abstracts.jsonl")]
    rows = []
    for d, doc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=32)):
        found = [Mention(e.start_char, e.end_char, e.label_, e._.concept_id) for e in doc.ents if e.label_ in LABELS]
        rows.append((d.pmid, d.text, correct(d.text, found)))
    n = write_annotations(args.out, rows)
    print(f"{n} documents, {sum(len(r[2]) for r in rows)} mentions -> {args.out}")


if __name__ == "__main__":
    main()
