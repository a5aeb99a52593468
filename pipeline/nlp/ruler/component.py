"""Rule recognition (`litmine_ruler`): vocabulary phrase patterns plus compositional rules.

Writes candidate spans (label, kb_id = concept id) to `doc.spans["litmine_rules"]`, and factor
names glued inside a cell name (`GDNF-secreting MSCs`) to `doc.spans["litmine_nested"]`; the
`litmine_entities` component turns them into `doc.ents`.

Matching runs on scispaCy's tokens, which keep hyphenated compounds whole: patterns are
tokenized by the same tokenizer, and glued modifiers are handled by token regexes below.

This module holds the component itself: the vocabulary's matchers (`_build`), candidate
collection (`_candidates`), composition of cell, product and motor-neuron mentions (`_compose`),
and the order in which the rule modules of this package run. The rules that need no matcher live
in the modules beside it (generic shapes, context-licensed end points, cell names and sources,
context checks, sentence filters, lists).
"""
from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline import vocabulary as vocabulary_mod
from pipeline.nlp import patterns as P
from pipeline.nlp.mentions import value_key
from pipeline.nlp.ruler.cell_names import (MADE_BY_SUFFIXES, _bare_ev, _coordinated_sources, _ev_head, _glued_sources,
                                           _lineage_precursors, _made_by_suffix, _tissue_before_cells,
                                           _made_from_stem_cells, _amount_of_before, _mn_amount, _mn_passive,
                                           _names_recipients,
                                           _source_after, _source_before_abbreviation, _split_modifier, _stain,
                                           _like_cells)
from pipeline.nlp.ruler.context_checks import (_characteristic, _covariate, _in_context, _name_follows,
                                               gene_name_start, procedure_named, strain_named, technique_named,
                                               vague_amount)
from pipeline.nlp.ruler.disease_names import cell_disease_names, tumour_name_start
from pipeline.nlp.ruler.generic import (_extends_with_of, _widened_names, _site_widened, _of_site_widened, _instrument_long_forms, _measured_name,
                                        generic_candidates, i_in_tail)
from pipeline.nlp.ruler.lists import _coordinated, _shared_head, _suspended_hyphen
from pipeline.nlp.ruler.molecule_names import in_molecule_name
from pipeline.nlp.ruler.outcome_context import _bare_onsets, _spelled_marker_end, context_outcomes, with_name_number
from pipeline.nlp.ruler.phrases import _short_form_at
from pipeline.nlp.ruler.sentence_filters import (_as_adverse_events, _by_sentence, _drop_definitions, _lineage_gfap,
                                                 _organ_end_points)
from pipeline.nlp.ruler.view import TokenStrings
from pipeline.vocabulary import Vocabulary

RULES_KEY = "litmine_rules"
NESTED_KEY = "litmine_nested"


# gene names without a digit that name an ALS subtype glued to it (`FUS-ALS`); names with a digit (`SOD1-ALS`,
# `C9-ALS`, `TDP-43-ALS`) pass by their form
SUBTYPE_GENES = frozenset({"fus", "optn", "vcp", "setx", "ang", "tardbp", "tdp", "fus/tls", "familial", "sporadic",
                           "juvenile", "bulbar", "limb", "spinal"}) | P.ALS_GENES | P.ALS_SUBTYPE_WORDS   # (helper BM, s21)


def _study_name(text: str, part: str, glued: dict[str, str]) -> bool:
    """A disease name glued to a capitalised word that is no gene (`LIPCAL-ALS` trial, `ALS-EP` arm,
    `ALS/MND-NET` network): the compound names a study, not a disease subtype (`SOD1-ALS`, `C9-ALS`) or two
    diseases (`ALS-FTD`, `HIV/AIDS`)."""
    rest = text.replace(part, " ", 1)
    words = [w for w in re.split(r"[-/\s]+", rest) if w]
    return bool(words) and any(w.isupper() and len(w) >= 2 and not any(ch.isdigit() for ch in w)
                               and w.lower() not in SUBTYPE_GENES and w not in glued and w.lower() not in glued
                               for w in words)


# what a token pattern's Matcher can read: (the words a match starts with, the words and the regexes of TEXT that
# may match any later token), or None where a pattern uses anything else
PatternReach = tuple[frozenset, frozenset, tuple] | None


def _pattern_reach(patterns: list[list[dict]]) -> PatternReach:
    """The first words and the later-token words and regexes of Matcher patterns whose first token is one required
    LOWER word or set, and whose later tokens are LOWER words or sets or TEXT regexes, optional or repeated; None
    for any other pattern (the Matcher then reads the whole document)."""
    first: set[str] = set()
    later: set[str] = set()
    regexes: list[str] = []

    def words(spec) -> list[str] | None:
        if isinstance(spec, str):
            return [spec]
        if isinstance(spec, dict) and set(spec) == {"IN"}:
            return list(spec["IN"])
        return None

    for pattern in patterns:
        head = words(pattern[0].get("LOWER")) if set(pattern[0]) == {"LOWER"} else None
        if head is None:
            return None
        first.update(head)
        first.update(w.lower() for w in head)
        for token in pattern[1:]:
            keys = set(token) - {"OP"}
            if token.get("OP", "?") not in ("?", "*", "+") or not keys or keys - {"LOWER", "TEXT"}:
                return None
            if "LOWER" in token:
                got = words(token["LOWER"])
                if got is None:
                    return None
                later.update(got)
                later.update(w.lower() for w in got)
            if "TEXT" in token:
                if not (isinstance(token["TEXT"], dict) and set(token["TEXT"]) == {"REGEX"}):
                    return None
                regexes.append(token["TEXT"]["REGEX"])
    return frozenset(first), frozenset(later), tuple(re.compile(r) for r in regexes)


def _windowed_matches(matcher: Matcher, reach: PatternReach, doc: Doc,
                      view: TokenStrings) -> list[tuple[int, int, str]]:
    """`matcher`'s matches on the document, found by running it only on the stretches where a match can lie: from
    a word a pattern starts with through the tokens a later pattern token can match (a match cannot go past a token
    none can). The same matches in the same order as over the whole document, at a fraction of the cost."""
    strings = doc.vocab.strings
    if reach is None:
        return [(s, e, strings[k]) for k, s, e in matcher(doc)]
    first, later, regexes = reach
    low, texts, n = view.lowers, view.texts, len(view.lowers)
    out: list[tuple[int, int, str]] = []
    end = 0
    for i, w in enumerate(low):
        if i < end or w not in first:
            continue   # (a start inside a stretch reaches as far as the stretch)
        end = i + 1
        while end < n and (low[end] in later or any(r.search(texts[end]) for r in regexes)):
            end += 1
        out += [(s + i, e + i, strings[k]) for k, s, e in matcher(doc[i:end])]
    return out


class EntityRules:
    """The `litmine_ruler` component: the vocabulary's matchers plus the rules, run in a fixed order
    (candidates -> resolve -> compose, with its context checks, sentence filters and lists -> short
    forms, glued and coordinated sources, cells made from stem cells -> nested names)."""

    def __init__(self, nlp: Language, name: str = "litmine_ruler", vocabulary: str = "") -> None:
        self.name = name
        self.nlp = nlp
        self.vocabulary_path = vocabulary
        self._build(vocabulary_mod.load(vocabulary or None))

    # --- construction -------------------------------------------------------------------------
    def _build(self, vocab: Vocabulary) -> None:
        self.vocab_concepts = vocab
        self.lower = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.orth = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        groups: dict[tuple[str, bool], set[str]] = {}
        self._cell_names: dict[str, str] = {}   # multi-word cell names (_bridged_names)
        self._name_memo: dict[str, str | None] = {}   # _name_concept, by name
        self._glued_memo: dict[str, str | None] = {}   # _glued_concept, by token text
        for text, cid, cs in P.phrase_entries(vocab):
            groups.setdefault((cid, cs), set()).add(text)
        make_doc = self.nlp.make_doc
        for (cid, cs), texts in groups.items():
            docs = [make_doc(t) for t in sorted(texts)]
            (self.orth if cs else self.lower).add(cid, docs)
            if self._label(cid) == "CELL_TYPE":   # by lower-cased tokens, for names a short form splits
                self._cell_names.update({" ".join(t.lower_ for t in d): cid for d in docs if " " in d.text})
        self.matcher = Matcher(self.nlp.vocab)
        # the site patterns that may start with `in`/`to` go to a Matcher of their own, run only where a
        # giving word stands before such a preposition (`in the` is in nearly every abstract)
        self.site_matcher = Matcher(self.nlp.vocab)
        main: list[list[dict]] = []
        site: list[list[dict]] = []
        for key, pattern in P.token_patterns():
            first = pattern[0].get("LOWER")
            loose = isinstance(first, dict) and set(first.get("IN", ())) & set(P.SITE_ONLY_AFTER_GIVING)
            if loose:
                strict = sorted(set(first["IN"]) - set(P.SITE_ONLY_AFTER_GIVING))
                main.append([{"LOWER": {"IN": strict}}] + pattern[1:])
                site.append([{"LOWER": {"IN": sorted(loose)}}] + pattern[1:])
                self.matcher.add(key, [main[-1]])
                self.site_matcher.add(key, [site[-1]])
            else:
                main.append(pattern)
                self.matcher.add(key, [pattern])
        main.append([{"LOWER": "survival"}, {"LOWER": "of"}, {"LOWER": {"IN": sorted(P.GRAFT_WORDS)}, "OP": "+"},
                     {"LOWER": {"IN": ["cells", "cell", "grafts", "graft", "transplants"]}}])
        self.matcher.add("outcome:other", [main[-1]])
        # the words a match can start with and go on through, to run each Matcher on those stretches only
        self._reach = _pattern_reach(main)
        self._site_reach = _pattern_reach(site)
        self._msc_prefixes = {vocabulary_mod.normalize_alias(a): c.concept_id
                              for cid in P.MSC_FAMILY for c in [vocab[cid]] for a in c.names()
                              if " " not in a}
        self._factor_names = {vocabulary_mod.normalize_alias(a): c.concept_id
                              for c in vocab.of_label("NEUROTROPHIC_FACTOR") if not c.is_other
                              for a in c.names() if " " not in a and len(a) >= 3}
        # spelled-out names, for a name whose last word carries a glued participle (`... factor-secreting`)
        self._factor_long = {vocabulary_mod.normalize_alias(a): c.concept_id
                             for c in vocab.of_label("NEUROTROPHIC_FACTOR") if not c.is_other
                             for a in c.names() if " " in a}
        # ambiguous short forms by concept (`PD`, `MS`): counted where the document names the long form
        self._context = {c.concept_id: c.context_aliases for c in vocab if c.context_aliases}
        # (not `SC`: `SC transplantation` is as often stem cells or spinal cord)
        self._route_short = {a: c.concept_id for c in vocab.of_label("ROUTE") for a in c.context_aliases if a != "SC"}
        self._disease_short = {a: c.concept_id for c in vocab.of_label("DISEASE") for a in c.context_aliases}
        # cell short forms that end a glued compound: `OM-MSCs`, `hiPSC-NSCs`, `BDNF-hMSCs`
        self._cell_suffix = {a: c.concept_id for c in vocab.of_label("CELL_TYPE") if not c.is_other
                             for a in c.names() if " " not in a and "-" not in a and 3 <= len(a) <= 8
                             and any(ch.isupper() for ch in a)}
        # one-token cell short forms, hyphens allowed (`BM-MSCs`): read under a rat or mouse prefix
        self._cell_tokens = {a: c.concept_id for c in vocab.of_label("CELL_TYPE") if not c.is_other
                             for a in c.names() if " " not in a and any(ch.isupper() for ch in a)}
        # one-word cell names in any case (`astrocyte`, `Microglia`, `fibroblast`): whose `-derived` vesicles
        self._cell_words = {a.lower(): c.concept_id for c in vocab.of_label("CELL_TYPE")
                            for a in c.names() if " " not in a and not a.lower().startswith("stem")}
        # one-word names that may be glued into a bigger token (`AAV-GDNF`, `ALS/Riluzole`, `MSC-treated`)
        self._glued: dict[str, str] = {}
        self._glued_caps: set[str] = set()
        for c in vocab:
            if c.is_other or c.label not in ("NEUROTROPHIC_FACTOR", "DISEASE"):
                continue
            for a in c.names():
                if " " not in a and len(a) >= 3:
                    self._glued[a if P.case_sensitive(a, c) else a.lower()] = c.concept_id
                    if a.isupper():   # (helper R, s18) the name as written: `HAMC-KAFAK/BDNF`, `PLGA/GDNF`
                        self._glued_caps.add(a)

    # --- matching -----------------------------------------------------------------------------
    def _glued_concept(self, text: str) -> str | None:
        """The concept of a name glued into a compound token, tried at every `-`/`/` cut (memoised by text)."""
        if text in self._glued_memo:
            return self._glued_memo[text]
        found = self._glued_concept_of(text)
        if len(self._glued_memo) < 8192:
            self._glued_memo[text] = found
        return found

    def _glued_concept_of(self, text: str) -> str | None:
        cuts = [i for i, ch in enumerate(text) if ch in "-/"]
        for part in sorted({text[:i] for i in cuts} | {text[i + 1:] for i in cuts}, key=len, reverse=True):
            cid = self._glued.get(part) or self._glued.get(part.lower())
            # (a factor's capitals end the compound: `HAMC-KAFAK/BDNF`, not `HGF-expressing`)
            if cid and (part in self._glued or part in self._glued_caps and text.endswith("/" + part)
                        or part.lower() == part or not part.isupper()):
                if cid.startswith("disease:") and _study_name(text, part, self._glued):
                    return None   # `LIPCAL-ALS`, `ALS-EP`, `ALS/MND-NET`: a study's, arm's or network's name
                return cid
        return None

    def _factor_follows(self, doc: Doc, view: TokenStrings, i: int, covered: set[int]) -> bool:
        """A factor's name starts right after token i: one token (`MSC-derived GDNF`) or, (helper CD, s22), a
        spelled-out or class name the vocabulary matched (`MSC-derived neurotrophic factors`, `NSC-secreted
        nerve growth factor`); a name that runs on into a longer one is not taken."""
        if i + 1 >= len(view.texts):
            return False
        if self._factor_names.get(vocabulary_mod.normalize_alias(view.texts[i + 1])):
            return True
        if i + 1 not in covered:
            return False
        for j in range(min(len(view.texts), i + 7), i + 2, -1):
            if self._factor_long.get(vocabulary_mod.normalize_alias(doc[i + 1:j].text)):
                return True
        return False

    def _factor_spelled_before(self, view: TokenStrings, i: int, head: str) -> tuple[int, str] | None:
        """(first token, factor) of a factor's spelled-out name whose last word `head` is glued to token i's
        participle (`glial cell line-derived neurotrophic factor-secreting`), or None."""
        for n in range(min(6, i), 0, -1):
            if any(not w.strip() for w in view.texts[i - n:i]):
                continue   # a line break before the name (a title's first word) is not in it
            fid = self._factor_long.get(vocabulary_mod.normalize_alias(" ".join(view.texts[i - n:i] + [head])))
            if fid:
                return i - n, fid
        return None

    def _opens_in_factor_name(self, view: TokenStrings, s: int, e: int, cid: str) -> bool:
        """Whether a cell name's glued participle ends a factor's spelled-out name that starts before the cell name."""
        if s == 0 or not cid.startswith("cell:"):
            return False
        for k in range(s, e):
            glued = "-" in view.texts[k] and P.CELL_MODIFIER.match(view.texts[k])
            if glued and (got := self._factor_spelled_before(view, k, glued.group(1))) and got[0] < s:
                return True
        return False

    def _candidates(self, doc: Doc, view: TokenStrings) -> list[tuple[int, int, str]]:
        strings = self.nlp.vocab.strings
        # (an alias that opens with a short form matches case-blind: `hAD MSCs`, `AT MSCs` are no `had MSCs`,
        # `at MSC passage 3`; no alias opens with a lower-case function word)
        cands = [(s, e, strings[k]) for k, s, e in self.lower(doc) if view.texts[s] not in P.FUNCTION_WORDS]
        cands += [(s, e, strings[k]) for k, s, e in self.orth(doc)]
        # (helper ER, s27) a cell name that opens inside a factor's spelled-out name is no name: in `glial cell
        # line-derived neurotrophic factor-secreting cells` the alias `neurotrophic factor-secreting cells` (MSC-NTF,
        # named for the class of factors) is cut out of GDNF's name; the cells are named for GDNF (below)
        cands = [c for c in cands if not self._opens_in_factor_name(view, *c)]
        names = list(cands)   # the vocabulary's own names, before any rule adds a shape
        # a generic rule never overrides a vocabulary name, except an end point around a cell name
        # (`number of tyrosine hydroxylase neurons`), after a disease name (`stroke recovery`) or
        # with a cell name as its modifier (`leukocyte infiltration`, `astrocyte activation`): the
        # name stays a nested mention
        phrase = {i: self._label(cid) for s, e, cid in cands for i in range(s, e)}
        low = view.lowers
        if not P.TOKEN_PATTERN_FIRST.isdisjoint(low) and any(
                w in P.TOKEN_PATTERN_FIRST and nxt in P.TOKEN_PATTERN_SECOND for w, nxt in zip(low, low[1:])):
            cands += _windowed_matches(self.matcher, self._reach, doc, view)   # only where a pattern can start
        # (a giving noun may stand further back, its `of` naming the cells: `transplantation of Schwann cells in ...`)
        if any(low[i + 1] in P.TOKEN_PATTERN_SECOND and any(w.startswith(P.GIVING_STEMS) for w in low[max(0, i - 6):i])
               for i in [i for i, w in enumerate(low[:-1]) if w == "in" or w == "to"]):
            cands += _windowed_matches(self.site_matcher, self._site_reach, doc, view)
        cands += [(i, i + 1, "outcome:disease_onset") for i in _bare_onsets(low)]
        cands += self._split_long_forms(view)
        cands += _widened_names(view, cands)
        cands += _site_widened(view, cands)
        cands += _of_site_widened(view, cands)
        instruments = _instrument_long_forms(doc, view)
        for s, e, key in generic_candidates(doc, view) + context_outcomes(view) + instruments:
            hit = [phrase[i] for i in range(s, e) if i in phrase]
            if not hit or (key.startswith("outcome:") and e - s > 2 and set(hit) == {"CELL_TYPE"} and i_in_tail(s, e, phrase)) \
                    or ((s, e, key) in instruments and ((e - 1) not in phrase or phrase[e - 1] == "OUTCOME"
                                                        and "DISEASE" in hit) and e - s > 3
                        and set(hit) <= {"DISEASE", "OUTCOME"}) \
                    or (key.startswith("outcome:") and set(hit) == {"DISEASE"} and (e - 1) not in phrase) \
                    or (key.startswith("outcome:") and set(hit) == {"CELL_TYPE"} and (e - 1) not in phrase
                        and s in phrase and view.lowers[e - 1] in P.OUTCOME_HEADS) \
                    or (key.startswith("outcome:") and set(hit) == {"CELL_TYPE"} and (e - 1) not in phrase
                        and _spelled_marker_end(view, s, e) == e) \
                    or (key.startswith("disease:") and set(hit) == {"ROUTE"}) \
                    or (key.startswith("outcome:") and set(hit) == {"OUTCOME"} and s in phrase
                        and _extends_with_of(low, phrase, s, e)):   # `CSF levels` + ` of IL-6`
                cands.append((s, e, key))
            elif key.startswith("outcome:") and set(hit) == {"OUTCOME"} \
                    and (named := _measured_name(low, cands, s, e)) is not None:
                cands.append((s, e, named))   # `CSF levels of NfL`: the amount measured of a named marker
            elif key.startswith("outcome:") and e - s > 2 and low[s] in P.COUNT_HEADS and low[s + 1] == "of":
                # a count of a named end point is that end point: `number of` + `reactive astrocytes`
                named = [cid for cs, ce, cid in cands if ce == e and cs > s and self._label(cid) == "OUTCOME"]
                if named:
                    cands.append((s, e, key if key != "outcome:other" else named[0]))
        cands = [with_name_number(view, *c) for c in cands]   # (`interleukin 8`: the number is the name's)
        cands += self._bridged_names(view, cands)
        covered = {i for s, e, _ in cands for i in range(s, e)}
        for i, w in enumerate(low):
            if w not in _SAID_BY_A_WORD:
                continue   # (most words: none of the end points below)
            if w in ("weight", "weights") and i not in covered and _bare_body_weight(low, i, cands):
                cands.append((i, i + 1, "outcome:body_weight"))   # (helper BF, s21) `lost weight`, `weight and BMI`
                continue
            if w in ("lived", "survived") and i not in covered and _longer_follows(low, i) and (
                    # `mice treated with MSCs lived longer`: animals or patients are the subject
                    # (helper CS, s22) the subject is read in the verb's own sentence: a full stop in the window
                    # ends the earlier sentence, it does not veto `... UC-MSCs. Mice given MSCs survived longer`
                    not P.RECIPIENTS.isdisjoint(_same_sentence_before(low, i, 8))
                    or (i - 1) not in covered and not any(
                        t.endswith(("cells", "cell")) or t in ("grafts", "graft", "transplants") for t in low[max(0, i - 3):i])):
                cands.append((i, i + 1, "outcome:survival"))   # `treated mice lived longer`: survival said by its verb
                continue
            if w == "mortality" and (i, i + 1, "outcome:survival") in cands and i > 0 and (
                    low[i - 1] in ("no", "without") or low[i - 1].endswith("-related")
                    or any(t in P.ATTRIBUTION for t in view.sentence_words(i))):
                # `no treatment-related mortality`, `no mortality was attributable to the cells`: a safety finding
                cands[cands.index((i, i + 1, "outcome:survival"))] = (i, i + 1, "outcome:safety")
                continue
            if w not in ("death", "deaths") or i in covered:
                continue
            # `a lower hazard ratio for death`, `the risk of death`: the patients' (or animals') survival
            if i > 1 and (low[i - 2], low[i - 1]) in P.DEATH_AS_END_POINT:
                cands.append((i, i + 1, "outcome:survival"))
            elif i > 3 and low[i - 1] in ("or", "and") and any(
                    (low[k], low[k + 1]) in P.DEATH_AS_END_POINT for k in range(max(0, i - 5), i - 2)) \
                    and not {".", ";"} & set(low[max(0, i - 5):i]):
                # `time to tracheostomy or death`: the last member of a composite survival end point
                cands.append((i, i + 1, "outcome:survival"))
            elif i > 0 and (low[i - 1] in ("no", "without") or low[i - 1].endswith("-related")) or any(
                    t in P.ATTRIBUTION or t in P.SAFETY_SENTENCE for t in view.sentence_words(i)):
                cands.append((i, i + 1, "outcome:safety"))   # deaths reported as a safety finding
            elif (i > 0 and low[i - 1] in P.DEATH_COMPARED or i + 2 < len(low) and low[i + 1] in ("were", "was")
                  and any(w in P.DEATH_COMPARED for w in low[i + 2:i + 4])) \
                    and not {"caused", "due"} & set(low[i + 1:i + 5]):   # (`more deaths were due to X`: a cause)
                # (helper FH, s28) `Deaths were more frequent among rats given HSCs`, `fewer deaths in the MSC arm`:
                # deaths counted and compared, the mortality end point (train gold: `hazard ratio for death`)
                cands.append((i, i + 1, "outcome:survival"))
        for i, text in enumerate(view.texts):
            if "-" not in low[i] and "/" not in text and "MSC" not in text and not (
                    text[:1] in "rmhH" and text[1:2].isupper()):
                continue   # (most tokens: none of the shapes below can match; `low` reads an en dash as `-`)
            if text == "-" and 0 < i < len(low) - 1 and doc[i - 1].whitespace_ and doc[i].whitespace_ \
                    and (cid := self._name_concept(view.texts[i - 1] + "-" + view.texts[i + 1])) is not None:
                cands.append((i - 1, i + 2, cid))   # `BM - MSCs`: a hyphenated cell name typed with spaces
                continue
            made = i not in covered and _made_by_suffix(low[i])
            if made and low[i][:-len(made)] in self._msc_prefixes and self._factor_follows(doc, view, i, covered):
                # `MSC-derived GDNF`, `MSC-secreted BDNF`: the cells
                cands.append((i, i + 1, self._msc_prefixes[low[i][:-len(made)]]))
                continue
            if made and self._factor_follows(doc, view, i, covered):
                # (helper BB, s21) any cell named before the glued participle: `NSC-derived BDNF`, `astrocyte-derived
                # GDNF`, `Schwann cell-derived NGF`, `mesenchymal stem cell-derived BDNF` (the name may span words)
                stem = view.texts[i][:-len(made)]
                got = None
                for k in range(0, 5):
                    if i - k < 0 or any(j in covered for j in range(i - k, i + 1)):
                        break
                    cid = self._name_concept(" ".join(view.texts[i - k:i] + [stem]))
                    if cid is not None:
                        got = (i - k, cid)
                if got is not None:
                    cands.append((got[0], i + 1, got[1]))
                    continue
            if i not in covered and i + 1 < len(low) and low[i + 1] == "cells" and (i + 1) not in covered \
                    and low[i].endswith(P.FACTOR_MAKING_PARTICIPLES) and (glued := P.CELL_MODIFIER.match(text)) \
                    and (self._factor_names.get(vocabulary_mod.normalize_alias(glued.group(1)))
                         or self._factor_spelled_before(view, i, glued.group(1))):
                # (helper EN, s27) `GDNF-secreting cells`: cells named for the factor they were made to secrete are a
                # cell product (`cell:other`, as encapsulated cells are); `_compose` puts the factor inside it
                # (helper ER, s27) also under its spelled-out name: `brain-derived neurotrophic factor-secreting cells`
                cands.append((i + 1, i + 2, "cell:other"))
                continue
            if i not in covered and text[:1] in "rmh" and len(text) > 3 and text[1:2].isupper():
                # `rMSCs`, `mNSCs`, `hNPCs`, `rBM-MSCs`: a rat, mouse or human prefix on a cell's short form
                bare = text[1:]
                cid = self._cell_tokens.get(bare) or self._cell_tokens.get("h" + bare)
                if cid:
                    cands.append((i, i + 1, cid))
                    continue
            if i not in covered and (m := P.PREFIXED_MSC.match(text)):
                # `fMSCs`, `hpMSCs`, `hAMSCs`: MSCs under a prefix no alias has; the source where the
                # prefix read in capitals names one (`hpMSCs` -> `PMSCs`), else MSCs in general
                pre, rest = m.groups()
                found = (self._cell_tokens.get(name) for k in range(len(pre) + 1) for name in (
                    pre[k:].upper() + rest, (pre[k:].upper() + rest).replace("MSC", "-MSC", "-" not in rest)))
                cid = next((c for c in found if c in P.MSC_FAMILY), "cell:msc")
                cands.append((i, i + 1, cid))
                continue
            if i not in covered and text[:1] == "H" and P.CAPITAL_H_MSC.match(text) and (cid := next(
                    (c for c in (self._cell_tokens.get(text[1:]), self._cell_tokens.get("h" + text[1:]))
                     if c in P.MSC_FAMILY), None)):
                cands.append((i, i + 1, cid))   # `HUMSCs`, `HBMSCs`, `HADSCs`: the human prefix in capitals
                continue
            if i not in covered and ("-" in text or "/" in text) and len(text) > 3:
                head, _, last = text.rpartition("-")
                if head and last.lower() in P.EV_SUFFIXES and self._msc_head(head):
                    cands.append((i, i + 1, "cell:msc_ev"))   # `hUC-MSC-Exos`, `ADSC-Exos`, `BMSC-CM`
                    continue
                if head and last.lower() in P.EV_SUFFIXES and self._cell_head(head):
                    # (helper AV, s20) `iPSC-CM`, `NSC-EVs`: the product of cells other than MSCs, given as
                    # the treatment, is no MSC product (SPEC: `cell:other`)
                    cands.append((i, i + 1, "cell:other"))
                    continue
                # `GDNF-AD-MSCs`, `HGF-UC-MSCs`, `BDNF-hUC-MSCs`: a hyphenated cell short form that ends
                # the compound names the source, not just its last part
                whole = next((cid for k in range(len(head)) if head[k] == "-"
                              for tail in (text[k + 1:],) if "-" in tail
                              for cid in (self._cell_tokens.get(tail) or (self._cell_tokens.get(tail[1:])
                                                                         if tail[:1] in "hrm" else None),) if cid), None)
                if head and last[:1] in "hr" and last[1:2].isupper() and not whole:
                    # (helper CY, s23) `BM-hMSCs`, `UC-rMSCs`: the species letter between source and cells
                    whole = self._cell_tokens.get(head.rpartition("-")[2] + "-" + last[1:])
                if head and last in self._cell_suffix and whole and whole != self._cell_suffix[last] \
                        and self._cell_suffix[last] == "cell:msc":
                    cands.append((i, i + 1, whole))
                    continue
                if head and last in self._cell_suffix:
                    cid = self._cell_suffix[last]
                    if cid == "cell:bm_mnc" and "cb" in head.lower().rpartition("-")[2]:
                        cid = "cell:other"   # `CB-MNCs`, `hUCB-MNCs`: cord blood's, not marrow's
                    cands.append((i, i + 1, cid))
                    continue
                first, _, rest = text.partition("-")
                cell = self._cell_suffix.get(first) or (self._cell_suffix.get(first[1:]) if first[:1] in "hrm" else None)
                # (helper ER, s27) a `cells` after the compound is its head: the compound ends with the transgene
                # (`CNS10-NPC-GDNF cells`, as the vocabulary's `NSI-566 cells`, `MSC-NTF cells`)
                end = i + 1 + (i + 1 < len(low) and low[i + 1] in ("cells", "cell") and (i + 1) not in covered)
                if cell and (self._factor_names.get(vocabulary_mod.normalize_alias(rest)) or P.GENE_SYMBOL.match(rest)):
                    cands.append((i, end, cell))   # `MSC-GDNF`, `hNPC-GDNF`, `MSCs-Ngn1`: cells named for a transgene
                    continue
                # `iNPC-GDNFs`, `CNS10-NPC-GDNF`: a product code or the `i` of iPSC-derived before the cells, or
                # the plural of the engineered line; the part before the factor names the cells
                pre, _, fac = text.rpartition("-")
                cells_part = pre.rpartition("-")[2]
                fac = fac[:-1] if fac.endswith("s") and not self._factor_names.get(vocabulary_mod.normalize_alias(fac)) else fac
                cell = self._cell_suffix.get(cells_part) or (
                    self._cell_suffix.get(cells_part[1:]) if cells_part[:1] in "hrmi" else None)
                # (helper BB, s21) `BM-MSC-GDNF`, `hUC-MSC-VEGF`: a hyphenated cell short form before the factor
                # names the source, not just its last part
                whole = self._cell_tokens.get(pre) or (self._cell_tokens.get(pre[1:]) if pre[:1] in "hrm" else None)
                if cell == "cell:msc" and whole in P.MSC_FAMILY:
                    cell = whole
                if cell and cell != "cell:ipsc" and self._factor_names.get(vocabulary_mod.normalize_alias(fac)):
                    cands.append((i, end, cell))
                    continue
                first = text.partition("/")[0]
                if first != text and first in self._cell_suffix:   # `NSCs/NPCs`, `MSCs/GDNF`: the cells first
                    cands.append((i, i + 1, self._cell_suffix[first]))
                    continue
                cid = self._glued_concept(text)
                if cid:
                    cands.append((i, i + 1, cid))
        cands += _composite_survival(low, cands)
        cands += _overlapping_names(view.lowers, names, self._label)
        cands += _free_survival(low, cands)
        return cands

    def _bridged_names(self, view: TokenStrings, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """`umbilical cord (UC) mesenchymal stem cells`, `cord blood (hUCB) mononuclear cells`: a cell
        name that its source's short form splits is the whole name, with the source's concept (only
        where the source changes the concept: `dopaminergic (DA) neurons` stay `neurons`)."""
        low = view.lowers
        out = []
        # (a bare `cells` after the short form is no candidate of its own: `natural killer (NK) cells`,
        # `umbilical cord blood (UCB) cells`)
        covered = {i for s, e, _ in cands for i in range(s, e)}
        bare = [(i, i + 1, None) for i, w in enumerate(low) if w in ("cells", "cell") and i not in covered]
        for s, e, cid in cands + bare:
            if s < 4 or low[s - 1] != ")" or (cid is not None and self._label(cid) != "CELL_TYPE"):
                continue
            op = next((k for k in range(s - 2, max(0, s - 5), -1) if low[k] == "("), None)
            if not op:
                continue
            tail = " ".join(low[s:e])
            for k in range(max(0, op - 6), op):
                whole = self._cell_names.get(" ".join(low[k:op]) + " " + tail)
                if whole and whole != cid and not any(view.starts[k + 1:op]):
                    out.append((k, e, whole))
                    break
        return out

    def _label(self, cid: str) -> str:
        return self.vocab_concepts.label_of(cid)

    def _resolve(self, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Longest first; among equals the label priority; then non-overlapping greedy."""
        # ties on one span: a named concept over `*:other`, then by id (a set's order varies by process)
        cands = sorted(set(cands), key=lambda c: (-(c[1] - c[0]), P.LABEL_PRIORITY[self._label(c[2])], c[0],
                                                  c[2].endswith(":other"), c[2]))
        taken: set[int] = set()
        out = []
        for s, e, cid in cands:
            if any(i in taken for i in range(s, e)):
                continue
            taken.update(range(s, e))
            out.append((s, e, cid))
        return sorted(out)

    @staticmethod
    def _source_before(view: TokenStrings, i: int) -> tuple[int, str] | None:
        """(start, concept) of a tissue source right before token i (`human umbilical cord`), or None."""
        low = view.lowers
        for words, source in P.SOURCE_WORDS:
            k = i - len(words)
            if k >= 0 and tuple(low[k:i]) == words and not any(view.starts[k + 1:i + 1]):
                while k > 0 and low[k - 1] in P.SOURCE_FILLERS and low[k - 1] != "the" and not view.starts[k]:
                    k -= 1
                return k, source
        return None

    @classmethod
    def _derived_source_before(cls, view: TokenStrings, k: int) -> tuple[int, str] | None:
        """(start, concept) of a `<tissue> derived` / `<tissue>-derived` source ending right before token k
        (`bone marrow-derived`, `umbilical cord derived`), or None."""
        low = view.lowers
        if view.starts[k]:
            return None
        if k > 1 and low[k - 1] == "derived" and not view.starts[k - 1]:
            return cls._source_before(view, k - 1)
        if k > 0 and low[k - 1].endswith("-derived"):
            stem = low[k - 1][:-len("-derived")]
            for words, source in P.SOURCE_WORDS:
                j = k - len(words)
                if j >= 0 and tuple(low[j:k - 1]) + (stem,) == words and not any(view.starts[j + 1:k]):
                    while j > 0 and low[j - 1] in P.SOURCE_FILLERS and low[j - 1] != "the" and not view.starts[j]:
                        j -= 1
                    return j, source
        return None

    def _msc_head(self, head: str) -> bool:
        """Whether a glued head (`hUC-MSC`, `ADSC`, `NI-MSCs`) names mesenchymal cells."""
        part = head.rpartition("-")[2]
        for name in (part, part[1:] if part[:1] in "hrm" else None, head):
            if name and (self._cell_suffix.get(name) in P.MSC_FAMILY or self._cell_suffix.get(name.rstrip("s")) in P.MSC_FAMILY):
                return True
        return False

    def _cell_head(self, head: str) -> bool:
        """(helper AV, s20) Whether a glued head (`iPSC`, `hNSCs`) is a cell's short form (any cells)."""
        part = head.rpartition("-")[2]
        return any(name and (self._cell_suffix.get(name) or self._cell_suffix.get(name.rstrip("s")))
                   for name in (part, part[1:] if part[:1] in "hrm" else None))

    def _compose(self, doc: Doc, spans: list[tuple[int, int, str]], view: TokenStrings) -> tuple[list[tuple[int, int, str]], list, list]:
        """(mentions, names glued inside them, outcome spans dropped as disease definitions)."""
        low = view.lowers
        nested: list[tuple[int, int, str]] = []
        out: list[tuple[int, int, str]] = []
        cell_end = {e: s for s, e, cid in spans if self._label(cid) == "CELL_TYPE" and cid != "cell:motor_neuron"}
        for s, e, cid in spans:
            if cid == "outcome:survival" and s in cell_end and low[s] not in ("lived", "survived"):
                s, cid = cell_end[s], "outcome:other"   # `MSC survival`, `oligodendrocyte survival`: of cells, not of animals
            if cid in P.MSC_FAMILY:
                end = _ev_head(view, e)
                if end < 0 and e + 3 < len(low) and low[e] == "(" and low[e + 2] == ")":
                    end = _ev_head(view, e + 3)   # `adipose-derived stem cell (ASC) exosomes`
                if end < 0 and e < len(low) and low[e].startswith("(") and low[e].endswith(")-derived"):
                    end = _ev_head(view, e + 1)   # `placental MSC (hpMSC)-derived exosomes`: one token
                if end > 0:
                    s, e, cid = s, end, "cell:msc_ev"
                else:
                    e, cid = _source_after(view, e, cid)
                    s, cid = _source_before_abbreviation(view, s, cid)
            elif cid == "cell:bm_mnc":
                e, cid = _source_after(view, e, cid)
            elif cid == "cell:other" and " ".join(low[s:e]).removeprefix("human ") in ("stromal cells", "stromal cell",
                                                                                       "stem cells", "stem cell"):
                # (helper BH, s21) `stromal cells from Wharton's jelly`, `stem cells isolated from adipose tissue`:
                # the generic name with its tissue after it names that tissue's MSCs, as `adipose-derived stem cells`
                # does (not stem cells of marrow or cord: blood-forming ones too)
                e2, c2 = _source_after(view, e, "cell:msc")
                if c2 != "cell:msc" and (low[e - 2] == "stromal" or c2 in ("cell:ad_msc", "cell:wj_msc", "cell:pl_msc")):
                    e, cid = e2, c2
            elif cid == "cell:motor_neuron":
                if e < len(doc) and low[e] in P.MN_NOUNS_AFTER:
                    s, e, cid = s, e + 1, "outcome:motor_neuron_survival"
                elif _short_form_at(view, e) and low[e + 3] in P.MN_NOUNS_AFTER | {"survival"}:
                    s, e, cid = s, e + 4, "outcome:motor_neuron_survival"   # `motor neuron (MN) loss`
                else:
                    k = s - 1
                    while k > 0 and (low[k] in P.SPINAL_LEVELS | P.MN_GENOTYPE | P.MN_POOLS | P.MN_STATES | {
                                         "the", "spinal", "large", "primary", "cultured"}
                                     or low[k] == "and" and low[k - 1] in P.MN_POOLS   # `upper and lower motor neurons`
                                     or _stain(low, k, s)
                                     or _mn_amount(low[k])):
                        k -= 1
                    if k >= 1 and (low[k] == "of" and low[k - 1] in P.MN_NOUNS_BEFORE
                                   or low[k] == "to" and low[k - 1] in P.MN_HARM_TO):
                        s, e, cid = k - 1, e, "outcome:motor_neuron_survival"   # (`damage to motor neurons`)
                    elif (j := _amount_of_before(low, k)) >= 0:
                        s, cid = j, "outcome:motor_neuron_survival"   # `preserved 71% of motor neurons`
                    elif k == s - 1 and low[k] == "survival" and low[e - 1] == "neuron":
                        # (helper T, s19) `survival motor neuron 1 (SMN1) gene`, `survival motor neuron protein
                        # levels`: the SMA gene's name, no motor neuron; its product's level is an end point (other)
                        j = e
                        while j < len(low) and low[j] in P.SMN_AFTER:
                            j += 1
                        if j == e or low[j - 1] not in P.SMN_LEVELS:
                            continue
                        s, e, cid = k, j, "outcome:other"
                    elif k >= 0 and low[k] in P.MN_NOUNS_BEFORE and not (
                            low[k] in P.MN_STATE_PARTICIPLES and k >= 1 and low[k - 1] in P.TOWARD_WORDS):
                        s, e, cid = k, e, "outcome:motor_neuron_survival"
                    elif (end := _mn_passive(low, e)) > e:
                        e, cid = end, "outcome:motor_neuron_survival"   # `motor neurons were preserved`
                    elif k >= 1 and low[k] == "on" and _protective_effect_before(low, k):
                        cid = "outcome:motor_neuron_survival"   # `the neuroprotective effect of MSCs on motor neurons`
                    elif (c0 := next((j for j in range(s - 1, k, -1) if low[j] in P.MN_COMPARATIVES), None)) is not None:
                        # `had 30% fewer lumbar motor neurons`: a count compared (the comparison stays outside, an effect cue)
                        s, cid = c0 + 1, "outcome:motor_neuron_survival"
            elif cid == "cell:neuron" and s > 0:
                # (helper R, s18) other neurons rescued as an end point, as `protect motoneurons` is:
                # `CNTF protected photoreceptors`, `BDNF rescued retinal ganglion cells`
                k = s - 1 if low[s - 1] != "the" or s < 2 else s - 2
                # (helper T, s19) where the neurons lie may stand between: `protected nigral dopaminergic neurons`
                while k > 0 and low[k] in P.NEURON_PLACES and s - k <= 2:
                    k -= 1
                if low[k] in P.NEURON_RESCUE_VERBS:
                    s, cid = k, "outcome:other"
            elif cid in P.GLIOSIS_CELLS and s > 0:
                # the marker is one token (`Iba1-positive`, `GFAP+`) or split from its `+`
                k = s - 2 if low[s - 1] == "+" and s > 1 else s - 1
                mark = low[k] + ("+" if k == s - 2 else "")
                if P.GLIOSIS_MARK.match(mark) and (k < 1 or low[k - 1] not in ("into", "to", "toward", "towards")):
                    s, cid = k, "outcome:inflammation"
            if self._label(cid) == "CELL_TYPE":
                # `survival of (the grafted) X cells`: a graft outcome, not a cell mention
                k = s - 1
                while k > 0 and low[k] in P.GRAFT_WORDS:
                    k -= 1
                if (cid != "cell:motor_neuron" and k >= 1 and low[k] == "of"
                        and low[k - 1] == "survival" and not _names_recipients(low, e)):
                    out.append((k - 1, e, "outcome:other"))
                    continue
                # `bone marrow-derived human MSCs`, `bone marrow derived rat mesenchymal stem cells`: the
                # tissue source named before the species word is the cells' source all the same
                # (the species word may open the name itself: the vocabulary's `human mesenchymal stem cells`)
                o = s if low[s] in P.ORIGIN_WORDS else s - 1
                if cid == "cell:msc" and o > 0 and low[o] in P.ORIGIN_WORDS and not view.starts[o]:
                    got = self._derived_source_before(view, o)
                    if got is not None:
                        s, cid = got
                # (helper CY, s23) a tissue source right before a name the vocabulary does not join it to (`bone marrow
                # hMSCs`, `Umbilical cord hMSCs`, `BM-derived hMSCs`): the source of these cells
                if cid == "cell:msc" and s > 0 and not view.starts[s] and low[s - 1] not in P.ORIGIN_WORDS:
                    got = self._derived_source_before(view, s) or self._source_before(view, s)
                    if got is not None:
                        s, cid = got
                # SPEC's own example keeps `human` with a tissue source: `human umbilical cord-derived MSCs`
                if s > 0 and low[s - 1] == "human" and (
                        cid in P.MSC_FAMILY and cid != "cell:msc"
                        or cid in ("cell:other", "cell:bm_mnc") and "mononuclear" in low[s:e] and any(
                            tuple(low[s:s + len(words)]) == words for words, _ in P.SOURCE_WORDS)):
                    s -= 1   # also blood's and marrow's mononuclear cells: `human umbilical cord blood mononuclear cells`
                # glued or separate modifiers: `GDNF-secreting MSCs`, `neurally induced MSCs`,
                # `LPS-treated MSCs` (three tokens: the tokenizer splits `-treated` off for `MSC-treated mice`)
                while s > 0:
                    # `GDNF-secreting human neural progenitor cells`: the species between stays in the name
                    m = s - 1 - (s > 1 and low[s - 1] in P.ORIGIN_WORDS and bool(P.CELL_MODIFIER.match(view.texts[s - 2])))
                    if P.CELL_MODIFIER.match(view.texts[m]) or (low[s - 1] in P.CELL_PREMODIFIERS
                                                               and cid in P.MSC_FAMILY):
                        glued = P.CELL_MODIFIER.match(view.texts[m])
                        first = m
                        head = glued.group(1) if glued else view.texts[m]
                    elif _split_modifier(doc, s, cell_end):
                        first, glued = s - 3, None
                        head = view.texts[first]
                    else:
                        break
                    last = first
                    fid = self._factor_names.get(vocabulary_mod.normalize_alias(head))
                    if not fid and glued and (got := self._factor_spelled_before(view, first, head)):
                        # the factor spelled out before the glued participle: `glial cell line-derived
                        # neurotrophic factor-overexpressing NSCs` (the name's last word is glued)
                        first, fid = got
                    if fid:
                        nested.append((first, last + 1, fid))
                        # `neurotrophic factor-secreting human MSCs`, `NTF-secreting rat MSCs`: MSCs that secrete
                        # the class of factors are MSC-NTF cells, whatever word stands between (the vocabulary
                        # names only the bare `neurotrophic factor-secreting MSCs`)
                        if (fid == "factor:ntf" and cid in P.MSC_FAMILY and glued
                                and low[last].endswith(P.NTF_SECRETING_PARTICIPLES)):
                            cid = "cell:msc_ntf"
                    s = first
                # (helper BH, s21) `chorionic villus-derived MSCs`, `lipoaspirate-derived MSCs`: a name that starts at a
                # source's last word glued to `-derived` takes that source (the whole of it, before)
                if cid != "cell:msc_ev" and low[s].endswith("-derived") and s + 1 < e \
                        and not view.starts[s + 1] and self._label(cid) == "CELL_TYPE":
                    got = self._derived_source_before(view, s + 1)
                    if got is not None:
                        # (helper EN, s27) MSC-NTF cells keep their concept (the source is only part of their name:
                        # `bone marrow-derived MSC-NTF cells`, not `marrow-derived ...`); (helper FH, s28) so do
                        # other cells (`bone marrow-derived macrophages`), mononuclear cells taking their tissue's
                        start = got[0]
                        if cid == "cell:msc":
                            cid = got[1]
                        elif cid != "cell:msc_ntf":
                            if cid == "cell:bm_mnc":
                                cid = "cell:bm_mnc" if got[1] == "cell:bm_msc" else "cell:other"
                            while start < s and low[start] in P.SOURCE_FILLERS:
                                start += 1   # (the tissue's words only: `autologous`, `murine` stay out, as before)
                        s = start
            out.append((s, e, cid))
        # `MSC-derived exosomes` written as one token + head; `exosomes from MSCs`
        for i, word in enumerate(low):
            if "-" not in word:
                continue   # (each shape below is glued with a hyphen)
            # (helper CK, s22) and the other glued participles of making: `BM-MSC-released extracellular vesicles`
            glue = _made_by_suffix(word)
            if glue and word[:-len(glue)] in self._msc_prefixes:
                end = _ev_head(view, i + 1)
                if end > 0:
                    out.append((i, end, "cell:msc_ev"))
                    # `Wharton's jelly MSC-derived EVs`, `human umbilical cord MSC-derived exosomes`: the
                    # source before the glued MSCs belongs to the product, and its MSCs are a mention inside
                    src = self._source_before(view, i) if self._msc_prefixes[word[:-len(glue)]] == "cell:msc" else None
                    if src:
                        out.append((src[0], end, "cell:msc_ev"))
                        nested.append((src[0], i + 1, src[1]))
            elif word.endswith("-conditioned") and i + 1 < len(low) and low[i + 1] in ("medium", "media") and (
                    word[:-12] in self._msc_prefixes or self._msc_head(view.texts[i][:-12])):
                out.append((i, i + 2, "cell:msc_ev"))   # `BMSC-conditioned medium`, `hUC-MSC-conditioned media`
            elif word in ("cell-conditioned", "cells-conditioned") and i + 1 < len(low) and low[i + 1] in ("medium", "media"):
                # `mesenchymal stem cell-conditioned medium`, `adipose-derived stem cell-conditioned medium`:
                # the name glued to the participle is an MSC's
                named = min((k for k in range(i - 1, max(-1, i - 7), -1)
                             if self._name_concept(" ".join(view.texts[k:i] + [view.texts[i][:-12]])) in P.MSC_FAMILY),
                            default=None)   # (the fullest name: `human umbilical cord mesenchymal stem cell`)
                if named is not None:
                    out.append((named, i + 2, "cell:msc_ev"))
        extra = []
        for s, e, cid in out:
            # (helper AU, s20) `hMSC conditioned medium`, `MSC culture medium`, `the MSCs medium`: the medium the
            # named MSCs conditioned is their product (what is given); the phrase wins over the bare MSCs in it
            if cid in P.MSC_FAMILY and cid != "cell:msc_ev" and e < len(low):
                m = e + 1 if low[e] in P.MEDIUM_PARTICIPLES and e + 1 < len(low) else e
                if low[m] in ("medium", "media") and (m == e + 1 or view.texts[e - 1].endswith("s")):
                    extra.append((s, m + 1, "cell:msc_ev"))
            if cid in P.MSC_FAMILY and s >= 2:
                for link in P.EV_LINKERS:
                    ls = s - len(link)
                    if ls >= 1 and all(low[ls + k] == w for k, w in enumerate(link)):
                        for hs in range(max(0, ls - 3), ls):
                            if _ev_head(view, hs) == ls:
                                extra.append((hs, e, "cell:msc_ev"))
                                break
        out = self._resolve(out + extra)
        out = [_in_context(doc, view, s, e, cid, self.vocab_concepts) for s, e, cid in out]
        out = self._by_sentence(doc, view, [c for c in out if c is not None])
        out = _organ_end_points(doc, out, self.vocab_concepts)
        out = self._coordinated(view, out)
        out = self._shared_head(view, out)
        out = _suspended_hyphen(view, out)
        out = [with_name_number(view, *c) for c in out]   # (and a list's member: `..., chemokine ligand 12`)
        out = _shared_ev_head(view, out)
        # (helper CZ, s23) after the lists are filled: GFAP among lineage markers, end points named as adverse events
        out = _as_adverse_events(low, _lineage_gfap(doc, low, out))
        # a list member added beside a named end point may still be a baseline characteristic
        out = [(s, e, cid) for s, e, cid in out if cid != "outcome:other" or not (
            _covariate(view.lowers, s, e) or _characteristic(view.lowers, s, e) or procedure_named(view.lowers, s, e)
            or vague_amount(view.lowers, s, e))]
        # `cognitive behavior therapy (CBT)`, `pain therapy`: the words name an intervention, not an end point
        out = [(s, e, cid) for s, e, cid in out if not (
            e < len(low) and low[e] in ("therapy", "therapies") and self._label(cid) == "OUTCOME")]
        # (helper DB, s23) `exerting an anti-inflammation effect`: the noun used as the adjective names the cells'
        # action, as `anti-inflammatory effects` does (no gold end point in the 29 sets); `promoted anti-inflammation` is one
        out = [(s, e, cid) for s, e, cid in out if not (
            e < len(low) and low[s].startswith("anti-") and low[e] in P.ACTION_NOUNS and self._label(cid) == "OUTCOME")]
        # (helper BV, s21) a technique named as the means a study looked by (`evaluated using histopathology`), a
        # strain named by its phenotype (`(mnd) mutant mice`), a gene name opening with an end point word (`Survival
        # motor neuron 1 (SMN1) gene`): no end points
        out = [(s, e, cid) for s, e, cid in out if not (
            self._label(cid) == "OUTCOME" and (technique_named(view.lowers, s, e)
                                               or strain_named(view.lowers, view.texts, s, e)
                                               or gene_name_start(view.lowers, view.texts, s, e)))]
        out, dropped = self._drop_definitions(doc, view, out)
        # `NSC-derived extracellular vesicles`: vesicles of a named cell that is no MSC are not the MSCs'
        # (`astrocyte-derived exosomes`), nor are bare vesicles said to come from one (`exosomes released by NSCs`)
        out = [(s, e, "cell:other") if cid == "cell:msc_ev" and (
            low[s].endswith("-derived") and self._cell_tokens.get(
                view.texts[s][:-8], self._cell_words.get(low[s][:-8], "cell:msc")) not in P.MSC_FAMILY
            or _bare_ev(doc[s:e].text) and (self._from_other_cells(low, e, out) or self._other_maker_before(view, s)))
            else (s, e, cid) for s, e, cid in out]
        # (helper CK, s22) bare vesicles / medium whose source is a body fluid or a tissue preparation, named
        # before (`plasma exosomes`) or after (`exosomes isolated from the serum of patients`, `conditioned medium
        # prepared from spinal cord extracts`): neither the MSCs' product nor any cell type
        out = self._bare_products_by_source(doc, low, out)
        # vesicles named with no MSC source (`extracellular vesicles`, `stem cell-derived EVs`) are
        # the MSCs' only in a document about MSCs
        if not any(cid in P.MSC_FAMILY or cid == "cell:msc_ev" and not _bare_ev(doc[s:e].text)
                   for s, e, cid in out):
            out = [(s, e, "cell:other" if cid == "cell:msc_ev" and _bare_ev(doc[s:e].text) else cid)
                   for s, e, cid in out]
        return out, nested, dropped

    def _other_maker_before(self, view: TokenStrings, s: int) -> bool:
        """(helper CK, s22) bare vesicles after a native or other non-MSC cell glued to a participle of making
        (`astrocyte-released exosomes`, `microglia-secreted EVs`): that cell's, not the MSCs'."""
        if s == 0:
            return False
        word, text = view.lowers[s - 1], view.texts[s - 1]
        if word in MADE_BY_SUFFIXES and s > 1:   # the participle split off: `Astrocyte` `-released` `exosomes`
            word, text = view.lowers[s - 2] + word, view.texts[s - 2] + word
        glue = _made_by_suffix(word)
        if not glue or word == glue:
            return False
        cid = self._cell_tokens.get(text[:-len(glue)], self._cell_words.get(word[:-len(glue)]))
        return cid is not None and cid not in P.MSC_FAMILY and cid != "cell:msc_ev"

    def _bare_products_by_source(self, doc: Doc, low: list[str], out: list[tuple[int, int, str]]):
        """Drop bare vesicles / medium whose source is a body fluid or tissue preparation (`_noncell_source`).
        The same bare words again with no source of their own (`The conditioned medium increased ...`) share
        the fate of the occurrences that name one, when those all agree (dropped, or another cell's: `other`)
        and the document names no MSC product of its own (`MSC-derived exosomes`)."""
        fates: dict[str, set[str]] = {}
        unsourced = []
        kept = []
        for s, e, cid in out:
            bare = cid in ("cell:msc_ev", "cell:other") and _bare_ev(doc[s:e].text)
            if bare and cid in ("cell:msc_ev", "cell:other") and self._noncell_source(low, s, e, out):
                fates.setdefault(doc[s:e].text.lower(), set()).add("drop")
                continue
            if bare and cid in ("cell:msc_ev", "cell:other"):
                named = self._ev_source_start(low, e) >= 0 or s > 0 and low[s - 1].endswith(("-derived", "derived"))
                if named:
                    fates.setdefault(doc[s:e].text.lower(), set()).add(cid)
                elif cid == "cell:msc_ev":
                    unsourced.append(len(kept))
            kept.append((s, e, cid))
        if any(cid == "cell:msc_ev" and not _bare_ev(doc[s:e].text) for s, e, cid in out):
            unsourced = []   # an MSC product is named in the document: the bare words may be it
        for i in reversed(unsourced):
            s, e, cid = kept[i]
            fate = fates.get(doc[s:e].text.lower(), set())
            if fate == {"drop"}:
                del kept[i]
            elif fate == {"cell:other"}:
                kept[i] = (s, e, "cell:other")
        return kept

    @staticmethod
    def _ev_source_start(low: list[str], e: int) -> int:
        """Where the source phrase after vesicles / medium ending at e starts (after a linker, and after
        a bracketed short form: `conditioned medium (CM) from`), or -1 when no linker follows."""
        if e + 2 < len(low) and low[e] == "(" and low[e + 2] == ")":
            e += 3
        for link in P.EV_LINKERS:
            k = e + len(link)
            if tuple(low[e:k]) == link:
                return k
        return -1

    def _source_window(self, low: list[str], k: int, spans) -> tuple[int, list]:
        """The end of the source phrase starting at k (10 tokens at most, up to a stop word) and the
        CELL_TYPE spans that start in it, in order."""
        end = k
        while end < min(len(low), k + 10) and low[end] not in P.EV_SOURCE_STOPS:
            end += 1
        cells = sorted((s, cid) for s, _, cid in spans if k <= s < end and self._label(cid) == "CELL_TYPE")
        # a native cell word inside a longer span (`activated microglia` as an end point) or as an adjective
        # or a short form the document defined for a cell (`microglia (MG)` ... `cultures of activated MG`)
        short = {low[e + 1]: cid for _, e, cid in spans if self._label(cid) == "CELL_TYPE" and e + 2 < len(low)
                 and low[e] == "(" and low[e + 2] == ")"}
        words = [(i, P.NATIVE_CELL_ADJECTIVES.get(low[i].split("-")[-1], self._cell_words.get(low[i], short.get(low[i]))))
                 for i in range(k, end)]
        cells = sorted(cells + [(i, cid) for i, cid in words if cid and not any(s == i for s, _ in cells)])
        return end, cells

    def _from_other_cells(self, low: list[str], e: int, spans: list[tuple[int, int, str]]) -> bool:
        """Vesicles ending at e are said to come from cells that are no MSCs: `exosomes released by
        neural stem cells`, `EVs isolated from astrocytes`, (helper CK, s22) `conditioned medium (CM) from
        cultures of activated microglia` (the linker, then, first in the source phrase, a cell mention)."""
        k = self._ev_source_start(low, e)
        if k < 0 or low[k - 1] == "in":
            return False
        _, cells = self._source_window(low, k, spans)
        return bool(cells) and cells[0][1] not in P.MSC_FAMILY and cells[0][1] != "cell:msc_ev"

    def _noncell_source(self, low: list[str], s: int, e: int, spans) -> bool:
        """Bare vesicles s..e named after a body fluid (`plasma exosomes`, `CSF EVs`) or whose source phrase
        names a body fluid or tissue preparation before any cell (`exosomes from the serum of patients`)."""
        if s > 0 and low[s - 1] in P.EV_NONCELL_SOURCES:
            return True
        k = self._ev_source_start(low, e)
        if k < 0:
            return False
        end, cells = self._source_window(low, k, spans)
        first = next((i for i in range(k, end) if low[i] in P.EV_NONCELL_SOURCES and not (
            i + 1 < len(low) and low[i + 1] in ("-", "brain", "-brain", "vessel", "vessels", "flow", "pressure"))), None)
        return first is not None and (not cells or first < cells[0][0])

    def _nested(self, cands, spans, nested, view: TokenStrings):
        """Names inside a bigger mention are mentions too: `motor neurons` in `loss of motor
        neurons`, `BM-MSCs` in `BM-MSC conditioned medium` (outcome and MSC-product containers),
        `neurotrophic factors` in `MSCs secreting neurotrophic factors` (a factor in a cell's name).
        Not the singular modifier of a motor-neuron end point (`motor neuron loss`, `motoneuron
        counts`): the train gold never lists that cell (3 documents of 3)."""
        skip = [(s, e) for s, e, cid in cands if cid == "cell:motor_neuron" and not view.lowers[e - 1].endswith("s")
                and any(os <= s and e <= oe and ocid == "outcome:motor_neuron_survival" for os, oe, ocid in spans)]
        inner = []
        for s, e, cid in cands:
            label = self._label(cid)
            if label == "OUTCOME" or any(a <= s and e <= b for a, b in skip):   # nor `neuron` inside it
                continue
            if label == "ROUTE" and any(os <= s and e <= oe and self._label(ocid) == "OUTCOME" for os, oe, ocid in spans):
                continue    # `intraocular pressure`: the route word names the place measured, no giving
            if label == "CELL_TYPE" and cid not in P.MSC_FAMILY and cid != "cell:msc_ev" and _name_follows(
                    view.lowers, e, P.NOT_A_CELL_BEFORE_PRODUCT):
                continue    # (helper CK, s22) `neural cell adhesion molecule expression`: a product's name inside
            if in_molecule_name(view.lowers, s, e, label, self.vocab_concepts) or label == "CELL_TYPE" and \
                    cid != "cell:other" and _name_follows(view.lowers, e, P.NOT_A_CELL_BEFORE_NAME):
                continue    # (helper ED, s26) `monocyte chemoattractant protein-1 levels`, `macrophage inflammatory
                #             protein-1 release`: the end point's molecule, as the context check has it for a mention
            if label == "DISEASE" and e < len(view.lowers) and view.lowers[e] in ORGANISATION_HEADS:
                continue    # (helper U, s19) `American Spinal Injury Association (ASIA) scale`: a body's name
            if label == "DISEASE" and (P.TUMOUR.match(view.lowers[e - 1]) or e < len(view.lowers) and (
                    view.lowers[e] in P.DISEASE_MEASURE_WORDS   # (helper FH, s28) and a tumour's cells measured:
                    or view.lowers[e] in P.TUMOUR_CELL_WORDS and P.TUMOUR_TYPE.search(view.lowers[e - 1]))) and any(
                    os <= s and e <= oe and self._label(ocid) == "OUTCOME" for os, oe, ocid in spans):
                continue    # (helper BA, s20) `cerebral infarction volume`, `tumor formation`: a measured lesion or a
                #             graft's safety, no patient's disease
            for os, oe, ocid in spans:
                if os <= s and e <= oe and (os, oe) != (s, e) and ocid != cid and (
                        self._label(ocid) == "OUTCOME" or ocid == "cell:msc_ev"
                        or label == "NEUROTROPHIC_FACTOR" and self._label(ocid) == "CELL_TYPE"):
                    inner.append((s, e, cid))
                    break
        return self._resolve(inner + nested)

    def _glued_factors_in_end_points(self, view: TokenStrings, spans) -> list[tuple[int, int, str]]:
        """(helper ER, s27) A factor glued to a participle inside an end point (`number of GDNF-secreting cells`,
        `number of brain-derived neurotrophic factor-expressing neurons`) is a mention too, as inside a cell's name:
        the token with its participle (the tables cut the participle off)."""
        out = []
        for s, e, cid in spans:
            if self._label(cid) != "OUTCOME":
                continue
            for k in range(s, e):
                glued = "-" in view.texts[k] and P.CELL_MODIFIER.match(view.texts[k])
                if not glued:
                    continue
                first, fid = k, self._factor_names.get(vocabulary_mod.normalize_alias(glued.group(1)))
                if not fid and (got := self._factor_spelled_before(view, k, glued.group(1))) and got[0] >= s:
                    first, fid = got
                if fid:
                    out.append((first, k + 1, fid))
        return out

    def _split_long_forms(self, view: TokenStrings) -> list[tuple[int, int, str]]:
        """(helper U, s19) An end point the vocabulary names whose short form the paper puts inside it (`American
        Spinal Injury Association (ASIA) Impairment Scale`, `... (ASIA) scale`): the whole, short form included,
        when the words before the brackets and the one to three after them, ending in an instrument's head word,
        make a vocabulary name, and the short form can be read off the words before."""
        low, texts, out = view.lowers, view.texts, []
        for i in range(1, len(low) - 3):
            if low[i] != "(" or low[i + 2] != ")" or not any(ch.isupper() for ch in texts[i + 1]):
                continue
            found = next(((ls, i + 3 + tail, cid) for tail in (3, 2, 1) if i + 3 + tail <= len(low)
                          and low[i + 2 + tail] in P.INSTRUMENT_LONG_HEADS   # a rating instrument, not `(OR) rate`
                          for ls in range(max(0, i - 6), i - 1)
                          if _spelled(texts[i + 1], " ".join(texts[ls:i]))
                          for cid in (self._outcome_name(" ".join(texts[ls:i] + texts[i + 3:i + 3 + tail])),)
                          if cid), None)
            if found:
                out.append(found)
        return out

    def _outcome_name(self, text: str) -> str | None:
        """(helper U, s19) The OUTCOME concept of a whole name by the vocabulary's own matchers, or None."""
        key = "\x00" + text
        if key in self._name_memo:
            return self._name_memo[key]
        d = self.nlp.make_doc(text)
        strings = self.nlp.vocab.strings
        found = next((strings[k] for k, s, e in list(self.lower(d)) + list(self.orth(d))
                      if s == 0 and e == len(d) and self._label(strings[k]) == "OUTCOME"), None)
        if len(self._name_memo) < 8192:
            self._name_memo[key] = found
        return found

    def _name_concept(self, text: str) -> str | None:
        """The CELL_TYPE concept of a whole name by the vocabulary's own matchers, or None (memoised:
        the same names recur across documents)."""
        if text in self._name_memo:
            return self._name_memo[text]
        d = self.nlp.make_doc(text)
        strings = self.nlp.vocab.strings
        found = next((strings[k] for k, s, e in list(self.lower(d)) + list(self.orth(d)) + list(self.matcher(d))
                      if s == 0 and e == len(d) and self._label(strings[k]) == "CELL_TYPE"), None)
        if len(self._name_memo) < 8192:
            self._name_memo[text] = found
        return found

    def _context_short_forms(self, view: TokenStrings, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """An ambiguous short form (`PD`, `MS`, `IT`) counts where the document names what it stands
        for even without defining it: `PD` in a text that says `Parkinson disease` (its initials)."""
        wanted: dict[str, str] = {}
        for s, e, cid in spans:
            aliases = self._context.get(cid)
            if aliases:
                initials = "".join(w[0] for w in " ".join(view.lowers[s:e]).replace("-", " ").split()
                                   if w[0].isalnum() and w not in ("'s", "’s", "of", "the", "and"))
                for alias in aliases:
                    if alias.lower() == initials:
                        wanted[alias] = cid
        # a route's short form where the words around it say a route (`administered IV`, `IT injection`)
        # (or right before the cells given: `IV BM-MSCs or IT UC-MSCs`)
        low, n = view.lowers, len(view.lowers)
        cell_starts = {s for s, _, cid in spans if self._label(cid) == "CELL_TYPE"}
        routes = [(i, self._route_short[t]) for i, t in enumerate(view.texts) if t in self._route_short
                  and t not in wanted and (i + 1 < n and low[i + 1] in P.ROUTE_SHORT_AFTER
                                           or i > 0 and low[i - 1] in P.ROUTE_SHORT_BEFORE or i + 1 in cell_starts)]
        routes += self._more_route_shorts(view, spans, wanted, {i for i, _ in routes})
        routes += self._listed_disease_shorts(view, spans, wanted)
        if not wanted and not routes:
            return spans
        taken = {i for s, e, _ in spans for i in range(s, e)}
        extra = [(i, i + 1, wanted[t]) for i, t in enumerate(view.texts) if t in wanted and i not in taken]
        extra += [(i, i + 1, cid) for i, cid in routes if i not in taken]
        return sorted(spans + extra) if extra else spans

    def _listed_disease_shorts(self, view: TokenStrings, spans: list[tuple[int, int, str]],
                               wanted: dict[str, str]) -> list[tuple[int, str]]:
        """(helper BM, s21) An ambiguous disease short form listed with a disease (`PD, HD and ALS`,
        `ALS, MS or AD`) or as an example of a class of diseases (`neurodegenerative disorders such as AD`,
        `motor neuron diseases including SMA`): a disease, though the document never spells it out."""
        texts, low, n = view.texts, view.lowers, len(view.lowers)
        short = {i for i, t in enumerate(texts) if t in self._disease_short and t not in wanted}
        if not short:
            return []
        taken = {k for s, e, _ in spans for k in range(s, e)}
        short -= taken
        starts = {s for s, e, cid in spans if self._label(cid) == "DISEASE"}
        ends = {e for s, e, cid in spans if self._label(cid) == "DISEASE"}
        found: list[tuple[int, str]] = []
        grew = True
        while grew:
            grew = False
            for i in sorted(short):
                before = [k for k in range(max(0, i - 3), i) if all(w in P.DISEASE_LIST_JOINERS for w in low[k:i])]
                after = [k for k in range(i + 2, min(n, i + 4)) if all(w in P.DISEASE_LIST_JOINERS for w in low[i + 1:k])]
                if any(k in ends for k in before) or any(k in starts for k in after) \
                        or any(k in ends and low[k:i] in (["such", "as"], ["including"], ["like"], ["e.g.", ","], ["e.g."])
                               for k in range(max(0, i - 3), i)):
                    short.discard(i); starts.add(i); ends.add(i + 1); grew = True
                    found.append((i, self._disease_short[texts[i]]))
        return found

    def _more_route_shorts(self, view: TokenStrings, spans: list[tuple[int, int, str]], wanted: dict[str, str],
                           found: set[int]) -> list[tuple[int, str]]:
        """(helper BC, s21) The other places a route's short form stands: right after the cells given
        (`received 1x10^6 MSCs IV`, `UC-MSCs either IV or IT`), glued by a hyphen to a giving word
        (`IT-injected MSCs`, `IV-treated mice`), and coordinated with a route (`IV or IT`, `IT, IV or
        intra-arterial`): two different routes' short forms joined by `or`/`and`/`,` name routes together."""
        texts, low, n = view.texts, view.lowers, len(view.lowers)
        short = [i for i, t in enumerate(texts) if t in self._route_short and t not in wanted]
        if not short:
            return []
        cell_ends = {e for s, e, cid in spans if self._label(cid) == "CELL_TYPE"}
        route_ends = {e for s, e, cid in spans if self._label(cid) == "ROUTE"}
        route_starts = {s for s, e, cid in spans if self._label(cid) == "ROUTE"}
        ok = set(found)
        for i in short:
            k = i - 1 if i > 0 and low[i - 1] in ("either", "both") else i
            after_cell = k in cell_ends and (i + 1 >= n or not low[i + 1].isalpha() or low[i + 1] in P.ROUTE_SHORT_NEXT)
            # the last item in brackets right after the cells, with their dose: `UC-MSCs (1x10^6 cells/kg, IV)`
            opened = next((p for p in range(i - 1, max(-1, i - 12), -1) if low[p] in ("(", ")")), None)
            in_dose = (opened is not None and low[opened] == "(" and opened in cell_ends and i + 1 < n
                       and low[i + 1] == ")" and low[i - 1] in (",", ";") and any(ch.isdigit() for t in low[opened:i] for ch in t))
            if after_cell or in_dose or (i + 2 < n and low[i + 1] == "-" and low[i + 2] in P.ROUTE_SHORT_HYPHENED):
                ok.add(i)

        def joined(i: int, j: int) -> bool:   # i, j adjacent members of a list (`IV or IT`, `IT, IV and IM`)
            between = low[min(i, j) + 1:max(i, j)]
            return 1 <= len(between) <= 2 and all(w in P.ROUTE_SHORT_JOINERS for w in between)

        changed = True
        while changed:
            changed = False
            for i in short:
                if i in ok:
                    continue
                partners = [j for j in short if j != i and joined(i, j)]
                if (any(j in ok or texts[j] != texts[i] for j in partners)
                        or any(joined(i, e - 1) for e in route_ends) or any(joined(i, s) for s in route_starts)):
                    ok.add(i)
                    changed = True
        return [(i, self._route_short[texts[i]]) for i in sorted(ok - set(found))]

    # --- rules kept as methods (their bodies live in sentence_filters.py and lists.py) ------------
    def _drop_definitions(self, doc: Doc, view: TokenStrings, spans: list[tuple[int, int, str]]) -> tuple[list, list]:
        return _drop_definitions(doc, view, spans, self.vocab_concepts)

    def _by_sentence(self, doc: Doc, view: TokenStrings, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        return _by_sentence(doc, view, spans, self.vocab_concepts)

    def _coordinated(self, view: TokenStrings, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        return _coordinated(view, spans, self.vocab_concepts)

    def _shared_head(self, view: TokenStrings, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        return _shared_head(view, spans)

    def __call__(self, doc: Doc) -> Doc:
        view = TokenStrings.of(doc)
        cands = self._candidates(doc, view)
        spans, nested, dropped = self._compose(doc, self._resolve(cands), view)
        if dropped:   # names inside a dropped definition outcome stand on their own (`motor neurons`)
            spans = sorted(spans + self._nested(cands, dropped, [], view))
        spans = self._context_short_forms(view, spans)
        spans = _glued_sources(view, spans, self.vocab_concepts, self._name_concept)
        spans = sorted(spans + _like_cells(view, spans, self._name_concept))
        spans = _lineage_precursors(view, spans)
        # (helper BH, s21) `HEK293T cells`, `293T cells`: the letter the tokenizer split off a cell line's name
        # is no T cell
        spans = [(s, e, cid) for s, e, cid in spans if not (
            s > 0 and len(view.texts[s]) == 1 and view.texts[s].isupper() and not doc[s - 1].whitespace_
            and view.texts[s - 1][-1:].isalnum() and self._label(cid) == "CELL_TYPE")]
        spans = sorted(spans + _coordinated_sources(view, spans, self._name_concept))
        spans = _made_from_stem_cells(view, spans, self.vocab_concepts)
        spans = cell_disease_names(doc, view, spans, self._label, self.vocab_concepts,
                                   lambda s, e, cid: _in_context(doc, view, s, e, cid, self.vocab_concepts))
        spans = _disease_modifiers(view, _als_subtype_diseases(view, spans), self._label)
        spans = _tissue_before_cells(view, spans, self._label)
        spans = sorted(spans + _coordinated_sites(view, spans))
        spans = _closing_bracket(view, spans)
        nested = self._nested(cands, spans, nested + self._glued_factors_in_end_points(view, spans), view)
        doc.spans[RULES_KEY] = [Span(doc, s, e, label=self._label(cid), kb_id=cid) for s, e, cid in spans]
        doc.spans[NESTED_KEY] = [Span(doc, s, e, label=self._label(cid), kb_id=cid) for s, e, cid in nested]
        # (helper DP, s25) a nested mention's entities row names its concept as every other row does
        for span in doc.spans[NESTED_KEY]:
            if span.kb_id_ in self.vocab_concepts:
                doc.user_data[value_key("concept_name", span.start_char, span.end_char)] = \
                    self.vocab_concepts.name_of(span.kb_id_)
        return doc

    # --- serialisation: the vocabulary travels with the pipeline --------------------------------
    def to_disk(self, path, *, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        src = self.vocab_concepts.path
        (path / "concepts.jsonl").write_bytes(Path(src).read_bytes())

    def from_disk(self, path, *, exclude=()) -> "EntityRules":
        self._build(vocabulary_mod.load(Path(path) / "concepts.jsonl"))
        return self



def _disease_modifiers(view: TokenStrings, spans: list[tuple[int, int, str]], label_of) -> list[tuple[int, int, str]]:
    """(helper BA, s20) A disease name takes the words before it that say its course, cause or level
    (`subacute stroke`, `traumatic cervical SCI`, `thoracolumbar spinal cord injury`), as the gold's
    mentions do (train: `chronic spinal cord injury`, `familial ALS`); only words no other mention holds,
    and only before a long form (`acute SCI` stays `SCI`, as the project's msc-neuro gold has it)."""
    low, out = view.lowers, []
    taken = {k for s, e, _ in spans for k in range(s, e)}
    for s, e, cid in spans:
        if label_of(cid) == "DISEASE" and not (e - s == 1 and any(ch.isupper() for ch in view.texts[s][1:])):
            j = s     # (not a short form: the gold keeps `acute SCI` as `SCI`, the project's gold and helper U)
            while j > 0 and j - 1 not in taken and low[j - 1] in P.DISEASE_NAME_MODIFIERS:
                j -= 1
            s = j
        if label_of(cid) == "DISEASE":
            s = tumour_name_start(low, s, e, taken)
        if cid == "disease:als":
            s = _als_subtype_start(low, s, taken)
        if label_of(cid) == "DISEASE" and e - s > 1:
            s, e = _coordinated_disease_start(low, s, taken), _disease_site_end(low, e, taken)
        if label_of(cid) == "DISEASE" and e + 1 < len(low) and low[e] == "type" and e + 1 not in taken \
                and P.DISEASE_TYPE_NUMBER.match(low[e + 1]):
            e += 2   # (helper BM, s21) its type (`Charcot-Marie-Tooth disease type 1A`, `spinal muscular atrophy type II`)
        out.append((s, e, cid))
    return out

# (helper CO, s22) the onset sites that make a bare `disease` the document's ALS (train: `bulbar-onset disease`);
# not `sporadic and familial disease`, which the msc-neuro gold leaves out
ALS_SUBTYPE_BEFORE_DISEASE = frozenset({"bulbar-onset", "limb-onset", "spinal-onset", "cervical-onset",
                                        "lumbar-onset", "respiratory-onset"})


def _als_subtype_diseases(view: TokenStrings, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(helper CO, s22) In a document about ALS, `disease` after the site of its onset is that form of ALS
    (`bulbar onset disease`, `spinal-onset disease`, `bulbar- or limb-onset disease`), as the train gold marks
    `bulbar-onset disease`; a bare `spinal disease` or a document on another disease is left alone."""
    if not any(cid == "disease:als" for _, _, cid in spans):
        return spans
    low = view.lowers

    def subtype(i: int) -> bool:
        return low[i] in ("disease", "diseases") and i > 0 and (low[i - 1] in ALS_SUBTYPE_BEFORE_DISEASE or (
            low[i - 1] == "onset" and i > 1 and low[i - 2] in ("bulbar", "limb", "spinal", "cervical", "lumbar",
                                                               "respiratory")))
    # a generic `cervical-onset disease` already found is this ALS too
    out = [(s, e, "disease:als" if cid == "disease:other" and subtype(e - 1) else cid) for s, e, cid in spans]
    taken = {k for s, e, _ in spans for k in range(s, e)}
    for i in range(len(low)):
        if i not in taken and subtype(i) and not taken & {i - 1, i - 2}:
            j = i - 1 if low[i - 1] != "onset" else i - 2
            out.append((_als_subtype_start(low, j, taken), i + 1, "disease:als"))
    return sorted(out)


def _disease_modifier_word(w: str) -> bool:
    """(helper CO, s22) A word that can say a disease's kind, course or site before its head."""
    return w in P.ANATOMY or w not in P.NOT_DISEASE_ADJ and (bool(P.ADJECTIVE.match(w)) or w in P.DISEASE_MODIFIERS
                                                             or w in P.DISEASE_NAME_MODIFIERS)


def _coordinated_disease_start(low: list[str], s: int, taken: set[int]) -> int:
    """(helper CO, s22) Modifiers coordinated before one disease head share it, and the gold keeps them in one
    mention (`acute and chronic neurodegenerative diseases`, `ischemic and hemorrhagic stroke`,
    `neurological, psychiatric and metabolic disorders`, `secondary or primary progressive MS`; train:
    `spinal cord or traumatic brain injuries`): only when the mention itself starts with such a modifier."""
    if not _disease_modifier_word(low[s]):
        return s
    j = s
    while j >= 2 and j - 1 not in taken and j - 2 not in taken and low[j - 1] in ("and", "or", "and/or", ",") \
            and _disease_modifier_word(low[j - 2]):
        j -= 2
    return j


# (helper CO, s22) the system a class of diseases is of (`degenerative diseases of the nervous system`,
# `traumatic injury to the central nervous system`)
DISEASE_SITE_TAILS = (("of", "the", "nervous", "system"), ("of", "the", "central", "nervous", "system"),
                      ("of", "the", "peripheral", "nervous", "system"), ("of", "the", "cns"),
                      ("to", "the", "central", "nervous", "system"), ("to", "the", "nervous", "system"),
                      ("to", "the", "cns"))


def _disease_site_end(low: list[str], e: int, taken: set[int]) -> int:
    if low[e - 1] not in ("disease", "diseases", "disorder", "disorders", "injury", "injuries"):
        return e
    for tail in DISEASE_SITE_TAILS:
        if tuple(low[e:e + len(tail)]) == tail and not taken & set(range(e, e + len(tail))):
            return e + len(tail)
    return e


def _als_subtype_start(low: list[str], s: int, taken: set[int]) -> int:
    """(helper BM, s21) `ALS` takes the words before it that name its subtype (`SOD1-linked ALS`, `C9orf72 ALS`,
    `SOD1 mutant ALS`, `bulbar onset ALS`, `juvenile ALS`) and a list of them (`sporadic and familial ALS`,
    `familial or sporadic ALS`); only words no other mention holds."""
    j = s
    while j > 0 and j - 1 not in taken:
        w = low[j - 1]
        if P.als_subtype_word(w) or (w in P.GENE_DISEASE_LINKS and j > 1 and low[j - 2] in P.ALS_GENES) \
                or (w == "onset" and j > 1 and low[j - 2] in ("bulbar", "limb", "spinal")):
            j -= 1
        elif w in ("and", "or", "and/or", ",") and P.als_subtype_word(low[j]) and j > 1 and j - 2 not in taken \
                and P.als_subtype_word(low[j - 2]):
            j -= 1
        else:
            break
    while j < s and low[j] in ("and", "or", "and/or", ","):
        j += 1
    return j


def _closing_bracket(view: TokenStrings, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(helper DP, s25) A name whose last token opens a bracket that the tokenizer split off as the next token
    (`expression of p21(WAF1/CIP1` `)`, `protein(s` `)`) ends after it: no row holds half a bracket."""
    out = []
    for s, e, cid in spans:
        if e < len(view.texts) and view.texts[e] == ")" and "(" in view.texts[e - 1] and \
                sum(t.count("(") - t.count(")") for t in view.texts[s:e]) == 1 and not any(a <= e < b for a, b, _ in spans):
            e += 1
        out.append((s, e, cid))
    return out


@Language.factory("litmine_ruler", default_config={"vocabulary": ""})
def make_ruler(nlp: Language, name: str, vocabulary: str) -> EntityRules:
    """`vocabulary`: path of a concepts.jsonl; empty = the project's models/concepts.jsonl."""
    return EntityRules(nlp, name, vocabulary)


# (helper U, s19) what makes the words before it a body's name, not a disease (`Spinal Injury Association`)
ORGANISATION_HEADS = frozenset({"association", "society", "foundation", "institute", "network", "consortium"})
PROTECTIVE_EFFECT_NOUNS = frozenset({"effect", "effects", "action", "actions"})
# (helper BE, s21) the adjectives of such an effect: protection, and the trophic, survival-promoting kind
# (`the survival-promoting effect of GDNF on motor neurons`, `trophic effects on motoneurons`)
PROTECTIVE_EFFECT_ADJECTIVES = ("protective", "neuroprotective", "neuro-protective", "survival-promoting",
                                "prosurvival", "pro-survival", "trophic", "neurotrophic", "neuro-trophic")


def _protective_effect_before(low: list[str], on: int) -> bool:
    """`(neuro)protective effect(s) (of the cells) on` motor neurons: what the agent protected is the
    motor neurons, the end point (as in `protected motor neurons`)."""
    for j in range(on - 1, max(0, on - 8), -1):
        if low[j] in PROTECTIVE_EFFECT_NOUNS:
            return j > 0 and low[j - 1].startswith(PROTECTIVE_EFFECT_ADJECTIVES)
        if low[j] in (".", ";", "on"):
            return False
    return False


EV_HEAD_WORDS = frozenset({"exosomes", "exosome", "exos", "evs", "vesicles", "microvesicles", "secretome", "secretomes"})


def _shared_ev_head(view, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(helper P, s18) `hPMSC and hUCMSC exosomes`, `BM-MSC and AD-MSC EVs`: the first source shares the
    vesicle head of the second, so it names vesicles too (a singular MSC name right before `and` and a
    vesicle mention; not `BM-MSCs and MSC-exosomes`, where the plural names the cells themselves)."""
    low = view.lowers
    starts = {s: (e, cid) for s, e, cid in spans}
    out = []
    for s, e, cid in spans:
        nxt = starts.get(e + 1)
        if (cid in P.MSC_FAMILY and e + 1 < len(low) and low[e] == "and" and nxt is not None
                and nxt[1] == "cell:msc_ev" and low[nxt[0] - 1] in EV_HEAD_WORDS and nxt[0] - (e + 1) >= 2
                and not low[e - 1].endswith("s") and low[e - 1] not in ("msc", "cell", "stem")
                and not low[nxt[0] - 2].endswith("s")):
            cid = "cell:msc_ev"
        out.append((s, e, cid))
    return out


def _spelled(short: str, long: str) -> bool:
    """(helper U, s19) `ASIA` read off `American Spinal Injury Association`: the short form's letters are the
    initials of the long form's words, in order (a plural `s` allowed)."""
    core = short[:-1] if short.endswith("s") and len(short) > 2 else short
    initials = "".join(w[0] for w in long.replace("-", " ").split() if w[:1].isalnum()).lower()
    return len(core) >= 2 and core.isalnum() and initials.startswith(core.lower())


# the words the loop over single words in `_candidates` reads an end point off (body weight, survival, safety)
_SAID_BY_A_WORD = frozenset({"weight", "weights", "lived", "survived", "mortality", "death", "deaths"})


def _composite_survival(low: list[str], cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(helper BF, s21) A composite end point of terminal events is one survival end point, whatever its
    members and their order: `time to death or tracheostomy`, `time to tracheostomy or death`, `death or
    permanent ventilation`, `time to death, tracheostomy or permanent assisted ventilation`. Members are
    survival names (or a ventilation name) and a bare `death`, joined by `,` / `or` / `and/or`; one of them
    must be death or the chain must open with `time to`; a member that is itself survival (`survival`,
    `lifespan`) is no event."""
    members: dict[int, int] = {}   # start -> end of each member
    for s, e, cid in cands:
        words = set(low[s:e])
        if P.SURVIVAL_NOT_EVENT & words:
            continue
        if cid == "outcome:survival" or (cid == "outcome:respiratory_function" and P.VENTILATION_EVENTS & words):
            members[s] = max(e, members.get(s, e))
    safety = {s for s, e, cid in cands if cid == "outcome:safety"}   # `no deaths or ...`: a safety finding
    for i, w in enumerate(low):
        if w in ("death", "deaths") and i not in members and i not in safety:
            members[i] = i + 1
    out = []
    for s in sorted(members):
        chain, end, ends = [s], members[s], []
        while True:
            k = end
            while k < len(low) and k - end < 3 and low[k] in P.EVENT_JOINERS:
                k += 1
            if k == end or k not in members:
                break
            chain.append(k)
            end = members[k]
            if "or" in low[k - 2:k] or "and/or" in low[k - 2:k]:
                ends.append((len(chain), end))   # a list closes with `or`: `death, tracheostomy or ...`
        if not ends:
            continue
        chain, end = chain[:ends[-1][0]], ends[-1][1]
        if low[s:s + 2] == ["time", "to"] or any(low[c] in ("death", "deaths") or low[c:c + 3] == ["time", "to", "death"]
                                                 for c in chain):
            out.append((s, end, "outcome:survival"))
    return out


def _overlapping_names(low: list[str], names: list[tuple[int, int, str]], label_of) -> list[tuple[int, int, str]]:
    """(helper FB, s28) Two vocabulary names of one end point that overlap, neither inside the other, are one
    mention: `time to onset` + `onset of symptoms` is `time to onset of symptoms`, `mean survival` + `survival time`
    is `mean survival time`; longest-first resolution would otherwise keep the first and cut the second's words
    off. Only the vocabulary's names: the generic shapes (`expression of X`, `X activity`) overlap in long
    chains of several end points. A patients' characteristic (`age at onset`) stays the name its check reads; a
    rate after the end point is left out, as the train gold spans it (`one-year survival` of `one-year survival
    rates`, `survival` of `the rate of survival`)."""
    ends = [(s, e, cid) for s, e, cid in set(names) if label_of(cid) == "OUTCOME"
            and " ".join(low[s:e]) not in P.PATIENT_CHARACTERISTICS]
    return [(s, e2, cid) for s, e, cid in ends for s2, e2, cid2 in ends
            if cid2 == cid and s < s2 < e < e2 and low[e2 - 1] not in P.RATE_WORDS]


def _free_survival(low: list[str], cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(helper FB, s28) Survival free of an event is one survival end point whatever the event (`ventilator-free
    survival`, `PEG-free survival`), as the vocabulary's `tracheostomy-free survival`: the glued `-free` word
    before a survival name joins it (not an event a hyphen leaves open: `ventilator- and tracheostomy-free`)."""
    return [(s - 1, e, cid) for s, e, cid in cands if cid == "outcome:survival" and s > 0
            and low[s - 1].endswith("-free") and len(low[s - 1]) > 5 and not low[s - 1].startswith("-")]


def _bare_body_weight(low: list[str], i: int, cands: list[tuple[int, int, str]]) -> bool:
    """(helper BF, s21) A bare `weight` is the body's weight where a change is said of it (`lost weight`,
    `stabilized weight`, `change in weight`, `loss of weight`) or where it stands in a list beside a body-weight
    name (`weight and BMI`, `BMI and weight`); not `molecular weight`, `wet weight`, `weight of the spleen`."""
    if i + 1 < len(low) and (low[i + 1] in ("of", "-bearing", "bearing") or low[i + 1].startswith("-")):
        return False
    prev = low[i - 1] if i else ""
    if prev in P.WEIGHT_CHANGE_VERBS or prev in ("in", "of") and i > 1 and low[i - 2] in P.WEIGHT_CHANGE_NOUNS:
        return True
    named = {s for s, e, cid in cands if cid == "outcome:body_weight"} | {e for s, e, cid in cands
                                                                      if cid == "outcome:body_weight"}
    after = i + 1 + (i + 2 < len(low) and low[i + 1] == "and" and low[i + 2] == "/")
    return (after < len(low) - 1 and low[after] in P.LIST_JOINERS and after + 1 in named) \
        or (i > 1 and prev in P.LIST_JOINERS and (i - 1) in named)


# (helper BP, s21) what may stand between `lived`/`survived` and `longer`: an amount, several amounts of
# several arms (`lived 12 and 18 days longer ..., respectively`), `on average`, `about`
_LONGER_FILLERS = frozenset({"and", "or", "to", ",", "on", "average", "an", "of", "about", "approximately", "around",
                             "nearly", "almost", "up", "significantly", "day", "days", "week", "weeks", "month",
                             "months", "year", "years", "±", "%"})


def _same_sentence_before(low, i: int, n: int) -> list:
    """The up to `n` words before position `i` that stand in the same sentence (after the last full stop)."""
    win = low[max(0, i - n):i]
    return win[len(win) - win[::-1].index("."):] if "." in win else win


def _longer_follows(low, i: int) -> bool:
    """`longer` within four words after `lived`/`survived`, or farther when only amounts and their fillers
    stand between (`survived on average 12 and 18 days longer`)."""
    if "longer" in low[i + 1:i + 5]:
        return True
    for k in range(i + 1, min(len(low), i + 9)):
        if low[k] == "longer":
            return True
        if not (low[k] in _LONGER_FILLERS or re.match(r"^[\d.,±%-]+$", low[k])):
            return False
    return False


def _coordinated_sites(view: TokenStrings, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(helper DE, s23) A second site joined to a site route that opens with `into`: `injected into the
    gastrocnemius muscle and the lumbar spinal cord`, `into both the spinal cord and the muscle`. The second site
    is named by its head (the cord, a muscle, a brain part, a ventricle) and takes that site's concept; it needs no
    giving word of its own (the first site's had one)."""
    low, n, out = view.lowers, len(view.lowers), []
    firsts = [(s, e, cid) for s, e, cid in spans
              if cid.startswith("route:") and low[s] == "into" and e + 2 < n and low[e] in ("and", "or")]
    if not firsts:
        return out      # most documents: no site route followed by `and`/`or`
    covered = {i for s, e, _ in spans for i in range(s, e)}
    for s, e, cid in firsts:
        j = e + 1
        while j < n and low[j] in ("the", "both", "each", "into", "in"):
            j += 1
        k = j
        while k < n and k - j < 4 and low[k] in P.COORDINATED_SITE_MODIFIERS:
            k += 1
        if k >= n or any(i in covered for i in range(j, k + 1)):
            continue
        site = None
        if low[k] in ("spinal", "spinal-cord") and k + 1 < n and low[k + 1] == "cord":
            site, k = "route:intraspinal", k + 1
        elif low[k] == "cord" and k > j:
            site = "route:intraspinal"
        elif low[k] in ("muscle", "muscles") or low[k] in P.NAMED_MUSCLES - {"anterior", "longus", "extensor"}:
            site = "route:intramuscular"
            while k + 1 < n and (low[k + 1] in P.NAMED_MUSCLES or low[k + 1] in ("muscle", "muscles")):
                k += 1
        elif low[k] in ("ventricle", "ventricles"):
            site = "route:intracerebroventricular"
        elif low[k] in P.BRAIN_SITES - {"parenchyma"}:
            site = "route:intracerebral"
        if site and k + 1 < n and low[k + 1] in P.CLAUSE_VERBS_AFTER_SITE:
            continue   # `into the lateral ventricle and the spinal cord was removed`: a new clause
        if site and site != cid:
            out.append((j, k + 1, site))
    return out
