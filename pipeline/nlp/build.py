"""Assemble the entity pipeline: `build_nlp()`.

Default: a blank English pipeline with the project's tokenizer (named in its config) and our components, plus the
trained NER from `models/ner` when a trained pipeline is there (its `meta.json`; a folder holding
only the training config is not a model). With `model=NAME`: an installed spaCy/scispaCy
pipeline (`spacy.load(NAME)`) whose own `ner` is renamed and disabled (its labels are not ours)
and onto which the same components are added. A registered `litmine_relations` factory is
added last when `relations=True`.
"""
from __future__ import annotations

import warnings
from pathlib import Path

import spacy
from scispacy.abbreviation import AbbreviationDetector  # noqa: F401  (registers abbreviation_detector)
from spacy.language import Language

import pipeline.nlp  # noqa: F401  (extensions)
from pipeline.nlp import abbreviation_detector, abbreviations, linker, merge, ruler, sentences  # noqa: F401  (factories)
from pipeline.nlp.tokenizer import TOKENIZER_CONFIG, add_litmine_rules, blank_litmine
from pipeline.vocabulary import ROOT

NER_PATH = ROOT / "models" / "ner"
# Labels whose trained-NER spans fill the rules' gaps by default. Measured (README, entities figures):
# on the 8 train documents the model never saw and on the msc-neuro dev gold, adding its spans of
# any label lowered mention F1 (0.953 -> 0.947, 0.925 -> 0.918) and helped no label, so by default
# the model is not run; `build_nlp(model_labels=None)` merges all its labels, or name some.
DEFAULT_MODEL_LABELS: tuple[str, ...] = ()
# W036: the abbreviation detector's global matcher warns on every document without abbreviations.
warnings.filterwarnings("ignore", message=r".*\[W036\].*")
warnings.filterwarnings("ignore", message=r"Possible set union", category=FutureWarning)

ENTITY_PIPES = ("litmine_ruler", "litmine_entities", "litmine_linker", "litmine_abbreviations")


def has_sentence_source(nlp: Language) -> bool:
    return any(name in nlp.pipe_names for name in ("parser", "senter", "sentencizer", "litmine_sentences"))


def add_trained_ner(nlp: Language, ner_path: Path) -> None:
    """Source `ner` (and a shared `tok2vec` it listens to) from a trained pipeline folder."""
    trained = spacy.load(ner_path)
    for name in trained.pipe_names:
        if name in ("ner", "tok2vec") and name not in nlp.pipe_names:
            nlp.add_pipe(name, source=trained, before="litmine_ruler" if "litmine_ruler" in nlp.pipe_names else None)


def build_nlp(model: str | None = None, *, relations: bool = True, ner_path: str | Path | None = NER_PATH,
              vocabulary: str | Path | None = None, linker_threshold: float = 0.6,
              model_supersets: bool = False,
              model_labels: list[str] | tuple[str, ...] | None = DEFAULT_MODEL_LABELS) -> Language:
    voc = str(vocabulary or "")
    if model:
        # (our tokenizer class in the config, as in the blank pipeline; it loads the model's own rules, which
        # must be spaCy's rule tokenizer's, as every English pipeline's are, and ours are added to them)
        nlp = spacy.load(model, config=TOKENIZER_CONFIG)
        nlp.tokenizer = add_litmine_rules(nlp.tokenizer)
        if "ner" in nlp.pipe_names:
            nlp.rename_pipe("ner", "model_ner")
            nlp.disable_pipe("model_ner")
    else:
        nlp = blank_litmine()
    if not has_sentence_source(nlp):
        nlp.add_pipe("litmine_sentences", first=True)
    if "abbreviation_detector" not in nlp.pipe_names:
        # scispaCy's detector, its Matchers read off the token ids (same results, cheaper)
        nlp.add_pipe("litmine_abbreviation_detector", name="abbreviation_detector", config={"make_serializable": True})
    use_model = model_labels is None or len(model_labels) > 0
    if use_model and ner_path and (Path(ner_path) / "meta.json").is_file():
        add_trained_ner(nlp, Path(ner_path))
    nlp.add_pipe("litmine_ruler", config={"vocabulary": voc})
    nlp.add_pipe("litmine_entities", config={"vocabulary": voc, "model_supersets": model_supersets,
                                             "model_labels": None if model_labels is None else list(model_labels)})
    # the NER's gap-fillers the linker can only call *:other are dropped (chosen on held-out train documents)
    nlp.add_pipe("litmine_linker", config={"vocabulary": voc, "threshold": linker_threshold,
                                           "drop_unnamed_model": True})
    nlp.add_pipe("litmine_abbreviations", config={"vocabulary": voc})
    if relations:
        try:
            import pipeline.nlp.relations  # noqa: F401  (registers litmine_relations, relations stage)
        except ImportError:
            pass
        if Language.has_factory("litmine_relations"):
            nlp.add_pipe("litmine_relations")
    return nlp
