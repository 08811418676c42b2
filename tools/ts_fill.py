#!/usr/bin/env python3
"""Fill unfinished entries of a Qt Linguist .ts file from a JSON object {source: translation}.

A numerus entry takes a list of forms. Used after `make i18n-update` when a session adds UI text;
a translator's tool (Qt Linguist) does the same by hand.

    python tools/ts_fill.py translations/evac_toolkit_ja.ts new-ja.json
"""

import json
import sys
import xml.etree.ElementTree as ET


def fill(ts_path: str, mapping: dict) -> int:
    tree = ET.parse(ts_path)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished" or source not in mapping:
            continue
        value = mapping[source]
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            values = value if isinstance(value, list) else [value] * len(forms)
            for form, text in zip(forms, values, strict=False):
                form.text = text
        else:
            translation.text = value
        del translation.attrib["type"]
        filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    # Keep lupdate's doctype line so that the next lupdate run produces a small diff.
    with open(ts_path, encoding="utf-8") as handle:
        text = handle.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    with open(ts_path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return filled


if __name__ == "__main__":
    with open(sys.argv[2], encoding="utf-8") as handle:
        print(fill(sys.argv[1], json.load(handle)), "filled")
