import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { barGeometry, placeLabels } from "../../GoalProgressCard/src/geometry";
import { workedExample } from "../support";

const close = (actual: number | null | undefined, expected: number, message?: string): void => {
    assert.ok(actual != null && Math.abs(actual - expected) < 1e-9, `${message ?? ""} expected ${expected}, got ${actual}`);
};

function figuresOf(id: string) {
    const e = workedExample(id);
    return { ...e.input, expectedToDate: e.stored.expectedToDate, projection: e.stored.projection };
}

describe("barGeometry", () => {
    it("E7: fills 650k of a 2.3M target and puts the expected marker at 850k", () => {
        const g = barGeometry(figuresOf("E7"));

        assert.equal(g?.scaleMax, 2300000);
        close(g?.fillPct, (650000 / 2300000) * 100);
        close(g?.expectedPct, (850000 / 2300000) * 100);
        close(g?.projectionPct, (1758823.53 / 2300000) * 100);
        assert.equal(g?.projectionBeyond, false);
        assert.deepEqual(g?.marks.map((m) => [m.kind, m.pct]), [["target", 100]]);
    });

    it("E9: the scale ends at the stretch tier and the marks stand at base, target and stretch", () => {
        const g = barGeometry(figuresOf("E9-base"));

        assert.equal(g?.scaleMax, 600000);
        close(g?.fillPct, 75);
        assert.deepEqual(g?.marks.map((m) => m.kind), ["base", "target", "stretch"]);
        close(g?.marks[0].pct, (400000 / 600000) * 100);
        close(g?.marks[1].pct, (500000 / 600000) * 100);
        close(g?.marks[2].pct, 100);
    });

    it("E9: an actual past stretch stretches the scale instead of overflowing the bar", () => {
        const g = barGeometry(figuresOf("E9-stretch"));

        assert.equal(g?.scaleMax, 610000);
        close(g?.fillPct, 100);
        close(g?.marks[2].pct, (600000 / 610000) * 100);
    });

    it("keeps a projection past the bar's end at the end and says it is beyond", () => {
        const g = barGeometry(figuresOf("E9-base"));

        close(g?.projectionPct, 100);
        assert.equal(g?.projectionBeyond, true);
    });

    it("draws no fill for a negative actual and no marker for a missing expectation", () => {
        const g = barGeometry({ actual: -500, target: 1000, expectedToDate: null, base: null, stretch: null, projection: null });

        close(g?.fillPct, 0);
        assert.equal(g?.expectedPct, null);
        assert.equal(g?.projectionPct, null);
    });

    it("has nothing to draw without a positive target", () => {
        const none = { actual: 10, expectedToDate: 5, base: null, stretch: null, projection: null };
        assert.equal(barGeometry({ ...none, target: null }), null);
        assert.equal(barGeometry({ ...none, target: 0 }), null);
    });

    it("leaves out tiers that are not set", () => {
        const g = barGeometry({ actual: 10, target: 100, expectedToDate: null, base: 0, stretch: null, projection: null });

        assert.deepEqual(g?.marks.map((m) => m.kind), ["target"]);
    });
});

describe("placeLabels", () => {
    it("centres labels that have room over their anchors, on the first row", () => {
        const placed = placeLabels([{ center: 50, width: 40 }, { center: 200, width: 40 }], 300);

        assert.deepEqual(placed, [{ left: 30, row: 0 }, { left: 180, row: 0 }]);
    });

    it("moves a label that would overlap its neighbour to the next row (Target and Stretch on a phone)", () => {
        const placed = placeLabels([{ center: 190, width: 50 }, { center: 230, width: 44 }, { center: 280, width: 52 }], 280);

        assert.equal(placed[0].row, 0);
        assert.equal(placed[1].row, 1);
        assert.equal(placed[2].row, 0, "back on the first row once it clears the first label");
        assert.equal(placed[2].left, 228, "pushed inside the right edge");
    });

    it("keeps labels inside the bar's edges", () => {
        const placed = placeLabels([{ center: 0, width: 60 }, { center: 300, width: 60 }], 300);

        assert.deepEqual(placed, [{ left: 0, row: 0 }, { left: 240, row: 0 }]);
    });

    it("returns labels in the order given, whatever their positions", () => {
        const placed = placeLabels([{ center: 250, width: 20 }, { center: 20, width: 20 }], 300);

        assert.deepEqual(placed, [{ left: 240, row: 0 }, { left: 10, row: 0 }]);
    });

    it("starts a label wider than the bar at the left edge", () => {
        assert.deepEqual(placeLabels([{ center: 50, width: 500 }], 100), [{ left: 0, row: 0 }]);
    });
});
