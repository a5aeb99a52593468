"""Give every occurrence of a short form its long form's label and concept (`litmine_abbreviations`).

Reads scispaCy's `abbreviation_detector` output (`doc._.abbreviations`, serialisable dicts or
Spans). The annotators' convention: a short form defined right after a source-specific long
form takes the specific concept (`bone marrow MSCs (MSCs)` -> `cell:bm_msc` for every `MSCs`
of that document), so the long form's concept overrides whatever the rules gave the short form.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import vocabulary as vocabulary_mod
from pipeline.nlp.mentions import Mention, read_mentions, write_mentions


def abbreviation_pairs(doc: Doc) -> list[tuple[int, int, int, int]]:
    """(short_start, short_end, long_start, long_end) token offsets, whatever form the detector left."""
    out = []
    for a in getattr(doc._, "abbreviations", None) or []:
        if isinstance(a, dict):
            out.append((a["short_start"], a["short_end"], a["long_start"], a["long_end"]))
        elif isinstance(a, Span) and isinstance(a._.long_form, Span):
            out.append((a.start, a.end, a._.long_form.start, a._.long_form.end))
    return out


def long_form_mention(mentions: list[Mention], long_start: int, long_end: int) -> Mention | None:
    """The mention that the long form names: it ends where the long form ends (one token of slack)."""
    best = None
    for m in mentions:
        if long_end - 1 <= m.end <= long_end and m.end > long_start and m.start >= long_start - 3:
            if best is None or (m.end - m.start) > (best.end - best.start):
                best = m
    return best


def propagate(mentions: list[Mention], pairs: list[tuple[int, int, int, int]]) -> list[Mention]:
    """Pure: mentions with every defined short form labelled like its long form."""
    out = list(mentions)
    for ss, se, ls, le in pairs:
        lf = long_form_mention(out, ls, le)
        if lf is None:
            continue
        short = Mention(ss, se, lf.label, lf.concept_id, "abbreviation", lf.score)
        if short.overlaps(lf):
            continue
        clash = [m for m in out if m.overlaps(short)]
        if any((m.end - m.start) > (se - ss) and not (m.start >= ss and m.end <= se) for m in clash):
            continue   # the short form sits inside a longer mention: leave it
        out = [m for m in out if m not in clash]
        out.append(short)
    return out


class AbbreviationResolver:
    def __init__(self, nlp: Language, name: str = "litmine_abbreviations", vocabulary: str = "") -> None:
        self.name = name
        self.vocab_concepts = vocabulary_mod.load(vocabulary or None)

    def __call__(self, doc: Doc) -> Doc:
        pairs = abbreviation_pairs(doc)
        if pairs:
            write_mentions(doc, propagate(read_mentions(doc), pairs), self.vocab_concepts)
        return doc


@Language.factory("litmine_abbreviations", default_config={"vocabulary": ""})
def make_abbreviation_resolver(nlp: Language, name: str, vocabulary: str) -> AbbreviationResolver:
    return AbbreviationResolver(nlp, name, vocabulary)
