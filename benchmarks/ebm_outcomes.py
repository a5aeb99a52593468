"""Peer check: our OUTCOME mentions against the EBM-NLP expert test set's outcome (I-OUT) spans.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/ebm_outcomes.py [--split dev|test|all] [--errors]

Reads ../shared/corpora/ebm-nlp-pico/test.txt (191 RCT abstracts of all fields, CoNLL, IO labels
I-PAR/I-INT/I-OUT; see its SOURCE.md: the fine-grained gold spans). Each abstract's text is rebuilt
from its tokens (`read_conll`: one space between tokens, none before `. , ; : ) ] %` or after `( [`,
the first sentence - the title - ends with a newline as in our document text), recording each
token's character offsets, and run through the shipped pipeline (`build_nlp()`). A contiguous run
of I-OUT tokens is one gold span. Two scores, micro-averaged over documents:
- lenient: SPEC section 4 mention matching (per document distinct lower-cased texts, greedy
  one-to-one; a match when one contains the other or their word sets overlap by at least half);
- overlap: a predicted span is right when it shares a token with a gold span, a gold span is
  found when some predicted span shares a token with it.
`dev` is the even-indexed documents (0, 2, ...), `test` the odd ones: look at the dev half's errors
only (`--errors`), keep the test half for the figure. EBM marks far more than our OUTCOME does
(whole phrases, any measured quantity, e.g. `pain`, `blood pressure`, `length of stay`), so recall
is low by construction; the figure is for tracking, not a target.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEST = ROOT.parent / "shared" / "corpora" / "ebm-nlp-pico" / "test.txt"
NO_SPACE_BEFORE = {".", ",", ";", ":", ")", "]", "%", "?"}
NO_SPACE_AFTER = {"(", "["}


def is_heading(sentence: list[tuple[str, str]]) -> int:
    """How many tokens at the start of a sentence are a section heading (`RESULTS`, `MAIN OUTCOME
    MEASURES`): upper-case words followed by a capitalised, not upper-case, word or a number."""
    n = 0
    while n < len(sentence) and (sentence[n][0].isalpha() and sentence[n][0].isupper() or sentence[n][0] == "&"):
        n += 1
    if n == 0 or n == len(sentence):
        return 0
    nxt = sentence[n][0]
    return n if (nxt[0].isupper() and not nxt.isupper()) or nxt[0].isdigit() else 0


def read_conll(lines) -> list[dict]:
    """CoNLL lines (`token NN O label`, `-DOCSTART- (pmid)`, blank = sentence break) -> one dict per
    document: pmid, text, tokens [(start, end, label)], outcomes [(start, end)] (runs of I-OUT)."""
    raw: list[tuple[str, list[list[tuple[str, str]]]]] = []
    for line in lines:
        fields = line.split()
        if fields and fields[0] == "-DOCSTART-":
            raw.append((fields[1].strip("()") if len(fields) > 1 else str(len(raw)), [[]]))
        elif not fields:
            if raw and raw[-1][1][-1]:
                raw[-1][1].append([])
        elif raw:
            raw[-1][1][-1].append((fields[0], fields[-1]))
    docs = []
    for pmid, sentences in raw:
        text, tokens = "", []
        for k, sentence in enumerate(s for s in sentences if s):
            heading = is_heading(sentence) if k else 0
            for i, (token, label) in enumerate(sentence):
                if not text:
                    sep = ""
                elif i == 0:
                    sep = "\n" if k == 1 or heading else " "      # the title ends; a section starts
                elif i == heading:
                    sep = "\n"
                elif token in NO_SPACE_BEFORE or tokens and text[tokens[-1][0]:] in NO_SPACE_AFTER:
                    sep = ""
                else:
                    sep = " "
                text += sep
                tokens.append((len(text), len(text) + len(token), label))
                text += token
        spans, run = [], None
        for start, end, label in tokens + [(0, 0, "O")]:
            if label == "I-OUT":
                run = (run[0], end) if run else (start, end)
            elif run:
                spans.append(run)
                run = None
        docs.append({"pmid": pmid, "text": text, "tokens": tokens, "outcomes": spans})
    return docs


def score(docs: list[dict], preds: list[list[tuple[int, int]]], errors: bool = False) -> tuple[list, list]:
    from pipeline.evaluate import Counts, span_counts
    lenient, overlap = Counts(), Counts()
    for d, pred in zip(docs, preds):
        c = span_counts(d["text"], d["outcomes"], pred, errors=d["pmid"] if errors else None)
        lenient, overlap = lenient + c["lenient"], overlap + c["overlap"]
    return [lenient.tp, lenient.fp, lenient.fn], [overlap.tp, overlap.fp, overlap.fn]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), default="all")
    ap.add_argument("--errors", action="store_true", help="list missed and false spans (dev half only)")
    args = ap.parse_args(argv)
    if not TEST.is_file():
        print(f"skipped: {TEST} is absent (the shared corpora are not checked out beside the repo)")
        return 0
    from pipeline.evaluate import Counts
    from pipeline.nlp.build import build_nlp
    docs = read_conll(TEST.read_text(encoding="utf-8").splitlines())
    halves = {"dev": docs[0::2], "test": docs[1::2]}
    names = ["dev", "test"] if args.split == "all" else [args.split]
    nlp = build_nlp()
    for name in names:
        part = halves[name]
        t0 = time.perf_counter()
        preds = [[(e.start_char, e.end_char) for e in doc.ents if e.label_ == "OUTCOME"]
                 for doc in nlp.pipe([d["text"] for d in part], batch_size=32)]
        dt = time.perf_counter() - t0
        lenient, overlap = score(part, preds, errors=args.errors and name == "dev")
        n_gold = sum(len(d["outcomes"]) for d in part)
        print(f"EBM-NLP {name}: {len(part)} abstracts, {n_gold} I-OUT spans, {len(part) / dt:.1f} abstracts/s")
        print(f"  lenient  {Counts(*lenient).summary()}")
        print(f"  overlap  {Counts(*overlap).summary()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
