"""Adjudicates the held-out labels: the stored label and two blind labellers' (chunk-K-X, chunk-K-Y), majority of three.

Prints how far the labellers agree (figures and item pairs, never a line) and writes held-out.adjudicated.tsv beside the
evaluation files: id, item, holding, counted, and how the label was reached (« stored »: the stored label had a blind
labeller with it; « blind »: both blind labellers agreed against it; « split »: three different labels, the stored kept).

usage: python3 adjudicate.py EVALUATION_DIR LABELS_DIR
"""
import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "agreement"))
from compare import compare  # noqa: E402

PARTS = ["held-out"] + [f"held-out-{k}" for k in range(2, 10)]


def holdings(contract):
    table = {}
    for line in open(contract, encoding="utf-8"):
        m = re.match(r"\| ([a-z_]+\.[a-z_]+) \| [^|]* \| (yes|no|key) \|", line)
        if m:
            table[m.group(1)] = {"yes": "held", "no": "not_held", "key": "key"}[m.group(2)]
    return table


def majority(first, x, y):
    """The label of a line read three times, and how it was reached: « stored » (the first reading had a blind labeller with
    it), « blind » (both blind labellers agreed against it) or « split » (three different labels: the first kept)."""
    if x == y:
        return x, "stored" if x == first else "blind"
    return first, "stored" if first in (x, y) else "split"


def labels_of(paths):
    labels = {}
    for path in paths:
        for line in open(path, encoding="utf-8"):
            if line.strip():
                o = json.loads(line)
                labels[o["id"]] = (o["item"], bool(o["counted"]))
    return labels


def main(evaluation, labels_dir, contract):
    stored, procedure_of, ids = {}, {}, []
    for part in PARTS:
        for line in open(f"{evaluation}/{part}.jsonl", encoding="utf-8"):
            if line.strip():
                o = json.loads(line)
                stored[o["id"]] = (o["expected_item"], bool(o["expected_counted"]))
                procedure_of[o["id"]] = o["procedure"]
                ids.append(o["id"])
    x = labels_of(sorted(glob.glob(f"{labels_dir}/chunk-*-X.jsonl")))
    y = labels_of(sorted(glob.glob(f"{labels_dir}/chunk-*-Y.jsonl")))
    missing = [i for i in ids if i not in x or i not in y]
    if missing:
        sys.exit(f"{len(missing)} held-out lines lack a blind label")
    compare("stored vs blind X", stored, x, procedure_of, ids)
    compare("stored vs blind Y", stored, y, procedure_of, ids)
    compare("blind X vs blind Y", x, y, procedure_of, ids)
    table = holdings(contract)
    ways = {"stored": 0, "blind": 0, "split": 0}
    adjudicated = {}
    # Later draws are labelled three times from the start (round16/majority.py appends their rows): their rows are kept.
    path = f"{evaluation}/held-out.adjudicated.tsv"
    later = [l for l in open(path, encoding="utf-8") if "\t" in l and not l.startswith("id\t") and l.split("\t")[0] not in stored] if os.path.exists(path) else []
    with open(path, "w", encoding="utf-8") as sink:
        sink.write("# The held-out labels after a blind second and third reading (provenance/adjudication/README.md): majority of three.\n")
        sink.write("id\titem\tholding\tcounted\thow\n")
        for i in ids:
            label, how = majority(stored[i], x[i], y[i])
            ways[how] += 1
            adjudicated[i] = label
            sink.write(f"{i}\t{label[0]}\t{table[label[0]]}\t{'true' if label[1] else 'false'}\t{how}\n")
        sink.writelines(later)
    print(f"adjudicated {len(ids)} lines: stored label kept with a blind labeller {ways['stored']}, "
          f"both blind labellers against it {ways['blind']}, three different labels {ways['split']} (stored kept)")
    compare("stored vs adjudicated", stored, adjudicated, procedure_of, ids)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else os.path.join(here, "..", "..", "..", "..", "..", "..", "..", "shared", "domain", "dlnuf.md"))
