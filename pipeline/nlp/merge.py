"""Merge rule spans with a statistical NER's proposals into `doc.ents` (`litmine_entities`).

Rule spans (from `litmine_ruler`) carry their concept. A model span (`doc.ents` as the `ner`
pipe left them) is kept where it overlaps no rule span; one that strictly contains rule spans
of its own label replaces them only with `model_supersets=True` (measured: see README). Model
spans get a concept here when their text is a vocabulary alias of their label; the rest are left
for `litmine_linker`.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline import vocabulary as vocabulary_mod
from pipeline.nlp.mentions import Mention, write_mentions
from pipeline.nlp.ruler import RULES_KEY
from pipeline.vocabulary import LABELS


def merge(rules: list[Mention], model: list[Mention], model_supersets: bool = False,
          model_labels: tuple[str, ...] | None = None) -> list[Mention]:
    """Rules first; model mentions (of `model_labels`, default all) fill the gaps (pure)."""
    out = list(rules)
    for m in model:
        if model_labels is not None and m.label not in model_labels:
            continue
        hits = [r for r in rules if r.overlaps(m)]
        if not hits:
            out.append(m)
        elif (model_supersets and all(r.label == m.label and m.start <= r.start and r.end <= m.end for r in hits)
              and (m.end - m.start) > max(r.end - r.start for r in hits)):
            out = [r for r in out if r not in hits]
            out.insert(0, m.with_concept(hits[0].concept_id if len(hits) == 1 else None))
    return out


class EntityMerger:
    def __init__(self, nlp: Language, name: str = "litmine_entities", vocabulary: str = "",
                 model_supersets: bool = False, model_labels: list[str] | None = None) -> None:
        self.name = name
        self.vocab_concepts = vocabulary_mod.load(vocabulary or None)
        self.model_supersets = model_supersets
        unknown = set(model_labels or ()) - set(LABELS)
        if unknown:
            raise ValueError(f"litmine_entities: model_labels {sorted(unknown)} are not labels ({', '.join(LABELS)})")
        self.model_labels = tuple(model_labels) if model_labels is not None else None

    def __call__(self, doc: Doc) -> Doc:
        rules = [Mention(s.start, s.end, s.label_, s.kb_id_ or None, "rule", 1.0)
                 for s in doc.spans.get(RULES_KEY, [])]
        model = []
        for ent in doc.ents:
            if ent.label_ not in LABELS:
                continue
            hits = self.vocab_concepts.lookup(ent.text, ent.label_)
            model.append(Mention(ent.start, ent.end, ent.label_, hits[0].concept_id if len(hits) == 1 else None,
                                 "model", 1.0))
        write_mentions(doc, merge(rules, model, self.model_supersets, self.model_labels), self.vocab_concepts)
        return doc


@Language.factory("litmine_entities", default_config={"vocabulary": "", "model_supersets": False, "model_labels": None})
def make_merger(nlp: Language, name: str, vocabulary: str, model_supersets: bool,
                model_labels: list[str] | None) -> EntityMerger:
    """`model_labels`: labels whose model spans may fill gaps the rules leave (None: all)."""
    return EntityMerger(nlp, name, vocabulary, model_supersets, model_labels)
