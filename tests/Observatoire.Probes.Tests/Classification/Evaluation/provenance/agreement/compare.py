"""Compares the labels of the agreement study: the stored development labels, each blind labeller's, and (apart, never
as a labeller: it was tuned on the stored labels) the classifier's.

usage: python3 compare.py EVALUATION_DIR BLIND.jsonl LABELLER.jsonl... [--development FILE] [--classifier DECISIONS.tsv]
--development: the stored labels to compare with (default EVALUATION_DIR/development.jsonl; the labels as they were
before the adjudication: git show f004d7b:tests/Observatoire.Probes.Tests/Classification/Evaluation/development.jsonl).
DECISIONS.tsv: id <tab> item|counted|flag lines, as the evaluation harness dumps them.
"""
import collections
import json
import sys


def level(score):
    return "Optimal" if score <= 1 else "Partiel" if score <= 4 else "Faible"


def load_labels(path):
    labels = {}
    for line in open(path, encoding="utf-8"):
        if line.strip():
            o = json.loads(line)
            labels[o["id"]] = (o["item"], bool(o["counted"]))
    return labels


def compare(name, truth, other, procedure_of, ids):
    both = [i for i in ids if i in truth and i in other]
    item = sum(truth[i][0] == other[i][0] for i in both)
    counted = sum(truth[i][1] == other[i][1] for i in both)
    tp = sum(truth[i][1] and other[i][1] for i in both)
    fp = sum(other[i][1] and not truth[i][1] for i in both)
    fn = sum(truth[i][1] and not other[i][1] for i in both)
    # Cohen's kappa on « counted »
    n = len(both)
    po = counted / n
    pt = sum(truth[i][1] for i in both) / n
    pr = sum(other[i][1] for i in both) / n
    pe = pt * pr + (1 - pt) * (1 - pr)
    kappa = (po - pe) / (1 - pe) if pe < 1 else 1.0
    scores = collections.defaultdict(lambda: (set(), set()))
    for i in both:
        t, o = scores[procedure_of[i]]
        if truth[i][1]:
            t.add(truth[i][0])
        if other[i][1]:
            o.add(other[i][0])
    exact = sum(len(t) == len(o) for t, o in scores.values())
    levels = sum(level(len(t)) == level(len(o)) for t, o in scores.values())
    print(f"{name}: {n} lines, item agreement {item / n:.3f}, counted agreement {po:.3f} (kappa {kappa:.2f}); "
          f"as if the second were a classifier against the first: counted precision {tp / max(1, tp + fp):.3f}, "
          f"recall {tp / max(1, tp + fn):.3f}; procedures {len(scores)}: score equal {exact}, level equal {levels}")
    pairs = collections.Counter((truth[i][0], other[i][0]) for i in both if truth[i][0] != other[i][0])
    for (a, b), count in pairs.most_common(8):
        print(f"    {a} -> {b}: {count}")
    return both


def main(args):
    evaluation, blind = args[0], args[1]
    rest = args[2:]
    decisions = None
    development = f"{evaluation}/development.jsonl"
    if "--development" in rest:
        k = rest.index("--development")
        development, rest = rest[k + 1], rest[:k] + rest[k + 2:]
    if "--classifier" in rest:
        k = rest.index("--classifier")
        decisions, rest = rest[k + 1], rest[:k] + rest[k + 2:]
    ids, procedure_of = [], {}
    for line in open(blind, encoding="utf-8"):
        if line.strip():
            o = json.loads(line)
            ids.append(o["id"])
            procedure_of[o["id"]] = o["procedure"]
    wanted = set(ids)
    stored = {}
    for line in open(development, encoding="utf-8"):
        if line.strip():
            o = json.loads(line)
            if o["id"] in wanted:
                stored[o["id"]] = (o["expected_item"], bool(o["expected_counted"]))
    labellers = {path.rsplit("/", 1)[-1].removesuffix(".jsonl"): load_labels(path) for path in rest}
    for name, labels in labellers.items():
        missing = wanted - labels.keys()
        if missing:
            print(f"{name}: {len(missing)} lines missing")
        compare(f"stored vs {name}", stored, labels, procedure_of, ids)
    names = list(labellers)
    for a in range(len(names)):
        for b in range(a + 1, len(names)):
            compare(f"{names[a]} vs {names[b]}", labellers[names[a]], labellers[names[b]], procedure_of, ids)
    if len(names) >= 2:
        # Lines where the two blind labellers agree: their shared label against the stored one.
        agreed = {i: labellers[names[0]][i] for i in ids if i in labellers[names[0]] and i in labellers[names[1]]
                  and labellers[names[0]][i] == labellers[names[1]][i]}
        print(f"the two blind labellers agree on {len(agreed)} of {len(ids)} lines (item and counted)")
        compare("stored vs the blind labellers where they agree", stored, agreed, procedure_of, ids)
    if decisions:
        classifier = {}
        for line in open(decisions, encoding="utf-8"):
            cells = line.rstrip("\n").split("\t")
            if len(cells) >= 3 and cells[1] in wanted:
                item, counted, _ = cells[2].split("|")
                classifier[cells[1]] = (item, counted == "True")
        print("-- the classifier (tuned on the stored labels: not a fair labeller)")
        compare("stored vs classifier", stored, classifier, procedure_of, ids)
        for name, labels in labellers.items():
            compare(f"{name} vs classifier", labels, classifier, procedure_of, ids)


if __name__ == "__main__":
    main(sys.argv[1:])
