"""GraphML of the relations network (Gephi, networkx, yEd), written with xml.etree.

Nodes are actors (by lineage: the Soviet Union counts as Russia) with names, kinds and event
counts; edges are dyads with event counts per quad, mean intensity, net cooperation and the
first and last dates.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from dyad.model import QUADS
from dyad.query import actors

NS = "http://graphml.graphdrawing.org/xmlns"
NODE_KEYS = (("name", "string"), ("kind", "string"), ("events", "int"), ("mean_intensity", "double"))
EDGE_KEYS = (("events", "int"), *((q, "int") for q in QUADS), ("mean_intensity", "double"),
             ("net_coop", "double"), ("first", "string"), ("last", "string"), ("documents", "int"))


def graph(dyads: list[dict], lang: str = "en") -> ET.ElementTree:
    """The GraphML tree for `dyads` (as dyad.query.dyads returns them)."""
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}graphml")
    keys: dict[tuple[str, str], str] = {}
    for scope, spec in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name, typ in spec:
            kid = f"{scope[0]}_{name}"
            keys[(scope, name)] = kid
            ET.SubElement(root, f"{{{NS}}}key", {"id": kid, "for": scope, "attr.name": name, "attr.type": typ})
    g = ET.SubElement(root, f"{{{NS}}}graph", {"id": "dyad", "edgedefault": "undirected"})

    totals: dict[str, list[float]] = {}
    for d in dyads:
        for c in {d["a"], d["b"]}:
            t = totals.setdefault(c, [0, 0.0])
            t[0] += d["events"]
            t[1] += (d["mean_intensity"] or 0.0) * d["events"]

    def data(parent: ET.Element, scope: str, name: str, value: object) -> None:
        if value is None:
            return
        el = ET.SubElement(parent, f"{{{NS}}}data", {"key": keys[(scope, name)]})
        el.text = str(value)

    for code in sorted(totals):
        n = ET.SubElement(g, f"{{{NS}}}node", {"id": code})
        events, weighted = totals[code]
        data(n, "node", "name", actors.name(code, lang))
        data(n, "node", "kind", actors.kind(code))
        data(n, "node", "events", int(events))
        data(n, "node", "mean_intensity", round(weighted / events, 3) if events else None)
    for i, d in enumerate(dyads):
        e = ET.SubElement(g, f"{{{NS}}}edge", {"id": f"e{i}", "source": d["a"], "target": d["b"]})
        data(e, "edge", "events", d["events"])
        for q in QUADS:
            data(e, "edge", q, d[q] or 0)
        data(e, "edge", "mean_intensity", d["mean_intensity"])
        data(e, "edge", "net_coop", d["net_coop"])
        data(e, "edge", "first", d["first"])
        data(e, "edge", "last", d["last"])
        data(e, "edge", "documents", d["documents"])
    ET.indent(root)
    return ET.ElementTree(root)


def write_graphml(dyads: list[dict], path: str | Path, lang: str = "en") -> int:
    """Write the network of `dyads` to `path`; returns the number of edges."""
    graph(dyads, lang).write(str(path), encoding="utf-8", xml_declaration=True)
    return len(dyads)
