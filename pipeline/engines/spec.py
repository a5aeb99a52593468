"""What an engine needs to build the pipeline in a worker: small, picklable, no Language inside."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from pipeline import __version__

MODELS = Path(__file__).resolve().parents[2] / "models"


def models_digest(models: Path = MODELS) -> str:
    """A digest of every shipped model and vocabulary file: any change gives a new pipeline version."""
    h = hashlib.sha1()
    if models.exists():
        for path in sorted(p for p in models.rglob("*") if p.is_file() and ".cache" not in p.parts):
            h.update(str(path.relative_to(models)).encode())
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

        return build_nlp(self.model, relations=self.relations)
