"""Writes every held-out line without its label, in chunks of whole procedures, for two blind labellers per chunk.

Rule (committed before any chunk was written or labelled): every line of the held-out files, in file order
(held-out.jsonl, then held-out-2 … held-out-9), grouped by procedure; whole procedures are put in a chunk until it holds
at least 280 lines, then the next chunk starts; a last chunk under 140 lines joins the one before. Each line keeps what a labeller sees (wording, input, options, a value the
site put there, administration, the procedure's public) and loses expected_item, expected_held, expected_counted, rules
and the gatherer's note. The labels themselves are read later only by adjudicate.py, which prints figures, never lines.

usage: python3 blind.py EVALUATION_DIR OUT_DIR
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "agreement"))
from draw import publics_of  # noqa: E402

PARTS = ["held-out"] + [f"held-out-{k}" for k in range(2, 10)]
HIDDEN = {"expected_item", "expected_held", "expected_counted", "rules", "note"}
CHUNK = 280


def main(evaluation, out):
    os.makedirs(out, exist_ok=True)
    publics = publics_of(evaluation)
    chunks, current, procedure = [], [], None
    for part in PARTS:
        for line in open(f"{evaluation}/{part}.jsonl", encoding="utf-8"):
            if not line.strip():
                continue
            o = json.loads(line)
            if o["procedure"] != procedure and len(current) >= CHUNK:
                chunks.append(current)
                current = []
            procedure = o["procedure"]
            blind = {k: v for k, v in o.items() if k not in HIDDEN}
            blind["public"] = publics.get(procedure, "particuliers")
            blind["part"] = part
            current.append(blind)
    if current and len(current) < CHUNK // 2 and chunks:
        chunks[-1].extend(current)
    elif current:
        chunks.append(current)
    for k, chunk in enumerate(chunks, 1):
        with open(f"{out}/chunk-{k}.jsonl", "w", encoding="utf-8") as sink:
            for blind in chunk:
                sink.write(json.dumps(blind, ensure_ascii=False) + "\n")
        print(f"chunk-{k}: {len(chunk)} lines, {len({b['procedure'] for b in chunk})} procedures")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
