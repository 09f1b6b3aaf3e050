#!/usr/bin/python3
"""Validates Blauwdruk's JSON exports against the published JSON Schema with
an independent validator (python3-jsonschema, Draft 2020-12), not our code.

usage: validate_exports.py BLAUWDRUK_BINARY SCHEMA WORKDIR
"""
import json
import os
import sqlite3
import subprocess
import sys

import jsonschema


def run(binary, *args):
    result = subprocess.run([binary, *args], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"blauwdruk {' '.join(args)} failed ({result.returncode}): {result.stderr}")


def main():
    binary, schema_path, workdir = sys.argv[1:4]
    os.makedirs(workdir, exist_ok=True)
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    workspace = os.path.join(workdir, "example.blauwdruk")
    run(binary, "example", "-o", workspace)
    whole = os.path.join(workdir, "example.json")
    run(binary, "export", workspace, "-o", whole)
    outputs = [whole]
    with open(whole, encoding="utf-8") as f:
        journeys = json.load(f)["journeys"]
    for i, journey in enumerate(journeys):
        single = os.path.join(workdir, f"journey-{i}.json")
        run(binary, "export", workspace, "-o", single, "--journey", journey["id"])
        outputs.append(single)
    # A workspace made from a spreadsheet must validate too.
    grid = os.path.join(workdir, "grid.csv")
    run(binary, "export", workspace, "-o", grid, "--journey", journeys[0]["id"])
    from_grid = os.path.join(workdir, "from-grid.blauwdruk")
    run(binary, "import", grid, "-o", from_grid)
    grid_json = os.path.join(workdir, "from-grid.json")
    run(binary, "export", from_grid, "-o", grid_json)
    outputs.append(grid_json)

    # Work list, health and demo records (format 5), written by SQLite
    # itself as another tool would, then exported.
    demo = os.path.join(workdir, "demo.blauwdruk")
    run(binary, "example", "-o", demo)
    current = next(j for j in journeys if j["kind"] == "current")
    pain = next(c for c in current["cards"] if c["kind"] == "pain_point")
    with sqlite3.connect(demo) as db:
        db.execute("UPDATE cards SET due = '2027-03-31' WHERE owner <> ''")
        db.execute("UPDATE steps SET demo = 'https://demo.example/stap1'")
        db.execute("INSERT INTO dismissals VALUES ('d1', ?, 0, 'empty-lane', ?, 'later', "
                   "'2026-11-30T10:00:00Z')", (current["id"], current["lanes"][0]["id"]))
        db.execute("INSERT INTO demo_sessions VALUES ('s1', ?, 0, 'Buurthuis', '2027-03-04')",
                   (current["id"],))
        db.execute("INSERT INTO demo_verdicts VALUES ('v1', ?, 's1', 0, ?, 'partly', "
                   "'Beter', 'Bewoner 2')", (current["id"], pain["id"]))
    run(binary, "check", demo)
    demo_json = os.path.join(workdir, "demo.json")
    run(binary, "export", demo, "-o", demo_json)
    outputs.append(demo_json)

    failures = 0
    # `check --health --json` says what the user guide says it says.
    health = subprocess.run([binary, "check", "--health", demo, "--json"],
                            capture_output=True, text=True)
    health_schema = {
        "type": "object", "additionalProperties": False, "required": ["findings"],
        "properties": {"findings": {"type": "array", "items": {
            "type": "object",
            "required": ["code", "journey", "target", "title", "advice", "dismissed"],
            "properties": {k: {"type": "string"} for k in
                           ["code", "journey", "target", "title", "advice", "reason"]}
            | {"dismissed": {"type": "boolean"}}}}}}
    try:
        jsonschema.validate(json.loads(health.stdout), health_schema)
    except (ValueError, jsonschema.ValidationError) as error:
        print(f"check --health --json: {error}")
        failures += 1
    if health.returncode not in (0, 1):
        print(f"check --health --json exited {health.returncode}")
        failures += 1
    for path in outputs:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        for error in errors:
            print(f"{path}: {'/'.join(map(str, error.path))}: {error.message}")
        failures += bool(errors)
    # The schema must also reject what our importer rejects.
    broken = json.loads(open(whole, encoding="utf-8").read())
    broken["journeys"][0]["kind"] = "dream"
    if validator.is_valid(broken):
        print("schema accepted a journey kind 'dream'")
        failures += 1
    print(f"{len(outputs) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
