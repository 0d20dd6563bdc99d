import { IInputs, IOutputs } from "./generated/ManifestTypes";
import { finiteOrNull, GoalFigures, MetricUnit, paceStatusOf, tierOf, unitOf } from "./src/figures";
import { localeOf, NumberStyle } from "./src/format";
import { layoutLabels, renderCard } from "./src/render";
import { StringKey } from "./src/strings";

interface CurrencyInfo {
    code: string;
    precision: number | undefined;
}

/** The goal progress card: a read-only view of the progress the goal engine stored on sg_goal. */
export class GoalProgressCard implements ComponentFramework.StandardControl<IInputs, IOutputs> {
    private container: HTMLDivElement;
    private context: ComponentFramework.Context<IInputs>;
    private currencyId: string | null = null;
    private currency: CurrencyInfo | null = null;
    private metricId: string | null = null;
    private unit: MetricUnit = MetricUnit.Amount;
    private resizeObserver: ResizeObserver | null = null;

    public init(
        context: ComponentFramework.Context<IInputs>,
        notifyOutputChanged: () => void,
        state: ComponentFramework.Dictionary,
        container: HTMLDivElement,
    ): void {
        this.container = container;
        this.context = context;
        context.mode.trackContainerResize(true);
        if (typeof ResizeObserver !== "undefined") {
            // Labels are placed in pixels, so a narrower form (a phone turned, a pane opened) re-places them.
            this.resizeObserver = new ResizeObserver(() => {
                const card = this.container.querySelector<HTMLElement>(".sgpc");
                if (card != null) {
                    layoutLabels(card);
                }
            });
            this.resizeObserver.observe(container);
        }
    }

    public updateView(context: ComponentFramework.Context<IInputs>): void {
        this.context = context;
        this.loadCurrency(context);
        this.loadMetricUnit(context);
        this.render();
    }

    /** The card writes nothing back: the engine owns every figure it shows. */
    public getOutputs(): IOutputs {
        return {};
    }

    public destroy(): void {
        this.resizeObserver?.disconnect();
        this.container.replaceChildren();
    }

    private render(): void {
        const context = this.context;
        const p = context.parameters;
        const figures: GoalFigures = {
            actual: finiteOrNull(p.actual.raw),
            target: finiteOrNull(p.target.raw),
            expectedToDate: finiteOrNull(p.expectedToDate?.raw),
            attainmentPct: finiteOrNull(p.attainmentPct?.raw),
            paceGapPct: finiteOrNull(p.paceGapPct?.raw),
            paceStatus: paceStatusOf(p.paceStatus?.raw),
            tier: tierOf(p.tier?.raw),
            base: finiteOrNull(p.baseValue?.raw),
            stretch: finiteOrNull(p.stretchValue?.raw),
            projection: finiteOrNull(p.projection?.raw),
            periodEnd: p.periodEnd?.raw ?? null,
        };
        const numbers = context.userSettings.numberFormattingInfo;
        const style: NumberStyle = {
            locale: localeOf(context.userSettings.languageId),
            unit: this.unit,
            currencyCode: this.currency?.code,
            currencyPrecision: this.currency?.precision,
            groupSeparator: this.unit === MetricUnit.Amount ? numbers?.currencyGroupSeparator : numbers?.numberGroupSeparator,
            decimalSeparator: this.unit === MetricUnit.Amount ? numbers?.currencyDecimalSeparator : numbers?.numberDecimalSeparator,
        };
        renderCard(this.container, { figures, style, t: (key: StringKey) => context.resources.getString(key) });
    }

    private loadCurrency(context: ComponentFramework.Context<IInputs>): void {
        const id = lookupId(context.parameters.currency?.raw);
        if (id === this.currencyId) {
            return;
        }
        this.currencyId = id;
        this.currency = null;
        if (id == null) {
            return;
        }
        context.webAPI.retrieveRecord("transactioncurrency", id, "?$select=isocurrencycode,currencyprecision").then(
            (row) => {
                if (this.currencyId === id && typeof row.isocurrencycode === "string") {
                    this.currency = { code: row.isocurrencycode, precision: typeof row.currencyprecision === "number" ? row.currencyprecision : undefined };
                    this.render();
                }
            },
            // Without the currency the amounts still show, as plain numbers.
            () => undefined,
        );
    }

    private loadMetricUnit(context: ComponentFramework.Context<IInputs>): void {
        const id = lookupId(context.parameters.metric?.raw);
        if (id === this.metricId) {
            return;
        }
        this.metricId = id;
        this.unit = MetricUnit.Amount;
        if (id == null) {
            return;
        }
        context.webAPI.retrieveRecord("sg_metric", id, "?$select=sg_unit").then(
            (row) => {
                if (this.metricId === id) {
                    this.unit = unitOf(typeof row.sg_unit === "number" ? row.sg_unit : null);
                    this.render();
                }
            },
            () => undefined,
        );
    }
}

function lookupId(value: ComponentFramework.LookupValue[] | null | undefined): string | null {
    const id = value?.[0]?.id;
    return id ? id.replace(/[{}]/g, "").toLowerCase() : null;
}
