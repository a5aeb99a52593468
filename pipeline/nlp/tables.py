"""Rows of the entities table (pipeline.schema.ENTITIES) from a processed Doc."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from pipeline.nlp.mentions import nested_factor_end
from pipeline.nlp.ruler import NESTED_KEY


def sentence_index(doc: Doc):
    """token index -> sentence index (0 when the doc has no sentence boundaries)."""
    if not doc.has_annotation("SENT_START"):
        return lambda i: 0
    starts = [s.start for s in doc.sents]
    return lambda i: max(0, bisect_right(starts, i) - 1)


def entity_rows(doc: Doc, pipeline_version: str) -> list[dict]:
    sent = sentence_index(doc)
    rows = []
    for span in doc.ents:
        rows.append({
            "pmid": doc._.pmid, "start": span.start_char, "end": span.end_char, "text": span.text,
            "label": span.label_, "concept_id": span._.concept_id, "concept_name": span._.concept_name,
            "sentence": sent(span.start), "source": span._.source, "score": span._.score,
            "pipeline_version": pipeline_version,
        })
    # factor names glued inside a cell mention (`GDNF-secreting MSCs`): the factor is a mention too
    for span in doc.spans.get(NESTED_KEY, []):
        if any(e.start <= span.start and span.end <= e.end for e in doc.ents):
            end = nested_factor_end(span)
            rows.append({
                "pmid": doc._.pmid, "start": span.start_char, "end": end,
                "text": doc.text[span.start_char:end],
                "label": span.label_, "concept_id": span.kb_id_, "concept_name": None,
                "sentence": sent(span.start), "source": "rule", "score": 1.0, "pipeline_version": pipeline_version,
            })
    rows.sort(key=lambda r: (r["start"], r["end"]))
    return rows
