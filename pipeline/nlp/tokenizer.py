"""The project's tokenizer: scispaCy's rule tokenizer with a prefix, a suffix and several infix rules.

- scispaCy keeps a period glued to a hyphenated name that ends in one capital letter
  (`... as measured by ALSFRS-R.`), the way it keeps initials (`J.`): the scale is then not
  found and the sentence does not end there. A period after `-X` at the end of a token is split
  off, and one after a mixed-case symbol that ends in a capital (`NfL.`, `pNfH.`, `IgG.`, `NF-κB.`); initials
  and `i.v.`/`e.g.` keep theirs. A trademark sign is split off too
  (`NurOwn®`: the product's name is `NurOwn`).
- A dose unit glued to the cells' name (`UC-MSCs/kg`, `hMSCs/mL`) is split off, so the name is found.
- scispaCy keeps hyphenated compounds whole, so in `MSC-treated mice` or `hBMSC-transplanted
  rats` the cells given are no token of their own: no mention, no relation from the sentence
  that reports the result. The hyphen before a word that says what was done to the animal or
  patient (`-treated`, `-transplanted`, `-injected`, ...) or what the therapy rests on (`-based`,
  `-mediated`: `MSC-based therapy`) becomes a token of its own. The glued
  cell modifiers that describe the cells themselves (`GDNF-secreting`, `hypoxia-preconditioned`)
  are not in the list and stay whole.
- A disease name joined to the next by a slash (`amyotrophic lateral sclerosis/motor neuron disease`,
  `sclerosis/frontotemporal dementia`) splits at the slash, so each name is found.
- An en dash between two words is a hyphen (AMA style writes `umbilical cord–derived`, `bone
  marrow–derived`): scispaCy splits it off, which breaks the compositional names. It stays inside
  the token, and the token's lower-case form (LOWER, what the matchers and rules read) spells it
  as a hyphen; the text keeps its en dash.
- The Unicode hyphens (U+2010, U+2011) that some publishers write in PubMed records (`hUC‐MSCs`,
  `ALSFRS‐R`) are hyphens too: LOWER spells them `-` and the hyphen rules below accept them.
- Two routes joined by a slash (`IT/IM administration`, `intrathecal/intramuscular`, `i.v./i.p.`) split
  at the slash, so that each route is found.
- A short form defined in parentheses right before a glued participle (`stem cell (ASC)-based`,
  `factor (BDNF)-overexpressing`) is split from both parentheses (scispaCy keeps them glued for
  `(S)-ketamine`), so the AbbreviationDetector sees it; `(BM)-derived` stays whole for the source rules.
- A viral vector glued to the gene it carries (`AAV9-GDNF`, `rAAV-BDNF`, `LV-IGF-1`) splits at the
  hyphen, so that the factor is a mention of its own and the agent of what the vector did.
- A factor's symbol glued to a word of its absence or action (`BDNF-deficient`, `GDNF-/-`, `Cntf-null`,
  `GDNF-induced`) or to a receptor or a second factor by a slash (`GDNF/GFRα1/RET`, `BDNF/TrkB`, `NGF/NT-3`)
  splits off too; the glued
  cell modifiers and cell names (`GDNF-secreting`, `BDNF-hMSCs`, `MSCs/GDNF`) stay whole.
- A no-break, thin or other Unicode space between two words (`mesenchymal\u00a0stem cells`,
  `intrathecal\u2009injection`) is a space: spaCy splits words only at the plain space and makes any
  other space a token of its own, which broke every name across it. The tokenizer reads such a space
  as a plain one, so `Doc.text` holds a plain space there (one character for one: offsets hold); the
  table rows take their texts from the stored text (`entity_rows`, `relation_rows` with `text`).

The tokenizer is registered (`litmine.Tokenizer.v1`, also a `spacy_tokenizers` entry point) and named in the
pipeline's config (`blank_litmine`, `TOKENIZER_CONFIG`): a pipeline saved with `to_disk` and loaded with
`spacy.load`, in any interpreter, gets this class and the vocab's LOWER back; its rules come from the saved data.
"""
from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from types import SimpleNamespace

import spacy
from scispacy.custom_tokenizer import combined_rule_tokenizer
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import registry

# (helper DQ, s25) the mixed-case symbol may have a lower-case Greek letter (or the kra `ĸ` some records write for
# kappa) before its final capital: `NF-κB.`, `IκB.` end a sentence like `NfL.`
HYPHEN_LETTER_PERIOD = r"(?<=[A-Za-z0-9]-[A-Z])\.$|(?<=[a-zα-ωĸ][A-Z])\.$|(?<=\w)[®™]$"
# `1 × 10^6 UC-MSCs/kg`: the dose unit glued to the cells' name is a token of its own
PER_UNIT = r"(?:(?<=[A-Z]s)|(?<=[A-Z]C)|(?<=cells)|(?<=cell))/(?:kg|ml|mL|µl|μl|µL|μL|dose|day|site)$"   # (not `mg/kg`)
# (helper BU, s21) `BM-MSC- and AD-MSC-treated mice`, `UC-MSCs- or NSC-transplanted`: the suspended hyphen after a
# hyphenated short form is a token of its own, so the short form is found (not `(iPSC-) derived`, `MSN- and
# interneuron-like cells`: a bare short form keeps its hyphen, as the names built on it expect)
SUSPENDED_HYPHEN = "|".join(rf"(?<=[A-Za-z]-{c})-$" for c in ("[A-Z]{3}", "[A-Z]{3}s", "[A-Z]{4}", "[A-Z]{4}s",
                                                               "[A-Z]{2}", "[A-Z]{2}s"))
RECIPIENT_PARTICIPLES = ("treated", "transplanted", "injected", "grafted", "engrafted", "infused", "implanted",
                         "transfused", "administered", "receiving",
                         # the therapy the cells are (`MSC-based therapy`, `MSC-mediated neuroprotection`)
                         "based", "mediated")
HYPHEN_BEFORE_PARTICIPLE = rf"(?=[-‐‑])(?<=[A-Za-z0-9)])[-‐‑](?=(?:{'|'.join(RECIPIENT_PARTICIPLES)})(?![\w-]))"
# (helper BD, s21) a cell's short form or `cell(s)` glued to a word of what it brought about (`MSC-induced
# improvement`, `NSC-dependent protection`, `stem cell-driven repair`): the cells are the agent, a token of
# their own (fixed-width look-behinds: an upper-case short form ending in C or a plural s, or `cell(s)`;
# not `LPS-induced`, `ROS-induced`, `SCI-induced`)
CELL_BEFORE_ACTION = (r"(?=[-‐‑])(?:(?<=[A-Z]C)|(?<=[A-Z]Cs)|(?<=cell)|(?<=cells))[-‐‑]"
                      r"(?=(?:induced|dependent|driven|elicited|evoked|conferred|promoted)(?![\w-]))")
# (fixed-width look-behinds, one per vector spelling)
# `amyotrophic lateral sclerosis/motor neuron disease`: a disease name joined to the next by a slash
# (not `stem/progenitor cells`, whose vocabulary names keep the slash)
SLASH_BETWEEN_WORDS = r"(?=/)(?:(?<=sclerosis)|(?<=disease)|(?<=dementia))/(?=[a-z]{4})"
# (helper CA, s22) the body's own cells written glued: a marker's plus glued by a hyphen to the cells it marks
# (`BrdU+-astrocytes`, `ChAT+-motoneurons`, `NeuN+-neurons`) and two native cell types joined by a slash
# (`microglia/macrophages`, `astrocytes/microglia`, `neurons/glia`) split there, so each cell type is found
_NATIVE_CELL_PLURALS = ("microglia", "macrophages", "astrocytes", "astroglia", "neurons", "motoneurons", "interneurons",
                        "monocytes", "oligodendrocytes", "lymphocytes", "glia")
_NATIVE_CELL_AHEAD = (r"(?=(?:[Mm]icroglia|[Mm]acrophage|[Aa]stro(?:cyte|glia)|[Nn]euron|[Mm]oto(?:r[ -]?)?neuron|[Ii]nterneuron|"
                      r"[Mm]onocyte|[Oo]ligodendrocyte|[Ll]ymphocyte|[Gg]lia|[Ss]chwann|[Tt]-?(?:cell|lymphocyte)|cells?\b))")
# (plural cell words on both sides of the slash: not `the monocyte/macrophage system`, `neuron/glia ratio`)
# (each infix rule opens with a look-ahead for its delimiter, so `re` gives up at once where none follows
# instead of trying every look-behind at every character of every text)
NATIVE_CELL_GLUED = ("(?=/)(?:" + "|".join(f"(?<={w})" for w in _NATIVE_CELL_PLURALS + tuple(w.capitalize() for w in _NATIVE_CELL_PLURALS))
                     + r")/(?=(?:" + "|".join(_NATIVE_CELL_PLURALS) + r")\b)"
                     + rf"|(?=[-‐‑])(?<=[A-Za-z0-9]\+)[-‐‑]{_NATIVE_CELL_AHEAD}")
# `IT/IM administration`, `intrathecal/intramuscular injection`, `i.v./i.p.`: two routes joined by a slash
# (or a plus: `IT+IV`, helper BU s21) split there, so each is found (fixed-width look-behinds, one per route ending)
_ROUTE_SHORT = ("IT", "IM", "IV", "IP", "ICV", "IA", "SC")
_ROUTE_ENDS = ("i.t.", "i.v.", "i.p.", "i.m.", "thecal", "venous", "muscular", "peritoneal", "arterial", "spinal",
               "nasal", "ventricular", "cutaneous", "cerebral")
SLASH_BETWEEN_ROUTES = ("(?=[/+])(?:" + "|".join([rf"(?<=\b{e})" for e in _ROUTE_SHORT] + [f"(?<={re.escape(e)})" for e in _ROUTE_ENDS])
                        + r")[/+](?=(?:IT|IM|IV|IP|ICV|IA|SC)\b|i\.[tvpm]\b|intra|subcut)")
# `mesenchymal stem cell (MSC)-based`, `factor (BDNF)-overexpressing`: scispaCy keeps a parenthesis
# glued when more follows the closing one (for `(S)-ketamine`), so the short form defined there was no
# token and no abbreviation; an upper-case short form before `)-word` is split off both parentheses
_PARTICIPLE_AFTER = r"[-‐‑–](?!derived)[a-z]+(?:ed|ing)(?![\w-])"   # not `(BM)-derived`: compositional names read it glued
_AFTER_SHORT_FORM = rf"(?:{_PARTICIPLE_AFTER}|/[a-z]{{3}})"   # (also `(ALS)/motor neuron disease (MND)`)
PAREN_SHORT_FORM_PREFIX = rf"^\((?=[A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*[A-Za-z0-9]\){_AFTER_SHORT_FORM})"
PAREN_SHORT_FORM_CLOSE = (rf"(?=\))(?:(?<=[A-Za-z][A-Za-z0-9])|(?<=[A-Za-z0-9][A-Za-z])|(?<=[A-Za-z]-\d))\)(?={_AFTER_SHORT_FORM})"
                          r"|(?=/)(?<=[A-Z]\))/(?=[a-z]{3})")
# `motor neuron disease-like`, `sclerosis-associated`: a disease glued to a suffix word is a name of its own
DISEASE_BEFORE_SUFFIX = (r"(?=[-‐‑])(?:(?<=disease)|(?<=diseases)|(?<=sclerosis))[-‐‑]"
                         r"(?=(?:like|associated|induced|linked|causing)\b)")
# (helper T, s19) also after a serotype in parentheses or a lower-case lentivirus (`(AAV2)-neurturin`, `lenti-CNTF`,
# `EIAV-GDNF`), and before the GDNF-family names spelled out in lower case (`AAV2-neurturin`, `rAAV2-artemin`)
HYPHEN_AFTER_VECTOR = (r"(?=[-‐‑])(?:(?<=AAV)|(?<=AAV\d)|(?<=AAV\d\d)|(?<=AAV\d\))|(?<=\bLV)|(?<=Lenti)|(?<=\blenti)|(?<=EIAV))"
                       r"[-‐‑](?=[A-Z]{2}|(?:[Nn]eurturin|[Aa]rtemin|[Pp]ersephin)\b)")
# `BDNF-deficient mice`, `GDNF-/- mice`, `CNTF-null`, `GDNF-induced protection`, `GDNF/GFRα1/RET signalling`,
# `BDNF/TrkB`: a factor's symbol glued to a word about its absence or its action, or to its receptor, splits
# off, so that the factor is a mention of its own (not where the compound names cells that carry the factor:
# `GDNF-secreting MSCs`, `BDNF-hMSCs`, `MSCs/GDNF` stay whole)
_FACTOR_SYMBOLS = ("GDNF", "Gdnf", "BDNF", "Bdnf", "CNTF", "Cntf", "VEGF", "Vegf", "VEGF-A", "VEGFA", "VEGF165",
                   "IGF-1", "IGF-I", "IGF1", "Igf1", "HGF", "Hgf", "NGF", "Ngf", "NT-3", "NT3", "NT-4", "FGF-2", "FGF2",
                   "bFGF", "LIF", "Lif", "NRTN", "ARTN", "PSPN", "CDNF", "MANF")
# (the delimiter is looked for first: the lookbehinds alone, tried at every position, cost a fifth of the
# tokenizer's time)
_AFTER_FACTOR = "|".join(f"(?<=\\b{re.escape(f)})" for f in _FACTOR_SYMBOLS)
FACTOR_BEFORE_STATE = (rf"(?=[-‐‑+/])(?:{_AFTER_FACTOR})(?:[-‐‑](?=(?:deficient|deficiency|null|knockout|KO|Tg|induced|dependent|"
                       r"stimulated|driven|elicited|evoked|neutralizing|neutralising|blocking)(?![\w-]))|[-+]/-(?![\w-])|/(?=[A-Za-z][A-Za-z0-9α-ω]{1,7}(?![\w-]))"
                       # (helper BE, s21) or to a second factor whose symbol has a hyphen (`NGF/NT-3`, `BDNF/NT-4/5`,
                       # `VEGF/IGF-1`, `HGF/FGF-2`): two factors given together, each a mention of its own
                       r"|/(?=(?:NT|IGF|FGF|VEGF)-(?:\d|I\b|A\b)))")


# scispaCy's infix for other dashes between letters (`(?:–|—|--|...)`); without `–` the en dash stays
EN_DASH_INFIX, NO_EN_DASH_INFIX = "(?:–|—|", "(?:—|"


HYPHEN_LIKE = str.maketrans({"–": "-", "‐": "-", "‑": "-"})


def lower_with_hyphens(text: str) -> str:
    """LOWER of a lexeme, an en dash or Unicode hyphen read as a hyphen (module level: the vocab is
    pickled to workers). Every replacement keeps the length, so character offsets still hold."""
    low = text.lower()
    return low.translate(HYPHEN_LIKE) if ("–" in low or "‐" in low or "‑" in low) else low


# horizontal Unicode spaces (not the line and paragraph separators, which break a line as `\n` does)
UNICODE_SPACES = str.maketrans({c: " " for c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                                                "\u2007\u2008\u2009\u200a\u202f\u205f\u3000"})


class SpacedTokenizer(Tokenizer):
    """spaCy's rule tokenizer reading a Unicode space as a plain one (one character for one, so character
    offsets into the given text still hold). Pickles as itself (Tokenizer.__reduce__ names the class)."""

    def __call__(self, string: str):
        return super().__call__(string if string.isascii() else string.translate(UNICODE_SPACES))


def has_unicode_spaces(text: str) -> bool:
    """Whether the tokenizer reads some of `text`'s spaces as plain ones (its Doc.text then differs there)."""
    return not text.isascii() and text.translate(UNICODE_SPACES) != text


def litmine_tokenizer(nlp: Language) -> Tokenizer:
    # scispaCy reads `nlp.tokenizer.token_match`, which a Language has not got while its config builds the
    # tokenizer: hand it the language's default, what spaCy's own tokenizer would have had
    building = SimpleNamespace(vocab=nlp.vocab, Defaults=nlp.Defaults,
                               tokenizer=SimpleNamespace(token_match=nlp.Defaults.token_match))
    with warnings.catch_warnings():   # scispaCy's suffix character classes trip `re`'s "Possible set union"
        warnings.filterwarnings("ignore", message=r"Possible set union", category=FutureWarning)
        tokenizer = combined_rule_tokenizer(building)
    return add_litmine_rules(tokenizer)


@registry.tokenizers("litmine.Tokenizer.v1")
def create_litmine_tokenizer() -> Callable[[Language], Tokenizer]:
    """The config's `[nlp.tokenizer]`: a loaded pipeline gets this class and the vocab's LOWER getter, then
    `from_disk` puts the saved rules in (a loaded installed model's own, to which build_nlp adds ours)."""
    return litmine_tokenizer


TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "litmine.Tokenizer.v1"}}}


def blank_litmine(lang: str = "en") -> Language:
    """A blank pipeline whose config names the project's tokenizer (so that `to_disk` writes it in config.cfg)."""
    return spacy.blank(lang, config=TOKENIZER_CONFIG)


def _with_rule(search, rule: str):
    pattern = getattr(getattr(search, "__self__", None), "pattern", None)
    if not isinstance(pattern, str) or rule in pattern:
        return None
    with warnings.catch_warnings():   # scispaCy's own character classes trip a FutureWarning in `re`
        warnings.simplefilter("ignore", FutureWarning)
        return re.compile(f"{pattern}|{rule}")


def add_litmine_rules(tokenizer: Tokenizer) -> Tokenizer:
    """Add the rules to a rule tokenizer (scispaCy's, or an installed pipeline's); others pass unchanged."""
    prefix = _with_rule(getattr(tokenizer, "prefix_search", None), PAREN_SHORT_FORM_PREFIX)
    if prefix is not None:
        tokenizer.prefix_search = prefix.search
    suffix = _with_rule(getattr(tokenizer, "suffix_search", None), f"{HYPHEN_LETTER_PERIOD}|{PER_UNIT}|{SUSPENDED_HYPHEN}")
    if suffix is not None:
        tokenizer.suffix_search = suffix.search
    infix = _with_rule(getattr(tokenizer, "infix_finditer", None), f"{HYPHEN_BEFORE_PARTICIPLE}|{CELL_BEFORE_ACTION}|{PAREN_SHORT_FORM_CLOSE}|{DISEASE_BEFORE_SUFFIX}|{HYPHEN_AFTER_VECTOR}|{FACTOR_BEFORE_STATE}|{SLASH_BETWEEN_WORDS}|{SLASH_BETWEEN_ROUTES}|{NATIVE_CELL_GLUED}")
    if infix is not None:
        if EN_DASH_INFIX in infix.pattern:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", FutureWarning)
                infix = re.compile(infix.pattern.replace(EN_DASH_INFIX, NO_EN_DASH_INFIX, 1))
        tokenizer.infix_finditer = infix.finditer
    tokenizer.vocab.lex_attr_getters[LOWER] = lower_with_hyphens
    if type(tokenizer) is not Tokenizer:   # a SpacedTokenizer already, or a kind we cannot rebuild
        return tokenizer
    return SpacedTokenizer(tokenizer.vocab, tokenizer.rules, tokenizer.prefix_search, tokenizer.suffix_search,
                           tokenizer.infix_finditer, tokenizer.token_match, tokenizer.url_match,
                           faster_heuristics=tokenizer.faster_heuristics)
