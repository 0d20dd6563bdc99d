import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Browser, chromium, Page } from "playwright-core";
import { controlRoot, readResx, statusValue, tierValue, workedExample } from "../support";

/** Debian's Chromium unless CHROMIUM_PATH says otherwise; Playwright downloads no browser here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const artifactsDir = process.env.TEST_ARTIFACTS_DIR ?? join(controlRoot, "test-artifacts", "screenshots");

export async function launch(): Promise<Browser> {
    // Playwright gives each launch a new empty --user-data-dir of its own (and refuses one
    // passed in args), so no run reuses a profile.
    return chromium.launch({
        executablePath: chromiumPath,
        headless: true,
        args: [
            "--no-sandbox",
            "--headless",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    });
}

export const ids = {
    cny: "7a1c55b0-0000-4000-8000-00000000c17f",
    revenue: "3f0e2a10-0000-4000-8000-0000000000a1",
    newCustomers: "3f0e2a10-0000-4000-8000-0000000000a2",
};

/** The Dataverse rows the card reads through context.webAPI. */
export const rows = {
    transactioncurrency: { [ids.cny]: { isocurrencycode: "CNY", currencyprecision: 2 } },
    sg_metric: { [ids.revenue]: { sg_unit: 100000000 }, [ids.newCustomers]: { sg_unit: 100000001 } },
};

export interface Goal {
    actual: number;
    target: number;
    expectedToDate: number;
    attainmentPct: number;
    paceGapPct: number;
    paceStatus: number;
    tier: number;
    base: number | null;
    stretch: number | null;
    projection: number;
    periodEnd: string;
    currencyId: string;
    metricId: string;
}

/** The sg_goal row of a worked example, as the engine left it. */
export function goalOf(id: string): Goal {
    const e = workedExample(id);
    return {
        actual: e.input.actual,
        target: e.input.target,
        base: e.input.base,
        stretch: e.input.stretch,
        expectedToDate: e.stored.expectedToDate,
        attainmentPct: e.stored.attainmentPct,
        paceGapPct: e.stored.paceGapPct,
        paceStatus: statusValue[e.stored.paceStatus],
        tier: tierValue[e.stored.tier],
        projection: e.stored.projection,
        periodEnd: e.input.end,
        currencyId: ids.cny,
        metricId: e.input.kind === "Count" ? ids.newCustomers : ids.revenue,
    };
}

export interface MountOptions {
    goal: Goal;
    languageId?: number;
    width?: number;
    rows?: unknown;
    numberFormattingInfo?: Record<string, string>;
}

export function mountArgs(options: MountOptions): Record<string, unknown> {
    const languageId = options.languageId ?? 1033;
    return {
        goal: options.goal,
        languageId,
        strings: readResx(languageId === 2052 ? 2052 : 1033),
        rows: options.rows ?? rows,
        numberFormattingInfo: options.numberFormattingInfo ?? {},
    };
}

const pageErrors = new WeakMap<Page, Error[]>();

/** Script errors the page raised (a test fails on any). */
export function errorsOf(page: Page): Error[] {
    return pageErrors.get(page) ?? [];
}

/** Opens the harness at a width and renders the card; waits until the currency and unit are read. */
export async function mountCard(browser: Browser, options: MountOptions): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: options.width ?? 900, height: 720 } });
    const errors: Error[] = [];
    pageErrors.set(page, errors);
    page.on("pageerror", (error) => errors.push(error));
    await page.goto(pathToFileURL(join(controlRoot, "tests", "browser", "harness.html")).href);
    await page.evaluate((args) => (window as unknown as { mountCard(a: unknown): void }).mountCard(args), mountArgs(options));
    await settle(page);
    return page;
}

/** Waits for the webAPI look-ups the card started to come back and be drawn. */
export async function settle(page: Page): Promise<void> {
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
}

export async function screenshot(page: Page, name: string): Promise<void> {
    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}

export interface Box {
    x: number;
    y: number;
    width: number;
    height: number;
}

export async function box(page: Page, selector: string): Promise<Box> {
    const b = await page.locator(selector).first().boundingBox();
    if (b == null) {
        throw new Error(`${selector} is not visible`);
    }
    return b;
}

export async function text(page: Page, selector: string): Promise<string> {
    return ((await page.locator(selector).first().innerText()) ?? "").replace(/[\u00A0\u202F]/g, " ").trim();
}

/** "rgb(r, g, b)" → hue in degrees and saturation 0..1, what decides "red" or "amber" to a person. */
export function hueOf(cssColour: string): { hue: number; saturation: number } {
    const [r, g, b] = (cssColour.match(/[\d.]+/g) ?? []).slice(0, 3).map((n) => Number(n) / 255);
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const d = max - min;
    let hue = 0;
    if (d > 0) {
        hue = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
        hue = (hue * 60 + 360) % 360;
    }
    const lightness = (max + min) / 2;
    const saturation = d === 0 ? 0 : d / (1 - Math.abs(2 * lightness - 1));
    return { hue, saturation };
}

export async function colour(page: Page, selector: string, property: "color" | "backgroundColor"): Promise<string> {
    return page.locator(selector).first().evaluate((node, prop) => getComputedStyle(node)[prop], property);
}

/**
 * The lowest WCAG contrast ratio of any text in the card against the background it sits on,
 * with the element it occurs in.
 */
export async function worstTextContrast(page: Page): Promise<{ ratio: number; where: string }> {
    return page.evaluate(() => {
        const parse = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = ([r, g, b]: number[]): number => {
            const lin = (v: number): number => {
                const s = v / 255;
                return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
        };
        const background = (node: Element | null): number[] => {
            for (let n = node; n != null; n = n.parentElement) {
                const c = parse(getComputedStyle(n).backgroundColor);
                if (c.length === 3 || (c.length === 4 && c[3] > 0)) {
                    return c.slice(0, 3);
                }
            }
            return [255, 255, 255];
        };
        let worst = { ratio: 21, where: "" };
        const walker = document.createTreeWalker(document.querySelector(".sgpc") as Node, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode(); t != null; t = walker.nextNode()) {
            const element = t.parentElement;
            if (element == null || !(t.textContent ?? "").trim() || element.getClientRects().length === 0) {
                continue;
            }
            const fg = luminance(parse(getComputedStyle(element).color));
            const bg = luminance(background(element));
            const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
            if (ratio < worst.ratio) {
                worst = { ratio, where: `${element.className}: ${t.textContent}` };
            }
        }
        return worst;
    });
}

/** The colours a person sees along one row of screen pixels, [r, g, b] for x0..x1-1. */
export async function pixelRow(page: Page, y: number, x0: number, x1: number): Promise<number[][]> {
    const png = await page.screenshot({ clip: { x: x0, y, width: x1 - x0, height: 1 } });
    return page.evaluate(async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext("2d") as CanvasRenderingContext2D;
        context.drawImage(image, 0, 0);
        const data = context.getImageData(0, 0, image.width, 1).data;
        const pixels: number[][] = [];
        for (let i = 0; i < image.width; i++) {
            pixels.push([data[i * 4], data[i * 4 + 1], data[i * 4 + 2]]);
        }
        return pixels;
    }, png.toString("base64"));
}

/** WCAG contrast ratio of two sRGB colours. */
export function contrast(a: number[], b: number[]): number {
    const lum = (c: number[]): number => {
        const [r, g, bl] = c.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : Math.pow((v / 255 + 0.055) / 1.055, 2.4)));
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [x, y] = [lum(a), lum(b)];
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
