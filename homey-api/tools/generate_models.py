#!/usr/bin/env python3
"""Writes the item records of dev.homeytoolkit.api.model from homey-v3-items.tsv (run once; the sources are
committed and maintained by hand since).

    python3 homey-api/tools/generate_models.py homey-api/src/test/resources/homey-v3-items.tsv /tmp/gen
"""
import collections
import os
import sys

ITEMS = ["App", "Device", "Driver", "AdvancedFlow", "Flow", "FlowCardAction", "FlowCardCondition", "FlowCardTrigger",
         "FlowFolder", "FlowToken", "Log", "Variable", "Mood", "Notification", "Session", "User", "Zone", "Dashboard"]
RENAME = {"class": "deviceClass"}
OVERRIDE = {("Device", "capabilitiesObj"): "Map<String, CapabilityState>"}


def java_type(t):
    t = t.replace("|null", "")
    if t == "string":
        return "String"
    if t == "boolean":
        return "Boolean"
    if t == "number":
        return "Double"
    if t == "object":
        return "Map<String, Object>"
    if t == "array<string>":
        return "List<String>"
    if t == "array<object>":
        return "List<Map<String, Object>>"
    if t.startswith("array"):
        return "List<Object>"
    return "Object"


def main(tsv, out):
    props = collections.OrderedDict()
    with open(tsv) as f:
        for line in f:
            if line.startswith("#") or line.startswith("manager\t"):
                continue
            manager, item, item_id, prop, typ = line.rstrip("\n").split("\t")
            props.setdefault(item, (manager, []))[1].append((prop, typ))
    d = os.path.join(out, "dev", "homeytoolkit", "api", "model")
    os.makedirs(d, exist_ok=True)
    for item in ITEMS:
        manager, ps = props[item]
        comps, docs = [], []
        for prop, typ in ps:
            jt = OVERRIDE.get((item, prop), java_type(typ))
            name = RENAME.get(prop, prop)
            ann = '@com.squareup.moshi.Json(name = "%s") ' % prop if name != prop else ""
            comps.append("    %s%s %s" % (ann, jt, name))
            docs.append(" * @param %s {@code %s}: {@code %s}" % (name, prop, typ))
        comps.append("    Map<String, Object> json")
        docs.append(" * @param json the whole JSON object as received, including properties not listed here")
        body = ",\n".join(comps)
        imports = ["java.util.List"] if "List<" in body else []
        imports.append("java.util.Map")
        src = "package dev.homeytoolkit.api.model;\n\n%s\n\n" % "\n".join("import %s;" % i for i in imports)
        src += ("/**\n * A %s of %s, as the Homey sends it. Every component may be {@code null} when the Homey leaves the\n"
                " * property out; {@link #json()} holds everything it sent.\n *\n%s\n */\n"
                % (item, manager, "\n".join(docs)))
        src += "public record %s(\n%s) {\n}\n" % (item, body)
        with open(os.path.join(d, item + ".java"), "w") as f:
            f.write(src)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
