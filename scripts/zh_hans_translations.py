"""Fill the zh_Hans catalogue from the term tables and compile it (polib: no gettext needed).

The tables are ``locale/zh_Hans/terms/*.json`` ({"English msgid": "中文"}), one per subject; a
plural entry is given under its singular msgid, with the plural's placeholders (Chinese has one form);
an entry with a context under "context\u0004msgid" (gettext's own separator). Run
after `make messages` added new msgids; entries already translated in the .po file are kept.
Exits non-zero and lists what is still untranslated.
"""

import json
from pathlib import Path

import polib

LOCALE = Path(__file__).resolve().parent.parent / "locale" / "zh_Hans"
PO = LOCALE / "LC_MESSAGES" / "django.po"


def load_terms() -> dict[str, str]:
    terms: dict[str, str] = {}
    for table in sorted((LOCALE / "terms").glob("*.json")):
        terms.update(json.loads(table.read_text(encoding="utf-8")))
    return terms


def main():
    terms = load_terms()
    po = polib.pofile(str(PO))
    po.metadata["Plural-Forms"] = "nplurals=1; plural=0;"
    po.metadata["Language"] = "zh_Hans"
    missing = []
    for entry in po:
        if "fuzzy" in entry.flags:  # a guess by makemessages: never keep it, singular or plural
            entry.flags.remove("fuzzy")
            entry.msgstr = ""
            if entry.msgid_plural:
                entry.msgstr_plural = {0: ""}
        if entry.msgid_plural:  # Chinese has one plural form: the table gives it under the singular msgid
            if entry.msgid in terms:
                entry.msgstr_plural = {0: terms[entry.msgid]}
            if not entry.msgstr_plural.get(0):
                missing.append(entry.msgid)
            continue
        key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        if key in terms:
            entry.msgstr = terms[key]
        if not entry.msgstr:
            missing.append(entry.msgid)
    po.save()
    po.save_as_mofile(str(PO.with_suffix(".mo")))
    if missing:
        raise SystemExit("Untranslated:\n" + "\n".join(missing))
    print(f"{PO.name}: {len(po)} entries translated; compiled {PO.with_suffix('.mo').name}")


if __name__ == "__main__":
    main()
