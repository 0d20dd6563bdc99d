import { GoalFigures } from "./figures";

export type MarkKind = "base" | "target" | "stretch";

export interface TierMark {
    kind: MarkKind;
    value: number;
    /** Position along the bar, 0..100 (percent of the scale). */
    pct: number;
}

export interface BarGeometry {
    /** The value at the bar's right end: the largest of target, stretch, base, actual and expected. */
    scaleMax: number;
    /** How far the actual fills the bar, 0..100. */
    fillPct: number;
    /** Where the expected-to-date marker stands, 0..100; null when nothing is stored. */
    expectedPct: number | null;
    /** Where the projection to period end reaches, 0..100; null when nothing is stored. */
    projectionPct: number | null;
    /** The projection lies past the bar's end (the bar cannot show how far). */
    projectionBeyond: boolean;
    /** Tier marks that are set, left to right. */
    marks: TierMark[];
}

function clampPct(value: number, scaleMax: number): number {
    return Math.min(100, Math.max(0, (value / scaleMax) * 100));
}

/**
 * Where things stand on the bar. The scale ends at the furthest figure the goal is about (a set
 * stretch tier, else the target), stretched to an actual beyond it so that it never overflows. The
 * projection is deliberately not part of the scale: early in a period a run rate can be many times
 * the target and would squash everything else. Null when there is no target to measure against.
 */
export function barGeometry(
    figures: Pick<GoalFigures, "actual" | "target" | "expectedToDate" | "base" | "stretch" | "projection">,
): BarGeometry | null {
    const target = figures.target;
    if (target == null || target <= 0) {
        return null;
    }
    const scaleMax = Math.max(target, figures.stretch ?? 0, figures.base ?? 0, figures.actual ?? 0, figures.expectedToDate ?? 0);
    const marks: TierMark[] = [];
    const add = (kind: MarkKind, value: number | null): void => {
        if (value != null && value > 0) {
            marks.push({ kind, value, pct: clampPct(value, scaleMax) });
        }
    };
    add("base", figures.base);
    add("target", target);
    add("stretch", figures.stretch);
    marks.sort((a, b) => a.pct - b.pct);
    return {
        scaleMax,
        fillPct: clampPct(figures.actual ?? 0, scaleMax),
        expectedPct: figures.expectedToDate == null ? null : clampPct(figures.expectedToDate, scaleMax),
        projectionPct: figures.projection == null ? null : clampPct(figures.projection, scaleMax),
        projectionBeyond: figures.projection != null && figures.projection > scaleMax,
        marks,
    };
}

/** A label to place along the bar: its anchor (px from the bar's left) and its measured width. */
export interface LabelBox {
    center: number;
    width: number;
}

export interface PlacedLabel {
    /** px from the bar's left edge. */
    left: number;
    /** 0 for the row nearest the bar; a label that would overlap a neighbour moves a row out. */
    row: number;
}

/**
 * Places labels over their anchors without overlapping each other or leaving the bar's width
 * (on a 320 px phone "Target" and "Stretch" are often closer than their labels are wide). Each
 * label is centred on its anchor, pushed inside the bar's edges, then put on the first row where
 * it clears the previous label by `gap` px. Results come back in the input order.
 */
export function placeLabels(labels: readonly LabelBox[], trackWidth: number, gap = 4): PlacedLabel[] {
    const order = labels.map((label, index) => ({ label, index })).sort((a, b) => a.label.center - b.label.center);
    const rowEnds: number[] = [];
    const placed: PlacedLabel[] = new Array<PlacedLabel>(labels.length);
    for (const { label, index } of order) {
        const maxLeft = Math.max(0, trackWidth - label.width);
        const left = Math.min(maxLeft, Math.max(0, label.center - label.width / 2));
        let row = rowEnds.findIndex((end) => end + gap <= left);
        if (row < 0) {
            row = rowEnds.length;
            rowEnds.push(0);
        }
        rowEnds[row] = left + label.width;
        placed[index] = { left, row };
    }
    return placed;
}
