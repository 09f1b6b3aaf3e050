#!/usr/bin/python3
"""The poster benchmark (docs/performance.md): Blauwdruk's whole-process open,
first frame and exports of large journeys, beside Graphviz and Dia drawing
the same diagram.

    posterbench.py [--blauwdruk build/app/blauwdruk] [--sizes S,M,L,XL]
                   [--runs 3] [--work DIR] [--keep]
    posterbench.py generate SIZE OUT.json [--no-connections]

For each size it writes one journey (steps x 6 lanes x cards per cell) with
Dutch card texts of one to three lines, imports it, and writes the same
diagram (lanes, step headers, cards with their texts, arrows, at the
positions Blauwdruk's layout gives them) as a Graphviz file with fixed
positions and as a Dia file. Then it times, as whole processes, alternating
the tools run by run, and prints medians, output sizes, peak memory and our
time divided by the peer's. Graphviz and Dia are Debian packages:
apt-get install graphviz dia.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from xml.sax.saxutils import escape

SIZES = {"S": (20, 2), "M": (60, 3), "L": (200, 4), "XL": (500, 4)}
LANES = [("customer", "Inwoner", ""), ("frontstage", "Frontstage", "interaction"),
         ("backstage", "Backstage", "visibility"),
         ("tech", "Techniek", "internal_interaction"), ("content", "Content", ""),
         ("governance", "Governance", "")]
KINDS = ["note", "note", "note", "pain_point", "opportunity", "idea", "question"]
PHRASES = [
    "Inwoner vraagt bijstand aan via het digitale loket",
    "Consulent belt binnen twee werkdagen terug",
    "Brief over de beslissing in begrijpelijke taal",
    "Gesprek aan de keukentafel over zorg en financiën",
    "Schuldhulpverlening plant een eerste afspraak",
    "Gegevens worden één keer gevraagd",
    "Privacyverklaring wordt uitgelegd",
    "Overzicht van toeslagen en regelingen",
    "Wachttijd voor een reactie is onduidelijk",
    "Formulier vraagt dezelfde gegevens opnieuw",
    "Coördinatie tussen Wmo en participatiewet",
    "Vaste contactpersoon voor het hele traject",
    "Cliëntondersteuner helpt met de aanvraag",
    "Controle op rechtmatigheid achteraf",
    "Terugkoppeling over de voortgang per sms",
    "Beleidsregels worden getoetst op menselijke maat",
]

# Blauwdruk's layout (export/blueprintstyle.h), so the peers draw the
# diagram at the same positions and sizes.
LANE_HEADER, STAGE_H, STEP_H, COLUMN, CARD_W = 184, 40, 72, 216, 192
CARD_GAP, PADDING, LINE_H, CARD_MIN_H = 8, 12, 18, 88


def ident(kind, i):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"blauwdruk-bench/{kind}/{i}"))


def card_title(i):
    """One to three phrases: a title of one to three lines on the card."""
    count = 1 + (i * 7 + i // 5) % 3
    return " — ".join(PHRASES[(i * 3 + k * 5) % len(PHRASES)] for k in range(count))


def diagram(size, connections=True):
    """The journey as plain data: steps, lanes, cards[(id, step, lane, kind,
    title)], connections[(from, to)]."""
    steps, per_cell = SIZES[size]
    cards, links = [], []
    grid = {}
    for s in range(steps):
        for lane in range(len(LANES)):
            for k in range(per_cell):
                n = len(cards)
                grid[(s, lane, k)] = n
                cards.append((n, s, lane, KINDS[n % len(KINDS)], card_title(n)))
    if connections:
        # About one per card: down to the neighbouring lane within each step,
        # and along the customer lane from step to step.
        for s in range(steps):
            for lane in range(len(LANES) - 1):
                for k in range(per_cell):
                    links.append((grid[(s, lane, k)], grid[(s, lane + 1, k)]))
            if s + 1 < steps:
                links.append((grid[(s, 0, 0)], grid[(s + 1, 0, 0)]))
    return steps, per_cell, cards, links


def write_json(size, out, connections=True):
    steps, _, cards, links = diagram(size, connections)
    stages = [{"id": ident("stage", g), "title": f"Fase {g + 1}"}
              for g in range((steps + 4) // 5)]
    step_list = [{"id": ident("step", s), "stage": ident("stage", s // 5),
                  "title": f"Stap {s + 1}: aanvraag en gesprek"} for s in range(steps)]
    lanes = [{"id": ident("lane", i), "kind": k, "title": t, "line_above": line}
             for i, (k, t, line) in enumerate(LANES)]
    card_list = [{"id": ident("card", n), "step": ident("step", s), "lane": ident("lane", lane),
                  "kind": kind, "title": title} for n, s, lane, kind, title in cards]
    connection_list = [{"id": ident("connection", i), "from": ident("card", a),
                        "to": ident("card", b)} for i, (a, b) in enumerate(links)]
    persona = {"id": ident("persona", 0), "name": "Samira"}
    journey = {"id": ident("journey", 0), "title": f"Aanvraag bijstand ({size})",
               "kind": "ideal", "persona": persona["id"], "stages": stages,
               "steps": step_list, "lanes": lanes, "cards": card_list,
               "connections": connection_list}
    root = {"format": "blauwdruk", "version": 2,
            "workspace": {"title": "Benchmark", "language": "nl"},
            "personas": [persona], "journeys": [journey], "versions": []}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(root, f, ensure_ascii=False)


def wrapped(title, chars=28):
    lines, line = [], ""
    for word in title.split():
        if line and len(line) + 1 + len(word) > chars:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + [line]


def placed(size, connections=True):
    """Boxes as Blauwdruk's layout places them: (x, y, w, h, lines) per card,
    lanes (x, y, w, h, title) and step headers."""
    steps, per_cell, cards, links = diagram(size, connections)
    heights = {n: max(CARD_MIN_H, 40 + LINE_H * len(wrapped(t))) for n, _, _, _, t in cards}
    lane_h = []
    for lane in range(len(LANES)):
        cells = {}
        for n, s, ln, _, _ in cards:
            if ln == lane:
                cells[s] = cells.get(s, 0) + heights[n] + CARD_GAP
        tallest = max(cells.values())
        lane_h.append(tallest - CARD_GAP + 2 * PADDING)
    top = STAGE_H + STEP_H
    lane_y = []
    for h in lane_h:
        lane_y.append(top)
        top += h
    width = LANE_HEADER + steps * COLUMN
    lanes = [(0, y, width, h, LANES[i][1]) for i, (y, h) in enumerate(zip(lane_y, lane_h))]
    headers = [(LANE_HEADER + s * COLUMN, STAGE_H, COLUMN, STEP_H, f"Stap {s + 1}")
               for s in range(steps)]
    boxes, filled = {}, {}
    for n, s, ln, kind, title in cards:
        y = lane_y[ln] + PADDING + filled.get((s, ln), 0)
        filled[(s, ln)] = filled.get((s, ln), 0) + heights[n] + CARD_GAP
        x = LANE_HEADER + s * COLUMN + (COLUMN - CARD_W) / 2
        boxes[n] = (x, y, CARD_W, heights[n], wrapped(title), kind)
    return (width, top), lanes, headers, boxes, links


COLOURS = {"note": "#FFF6D5", "pain_point": "#FBE0DE", "opportunity": "#DDF1E4",
           "idea": "#E3EEFB", "question": "#EFE6F7"}


def write_dot(size, out, connections=True):
    (w, h), lanes, headers, boxes, links = placed(size, connections)
    pt = 0.75  # CSS pixels to points; y grows upwards in Graphviz

    def pos(x, y, bw, bh):
        return f'"{(x + bw / 2) * pt:.1f},{(h - y - bh / 2) * pt:.1f}"'

    with open(out, "w", encoding="utf-8") as f:
        f.write('digraph blueprint {\nnode [shape=box fontname="DejaVu Sans" fontsize=9 '
                'fixedsize=true style="rounded,filled" penwidth=0.75];\n'
                'edge [arrowsize=0.6 color="#444C56"];\n')
        f.write(f'bb="0,0,{w * pt:.0f},{h * pt:.0f}";\n')
        for i, (x, y, bw, bh, title) in enumerate(lanes):
            f.write(f'lane{i} [pos={pos(x, y, bw, bh)} width={bw / 96:.2f} '
                    f'height={bh / 96:.2f} label="{title}" style=filled fillcolor="#F7F7F5" '
                    f'labeljust=l];\n')
        for i, (x, y, bw, bh, title) in enumerate(headers):
            f.write(f'step{i} [pos={pos(x, y, bw, bh)} width={bw / 96:.2f} '
                    f'height={bh / 96:.2f} label="{title}" style=filled fillcolor="#ECECE7"];\n')
        for n, (x, y, bw, bh, lines, kind) in boxes.items():
            label = "\\n".join(line.replace('"', '\\"') for line in lines)
            f.write(f'c{n} [pos={pos(x, y, bw, bh)} width={bw / 96:.2f} height={bh / 96:.2f} '
                    f'label="{label}" fillcolor="{COLOURS[kind]}"];\n')
        for a, b in links:
            f.write(f"c{a} -> c{b};\n")
        f.write("}\n")


def write_dia(size, out, connections=True):
    (w, h), lanes, headers, boxes, links = placed(size, connections)
    cm = 2.54 / 96
    ids = iter(range(10**9))

    def box(x, y, bw, bh, fill):
        return (f'<dia:object type="Standard - Box" version="0" id="O{next(ids)}">'
                f'<dia:attribute name="elem_corner"><dia:point val="{x * cm:.3f},{y * cm:.3f}"/>'
                f'</dia:attribute><dia:attribute name="elem_width"><dia:real val="{bw * cm:.3f}"/>'
                f'</dia:attribute><dia:attribute name="elem_height"><dia:real val="{bh * cm:.3f}"/>'
                f'</dia:attribute><dia:attribute name="inner_color"><dia:color val="{fill}"/>'
                f'</dia:attribute><dia:attribute name="corner_radius"><dia:real val="0.15"/>'
                f'</dia:attribute></dia:object>\n')

    def text(x, y, content):
        return (f'<dia:object type="Standard - Text" version="1" id="O{next(ids)}">'
                f'<dia:attribute name="text"><dia:composite type="text">'
                f'<dia:attribute name="string"><dia:string>#{escape(content)}#</dia:string>'
                f'</dia:attribute><dia:attribute name="font"><dia:font family="sans" style="0" '
                f'name="Helvetica"/></dia:attribute><dia:attribute name="height">'
                f'<dia:real val="0.32"/></dia:attribute><dia:attribute name="pos">'
                f'<dia:point val="{x * cm:.3f},{y * cm:.3f}"/></dia:attribute>'
                f'<dia:attribute name="color"><dia:color val="#1F2328"/></dia:attribute>'
                f'<dia:attribute name="alignment"><dia:enum val="0"/></dia:attribute>'
                f'</dia:composite></dia:attribute></dia:object>\n')

    with open(out, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<dia:diagram xmlns:dia="http://www.lysator.liu.se/~alla/dia/">\n'
                '<dia:layer name="Achtergrond" visible="true" active="true">\n')
        for x, y, bw, bh, title in lanes + headers:
            f.write(box(x, y, bw, bh, "#F7F7F5"))
            f.write(text(x + 8, y + 20, title))
        for x, y, bw, bh, lines, kind in boxes.values():
            f.write(box(x, y, bw, bh, COLOURS[kind]))
            f.write(text(x + 12, y + 24, "\n".join(lines)))
        for a, b in links:
            ax, ay, aw, ah = boxes[a][:4]
            bx, by, bw, bh = boxes[b][:4]
            start = (ax + aw / 2, ay + ah) if bx == ax else (ax + aw, ay + ah / 2)
            end = (bx + bw / 2, by) if bx == ax else (bx, by + bh / 2)
            f.write(f'<dia:object type="Standard - Line" version="0" id="O{next(ids)}">'
                    f'<dia:attribute name="conn_endpoints">'
                    f'<dia:point val="{start[0] * cm:.3f},{start[1] * cm:.3f}"/>'
                    f'<dia:point val="{end[0] * cm:.3f},{end[1] * cm:.3f}"/></dia:attribute>'
                    f'<dia:attribute name="end_arrow"><dia:enum val="22"/></dia:attribute>'
                    f'<dia:attribute name="end_arrow_length"><dia:real val="0.3"/></dia:attribute>'
                    f'<dia:attribute name="end_arrow_width"><dia:real val="0.3"/></dia:attribute>'
                    f'</dia:object>\n')
        f.write("</dia:layer>\n</dia:diagram>\n")


def measured(command, env):
    """Wall seconds and peak resident memory (MB) of one whole process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env=env)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if process.returncode != 0:
        sys.exit(f"posterbench: {' '.join(command)} failed ({process.returncode}):\n{error}")
    return seconds, usage.ru_maxrss / 1024


def tasks(blauwdruk, work, size, connections):
    tag = f"{size}{'' if connections else '-bare'}"
    base = os.path.join(work, tag)
    file = base + ".blauwdruk"
    ours = {
        "open": [blauwdruk, "info", file],
        "first frame": [blauwdruk, "--screenshot", base + "-frame.png", "--size", "1920x1080",
                        file],
        "SVG": [blauwdruk, "export", file, "-o", base + ".svg"],
        "PDF A0": [blauwdruk, "export", file, "-o", base + ".pdf", "--paper", "A0"],
        "PNG 4000": [blauwdruk, "export", file, "-o", base + ".png", "--width", "4000"],
    }
    outputs = {"SVG": base + ".svg", "PDF A0": base + ".pdf", "PNG 4000": base + ".png"}
    peers = {}
    if shutil.which("neato"):
        peers["neato SVG"] = ["neato", "-n2", "-Tsvg", base + ".gv", "-o", base + "-neato.svg"]
        peers["neato PDF"] = ["neato", "-n2", "-Tpdf", base + ".gv", "-o", base + "-neato.pdf"]
        outputs["neato SVG"] = base + "-neato.svg"
        outputs["neato PDF"] = base + "-neato.pdf"
    if shutil.which("dia"):
        peers["Dia SVG"] = ["dia", "-n", "-e", base + "-dia.svg", "-t", "svg", base + ".dia"]
        outputs["Dia SVG"] = base + "-dia.svg"
    return file, base, ours, peers, outputs


def prepare(blauwdruk, work, size, connections, env):
    file, base, _, _, _ = tasks(blauwdruk, work, size, connections)
    write_json(size, base + ".json", connections)
    if os.path.exists(file):
        os.remove(file)
    subprocess.run([blauwdruk, "import", base + ".json", "-o", file], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    write_dot(size, base + ".gv", connections)
    write_dia(size, base + ".dia", connections)


def bench(args):
    blauwdruk = os.path.abspath(args.blauwdruk)
    work = args.work or tempfile.mkdtemp(prefix="posterbench-")
    os.makedirs(work, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=work)
    env.pop("DISPLAY", None)
    ratios = {"SVG": ["neato SVG", "Dia SVG"], "PDF A0": ["neato PDF"]}
    for tool, package in (("neato", "graphviz"), ("dia", "dia")):
        if not shutil.which(tool):
            print(f"posterbench: {tool} is not installed, so it is left out "
                  f"(apt-get install {package})", file=sys.stderr)
    kept = "kept" if args.keep or args.work else "removed at the end (--keep keeps them)"
    print(f"posterbench: medians of {args.runs} runs, whole processes; files in {work}, {kept}")
    print("  ratio: our median time divided by the peer's (below 1: Blauwdruk is faster)")
    for size in args.sizes.split(","):
        for connections in (True, False):
            prepare(blauwdruk, work, size, connections, env)
            _, _, ours, peers, outputs = tasks(blauwdruk, work, size, connections)
            everything = {**ours, **peers}
            times = {name: [] for name in everything}
            memory = {name: 0.0 for name in everything}
            for _ in range(args.runs):  # alternating: one run of each, then again
                for name, command in everything.items():
                    seconds, mb = measured(command, env)
                    times[name].append(seconds)
                    memory[name] = max(memory[name], mb)
            steps, per_cell, cards, links = diagram(size, connections)
            print(f"\n{size}: {steps} steps x {len(LANES)} lanes x {per_cell} cards per cell = "
                  f"{len(cards)} cards, {len(links)} connections")
            print(f"  {'task':<12} {'median s':>9} {'peak MB':>8} {'output':>10}  ratio (ours / peer)")
            for name in everything:
                median = statistics.median(times[name])
                out = outputs.get(name)
                kb = f"{os.path.getsize(out) / 1e6:.1f} MB" if out else ""
                ratio = "  ".join(
                    f"{median / statistics.median(times[peer]):.2f} x {peer}"
                    for peer in ratios.get(name, []) if peer in times)
                print(f"  {name:<12} {median:9.3f} {memory[name]:8.0f} {kb:>10}  {ratio}")
            sys.stdout.flush()
    if not args.keep and not args.work:
        shutil.rmtree(work)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "generate":
        parser = argparse.ArgumentParser(prog="posterbench.py generate")
        parser.add_argument("size", choices=SIZES)
        parser.add_argument("out")
        parser.add_argument("--no-connections", action="store_true")
        args = parser.parse_args(sys.argv[2:])
        write_json(args.size, args.out, not args.no_connections)
        return
    parser = argparse.ArgumentParser(
        description="Times Blauwdruk's open, first frame and poster exports beside Graphviz "
                    "(neato -n2) and Dia on the same diagram (docs/performance.md).",
        epilog="posterbench.py generate SIZE OUT.json [--no-connections] writes one workload "
               "as Blauwdruk JSON, to import with `blauwdruk import`.")
    parser.add_argument("--blauwdruk", default="build/app/blauwdruk",
                        help="the program to measure (default: %(default)s)")
    parser.add_argument("--sizes", default="S,M,L,XL",
                        help="comma-separated, of S (240 cards), M (1,080), L (4,800), "
                             "XL (12,000) (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=3,
                        help="runs of every task; the median is printed (default: %(default)s)")
    parser.add_argument("--work", help="folder for the files (kept); default: a temporary one")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary folder with every file made")
    bench(parser.parse_args())


if __name__ == "__main__":
    main()
