"""Several arguments taken together: lists of factors or cells that share one decision after scoring
(`GDNF, BDNF and VEGF`, `in the BM-MSC and UC-MSC groups`) and the anaphors for a group named just
before (`Both cell types`, `Neither population`, `these factors`).
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.nlp.relations.text import TokenOffsets

COORDINATORS = frozenset({"and", "or", ",", "as", "well"})

# what may stand between two members of one list of factors (`NTFs such as GDNF, BDNF (brain-derived ...)`)
FACTOR_LIST_WORDS = COORDINATORS | {"such", "including", "e.g.", "namely", "(", ")", "especially", "particularly"}


def factor_lists(ents: list[Span], view: TokenOffsets, concepts: dict[tuple[int, int], str]) -> dict[tuple[int, int], int]:
    """Named factors that stand in one list of two or more (only list words between neighbours),
    keyed by token offsets, valued by the list's first token. A class word (`NTFs such as`) is no
    member: what the class does is not said of each factor, nor the reverse."""
    out: dict[tuple[int, int], int] = {}
    run: list[Span] = []
    for e in sorted((e for e in ents if e.label_ == "NEUROTROPHIC_FACTOR" and concepts[(e.start, e.end)] != "factor:ntf"),
                    key=lambda e: e.start):
        if run and not (0 <= e.start - run[-1].end <= 3
                        and all(view.words(run[-1].end, e.start)[k] in FACTOR_LIST_WORDS
                                for k in range(e.start - run[-1].end))):
            if len(run) >= 2:
                out.update({(x.start, x.end): run[0].start for x in run})
            run = []
        run.append(e)
    if len(run) >= 2:
        out.update({(x.start, x.end): run[0].start for x in run})
    return out


CELL_LIST_WORDS = frozenset({"and", "or", ",", "the"})
# (helper BP, s21) the arms named by who received each cells, the recipient phrase repeated: `mice receiving
# BM-MSCs and mice receiving AD-MSCs lived 12 and 18 days longer, respectively`, `rats treated with NSCs or
# those treated with MSCs`
ARM_REPEAT = re.compile(r"^(?:, )?(?:and|or|,) (?:the |in )?(?:mice|rats|animals|patients|subjects|participants|those|"
                        r"ones|groups?|cohorts?) (?:that |who )?(?:received|receiving|given|treated with|injected with|"
                        r"transplanted with|grafted with|infused with)$")


def cell_lists(ents: list[Span], view: TokenOffsets, concepts: dict[tuple[int, int], str]) -> dict[tuple[int, int], int]:
    """Cell mentions of two or more distinct concepts that stand in one list (only `,`, `and`, `or`, `the`
    between neighbours: `BM-MSCs, AD-MSCs and UC-MSCs`, `in the BM-MSC and the UC-MSC groups`), keyed by
    token offsets, valued by the list's first token."""
    out: dict[tuple[int, int], int] = {}
    run: list[Span] = []

    def close() -> None:
        if len({concepts[(x.start, x.end)] for x in run}) >= 2:
            out.update({(x.start, x.end): run[0].start for x in run})

    for e in sorted((e for e in ents if e.label_ == "CELL_TYPE"), key=lambda e: e.start):
        if run and not (0 < e.start - run[-1].end <= 2
                        and all(w in CELL_LIST_WORDS for w in view.words(run[-1].end, e.start))
                        and any(w in ("and", "or", ",") for w in view.words(run[-1].end, e.start))
                        or 0 < e.start - run[-1].end <= 7
                        and ARM_REPEAT.match(" ".join(w.lower() for w in view.words(run[-1].end, e.start)))):
            close()
            run = []
        run.append(e)
    close()
    return out


# an anaphor that takes in every cell of a comparison named just before
BOTH_ARMS = re.compile(r"\bboth\b|\b(?:all|each|either|neither|none)(?: of)? (?:the )?(?:(?:two|three) )?(?:cell types?|"
                       r"(?:cell )?populations?|cell therap(?:y|ies)|cells|products?|preparations?|groups?|arms?|treatments?|"
                       r"therap(?:y|ies))\b")

# (helper AL, s20) a group named by what the arms are (`all cell types`, `both cell sources`, `each of the three
# populations`): no other reading, so it reaches the latest comparison however far back (not a bare `both`)
GROUP_OF_ARMS = re.compile(r"\b(?:all|both|each|either|neither|none)(?: of)?(?: the| these)?(?: (?:two|three|four))? "
                           r"(?:cell types?|(?:cell )?populations|(?:cell )?sources|cell therapies|cell products)\b"
                           # (helper CM, s22) the arms given together: `suppressed in combined transplantation`, `the
                           # co-transplantation group`, `the combination group`: every cell named in the latest list
                           r"|\bcombined (?:transplantation|transplants?|grafts?|grafting|treatment|therapy|administration|"
                           r"injection|delivery|group|arm)\b|\bco-?(?:transplant|graft|administ|inject|deliver)\w*"
                           r"|\bcombination (?:group|arm|treatment|therapy)\b")

# (helper EX, s28) a group named as cell types only (no list needed in one sentence): `Both cell types secreted VEGF`
# after `BM-MSCs were infused IV. AD-MSCs were infused IT.`
CELL_TYPES_GROUP = re.compile(r"\b(?:all|both|each|neither|none)(?: of)?(?: the| these)?(?: (?:two|three|four))? "
                              r"(?:cell types?|(?:cell )?populations|(?:cell )?sources)\b")

# an anaphor for the factors named just before (`Both factors`, `these neurotrophins`, `neither factor`; helper GG,
# s29: `these trophic factors`, `these neurotrophic factors`, which the entity stages also tag as the class factor:ntf)
FACTOR_ANAPHOR = re.compile(r"\b(?:both|neither|these|those|the two|all|each|either)(?: of the)? (?:two |three |four )?"
                            r"(?:(?:neuro)?trophic |growth )?(?:factors?|neurotrophins|proteins|molecules)\b")
# (helper EX, s28: `both` too, `A and B were both tested. The cells were injected IV`)
COMPARED_ARMS = re.compile(r"\bcompar|\bversus\b|\bvs\b|\brandomi[sz]|\beither\b|\bor\b|\bboth\b")

# a plain plural anaphor for what was given: after a comparison it takes in every arm
PLURAL_ANAPHOR = re.compile(r"^(?:the |these )?(?:(?:transplanted|grafted|injected|infused|engrafted) )?(?:cells|grafts)\b"
                            r"|\btreated (?:mice|rats|animals|patients)\b")

# the nouns for a group of the cells named before (`the three cell types`, `neither population`)
GROUP_NOUNS = "types|populations|cells|sources|products|preparations|lines|grafts|groups|arms|treatments|therapies"
GROUP_NOUN_SINGULARS = "type|population|source|product|preparation|line|graft|group|arm|treatment|therapy"
# a group of the cells named before, denied at the opening of its sentence (`Neither cell type ...`,
# `None of the three MSC sources ...`, `However, neither population ...`)
DENIED_GROUP = re.compile(r"^(?:(?:however|in contrast) , |.* (?:, but|;|whereas|while) )?(?:neither|none)(?: of)?(?: the| these)?(?: (?:two|three|four))?"
                          rf"(?: [\w-]+)?(?: cell)? (?:{GROUP_NOUNS}|{GROUP_NOUN_SINGULARS})\b")
# a group of the cells named before, as the subject that opens its sentence (`Both cell types ...`,
# `All three populations ...`, `Each of the grafts ...`)
ARMS_SUBJECT = re.compile(r"^(?:both|all|each)(?: of)?(?: the| these)?(?: (?:two|three|four))?(?: [\w-]+)?(?: cell)? "
                          rf"(?:{GROUP_NOUNS})\b|^both (?:cell type|population|source|graft|preparation)\b")


def _denied_group(toks: list[str], o0: int) -> bool:
    """The sentence opens on a denied group of cells (DENIED_GROUP) before the object at o0."""
    return DENIED_GROUP.match(" ".join(toks[:o0])) is not None


# (helper CM, s22) arms named by a number or letter (`group 1 (vehicle)`, `MSCs (group 2)`, `group II received
# MSCs`, `GIII: SCI + BM-MSCs`): a later result `in group 2` is that arm's, and one `in group 1` the control's
# (each alternative opens on a literal `G` or `g`, the `\b` before `G` written as a look-behind after it: so a search
# skips from one `G`/`g` to the next instead of trying the alternatives at every position of the abstract)
_GROUP_LABEL = r"(?:Groups?|groups?|GROUPS?) ?(\d{1,2}|[IVX]{1,4}|[A-F])(?![\w-])|G(?<!\wG)(\d|I{1,3}|IV|VI{0,3})(?![\w-])"
_GROUP_DEFS = (
    re.compile(rf"(?:{_GROUP_LABEL})\s*\(([^()]{{2,80}})\)"),                          # group 1 (vehicle)
    re.compile(rf"(?:{_GROUP_LABEL})\s*[:=]\s*([^;.]{{2,80}}?)(?=[;.]|,? (?:and )?(?:{_GROUP_LABEL})|$)"),  # GIII: X
    re.compile(rf"(?:{_GROUP_LABEL})(?: \([^()]*\))? (?:was |were )?(?:received|treated with|injected with|given|"
               r"infused with|transplanted with)\s+([^;,.]{2,80})"),                   # group 2 received X
)
_GROUP_BEFORE = re.compile(rf"([^,;:()]{{2,80}})\s*\((?:{_GROUP_LABEL})(?:[,;][^()]*)?\)")   # MSCs (group 2)
# what every _GROUP_BEFORE match holds: a bracket opening on an arm's label (tried first, as _GROUP_BEFORE's
# up-to-80-character scan before a bracket costs about 1.5 ms an abstract)
_GROUP_IN_BRACKETS = re.compile(rf"\((?:{_GROUP_LABEL})")
_GROUP_REF = re.compile(rf"(?:{_GROUP_LABEL})((?:(?:,| and| or|, and) ?(?:\d{{1,2}}|[IVX]{{1,4}}|[A-F])(?![\w-]))*)")
_GROUP_MORE = re.compile(r"\d{1,2}|[IVX]{1,4}|[A-F]")
_CONTROL_ARM_WORDS = re.compile(r"\b(?:control|controls|vehicle|placebo|saline|pbs|sham|medium|untreated|"
                                r"no treatment|normal|healthy|wild-?type|naive|lesion only|sci only)\b", re.I)


def group_arms(text: str, cells: list[tuple[int, int, object]]) -> dict[str, object]:
    """Each numbered arm defined in `text`: label -> the cell entities given to it (a list), or "control".
    cells: (char start, char end, entity) of the treatment cells."""
    out: dict[str, object] = {}

    def put(label: str, a: int, b: int) -> None:
        given = [e for s, t, e in cells if a <= s and t <= b]
        if given:
            out.setdefault(label, given)
        elif _CONTROL_ARM_WORDS.search(text[a:b]):
            out.setdefault(label, "control")

    for rx in _GROUP_DEFS:
        for m in rx.finditer(text):
            put(m.group(1) or m.group(2), m.start(3), m.end(3))
    if _GROUP_IN_BRACKETS.search(text):
        for m in _GROUP_BEFORE.finditer(text):
            put(m.group(2) or m.group(3), m.start(1), m.end(1))
    return out


def groups_named(seg_text: str, arms: dict[str, object]) -> tuple[list, bool] | None:
    """The defined arms a segment names by number (`in group 2`, `groups 2 and 3`): their cells, and whether
    all of them are controls; None when it names none."""
    labels = []
    for m in _GROUP_REF.finditer(seg_text):
        labels.append(m.group(1) or m.group(2))
        labels += _GROUP_MORE.findall(m.group(3) or "")
    known = [arms[k] for k in labels if k in arms]
    if not known:
        return None
    cells = [e for v in known if v != "control" for e in v]
    return cells, all(v == "control" for v in known)
