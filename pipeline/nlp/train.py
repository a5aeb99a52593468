"""`litmine train ner`: build DocBins from the project's files and train the statistical NER.

Training data:
- the gold annotations (SPEC section 4) of one split of a gold corpus folder (`gold.jsonl`,
  `abstracts.jsonl`, `split.json`; default ../shared/corpora/als-msc-dev, split `train`), projected
  to character offsets (pipeline.nlp.annotations.project_mentions);
- every `annotations/*.jsonl` of the data folder, whose texts come from the documents table
  (`documents.parquet`) or from the extra documents files given.

The model is a spaCy `ner` whose tok2vec (HashEmbedCNN) lives inside the component, so the one
component can be sourced into the rule pipeline (`nlp.add_pipe("ner", source=spacy.load(...))`).
The project's tokenizer (scispaCy's, plus one suffix rule: pipeline/nlp/tokenizer.py) is set in
`[initialize.before_init]`: its rules are saved with the model,
and `spacy.load` needs none of our code.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.util import registry

from pipeline.nlp.annotations import (
    LABELS, Mention, project_mentions, read_annotations, read_jsonl, read_texts, text_sha1,
)

log = logging.getLogger("litmine.train")

ROOT = Path(__file__).resolve().parents[2]
MODEL_DIR = ROOT / "models" / "ner"
DEFAULT_CONFIG = MODEL_DIR / "config.cfg"
DEFAULT_GOLD = ROOT.parent / "shared" / "corpora" / "als-msc-dev"
# Files a trained spaCy pipeline writes into its folder: replaced as a whole on re-training.
PIPELINE_FILES = ("config.cfg", "meta.json", "tokenizer", "vocab", "ner")


@registry.callbacks("litmine.scispacy_tokenizer.v1")
def make_scispacy_tokenizer_callback() -> Callable[[Language], Language]:
    def set_tokenizer(nlp: Language) -> Language:
        from pipeline.nlp.tokenizer import litmine_tokenizer
        nlp.tokenizer = litmine_tokenizer(nlp)
        return nlp
    return set_tokenizer


def blank_scispacy() -> Language:
    """A blank English pipeline with the project's tokenizer (the tokenisation the NER is trained on)."""
    return make_scispacy_tokenizer_callback()(spacy.blank("en"))


@dataclass(frozen=True)
class TrainingDoc:
    pmid: str
    text: str
    mentions: tuple[Mention, ...]
    source: str          # which file it came from, for the model's meta


@dataclass
class TrainingData:
    train: list[TrainingDoc] = field(default_factory=list)
    dev: list[TrainingDoc] = field(default_factory=list)

    def describe(self) -> dict:
        def part(docs: list[TrainingDoc]) -> dict:
            return {
                "documents": len(docs),
                "pmids": sorted(d.pmid for d in docs) if docs is self.dev else None,
                "by_source": dict(Counter(d.source for d in docs)),
                "mentions": dict(Counter(m.label for d in docs for m in d.mentions)),
            }
        train = part(self.train)
        train.pop("pmids")
        return {"train": train, "dev": part(self.dev)}


# --- gathering ---------------------------------------------------------------------------------

def gold_docs(gold_dir: Path, split: str | None = "train") -> list[TrainingDoc]:
    """Gold documents of one split of a gold corpus folder, mentions projected to offsets."""
    gold_dir = Path(gold_dir)
    for name in ("gold.jsonl", "abstracts.jsonl"):
        if not (gold_dir / name).is_file():
            raise FileNotFoundError(f"gold corpus {gold_dir}: {name} is missing")
    texts = read_texts([gold_dir / "abstracts.jsonl"])
    keep: set[str] | None = None
    if split:
        splits = json.loads((gold_dir / "split.json").read_text(encoding="utf-8"))
        if split not in splits:
            raise ValueError(f"{gold_dir / 'split.json'}: no split {split!r}; there are {sorted(splits)}")
        keep = {str(p) for p in splits[split]}
    docs = []
    for rec in read_jsonl(gold_dir / "gold.jsonl"):
        pmid = str(rec["pmid"])
        if keep is not None and pmid not in keep:
            continue
        if pmid not in texts:
            raise ValueError(f"{gold_dir / 'gold.jsonl'}: pmid {pmid} has no text in abstracts.jsonl")
        text = texts[pmid]
        docs.append(TrainingDoc(pmid, text, tuple(project_mentions(text, rec["entities"])), f"gold:{gold_dir.name}/{split}"))
    return docs


def annotation_docs(paths: Iterable[Path], texts: dict[str, str]) -> list[TrainingDoc]:
    """Our own annotation files joined to the document texts; stale or missing texts are refused."""
    docs: dict[str, TrainingDoc] = {}  # by pmid: a later file's annotation of a document replaces an earlier one's
    for path in paths:
        missing, stale = [], []
        for pmid, (sha, mentions) in read_annotations(path).items():
            text = texts.get(pmid)
            if text is None:
                missing.append(pmid)
            elif sha and sha != text_sha1(text):
                stale.append(pmid)
            else:
                bad = [m for m in mentions if m.end > len(text)]
                if bad:
                    raise ValueError(f"{path}: pmid {pmid}: offsets past the end of the text: {bad[:3]}")
                docs[pmid] = TrainingDoc(pmid, text, tuple(mentions), f"annotations:{path.name}")
        if missing:
            raise ValueError(
                f"{path}: {len(missing)} annotated documents are not in the documents given "
                f"(e.g. {missing[:3]}); ingest them or pass their abstracts with --documents")
        if stale:
            log.warning("%s: %d documents skipped: their text changed since annotation (e.g. %s)",
                        path, len(stale), stale[:3])
    return list(docs.values())


def training_annotation_files(folder: Path) -> list[Path]:
    """The entity annotation files training reads: every `*.jsonl` but the held-out checks
    (`*-check.gold.jsonl`, measured only) and relation-only files (no `entities` on their lines).
    Gold files (`*.gold.jsonl`) come last so that, for a document several files annotate, the
    hand-checked gold wins over the silver proposal (`annotation_docs` keeps the last)."""
    paths = []
    for path in sorted(folder.glob("*.jsonl")):
        if path.name.endswith("-check.gold.jsonl"):
            continue
        first = next((line for line in path.open(encoding="utf-8") if line.strip()), "")
        if first and "entities" in json.loads(first):
            paths.append(path)
    return sorted(paths, key=lambda p: (p.name.endswith(".gold.jsonl"), p.name))


def check_pmids(folder: Path) -> set[str]:
    """Documents of the held-out checks: no training file's annotation of them is ever read."""
    return {pmid for path in folder.glob("*-check.gold.jsonl") for pmid in read_annotations(path)}


def split_holdout(docs: Sequence[TrainingDoc], fraction: float, seed: int) -> tuple[list, list]:
    """Deterministic held-out part (by a seeded hash of the pmid), for choices and dev scores."""
    if fraction <= 0:
        return list(docs), []
    ranked = sorted(docs, key=lambda d: hashlib.sha1(f"{seed}:{d.pmid}".encode()).hexdigest())
    n = max(1, round(len(ranked) * fraction))
    return ranked[n:], ranked[:n]


def gather(data_dir: Path, gold_dir: Path | None = DEFAULT_GOLD, split: str = "train",
           documents: Sequence[Path] = (), holdout: float = 0.2, seed: int = 0) -> TrainingData:
    """Everything `litmine train ner` trains on; the held-out part comes from the gold documents only."""
    gold = gold_docs(gold_dir, split) if gold_dir else []
    train, dev = split_holdout(gold, holdout, seed)
    ann_paths = training_annotation_files(Path(data_dir) / "annotations")
    if ann_paths:
        table = Path(data_dir) / "documents.parquet"
        sources = ([table] if table.exists() else []) + [Path(p) for p in documents]
        own = annotation_docs(ann_paths, read_texts(sources))
        held = {d.pmid for d in dev} | check_pmids(Path(data_dir) / "annotations")
        train += [d for d in own if d.pmid not in held]
    if not train:
        raise ValueError(f"no training documents: no gold corpus and no {Path(data_dir) / 'annotations'}/*.jsonl")
    return TrainingData(train, dev)


# --- DocBins -----------------------------------------------------------------------------------

def to_doc(nlp: Language, tdoc: TrainingDoc) -> Doc:
    """Tokenise and set the mentions as entities; a mention that does not fall on token boundaries
    (`GDNF` inside the token `GDNF-secreting`) makes its tokens missing, not "outside"."""
    doc = nlp.make_doc(tdoc.text)
    spans, missing = [], []
    for m in tdoc.mentions:
        span = doc.char_span(m.start, m.end, label=m.label)
        if span is None:
            loose = doc.char_span(m.start, m.end, alignment_mode="expand")
            if loose is not None:
                missing.append(loose)
        else:
            spans.append(span)
    spans = spacy.util.filter_spans(spans)
    taken = {i for s in spans for i in range(s.start, s.end)}
    missing = [s for s in spacy.util.filter_spans(missing) if not taken & set(range(s.start, s.end))]
    doc.set_ents(spans, missing=missing, default="outside")
    return doc


def docbin(nlp: Language, docs: Iterable[TrainingDoc]) -> DocBin:
    db = DocBin(store_user_data=False)
    for d in docs:
        db.add(to_doc(nlp, d))
    return db


# --- training ----------------------------------------------------------------------------------

@dataclass
class TrainResult:
    output: Path
    scores: dict
    seconds: float
    data: dict


def train_ner(data: TrainingData, output: Path, config: Path = DEFAULT_CONFIG, seed: int = 0,
              overrides: dict | None = None, quiet: bool = True) -> TrainResult:
    """Train from `config` on `data`; write the pipeline (best on dev, or last without dev) to `output`."""
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop

    if Path(output).exists() and not Path(output).is_dir():
        raise ValueError(f"--output {output} is a file; the NER pipeline is written into a folder")
    config_text = Path(config).read_text(encoding="utf-8")  # read first: output may hold it
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="litmine-ner-") as tmp:
        tmp = Path(tmp)
        (tmp / "config.cfg").write_text(config_text, encoding="utf-8")
        nlp_tok = blank_scispacy()
        docbin(nlp_tok, data.train).to_disk(tmp / "train.spacy")
        # spaCy needs a dev corpus to run; without a held-out part the last model is kept.
        docbin(nlp_tok, data.dev or data.train[:1]).to_disk(tmp / "dev.spacy")
        cfg = spacy.util.load_config(tmp / "config.cfg", overrides={
            "paths.train": str(tmp / "train.spacy"), "paths.dev": str(tmp / "dev.spacy"),
            "system.seed": seed, **(overrides or {})}, interpolate=False)
        nlp = init_nlp(cfg, use_gpu=-1)
        for label in LABELS:  # every SPEC label, even one absent from a tiny corpus
            nlp.get_pipe("ner").add_label(label)
        (tmp / "out").mkdir()
        with open(os.devnull, "w") as sink:
            out = sink if quiet else sys.stdout
            train_loop(nlp, tmp / "out", use_gpu=-1, stdout=out, stderr=sink if quiet else sys.stderr)
        # spaCy's model-best is the best of its periodic evaluations; the last model is not among
        # them, so it is scored too (ties go to the last). Without dev the last one is kept.
        chosen, scores = tmp / "out" / "model-last", {}
        if data.dev:
            scored = [(_dev_scores(spacy.load(tmp / "out" / name), nlp_tok, data.dev), tmp / "out" / name)
                      for name in ("model-last", "model-best")]
            scores, chosen = max(scored, key=lambda sc: (sc[0]["ents_f"], sc[1].name == "model-last"))
            scores["model"] = chosen.name
        seconds = time.perf_counter() - t0
        _install(chosen, Path(output), seed=seed, scores=scores, data=data.describe(), seconds=seconds)
    return TrainResult(Path(output), scores, seconds, data.describe())


def _dev_scores(nlp: Language, nlp_tok: Language, dev: list[TrainingDoc]) -> dict:
    from spacy.training import Example
    examples = [Example(nlp.make_doc(d.text), to_doc(nlp_tok, d)) for d in dev]
    s = nlp.evaluate(examples)
    per = {k: {m: round(v, 4) for m, v in d.items()} for k, d in (s.get("ents_per_type") or {}).items()}
    return {"ents_p": round(s["ents_p"], 4), "ents_r": round(s["ents_r"], 4), "ents_f": round(s["ents_f"], 4),
            "per_label": per}


def _install(src: Path, output: Path, seed: int, scores: dict, data: dict, seconds: float) -> None:
    """Replace the pipeline files in `output` (other files, e.g. a README, stay) and record the run."""
    output.mkdir(parents=True, exist_ok=True)
    for name in PIPELINE_FILES:
        target = output / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
    for item in src.iterdir():
        (shutil.copytree if item.is_dir() else shutil.copy2)(item, output / item.name)
    # The shipped config is the one to train from again: temporary paths are cleared.
    cfg = spacy.util.load_config(output / "config.cfg", interpolate=False)
    cfg["paths"]["train"] = None
    cfg["paths"]["dev"] = None
    cfg.to_disk(output / "config.cfg")
    meta = json.loads((output / "meta.json").read_text(encoding="utf-8"))
    meta.update(name="litmine_ner", description="litmine statistical NER (SPEC section 1 labels), trained from scratch")
    meta.pop("performance", None)  # spaCy's copy is per-step training noise; ours is below
    meta["litmine"] = {"seed": seed, "dev_scores": scores, "data": data, "train_seconds": round(seconds, 1),
                       "command": "litmine train ner --output models/ner --seed %d" % seed}
    (output / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    write_model_readme(output)


def write_model_readme(output: Path) -> None:
    """models/ner/README.md from the pipeline's meta.json and config.cfg (re-written on every training)."""
    meta = json.loads((output / "meta.json").read_text(encoding="utf-8"))
    lit = meta.get("litmine", {})
    cfg = spacy.util.load_config(output / "config.cfg", interpolate=False)
    t2v = cfg["components"]["ner"]["model"]["tok2vec"]
    size = sum(f.stat().st_size for f in output.rglob("*") if f.is_file() and f.name != "README.md") / 1e6
    data, dev = lit.get("data", {}), lit.get("dev_scores", {})
    lines = [
        "# models/ner - litmine's statistical NER",
        "",
        "A spaCy `ner` (labels: " + ", ".join(LABELS) + ") trained from scratch on CPU, with the",
        "scispaCy tokenizer saved in the pipeline: `spacy.load(\"models/ner\")` needs no litmine code.",
        "`config.cfg` is the config it was trained from (and trains again from); the rest are its weights.",
        "",
        f"- reproduce: `{lit.get('command', 'litmine train ner')}` (plus `--documents FILE` when the",
        "  annotated documents are not in the data folder's documents.parquet; see README, Statistical NER)",
        f"- model: HashEmbedCNN tok2vec inside the `ner` component (width {t2v['width']}, depth {t2v['depth']}, "
        f"embed rows {t2v['embed_size']}, maxout {t2v['maxout_pieces']}); transition-based NER, hidden "
        f"{cfg['components']['ner']['model']['hidden_width']}; {size:.1f} MB on disk; "
        f"trained in {lit.get('train_seconds', '?')} s, seed {lit.get('seed')}",
        "- training data: " + "; ".join(f"{k}: {v} documents" for k, v in data.get("train", {}).get("by_source", {}).items())
        + " - mentions " + ", ".join(f"{k} {v}" for k, v in sorted(data.get("train", {}).get("mentions", {}).items())),
        f"- dev ({data.get('dev', {}).get('documents', 0)} gold documents of the train split held out, "
        "never trained on): exact-span scores",
        "",
        "| label | P | R | F1 |",
        "| --- | --- | --- | --- |",
    ]
    for label, s in sorted(dev.get("per_label", {}).items()):
        lines.append(f"| {label} | {s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f} |")
    if dev:
        lines.append(f"| all | {dev['ents_p']:.3f} | {dev['ents_r']:.3f} | {dev['ents_f']:.3f} |")
    (output / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
