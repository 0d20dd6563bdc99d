import { GoalFigures, PaceStatus, TierReached } from "./figures";
import { fill, formatDate, formatPercent, formatValue, NumberStyle } from "./format";
import { barGeometry, BarGeometry, MarkKind, placeLabels } from "./geometry";
import { Localize, StringKey } from "./strings";

export interface CardModel {
    figures: GoalFigures;
    style: NumberStyle;
    t: Localize;
}

const statusKeys: Record<PaceStatus, { key: StringKey; css: string; icon: string }> = {
    [PaceStatus.OnTrack]: { key: "Status_OnTrack", css: "on-track", icon: "\u25CF" },
    [PaceStatus.Behind]: { key: "Status_Behind", css: "behind", icon: "\u25BC" },
    [PaceStatus.AtRisk]: { key: "Status_AtRisk", css: "at-risk", icon: "\u25B2" },
    [PaceStatus.Achieved]: { key: "Status_Achieved", css: "achieved", icon: "\u2605" },
};

let cardCount = 0;

const tierKeys: Record<MarkKind, StringKey> = { base: "Tier_Base", target: "Tier_Target", stretch: "Tier_Stretch" };
const tierRank: Record<MarkKind, TierReached> = { base: TierReached.Base, target: TierReached.Target, stretch: TierReached.Stretch };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    node.className = className;
    if (text != null) {
        node.textContent = text;
    }
    return node;
}

/** Builds the card into `root` (replacing what was there), then places the bar's labels. */
export function renderCard(root: HTMLElement, model: CardModel): void {
    const { figures, style, t } = model;
    const card = el("div", "sgpc");
    card.setAttribute("role", "group");
    card.setAttribute("aria-label", t("Card_Label"));
    card.lang = style.locale;
    const status = figures.paceStatus == null ? null : statusKeys[figures.paceStatus];
    card.dataset.status = status?.css ?? "unknown";

    const geometry = barGeometry(figures);
    if (geometry == null) {
        card.append(el("p", "sgpc-empty", t("NoTarget")));
        root.replaceChildren(card);
        return;
    }
    const value = (n: number): string => formatValue(n, style);
    const percent = (n: number): string => formatPercent(n, style);

    const head = el("div", "sgpc-head");
    const chip = el("span", "sgpc-status");
    const statusTextId = `sgpc-status-${++cardCount}`;
    chip.append(el("span", "sgpc-status-icon", status?.icon ?? "\u25CB"));
    chip.firstElementChild?.setAttribute("aria-hidden", "true");
    const statusText = el("span", "sgpc-status-text", t(status?.key ?? "Status_Unknown"));
    statusText.id = statusTextId;
    chip.append(statusText);
    head.append(chip);
    if (figures.attainmentPct != null) {
        head.append(el("span", "sgpc-attainment", fill(t("Attainment_OfTarget"), percent(figures.attainmentPct))));
    }
    card.append(head);
    card.append(el("div", "sgpc-amounts", fill(t("Actual_OfTarget"), value(figures.actual ?? 0), value(figures.target ?? 0))));
    card.append(renderMeter(figures, geometry, model, statusTextId));
    card.append(renderLines(figures, model));
    card.append(renderTiers(figures, geometry, model));
    root.replaceChildren(card);
    layoutLabels(card);
}

function renderMeter(figures: GoalFigures, geometry: BarGeometry, model: CardModel, describedBy: string): HTMLElement {
    const { style, t } = model;
    const value = (n: number): string => formatValue(n, style);
    const meter = el("div", "sgpc-meter");
    meter.setAttribute("role", "meter");
    meter.tabIndex = 0;
    meter.setAttribute("aria-label", t("Meter_Label"));
    meter.setAttribute("aria-valuemin", "0");
    meter.setAttribute("aria-valuemax", String(geometry.scaleMax));
    meter.setAttribute("aria-valuenow", String(Math.max(0, figures.actual ?? 0)));
    meter.setAttribute(
        "aria-valuetext",
        fill(
            t("Meter_ValueText"),
            value(figures.actual ?? 0),
            value(figures.target ?? 0),
            figures.attainmentPct == null ? "" : formatPercent(figures.attainmentPct, style),
            figures.expectedToDate == null ? "" : value(figures.expectedToDate),
        ),
    );
    meter.setAttribute("aria-describedby", describedBy);

    // The drawing repeats what the text says, so assistive technology skips it.
    const above = el("div", "sgpc-labels sgpc-labels-above");
    const track = el("div", "sgpc-track");
    const below = el("div", "sgpc-labels sgpc-labels-below");
    for (const part of [above, track, below]) {
        part.setAttribute("aria-hidden", "true");
    }
    if (geometry.projectionPct != null && geometry.projectionPct > geometry.fillPct) {
        const projection = el("div", "sgpc-projection");
        projection.style.left = `${geometry.fillPct}%`;
        projection.style.width = `${geometry.projectionPct - geometry.fillPct}%`;
        track.append(projection);
    }
    const bar = el("div", "sgpc-fill");
    bar.style.width = `${geometry.fillPct}%`;
    track.append(bar);
    for (const mark of geometry.marks) {
        const tick = el("div", "sgpc-tier-mark");
        tick.dataset.kind = mark.kind;
        tick.style.left = `${mark.pct}%`;
        track.append(tick);
        const label = el("span", "sgpc-label sgpc-tier-label", t(tierKeys[mark.kind]));
        label.dataset.kind = mark.kind;
        label.dataset.anchor = String(mark.pct);
        above.append(label);
    }
    if (geometry.expectedPct != null) {
        const marker = el("div", "sgpc-expected-mark");
        marker.style.left = `${geometry.expectedPct}%`;
        track.append(marker);
        const label = el("span", "sgpc-label sgpc-expected-label", t("Expected_Mark"));
        label.dataset.anchor = String(geometry.expectedPct);
        below.append(label);
    }
    meter.append(above, track, below);
    return meter;
}

function renderLines(figures: GoalFigures, model: CardModel): HTMLElement {
    const { style, t } = model;
    const value = (n: number): string => formatValue(n, style);
    const lines = el("ul", "sgpc-lines");
    if (figures.expectedToDate != null) {
        let text = fill(t("Expected_Line"), value(figures.expectedToDate));
        if (figures.paceGapPct != null && figures.paceStatus !== PaceStatus.Achieved && figures.paceGapPct !== 0) {
            const gap = formatPercent(Math.abs(figures.paceGapPct), style);
            text += ` \u00B7 ${fill(t(figures.paceGapPct > 0 ? "Gap_Behind" : "Gap_Ahead"), gap)}`;
        }
        lines.append(withSwatch(el("li", "sgpc-expected-line", text), "sgpc-swatch-expected"));
    }
    if (figures.projection != null && figures.target != null && figures.target > 0) {
        const ofTarget = formatPercent((figures.projection / figures.target) * 100, style);
        const text =
            figures.periodEnd != null
                ? fill(t("Projection_ByDate"), formatDate(figures.periodEnd, style.locale), value(figures.projection), ofTarget)
                : fill(t("Projection_AtEnd"), value(figures.projection), ofTarget);
        lines.append(withSwatch(el("li", "sgpc-projection-line", text), "sgpc-swatch-projection"));
    }
    return lines;
}

/** A small sample of the bar's marker or hatch before a line, tying the text to the drawing. */
function withSwatch(line: HTMLElement, className: string): HTMLElement {
    const swatch = el("span", `sgpc-swatch ${className}`);
    swatch.setAttribute("aria-hidden", "true");
    line.prepend(swatch);
    return line;
}

function renderTiers(figures: GoalFigures, geometry: BarGeometry, model: CardModel): HTMLElement {
    const { style, t } = model;
    const section = el("div", "sgpc-tiers");
    const reached = figures.tier;
    const heading = el(
        "div",
        "sgpc-tier-line",
        reached == null || reached === TierReached.None
            ? t("Tier_None")
            : fill(t("Tier_ReachedLine"), t(tierKeys[reached === TierReached.Base ? "base" : reached === TierReached.Target ? "target" : "stretch"])),
    );
    section.append(heading);
    const list = el("dl", "sgpc-tier-list");
    list.setAttribute("aria-label", t("Tiers_Label"));
    for (const mark of geometry.marks) {
        const row = el("div", "sgpc-tier-item");
        row.dataset.kind = mark.kind;
        const isReached = reached != null && reached >= tierRank[mark.kind];
        row.dataset.reached = String(isReached);
        row.append(el("dt", "", t(tierKeys[mark.kind])));
        const amount = el("dd", "", formatValue(mark.value, style));
        if (isReached) {
            const badge = el("span", "sgpc-reached", ` \u2713 ${t("Tier_Reached")}`);
            amount.append(badge);
        }
        row.append(amount);
        list.append(row);
    }
    section.append(list);
    return section;
}

/**
 * Places the bar's labels over their marks without overlaps (see placeLabels). Needs the card to
 * be in the document to measure; call again when the width changes.
 */
export function layoutLabels(card: HTMLElement): void {
    const track = card.querySelector<HTMLElement>(".sgpc-track");
    if (track == null) {
        return;
    }
    const width = track.clientWidth;
    for (const row of Array.from(card.querySelectorAll<HTMLElement>(".sgpc-labels"))) {
        const labels = Array.from(row.querySelectorAll<HTMLElement>(".sgpc-label"));
        const placed = placeLabels(
            labels.map((label) => ({ center: (Number(label.dataset.anchor) / 100) * width, width: label.offsetWidth })),
            width,
        );
        const lineHeight = labels.length > 0 ? labels[0].offsetHeight : 0;
        let rows = 0;
        labels.forEach((label, i) => {
            label.style.left = `${placed[i].left}px`;
            // Above the bar, further rows stack upwards; below it, downwards.
            const offset = placed[i].row * lineHeight;
            if (row.classList.contains("sgpc-labels-above")) {
                label.style.bottom = `${offset}px`;
            } else {
                label.style.top = `${offset}px`;
            }
            rows = Math.max(rows, placed[i].row + 1);
        });
        row.style.height = `${rows * lineHeight}px`;
    }
}
