"""Entity mentions as plain records, read from and written to `doc.ents` with their `Span._` attributes.

spaCy keys a span's `._` values by its character offsets (`value_key`) and keeps the concept as the
span's kb_id too, so a mention whose concept changes must be written back as a new Span: every
component reads mentions, changes records, and writes them all back through `write_mentions`.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from pipeline.nlp.patterns import CELL_MODIFIER
from pipeline.vocabulary import LABELS, Vocabulary


@dataclass(frozen=True)
class Mention:
    start: int                 # token offsets
    end: int
    label: str
    concept_id: str | None = None
    source: str = "rule"       # rule | model | linker | abbreviation
    score: float = 1.0

    def overlaps(self, other: "Mention") -> bool:
        return self.start < other.end and other.start < self.end

    def with_concept(self, concept_id: str | None, source: str | None = None, score: float | None = None) -> "Mention":
        return replace(self, concept_id=concept_id, source=source or self.source,
                       score=self.score if score is None else score)


def value_key(name: str, start_char: int, end_char: int) -> tuple:
    """Where spaCy 3.8 keeps a span's `._.name` value: `doc.user_data[value_key(...)]` (its Underscore._get_key;
    a test holds the two together). Hot loops read and write there: `Span._` builds an object per access."""
    return ("._.", name, start_char, end_char)


def read_mentions(doc: Doc) -> list[Mention]:
    """Our mentions in `doc.ents` (spans of other labels, e.g. a foreign model's, are left out)."""
    out = []
    # read in doc.user_data (value_key), and through Span._ only where a value is absent (its default decides)
    data = doc.user_data
    for ent in doc.ents:
        label = ent.label_
        if label not in LABELS:
            continue
        sc, ec = ent.start_char, ent.end_char
        keys = (value_key("concept_id", sc, ec), value_key("source", sc, ec), value_key("score", sc, ec))
        if all(k in data for k in keys):
            concept_id, source, score = (data[k] for k in keys)
        else:
            u = ent._
            concept_id, source, score = u.concept_id, u.source, u.score
        out.append(Mention(ent.start, ent.end, label, concept_id or (ent.kb_id_ or None),
                           source or "model", 1.0 if score is None else float(score)))
    return out


def write_mentions(doc: Doc, mentions: list[Mention], vocab: Vocabulary) -> list[Mention]:
    """Set `doc.ents` to `mentions` (non-overlapping; the earlier in the list wins) with their attributes.
    Returns the mentions as `read_mentions` now reads them back (kept, in text order), without reading."""
    chosen: list[Mention] = []
    taken = bytearray(len(doc))
    for m in mentions:
        if m.end <= m.start or any(taken[m.start:m.end]):
            continue
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        chosen.append(m)
    chosen.sort(key=lambda m: m.start)
    spans = [Span(doc, m.start, m.end, label=m.label, kb_id=m.concept_id or "") for m in chosen]
    doc.ents = spans
    # what `span._.name = value` does for an attribute with a default (extensions.SPAN_ATTRS: no setter), without
    # an Underscore object per assignment
    data = doc.user_data
    for span, m in zip(spans, chosen):
        sc, ec = span.start_char, span.end_char
        data[value_key("concept_id", sc, ec)] = m.concept_id
        data[value_key("concept_name", sc, ec)] = vocab.name_of(m.concept_id) if m.concept_id in vocab else None
        data[value_key("source", sc, ec)] = m.source
        data[value_key("score", sc, ec)] = float(m.score)
    return [Mention(m.start, m.end, m.label, m.concept_id or None, m.source or "model", float(m.score))
            for m in chosen if m.label in LABELS]


def abbreviation_pairs(doc: Doc) -> list[tuple[int, int, int, int]]:
    """(short_start, short_end, long_start, long_end) token offsets, whatever form the detector left."""
    out = []
    for a in getattr(doc._, "abbreviations", None) or []:
        if isinstance(a, dict):
            out.append((a["short_start"], a["short_end"], a["long_start"], a["long_end"]))
        elif isinstance(a, Span) and isinstance(a._.long_form, Span):
            out.append((a.start, a.end, a._.long_form.start, a._.long_form.end))
    # in text order: the detector's order follows set iteration, which changes with the hash seed, and
    # the first occurrence of a short form decides some of the others' provenance (propagate)
    return sorted(_within_sentence(doc, p) for p in out)


def _within_sentence(doc: Doc, pair: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """(helper BF, s21) A long form the detector let reach back across a line break or into the previous
    sentence (`... in ALS` + newline + `Efficacy was assessed with the revised ALS functional rating scale
    (ALSFRS-R)`) starts in the short form's sentence, at the nearest word that begins with the short form's
    first letter (the detector's own rule), preferring one from which the short form's letters can be read
    off in order; else at the first word after the break."""
    ss, se, ls, le = pair
    if not 0 <= ls < le <= len(doc):
        return pair
    cut = ls
    for i in range(ls, le):
        if "\n" in doc[i].text or (i > ls and doc[i].is_sent_start and doc.has_annotation("SENT_START")):
            cut = i + ("\n" in doc[i].text)
    if cut == ls or cut >= le:
        return pair
    short = doc[ss:se].text.lower()
    first = next((c for c in short if c.isalnum()), "")
    starts = [i for i in range(cut, le - 1) if first and doc[i].lower_.startswith(first)]
    # the nearest such word from which the short form's letters can still be read off in order, else the
    # nearest such word, else all the words after the break
    spelled = [i for i in starts if _letters_in_order(short, doc[i:le].text.lower())]
    return (ss, se, (spelled or starts or [cut])[-1], le)


def _letters_in_order(short: str, long: str) -> bool:
    pos = 0
    for c in (c for c in short if c.isalnum()):
        pos = long.find(c, pos) + 1
        if not pos:
            return False
    return True


def nested_factor_end(span: Span) -> int:
    """Character end of a factor name the ruler found inside a cell's name (its `litmine_nested` span),
    without the participle glued to its last word: `BDNF` of `BDNF-secreting`, `... neurotrophic factor`
    of `... neurotrophic factor-overexpressing`."""
    glued = CELL_MODIFIER.match(span[-1].text)
    return span[-1].idx + len(glued.group(1)) if glued else span.end_char
