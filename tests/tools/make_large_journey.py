#!/usr/bin/python3
"""Writes a Blauwdruk JSON workspace with one large journey, for measuring the
command line and the editor at and beyond the limits (docs/performance.md).

    make_large_journey.py CARDS OUT.json [--connections N] [--text-bytes N]

One journey of 10 stages x 5 steps and the 7 default lanes; the cards are
spread evenly over the 350 cells, each with an ordinary title, text, owner
and tags; N connections join neighbouring cards. --text-bytes puts one text
of that many characters into the first persona's story (hostile input).
"""
import argparse
import json
import uuid


def ident(kind, i):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"blauwdruk-bench/{kind}/{i}"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("cards", type=int)
    parser.add_argument("out")
    parser.add_argument("--connections", type=int, default=0)
    parser.add_argument("--text-bytes", type=int, default=0)
    args = parser.parse_args()

    lanes_kinds = [("customer", "Inwoner", ""), ("evidence", "Contactmoment", ""),
                   ("frontstage", "Frontstage", "interaction"),
                   ("backstage", "Backstage", "visibility"),
                   ("support", "Ondersteunende processen", "internal_interaction"),
                   ("tech", "Techniek", ""), ("pain_points", "Knelpunten", "")]
    persona = {"id": ident("persona", 0), "name": "Samira", "story": "x" * args.text_bytes}
    stages, steps = [], []
    for s in range(10):
        stages.append({"id": ident("stage", s), "title": f"Fase {s + 1}"})
        for i in range(5):
            steps.append({"id": ident("step", len(steps)), "stage": ident("stage", s),
                          "title": f"Stap {s + 1}.{i + 1}"})
    lanes = [{"id": ident("lane", i), "kind": k, "title": t, "line_above": line}
             for i, (k, t, line) in enumerate(lanes_kinds)]
    kinds = ["note", "pain_point", "opportunity", "idea", "question"]
    cells = [(s["id"], l["id"]) for s in steps for l in lanes]  # column order, then lane
    per_cell = [[] for _ in cells]
    for i in range(args.cards):
        per_cell[i % len(cells)].append(i)
    cards = []
    for cell, numbers in zip(cells, per_cell):
        for i in numbers:
            cards.append({"id": ident("card", i), "step": cell[0], "lane": cell[1],
                          "kind": kinds[i % len(kinds)],
                          "title": f"Kaart {i} met een titel van gewone lengte",
                          "text": "Een langere toelichting zoals groepen die tijdens een sessie typen.",
                          "owner": "Team Inkomen", "tags": ["B1", "privacy"]})
    connections = [{"id": ident("connection", i), "from": cards[i]["id"],
                    "to": cards[i + 1]["id"]} for i in range(min(args.connections, len(cards) - 1))]
    journey = {"id": ident("journey", 0), "title": "Grote klantreis", "kind": "ideal",
               "persona": persona["id"], "stages": stages, "steps": steps, "lanes": lanes,
               "cards": cards, "connections": connections}
    root = {"format": "blauwdruk", "version": 2,
            "workspace": {"title": "Benchmark", "language": "nl"},
            "personas": [persona], "journeys": [journey], "versions": []}
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(root, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
