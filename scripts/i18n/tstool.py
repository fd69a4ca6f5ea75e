#!/usr/bin/env python3
"""Work on the Qt Linguist catalogs in translations/ without Qt Linguist.

  tstool.py status                      finished/total per language
  tstool.py export OUT.json [--all]     source texts still to translate (one entry
                                        per distinct text, with the languages that
                                        miss it); --all lists every text
  tstool.py apply IN.json [...]         fill in translations and mark them finished
  tstool.py release TS QM LRELEASE      compile one catalog for the program (the
                                        build does this), every text also filed
                                        under the context "mailsetup"

IN.json maps a source text to its translations:
  {"Close": {"de": "Schließen", "fr": "Fermer", "es": "Cerrar"},
   "%n file(s)": {"de": ["%n Datei", "%n Dateien"], ...}}      (plural: a list)
A text that occurs in several contexts gets the same translation in each.
Or, numbered after an export (shorter to write):
  {"from": "todo.json", "items": {"0": ["Schließen", "Fermer", "Cerrar"], ...}}

Edits the files as text, message by message, keeping lupdate's layout, so that
the next lupdate run (cmake --build BUILD --target update_translations) changes
nothing but what lupdate itself decides. Translations whose placeholders (%1..%9,
%n, %L1, HTML tags) differ from the source are refused with a message.
"""
import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("de", "fr", "es")
MESSAGE = re.compile(r"(    <message(?P<attrs>[^>]*)>\n)(?P<body>.*?)(    </message>\n)", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
TRANSLATION = re.compile(r"        <translation(?P<attrs>[^>]*)>(?P<body>.*?)</translation>\n", re.S)
# Qt's arguments and the HTML tags Qt's rich text knows; "<the .prf file>" is prose.
HTML_TAGS = "a|b|big|blockquote|body|br|code|div|em|font|h[1-6]|head|hr|html|i|img|li|ol|p|pre|s|small|span|strong|sub|sup|table|td|th|title|tr|tt|u|ul"
PLACEHOLDER = re.compile(r"%L?\d|%n|</?(?:" + HTML_TAGS + r")(?:\s[^<>]*)?/?>", re.I)


def ts_path(lang):
    return ROOT / "translations" / f"mailsetup_{lang}.ts"


def unescape(text):
    return html.unescape(text)


def escape(text):
    # As lupdate writes it.
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def messages(text):
    for m in MESSAGE.finditer(text):
        source = unescape(SOURCE.search(m.group("body")).group(1))
        t = TRANSLATION.search(m.group("body"))
        yield m, source, t, 'numerus="yes"' in m.group("attrs")


def is_unfinished(t):
    return t is None or 'type="' in t.group("attrs")


def status():
    for lang in LANGUAGES:
        text = ts_path(lang).read_text(encoding="utf-8")
        total = done = 0
        for _, _, t, _ in messages(text):
            total += 1
            done += not is_unfinished(t)
        print(f"{lang}: {done}/{total} finished")


def export(out, everything):
    wanted = {}
    for lang in LANGUAGES:
        for _, source, t, plural in messages(ts_path(lang).read_text(encoding="utf-8")):
            if everything or is_unfinished(t):
                entry = wanted.setdefault(source, {"plural": plural, "missing": []})
                if lang not in entry["missing"]:
                    entry["missing"].append(lang)
    Path(out).write_text(json.dumps(wanted, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(wanted)} texts written to {out}")


def check(source, lang, value):
    forms = value if isinstance(value, list) else [value]
    for form in forms:
        expected = placeholders(source)
        got = placeholders(form)
        if isinstance(value, list) and len(forms) > 1 and "%n" in expected:
            # A singular form may spell out "one" instead of %n.
            expected = [p for p in expected if p != "%n"]
            got = [p for p in got if p != "%n"]
        if expected != got:
            return f"{lang}: placeholders {got} differ from the source's {expected}: {source!r} -> {form!r}"
    return None


def apply(files):
    table = {}
    for f in files:
        data = json.loads(Path(f).read_text(encoding="utf-8"))
        if "from" in data and "items" in data:
            sources = list(json.loads(Path(data["from"]).read_text(encoding="utf-8")))
            data = {sources[int(i)]: dict(zip(LANGUAGES, v)) for i, v in data["items"].items()}
        table.update(data)
    problems = []
    for lang in LANGUAGES:
        path = ts_path(lang)
        text = path.read_text(encoding="utf-8")
        changed = 0

        def replace(m):
            nonlocal changed
            body = m.group("body")
            source = unescape(SOURCE.search(body).group(1))
            plural = 'numerus="yes"' in m.group("attrs")
            entry = table.get(source, {}).get(lang)
            if entry is None:
                return m.group(0)
            problem = check(source, lang, entry)
            if problem is None and plural != isinstance(entry, list):
                problem = f"{lang}: plural text needs a list of forms (or a plain one for a plain text): {source!r}"
            if problem:
                problems.append(problem)
                return m.group(0)
            if plural:
                forms = "".join(f"            <numerusform>{escape(f)}</numerusform>\n" for f in entry)
                new = f"        <translation>\n{forms}        </translation>\n"
            else:
                new = f"        <translation>{escape(entry)}</translation>\n"
            old = TRANSLATION.search(body)
            body = body[:old.start()] + new + body[old.end():] if old else body + new
            changed += 1
            return m.group(1) + body + m.group(4)

        text = MESSAGE.sub(replace, text)
        path.write_text(text, encoding="utf-8")
        print(f"{lang}: {changed} messages set")
    for p in problems:
        print("refused:", p, file=sys.stderr)
    return 1 if problems else 0


CONTEXT = re.compile(r"<context>\n    <name>(?P<name>.*?)</name>\n(?P<body>.*?)</context>\n", re.S)


def release(ts, qm, lrelease):
    # Code outside QObject classes translates with file-local helpers that look
    # up the context "mailsetup", but lupdate files those calls under the
    # enclosing class. A copy of each text under "mailsetup" finds them all;
    # QObject classes keep finding theirs under their own name.
    text = Path(ts).read_text(encoding="utf-8")
    shared = {}
    for c in CONTEXT.finditer(text):
        for m in MESSAGE.finditer(c.group("body")):
            key = SOURCE.search(m.group("body")).group(1)
            if c.group("name") == "mailsetup" or key not in shared:
                shared[key] = m.group(0)
    block = "<context>\n    <name>mailsetup</name>\n" + "".join(shared.values()) + "</context>\n"
    text = CONTEXT.sub(lambda c: "" if c.group("name") == "mailsetup" else c.group(0), text)
    text = text.replace("</TS>", block + "</TS>")
    Path(qm).parent.mkdir(parents=True, exist_ok=True)
    flat = Path(qm).with_suffix(".ts")
    flat.write_text(text, encoding="utf-8")
    import subprocess
    return subprocess.run([lrelease, "-silent", str(flat), "-qm", qm]).returncode


def main(argv):
    if len(argv) == 5 and argv[1] == "release":
        return release(argv[2], argv[3], argv[4])
    if len(argv) >= 2 and argv[1] == "status":
        status()
        return 0
    if len(argv) >= 3 and argv[1] == "export":
        export(argv[2], "--all" in argv[3:])
        return 0
    if len(argv) >= 3 and argv[1] == "apply":
        return apply(argv[2:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
