"""Relation probe: invented sentences that state (or do not state) the SPEC section 3 relations in the many
ways the ALS cell-therapy literature words them, through the shipped pipeline. Prints, per item, what was
found, missed, wrong in an attribute, or extra, and the counts.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/relation_probe.py [--only missed,wrong,extra] [--group NAME]

Every text is our own. An item is a short text (one sentence, or neighbouring sentences when one refers
back) and the COMPLETE list of relations it states, as the scorer compares them (SPEC section 4: per
document, (predicate, subject concept, object concept), with effect / negated / hedged as attributes):
- `found`: the pipeline gives the relation with the expected attributes;
- `wrong`: it gives the relation, with another effect, negation or hedging (shown);
- `missed`: it does not give it;
- `extra`: it gives a relation the item does not list (a false positive by the scorer's rule).
An item with an empty list checks that nothing is extracted. Relations are read as the tables write them
(`relation_rows`), deduplicated by concept like the scorer.
"""
from __future__ import annotations

import argparse
from collections import Counter

from pipeline.nlp.relations import relation_rows

AV, SE, AF, FA = "ADMINISTERED_VIA", "SECRETES", "AFFECTS", "FACTOR_AFFECTS"
FAV, UNF, NUL, UNC = "favorable", "unfavorable", "null", "unclear"

# (predicate, subject concept, object concept, effect, flags): flags holds "neg" and/or "hedged"
Rel = tuple[str, str, str, str | None, str]
Item = tuple[str, list[Rel]]

# Each group is a list of items; groups are kept apart so that several people can add to them at once.
ADMINISTRATION: list[Item] = [
    ("Umbilical cord MSCs were injected intrathecally into ten patients with ALS.",
     [(AV, "cell:uc_msc", "route:intrathecal", None, "")]),
    # (helper EX, s28) routes as places, nominalisations, adverbs, doses between cells and route
    ("We injected bone marrow-derived MSCs into the cisterna magna of SOD1-G93A rats.",
     [(AV, "cell:bm_msc", "route:intracisternal", None, "")]),
    ("Human umbilical cord mesenchymal stem cells were infused into the tail vein of SOD1 mice at 90 days of age.",
     [(AV, "cell:uc_msc", "route:intravenous", None, "")]),
    ("Adipose-derived stem cells were transplanted into the lumbar spinal cord of presymptomatic mice.",
     [(AV, "cell:ad_msc", "route:intraspinal", None, "")]),
    ("Intrathecal administration of autologous bone marrow MSCs was well tolerated in twelve patients.",
     [(AV, "cell:bm_msc", "route:intrathecal", None, ""), (AF, "cell:bm_msc", "outcome:safety", FAV, "")]),
    ("Patients received Wharton's jelly MSCs by lumbar puncture every three months.",
     [(AV, "cell:wj_msc", "route:intrathecal", None, "")]),
    ("Bone marrow mononuclear cells, given intravenously, did not reach the spinal cord.",
     [(AV, "cell:bm_mnc", "route:intravenous", None, "")]),
    ("Neural stem cells were delivered intraspinally at eight cervical sites.",
     [(AV, "cell:nsc", "route:intraspinal", None, "")]),
    ("MSCs (1 x 10^6 cells in 100 ul PBS) were injected via the tail vein.",
     [(AV, "cell:msc", "route:intravenous", None, "")]),
    ("Intrathecally administered UC-MSCs migrated to the lumbar cord.",
     [(AV, "cell:uc_msc", "route:intrathecal", None, "")]),
    ("Patients received 1 x 10^6 cells/kg of umbilical cord MSCs, twice, four weeks apart, by intrathecal injection.",
     [(AV, "cell:uc_msc", "route:intrathecal", None, "")]),
    ("Mesenchymal stromal cells, 2 x 10^6 per kg, were infused intravenously over one hour.",
     [(AV, "cell:msc", "route:intravenous", None, "")]),
    ("Bone marrow MSCs were injected into the lateral ventricles of the mice.",
     [(AV, "cell:bm_msc", "route:intracerebroventricular", None, "")]),
    ("hMSCs were transplanted into the gastrocnemius muscle of SOD1 rats.",
     [(AV, "cell:msc", "route:intramuscular", None, "")]),
    ("Twenty patients underwent intraspinal transplantation of neural stem cells.",
     [(AV, "cell:nsc", "route:intraspinal", None, "")]),
    ("Intra-arterial delivery of bone marrow MSCs was performed through the carotid artery.",
     [(AV, "cell:bm_msc", "route:intraarterial", None, "")]),
    ("Neural progenitor cells were injected subcutaneously as a control for ectopic growth.",
     [(AV, "cell:nsc", "route:subcutaneous", None, "")]),
    ("Stereotactic injection of human neural stem cells into the motor cortex was performed.",
     [(AV, "cell:nsc", "route:intracerebral", None, "")]),
    ("hMSCs were injected i.v. into SOD1 mice.",
     [(AV, "cell:msc", "route:intravenous", None, "")]),
    ("The MSCs were delivered into the cerebrospinal fluid by lumbar puncture.",
     [(AV, "cell:msc", "route:intrathecal", None, "")]),
    # train gold: `systemic` administration is route:other
    ("Systemic administration of mesenchymal stem cells has been tested in several ALS models.",
     [(AV, "cell:msc", "route:other", None, "")]),
    ("Regulatory T cells were expanded ex vivo and infused intravenously into patients with ALS.",
     [(AV, "cell:treg", "route:intravenous", None, "")]),
    ("Exosomes from umbilical cord MSCs were injected intravenously into SOD1 mice.",
     [(AV, "cell:msc_ev", "route:intravenous", None, "")]),
    ("Intravenous infusion of human umbilical cord blood MSCs delayed symptom onset in SOD1 mice.",
     [(AV, "cell:uc_msc", "route:intravenous", None, ""), (AF, "cell:uc_msc", "outcome:disease_onset", FAV, "")]),
    # trial registration style, product names (MSC-NTF / NurOwn is named for the factors it secretes)
    ("A phase 2 trial of intrathecal MSC-NTF cells enrolled 48 participants with ALS.",
     [(AV, "cell:msc_ntf", "route:intrathecal", None, ""), (SE, "cell:msc_ntf", "factor:ntf", None, "")]),
    ("A randomized placebo-controlled trial of repeated intrathecal bone marrow MSC injections in ALS.",
     [(AV, "cell:bm_msc", "route:intrathecal", None, "")]),
    ("We administered NurOwn intrathecally to 36 participants.",
     [(AV, "cell:msc_ntf", "route:intrathecal", None, ""), (SE, "cell:msc_ntf", "factor:ntf", None, "")]),
    ("IT injection of MSC-NTF cells was repeated three times.",
     [(AV, "cell:msc_ntf", "route:intrathecal", None, ""), (SE, "cell:msc_ntf", "factor:ntf", None, "")]),
    ("Lenzumestrocel was injected intrathecally twice, 26 days apart.",
     [(AV, "cell:bm_msc", "route:intrathecal", None, "")]),
    # several routes, several cells
    ("MSC-NTF cells were administered intramuscularly and intrathecally to patients with early ALS.",
     [(AV, "cell:msc_ntf", "route:intramuscular", None, ""), (AV, "cell:msc_ntf", "route:intrathecal", None, ""),
      (SE, "cell:msc_ntf", "factor:ntf", None, "")]),
    ("UC-MSCs were given both intravenously and intrathecally.",
     [(AV, "cell:uc_msc", "route:intravenous", None, ""), (AV, "cell:uc_msc", "route:intrathecal", None, "")]),
    ("Each patient received two doses of autologous BM-MSCs (1 x 10^6 cells/kg) intrathecally and one dose intravenously.",
     [(AV, "cell:bm_msc", "route:intrathecal", None, ""), (AV, "cell:bm_msc", "route:intravenous", None, "")]),
    ("Human MSCs were injected into the hindlimb muscles and the spinal cord of SOD1 rats.",
     [(AV, "cell:msc", "route:intramuscular", None, ""), (AV, "cell:msc", "route:intraspinal", None, "")]),
    ("Bone marrow MSCs and neural progenitor cells were injected intracerebroventricularly in SOD1 mice.",
     [(AV, "cell:bm_msc", "route:intracerebroventricular", None, ""),
      (AV, "cell:nsc", "route:intracerebroventricular", None, "")]),
    ("Adipose-derived MSCs were administered via the tail vein and bone marrow MSCs via intrathecal injection.",
     [(AV, "cell:ad_msc", "route:intravenous", None, ""), (AV, "cell:bm_msc", "route:intrathecal", None, "")]),
    ("Intravenous BM-MNCs and intrathecal MSCs were compared in two arms.",
     [(AV, "cell:bm_mnc", "route:intravenous", None, ""), (AV, "cell:msc", "route:intrathecal", None, "")]),
    ("Intracerebroventricular injection of MSCs was compared with intrathecal injection.",
     [(AV, "cell:msc", "route:intracerebroventricular", None, ""), (AV, "cell:msc", "route:intrathecal", None, "")]),
    # a route that belongs to another drug or to no cells
    ("Patients continued riluzole orally and received UC-MSCs intrathecally.",
     [(AV, "cell:uc_msc", "route:intrathecal", None, "")]),
    ("Riluzole was given orally and edaravone intravenously to all participants.", []),
    ("Bone marrow MSCs were injected intravenously, whereas riluzole was given orally.",
     [(AV, "cell:bm_msc", "route:intravenous", None, "")]),
    ("In contrast to intravenous edaravone, UC-MSCs were injected intrathecally.",
     [(AV, "cell:uc_msc", "route:intrathecal", None, "")]),
    ("After intravenous injection of saline, the mice received intrathecal bone marrow MSCs.",
     [(AV, "cell:bm_msc", "route:intrathecal", None, "")]),
    ("Mice were anaesthetised by intraperitoneal ketamine before intraspinal injection of neural stem cells.",
     [(AV, "cell:nsc", "route:intraspinal", None, "")]),
    ("Patients receiving intravenous immunoglobulin were excluded from the UC-MSC trial.", []),
    ("Patients received intrathecal methotrexate; none had received MSCs.", []),
    # negation and hedging
    ("Umbilical cord MSCs were not administered intrathecally in this cohort.",
     [(AV, "cell:uc_msc", "route:intrathecal", None, "neg")]),
    ("The adipose MSCs were given intravenously rather than intrathecally.",
     [(AV, "cell:ad_msc", "route:intravenous", None, ""), (AV, "cell:ad_msc", "route:intrathecal", None, "neg")]),
    ("The adipose MSCs were not given intravenously but directly into the muscle.",
     [(AV, "cell:ad_msc", "route:intravenous", None, "neg"), (AV, "cell:ad_msc", "route:intramuscular", None, "")]),
    ("Placenta-derived MSCs could be delivered intranasally to reach the brainstem.",
     [(AV, "cell:pl_msc", "route:intranasal", None, "hedged")]),
    ("MSCs could potentially be delivered via the intranasal route.",
     [(AV, "cell:msc", "route:intranasal", None, "hedged")]),
    ("We hypothesize that intrathecal umbilical cord MSCs might benefit patients with ALS.",
     [(AV, "cell:uc_msc", "route:intrathecal", None, "hedged")]),
    # a modal after the pair does not hedge it (README; the train gold's `systemic administration of X has the
    # potential to be efficacious` is not hedged)
    ("Intranasal delivery of MSC-derived exosomes may offer a non-invasive route in ALS.",
     [(AV, "cell:msc_ev", "route:intranasal", None, "")]),
    ("The intrathecal group received 1 x 10^6 MSCs per kg.",
     [(AV, "cell:msc", "route:intrathecal", None, "")]),
    ("Mice received intravenous injections of either PBS or hUC-MSCs.",
     [(AV, "cell:uc_msc", "route:intravenous", None, "")]),
    ("hUC-MSCs were injected intracisternally into SOD1 rats.",
     [(AV, "cell:uc_msc", "route:intracisternal", None, "")]),
    ("Bone marrow MSCs were transplanted intrathecally via an implanted catheter.",
     [(AV, "cell:bm_msc", "route:intrathecal", None, "")]),
    ("After MSC injection into the tail vein, the mice were followed for 60 days.",
     [(AV, "cell:msc", "route:intravenous", None, "")]),
    ("MSC delivery routes in ALS trials have included intravenous, intrathecal and intramuscular injection.",
     [(AV, "cell:msc", "route:intravenous", None, ""), (AV, "cell:msc", "route:intrathecal", None, ""),
      (AV, "cell:msc", "route:intramuscular", None, "")]),
    ("Patients were randomized to intrathecal MSCs or to sham lumbar puncture.",
     [(AV, "cell:msc", "route:intrathecal", None, "")]),
    ("Adenoviral GDNF was injected intramuscularly into SOD1 mice.", []),
    # left failing: a denial by the recipients' group (`None of the patients`) is not read as negating the route;
    # `_denied_group` denies only groups of the cells (`None of the three MSC sources`), and `None of the patients who
    # received X` often denies something else (a relative clause): a rule would cost more than it gives
    ("None of the patients received MSCs intravenously.",
     [(AV, "cell:msc", "route:intravenous", None, "neg")]),
]

SECRETION: list[Item] = [
    ("Wharton's jelly MSCs secrete GDNF and BDNF in culture.",
     [(SE, "cell:wj_msc", "factor:GDNF", None, ""), (SE, "cell:wj_msc", "factor:BDNF", None, "")]),
    # (helper EX, s28) verbs of making, lists of factors
    ("Bone marrow MSCs released VEGF and HGF into the culture medium.",
     [(SE, "cell:bm_msc", "factor:VEGFA", None, ""), (SE, "cell:bm_msc", "factor:HGF", None, "")]),
    ("Umbilical cord MSCs produce large amounts of hepatocyte growth factor.",
     [(SE, "cell:uc_msc", "factor:HGF", None, "")]),
    ("Adipose-derived stem cells express BDNF, NGF and NT-3 at the mRNA level.",
     [(SE, "cell:ad_msc", "factor:BDNF", None, ""), (SE, "cell:ad_msc", "factor:NGF", None, ""),
      (SE, "cell:ad_msc", "factor:NTF3", None, "")]),
    ("MSCs secrete trophic factors, including BDNF, GDNF and VEGF.",
     [(SE, "cell:msc", "factor:ntf", None, ""), (SE, "cell:msc", "factor:BDNF", None, ""),
      (SE, "cell:msc", "factor:GDNF", None, ""), (SE, "cell:msc", "factor:VEGFA", None, "")]),
    ("Mesenchymal stem cells can produce neurotrophic factors such as BDNF and GDNF.",
     [(SE, "cell:msc", "factor:ntf", None, ""), (SE, "cell:msc", "factor:BDNF", None, ""),
      (SE, "cell:msc", "factor:GDNF", None, "")]),
    ("ELISA showed that MSC-NTF cells secreted GDNF, VEGF and HGF.",
     [(SE, "cell:msc_ntf", "factor:GDNF", None, ""), (SE, "cell:msc_ntf", "factor:VEGFA", None, ""),
      (SE, "cell:msc_ntf", "factor:HGF", None, ""), (SE, "cell:msc_ntf", "factor:ntf", None, "")]),
    ("MSCs are a rich source of neurotrophic factors.",
     [(SE, "cell:msc", "factor:ntf", None, "")]),
    ("Astrocytes release GDNF in response to injury.",
     [(SE, "cell:astrocyte", "factor:GDNF", None, "")]),
    ("MSCs primed with interferon-gamma secreted more HGF.",
     [(SE, "cell:msc", "factor:HGF", None, "")]),
    ("Wharton's jelly MSCs secreted more BDNF than bone marrow MSCs.",
     [(SE, "cell:wj_msc", "factor:BDNF", None, ""), (SE, "cell:bm_msc", "factor:BDNF", None, "")]),
    ("Umbilical cord MSCs, which produce GDNF and BDNF, were infused intravenously.",
     [(SE, "cell:uc_msc", "factor:GDNF", None, ""), (SE, "cell:uc_msc", "factor:BDNF", None, ""),
      (AV, "cell:uc_msc", "route:intravenous", None, "")]),
    # nominalisations and the factor named first
    ("Secretion of VEGF by adipose stem cells increased under hypoxia.",
     [(SE, "cell:ad_msc", "factor:VEGFA", None, "")]),
    ("Expression of BDNF in bone marrow MSCs was confirmed by western blot.",
     [(SE, "cell:bm_msc", "factor:BDNF", None, "")]),
    ("BDNF mRNA was detected in umbilical cord MSCs.",
     [(SE, "cell:uc_msc", "factor:BDNF", None, "")]),
    ("BDNF released by umbilical cord MSCs was measured in the culture medium.",
     [(SE, "cell:uc_msc", "factor:BDNF", None, "")]),
    ("GDNF produced by the grafted MSCs was found around motor neurons.",
     [(SE, "cell:msc", "factor:GDNF", None, "")]),
    ("MSC-derived GDNF was detected in the spinal cord of the treated mice.",
     [(SE, "cell:msc", "factor:GDNF", None, "")]),
    ("GDNF from transplanted adipose MSCs reached the motor neurons.",
     [(SE, "cell:ad_msc", "factor:GDNF", None, "")]),
    # engineered, induced, modified; cells named for what they secrete (README: SECRETES from the name)
    ("Bone marrow MSCs were engineered to secrete GDNF by lentiviral transduction.",
     [(SE, "cell:bm_msc", "factor:GDNF", None, "")]),
    ("MSCs overexpressing IGF-1 were transplanted into the muscles of SOD1 mice.",
     [(SE, "cell:msc", "factor:IGF1", None, ""), (AV, "cell:msc", "route:intramuscular", None, "")]),
    ("Neural progenitor cells modified to secrete GDNF were grafted into the lumbar spinal cord.",
     [(SE, "cell:nsc", "factor:GDNF", None, ""), (AV, "cell:nsc", "route:intraspinal", None, "")]),
    ("Bone marrow MSCs transduced with an adenovirus encoding HGF were injected intrathecally.",
     [(SE, "cell:bm_msc", "factor:HGF", None, ""), (AV, "cell:bm_msc", "route:intrathecal", None, "")]),
    ("MSCs genetically engineered to express both GDNF and VEGF were transplanted into SOD1 rats.",
     [(SE, "cell:msc", "factor:GDNF", None, ""), (SE, "cell:msc", "factor:VEGFA", None, "")]),
    ("GDNF-secreting human neural progenitor cells were transplanted into the spinal cord of SOD1 rats.",
     [(SE, "cell:nsc", "factor:GDNF", None, ""), (AV, "cell:nsc", "route:intraspinal", None, "")]),
    ("BDNF-overexpressing MSCs were injected into the striatum.",
     [(SE, "cell:msc", "factor:BDNF", None, ""), (AV, "cell:msc", "route:intracerebral", None, "")]),
    ("Human MSCs engineered to release GDNF (hMSC-GDNF) were transplanted intramuscularly.",
     [(SE, "cell:msc", "factor:GDNF", None, ""), (AV, "cell:msc", "route:intramuscular", None, "")]),
    ("Human iPSC-derived astrocytes secreting GDNF were transplanted into the spinal cord.",
     [(SE, "cell:astrocyte", "factor:GDNF", None, ""), (AV, "cell:astrocyte", "route:intraspinal", None, "")]),
    ("Neurotrophic factor-secreting MSCs were given intrathecally.",
     [(SE, "cell:msc_ntf", "factor:ntf", None, ""), (AV, "cell:msc_ntf", "route:intrathecal", None, "")]),
    # train gold: `bone marrow-derived MSCs, induced to secrete NTFs` is a SECRETES of both products
    ("MSC-NTF cells are bone marrow-derived MSCs, induced to secrete NTFs.",
     [(SE, "cell:msc_ntf", "factor:ntf", None, ""), (SE, "cell:bm_msc", "factor:ntf", None, "")]),
    # left failing: the ruler takes `MSCs induced to secrete neurotrophic factors` as one MSC-NTF mention and leaves
    # `bone marrow` out, so the source's SECRETES is lost (an entity-span question, not a relation rule)
    ("MSC-NTF cells are bone marrow MSCs induced to secrete neurotrophic factors.",
     [(SE, "cell:msc_ntf", "factor:ntf", None, ""), (SE, "cell:bm_msc", "factor:ntf", None, "")]),
    # cell products: what the medium, secretome or vesicles hold is theirs (train gold)
    ("Conditioned medium from umbilical cord MSCs contained high levels of BDNF and VEGF.",
     [(SE, "cell:msc_ev", "factor:BDNF", None, ""), (SE, "cell:msc_ev", "factor:VEGFA", None, "")]),
    ("The secretome of Wharton's jelly MSCs is rich in BDNF and GDNF.",
     [(SE, "cell:msc_ev", "factor:BDNF", None, ""), (SE, "cell:msc_ev", "factor:GDNF", None, "")]),
    ("Exosomes from adipose MSCs carried VEGF and HGF.",
     [(SE, "cell:msc_ev", "factor:VEGFA", None, ""), (SE, "cell:msc_ev", "factor:HGF", None, "")]),
    ("Culture supernatants of placental MSCs contained BDNF.",
     [(SE, "cell:pl_msc", "factor:BDNF", None, "")]),
    # factors given to the cells, acting on them, or measured in the body: no SECRETES
    ("MSCs were cultured in a medium containing bFGF and EGF.", []),
    ("MSCs were exposed to BDNF for 48 hours.", []),
    ("VEGF induced migration of adipose-derived MSCs.", []),
    ("MSCs expressed the BDNF receptor TrkB.", []),
    ("Levels of GDNF and BDNF in the muscle of SOD1 mice rose after exercise.", []),
    # train gold: a factor level in patients' CSF or blood after the cells is an outcome (biomarker), no SECRETES
    ("Serum BDNF levels were measured in patients before and after UC-MSC infusion.",
     [(AF, "cell:uc_msc", "outcome:biomarker", UNC, "")]),
    ("Treatment with UC-MSCs raised CSF levels of HGF in patients with ALS.",
     [(AF, "cell:uc_msc", "outcome:biomarker", FAV, "")]),
    ("Serum VEGF levels were higher in patients treated with MSC-NTF cells.",
     [(AF, "cell:msc_ntf", "outcome:biomarker", FAV, ""), (SE, "cell:msc_ntf", "factor:ntf", None, "")]),
    ("Plasma levels of HGF increased after intravenous UC-MSC infusion.",
     [(AF, "cell:uc_msc", "outcome:biomarker", FAV, ""), (AV, "cell:uc_msc", "route:intravenous", None, "")]),
    # negation and hedging
    ("Bone marrow MSCs did not secrete detectable NT-3.",
     [(SE, "cell:bm_msc", "factor:NTF3", None, "neg")]),
    ("Bone marrow MSCs do not produce CNTF.",
     [(SE, "cell:bm_msc", "factor:CNTF", None, "neg")]),
    ("GDNF was not detected in the medium of umbilical cord MSCs.",
     [(SE, "cell:uc_msc", "factor:GDNF", None, "neg")]),
    ("No BDNF release from bone marrow MSCs was observed.",
     [(SE, "cell:bm_msc", "factor:BDNF", None, "neg")]),
    ("Umbilical cord MSCs, but not fibroblasts, released BDNF.",
     [(SE, "cell:uc_msc", "factor:BDNF", None, ""), (SE, "cell:other", "factor:BDNF", None, "neg")]),
    ("Umbilical cord MSCs may release neurotrophic factors that support motor neurons.",
     [(SE, "cell:uc_msc", "factor:ntf", None, "hedged")]),
    ("The benefit of MSCs is thought to be mediated by secretion of BDNF.",
     [(SE, "cell:msc", "factor:BDNF", None, "hedged")]),
    ("MSCs are believed to release BDNF in the injured spinal cord.",
     [(SE, "cell:msc", "factor:BDNF", None, "hedged")]),
    ("We propose that umbilical cord MSCs secrete GDNF after homing to the spinal cord.",
     [(SE, "cell:uc_msc", "factor:GDNF", None, "hedged")]),
    ("MSCs might exert their effects through the secretion of VEGF.",
     [(SE, "cell:msc", "factor:VEGFA", None, "hedged")]),
    ("Umbilical cord MSCs failed to secrete NT-3.",
     [(SE, "cell:uc_msc", "factor:NTF3", None, "neg")]),
    ("NGF was undetectable in the supernatants of bone marrow MSCs.",
     [(SE, "cell:bm_msc", "factor:NGF", None, "neg")]),
    ("MSCs did not express NGF but expressed BDNF.",
     [(SE, "cell:msc", "factor:NGF", None, "neg"), (SE, "cell:msc", "factor:BDNF", None, "")]),
    ("Bone marrow MSCs did not secrete GDNF but BDNF.",
     [(SE, "cell:bm_msc", "factor:GDNF", None, "neg"), (SE, "cell:bm_msc", "factor:BDNF", None, "")]),
    ("VEGF levels were higher in MSC-conditioned medium than in control medium.",
     [(SE, "cell:msc_ev", "factor:VEGFA", None, "")]),
    ("BDNF expression was detected in 80% of the transplanted MSCs.",
     [(SE, "cell:msc", "factor:BDNF", None, "")]),
    ("HGF secretion was higher in umbilical cord MSCs than in bone marrow MSCs.",
     [(SE, "cell:uc_msc", "factor:HGF", None, ""), (SE, "cell:bm_msc", "factor:HGF", None, "")]),
    ("GDNF-expressing neural progenitor cells were grafted into the lumbar spinal cord.",
     [(SE, "cell:nsc", "factor:GDNF", None, ""), (AV, "cell:nsc", "route:intraspinal", None, "")]),
    ("NurOwn cells release GDNF, VEGF and HGF.",
     [(SE, "cell:msc_ntf", "factor:GDNF", None, ""), (SE, "cell:msc_ntf", "factor:VEGFA", None, ""),
      (SE, "cell:msc_ntf", "factor:HGF", None, ""), (SE, "cell:msc_ntf", "factor:ntf", None, "")]),
    # cells given together with a factor do not secrete it (README)
    ("Combined delivery of MSCs and VEGF was tested in SOD1 mice.", []),
]

# MSC-NTF (NurOwn) cells are named for the neurotrophic factors they are induced to secrete: the name attributes the
# factor to them (SPEC section 3), so every item naming them states SECRETES cell:msc_ntf -> factor:ntf as well.
CELL_OUTCOMES: list[Item] = [
    ("Intravenous bone marrow MSCs prolonged survival of SOD1-G93A mice.",
     [(AV, "cell:bm_msc", "route:intravenous", None, ""), (AF, "cell:bm_msc", "outcome:survival", FAV, "")]),
    # favorable, in the verbs and shapes results sentences use
    ("UC-MSC transplantation slowed the decline of the ALSFRS-R score over six months.",
     [(AF, "cell:uc_msc", "outcome:alsfrs_r", FAV, "")]),
    ("Treatment with bone marrow MSCs significantly improved motor performance on the rotarod.",
     [(AF, "cell:bm_msc", "outcome:motor_function", FAV, "")]),
    ("Adipose-derived MSCs delayed disease onset by nine days in SOD1 mice.",
     [(AF, "cell:ad_msc", "outcome:disease_onset", FAV, "")]),
    ("Wharton's jelly MSCs reduced microgliosis and astrogliosis in the lumbar spinal cord.",
     [(AF, "cell:wj_msc", "outcome:inflammation", FAV, "")]),
    ("MSC-NTF cells were safe and well tolerated in all participants.",
     [(AF, "cell:msc_ntf", "outcome:safety", FAV, ""),
      (SE, "cell:msc_ntf", "factor:ntf", None, "")]),
    ("No serious adverse events were related to the UC-MSC infusions.",
     [(AF, "cell:uc_msc", "outcome:safety", FAV, "")]),
    ("Human MSCs preserved spinal motor neurons in the transplanted mice.",
     [(AF, "cell:msc", "outcome:motor_neuron_survival", FAV, "")]),
    ("MSC-treated mice had more motor neurons in the lumbar cord than vehicle-treated mice.",
     [(AF, "cell:msc", "outcome:motor_neuron_survival", FAV, "")]),
    ("Umbilical cord MSCs increased the number of motor neurons in the ventral horn.",
     [(AF, "cell:uc_msc", "outcome:motor_neuron_survival", FAV, "")]),
    ("UC-MSCs attenuated weight loss in SOD1-G93A mice.",
     [(AF, "cell:uc_msc", "outcome:body_weight", FAV, "")]),
    ("MSC-derived exosomes lowered the levels of inflammatory cytokines in the spinal cord.",
     [(AF, "cell:msc_ev", "outcome:inflammation", FAV, "")]),
    ("MSC transplantation reduced oxidative stress in the spinal cord of ALS rats.",
     [(AF, "cell:msc", "outcome:oxidative_stress", FAV, "")]),
    ("MSC-conditioned medium increased the survival of cultured motor neurons.",
     [(AF, "cell:msc_ev", "outcome:motor_neuron_survival", FAV, "")]),
    ("Quality of life scores improved in patients who received Wharton's jelly MSCs.",
     [(AF, "cell:wj_msc", "outcome:quality_of_life", FAV, "")]),
    ("After UC-MSC therapy, CMAP amplitudes were preserved.",
     [(AF, "cell:uc_msc", "outcome:neuromuscular", FAV, "")]),
    ("Grip strength improved significantly after the second injection of umbilical cord MSCs.",
     [(AF, "cell:uc_msc", "outcome:muscle_strength", FAV, "")]),
    ("UC-MSCs were safe, with no treatment-related serious adverse events over 12 months.",
     [(AF, "cell:uc_msc", "outcome:safety", FAV, "")]),
    ("Bone marrow MSCs lowered serum neurofilament light chain levels in the treated patients.",
     [(AF, "cell:bm_msc", "outcome:biomarker", FAV, "")]),
    # outcome or treated group as subject
    ("Survival was prolonged by UC-MSCs (p < 0.01).",
     [(AF, "cell:uc_msc", "outcome:survival", FAV, "")]),
    ("Mice treated with bone marrow MSCs had a longer lifespan than saline-treated controls.",
     [(AF, "cell:bm_msc", "outcome:survival", FAV, "")]),
    ("The MSC group showed a slower decline in forced vital capacity than the placebo group.",
     [(AF, "cell:msc", "outcome:respiratory_function", FAV, "")]),
    ("Compared with placebo, NurOwn-treated participants showed a 25% slower ALSFRS-R decline.",
     [(AF, "cell:msc_ntf", "outcome:alsfrs_r", FAV, ""),
      (SE, "cell:msc_ntf", "factor:ntf", None, "")]),
    # several outcomes, several cell types, statistics in between
    ("UC-MSCs improved motor function, reduced neuroinflammation and prolonged survival.",
     [(AF, "cell:uc_msc", "outcome:motor_function", FAV, ""), (AF, "cell:uc_msc", "outcome:inflammation", FAV, ""),
      (AF, "cell:uc_msc", "outcome:survival", FAV, "")]),
    ("Transplanted neural stem cells delayed onset and slowed disease progression in SOD1 rats.",
     [(AF, "cell:nsc", "outcome:disease_onset", FAV, ""), (AF, "cell:nsc", "outcome:disease_progression", FAV, "")]),
    ("Bone marrow mononuclear cells and MSCs both extended survival of the transgenic mice.",
     [(AF, "cell:bm_mnc", "outcome:survival", FAV, ""), (AF, "cell:msc", "outcome:survival", FAV, "")]),
    ("Both UC-MSCs and adipose-derived MSCs reduced inflammatory cytokine levels.",
     [(AF, "cell:uc_msc", "outcome:inflammation", FAV, ""), (AF, "cell:ad_msc", "outcome:inflammation", FAV, "")]),
    ("Wharton's jelly MSCs increased mean survival by 12 days (145 +/- 6 vs 133 +/- 5 days, p < 0.05).",
     [(AF, "cell:wj_msc", "outcome:survival", FAV, "")]),
    ("ALSFRS-R decline was reduced by 30% (95% CI 12-48%) in the UC-MSC group.",
     [(AF, "cell:uc_msc", "outcome:alsfrs_r", FAV, "")]),
    # a comparison states the better arm's effect; the other arm's is not stated (left open, s28: the pipeline gives
    # BM-MNCs a favorable row too; the train gold has no such comparison to settle it)
    ("MSCs were better than BM-MNCs at preserving motor neurons.",
     [(AF, "cell:msc", "outcome:motor_neuron_survival", FAV, "")]),
    # a neighbouring sentence refers back
    ("Twelve patients received umbilical cord MSCs. The treatment was well tolerated and no serious adverse events "
     "occurred.",
     [(AF, "cell:uc_msc", "outcome:safety", FAV, "")]),
    ("Bone marrow MSCs were transplanted into SOD1 mice at 70 days of age. These cells delayed symptom onset and "
     "extended lifespan.",
     [(AF, "cell:bm_msc", "outcome:disease_onset", FAV, ""), (AF, "cell:bm_msc", "outcome:survival", FAV, "")]),
    # unfavorable
    ("Two patients given bone marrow MSCs had treatment-related adverse events, including fever and headache.",
     [(AF, "cell:bm_msc", "outcome:safety", UNF, "")]),
    ("Neural stem cell grafts accelerated disease progression in the female rats.",
     [(AF, "cell:nsc", "outcome:disease_progression", UNF, "")]),
    ("Mortality was higher in mice given hematopoietic stem cells than in controls.",
     [(AF, "cell:hsc", "outcome:survival", UNF, "")]),
    # cells named only as made from iPSCs are the iPSC product (cell:ipsc; `iPSC-derived NPCs` stay cell:nsc)
    ("Motor function worsened after transplantation of iPSC-derived cells.",
     [(AF, "cell:ipsc", "outcome:motor_function", UNF, "")]),
    # null: an outcome that did not change is null, not negated (SPEC section 3)
    ("UC-MSCs did not improve ALSFRS-R scores compared with placebo.",
     [(AF, "cell:uc_msc", "outcome:alsfrs_r", NUL, "")]),
    ("There was no significant difference in survival between the MSC and placebo groups.",
     [(AF, "cell:msc", "outcome:survival", NUL, "")]),
    ("Forced vital capacity was comparable in the NurOwn and placebo arms.",
     [(AF, "cell:msc_ntf", "outcome:respiratory_function", NUL, ""),
      (SE, "cell:msc_ntf", "factor:ntf", None, "")]),
    # left open (s28): BM-MNCs are no stem-cell therapy by name and this one sentence never says they were given
    # (focus.gives_cells): no AFFECTS candidate; an abstract would say so elsewhere
    ("Bone marrow mononuclear cells had no effect on disease onset.",
     [(AF, "cell:bm_mnc", "outcome:disease_onset", NUL, "")]),
    ("Adipose-derived MSCs failed to prolong survival of the SOD1 mice.",
     [(AF, "cell:ad_msc", "outcome:survival", NUL, "")]),
    ("Muscle strength did not change significantly after neural stem cell transplantation.",
     [(AF, "cell:nsc", "outcome:muscle_strength", NUL, "")]),
    ("Treatment with MSCs did not slow disease progression (p = 0.41).",
     [(AF, "cell:msc", "outcome:disease_progression", NUL, "")]),
    ("Astrogliosis was not reduced by Wharton's jelly MSCs.",
     [(AF, "cell:wj_msc", "outcome:inflammation", NUL, "")]),
    ("Neither BM-MNCs nor neural stem cells improved survival.",
     [(AF, "cell:bm_mnc", "outcome:survival", NUL, ""), (AF, "cell:nsc", "outcome:survival", NUL, "")]),
    ("UC-MSCs left the number of lumbar motor neurons unchanged.",
     [(AF, "cell:uc_msc", "outcome:motor_neuron_survival", NUL, "")]),
    # unclear: measured with no result stated, or mixed
    ("ALSFRS-R and FVC were assessed monthly after UC-MSC transplantation.",
     [(AF, "cell:uc_msc", "outcome:alsfrs_r", UNC, ""), (AF, "cell:uc_msc", "outcome:respiratory_function", UNC, "")]),
    ("We evaluated the effect of bone marrow MSCs on survival and motor function in SOD1 mice.",
     [(AF, "cell:bm_msc", "outcome:survival", UNC, ""), (AF, "cell:bm_msc", "outcome:motor_function", UNC, "")]),
    ("The primary end point was the change in ALSFRS-R score from baseline to week 24 after MSC-NTF treatment.",
     [(AF, "cell:msc_ntf", "outcome:alsfrs_r", UNC, ""),
      (SE, "cell:msc_ntf", "factor:ntf", None, "")]),
    ("Safety and efficacy of umbilical cord MSCs in patients with ALS",
     [(AF, "cell:uc_msc", "outcome:safety", UNC, "")]),
    # left open (s28): favorable; the opposite result sits in the contrast clause (`but worsened it`); how the gold
    # treats results that differ by subgroup is not settled by the train split
    ("MSCs improved grip strength in males but worsened it in females.",
     [(AF, "cell:msc", "outcome:muscle_strength", UNC, "")]),
    ("ALSFRS-R responses to MSC therapy were mixed: some patients improved and others declined faster.",
     [(AF, "cell:msc", "outcome:alsfrs_r", UNC, "")]),
    # hedged: the hedge covers the relation
    ("UC-MSCs may slow the progression of ALS.",
     [(AF, "cell:uc_msc", "outcome:disease_progression", FAV, "hedged")]),
    ("MSC-derived exosomes might reduce neuroinflammation in ALS.",
     [(AF, "cell:msc_ev", "outcome:inflammation", FAV, "hedged")]),
    ("We hypothesize that Wharton's jelly MSCs prolong survival in ALS mice.",
     [(AF, "cell:wj_msc", "outcome:survival", FAV, "hedged")]),
    ("Bone marrow MSCs are thought to protect motor neurons through paracrine effects.",
     [(AF, "cell:bm_msc", "outcome:motor_neuron_survival", FAV, "hedged")]),
    ("Neural stem cells could potentially improve respiratory function in ALS patients.",
     [(AF, "cell:nsc", "outcome:respiratory_function", FAV, "hedged")]),
    ("Repeated MSC injections could cause serious adverse events such as tumour formation.",
     [(AF, "cell:msc", "outcome:safety", UNF, "hedged")]),
    # hedged: the hedge is in another clause and does not cover the relation
    ("MSC-NTF cells slowed ALSFRS-R decline in the first three months; whether the benefit lasts may depend on "
     "repeated dosing.",
     [(AF, "cell:msc_ntf", "outcome:alsfrs_r", FAV, ""),
      (SE, "cell:msc_ntf", "factor:ntf", None, "")]),
    ("Although the mechanism might involve paracrine signalling, UC-MSCs clearly reduced microglial activation.",
     [(AF, "cell:uc_msc", "outcome:inflammation", FAV, "")]),
    ("In the MSC arm, ALSFRS-R declined more slowly (-0.5 vs -1.2 points per month; p = 0.02).",
     [(AF, "cell:msc", "outcome:alsfrs_r", FAV, "")]),
    ("Bone marrow MSCs reduced the loss of motor neurons but did not prolong survival.",
     [(AF, "cell:bm_msc", "outcome:motor_neuron_survival", FAV, ""), (AF, "cell:bm_msc", "outcome:survival", NUL, "")]),
    ("Treatment-related adverse events were more frequent in the MSC group than in the placebo group.",
     [(AF, "cell:msc", "outcome:safety", UNF, "")]),
    ("Transplantation of neural progenitor cells did not increase the number of motor neurons.",
     [(AF, "cell:nsc", "outcome:motor_neuron_survival", NUL, "")]),
    ("UC-MSCs were not associated with any serious adverse events.",
     [(AF, "cell:uc_msc", "outcome:safety", FAV, "")]),
    # safety and tolerability as trials and case series word them (s28, helper FD). SPEC section 3: safe or well
    # tolerated is favorable, treatment-related adverse events unfavorable; the train gold gives `seems to be safe` and
    # `suggest that X is safe` unhedged, `may potentially cause adverse outcomes` hedged; adverse-event symptoms
    # (headache, back pain, fever) are no end point (README, ruler), so a sentence naming only them states no AFFECTS
    ("Ten patients received intrathecal Wharton's jelly MSCs. No serious adverse events were attributed to the cells.",
     [(AV, "cell:wj_msc", "route:intrathecal", None, ""), (AF, "cell:wj_msc", "outcome:safety", FAV, "")]),
    ("Autologous bone marrow MSCs were injected intrathecally in eight patients. The procedure was well tolerated.",
     [(AV, "cell:bm_msc", "route:intrathecal", None, ""), (AF, "cell:bm_msc", "outcome:safety", FAV, "")]),
    ("The safety profile of UC-MSCs was acceptable.",
     [(AF, "cell:uc_msc", "outcome:safety", FAV, "")]),
    ("Intrathecal injection of Wharton's jelly MSCs was safe and feasible in ALS patients.",
     [(AV, "cell:wj_msc", "route:intrathecal", None, ""), (AF, "cell:wj_msc", "outcome:safety", FAV, "")]),
    ("No tumour formation was observed after NSC transplantation.",
     [(AF, "cell:nsc", "outcome:safety", FAV, "")]),
    ("Repeated intrathecal injections of bone marrow MSCs were well tolerated.",
     [(AV, "cell:bm_msc", "route:intrathecal", None, ""), (AF, "cell:bm_msc", "outcome:safety", FAV, "")]),
    # the route's procedure tolerated is the cells' giving tolerated
    ("Patients received UC-MSCs by lumbar puncture every month. Lumbar puncture was well tolerated.",
     [(AV, "cell:uc_msc", "route:intrathecal", None, ""), (AF, "cell:uc_msc", "outcome:safety", FAV, "")]),
    ("No deaths or serious adverse events related to the Wharton's jelly MSCs were reported.",
     [(AF, "cell:wj_msc", "outcome:safety", FAV, "")]),
    ("UC-MSC therapy caused no treatment-related adverse events in any of the 20 patients.",
     [(AF, "cell:uc_msc", "outcome:safety", FAV, "")]),
    ("Tolerability of repeated intramuscular and intrathecal MSC-NTF injections was good.",
     [(AV, "cell:msc_ntf", "route:intramuscular", None, ""), (AV, "cell:msc_ntf", "route:intrathecal", None, ""),
      (AF, "cell:msc_ntf", "outcome:safety", FAV, ""), (SE, "cell:msc_ntf", "factor:ntf", None, "")]),
    ("Bone marrow MSCs were safe at doses up to 2 million cells per kilogram.",
     [(AF, "cell:bm_msc", "outcome:safety", FAV, "")]),
    ("Dose-limiting toxicity was not observed with UC-MSCs at any dose level.",
     [(AF, "cell:uc_msc", "outcome:safety", FAV, "")]),
    ("There were no safety concerns with repeated UC-MSC injections over 18 months.",
     [(AF, "cell:uc_msc", "outcome:safety", FAV, "")]),
    ("UC-MSC transplantation did not cause any serious complications.",
     [(AF, "cell:uc_msc", "outcome:safety", FAV, "")]),
    ("Adverse events were mild and transient in the MSC group.",
     [(AF, "cell:msc", "outcome:safety", FAV, "")]),
    ("Infusion of autologous bone marrow MSCs was not associated with clinically significant toxicity.",
     [(AF, "cell:bm_msc", "outcome:safety", FAV, "")]),
    ("Side effects of intrathecal BM-MNC injection were limited to mild back pain.",
     [(AV, "cell:bm_mnc", "route:intrathecal", None, ""), (AF, "cell:bm_mnc", "outcome:safety", FAV, "")]),
    ("Patients received intramuscular bone marrow MSCs. The cells were well tolerated by all patients, with only mild, "
     "transient reactions at the injection site.",
     [(AV, "cell:bm_msc", "route:intramuscular", None, ""), (AF, "cell:bm_msc", "outcome:safety", FAV, "")]),
    ("Eight patients were treated with Wharton's jelly MSCs via lumbar puncture. No adverse events were reported during "
     "the 6-month follow-up.",
     [(AV, "cell:wj_msc", "route:intrathecal", None, ""), (AF, "cell:wj_msc", "outcome:safety", FAV, "")]),
    # deaths put off the cells are a safe result (README: `deaths unrelated to ...` are outcome:safety); a cause of
    # death is no end point, and `died` is a verb, so the second text states only the route
    ("Two deaths unrelated to the NSC grafts occurred during follow-up.",
     [(AF, "cell:nsc", "outcome:safety", FAV, "")]),
    ("Twelve patients received UC-MSCs intrathecally. One patient died of respiratory failure unrelated to the "
     "treatment.",
     [(AV, "cell:uc_msc", "route:intrathecal", None, "")]),
    # conclusions: `appears`, `seems`, `suggest that` state the verdict (the gold gives them unhedged); `may` hedges
    ("Overall, intravenous UC-MSC infusion appears to be safe in patients with ALS.",
     [(AV, "cell:uc_msc", "route:intravenous", None, ""), (AF, "cell:uc_msc", "outcome:safety", FAV, "")]),
    ("Autologous MSC transplantation seems safe, but its efficacy remains to be established.",
     [(AF, "cell:msc", "outcome:safety", FAV, "")]),
    ("These findings suggest that intrathecal NSC transplantation is safe.",
     [(AV, "cell:nsc", "route:intrathecal", None, ""), (AF, "cell:nsc", "outcome:safety", FAV, "")]),
    ("MSC-NTF cells may be safe for repeated administration.",
     [(AF, "cell:msc_ntf", "outcome:safety", FAV, "hedged"), (SE, "cell:msc_ntf", "factor:ntf", None, "")]),
    # harms that happened after the cells, or put on them
    ("Headache and back pain were the most common adverse events after UC-MSC injection.",
     [(AF, "cell:uc_msc", "outcome:safety", UNF, "")]),
    ("Serious adverse events related to the MSC-NTF cells were more common at the highest dose.",
     [(AF, "cell:msc_ntf", "outcome:safety", UNF, ""), (SE, "cell:msc_ntf", "factor:ntf", None, "")]),
    # left open (s28, FD): missed; the mention is `MNCs` alone (ruler `_tissue_before_cells` lists no `bone marrow`),
    # so `received` is not right before the cells (focus.gives_cells) and no AFFECTS candidate is made; adding the
    # tissue changes the spans of every bone-marrow native cell (macrophages, dendritic cells): a row check of its own
    ("Treatment-related adverse events occurred in two of the twelve patients who received bone marrow MNCs.",
     [(AF, "cell:bm_mnc", "outcome:safety", UNF, "")]),
    # no change (SPEC: an outcome that did not change is null), and safety measured or asked with no result
    ("The incidence of adverse events did not differ between the NurOwn and placebo arms.",
     [(AF, "cell:msc_ntf", "outcome:safety", NUL, ""), (SE, "cell:msc_ntf", "factor:ntf", None, "")]),
    ("Repeated infusions of UC-MSCs did not increase the rate of adverse events.",
     [(AF, "cell:uc_msc", "outcome:safety", NUL, "")]),
    ("Adverse events were recorded for 12 months after the UC-MSC infusions.",
     [(AF, "cell:uc_msc", "outcome:safety", UNC, "")]),
    ("The primary end point was safety, assessed by the incidence of adverse events after UC-MSC transplantation.",
     [(AF, "cell:uc_msc", "outcome:safety", UNC, "")]),
    ("To evaluate the safety of intraspinal NSC grafts in patients with ALS.",
     [(AV, "cell:nsc", "route:intraspinal", None, ""), (AF, "cell:nsc", "outcome:safety", UNC, "")]),
    ("The long-term safety of MSC transplantation in ALS is unknown.",
     [(AF, "cell:msc", "outcome:safety", UNC, "")]),
    ("The long-term safety of transplanted iPSC-derived cells remains to be established.",
     [(AF, "cell:ipsc", "outcome:safety", UNC, "")]),
    # symptoms only: no end point named
    ("Transient fever occurred in three of ten patients after MSC infusion.", []),
    ("Intrathecal MSC administration was associated with transient post-procedural headache in most patients.",
     [(AV, "cell:msc", "route:intrathecal", None, "")]),
    # background about the disease, and another drug's outcomes: no relation
    ("ALS is a fatal disease in which motor neuron loss leads to paralysis and death within three to five years.",
     []),
    ("Riluzole prolongs survival by only a few months in ALS patients.", []),
    ("Edaravone slowed ALSFRS-R decline in a subgroup of patients, and MSCs are now being tested in ALS.", []),
    ("In SOD1-G93A mice, microgliosis and astrogliosis increase as the disease progresses.", []),
]

FACTOR_OUTCOMES: list[Item] = [
    ("GDNF delivered to the muscle preserved neuromuscular junction innervation in the rats.",
     [(FA, "factor:GDNF", "outcome:neuromuscular", FAV, "")]),
    # favorable
    ("GDNF protects motor neurons from degeneration in SOD1 mice.",
     [(FA, "factor:GDNF", "outcome:motor_neuron_survival", FAV, "")]),
    ("BDNF promotes the survival of cultured motor neurons.",
     [(FA, "factor:BDNF", "outcome:motor_neuron_survival", FAV, "")]),
    ("VEGF delays disease onset and prolongs survival in ALS rats.",
     [(FA, "factor:VEGFA", "outcome:disease_onset", FAV, ""), (FA, "factor:VEGFA", "outcome:survival", FAV, "")]),
    ("IGF-1 improved grip strength in the treated mice.",
     [(FA, "factor:IGF1", "outcome:muscle_strength", FAV, "")]),
    ("HGF reduced astrogliosis and microglial activation in the spinal cord.",
     [(FA, "factor:HGF", "outcome:inflammation", FAV, "")]),
    ("IGF-1 was safe and well tolerated in patients with ALS.",
     [(FA, "factor:IGF1", "outcome:safety", FAV, "")]),
    ("HGF gene therapy attenuated weight loss and improved rotarod performance.",
     [(FA, "factor:HGF", "outcome:body_weight", FAV, ""), (FA, "factor:HGF", "outcome:motor_function", FAV, "")]),
    ("GDNF and BDNF together preserved motor neurons and delayed onset.",
     [(FA, "factor:GDNF", "outcome:motor_neuron_survival", FAV, ""),
      (FA, "factor:GDNF", "outcome:disease_onset", FAV, ""),
      (FA, "factor:BDNF", "outcome:motor_neuron_survival", FAV, ""),
      (FA, "factor:BDNF", "outcome:disease_onset", FAV, "")]),
    ("Neurotrophic factors promote the survival of neurons.",
     [(FA, "factor:ntf", "outcome:other", FAV, "")]),
    ("The neuroprotective effect of GDNF on motor neurons was confirmed in vitro.",
     [(FA, "factor:GDNF", "outcome:motor_neuron_survival", FAV, "")]),
    # outcome or treated group as subject, statistics in between
    ("VEGF-treated rats had better motor performance than vehicle-treated rats.",
     [(FA, "factor:VEGFA", "outcome:motor_function", FAV, "")]),
    ("Survival was extended by 20 days with IGF-1 delivery.",
     [(FA, "factor:IGF1", "outcome:survival", FAV, "")]),
    ("Motor neuron loss was reduced in mice receiving GDNF.",
     [(FA, "factor:GDNF", "outcome:motor_neuron_survival", FAV, "")]),
    ("Inflammation was reduced by VEGF treatment (p < 0.01).",
     [(FA, "factor:VEGFA", "outcome:inflammation", FAV, "")]),
    # unfavorable
    ("CNTF caused dose-limiting adverse events such as anorexia and cough.",
     [(FA, "factor:CNTF", "outcome:safety", UNF, "")]),
    ("Unexpectedly, high-dose CNTF accelerated weight loss.",
     [(FA, "factor:CNTF", "outcome:body_weight", UNF, "")]),
    ("VEGF overexpression increased mortality in the wild-type mice.",
     [(FA, "factor:VEGFA", "outcome:survival", UNF, "")]),
    # null
    ("Recombinant CNTF did not slow the decline of muscle strength in ALS patients.",
     [(FA, "factor:CNTF", "outcome:muscle_strength", NUL, "")]),
    ("Subcutaneous BDNF had no effect on survival in the phase III trial.",
     [(FA, "factor:BDNF", "outcome:survival", NUL, "")]),
    ("Intrathecal BDNF was safe but failed to improve survival.",
     [(FA, "factor:BDNF", "outcome:safety", FAV, ""), (FA, "factor:BDNF", "outcome:survival", NUL, "")]),
    ("Neurotrophin treatment has not prolonged survival in ALS trials so far.",
     [(FA, "factor:ntf", "outcome:survival", NUL, "")]),
    ("IGF-1 did not change the number of surviving motor neurons.",
     [(FA, "factor:IGF1", "outcome:motor_neuron_survival", NUL, "")]),
    ("Unlike riluzole, which prolonged survival, GDNF failed to slow disease progression.",
     [(FA, "factor:GDNF", "outcome:disease_progression", NUL, "")]),
    # unclear: measured, no result stated
    ("The effect of BDNF on respiratory function was assessed with FVC every month.",
     [(FA, "factor:BDNF", "outcome:respiratory_function", UNC, "")]),
    ("FGF-2 and LIF were tested for their effect on motor neuron survival in vitro.",
     [(FA, "factor:FGF2", "outcome:motor_neuron_survival", UNC, ""),
      (FA, "factor:LIF", "outcome:motor_neuron_survival", UNC, "")]),
    # hedged, and a hedge that covers only its own clause
    ("GDNF may prevent the loss of neuromuscular junctions in ALS.",
     [(FA, "factor:GDNF", "outcome:neuromuscular", FAV, "hedged")]),
    ("VEGF could potentially slow motor neuron degeneration.",
     [(FA, "factor:VEGFA", "outcome:motor_neuron_survival", FAV, "hedged")]),
    ("BDNF is thought to support motor neuron survival.",
     [(FA, "factor:BDNF", "outcome:motor_neuron_survival", FAV, "hedged")]),
    ("We hypothesize that HGF delays disease progression in ALS mice.",
     [(FA, "factor:HGF", "outcome:disease_progression", FAV, "hedged")]),
    ("Exogenous BDNF might prolong survival, but in the first trial it increased weight loss.",
     [(FA, "factor:BDNF", "outcome:survival", FAV, "hedged"), (FA, "factor:BDNF", "outcome:body_weight", UNF, "")]),
    # factors as mediators, and blocking or knock-down experiments: the factor's own effect is stated
    ("The benefit of MSCs on survival was mediated by HGF.",
     [(AF, "cell:msc", "outcome:survival", FAV, ""), (FA, "factor:HGF", "outcome:survival", FAV, "")]),
    ("Blocking VEGF with a neutralizing antibody abolished the protective effect of MSCs on motor neurons.",
     [(AF, "cell:msc", "outcome:motor_neuron_survival", FAV, ""),
      (FA, "factor:VEGFA", "outcome:motor_neuron_survival", FAV, "")]),
    # left open (s28): the pipeline also gives SECRETES msc_ev -> BDNF; the knock-down implies, but does not state,
    # that the medium holds BDNF (convention unclear)
    ("Knock-down of BDNF abolished the neuroprotective effect of MSC-conditioned medium on motor neurons.",
     [(AF, "cell:msc_ev", "outcome:motor_neuron_survival", FAV, ""),
      (FA, "factor:BDNF", "outcome:motor_neuron_survival", FAV, "")]),
    # a correlation states no change: not FACTOR_AFFECTS (SPEC: "the factor changes the outcome"; the train gold
    # annotates no relation on its correlation sentences)
    ("CSF VEGF levels correlated with a slower ALSFRS-R decline.", []),
    ("Serum BDNF levels predicted survival in patients with ALS.", []),
    ("GDNF failed to protect motor neurons in the SOD1 rats.",
     [(FA, "factor:GDNF", "outcome:motor_neuron_survival", NUL, "")]),
    ("IGF-1 may slow disease progression, and it clearly improved grip strength in our mice.",
     [(FA, "factor:IGF1", "outcome:disease_progression", FAV, "hedged"),
      (FA, "factor:IGF1", "outcome:muscle_strength", FAV, "")]),
    ("CSF VEGF levels were measured before and after treatment.", []),
    # background about a factor: no outcome changed
    ("BDNF binds the TrkB receptor on motor neurons.", []),
    ("GDNF is a member of the GDNF family of ligands.", []),
]

REFERENCE: list[Item] = [
    ("Adipose-derived MSCs were expanded for three weeks. The cells were then given intravenously.",
     [(AV, "cell:ad_msc", "route:intravenous", None, "")]),
    # (helper EX, s28) `the cells`, `these cells`, `they`, `this treatment`, `the grafts` one or two sentences back
    ("Bone marrow MSCs were isolated from the iliac crest of each patient. After expansion, the cells were injected "
     "intrathecally.",
     [(AV, "cell:bm_msc", "route:intrathecal", None, "")]),
    ("Umbilical cord MSCs were expanded in serum-free medium. These cells secreted high levels of HGF.",
     [(SE, "cell:uc_msc", "factor:HGF", None, "")]),
    ("Bone marrow MSCs were obtained from each participant. They were transplanted intramuscularly four weeks later.",
     [(AV, "cell:bm_msc", "route:intramuscular", None, "")]),
    ("Neural stem cells were derived from fetal spinal cord tissue. The grafts were placed into the lumbar spinal cord.",
     [(AV, "cell:nsc", "route:intraspinal", None, "")]),
    ("Placental MSCs were labelled with a fluorescent dye. Two weeks later, these cells were injected into the "
     "cisterna magna.",
     [(AV, "cell:pl_msc", "route:intracisternal", None, "")]),
    ("Patients were treated with autologous bone marrow MSCs. This treatment was given intrathecally every three months.",
     [(AV, "cell:bm_msc", "route:intrathecal", None, "")]),
    ("Bone marrow MSCs were harvested from each patient. This cell therapy was given by lumbar puncture.",
     [(AV, "cell:bm_msc", "route:intrathecal", None, "")]),
    ("Bone marrow MSCs were given to twelve patients. In this study, treatment was given intrathecally.",
     [(AV, "cell:bm_msc", "route:intrathecal", None, "")]),
    ("Human umbilical cord MSCs were labelled with superparamagnetic iron oxide. The labelled cells were delivered into "
     "the tail vein.",
     [(AV, "cell:uc_msc", "route:intravenous", None, "")]),
    ("Bone marrow MSCs were transduced with a GDNF lentivirus. The transduced cells were injected into the gastrocnemius.",
     [(SE, "cell:bm_msc", "factor:GDNF", None, ""), (AV, "cell:bm_msc", "route:intramuscular", None, "")]),
    ("Mesenchymal stem cells were isolated from bone marrow aspirates. After three passages, the cells were given "
     "intravenously.",
     [(AV, "cell:bm_msc", "route:intravenous", None, "")]),
    ("We isolated MSCs from umbilical cord tissue. The cells were then administered to patients by intrathecal injection.",
     [(AV, "cell:uc_msc", "route:intrathecal", None, "")]),
    ("Umbilical cord MSCs were expanded. Then 2 x 10^6 cells were injected into the cisterna magna.",
     [(AV, "cell:uc_msc", "route:intracisternal", None, "")]),
    ("We prepared Wharton's jelly MSCs from three donors. Each patient received the cells intravenously and "
     "intrathecally.",
     [(AV, "cell:wj_msc", "route:intravenous", None, ""), (AV, "cell:wj_msc", "route:intrathecal", None, "")]),
    ("Patients received autologous MSC-NTF cells. The cells were injected both intramuscularly and intrathecally.",
     [(AV, "cell:msc_ntf", "route:intramuscular", None, ""), (AV, "cell:msc_ntf", "route:intrathecal", None, ""),
      (SE, "cell:msc_ntf", "factor:ntf", None, "")]),
    # secretion stated of the antecedent
    ("Placental MSCs were expanded. The cells released HGF and VEGF into the medium.",
     [(SE, "cell:pl_msc", "factor:HGF", None, ""), (SE, "cell:pl_msc", "factor:VEGFA", None, "")]),
    ("Umbilical cord MSCs were expanded to passage four. In culture, these cells released BDNF and GDNF.",
     [(SE, "cell:uc_msc", "factor:BDNF", None, ""), (SE, "cell:uc_msc", "factor:GDNF", None, "")]),
    ("Bone marrow MSCs were induced with a cocktail of cytokines. The induced cells secreted GDNF and VEGF.",
     [(SE, "cell:bm_msc", "factor:GDNF", None, ""), (SE, "cell:bm_msc", "factor:VEGFA", None, "")]),
    ("Adipose-derived stem cells were transduced with a lentivirus. The modified cells overexpressed IGF-1.",
     [(SE, "cell:ad_msc", "factor:IGF1", None, "")]),
    ("Neural stem cells were transplanted into the lumbar spinal cord. These grafts produced GDNF.",
     [(AV, "cell:nsc", "route:intraspinal", None, ""), (SE, "cell:nsc", "factor:GDNF", None, "")]),
    ("Adipose MSCs were labelled with GFP. Twelve weeks after transplantation, the grafted cells expressed BDNF.",
     [(SE, "cell:ad_msc", "factor:BDNF", None, "")]),
    ("Bone marrow MSCs were given intrathecally. The cells secreted VEGF in the CSF.",
     [(AV, "cell:bm_msc", "route:intrathecal", None, ""), (SE, "cell:bm_msc", "factor:VEGFA", None, "")]),
    ("Human neural progenitor cells were engineered to secrete GDNF. They were then transplanted into the spinal cord.",
     [(SE, "cell:nsc", "factor:GDNF", None, ""), (AV, "cell:nsc", "route:intraspinal", None, "")]),
    # a sentence between
    ("Umbilical cord MSCs were thawed on the day of treatment. Viability exceeded 90%. The cells were infused "
     "intravenously.",
     [(AV, "cell:uc_msc", "route:intravenous", None, "")]),
    ("Bone marrow MSCs were given intravenously. Survival was recorded weekly. They also secreted GDNF in culture.",
     [(AV, "cell:bm_msc", "route:intravenous", None, ""), (AF, "cell:bm_msc", "outcome:survival", UNC, ""),
      (SE, "cell:bm_msc", "factor:GDNF", None, "")]),
    ("Patients received riluzole throughout the study. Bone marrow MSCs were harvested at baseline. The cells were "
     "given intrathecally.",
     [(AV, "cell:bm_msc", "route:intrathecal", None, "")]),
    ("Umbilical cord MSCs were cultured for 3 weeks. Riluzole was given orally to all patients. These cells were then "
     "injected intrathecally.",
     [(AV, "cell:uc_msc", "route:intrathecal", None, "")]),
    # distractors: other cells named before or between
    ("Umbilical cord MSCs were co-cultured with motor neurons. They were then injected intrathecally.",
     [(AV, "cell:uc_msc", "route:intrathecal", None, "")]),
    ("Human umbilical cord MSCs were used. Microglia were isolated from the mice. These cells were injected into the "
     "tail vein.",
     [(AV, "cell:uc_msc", "route:intravenous", None, "")]),
    ("Adipose MSCs were thawed and washed. Astrocytes were prepared from neonatal mice. The cells were injected into "
     "the cisterna magna.",
     [(AV, "cell:ad_msc", "route:intracisternal", None, "")]),
    ("Bone marrow MSCs and neural stem cells were both prepared under GMP conditions. The neural stem cells were "
     "injected intraspinally.",
     [(AV, "cell:nsc", "route:intraspinal", None, "")]),
    ("Adipose MSCs were compared with umbilical cord MSCs in culture. The umbilical cord MSCs were then injected "
     "intravenously.",
     [(AV, "cell:uc_msc", "route:intravenous", None, "")]),
    ("Exosomes were isolated from umbilical cord MSCs. They were administered intranasally.",
     [(AV, "cell:msc_ev", "route:intranasal", None, "")]),
    ("Exosomes were purified from adipose MSCs. These vesicles were injected intravenously.",
     [(AV, "cell:msc_ev", "route:intravenous", None, "")]),
    ("Umbilical cord MSCs and astrocytes were co-cultured for seven days. The astrocytes then released more GDNF.",
     [(SE, "cell:astrocyte", "factor:GDNF", None, "")]),
    ("Bone marrow MSCs were induced to secrete neurotrophic factors. The resulting MSC-NTF cells were injected "
     "intramuscularly.",
     [(SE, "cell:bm_msc", "factor:ntf", None, ""), (SE, "cell:msc_ntf", "factor:ntf", None, ""),
      (AV, "cell:msc_ntf", "route:intramuscular", None, "")]),
    # cells named in the sentence are its subject, native ones too when named as given (README: `given_natives`)
    ("UC-MSCs were cultured. Astrocytes were then transplanted into the spinal cord.",
     [(AV, "cell:astrocyte", "route:intraspinal", None, "")]),
    ("UC-MSCs were cultured. Motor neurons were differentiated from iPSCs. The motor neurons were then transplanted "
     "into the spinal cord.",
     [(AV, "cell:motor_neuron", "route:intraspinal", None, "")]),
    # SOURCE.md: a bare `MSCs` stays cell:msc, also as a definite description of the cells named before
    ("Wharton's jelly MSCs were characterised by flow cytometry. The transplanted MSCs were delivered by lumbar "
     "puncture.",
     [(AV, "cell:msc", "route:intrathecal", None, "")]),
    # `the cells` after two cell types set side by side (`both`, as after `compared`, `versus`, `or`): every arm
    ("Bone marrow MSCs and adipose MSCs were both tested. The cells were injected intravenously.",
     [(AV, "cell:bm_msc", "route:intravenous", None, ""), (AV, "cell:ad_msc", "route:intravenous", None, "")]),
    # negation and hedging across sentences
    ("Umbilical cord MSCs were expanded for two weeks. The cells were not given intravenously.",
     [(AV, "cell:uc_msc", "route:intravenous", None, "neg")]),
    ("Umbilical cord MSCs were thawed. They were not injected intrathecally but intravenously.",
     [(AV, "cell:uc_msc", "route:intrathecal", None, "neg"), (AV, "cell:uc_msc", "route:intravenous", None, "")]),
    ("Umbilical cord MSCs were obtained from a cell bank. The cells did not secrete CNTF.",
     [(SE, "cell:uc_msc", "factor:CNTF", None, "neg")]),
    ("Bone marrow MSCs were prepared from healthy donors. The cells could be administered intranasally in future "
     "studies.",
     [(AV, "cell:bm_msc", "route:intranasal", None, "hedged")]),
    ("Bone marrow MSCs were cultured for four weeks. It is thought that they secrete BDNF after transplantation.",
     [(SE, "cell:bm_msc", "factor:BDNF", None, "hedged")]),
    # the treatment, the product, the infusion, the injections, `them`, `these`
    ("UC-MSCs were given intravenously. The treatment was repeated intrathecally four weeks later.",
     [(AV, "cell:uc_msc", "route:intravenous", None, ""), (AV, "cell:uc_msc", "route:intrathecal", None, "")]),
    ("Bone marrow MSCs were administered to SOD1 mice. Injections were made into the tail vein.",
     [(AV, "cell:bm_msc", "route:intravenous", None, "")]),
    ("MSC-NTF cells were produced from each patient's bone marrow. Participants received them intramuscularly.",
     [(AV, "cell:msc_ntf", "route:intramuscular", None, ""), (SE, "cell:msc_ntf", "factor:ntf", None, "")]),
    ("We generated GDNF-secreting neural progenitor cells. These were transplanted into the lumbar cord.",
     [(SE, "cell:nsc", "factor:GDNF", None, ""), (AV, "cell:nsc", "route:intraspinal", None, "")]),
    ("Neural progenitor cells were grafted into the lumbar cord. The graft produced GDNF for three months.",
     [(AV, "cell:nsc", "route:intraspinal", None, ""), (SE, "cell:nsc", "factor:GDNF", None, "")]),
    ("Each patient received autologous bone marrow MSCs. The product was injected intrathecally.",
     [(AV, "cell:bm_msc", "route:intrathecal", None, "")]),
    ("UC-MSCs were thawed at the bedside. The infusion was given intravenously over 30 minutes.",
     [(AV, "cell:uc_msc", "route:intravenous", None, "")]),
    # another drug's or the controls' route in between
    ("UC-MSCs were expanded. Patients also received edaravone intravenously. The cells were injected intrathecally.",
     [(AV, "cell:uc_msc", "route:intrathecal", None, "")]),
    ("Bone marrow MSCs were injected intrathecally. In the control group, saline was injected intravenously.",
     [(AV, "cell:bm_msc", "route:intrathecal", None, "")]),
    # several cell types, each named in its own sentence, then taken together
    ("Bone marrow MSCs were infused intravenously. Adipose MSCs were infused intrathecally. Both cell types secreted "
     "VEGF.",
     [(AV, "cell:bm_msc", "route:intravenous", None, ""), (AV, "cell:ad_msc", "route:intrathecal", None, ""),
      (SE, "cell:bm_msc", "factor:VEGFA", None, ""), (SE, "cell:ad_msc", "factor:VEGFA", None, "")]),
    # left failing: `the former ... the latter` is not resolved (no rule; rare in abstracts)
    ("UC-MSCs and neural stem cells were tested. The former were injected intravenously, the latter intraspinally.",
     [(AV, "cell:uc_msc", "route:intravenous", None, ""), (AV, "cell:nsc", "route:intraspinal", None, "")]),
    # left failing: the neurons the graft became get a borderline SECRETES (confidence about 0.5) from `and released`,
    # whose subject is `the cells`; no rule tells a made cell's coordinated verb from its own
    ("We transplanted human neural stem cells into the spinal cord. The cells differentiated into neurons and released "
     "GDNF.",
     [(AV, "cell:nsc", "route:intraspinal", None, ""), (SE, "cell:nsc", "factor:GDNF", None, "")]),
]

GROUPS: dict[str, list[Item]] = {
    "administration": ADMINISTRATION, "secretion": SECRETION, "cell-outcomes": CELL_OUTCOMES,
    "factor-outcomes": FACTOR_OUTCOMES, "reference": REFERENCE,
}


def _key(r: dict | Rel) -> tuple[str, str, str]:
    return (r["predicate"], r["subject_id"], r["object_id"]) if isinstance(r, dict) else r[:3]


def probe(nlp, items: list[Item]) -> list[tuple[str, str, str, str, str]]:
    """(verdict, relation, expected attributes, got attributes, text) per expected or extra relation."""
    out = []
    texts = [t for t, _ in items]
    for (text, want), doc in zip(items, nlp.pipe(texts)):
        doc._.pmid = "probe"
        got: dict[tuple[str, str, str], set[tuple]] = {}
        for row in relation_rows(doc, "probe", text):
            got.setdefault(_key(row), set()).add((row["effect"], bool(row["negated"]), bool(row["hedged"])))
        for rel in want:
            pred, subj, obj, effect, flags = rel
            attrs = (effect, "neg" in flags, "hedged" in flags)
            have = got.pop(_key(rel), None)
            name = f"{pred} {subj} -> {obj}"
            if have is None:
                out.append(("missed", name, _attrs(attrs), "-", text))
            else:
                verdict = "found" if attrs in have else "wrong"
                out.append((verdict, name, _attrs(attrs), "; ".join(sorted(map(_attrs, have))), text))
        for (pred, subj, obj), have in got.items():
            out.append(("extra", f"{pred} {subj} -> {obj}", "-", "; ".join(sorted(map(_attrs, have))), text))
    return out


def _attrs(a: tuple) -> str:
    effect, neg, hedged = a
    return ",".join(filter(None, [effect or "", "negated" if neg else "", "hedged" if hedged else ""])) or "plain"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="", help="verdicts to list, comma-separated (default: all)")
    ap.add_argument("--group", default="", help=f"one group of items ({', '.join(GROUPS)}; default: all)")
    args = ap.parse_args(argv)
    from pipeline.nlp.build import build_nlp
    nlp = build_nlp()
    only = set(filter(None, args.only.split(",")))
    total: Counter = Counter()
    for name, items in GROUPS.items():
        if args.group and name != args.group:
            continue
        rows = probe(nlp, items)
        counts = Counter(r[0] for r in rows)
        total.update(counts)
        print(f"== {name}: {len(items)} texts")
        for verdict, rel, want, have, text in rows:
            if not only or verdict in only:
                print(f"{verdict:6}  {rel:60}  want {want:22}  got {have:22}  | {text[:110]}")
        print("   " + ", ".join(f"{k} {counts[k]}" for k in ("found", "wrong", "missed", "extra")))
    print("\nall: " + ", ".join(f"{k} {total[k]}" for k in ("found", "wrong", "missed", "extra")))


if __name__ == "__main__":
    main()
