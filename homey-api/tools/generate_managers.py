#!/usr/bin/env python3
"""Writes the Retrofit interfaces of dev.homeytoolkit.api.manager from homey-v3-operations.tsv.

Run ONCE (already done): the generated sources are committed and are the source of truth from then on; edit them
by hand. Kept so a future table can be diffed against the interfaces:

    python3 homey-api/tools/generate_managers.py homey-api/src/test/resources/homey-v3-operations.tsv /tmp/gen
"""
import collections
import os
import re
import sys

PKG = "dev.homeytoolkit.api.manager"
# crud item -> model record (dev.homeytoolkit.api.model)
MODELS = {"Device", "Zone", "Flow", "AdvancedFlow", "FlowFolder", "FlowCardAction", "FlowCardCondition",
          "FlowCardTrigger", "Variable", "App", "User", "Alarm", "Notification", "Log", "Mood", "Dashboard",
          "Driver", "FlowToken"}
SPECIAL = {("ManagerSessions", "getSessionMe"): "Session", ("ManagerSystem", "getInfo"): "SystemInfo",
           ("ManagerInsights", "getLogEntries"): "LogEntries", ("ManagerSystem", "ping"): "Boolean"}


def java_type(ptype):
    return {"string": "String", "number": "Number", "boolean": "Boolean"}.get(ptype, "Object")


def return_type(row):
    key = (row["manager"], row["operation"])
    if key in SPECIAL:
        return SPECIAL[key]
    crud = row["crud"]
    if crud:
        role, item = crud.split(":")
        if item in MODELS:
            if role == "getAll":
                return "Map<String, %s>" % item
            if role in ("getOne", "createOne", "updateOne"):
                return item
    return "JsonValue"


def parse_params(spec):
    out = []
    for p in filter(None, spec.split(",")):
        required = p.endswith("!")
        p = p.rstrip("!")
        parts = p.split(":")
        out.append(dict(name=parts[0], inn=parts[1], type=parts[2], root=len(parts) > 3 and parts[3] == "root",
                        required=required))
    return out


def method_src(row):
    params = parse_params(row["parameters"])
    path = row["path"]
    path_order = re.findall(r":([A-Za-z0-9_]+)", path)
    retro_path = "api/manager/" + row["manager_id"] + re.sub(r":([A-Za-z0-9_]+)", r"{\1}", path)
    args, imports, notes = [], set(), []
    req = lambda p: ", required = true" if p["required"] else ""
    for name in path_order:
        p = next(x for x in params if x["name"] == name and x["inn"] == "path")
        args.append('@Path("%s") @Param(type = "%s"%s) %s %s' % (name, p["type"], req(p), java_type(p["type"]), name))
    for p in params:
        if p["inn"] == "query":
            if p["type"] == "object":
                args.append('@QueryMap @Param(name = "%s", type = "object"%s) Map<String, String> %s'
                            % (p["name"], req(p), p["name"]))
                notes.append("@param %s a jQuery-style object: build it with {@code QueryString.flatten(\"%s\", map)}"
                             % (p["name"], p["name"]))
            else:
                args.append('@Query("%s") @Param(type = "%s"%s) %s %s'
                            % (p["name"], p["type"], req(p), java_type(p["type"]), p["name"]))
    body = [p for p in params if p["inn"] == "body"]
    roots = [p for p in body if p["root"]]
    annotations = []
    if roots:
        p = roots[0]
        args.append('@Body @Param(name = "%s", type = "%s"%s) Object %s' % (p["name"], p["type"], req(p), p["name"]))
    elif body:
        for p in body:
            annotations.append('@BodyField(name = "%s", type = "%s"%s)' % (p["name"], p["type"], req(p)))
        args.append("@Body Map<String, Object> body")
        notes.append("@param body the JSON body object, with the fields " +
                     ", ".join("{@code %s}%s" % (p["name"], " (required)" if p["required"] else "") for p in body))
    scopes = [s for s in row["scopes"].split(",") if s]
    op = "@HomeyOperation(%s)" % ", ".join(
        ([("scopes = {%s}" % ", ".join('"%s"' % s for s in scopes))] if scopes else []) +
        (['crud = "%s"' % row["crud"]] if row["crud"] else []))
    method = row["method"].upper()
    doc = ["  /**", "   * {@code %s %s}%s." % (method, "/api/manager/" + row["manager_id"] + path,
                                             (", scopes " + ", ".join(scopes)) if scopes else ", no scope listed")]
    if notes:
        doc.append("   *")
        doc += ["   * " + n for n in notes]
    doc.append("   */")
    lines = doc + ["  " + op] + ["  " + a for a in annotations] + ['  @%s("%s")' % (method, retro_path)]
    sig = "  Call<%s> %s(" % (return_type(row), row["operation"])
    if len(sig) + sum(len(a) + 2 for a in args) < 118:
        lines.append(sig + ", ".join(args) + ");")
    else:
        lines.append(sig)
        lines.append(",\n".join("      " + a for a in args) + ");")
    return "\n".join(lines)


def main(tsv, out):
    rows = []
    with open(tsv) as f:
        header = None
        for line in f:
            if line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells)))
    by_manager = collections.OrderedDict()
    for r in sorted(rows, key=lambda r: (r["manager"], r["operation"])):
        by_manager.setdefault(r["manager"], []).append(r)
    d = os.path.join(out, *PKG.split("."))
    os.makedirs(d, exist_ok=True)
    for manager, ops in by_manager.items():
        first = ops[0]
        body = "\n\n".join(method_src(r) for r in ops)
        used = set(re.findall(r"\b(Map|JsonValue|Path|Query|QueryMap|Body|BodyField|GET|PUT|POST|DELETE)\b", body))
        models = sorted(set(re.findall(r"Call<(?:Map<String, )?([A-Z][A-Za-z]+)>", body)) - {"JsonValue", "Map", "Boolean"})
        imports = ["dev.homeytoolkit.api.JsonValue"] if "JsonValue" in used else []
        imports += ["dev.homeytoolkit.api.meta.BodyField"] if "BodyField" in used else []
        imports += ["dev.homeytoolkit.api.meta.HomeyManager", "dev.homeytoolkit.api.meta.HomeyOperation"]
        imports += ["dev.homeytoolkit.api.meta.Param"] if "@Param" in body else []
        imports += ["dev.homeytoolkit.api.model." + m for m in models]
        imports += ["java.util.Map"] if "Map" in used else []
        imports += ["retrofit2.Call"]
        imports += ["retrofit2.http." + a for a in ["Body", "DELETE", "GET", "POST", "PUT", "Path", "Query", "QueryMap"]
                    if a in used]
        src = "package %s;\n\n%s\n\n" % (PKG, "\n".join("import %s;" % i for i in imports))
        src += ("/**\n * {@code Homey.%s}: the operations of %s under {@code /api/manager/%s}.\n"
                " *\n * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.\n */\n"
                % (first["js_name"], manager, first["manager_id"]))
        src += '@HomeyManager(name = "%s", id = "%s", jsName = "%s")\npublic interface %s {\n\n%s\n}\n' % (
            manager, first["manager_id"], first["js_name"], manager, body)
        with open(os.path.join(d, manager + ".java"), "w") as f:
            f.write(src)
    names = list(by_manager)
    with open(os.path.join(d, "Managers.java"), "w") as f:
        f.write("package %s;\n\nimport java.util.List;\n\n/** Every manager interface, in schema-name order. */\n"
                "public final class Managers {\n  private Managers() {}\n\n"
                "  /** The %d manager interfaces. */\n  public static final List<Class<?>> ALL = List.of(\n%s);\n}\n"
                % (PKG, len(names), ",\n".join("      %s.class" % n for n in names)))
    api = os.path.join(out, "dev", "homeytoolkit", "api")
    with open(os.path.join(api, "HomeyManagers.java"), "w") as f:
        f.write("package dev.homeytoolkit.api;\n\nimport dev.homeytoolkit.api.manager.*;\n\n"
                "/**\n * One accessor per manager, named as in JavaScript ({@code homey.devices()} for {@code Homey.devices}).\n"
                " * Implemented by {@link HomeyClient}.\n */\npublic interface HomeyManagers {\n\n"
                "  /** The Retrofit implementation of a manager interface, made once and cached. */\n"
                "  <T> T manager(Class<T> type);\n")
        for n in names:
            js = by_manager[n][0]["js_name"]
            f.write("\n  /** {@code Homey.%s}. */\n  default %s %s() {\n    return manager(%s.class);\n  }\n" % (js, n, js, n))
        f.write("}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
