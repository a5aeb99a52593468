"""What a whole segment is about, read once per segment (`SegmentFlags`): who took part (eligibility,
baseline values, matching), the control arm alone, what predicts the disease course, another agent
named, a rule of the analysis, words for the cells, and clauses on what the disease model does.
"""
from __future__ import annotations

import re
from functools import cached_property

from pipeline.nlp import cues
from pipeline.nlp.relations.text import TokenOffsets
from pipeline.nlp.relations.features import Candidate
from pipeline.nlp.relations.pairing import DRUG_STEM, OTHER_AGENT_SENTENCE

# words by which a sentence naming no cell type still speaks of the cells given
# (or of the treatment's doses: `Each dose was delivered by lumbar puncture`, `two intrathecal injections`)
CELL_WORDS = re.compile(r"\bcells?\b|\bgrafts?\b|\btransplant|\bimplant|\bengraft|\bsecretome|\bexosom|\bvesicles\b"
                        r"|\bdoses?\b|\btreatments?\b|\btherap|\bproducts?\b|\binjections\b|\binfusions\b")

# a clause that says what the disease model (or the disease) does of itself, up to its clause's end
# (helper CM, s22) not a treated arm named by what it received: `Animals that received cells displayed better
# rotarod performance`, `mice that were treated exhibited longer survival` are results of the graft
MODEL_CLAUSE = re.compile(r"\b(?:model|models|mice|rats|animals)\b,? (?:which|that|who) "
                          r"(?!(?:\w+ )?(?:receiv|given|treated|transplant|graft|inject|infus|implant|engraft|underw)\w*\b)"
                          r"(?:\w+ ){0,2}?"
                          r"(?:recapitulat|develop|exhibit|display|mimic|reproduc|manifest|suffer)\w*[^,;.]*"
                          r"|\bin this model,? [^,;.]*")


class SegmentFlags:
    """What a segment is about, read once per segment (_segment_flags). Each flag is computed on first
    use only: a gate asks for one or two of them (`prognostic` only for resolved AFFECTS, `other_agent`
    and `names_cells` only for resolved routes), and computing all seven regexes per segment showed in
    profiles. The answers are the same whenever asked."""

    def __init__(self, text: str):
        self.text = text   # the segment, lower-cased
        self._found: dict[re.Pattern, bool] = {}

    def search(self, rx: re.Pattern) -> bool:
        """Whether `rx` finds something in the segment: the gates' sentence-wide patterns, asked once per
        segment and pattern (the candidates of a segment ask the same)."""
        found = self._found.get(rx)
        if found is None:
            found = self._found[rx] = rx.search(self.text) is not None
        return found

    @cached_property
    def enrolment(self) -> bool:        # who took part
        return _enrolment(self.text)

    @cached_property
    def control_arm(self) -> bool:      # the control arm alone
        return _control_arm_only(self.text)

    @cached_property
    def prognostic(self) -> bool:       # what predicts the disease course
        return PROGNOSTIC.search(self.text) is not None

    @cached_property
    def other_agent(self) -> bool:      # another agent named (or a drug by its name's stem: helper BC, s21)
        return OTHER_AGENT_SENTENCE.search(self.text) is not None or any(
            DRUG_STEM.search(w) for w in DRUG_WORD.findall(self.text))

    @cached_property
    def analysis_rule(self) -> bool:    # censoring or imputation: `patients were censored at tracheostomy`
        return ANALYSIS_RULE.search(self.text) is not None

    @cached_property
    def names_cells(self) -> bool:      # a word for the cells or their doses (CELL_WORDS), with or without a cell type
        return CELL_WORDS.search(self.text) is not None

    @cached_property
    def model_spans(self) -> tuple[tuple[int, int], ...]:   # characters of clauses on what the disease model does (MODEL_CLAUSE)
        if not any(w in self.text for w in ("model", "mice", "rats", "animals")):
            return ()   # (every MODEL_CLAUSE match names one of them; most segments name none)
        return tuple(m.span() for m in MODEL_CLAUSE.finditer(self.text))


ANALYSIS_RULE = re.compile(r"\b(?:censor|imput)")
DRUG_WORD = re.compile(r"\b[a-z][a-z-]{6,}\b")


def _segment_flags(c: Candidate, view: TokenOffsets, memo: dict[int, SegmentFlags]) -> SegmentFlags:
    flags = memo.get(c.seg.index)
    if flags is None:
        flags = memo[c.seg.index] = SegmentFlags(view.span_lower(c.seg.start, c.seg.end))
    return flags


# (helper GD, s29) `ALSFRS-R slope, FVC and survival were compared with Cox models adjusted for age and onset site`:
# the end points named before the analysis are what it compares; only the covariates after `adjusted for` are who
# the arms were (`were compared with controls matched for age and baseline ALSFRS-R` keeps its matched ALSFRS-R)
ANALYSED_THEN_ADJUSTED = re.compile(r"\b(?:were|was|will be) (?:compared|analy[sz]ed|modell?ed|assessed|estimated)\b"
                                    r"[^;]*?\b(?:adjusted for|adjusting for|stratified by)\b")


def _analysed_before_adjustment(c: Candidate, view: TokenOffsets) -> bool:
    """The object stands before an analysis verb whose adjustment clause made the segment read as enrolment."""
    low = view.span_lower(c.seg.start, c.seg.end)
    at = view.start[c.obj.start] - view.start[c.seg.start]
    m = ANALYSED_THEN_ADJUSTED.search(low, at)
    return m is not None and ENROLMENT.search(low[:m.start()]) is None


def _in_model_clause(c: Candidate, view: TokenOffsets, flags: SegmentFlags) -> bool:
    at = view.start[c.obj.start] - view.start[c.seg.start]
    # (helper BK, s21) cells named inside the clause are given in the model, not part of what it does: `In this
    # model, UC-MSCs prolonged survival` is a result
    sat = None if c.resolved else view.start[c.subj.start] - view.start[c.seg.start]
    return any(a <= at < b and not (sat is not None and a <= sat < b) for a, b in flags.model_spans)


# a sentence about who took part (eligibility, baseline values, strata) states no result: the gold holds
# no relation from one (values gone back to, or changed from, are a result: `returned to baseline values`)
# (not a caveat: `a placebo effect cannot be excluded`)
ENROLMENT = re.compile(r"^baseline(?![\w-])|\b(?:well[- ])?balanced (?:for|in|with respect to|regarding)\b|"
                       r"\b(?:at baseline|(?<!to )(?<!from )(?<!with )baseline (?:characteristics|values|demographics|features)|"
                       r"(?:mean|median) baseline|(?<!be )(?<!fully )(?<!completely )(?<!entirely )excluded|exclusion|"
                       r"inclusion criteria|eligible|eligibility|matched (?:for|by|on|according to)|adjusted for|"
                       r"stratified by|stratification|lead-in|run-in|at (?:screening|enrol?lment|inclusion)|"
                       r"(?:months?|weeks?|period|years?|rates?|slopes?) (?:preceding|prior to|before) (?:the )?(?:[\w-]+ ){0,2}?"
                       r"(?:treatment|transplantation|injection|infusion|enrol?lment)|"
                       # `Before treatment, his ALSFRS-R had declined ...`: the history that led to the treatment
                       r"^(?:before|prior to) (?:the )?(?:[\w-]+ ){0,2}?(?:treatment|transplantation|injection|infusion|"
                       r"therapy|administration|enrol?lment)|pre-?treatment period|"
                       # `disease activity or progression in the prior 2 years`: a history asked of who enrolled
                       r"(?:in|during|within) the (?:prior|preceding|previous) (?:\d+ |\w+ )?(?:months?|weeks?|years?))\b")
# a result stated beside a matching or adjustment clause
MATCHED_RESULT = re.compile(r"\b(?:slower|faster|longer|shorter|higher|lower|greater|smaller|improv\w*|declin\w*|"
                            r"reduc\w*|increas\w*|decreas\w*|prolong\w*|significant\w*|differ\w*|ratio|hr|benefit\w*)\b")
# ... unless the result is measured against that time: a change from baseline (`increased from 32 at
# baseline to 35`, `higher than at baseline`), a slope compared with the lead-in's
FROM_BASELINE = re.compile(r"\bfrom\b[^;]{0,40}\bat baseline\b|\b(?:than|relative to|compared (?:with|to))"
                           r"(?: (?:levels|values|that|those|the values))? at baseline\b")
# a value followed from one time to the next: a result, whatever word names the first time
# (not a range of values among patients: `ranged from 0.2 to 1.5 points per month`)
FROM_TO = re.compile(r"(?<!ranged )(?<!ranging )(?<!varied )(?<!varying )\bfrom [-−]?\d[^;]{0,60}?\bto [-−]?\d")
# a schedule of assessments from baseline on (`assessed at baseline and every 3 months`, `at baseline and at 4,
# 12 and 24 weeks`): what was measured, not who took part
# (helper AL, s20) with the times in words too (`at baseline, two, six and 12 months`)
SCHEDULE = re.compile(r"\bat baseline(?: \([^()]{1,30}\))?(?:,| and) (?:at |every |after |following |post-?|during |"
                      r"over |then |monthly|weekly|\d|"
                      r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)\b)")
TWO_TIMES = re.compile(r"\bat (?:baseline|inclusion|enrol?lment|screening) (?:and|to|vs\.?|versus) [-−]?\d[\d.]*\s*%?"
                       r"[^;]{0,25}?\b(?:at|after)\b")
AFTER_PERIOD = re.compile(r"\b(?:after|following|post-?)\s*(?:the )?(?:[\w-]+ ){0,2}?(?:treatment|transplantation|"
                          r"injections?|infusions?|administration|grafting|implantation)\b|\bthereafter\b")
SENSITIVITY = re.compile(r"\bsensitivity analys[ie]s\b|\bafter exclu")
BASELINE_CHANGE = re.compile(r"\bchang|\bto (?:month|week|day|year|the end|end|last|final|\d)|\bthrough\b|\buntil\b|"
                             r"\b(?:after|following|post-?)\s*(?:the )?(?:[\w-]+ ){0,2}?(?:treatment|transplantation|"
                             r"injections?|infusions?|administration|grafting|implantation)\b|-adjusted\b")
COMPARED = re.compile(r"\b(?:relative|compared|than|versus|vs)\b")


# (helper GD, s29) not a value relative to the predicted normal (`percent-predicted FVC`, `predicted vital capacity`)
PROGNOSTIC = re.compile(r"\b(?:(?<!of )(?<!% )(?<!%)(?<!percent )(?<!percent-)(?<!%-)"
                        r"predict(?:ed|s|or|ors|ive)?(?! (?:fvc|svc|forced|slow|vital|value|normal)\b)|prognostic|prognosis was|risk factors?|"
                        r"independent(?:ly)? (?:associated|predict\w*)|hazard of death increased|"
                        r"correlat(?:ed|es|ion|ions) (?:with|between)|"
                        # (helper AL, s20) not the treatment's own result and what came with it (`these effects were
                        # associated with reduced microgliosis`, `the protection was associated with ...`)
                        r"(?<!effects )(?<!effect )(?<!benefits )(?<!benefit )(?<!protection )(?<!improvement )"
                        r"(?<!improvements )(?:was|were|is|are) associated with|"
                        # the same said of no link: `serum BDNF was not associated with survival`
                        r"(?:was|were|is|are) not associated with|no (?:significant )?(?:association|correlation)s?|"
                        r"(?:did|does|do) not correlate|associations? between|"
                        # who fares worse by nature: `patients with bulbar onset had shorter survival`, `survival was
                        # shorter in older patients`
                        r"(?:patients|subjects|individuals|those) with (?:bulbar|spinal|limb|early|late|older|younger|"
                        r"a |an |higher |lower |faster |slower |rapid |more |less )[\w\s-]{0,30}?(?:had|have|showed|show)"
                        r" (?:a )?(?:shorter|longer|worse|better|poorer|faster|slower)|"
                        r"(?:shorter|longer|worse|better|poorer) in (?:older|younger|male|female|men|women)\b|"
                        # (helper BK, s21) `survival was shorter in patients with bulbar onset`
                        r"(?:shorter|longer|worse|better|poorer|faster|slower|steeper) (?:in|among|for) (?:the )?"
                        r"(?:patients|subjects|individuals|those|cases) with (?:bulbar|spinal|limb|early|late|older|younger|"
                        r"familial|sporadic|c9orf72|sod1|a |an |higher |lower |more |less )[\w\s-]{0,30}?"
                        r"(?:onset|age|disease|als|mutations?|expansions?|scores?|fvc|levels?|duration|involvement)\b)\b")


# a sentence about the control arm alone (`In the placebo group, ALSFRS-R declined by 1.2 points per
# month`, `Vehicle-treated mice lost weight`): what it reports is no result of the cells
_AGENTS = "|".join(sorted(cues.CONTROL_AGENTS))
# (every alternative starts at a word boundary, the sentence openings too: one `\b` before them all is tested
# once per position, not once per alternative; so in NATURAL_COURSE and features.OTHER_TREATMENT)
CONTROL_ARM = re.compile(rf"\b(?:(?:standard|usual|supportive|best supportive) care(?: alone)?\b|natural history (?:cohort|"
                         r"group|controls?|data)\b|historical cohort\b|(?:placebo|sham|saline|vehicle)[- ](?:recipients|"
                         r"response|surgery|operation)\b|(?:who|that) (?:were |had )?(?:received|given|treated with|injected with) "
                         rf"(?:the |only |a )?(?:{_AGENTS}|medium|culture medium|no (?:treatment|therapy|cells|transplant))\b|"
                         rf"(?:{_AGENTS}|historical control|control|non-?transplanted|non-?treated|non-?grafted|"
                         r"wild-?type|wt|age-matched|littermate)"
                         r"(?:-treated|-injected|-operated)?\s+(?:[\w-]+\s+){0,2}?(?:group|groups|arm|arms|mice|rats|"
                         r"animals|patients|subjects|cohort|participants|controls|littermates)\b"
                         r"|(?:vehicle|sham|saline|pbs)-(?:treated|injected|operated)\b"
                         # (helper BK, s21) the control agent as the subject: `Vehicle injections did not affect
                         # survival`, `Intrathecal saline did not change ALSFRS-R`, `Sham surgery caused deficits`
                         r"|^(?:the\s+)?(?:(?:intra[\w-]+|intravenous|subcutaneous|local|repeated)\s+)?"
                         r"(?:saline|vehicle|placebo|sham|pbs|mock)(?:\s+(?:injections?|infusions?|administration|"
                         r"treatment|surgery|operation|procedure|alone|itself))*\s+(?:did|does|do|had|has|have|was|were|"
                         r"caused|causes|produced|induced|showed|failed|resulted|led|affected|changed|altered)\b"
                         # (helper CF, s22) the medium-only arm of a culture experiment as the subject: `Control
                         # medium alone did not affect neuron survival`, `Unconditioned medium had no effect`
                         r"|^(?:the\s+)?(?:control|unconditioned|non-?conditioned|fresh|basal|plain|serum-free|standard|"
                         r"regular|normal)\s+(?:culture\s+|growth\s+)?(?:medium|media)(?:\s+(?:alone|only|itself|"
                         r"treatment|controls?))*\s+(?:did|does|do|had|has|have|was|were|caused|showed|failed|produced|"
                         r"affected|changed|altered|induced)\b"
                         r"|(?:mice|rats|animals|patients) (?:receiving|given|injected with|treated with) "
                         rf"(?:{_AGENTS}|medium|vehicle)\b|historical controls\b)")
TREATED_ARM = re.compile(r"\b(?:treated|treatment|active|transplanted|grafted|injected|infused|cells?|versus|vs|"
                         r"compared|than|whereas|while|both|(?:transplantation|transplant|observation|experimental|"
                         r"study|intervention|therapy) (?:group|arm|cohort)|differ\w*|similar to|relative to|"
                         r"from that|to that|same|as in|as did|as with|unlike|but not (?:in|for|with|among))\b")


# a word that every ENROLMENT match holds, tested first: most segments hold none, and the regex's many alternatives
# cost about 10 us a segment (keep it in step with ENROLMENT)
ENROLMENT_WORDS = ("baseline", "balanced", "exclu", "inclusion", "eligib", "matched", "adjusted for", "stratifi",
                   "lead-in", "run-in", "at screening", "at enrol", "preceding", "prior", "before", "treatment period",
                   "previous")


def _enrolment(seg_text: str) -> bool:
    if not any(w in seg_text for w in ENROLMENT_WORDS):
        return False
    m = ENROLMENT.search(seg_text)
    if m is None:
        return False
    if FROM_TO.search(seg_text) or TWO_TIMES.search(seg_text):
        return False   # `from 1.2 points/month before treatment to 0.6`, `78% at baseline and 71% at 12 months`
    if m.group(0) == "baseline":
        # (helper BK, s21) a segment opening on the baseline values (`Baseline ALSFRS-R and FVC did not differ
        # between groups`) describes who took part, unless it measures a change from them (`Baseline to
        # month 6 change in ALSFRS-R was smaller in the MSC group`)
        return BASELINE_CHANGE.search(seg_text) is None
    if m.group(0) == "at baseline":
        return FROM_BASELINE.search(seg_text) is None and SCHEDULE.search(seg_text) is None
    if m.group(0) in ("lead-in", "run-in") or m.group(0).startswith(("month", "week", "period", "year", "before",
                                                                        "prior", "pre", "rate", "slope", "in the", "during the",
                                                                        "within the")):
        # (`1.1 points/month before treatment and 0.45 after treatment`: the two periods compared)
        return COMPARED.search(seg_text) is None and AFTER_PERIOD.search(seg_text) is None
    if m.group(0).startswith(("matched", "adjusted")):
        # `patients were matched for age, sex and baseline ALSFRS-R`: how arms were made alike, unless the
        # sentence goes on to the result (`compared with controls matched for age, survival was longer`)
        return MATCHED_RESULT.search(seg_text) is None
    if m.group(0) in ("excluded", "exclusion") and SENSITIVITY.search(seg_text):
        return False   # `a sensitivity analysis excluding ... confirmed the benefit`: a result
    return True


# a sentence whose subject is the disease model itself, untreated (`SOD1G93A mice lost body weight from week
# 14`, `Transgenic rats developed paralysis by day 120`, `In SOD1 mice, motor function declined from week
# 12`): the model's own course, no result of the cells
# (not `SOD1 mice showed delayed onset` after a sentence on the graft: a word of benefit is a result)
MODEL_SUBJECT = re.compile(r"^(?:in\s+)?(?:(?:the|all|untreated|symptomatic|presymptomatic|transgenic|mutant|als)\s+)?"
                           r"(?:(?:hsod1|sod1|g93a|sod1g93a|sod1-g93a|sod1\(g93a\)|tdp-43|fus|wobbler|transgenic|mutant)"
                           r"[\w()-]*\s+)(?:[\w-]+\s+)?(?:mice|rats|animals)\b")
MODEL_BENEFIT = re.compile(r"\b(?:improv\w*|delay\w*|prolong\w*|extend\w*|attenuat\w*|preserv\w*|protect\w*|rescu\w*|"
                           r"better|longer|slower|slow\w*|faster|earlier|later|more|less|fewer|lower|higher|reduc\w*|increas\w*|"
                           r"decreas\w*|benefit\w*|significant\w*|"
                           r"treated|received|receiving|given)\b")


def _model_course(seg_text: str) -> bool:
    """The segment reports what the untreated disease model does of itself (MODEL_SUBJECT)."""
    m = MODEL_SUBJECT.search(seg_text)
    if m is None:
        return False
    rest = seg_text[m.end():]
    return not (TREATED_ARM.search(rest) or CELL_WORDS.search(rest) or MODEL_BENEFIT.search(rest))


# (helper BD, s21) the disease's own course with no treatment (`In untreated ALS, ALSFRS-R declines by one point
# a month`, `Without treatment, ...`, `the natural course of ALS`, `Historically, patients lose ...`): no result of the
# cells (`without treatment` opening the sentence only: `adverse events resolved without treatment` is a finding)
NATURAL_COURSE = re.compile(r"\b(?:untreated (?:als|mnd|disease|illness|course)\b|"
                            # (helper BK, s21) `disease onset in this strain occurs at about 100 days`
                            r"in (?:this|the|these|that|each) (?:(?:transgenic|mutant|mouse|rat) )?(?:strains?|lines?)\b|^without (?:any |such )?(?:treatment|"
                            r"therapy|intervention)\b(?!-)|natural (?:course|history|progression)\b|^historically\b|"
                            r"(?:general|overall|typical) (?:als )?population\b)")


def _control_arm_only(seg_text: str) -> bool:
    if _model_course(seg_text):
        return True
    m = NATURAL_COURSE.search(seg_text)
    if m is not None and TREATED_ARM.search(seg_text[:m.start()] + " " + seg_text[m.end():]) is None:
        return True
    m = CONTROL_ARM.search(seg_text)
    if m is None:
        return False
    rest = seg_text[:m.start()] + " " + seg_text[m.end():]
    if TREATED_ARM.search(rest) is None:
        return True
    # (helper BK, s21) two control arms compared with each other: `Sham-operated animals did not differ from
    # untreated mice in grip strength`
    arms = list(CONTROL_ARM.finditer(seg_text))
    if len(arms) < 2:
        return False
    rest = CONTROL_ARM.sub(" ", seg_text)
    return TREATED_ONLY.search(rest) is None


TREATED_ONLY = re.compile(r"\b(?:treated|treatment|active|transplanted|grafted|injected|infused|cells?|both|whereas|while|"
                          r"(?:transplantation|transplant|experimental|study|intervention|therapy) (?:group|arm|cohort))\b")
