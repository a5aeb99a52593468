"""(helper GA, s29) Blocking experiments as FACTOR_AFFECTS (SPEC 3: `the factor changes the outcome`): a block of the
factor that took a benefit away states that the factor produces it (favorable, the factor's own effect), one that
left it states null; `this protection`, `its protective effect` refer back to the end point named before (SPEC:
anaphora resolves to the antecedent's concept). Invented sentences only, through the shipped pipeline."""
from __future__ import annotations

import pytest

from tests.pipeline_rows import relations_by_key

MN = "outcome:motor_neuron_survival"


def test_a_block_that_cuts_the_protection_named_before_it_is_the_factors_benefit(full_nlp):
    rows = relations_by_key(full_nlp, (
        "Astrocyte medium in excitotoxicity\nMedium conditioned by human astrocytes reduced kainate-induced motor neuron "
        "death by 40%; antibodies against GDNF cut this protection by half, whereas antibodies against NGF had no "
        "significant effect."))
    assert rows[("FACTOR_AFFECTS", "factor:GDNF", MN)]["effect"] == "favorable"
    assert rows[("FACTOR_AFFECTS", "factor:NGF", MN)]["effect"] == "null"


def test_a_protection_referred_back_to_takes_the_end_point_of_an_earlier_sentence(full_nlp):
    rows = relations_by_key(full_nlp, (
        "Umbilical cord MSCs in a co-culture model\nCo-culture with umbilical cord MSCs reduced motor neuron death by "
        "half. The medium contained BDNF and HGF at high levels. Neutralising BDNF abolished the protection, whereas "
        "HGF depletion had no effect."))
    assert rows[("FACTOR_AFFECTS", "factor:BDNF", MN)]["effect"] == "favorable"
    assert rows[("FACTOR_AFFECTS", "factor:HGF", MN)]["effect"] == "null"
    assert rows[("AFFECTS", "cell:uc_msc", MN)]["effect"] == "favorable"


def test_depleting_listed_factors_from_a_product_shows_each_ones_part_and_the_products_benefit(full_nlp):
    rows = relations_by_key(full_nlp, (
        "Adipose MSC secretome\nThe secretome of adipose MSCs preserved motor neuron survival after oxidative injury. "
        "Depletion of CNTF and LIF from the secretome reduced its protective effect by 60%."))
    assert rows[("FACTOR_AFFECTS", "factor:CNTF", MN)]["effect"] == "favorable"
    assert rows[("FACTOR_AFFECTS", "factor:LIF", MN)]["effect"] == "favorable"
    # the product's protection, which the depletion reduced, stays its benefit
    assert {r["effect"] for k, r in rows.items() if k[:2] == ("AFFECTS", "cell:msc_ev")} == {"favorable"}


@pytest.mark.parametrize("text", [
    # no block: the factor is only measured, and the protection lasted
    "Umbilical cord MSCs in a co-culture model\nCo-culture with umbilical cord MSCs reduced motor neuron death by half. "
    "BDNF was detected in the medium, and the protection lasted for seven days.",
    # a factor added, not blocked: what it did to the protection is no blocking read-out
    "Umbilical cord MSCs in a co-culture model\nCo-culture with umbilical cord MSCs reduced motor neuron death by half. "
    "The protection was measured again after BDNF had been added to the medium.",
])
def test_a_protection_without_a_block_of_the_factor_gives_it_no_end_point(full_nlp, text):
    rows = relations_by_key(full_nlp, text)
    assert not [k for k in rows if k[0] == "FACTOR_AFFECTS"]
