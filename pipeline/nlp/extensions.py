"""The custom attributes our components read and write (`Doc._.*`, `Span._.*`).

Registered once, on import of `pipeline.nlp`; safe to call again (spaCy's `force=True`).
Everything stored here must pickle (nlp.pipe with n_process > 1 ships Docs between processes).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

SPAN_ATTRS = {
    "concept_id": None,     # SPEC section 2 id, e.g. "cell:uc_msc"
    "concept_name": None,   # the vocabulary's canonical name
    "source": None,         # rule | model | linker | abbreviation
    "score": None,          # float in [0, 1]: how sure the recogniser/linker is
}

DOC_ATTRS = {
    "pmid": None,
    "sections": None,           # list of {"label", "category", "start", "end"} (documents.sections)
    "publication_types": None,  # list[str]
    "mesh_terms": None,         # list[str]
    "year": None,
    "relations": None,          # list of relation mentions (pipeline.nlp.relations)
    "study_design": None,
    "species": None,
}


def register() -> None:
    for name, default in SPAN_ATTRS.items():
        Span.set_extension(name, default=default, force=True)
    for name, default in DOC_ATTRS.items():
        Doc.set_extension(name, default=default, force=True)


register()
