"""Draws the procedures of the blind agreement study from development.jsonl and writes the lines without their labels.

Rule (committed before the draw): the procedures of development.jsonl (every line there cites the source it was copied
from; the team's own lines are in team.jsonl and never drawn) are ordered by sha256(SEED + ":" + procedure); whole
procedures are taken in that order until the sample holds at least 300 lines. The held-out files are not read. Each line keeps what a labeller sees on the form or in its source (wording, input, options, value,
administration, the procedure's public) and loses what says the answer: expected_item, expected_held, expected_counted,
rules and the gatherer's note.

usage: python3 draw.py EVALUATION_DIR OUT.jsonl
"""
import hashlib
import json
import sys

SEED = "observatoire-probes/dlnuf-agreement/2026-12-05"
HIDDEN = {"expected_item", "expected_held", "expected_counted", "rules", "note"}


def publics_of(evaluation):
    """Whom each procedure is for, from publics.tsv: the context a scenario's `public` gives."""
    publics = {}
    for row in open(f"{evaluation}/publics.tsv", encoding="utf-8"):
        if row.startswith("#") or row.startswith("procedure\t"):
            continue
        cells = row.rstrip("\n").split("\t")
        publics[cells[0]] = cells[1]
    return publics


def main(evaluation, out):
    lines = [json.loads(l) for l in open(f"{evaluation}/development.jsonl", encoding="utf-8") if l.strip()]
    publics = publics_of(evaluation)
    by_procedure = {}
    for line in lines:
        by_procedure.setdefault(line["procedure"], []).append(line)
    order = sorted(by_procedure, key=lambda p: hashlib.sha256(f"{SEED}:{p}".encode()).hexdigest())
    taken = []
    for procedure in order:
        if sum(len(by_procedure[p]) for p in taken) >= 300:
            break
        taken.append(procedure)
    with open(out, "w", encoding="utf-8") as sink:
        for procedure in taken:
            for line in by_procedure[procedure]:
                blind = {k: v for k, v in line.items() if k not in HIDDEN}
                blind["public"] = publics.get(procedure, "particuliers")
                sink.write(json.dumps(blind, ensure_ascii=False) + "\n")
    print(f"{len(taken)} procedures, {sum(len(by_procedure[p]) for p in taken)} lines")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
