"""What an engine needs to build the pipeline in a worker: small, picklable, no Language inside."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from pipeline import __version__

MODELS = Path(__file__).resolve().parents[2] / "models"
# the rules are code: a changed word list or gate changes rows as much as a retrained model does
RULES = Path(__file__).resolve().parents[1] / "nlp"


def models_digest(models: Path = MODELS, rules: Path = RULES) -> str:
    """A digest of every shipped model and vocabulary file and of the NLP code (`pipeline/nlp/**/*.py`):
    any change to either gives a new pipeline version, so a re-run extracts every document again."""
    h = hashlib.sha1()
    files = [(models, p) for p in models.rglob("*") if p.is_file() and ".cache" not in p.parts] if models.exists() else []
    files += [(rules, p) for p in rules.rglob("*.py") if "__pycache__" not in p.parts] if rules.exists() else []
    for root, path in sorted(files, key=lambda rp: (str(rp[0]), str(rp[1]))):
        h.update(f"{root.name}/{path.relative_to(root)}".encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:10]


@dataclass(frozen=True)
class PipelineSpec:
    model: str | None = None        # an installed scispaCy/spaCy pipeline to build on; None: ours
    relations: bool = True

    @cached_property
    def version(self) -> str:
        base = f"{__version__}+{models_digest()}"
        return f"{base}+{self.model}" if self.model else base

    def build(self):
        from pipeline.nlp.build import build_nlp

        try:
            return build_nlp(self.model, relations=self.relations)
        except OSError as exc:
            if not self.model:
                raise
            # spaCy's E050 (no such package or folder) is a setting at fault: one line and exit 2, no traceback
            raise ValueError(f"model {self.model!r} (--model, or `model` in litmine.toml) could not be loaded: "
                             f"{exc}") from None
