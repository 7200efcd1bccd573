"""Server-side SVG layout of a focal country's relations network (works without JavaScript).

Counterparts with events sit on an inner ring (largest first, clockwise from the top), sized by event
count and coloured by mean intensity; multilateral groups are squares; catalog-only counterparts
(named by a navigation box, no events yet) are small hollow nodes on an outer ring.
"""

from __future__ import annotations

import math

WIDTH, HEIGHT = 760, 560
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
    """Positions for `nodes` (dicts with code, events, intensity, kind) around `focus`; adds x, y, r, fill."""
    active = sorted((n for n in nodes if n.get("events")), key=lambda n: (-n["events"], n["code"]))
    quiet = sorted((n for n in nodes if not n.get("events")), key=lambda n: n["code"])
    top = max((n["events"] for n in active), default=1)
    placed = []
    for ring, items, radius in ((0, active, 175 if len(active) > 6 else 140), (1, quiet, 250)):
        for i, n in enumerate(items):
            angle = -math.pi / 2 + 2 * math.pi * i / max(len(items), 1) + (0.2 if ring else 0)
            r = 7 + 23 * math.sqrt(n["events"] / top) if n.get("events") else 5
            x, y = CX + radius * math.cos(angle), CY + radius * math.sin(angle)
            anchor = "start" if math.cos(angle) > 0.25 else "end" if math.cos(angle) < -0.25 else "middle"
            lx = x + (r + 4) * (1 if anchor == "start" else -1 if anchor == "end" else 0)
            ly = y + (r + 12 if anchor == "middle" and math.sin(angle) > 0 else
                      -(r + 5) if anchor == "middle" else 4)
            placed.append({**n, "x": round(x, 1), "y": round(y, 1), "r": round(r, 1),
                           "fill": colour(n.get("intensity")) if n.get("events") else "none",
                           "lx": round(lx, 1), "ly": round(ly, 1), "anchor": anchor,
                           "width": round(1 + 5 * n["events"] / top, 1) if n.get("events") else 0})
    return {"width": WIDTH, "height": HEIGHT, "cx": CX, "cy": CY, "focus": focus, "nodes": placed,
            "rings": [175 if len(active) > 6 else 140, 250]}
