/**
 * What the card shows, as the goal engine stored it on the sg_goal row. The card displays these
 * values; it never recomputes a business rule (pace status, tier) from them.
 */

/** sg_goal.sg_pacestatus option values: 100000000 + the engine's ProgressStatus ordinal. */
export enum PaceStatus {
    OnTrack = 100000000,
    Behind = 100000001,
    AtRisk = 100000002,
    Achieved = 100000003,
}

/** sg_goal.sg_tier option values: 100000000 + the engine's Tier ordinal. */
export enum TierReached {
    None = 100000000,
    Base = 100000001,
    Target = 100000002,
    Stretch = 100000003,
}

/** sg_metric.sg_unit: how the goal's numbers read. */
export enum MetricUnit {
    Amount = 100000000,
    Count = 100000001,
    Percent = 100000002,
    Days = 100000003,
}

export interface GoalFigures {
    actual: number | null;
    target: number | null;
    expectedToDate: number | null;
    /** Percent (28.26 means 28.26 %), as stored in sg_attainmentpct. */
    attainmentPct: number | null;
    /** Percent, as stored in sg_pacegap: positive when behind what is expected. */
    paceGapPct: number | null;
    paceStatus: PaceStatus | null;
    tier: TierReached | null;
    base: number | null;
    stretch: number | null;
    /** The seasonality-aware run-rate projection to the period's end (sg_projection). */
    projection: number | null;
    periodEnd: Date | null;
}

export function paceStatusOf(value: number | null | undefined): PaceStatus | null {
    return value != null && Object.values(PaceStatus).includes(value) ? (value as PaceStatus) : null;
}

export function tierOf(value: number | null | undefined): TierReached | null {
    return value != null && Object.values(TierReached).includes(value) ? (value as TierReached) : null;
}

export function unitOf(value: number | null | undefined): MetricUnit {
    return value != null && Object.values(MetricUnit).includes(value) ? (value as MetricUnit) : MetricUnit.Amount;
}

/** A number a person can use: finite, or nothing. */
export function finiteOrNull(value: number | null | undefined): number | null {
    return typeof value === "number" && Number.isFinite(value) ? value : null;
}
