"""spaCy/scispaCy pipeline: components, assembly, relations. Importing it registers the extensions."""
from pipeline.nlp import extensions as _extensions  # noqa: F401
