"""Writes the log-log plot of docs/performance.md: wall time and peak RSS of the digitrade job
against the number of rows, with a dotted line of slope one (time proportional to rows) through
the first point.

    python3 bench/growth_svg.py OUT.svg ROWS:WALL_S:RSS_MIB ...
"""
import math
import sys

W, H, L, R, T, B = 560, 360, 70, 150, 20, 50


def main(out, points):
    pts = [tuple(float(x) for x in p.split(":")) for p in points]
    rows = [p[0] for p in pts]
    x0, x1 = math.log10(min(rows)) - 0.1, math.log10(max(rows)) + 0.1
    ys = [p[1] for p in pts] + [p[2] / 1024 for p in pts]
    y0, y1 = math.floor(math.log10(min(ys)) * 2) / 2, math.ceil(math.log10(max(ys)) * 2) / 2

    def px(x):
        return L + (math.log10(x) - x0) / (x1 - x0) * (W - L - R)

    def py(y):
        return H - B - (math.log10(y) - y0) / (y1 - y0) * (H - T - B)

    s = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
         f'<rect width="{W}" height="{H}" fill="white"/>',
         f'<line x1="{L}" y1="{H - B}" x2="{W - R}" y2="{H - B}" stroke="black"/>',
         f'<line x1="{L}" y1="{T}" x2="{L}" y2="{H - B}" stroke="black"/>']
    for e in range(math.ceil(x0), math.floor(x1) + 1):
        x = px(10 ** e)
        s.append(f'<line x1="{x:.1f}" y1="{H - B}" x2="{x:.1f}" y2="{H - B + 5}" stroke="black"/>')
        s.append(f'<text x="{x:.1f}" y="{H - B + 18}" text-anchor="middle">10^{e}</text>')
    e = y0
    while e <= y1 + 1e-9:
        y = py(10 ** e)
        s.append(f'<line x1="{L - 5}" y1="{y:.1f}" x2="{W - R}" y2="{y:.1f}" stroke="#ddd"/>')
        s.append(f'<text x="{L - 8}" y="{y + 4:.1f}" text-anchor="end">{10 ** e:.3g}</text>')
        e += 0.5
    s.append(f'<text x="{(L + W - R) / 2}" y="{H - 12}" text-anchor="middle">rows</text>')
    s.append(f'<text x="16" y="{(T + H - B) / 2}" transform="rotate(-90 16 {(T + H - B) / 2})" '
             'text-anchor="middle">seconds / GiB</text>')
    series = [("wall time, s", [(p[0], p[1]) for p in pts], "#1f77b4"),
              ("peak RSS, GiB", [(p[0], p[2] / 1024) for p in pts], "#d62728")]
    for n, (name, xy, colour) in enumerate(series):
        path = " ".join(f"{'M' if i == 0 else 'L'}{px(x):.1f},{py(y):.1f}" for i, (x, y) in enumerate(xy))
        s.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for x, y in xy:
            s.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3" fill="{colour}"/>')
        s.append(f'<text x="{W - R + 10}" y="{T + 20 + 18 * n}" fill="{colour}">{name}</text>')
    xa, ya = pts[0][0], pts[0][1]
    xb = max(rows)
    s.append(f'<line x1="{px(xa):.1f}" y1="{py(ya):.1f}" x2="{px(xb):.1f}" y2="{py(ya * xb / xa):.1f}" '
             'stroke="#1f77b4" stroke-dasharray="3,3"/>')
    s.append(f'<text x="{W - R + 10}" y="{T + 56}" fill="#1f77b4">time ∝ rows</text>')
    s.append("</svg>")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(s) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
