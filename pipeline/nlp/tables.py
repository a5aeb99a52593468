"""Rows of the entities table (pipeline.schema.ENTITIES) from a processed Doc."""
from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import SENT_START
from spacy.tokens import Doc

from pipeline.nlp.mentions import nested_factor_end, value_key
from pipeline.nlp.ruler import NESTED_KEY


def sentence_index(doc: Doc):
    """token index -> sentence index (0 when the doc has no sentence boundaries)."""
    if not doc.has_annotation("SENT_START"):
        return lambda i: 0
    # the starts of `doc.sents` (the first token, then every token flagged as a start), read off the
    # SENT_START column rather than by building a Span for each sentence
    flags = doc.to_array(SENT_START).tolist()
    starts = [0] + [i for i in range(1, len(flags)) if flags[i] == 1]
    return lambda i: max(0, bisect_right(starts, i) - 1)


def entity_rows(doc: Doc, pipeline_version: str, text: str | None = None) -> list[dict]:
    """`text`: the text the doc was made from, where the caller has it: spaCy's tokens keep every character,
    so it is `doc.text` (which joins every token) and a span's text is its slice."""
    sent = sentence_index(doc)
    pmid = doc._.pmid
    ents = doc.ents
    rows = []
    for span in ents:
        u = span._   # (one Underscore object a span, not one an attribute)
        rows.append({
            "pmid": pmid, "start": span.start_char, "end": span.end_char,
            "text": span.text if text is None else text[span.start_char:span.end_char],
            "label": span.label_, "concept_id": u.concept_id, "concept_name": u.concept_name,
            "sentence": sent(span.start), "source": u.source, "score": u.score,
            "pipeline_version": pipeline_version,
        })
    # factor names glued inside a cell mention (`GDNF-secreting MSCs`): the factor is a mention too
    for span in doc.spans.get(NESTED_KEY, []):
        if any(e.start <= span.start and span.end <= e.end for e in ents):
            end = nested_factor_end(span)
            rows.append({
                "pmid": pmid, "start": span.start_char, "end": end,
                "text": (doc.text if text is None else text)[span.start_char:end],
                "label": span.label_, "concept_id": span.kb_id_,
                "concept_name": doc.user_data.get(value_key("concept_name", span.start_char, span.end_char)),
                "sentence": sent(span.start), "source": "rule", "score": 1.0, "pipeline_version": pipeline_version,
            })
    rows.sort(key=lambda r: (r["start"], r["end"]))
    return rows
