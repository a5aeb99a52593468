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
]

SECRETION: list[Item] = [
    ("Wharton's jelly MSCs secrete GDNF and BDNF in culture.",
     [(SE, "cell:wj_msc", "factor:GDNF", None, ""), (SE, "cell:wj_msc", "factor:BDNF", None, "")]),
]

CELL_OUTCOMES: list[Item] = [
    ("Intravenous bone marrow MSCs prolonged survival of SOD1-G93A mice.",
     [(AV, "cell:bm_msc", "route:intravenous", None, ""), (AF, "cell:bm_msc", "outcome:survival", FAV, "")]),
]

FACTOR_OUTCOMES: list[Item] = [
    ("GDNF delivered to the muscle preserved neuromuscular junction innervation in the rats.",
     [(FA, "factor:GDNF", "outcome:neuromuscular", FAV, "")]),
]

REFERENCE: list[Item] = [
    ("Adipose-derived MSCs were expanded for three weeks. The cells were then given intravenously.",
     [(AV, "cell:ad_msc", "route:intravenous", None, "")]),
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
