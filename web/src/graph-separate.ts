// After a force layout, push apart nodes whose boxes (node + label) still overlap, so no label hides another.
import type cytoscape from 'cytoscape';

interface Box { x1: number; y1: number; x2: number; y2: number }

const GAP = 6;

function overlap(a: Box, b: Box): { dx: number; dy: number } | null {
  const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + GAP;
  const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + GAP;
  return dx > 0 && dy > 0 ? { dx, dy } : null;
}

/** Iteratively separate overlapping node+label boxes along the axis of least overlap. Returns the remaining overlaps. */
export function separateLabels(cy: cytoscape.Core, maxRounds = 60): number {
  const nodes = cy.nodes().toArray();
  let remaining = 0;
  for (let round = 0; round < maxRounds; round++) {
    remaining = 0;
    const boxes = nodes.map((n) => n.boundingBox({ includeLabels: true, includeOverlays: false }) as Box);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const na = nodes[i];
        const nb = nodes[j];
        if (!a || !b || !na || !nb) continue;
        const o = overlap(a, b);
        if (!o) continue;
        remaining++;
        const pa = na.position();
        const pb = nb.position();
        if (o.dx < o.dy) {
          const s = (pa.x <= pb.x ? -1 : 1) * (o.dx / 2 + 1);
          na.position({ x: pa.x + s, y: pa.y });
          nb.position({ x: pb.x - s, y: pb.y });
        } else {
          const s = (pa.y <= pb.y ? -1 : 1) * (o.dy / 2 + 1);
          na.position({ x: pa.x, y: pa.y + s });
          nb.position({ x: pb.x, y: pb.y - s });
        }
        boxes[i] = na.boundingBox({ includeLabels: true, includeOverlays: false }) as Box;
        boxes[j] = nb.boundingBox({ includeLabels: true, includeOverlays: false }) as Box;
      }
    }
    if (remaining === 0) break;
  }
  return remaining;
}

/** Count overlapping node+label boxes (used by the browser tests through window.cy). */
export function countOverlaps(cy: cytoscape.Core): number {
  const boxes = cy.nodes().map((n) => n.boundingBox({ includeLabels: true, includeOverlays: false }) as Box);
  let count = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a && b && Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1)) count++;
    }
  }
  return count;
}
