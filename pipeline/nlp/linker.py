"""Normalise mentions the rules did not (`litmine_linker`): scispaCy's CandidateGenerator over
our own vocabulary.

The index follows scispaCy's recipe (character 3-gram TF-IDF + nmslib HNSW over every alias)
but with `min_df=1` and float32 vectors: scispaCy's `create_tfidf_ann_index` refuses scipy>=1.11
and its `min_df=10` drops rare aliases (NOTES-stack). It is cached under `models/.cache/`,
keyed by the vocabulary's fingerprint, so it is rebuilt whenever the vocabulary changes.
A mention whose best candidate of its own label scores below `threshold` gets the label's
`*:other` id.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

import joblib
import nmslib
import numpy
import scipy.sparse
from scispacy.candidate_generation import CandidateGenerator
from sklearn.feature_extraction.text import TfidfVectorizer
from spacy.language import Language
from spacy.tokens import Doc

from pipeline import vocabulary as vocabulary_mod
from pipeline.nlp.mentions import read_mentions, write_mentions
from pipeline.vocabulary import Vocabulary

log = logging.getLogger(__name__)
CACHE = vocabulary_mod.ROOT / "models" / ".cache"
HNSW = {"M": 100, "indexThreadQty": 2, "efConstruction": 2000, "post": 0}


@dataclass(frozen=True)
class IndexFiles:
    folder: Path

    @property
    def vectorizer(self) -> Path:
        return self.folder / "tfidf_vectorizer.joblib"

    @property
    def vectors(self) -> Path:
        return self.folder / "tfidf_vectors_float32.npz"

    @property
    def aliases(self) -> Path:
        return self.folder / "concept_aliases.json"

    @property
    def index(self) -> Path:
        return self.folder / "nmslib_index.bin"

    def complete(self) -> bool:
        return all(p.is_file() for p in (self.vectorizer, self.vectors, self.aliases, self.index))


def _empty_index(vectors) -> "nmslib.FloatIndex":
    index = nmslib.init(method="hnsw", space="cosinesimil_sparse", data_type=nmslib.DataType.SPARSE_VECTOR)
    index.addDataPointBatch(vectors)
    return index


def build_index(vocab: Vocabulary, files: IndexFiles) -> None:
    aliases = sorted(vocab.knowledge_base().alias_to_cuis)
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 3), min_df=1, dtype=numpy.float32)
    vectors = vectorizer.fit_transform(aliases).astype(numpy.float32)
    keep = numpy.asarray(vectors.sum(axis=1)).reshape(-1) != 0   # all-zero rows crash nmslib
    aliases = [a for a, k in zip(aliases, keep) if k]
    vectors = vectors[keep]
    index = _empty_index(vectors)
    index.createIndex(HNSW, print_progress=False)
    files.folder.mkdir(parents=True, exist_ok=True)
    joblib.dump(vectorizer, files.vectorizer)
    scipy.sparse.save_npz(files.vectors, vectors)
    files.aliases.write_text(json.dumps(aliases), encoding="utf-8")
    index.saveIndex(str(files.index), save_data=False)


def candidate_generator(vocab: Vocabulary, cache: Path = CACHE, ef_search: int = 200) -> CandidateGenerator:
    """scispaCy's CandidateGenerator over `vocab`, building the cached index if needed."""
    files = IndexFiles(Path(cache) / f"linker-{vocab.fingerprint[:16]}")
    if not files.complete():
        log.info("building the linker index for %s in %s", vocab.path, files.folder)
        build_index(vocab, files)
    vectors = scipy.sparse.load_npz(files.vectors).astype(numpy.float32)
    index = _empty_index(vectors)
    index.loadIndex(str(files.index))
    index.setQueryTimeParams({"efSearch": ef_search})
    return CandidateGenerator(ann_index=index, tfidf_vectorizer=joblib.load(files.vectorizer),
                              ann_concept_aliases_list=json.loads(files.aliases.read_text(encoding="utf-8")),
                              kb=vocab.knowledge_base())


class ConceptLinker:
    def __init__(self, nlp: Language, name: str = "litmine_linker", vocabulary: str = "", threshold: float = 0.6,
                 k: int = 20, cache_dir: str = "",
                 drop_unnamed_model: bool = False) -> None:
        self.name = name
        self.vocab_concepts = vocabulary_mod.load(vocabulary or None)
        self.threshold = threshold
        self.drop_unnamed_model = drop_unnamed_model
        self.k = k
        self.cache_dir = Path(cache_dir) if cache_dir else CACHE
        self._generator: CandidateGenerator | None = None

    def __getstate__(self) -> dict:
        # the nmslib index does not pickle; a copy reloads it from the cache on first use
        return {**self.__dict__, "_generator": None}

    @property
    def generator(self) -> CandidateGenerator:
        if self._generator is None:
            self._generator = candidate_generator(self.vocab_concepts, self.cache_dir)
        return self._generator

    def link(self, texts: list[str], labels: list[str]) -> list[tuple[str, float]]:
        """(concept id, similarity) per mention: the best candidate of the mention's label, or `*:other`."""
        if not texts:
            return []
        out = []
        for label, cands in zip(labels, self.generator(texts, self.k)):
            best = max(((max(c.similarities), c.concept_id) for c in cands
                        if self.vocab_concepts.label_of(c.concept_id) == label), default=(0.0, None))
            score, cid = best
            if cid is None or score < self.threshold:
                out.append((self.vocab_concepts.other_id(label), float(score)))
            else:
                out.append((cid, float(score)))
        return out

    def __call__(self, doc: Doc) -> Doc:
        if all(ent.kb_id_ for ent in doc.ents):
            return doc   # every mention already has its concept (kb_id mirrors concept_id)
        mentions = read_mentions(doc)
        todo = [i for i, m in enumerate(mentions) if m.concept_id is None]
        if not todo:
            return doc
        linked = self.link([doc[mentions[i].start:mentions[i].end].text for i in todo],
                           [mentions[i].label for i in todo])
        unnamed = set()
        for i, (cid, score) in zip(todo, linked):
            source = "linker" if not cid.endswith(":other") else mentions[i].source
            mentions[i] = mentions[i].with_concept(cid, source, score)
            if cid.endswith(":other") and mentions[i].source == "model":
                unnamed.add(i)
        if self.drop_unnamed_model and unnamed:
            # The statistical NER's spans that neither the vocabulary nor the linker could name: on
            # held-out train documents every one was a false positive (README, "Quality and speed").
            mentions = [m for i, m in enumerate(mentions) if i not in unnamed]
        write_mentions(doc, mentions, self.vocab_concepts)
        return doc


@Language.factory("litmine_linker", default_config={"vocabulary": "", "threshold": 0.6, "k": 20, "cache_dir": "",
                                                    "drop_unnamed_model": False})
def make_linker(nlp: Language, name: str, vocabulary: str, threshold: float, k: int, cache_dir: str,
                drop_unnamed_model: bool) -> ConceptLinker:
    return ConceptLinker(nlp, name, vocabulary, threshold, k, cache_dir, drop_unnamed_model)
