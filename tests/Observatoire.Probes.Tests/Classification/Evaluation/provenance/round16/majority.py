"""The tenth draw (round 16): every line labelled by its gatherer and, blind, by two more labellers; the majority of the
three is stored (split.json → tenth_draw). Prints how far the labellers agree (figures only, never a line), then writes
the draw: the held-out groups' lines to held-out-10.jsonl, the others appended to development.jsonl, the draw's entries
appended to held-out.adjudicated.tsv (how each label was reached) and the procedures' publics to publics.tsv.

usage: python3 majority.py EVALUATION_DIR DRAW.json   (DRAW.json: groups, same_family_as_development, held_out_groups)
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "agreement"))
sys.path.insert(0, os.path.join(here, "..", "adjudication"))
from compare import compare  # noqa: E402
from adjudicate import holdings, labels_of, majority  # noqa: E402

GATHERED = ["s16envi", "s16just", "s16local", "s16money"]


def main(evaluation, draw_path):
    labels = os.path.join(here, "labels")
    lines = [json.loads(l) for g in GATHERED for l in open(os.path.join(labels, g + ".jsonl"), encoding="utf-8") if l.strip()]
    ids = [o["id"] for o in lines]
    procedure_of = {o["id"]: o["procedure"] for o in lines}
    gatherer = {o["id"]: (o["expected_item"], bool(o["expected_counted"])) for o in lines}
    x = labels_of([os.path.join(labels, "blind-X.jsonl")])
    y = labels_of([os.path.join(labels, "blind-Y.jsonl")])
    rules = {}
    for name in ("blind-X", "blind-Y"):
        for l in open(os.path.join(labels, name + ".jsonl"), encoding="utf-8"):
            if l.strip():
                o = json.loads(l)
                rules.setdefault(o["id"], {})[name] = sorted(set(o.get("rules") or []))
    assert set(ids) == set(x) == set(y), "every line has three labels"
    compare("gatherer vs blind X", gatherer, x, procedure_of, ids)
    compare("gatherer vs blind Y", gatherer, y, procedure_of, ids)
    compare("blind X vs blind Y", x, y, procedure_of, ids)

    table = holdings(os.path.join(here, "..", "..", "..", "..", "..", "..", "..", "shared", "domain", "dlnuf.md"))
    draw = json.load(open(draw_path, encoding="utf-8"))
    held_out_procedures = {p for g in draw["held_out_groups"] for p in draw["groups"][g]}
    ways = {"stored": 0, "blind": 0, "split": 0}
    kept = {}
    held_out, development, adjudicated = [], [], []
    for o in lines:
        i = o["id"]
        label, how = majority(gatherer[i], x[i], y[i])
        ways[how] += 1
        kept[i] = label
        if label != gatherer[i]:
            # The blind labellers' reading replaces the gatherer's, with the rules they named; the gatherer's note goes.
            o["expected_item"], o["expected_counted"] = label
            o["rules"] = sorted(set(rules[i]["blind-X"]) | set(rules[i]["blind-Y"]))
            o.pop("note", None)
        o["expected_held"] = table[o["expected_item"]]
        (held_out if o["procedure"] in held_out_procedures else development).append(o)
        if o["procedure"] in held_out_procedures:
            adjudicated.append(f"{i}\t{label[0]}\t{table[label[0]]}\t{'true' if label[1] else 'false'}\t{how}\n")
    print(f"stored {len(ids)} lines: the gatherer's label with a blind labeller {ways['stored']}, both blind labellers against it "
          f"{ways['blind']}, three different labels {ways['split']} (the gatherer's kept)")
    compare("gatherer vs stored (majority)", gatherer, kept, procedure_of, ids)

    with open(os.path.join(evaluation, "held-out-10.jsonl"), "w", encoding="utf-8") as sink:
        sink.writelines(json.dumps(o, ensure_ascii=False) + "\n" for o in held_out)
    with open(os.path.join(evaluation, "development.jsonl"), "a", encoding="utf-8") as sink:
        sink.writelines(json.dumps(o, ensure_ascii=False) + "\n" for o in development)
    with open(os.path.join(evaluation, "held-out.adjudicated.tsv"), "a", encoding="utf-8") as sink:
        sink.writelines(adjudicated)
    with open(os.path.join(evaluation, "publics.tsv"), "a", encoding="utf-8") as sink:
        sink.writelines(l for l in open(os.path.join(labels, "publics.tsv"), encoding="utf-8") if l.strip())
    print(f"held-out-10.jsonl: {len(held_out)} lines, {len(held_out_procedures)} procedures; development: +{len(development)} lines")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
