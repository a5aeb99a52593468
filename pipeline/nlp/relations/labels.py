"""The predicates and the labels and concepts of their arguments: which label pair makes which
predicate, the label string hashes the token views carry, cell concepts by kind (MSC, native, other),
and `concept_of`/`concepts_of`, which read an entity's concept id (`<label>:other` when none).
"""
from __future__ import annotations

from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from pipeline.nlp.mentions import value_key
from pipeline.nlp.relations.text import TokenOffsets

PREDICATES: dict[str, tuple[str, str]] = {
    "ADMINISTERED_VIA": ("CELL_TYPE", "ROUTE"),
    "SECRETES": ("CELL_TYPE", "NEUROTROPHIC_FACTOR"),
    "AFFECTS": ("CELL_TYPE", "OUTCOME"),
    "FACTOR_AFFECTS": ("NEUROTROPHIC_FACTOR", "OUTCOME"),
}
EFFECT_PREDICATES = ("AFFECTS", "FACTOR_AFFECTS")
LABEL_PREFIX = {"CELL_TYPE": "cell", "NEUROTROPHIC_FACTOR": "factor", "OUTCOME": "outcome",
                "ROUTE": "route", "DISEASE": "disease"}
OBJECT_LABELS = frozenset({"NEUROTROPHIC_FACTOR", "OUTCOME", "ROUTE"})
ARGUMENT_LABELS = frozenset({"CELL_TYPE", "NEUROTROPHIC_FACTOR", "OUTCOME", "ROUTE"})
# label string hashes, as TokenOffsets.ent_type holds them
OUTCOME_OR_DISEASE = frozenset({hash_string("OUTCOME"), hash_string("DISEASE")})
FACTOR_HASH = hash_string("NEUROTROPHIC_FACTOR")
CELL_HASH = hash_string("CELL_TYPE")
OUTCOME_HASH = hash_string("OUTCOME")

# Cells of the nervous and immune system: usually what a therapy acts on, not the therapy.
NATIVE_CELLS = frozenset({
    "cell:motor_neuron", "cell:neuron", "cell:astrocyte", "cell:microglia", "cell:oligodendrocyte",
    "cell:schwann_cell", "cell:t_cell", "cell:treg", "cell:macrophage", "cell:monocyte",
})
# MSCs named by their source (or product of the source's cells): children of `cell:msc` that one graft is named as
NAMED_MSC_SOURCES = frozenset({"cell:uc_msc", "cell:wj_msc", "cell:bm_msc", "cell:ad_msc", "cell:pl_msc", "cell:msc_ntf"})
MSC_CELLS = frozenset({"cell:msc", "cell:uc_msc", "cell:wj_msc", "cell:bm_msc", "cell:ad_msc", "cell:pl_msc",
                       "cell:msc_ntf", "cell:msc_ev"})


def concept_of(ent: Span) -> str:
    """The entity's concept id, `<label>:other` when the linker left none (read in doc.user_data as in
    `concepts_of`: the gates ask it per candidate, and Span._ builds an object per access)."""
    key = value_key("concept_id", ent.start_char, ent.end_char)
    data = ent.doc.user_data
    cid = data[key] if key in data else ent._.concept_id
    return cid if cid else f"{LABEL_PREFIX.get(ent.label_, ent.label_.lower())}:other"


def concepts_of(doc: Doc, ents: list[Span], view: TokenOffsets) -> dict[tuple[int, int], str]:
    """concept_of for every entity, keyed by token offsets. Span._ builds an Underscore object per
    access (a tenth of the stage's time on sparse documents); spaCy keeps a span's extension
    values in doc.user_data under `mentions.value_key`, read here directly, and
    Span._ is asked only when that key is absent (a getter or default then decides)."""
    data = doc.user_data
    out = {}
    for e in ents:
        key = value_key("concept_id", view.start[e.start], view.end[e.end - 1])
        cid = data[key] if key in data else e._.concept_id
        out[(e.start, e.end)] = cid if cid else f"{LABEL_PREFIX.get(e.label_, e.label_.lower())}:other"
    return out


def cell_kind(concept: str) -> str:
    if concept in MSC_CELLS:
        return "msc"
    if concept in NATIVE_CELLS:
        return "native"
    if concept == "cell:other":
        return "other"
    return "progenitor"
