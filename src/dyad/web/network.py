"""Server-side SVG layout of a focal country's relations network (works without JavaScript).

Counterparts with events sit on an inner ring (largest first, clockwise from the top), sized by event
count and coloured by mean intensity; multilateral groups are squares; catalog-only counterparts
(named by a navigation box, no events yet) are small hollow nodes on an outer ring.
"""

from __future__ import annotations

import math

WIDTH, HEIGHT = 760, 700
CX, CY = WIDTH / 2, HEIGHT / 2


def colour(intensity: float | None) -> str:
    """Diverging colour for a mean intensity in -10..10: red (hostile), grey, green (cooperative)."""
    if intensity is None:
        return "#bbbbbb"
    t = max(-1.0, min(1.0, intensity / 10))
    grey = (190, 190, 190)
    end = (31, 140, 70) if t >= 0 else (200, 50, 40)
    rgb = [round(g + (e - g) * abs(t) ** 0.7) for g, e in zip(grey, end, strict=True)]
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def layout(focus: str, nodes: list[dict]) -> dict:
    """Positions for `nodes` (dicts with code, events, intensity) around `focus`; adds x, y, r, fill, label.

    Counterparts with events: inner ring, labels beside the node. Catalog-only ones: outer ring,
    small hollow nodes with labels set radially so that a hundred of them stay legible.
    """
    active = sorted((n for n in nodes if n.get("events")), key=lambda n: (-n["events"], n["code"]))
    quiet = sorted((n for n in nodes if not n.get("events")), key=lambda n: (not n.get("group"), n["code"]))
    top = max((n["events"] for n in active), default=1)
    inner = 120 if len(active) <= 6 else 170
    outer = 255
    placed = []
    radii = [6 + 22 * math.sqrt(n["events"] / top) for n in active]
    # each node gets an arc in proportion to its size (plus room for a label), so big ones do not collide
    weights = [r + 9 for r in radii]
    total = sum(weights) or 1
    acc = 0.0
    for n, r, w in zip(active, radii, weights, strict=True):
        angle = -math.pi / 2 + 2 * math.pi * (acc + w / 2) / total
        acc += w
        x, y = CX + inner * math.cos(angle), CY + inner * math.sin(angle)
        c = math.cos(angle)
        anchor = "start" if c > 0.3 else "end" if c < -0.3 else "middle"
        lx = x + (r + 3) * (1 if anchor == "start" else -1 if anchor == "end" else 0)
        ly = y + 4 if anchor != "middle" else (y + r + 12 if math.sin(angle) > 0 else y - r - 4)
        placed.append({**n, "label": n["code"], "x": round(x, 1), "y": round(y, 1), "r": round(r, 1),
                       "fill": colour(n.get("intensity")),
                       "lx": round(lx, 1), "ly": round(ly, 1), "anchor": anchor, "rotate": 0,
                       "width": round(1 + 5 * n["events"] / top, 1)})
    for i, n in enumerate(quiet):
        angle = -math.pi / 2 + 2 * math.pi * (i + 0.5) / len(quiet)
        x, y = CX + outer * math.cos(angle), CY + outer * math.sin(angle)
        deg = math.degrees(angle)
        left = math.cos(angle) < 0
        lx, ly = CX + (outer + 8) * math.cos(angle), CY + (outer + 8) * math.sin(angle)
        label = n["code"] if len(n["code"]) <= 12 else n["code"][:11] + "…"
        placed.append({**n, "label": label, "x": round(x, 1), "y": round(y, 1), "r": 4.5 if not n.get("group") else 5,
                       "fill": "none",
                       "lx": round(lx, 1), "ly": round(ly, 1), "anchor": "end" if left else "start",
                       "rotate": round(deg + 180 if left else deg, 1), "width": 0})
    return {"width": WIDTH, "height": HEIGHT, "cx": CX, "cy": CY, "focus": focus, "nodes": placed,
            "rings": [inner, outer] if quiet else [inner]}
