"""Domain probe: names common in the ALS cell-therapy literature, each in an invented sentence, through the
shipped entity pipeline. Prints found / missed / wrong per item and the counts.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/domain_probe.py [--only missed,wrong]

Every sentence is our own; the expected label and concept follow SPEC sections 1-2. An item is `found`
when an entity overlapping its span has the expected label and one of the accepted concepts and the item's
span (`found~` where the span differs: often a fuller name, as `intrathecal injection`, sometimes a cut
one), `wrong` when the overlapping entities have another label or concept, `missed` when none overlaps. `None` as the
expected label means the span must NOT be an entity (a word the probe checks is left alone); `?` marks an
item whose reading the annotation convention leaves open (a named cytokine without an amount word: the train
gold lists none), reported as `open` with what was found. Entities are read as the tables write them
(`entity_rows`: nested names such as `GDNF` in `GDNF-secreting MSCs` included).
"""
from __future__ import annotations

import argparse
import re
from collections import Counter

from pipeline.nlp.tables import entity_rows

C, F, R, O, D = "CELL_TYPE", "NEUROTROPHIC_FACTOR", "ROUTE", "OUTCOME", "DISEASE"

# (sentence, [(span, label, accepted concepts)]); a concept string may hold alternatives split by `|`
PROBES: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # --- cell products and names ---
    ("Patients with ALS received NurOwn, autologous MSC-NTF cells, by intrathecal injection.",
     [("NurOwn", C, "cell:msc_ntf"), ("MSC-NTF cells", C, "cell:msc_ntf"), ("intrathecal", R, "route:intrathecal")]),
    ("Lenzumestrocel (Neuronata-R) is an autologous bone marrow MSC product approved in Korea for ALS.",
     [("Lenzumestrocel", C, "cell:bm_msc"), ("Neuronata-R", C, "cell:bm_msc")]),
    ("Autologous bone marrow MSCs were given twice through lumbar puncture.",
     [("bone marrow MSCs", C, "cell:bm_msc"), ("lumbar puncture", R, "route:intrathecal")]),
    ("We injected hUC-MSCs into the tail vein of SOD1-G93A mice.",
     [("hUC-MSCs", C, "cell:uc_msc")]),
    ("Human umbilical cord MSCs (hUCMSCs) were expanded in serum-free medium, and UCMSCs from three donors "
     "were compared.", [("hUCMSCs", C, "cell:uc_msc"), ("UCMSCs", C, "cell:uc_msc")]),
    ("WJ-MSCs were transplanted intrathecally in five patients.", [("WJ-MSCs", C, "cell:wj_msc")]),
    ("Adipose-derived MSCs (AD-MSCs) and adipose-derived stem cells (ADSCs) share a marker profile; ASCs "
     "were also tested.", [("AD-MSCs", C, "cell:ad_msc"), ("ADSCs", C, "cell:ad_msc"), ("ASCs", C, "cell:ad_msc"),
                           ("adipose-derived stem cells", C, "cell:ad_msc")]),
    ("Human amniotic mesenchymal stem cells (hAMSCs) delayed disease onset in the mice.",
     [("Human amniotic mesenchymal stem cells", C, "cell:pl_msc"), ("hAMSCs", C, "cell:pl_msc"),
      ("disease onset", O, "outcome:disease_onset")]),
    ("Amniotic MSCs were compared with placenta-derived cells in culture.",
     [("Amniotic MSCs", C, "cell:pl_msc"), ("placenta-derived cells", C, "cell:pl_msc")]),
    ("Placenta-derived mesenchymal stromal cells were infused intravenously.",
     [("Placenta-derived mesenchymal stromal cells", C, "cell:pl_msc")]),
    ("Bone marrow mononuclear cells (BM-MNCs) were delivered into the cisterna magna.",
     [("Bone marrow mononuclear cells", C, "cell:bm_mnc"), ("BM-MNCs", C, "cell:bm_mnc"),
      ("cisterna magna", R, "route:intracisternal")]),
    ("Human umbilical cord blood (HUCB) cells were given to presymptomatic mice.",
     [("Human umbilical cord blood (HUCB) cells", C, "cell:other|cell:hsc|cell:bm_mnc")]),
    ("Umbilical cord blood mononuclear cells were injected retro-orbitally.",
     [("Umbilical cord blood mononuclear cells", C, "cell:other|cell:hsc|cell:bm_mnc")]),
    ("Autologous CD133+ cells were implanted into the frontal motor cortex.",
     [("CD133+ cells", C, "cell:hsc")]),
    ("Neural stem cells (NSCs) and neural progenitor cells (NPCs) survive grafting into the spinal cord.",
     [("Neural stem cells", C, "cell:nsc"), ("NSCs", C, "cell:nsc"), ("neural progenitor cells", C, "cell:nsc"),
      ("NPCs", C, "cell:nsc")]),
    ("NSI-566 cells were injected into the cervical cord of fifteen subjects.", [("NSI-566 cells", C, "cell:nsc")]),
    ("CNS10-NPC-GDNF cells were transplanted unilaterally into the lumbar spinal cord.",
     [("CNS10-NPC-GDNF cells", C, "cell:nsc")]),
    ("Human glial restricted progenitors were grafted into the cervical cord.",
     [("Human glial restricted progenitors", C, "cell:nsc|cell:other")]),
    ("AstroRx, a product of astrocyte precursors, was given intrathecally.",
     [("AstroRx", C, "cell:astrocyte|cell:other"), ("astrocyte precursors", C, "cell:astrocyte|cell:other")]),
    ("iPSC-derived motor neurons from patients showed shorter neurites than iPSC-derived astrocytes.",
     [("iPSC-derived motor neurons", C, "cell:motor_neuron"), ("iPSC-derived astrocytes", C, "cell:astrocyte")]),
    ("ESC-derived motor neurons were co-cultured with human embryonic stem cell-derived astrocytes.",
     [("ESC-derived motor neurons", C, "cell:motor_neuron"),
      ("human embryonic stem cell-derived astrocytes", C, "cell:astrocyte")]),
    ("Olfactory ensheathing cells were transplanted into the spinal cord.",
     [("Olfactory ensheathing cells", C, "cell:other")]),
    ("Expanded regulatory T cells (Tregs; CD4+CD25+FOXP3+) were infused with IL-2.",
     [("regulatory T cells", C, "cell:treg"), ("Tregs", C, "cell:treg"), ("CD4+CD25+FOXP3+", C, "cell:treg")]),
    ("Treg numbers rose after the infusions.", [("Treg numbers", O, "outcome:inflammation|outcome:other")]),
    ("MSC-derived exosomes, extracellular vesicles (EVs), the secretome and conditioned medium were each tested.",
     [("MSC-derived exosomes", C, "cell:msc_ev"), ("extracellular vesicles", C, "cell:msc_ev"), ("EVs", C, "cell:msc_ev"),
      ("secretome", C, "cell:msc_ev"), ("conditioned medium", C, "cell:msc_ev")]),
    # --- factors ---
    ("The cells secreted GDNF, BDNF, VEGF and IGF-1.",
     [("GDNF", F, "factor:GDNF"), ("BDNF", F, "factor:BDNF"), ("VEGF", F, "factor:VEGFA"), ("IGF-1", F, "factor:IGF1")]),
    ("Levels of VEGF-A, VEGF165 and IGF-I rose in the medium.",
     [("VEGF-A", F, "factor:VEGFA"), ("VEGF165", F, "factor:VEGFA"), ("IGF-I", F, "factor:IGF1")]),
    ("Hepatocyte growth factor (HGF) and nerve growth factor (NGF) were measured by ELISA.",
     [("Hepatocyte growth factor", F, "factor:HGF"), ("HGF", F, "factor:HGF"), ("nerve growth factor", F, "factor:NGF"),
      ("NGF", F, "factor:NGF")]),
    ("The transduced cells released beta-NGF and NT-3.", [("beta-NGF", F, "factor:NGF"), ("NT-3", F, "factor:NTF3")]),
    ("Neurotrophin-3 and neurotrophin-4/5 act on TrkC and TrkB.",
     [("Neurotrophin-3", F, "factor:NTF3"), ("neurotrophin-4/5", F, "factor:NTF4")]),
    ("The cells secreted NT-4/5 and NT-4 at low levels.", [("NT-4/5", F, "factor:NTF4"), ("NT-4", F, "factor:NTF4")]),
    ("Ciliary neurotrophic factor (CNTF) was given subcutaneously in an earlier trial.",
     [("Ciliary neurotrophic factor", F, "factor:CNTF"), ("CNTF", F, "factor:CNTF"),
      ("subcutaneously", R, "route:subcutaneous")]),
    ("Basic fibroblast growth factor (bFGF) and FGF-2 were added to the medium.",
     [("Basic fibroblast growth factor", F, "factor:FGF2"), ("bFGF", F, "factor:FGF2"), ("FGF-2", F, "factor:FGF2")]),
    ("FGF2 and leukemia inhibitory factor (LIF) promote motor neuron survival in vitro.",
     [("FGF2", F, "factor:FGF2"), ("leukemia inhibitory factor", F, "factor:LIF"), ("LIF", F, "factor:LIF")]),
    ("Neurturin, artemin and persephin belong to the GDNF family of ligands.",
     [("Neurturin", F, "factor:NRTN"), ("artemin", F, "factor:ARTN"), ("persephin", F, "factor:PSPN")]),
    ("Cerebral dopamine neurotrophic factor (CDNF) and mesencephalic astrocyte-derived neurotrophic factor (MANF) "
     "protected motor neurons.", [("Cerebral dopamine neurotrophic factor", F, "factor:CDNF"), ("CDNF", F, "factor:CDNF"),
                                  ("mesencephalic astrocyte-derived neurotrophic factor", F, "factor:MANF"),
                                  ("MANF", F, "factor:MANF")]),
    ("The cells secrete neurotrophic factors (NTFs), and NTFs support motor neurons.",
     [("neurotrophic factors", F, "factor:ntf"), ("NTFs", F, "factor:ntf")]),
    ("Glial cell line-derived neurotrophic factor and brain-derived neurotrophic factor were both detected.",
     [("Glial cell line-derived neurotrophic factor", F, "factor:GDNF"),
      ("brain-derived neurotrophic factor", F, "factor:BDNF")]),
    ("Vascular endothelial growth factor and insulin-like growth factor-1 delayed motor neuron loss.",
     [("Vascular endothelial growth factor", F, "factor:VEGFA"), ("insulin-like growth factor-1", F, "factor:IGF1"),
      ("motor neuron loss", O, "outcome:motor_neuron_survival")]),
    ("Insulin-like growth factor I and trophic factors were measured in the CSF.",
     [("Insulin-like growth factor I", F, "factor:IGF1"), ("trophic factors", F, "factor:ntf")]),
    # --- routes ---
    ("The cells were injected intravenously (i.v.) or intraperitoneally (i.p.).",
     [("intravenously", R, "route:intravenous"), ("i.v.", R, "route:intravenous"),
      ("intraperitoneally", R, "route:intraperitoneal"), ("i.p.", R, "route:intraperitoneal")]),
    ("Mice received an intravenous injection and a second intramuscular injection.",
     [("intravenous", R, "route:intravenous"), ("intramuscular", R, "route:intramuscular")]),
    ("The cells were given intramuscularly into the tibialis anterior.",
     [("intramuscularly", R, "route:intramuscular")]),
    ("Intraspinal injection of the cells was safe.", [("Intraspinal", R, "route:intraspinal")]),
    ("The product was delivered by intracerebroventricular (ICV) injection.",
     [("intracerebroventricular", R, "route:intracerebroventricular"), ("ICV", R, "route:intracerebroventricular")]),
    ("Intracisternal injection of MSCs was compared with intranasal delivery.",
     [("Intracisternal", R, "route:intracisternal"), ("intranasal", R, "route:intranasal")]),
    ("Intraperitoneal injection of the cells did not extend survival.",
     [("Intraperitoneal", R, "route:intraperitoneal"), ("survival", O, "outcome:survival")]),
    ("Intra-arterial infusion of the cells was performed through the carotid artery.",
     [("Intra-arterial", R, "route:intraarterial")]),
    ("The vesicles were given subcutaneous to the mice.", [("subcutaneous", R, "route:subcutaneous")]),
    ("Cells were delivered through an Ommaya reservoir every three months.",
     [("Ommaya reservoir", R, "route:intracerebroventricular|route:intrathecal")]),
    ("The MSCs were injected into the cisterna magna of the rats.", [("cisterna magna", R, "route:intracisternal")]),
    ("The cells were injected into the spinal cord of the rats.",
     [("into the spinal cord", R, "route:intraspinal")]),
    ("The cells were injected into the CSF at the lumbar level.", [("into the CSF", R, "route:intrathecal")]),
    ("Intrathecally administered MSCs were detected in the CSF.", [("Intrathecally", R, "route:intrathecal")]),
    # --- outcomes ---
    ("The ALSFRS-R score declined more slowly after treatment.", [("ALSFRS-R score", O, "outcome:alsfrs_r")]),
    ("The ALSFRS-R slope improved after the injections.", [("ALSFRS-R slope", O, "outcome:alsfrs_r")]),
    ("The rate of ALSFRS-R decline was reduced by half.", [("ALSFRS-R decline", O, "outcome:alsfrs_r")]),
    ("The monthly change in ALSFRS-R was smaller in the treated group.", [("ALSFRS-R", O, "outcome:alsfrs_r")]),
    ("Tracheostomy-free survival was longer in the treated group.",
     [("Tracheostomy-free survival", O, "outcome:survival")]),
    ("The primary end point was time to death or permanent ventilation.",
     [("time to death or permanent ventilation", O, "outcome:survival")]),
    ("Forced vital capacity (FVC) and slow vital capacity (SVC) were stable.",
     [("Forced vital capacity", O, "outcome:respiratory_function"), ("FVC", O, "outcome:respiratory_function"),
      ("slow vital capacity", O, "outcome:respiratory_function"), ("SVC", O, "outcome:respiratory_function")]),
    ("Sniff nasal inspiratory pressure (SNIP) fell more slowly after treatment.",
     [("Sniff nasal inspiratory pressure", O, "outcome:respiratory_function"),
      ("SNIP", O, "outcome:respiratory_function")]),
    ("Respiratory function was preserved in the treated patients.",
     [("Respiratory function", O, "outcome:respiratory_function")]),
    ("The MRC sum score and hand-held dynamometry improved after the injections.",
     [("MRC sum score", O, "outcome:muscle_strength"), ("hand-held dynamometry", O, "outcome:muscle_strength")]),
    ("Grip strength was higher in treated mice.", [("Grip strength", O, "outcome:muscle_strength")]),
    ("Compound muscle action potential (CMAP) amplitudes were preserved.",
     [("Compound muscle action potential", O, "outcome:neuromuscular"), ("CMAP", O, "outcome:neuromuscular")]),
    ("Motor unit number estimation (MUNE) and MUNIX declined less after treatment.",
     [("Motor unit number estimation", O, "outcome:neuromuscular"), ("MUNE", O, "outcome:neuromuscular"),
      ("MUNIX", O, "outcome:neuromuscular")]),
    ("The cells reduced muscle denervation and preserved neuromuscular junction innervation.",
     [("muscle denervation", O, "outcome:neuromuscular"),
      ("neuromuscular junction innervation", O, "outcome:neuromuscular")]),
    ("NMJ innervation was higher in the treated mice.", [("NMJ innervation", O, "outcome:neuromuscular")]),
    ("Plasma neurofilament light (NfL) fell after treatment, and pNfH in the CSF was unchanged.",
     [("neurofilament light", O, "outcome:biomarker"), ("NfL", O, "outcome:biomarker"), ("pNfH", O, "outcome:biomarker")]),
    ("CSF levels of IL-6, TNF-alpha and MCP-1 fell, while IL-10 rose after the cells.",
     [("IL-6", "?", ""), ("TNF-alpha", "?", ""), ("MCP-1", "?", ""), ("IL-10", "?", "")]),
    ("Serum C-reactive protein (CRP) decreased after the infusions.",
     [("C-reactive protein", O, "outcome:inflammation"), ("CRP", O, "outcome:inflammation")]),
    ("The treatment reduced microgliosis and astrogliosis in the lumbar cord.",
     [("microgliosis", O, "outcome:inflammation"), ("astrogliosis", O, "outcome:inflammation")]),
    ("Body weight and BMI were stable during follow-up.",
     [("Body weight", O, "outcome:body_weight"), ("BMI", O, "outcome:body_weight")]),
    ("Quality of life, assessed with the ALSAQ-40, did not change.",
     [("Quality of life", O, "outcome:quality_of_life"), ("ALSAQ-40", O, "outcome:quality_of_life")]),
    ("No serious adverse events occurred, and the procedure was safe and well tolerated.",
     [("serious adverse events", O, "outcome:safety")]),
    ("The primary outcomes were safety and tolerability of the injections.",
     [("safety", O, "outcome:safety"), ("tolerability", O, "outcome:safety")]),
    ("The cells delayed disease onset and improved rotarod performance.",
     [("disease onset", O, "outcome:disease_onset"), ("rotarod performance", O, "outcome:motor_function")]),
    ("Motor neuron counts in the lumbar cord were higher after the grafts.",
     [("Motor neuron counts", O, "outcome:motor_neuron_survival")]),
    ("Disease stage was recorded with King's staging and MiToS staging.",
     [("King's staging", O, "outcome:disease_progression|outcome:other"),
      ("MiToS staging", O, "outcome:disease_progression|outcome:other")]),
    ("The Appel ALS score and the Norris scale improved for three months.",
     [("Appel ALS score", O, "outcome:alsfrs_r|outcome:disease_progression|outcome:other"),
      ("Norris scale", O, "outcome:alsfrs_r|outcome:disease_progression|outcome:other")]),
    ("Survival was prolonged by two weeks.", [("Survival", O, "outcome:survival")]),
    # --- diseases ---
    ("Amyotrophic lateral sclerosis (ALS), also called motor neuron disease (MND), is fatal.",
     [("Amyotrophic lateral sclerosis", D, "disease:als"), ("ALS", D, "disease:als"),
      ("motor neuron disease", D, "disease:als"), ("MND", D, "disease:als")]),
    ("Sporadic ALS and familial ALS share the same clinical picture.",
     [("Sporadic ALS", D, "disease:als"), ("familial ALS", D, "disease:als")]),
    ("Lou Gehrig's disease affects upper and lower motor neurons.", [("Lou Gehrig's disease", D, "disease:als")]),
    ("SOD1-G93A mice, the most used model of ALS, were treated at 60 days.",
     [("ALS", D, "disease:als"), ("SOD1-G93A mice", None, "")]),
    # --- second round: spelling variants and less common forms ---
    ("Debamestrocel (MSC-NTF) was compared with placebo; MSC-NTF was given every two months.",
     [("Debamestrocel", C, "cell:msc_ntf"), ("MSC-NTF", C, "cell:msc_ntf")]),
    ("Autologous BM-MSCs and bone marrow-derived mesenchymal stromal cells were injected intrathecally.",
     [("BM-MSCs", C, "cell:bm_msc"), ("bone marrow-derived mesenchymal stromal cells", C, "cell:bm_msc")]),
    ("Umbilical cord-derived MSCs and Wharton's jelly-derived MSCs were given intravenously.",
     [("Umbilical cord-derived MSCs", C, "cell:uc_msc"), ("Wharton's jelly-derived MSCs", C, "cell:wj_msc")]),
    ("Human Wharton's jelly mesenchymal stem cells (hWJ-MSCs) were thawed before use.",
     [("Human Wharton's jelly mesenchymal stem cells", C, "cell:wj_msc"), ("hWJ-MSCs", C, "cell:wj_msc")]),
    ("Adipose tissue-derived mesenchymal stem cells (AT-MSCs) were injected into the muscle.",
     [("Adipose tissue-derived mesenchymal stem cells", C, "cell:ad_msc"), ("AT-MSCs", C, "cell:ad_msc")]),
    ("Human amniotic epithelial cells (hAECs) were compared with amniotic fluid stem cells.",
     [("Human amniotic epithelial cells", C, "cell:other|cell:pl_msc"), ("hAECs", C, "cell:other|cell:pl_msc"),
      ("amniotic fluid stem cells", C, "cell:pl_msc")]),
    ("Human placental mesenchymal stromal cells and chorionic villi-derived MSCs were tested.",
     [("Human placental mesenchymal stromal cells", C, "cell:pl_msc"), ("chorionic villi-derived MSCs", C, "cell:pl_msc")]),
    ("Human umbilical cord blood cells (hUCB cells) were infused into the mice.",
     [("Human umbilical cord blood cells", C, "cell:other|cell:hsc|cell:bm_mnc")]),
    ("CD34+ cells and mononuclear cells were counted in the product.",
     [("CD34+ cells", C, "cell:hsc"), ("mononuclear cells", C, "cell:bm_mnc|cell:other")]),
    ("Human neural stem cells (hNSCs) and human neural progenitor cells were grafted.",
     [("Human neural stem cells", C, "cell:nsc"), ("hNSCs", C, "cell:nsc"), ("human neural progenitor cells", C, "cell:nsc")]),
    ("Human neural progenitor cells engineered to secrete GDNF (hNPC-GDNF) were transplanted into the cord.",
     [("hNPC-GDNF", C, "cell:nsc"), ("GDNF", F, "factor:GDNF")]),
    ("Glial-restricted precursors (GRPs) differentiate into astrocytes.",
     [("Glial-restricted precursors", C, "cell:nsc|cell:other"), ("GRPs", C, "cell:nsc|cell:other"),
      ("astrocytes", C, "cell:astrocyte")]),
    ("Human iPSC-derived motor neuron progenitors were grafted into the spinal cord.",
     [("iPSC-derived motor neuron progenitors", C, "cell:motor_neuron|cell:nsc")]),
    ("Human embryonic stem cells (hESCs) were differentiated into motor neurons.",
     [("Human embryonic stem cells", C, "cell:esc"), ("hESCs", C, "cell:esc"), ("motor neurons", C, "cell:motor_neuron")]),
    ("Induced pluripotent stem cells (iPSCs) were made from skin fibroblasts.",
     [("Induced pluripotent stem cells", C, "cell:ipsc"), ("iPSCs", C, "cell:ipsc")]),
    ("Olfactory ensheathing glia (OEG) were compared with olfactory ensheathing cells (OECs).",
     [("Olfactory ensheathing glia", C, "cell:other"), ("OECs", C, "cell:other")]),
    ("CD4+CD25+ Tregs from the patients were expanded ex vivo.", [("CD4+CD25+ Tregs", C, "cell:treg")]),
    ("FOXP3+ regulatory T lymphocytes were fewer in fast progressors.",
     [("FOXP3+ regulatory T lymphocytes", C, "cell:treg")]),
    ("MSC-derived small EVs (sEVs) and MSC-CM were given intranasally.",
     [("sEVs", C, "cell:msc_ev"), ("MSC-CM", C, "cell:msc_ev"), ("intranasally", R, "route:intranasal")]),
    ("Exosomes from adipose-derived stem cells protected motor neurons in vitro.",
     [("Exosomes from adipose-derived stem cells", C, "cell:msc_ev")]),
    ("The MSC secretome and MSC-Exos were compared.", [("MSC secretome", C, "cell:msc_ev"), ("MSC-Exos", C, "cell:msc_ev")]),
    ("Microglia and macrophages expressed fewer inflammatory markers.",
     [("Microglia", C, "cell:microglia"), ("macrophages", C, "cell:macrophage")]),
    ("Schwann cells and oligodendrocytes were counted in the nerve.",
     [("Schwann cells", C, "cell:schwann_cell"), ("oligodendrocytes", C, "cell:oligodendrocyte")]),
    ("Hematopoietic stem cells were mobilized with G-CSF.", [("Hematopoietic stem cells", C, "cell:hsc")]),
    # factors
    ("The cells secreted brain derived neurotrophic factor and glial cell-derived neurotrophic factor.",
     [("brain derived neurotrophic factor", F, "factor:BDNF"), ("glial cell-derived neurotrophic factor", F, "factor:GDNF")]),
    ("Glial-derived neurotrophic factor and glial cell line derived neurotrophic factor were measured.",
     [("Glial-derived neurotrophic factor", F, "factor:GDNF"),
      ("glial cell line derived neurotrophic factor", F, "factor:GDNF")]),
    ("The medium held VEGFA, VEGF-A165 and vascular endothelial growth factor A.",
     [("VEGFA", F, "factor:VEGFA"), ("VEGF-A165", F, "factor:VEGFA"),
      ("vascular endothelial growth factor A", F, "factor:VEGFA")]),
    ("IGF1 and insulin-like growth factor 1 were raised in the muscle.",
     [("IGF1", F, "factor:IGF1"), ("insulin-like growth factor 1", F, "factor:IGF1")]),
    ("The cells released NT3, NT4 and neurotrophin-4.",
     [("NT3", F, "factor:NTF3"), ("NT4", F, "factor:NTF4"), ("neurotrophin-4", F, "factor:NTF4")]),
    ("Neurotrophin 3 and β-NGF were detected.", [("Neurotrophin 3", F, "factor:NTF3"), ("β-NGF", F, "factor:NGF")]),
    ("Fibroblast growth factor 2 and fibroblast growth factor-2 are the same protein.",
     [("Fibroblast growth factor 2", F, "factor:FGF2"), ("fibroblast growth factor-2", F, "factor:FGF2")]),
    ("Leukaemia inhibitory factor was added to the culture.", [("Leukaemia inhibitory factor", F, "factor:LIF")]),
    ("NRTN, ARTN and PSPN signal through RET.",
     [("NRTN", F, "factor:NRTN"), ("ARTN", F, "factor:ARTN"), ("PSPN", F, "factor:PSPN")]),
    ("Neurotrophins and GDNF family ligands support motor neurons.",
     [("Neurotrophins", F, "factor:ntf"), ("GDNF family ligands", F, "factor:ntf|factor:GDNF")]),
    ("The neurotrophic factor (NTF) content of the medium was measured.",
     [("neurotrophic factor", F, "factor:ntf"), ("NTF", F, "factor:ntf")]),
    ("Bone marrow-derived MSC-NTF cells were injected into the muscle.",
     [("Bone marrow-derived MSC-NTF cells", C, "cell:msc_ntf")]),
    ("GDNF-secreting cells and BDNF-expressing cells were compared.",
     [("GDNF", F, "factor:GDNF"), ("GDNF-secreting cells", C, "cell:other"), ("BDNF", "?", "")]),
    # routes
    ("The cells were given by the intrathecal (IT) route, and IT dosing was repeated.",
     [("intrathecal", R, "route:intrathecal"), ("IT", R, "route:intrathecal")]),
    ("An intravenous (IV) infusion was followed by IV dosing at week 4.",
     [("intravenous", R, "route:intravenous"), ("IV", R, "route:intravenous")]),
    ("Mice received i.m. injections of the cells in the hindlimb.", [("i.m.", R, "route:intramuscular")]),
    ("The vesicles were injected i.t. at the lumbar level.", [("i.t.", R, "route:intrathecal")]),
    ("The cells were injected s.c. into the flank.", [("s.c.", R, "route:subcutaneous")]),
    ("MSCs were injected intracerebroventricularly and intracisternally.",
     [("intracerebroventricularly", R, "route:intracerebroventricular"), ("intracisternally", R, "route:intracisternal")]),
    ("The cells were given intra-arterially and intraarterial delivery was compared.",
     [("intra-arterially", R, "route:intraarterial"), ("intraarterial", R, "route:intraarterial")]),
    ("Cells were injected into the lateral ventricles of the mice.",
     [("into the lateral ventricles", R, "route:intracerebroventricular")]),
    ("The cells were injected into the subarachnoid space.", [("subarachnoid space", R, "route:intrathecal")]),
    ("The cells were injected into the cerebrospinal fluid of the patients.",
     [("into the cerebrospinal fluid", R, "route:intrathecal")]),
    ("Intramedullary injection of the cells into the cervical cord was feasible.",
     [("Intramedullary", R, "route:intraspinal")]),
    ("The cells were injected by stereotactic injection into the motor cortex.",
     [("into the motor cortex", R, "route:intracerebral")]),
    ("The MSCs were given intraperitoneal (IP) twice a week.", [("IP", R, "route:intraperitoneal")]),
    ("The cells were given intrathecally via lumbar puncture and intravenously.",
     [("intrathecally", R, "route:intrathecal"), ("lumbar puncture", R, "route:intrathecal")]),
    # outcomes
    ("The ALS Functional Rating Scale-Revised (ALSFRS-R) total score was the primary end point.",
     [("ALS Functional Rating Scale-Revised", O, "outcome:alsfrs_r"), ("ALSFRS-R", O, "outcome:alsfrs_r")]),
    ("The rate of decline in the ALSFRS-R and the ALSFRS-R progression rate were lower.",
     [("ALSFRS-R progression rate", O, "outcome:alsfrs_r")]),
    ("The ALSFRS score was stable for six months.", [("ALSFRS score", O, "outcome:alsfrs_r")]),
    ("Overall survival and median survival were longer in the treated group.",
     [("Overall survival", O, "outcome:survival"), ("median survival", O, "outcome:survival")]),
    ("The lifespan of the treated mice was extended by ten days.", [("lifespan", O, "outcome:survival")]),
    ("Time to death or tracheostomy did not differ between the arms.",
     [("Time to death or tracheostomy", O, "outcome:survival")]),
    ("Percent predicted FVC and vital capacity fell more slowly.",
     [("FVC", O, "outcome:respiratory_function"), ("vital capacity", O, "outcome:respiratory_function")]),
    ("Maximal inspiratory pressure (MIP) and peak cough flow were measured.",
     [("Maximal inspiratory pressure", O, "outcome:respiratory_function"), ("MIP", O, "outcome:respiratory_function"),
      ("peak cough flow", O, "outcome:respiratory_function")]),
    ("Muscle strength, measured by manual muscle testing, was unchanged.",
     [("Muscle strength", O, "outcome:muscle_strength"), ("manual muscle testing", O, "outcome:muscle_strength")]),
    ("Hand grip strength declined more slowly in the treated group.",
     [("Hand grip strength", O, "outcome:muscle_strength")]),
    ("CMAP amplitude and the motor unit number index (MUNIX) were recorded.",
     [("CMAP amplitude", O, "outcome:neuromuscular"), ("motor unit number index", O, "outcome:neuromuscular")]),
    ("The treatment reduced endplate denervation in the gastrocnemius.",
     [("endplate denervation", O, "outcome:neuromuscular")]),
    ("Serum neurofilament light chain and phosphorylated neurofilament heavy chain were lower.",
     [("Serum neurofilament light chain", O, "outcome:biomarker"),
      ("phosphorylated neurofilament heavy chain", O, "outcome:biomarker")]),
    ("Interleukin-6 and tumor necrosis factor-α levels fell after the injections.",
     [("Interleukin-6", "?", ""), ("tumor necrosis factor-α levels", O, "outcome:inflammation")]),
    ("Tumor necrosis factor-α levels in the CSF fell after the injections.",
     [("Tumor necrosis factor-α levels", O, "outcome:inflammation")]),
    ("The cells lowered IL-1β and raised IL-10 in the spinal cord.",
     [("IL-1β", "?", ""), ("IL-10", "?", "")]),
    ("Monocyte chemoattractant protein-1 (MCP-1) in the CSF was reduced.",
     [("Monocyte chemoattractant protein-1", "?", ""), ("MCP-1", "?", "")]),
    ("Inflammatory cytokines in the CSF decreased after the second dose.",
     [("Inflammatory cytokines", O, "outcome:inflammation")]),
    ("Microglial activation and neuroinflammation were reduced.",
     [("Microglial activation", O, "outcome:inflammation"), ("neuroinflammation", O, "outcome:inflammation")]),
    ("Body weight loss was slower and weight was kept.", [("Body weight loss", O, "outcome:body_weight")]),
    ("Quality of life measured with the ALSAQ-5 and the SF-36 was unchanged.",
     [("ALSAQ-5", O, "outcome:quality_of_life"), ("SF-36", O, "outcome:quality_of_life")]),
    ("Treatment-emergent adverse events and side effects were mild.",
     [("Treatment-emergent adverse events", O, "outcome:safety"), ("side effects", O, "outcome:safety")]),
    ("Paw grip endurance and the hanging wire test showed better motor function.",
     [("Paw grip endurance", O, "outcome:motor_function|outcome:muscle_strength"),
      ("motor function", O, "outcome:motor_function")]),
    ("The number of motor neurons in the ventral horn was higher.",
     [("number of motor neurons", O, "outcome:motor_neuron_survival")]),
    ("Motor neuron survival was improved by the grafts.", [("Motor neuron survival", O, "outcome:motor_neuron_survival")]),
    ("Disease progression and the progression rate slowed after the first injection.",
     [("Disease progression", O, "outcome:disease_progression"), ("progression rate", O, "outcome:disease_progression")]),
    ("Symptom onset was delayed in the treated mice.", [("Symptom onset", O, "outcome:disease_onset")]),
    ("Oxidative stress markers fell in the spinal cord.", [("Oxidative stress", O, "outcome:oxidative_stress")]),
    ("Muscle atrophy was less severe in the treated mice.", [("Muscle atrophy", O, "outcome:neuromuscular")]),
    # diseases
    ("Patients with ALS/MND, fALS or sALS were enrolled.",
     [("ALS/MND", D, "disease:als"), ("fALS", D, "disease:als"), ("sALS", D, "disease:als")]),
    ("Motor neurone disease and Lou Gehrig disease are names for the same disorder.",
     [("Motor neurone disease", D, "disease:als"), ("Lou Gehrig disease", D, "disease:als")]),
    ("SOD1 ALS and C9orf72 ALS differ in their pathology.",
     [("SOD1 ALS", D, "disease:als"), ("C9orf72 ALS", D, "disease:als")]),
    ("Transgenic SOD1G93A mice and SOD1(G93A) rats were treated at symptom onset.",
     [("SOD1G93A mice", None, "")]),
    ("Familial amyotrophic lateral sclerosis accounts for a tenth of cases.",
     [("Familial amyotrophic lateral sclerosis", D, "disease:als")]),
]


def probe(nlp, probes=PROBES) -> list[tuple[str, str, str, str, str]]:
    """(verdict, span, expected, got, sentence) per item."""
    out = []
    for sent, items in probes:
        doc = nlp(sent)
        doc._.pmid = "probe"
        ents = entity_rows(doc, "probe")
        pos = 0
        for span, label, concepts in items:
            # the span as a whole word, after the previous item's start where it comes again
            hits = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(span)}(?!\w|/\w)", sent)]
            if not hits:
                raise ValueError(f"{span!r} is not in {sent!r}")
            start = next((h for h in hits if h >= pos), hits[0])
            end = start + len(span)
            over = [e for e in ents if e["start"] < end and start < e["end"]]
            got = "; ".join(f"{e['text']}={e['label']}:{e['concept_id']}" for e in over) or "-"
            if label == "?":
                verdict = "open"
            elif label is None:
                verdict = "found" if not over else "wrong"
            elif not over:
                verdict = "missed"
            elif any(e["label"] == label and e["concept_id"] in concepts.split("|") for e in over):
                same = any((e["start"], e["end"]) == (start, end) for e in over)
                verdict = "found" if same else "found~"
            else:
                verdict = "wrong"
            out.append((verdict, span, f"{label}:{concepts}" if label else "no entity", got, sent))
            pos = start
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="", help="verdicts to list, comma-separated (default: all)")
    args = ap.parse_args(argv)
    from pipeline.nlp.build import build_nlp
    rows = probe(build_nlp(relations=False))
    only = set(filter(None, args.only.split(",")))
    for verdict, span, expected, got, _ in rows:
        if not only or verdict in only:
            print(f"{verdict:6}  {span:45}  want {expected:45}  got {got}")
    counts = Counter(r[0] for r in rows)
    print(f"\n{len(rows)} items: " + ", ".join(f"{k} {counts[k]}" for k in ("found", "found~", "missed", "wrong", "open")))


if __name__ == "__main__":
    main()
