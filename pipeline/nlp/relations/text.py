"""Per-document token values and segments: what every later step reads instead of Token and Span objects.

`TokenOffsets` holds each token's offsets, entity type, whitespace and line ends as plain lists, read once
per document (Token and Span access in spaCy is not free, and Doc.text joins every token on each
access); `segments` cuts the Doc's sentences again at newlines and gives each its section. Nothing here
knows about predicates, so every other module of the package can build on it.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.attrs import ENT_TYPE, IDX, IS_SPACE, LENGTH, ORTH, SENT_START, SPACY
from spacy.tokens import Doc, Span

from pipeline.nlp.context import sections_of_spans
from pipeline.nlp.tokenizer import lower_with_hyphens
from pipeline.nlp import extensions as _extensions  # noqa: F401  (registers Doc._.*/Span._.*)


@dataclass(frozen=True)
class Segment:
    index: int
    start: int          # token offsets in the doc
    end: int
    section: str
    section_source: str = "label"   # label | cue | position


# (not ruler.view.TokenStrings, which holds the strings the entity rules match on, before there are entities)
@dataclass
class TokenOffsets:
    """Per-token values read once per document, as plain lists (Token and Span access in spaCy
    is not free, and Doc.text joins every token on each access). Lower-cased token strings are
    cut from the text per segment, only where a candidate needs them (`words`)."""
    ent_type: list[int]        # string hashes; see labels.OUTCOME_OR_DISEASE
    line_ends: list[int]       # sorted indices of the tokens that end a line
    space: list[bool]
    start: list[int]           # character offsets
    end: list[int]
    text: str
    text_lower: str
    sent_starts: list[int] | None = None   # token indices; None when the doc has no sentences
    # doc.ents, read once: the getter (and Span.ents, which goes through it) builds a Span per entity
    # on every access, and the gates ask per candidate
    ents: tuple[Span, ...] = ()

    def ents_in(self, a: int, b: int) -> list[Span]:
        """The entities within tokens a..b (exclusive), as doc[a:b].ents gives them (a >= 0)."""
        return [e for e in self.ents if a <= e.start and e.end <= b]

    def words(self, a: int, b: int) -> list[str]:
        """The lower-cased strings of tokens a..b (exclusive)."""
        low = self.text_lower
        return [low[x:y] for x, y in zip(self.start[a:b], self.end[a:b])]

    def span_lower(self, a: int, b: int) -> str:
        """The lower-cased text of tokens a..b (exclusive), clipped to the document."""
        a, b = max(0, a), min(len(self.start), b)
        return self.text_lower[self.start[a]:self.end[b - 1]] if b > a else ""

    def strip(self, a: int, b: int) -> tuple[int, int]:
        """Character offsets of tokens a..b without surrounding whitespace."""
        start, end = self.start[a], self.end[b - 1]
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end


# orth -> text, one dict for tokens without a trailing space and one for tokens with it: a dict get beats
# StringStore, and two plain dicts spare the (orth, space) tuple that one dict's key would be built per token
_ORTH_TEXT: tuple[dict[int, str], dict[int, str]] = ({}, {})


def fast_text(doc: Doc, orth: list[int] | None = None, spacy_: list[int] | None = None) -> str:
    """Doc.text rebuilt from the string store (Doc.text makes a Token object per token)."""
    if orth is None:
        arr = doc.to_array([ORTH, SPACY])
        orth, spacy_ = arr[:, 0].tolist(), arr[:, 1].tolist()
    caches = _ORTH_TEXT
    if len(caches[0]) + len(caches[1]) > 1 << 18:
        caches[0].clear()
        caches[1].clear()
    # one C-level pass (map over dict.get) when every token is cached, as nearly all are; a per-token
    # Python loop here showed in profiles (a token's text is never empty, so `all` finds the misses)
    pieces = list(map(dict.get, map(caches.__getitem__, spacy_), orth))
    if not all(pieces):
        strings = doc.vocab.strings
        for i, t in enumerate(pieces):
            if not t:
                t = strings[orth[i]]
                pieces[i] = caches[spacy_[i]][orth[i]] = t + " " if spacy_[i] else t
    return "".join(pieces)


def token_view(doc: Doc, ents: tuple[Span, ...] | None = None) -> TokenOffsets:
    """`ents`: doc.ents, when the caller has read them."""
    ents = doc.ents if ents is None else ents
    if len(doc) == 0:
        return TokenOffsets([], [], [], [], [], doc.text, doc.text.lower(), ents=ents)
    has_sents = doc.has_annotation("SENT_START")
    arr = doc.to_array([IDX, LENGTH, ENT_TYPE, IS_SPACE, ORTH, SPACY] + ([SENT_START] if has_sents else []))
    sent_starts = None
    if has_sents:
        flags = arr[:, 6]
        flags[0] = 1
        sent_starts = (flags == 1).nonzero()[0].tolist()
    text = fast_text(doc, arr[:, 4].tolist(), arr[:, 5].tolist())
    low = lower_with_hyphens(text)
    start = arr[:, 0].tolist()
    end = (arr[:, 0] + arr[:, 1]).tolist()
    if len(low) != len(text):   # a lower-casing that changes lengths (rare): lower per character
        low = lower_with_hyphens("".join(c.lower() if len(c.lower()) == 1 else c for c in text))
    # a token ends a line when a newline lies in it or in the whitespace after it
    line_ends: list[int] = []
    nl = text.find("\n")
    while nl >= 0:
        i = bisect.bisect_right(start, nl) - 1
        if i >= 0 and (not line_ends or line_ends[-1] != i):
            line_ends.append(i)
        nl = text.find("\n", nl + 1)
    return TokenOffsets(arr[:, 2].tolist(), line_ends, arr[:, 3].astype(bool).tolist(), start, end, text, low,
                     sent_starts, ents)


def segments(doc: Doc, view: TokenOffsets | None = None, needed: list[int] | None = None) -> list[Segment]:
    """The doc's sentences, cut again at newline tokens; each with its section.

    With `needed` (token indices), only segments holding one of them get a section (others: "")."""
    view = view or token_view(doc)
    if len(doc) and view.sent_starts is not None:
        starts = view.sent_starts
        sents = list(zip(starts, starts[1:] + [len(doc)]))
    else:
        sents = [(0, len(doc))]
    breaks = view.line_ends      # sorted token indices that end a line
    pieces: list[tuple[int, int]] = []
    for start, end in sents:
        cur = start
        k = bisect.bisect_left(breaks, start)
        while k < len(breaks) and breaks[k] < end:
            i = breaks[k]
            stop = i + (0 if view.space[i] else 1)
            if stop > cur:
                pieces.append((cur, stop))
            cur = i + 1
            k += 1
        if end > cur:
            pieces.append((cur, end))
    pieces = [(a, b) for a, b in pieces if not (view.space[a] and all(view.space[a:b]))]   # (no blank piece)
    # sections cost regexes per segment: decide them only where an argument of a relation lies
    if needed is None:
        wanted = list(range(len(pieces)))
    else:
        needed = sorted(needed)
        wanted = [i for i, (a, b) in enumerate(pieces) if _any_in(needed, a, b)]
    names = dict(zip(wanted, sections_of_spans(view.text, doc._.sections,
                                               [(view.start[pieces[i][0]], view.end[pieces[i][1] - 1]) for i in wanted])
                     if wanted else ()))
    return [Segment(i, a, b, *names.get(i, ("", "none"))) for i, (a, b) in enumerate(pieces)]


def _any_in(sorted_pos: list[int], lo: int, hi: int) -> bool:
    """Whether a sorted list of positions holds one in [lo, hi)."""
    i = bisect.bisect_left(sorted_pos, lo)
    return i < len(sorted_pos) and sorted_pos[i] < hi
