"""A fast rule-based sentence splitter (`litmine_sentences`).

scispaCy's pysbd splitter costs ~88% of a small pipeline's time (NOTES-stack); abstracts need
far less: split at every newline (title / sections) and after `.`, `!` or `?` when the next
word starts a sentence, except after abbreviations such as `i.v.`, `e.g.`, `vs.`, `et al.`,
`Fig.` or `approx.` (the scispaCy tokenizer splits `i.v.` into `i.v` + `.` and keeps decimals
whole, so those never look like a full stop followed by a capital).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

# Lower-cased tokens after which a full stop does not end the sentence.
NO_SPLIT_AFTER = frozenset({
    "i.v", "i.t", "i.p", "i.m", "i.c.v", "i.n", "i.a", "s.c", "e.g", "i.e", "vs", "v", "al", "fig", "figs", "approx",
    "ca", "cf", "resp", "no", "nos", "ref", "refs", "dr", "prof", "mr", "ms", "mrs", "st", "viz", "sp", "spp", "eq",
    "ed", "eds", "vol", "ch", "sec", "suppl", "tab", "inc", "ltd", "co", "corp", "dept", "univ", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "min", "max", "mo", "wk", "h", "d",
})
ENDERS = frozenset({".", "!", "?"})
CLOSERS = frozenset({")", "]", '"', "'", "”", "’"})


def sentence_starts(doc: Doc) -> list[bool]:
    """One flag a token: does a sentence start there? (Pure: reads the doc, writes nothing.)"""
    n = len(doc)
    starts = [False] * n
    if n == 0:
        return starts
    starts[0] = True
    pending = False  # a boundary was seen; the next real token starts a sentence
    for i, tok in enumerate(doc):
        if pending and not tok.is_space:
            starts[i] = True
            pending = False
            continue
        text = tok.text
        if "\n" in text and tok.is_space:
            pending = True
            continue
        if text in ENDERS and i + 1 < n:
            prev = doc[i - 1].lower_ if i > 0 else ""
            if text == "." and (prev in NO_SPLIT_AFTER or (len(prev) == 1 and prev.isalpha())):
                continue
            j = i + 1
            while j < n and doc[j].text in CLOSERS:
                j += 1
            while j < n and doc[j].is_space and "\n" not in doc[j].text:
                j += 1
            if j >= n:
                continue
            nxt = doc[j].text
            first = nxt[0]
            if first.isupper() or first.isdigit() or first in "([\"“'" or doc[j].is_space:
                if j < n and not doc[j].is_space:
                    starts[j] = True
                else:
                    pending = True
    return starts


class SentenceSplitter:
    def __init__(self, nlp: Language, name: str = "litmine_sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for tok, start in zip(doc, sentence_starts(doc)):
            tok.is_sent_start = start
        return doc


@Language.factory("litmine_sentences")
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(nlp, name)
