"""The project's tokenizer: scispaCy's rule tokenizer with one more suffix rule.

scispaCy keeps a period glued to a hyphenated name that ends in one capital letter
(`... as measured by ALSFRS-R.`), the way it keeps initials (`J.`): the scale is then not
found and the sentence does not end there. A period after `-X` at the end of a token is split
off; initials and `i.v.`/`e.g.` (no hyphen) keep theirs.
"""
from __future__ import annotations

import re
import warnings

from scispacy.custom_tokenizer import combined_rule_tokenizer
from spacy.language import Language
from spacy.tokenizer import Tokenizer

HYPHEN_LETTER_PERIOD = r"(?<=[A-Za-z0-9]-[A-Z])\.$"


def litmine_tokenizer(nlp: Language) -> Tokenizer:
    return split_hyphen_letter_period(combined_rule_tokenizer(nlp))


def split_hyphen_letter_period(tokenizer: Tokenizer) -> Tokenizer:
    """Add the rule to a rule tokenizer (scispaCy's, or an installed pipeline's); others pass unchanged."""
    search = getattr(tokenizer, "suffix_search", None)
    pattern = getattr(getattr(search, "__self__", None), "pattern", None)
    if not isinstance(pattern, str) or HYPHEN_LETTER_PERIOD in pattern:
        return tokenizer
    with warnings.catch_warnings():   # scispaCy's own character classes trip a FutureWarning in `re`
        warnings.simplefilter("ignore", FutureWarning)
        tokenizer.suffix_search = re.compile(f"{pattern}|{HYPHEN_LETTER_PERIOD}").search
    return tokenizer
