import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, afterEach, before, describe, it } from "node:test";
import { Browser, Page } from "playwright-core";
import {
    box, chromiumPath, colour, contrast, errorsOf, goalOf, hueOf, launch, mountArgs, mountCard, pixelRow, screenshot, settle, text, worstTextContrast,
} from "./page";

let browser: Browser;
let page: Page | undefined;

before(async () => {
    assert.ok(existsSync(chromiumPath), `Chromium not found at ${chromiumPath}: apt-get install chromium, or set CHROMIUM_PATH`);
    browser = await launch();
});

afterEach(async () => {
    if (page) {
        assert.deepEqual(errorsOf(page).map(String), [], "no script errors on the page");
        await page.close();
        page = undefined;
    }
});

after(async () => {
    await browser?.close();
});

const near = (actual: number, expected: number, tolerance: number, what: string): void => {
    assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: expected ${expected.toFixed(1)} ±${tolerance}, got ${actual.toFixed(1)}`);
};

/** x of a mark's centre, as a share of the track's width. */
async function shareAlongTrack(p: Page, selector: string): Promise<number> {
    const track = await box(p, ".sgpc-track");
    const mark = await box(p, selector);
    return (mark.x + mark.width / 2 - track.x) / track.width;
}

describe("goal progress card in Chromium: E7 and E8 (Q1 2026, expected to date 850,000)", () => {
    it("E7 in English: at risk in red and in words, amounts in the goal's currency (CN¥)", async () => {
        page = await mountCard(browser, { goal: goalOf("E7") });
        await screenshot(page, "e7-en-desktop");

        assert.equal(await text(page, ".sgpc-status-text"), "At risk");
        assert.equal(await text(page, ".sgpc-attainment"), "28.26% of target");
        assert.equal(await text(page, ".sgpc-amounts"), "CN¥650,000.00 of CN¥2,300,000.00");
        assert.equal(await text(page, ".sgpc-expected-line"), "Expected to date: CN¥850,000.00 · 23.53% behind");
        assert.equal(await text(page, ".sgpc-projection-line"), "Projected by Mar 31, 2026: CN¥1,758,823.53 (76.47% of target)");
        assert.equal(await text(page, ".sgpc-tier-line"), "No tier reached yet");
        assert.equal(await text(page, ".sgpc-expected-label"), "Expected");
        const fill = hueOf(await colour(page, ".sgpc-fill", "backgroundColor"));
        const chip = hueOf(await colour(page, ".sgpc-status", "color"));
        assert.ok((fill.hue < 15 || fill.hue > 345) && fill.saturation > 0.5, `the bar is red: ${JSON.stringify(fill)}`);
        assert.ok((chip.hue < 15 || chip.hue > 345) && chip.saturation > 0.5, `the status is red: ${JSON.stringify(chip)}`);
    });

    it("E7: the bar fills 650k of 2.3M and the expected marker stands at 850k", async () => {
        page = await mountCard(browser, { goal: goalOf("E7") });
        const track = await box(page, ".sgpc-track");
        const fill = await box(page, ".sgpc-fill");

        near(fill.width, (650000 / 2300000) * track.width, 1, "fill width px");
        near((await shareAlongTrack(page, ".sgpc-expected-mark")) * track.width, (850000 / 2300000) * track.width, 1.5, "expected marker px");
        near((await shareAlongTrack(page, ".sgpc-tier-mark[data-kind=target]")) * track.width, track.width, 2, "target mark at the end px");
        const label = await box(page, ".sgpc-expected-label");
        near(label.x + label.width / 2 - track.x, (850000 / 2300000) * track.width, 1.5, "'Expected' label centred under its marker");
        assert.ok(label.y >= track.y + track.height, "the 'Expected' label is under the bar");
    });

    it("E8: behind in amber, 17.65% behind, the fill at 700k", async () => {
        page = await mountCard(browser, { goal: goalOf("E8") });
        await screenshot(page, "e8-en-desktop");
        const track = await box(page, ".sgpc-track");

        assert.equal(await text(page, ".sgpc-status-text"), "Behind");
        assert.equal(await text(page, ".sgpc-expected-line"), "Expected to date: CN¥850,000.00 · 17.65% behind");
        near((await box(page, ".sgpc-fill")).width, (700000 / 2300000) * track.width, 1, "fill width px");
        const fill = hueOf(await colour(page, ".sgpc-fill", "backgroundColor"));
        assert.ok(fill.hue >= 15 && fill.hue <= 50 && fill.saturation > 0.5, `the bar is amber/orange: ${JSON.stringify(fill)}`);
    });

    it("E7 in Chinese: 有风险, amounts in ¥, Chinese labels and date", async () => {
        page = await mountCard(browser, { goal: goalOf("E7"), languageId: 2052 });
        await screenshot(page, "e7-zh-desktop");

        assert.equal(await text(page, ".sgpc-status-text"), "有风险");
        assert.equal(await text(page, ".sgpc-attainment"), "达成率 28.26%");
        assert.equal(await text(page, ".sgpc-amounts"), "已完成 ¥650,000.00，目标 ¥2,300,000.00");
        assert.equal(await text(page, ".sgpc-expected-line"), "截至今日应完成：¥850,000.00 · 落后 23.53%");
        assert.equal(await text(page, ".sgpc-projection-line"), "预计至 2026年3月31日：¥1,758,823.53（目标的 76.47%）");
        assert.equal(await text(page, ".sgpc-expected-label"), "应完成");
        assert.equal(await page.locator(".sgpc").getAttribute("lang"), "zh-CN");
        assert.equal(await page.getByRole("meter").getAttribute("aria-label"), "实际完成与目标对比");
    });

    it("a form update re-draws: E7 becomes E8 when the actual moves to 700k", async () => {
        page = await mountCard(browser, { goal: goalOf("E7") });
        await page.evaluate((args) => (window as unknown as { updateCard(a: unknown): void }).updateCard(args), mountArgs({ goal: goalOf("E8") }));
        await settle(page);
        const track = await box(page, ".sgpc-track");

        assert.equal(await text(page, ".sgpc-status-text"), "Behind");
        assert.equal(await page.locator(".sgpc").count(), 1, "one card, not a second one");
        near((await box(page, ".sgpc-fill")).width, (700000 / 2300000) * track.width, 1, "fill width px");
        const calls = await page.evaluate(() => (window as unknown as { harnessCalls: { entityType: string; query: string }[] }).harnessCalls);
        assert.deepEqual(
            calls.map((c) => `${c.entityType} ${c.query}`),
            ["transactioncurrency ?$select=isocurrencycode,currencyprecision", "sg_metric ?$select=sg_unit"],
            "the currency and the metric are read once, not on every update",
        );
    });
});

describe("goal progress card in Chromium: E9 tiers (base 400k, target 500k, stretch 600k)", () => {
    it("E9 at 450k: marks at base, target and stretch; on track in green; base reached", async () => {
        page = await mountCard(browser, { goal: goalOf("E9-base") });
        await screenshot(page, "e9-base-en-desktop");
        const track = await box(page, ".sgpc-track");

        for (const [kind, value] of [["base", 400000], ["target", 500000], ["stretch", 600000]] as const) {
            near((await shareAlongTrack(page, `.sgpc-tier-mark[data-kind=${kind}]`)) * track.width, (value / 600000) * track.width, 2, `${kind} mark px`);
            const label = await box(page, `.sgpc-tier-label[data-kind=${kind}]`);
            assert.ok(label.y + label.height <= track.y, `${kind} label above the bar`);
        }
        assert.deepEqual(
            await page.locator(".sgpc-tier-label").allInnerTexts(),
            ["Base", "Target", "Stretch"],
        );
        assert.equal(await text(page, ".sgpc-status-text"), "On track");
        assert.equal(await text(page, ".sgpc-expected-line"), "Expected to date: CN¥184,782.61 · 143.53% ahead");
        assert.equal(await text(page, ".sgpc-tier-line"), "Tier reached: Base");
        assert.deepEqual(await page.locator(".sgpc-tier-item").allInnerTexts().then((t) => t.map((s) => s.replace(/\s+/g, " ").trim())), [
            "Base CN¥400,000.00 ✓ reached",
            "Target CN¥500,000.00",
            "Stretch CN¥600,000.00",
        ]);
        const fill = hueOf(await colour(page, ".sgpc-fill", "backgroundColor"));
        assert.ok(fill.hue >= 90 && fill.hue <= 150, `the bar is green: ${JSON.stringify(fill)}`);
        const snapshot = await page.locator(".sgpc").ariaSnapshot();
        assert.equal(snapshot.match(/Stretch/g)?.length, 1, "a screen reader hears the tiers once, from the list, not again from the drawing");
        near((await box(page, ".sgpc-projection")).x + (await box(page, ".sgpc-projection")).width, track.x + track.width, 1.5, "a projection past stretch runs to the bar's end");
    });

    it("E9 at 520k and 610k: achieved, target then stretch reached", async () => {
        page = await mountCard(browser, { goal: goalOf("E9-target") });
        assert.equal(await text(page, ".sgpc-status-text"), "Achieved");
        assert.equal(await text(page, ".sgpc-tier-line"), "Tier reached: Target");
        assert.equal(await page.locator(".sgpc-reached").count(), 2);
        assert.equal(await text(page, ".sgpc-expected-line"), "Expected to date: CN¥184,782.61", "no pace gap once achieved");
        await page.close();

        page = await mountCard(browser, { goal: goalOf("E9-stretch") });
        await screenshot(page, "e9-stretch-en-desktop");
        const track = await box(page, ".sgpc-track");
        assert.equal(await text(page, ".sgpc-tier-line"), "Tier reached: Stretch");
        assert.equal(await page.locator(".sgpc-reached").count(), 3);
        near((await box(page, ".sgpc-fill")).width, track.width, 1, "the fill reaches the end");
        near((await shareAlongTrack(page, ".sgpc-tier-mark[data-kind=stretch]")) * track.width, (600000 / 610000) * track.width, 2, "stretch mark px");
    });

    for (const id of ["E9-stretch", "E9-base"]) {
        it(`${id}: every mark stands out from the bar it crosses (3:1 against the colour beside it)`, async () => {
            page = await mountCard(browser, { goal: goalOf(id) });
            const track = await box(page, ".sgpc-track");
            const y = Math.round(track.y + track.height / 2);
            for (const selector of [".sgpc-tier-mark[data-kind=base]", ".sgpc-tier-mark[data-kind=target]", ".sgpc-expected-mark"]) {
                const mark = await box(page, selector);
                const x = Math.round(mark.x + mark.width / 2);
                const row = await pixelRow(page, y, x - 8, x + 9);
                const beside = row[0];
                const best = Math.max(...row.slice(5, 12).map((pixel) => contrast(pixel, beside)));
                assert.ok(best >= 3, `${selector} at x=${x}: best contrast ${best.toFixed(2)} against ${beside.join(",")}`);
            }
        });
    }

    for (const [languageId, names] of [[1033, ["Base", "Target", "Stretch"]], [2052, ["基础目标", "挑战目标", "超越目标"]]] as const) {
        it(`E9 on a 320 px phone (${languageId}): nothing overflows, tier labels inside the bar and apart`, async () => {
            page = await mountCard(browser, { goal: goalOf("E9-base"), languageId, width: 320 });
            await screenshot(page, `e9-base-${languageId === 2052 ? "zh" : "en"}-320`);
            const track = await box(page, ".sgpc-track");

            assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320, "no sideways scrolling");
            const labels = await Promise.all(names.map((_, i) => page!.locator(".sgpc-tier-label").nth(i).boundingBox()));
            assert.deepEqual(await page.locator(".sgpc-tier-label").allInnerTexts(), [...names]);
            for (const [i, label] of labels.entries()) {
                assert.ok(label && label.x >= track.x - 0.5 && label.x + label.width <= track.x + track.width + 0.5, `label ${names[i]} within the bar`);
                for (const other of labels.slice(i + 1)) {
                    const apart = label!.x + label!.width <= other!.x || other!.x + other!.width <= label!.x || label!.y + label!.height <= other!.y || other!.y + other!.height <= label!.y;
                    assert.ok(apart, `labels do not overlap: ${JSON.stringify([label, other])}`);
                }
            }
            const overflowing = await page.evaluate(() =>
                Array.from(document.querySelectorAll(".sgpc *")).filter((e) => e.getBoundingClientRect().right > 320.5).map((e) => e.className),
            );
            assert.deepEqual(overflowing, [], "everything fits the phone's width");
        });
    }
    it("E9: narrowing the form from desktop to 320 px re-places the labels (no overlaps after the resize)", async () => {
        page = await mountCard(browser, { goal: goalOf("E9-base"), languageId: 2052 });
        const wide = await page.locator(".sgpc-tier-label").evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).style.bottom));
        assert.deepEqual(wide, ["0px", "0px", "0px"], "one row of labels when there is room");
        await page.setViewportSize({ width: 320, height: 720 });
        await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLElement>(".sgpc-tier-label")).some((n) => n.style.bottom !== "0px"));
        const boxes = await page.locator(".sgpc-tier-label").evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect));
        for (const [i, a] of boxes.entries()) {
            for (const b of boxes.slice(i + 1)) {
                assert.ok(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, `labels apart: ${JSON.stringify([a, b])}`);
            }
        }
    });
});

describe("goal progress card in Chromium: accessibility and other goals", () => {
    it("keyboard: Tab reaches the bar, its focus is visible, and it reads out the figures", async () => {
        page = await mountCard(browser, { goal: goalOf("E7") });
        await page.keyboard.press("Tab");

        const focused = await page.evaluate(() => ({
            role: document.activeElement?.getAttribute("role"),
            outline: getComputedStyle(document.activeElement as Element).outlineStyle,
            width: parseFloat(getComputedStyle(document.activeElement as Element).outlineWidth),
        }));
        assert.deepEqual(focused, { role: "meter", outline: "solid", width: 2 });
        await screenshot(page, "e7-en-focused");
        const meter = page.getByRole("meter", { name: "Actual against target" });
        assert.equal(
            (await meter.getAttribute("aria-valuetext"))?.replace(/[\u00A0\u202F]/g, " "),
            "CN¥650,000.00 of CN¥2,300,000.00 (28.26%); expected to date CN¥850,000.00",
        );
        assert.equal(await meter.getAttribute("aria-valuenow"), "650000");
        assert.equal(await meter.getAttribute("aria-valuemax"), "2300000");
        const described = await meter.getAttribute("aria-describedby");
        assert.equal(await text(page, `#${described}`), "At risk");
        const snapshot = await page.locator(".sgpc").ariaSnapshot();
        assert.match(snapshot, /group "Goal progress"/);
        assert.match(snapshot, /meter "Actual against target"/);
        assert.doesNotMatch(snapshot, /▲/, "the status icon is hidden from screen readers (the words say it)");
        await page.keyboard.press("Tab");
        assert.equal(await page.evaluate(() => document.activeElement?.closest(".sgpc") == null), true, "Tab leaves the card (no trap)");
    });

    for (const id of ["E7", "E8", "E9-base", "E9-stretch"]) {
        it(`contrast (${id}): every text at least 4.5:1, the bar at least 3:1 against its track`, async () => {
            page = await mountCard(browser, { goal: goalOf(id) });
            const worst = await worstTextContrast(page);
            assert.ok(worst.ratio >= 4.5, `${worst.where} has contrast ${worst.ratio.toFixed(2)}`);
            const ratio = await page.evaluate(() => {
                const rgb = (s: string): number[] => (s.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
                const lum = (c: number[]): number => {
                    const [r, g, b] = c.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : Math.pow((v / 255 + 0.055) / 1.055, 2.4)));
                    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
                };
                const fill = lum(rgb(getComputedStyle(document.querySelector(".sgpc-fill") as Element).backgroundColor));
                const track = lum(rgb(getComputedStyle(document.querySelector(".sgpc-track") as Element).backgroundColor));
                return (Math.max(fill, track) + 0.05) / (Math.min(fill, track) + 0.05);
            });
            assert.ok(ratio >= 3, `bar against track ${ratio.toFixed(2)}`);
        });
    }

    it("E9 in a high-contrast theme (forced colours): the fill and every mark still stand out 3:1", async () => {
        page = await mountCard(browser, { goal: goalOf("E9-base") });
        await page.emulateMedia({ forcedColors: "active" });
        await settle(page);
        await screenshot(page, "e9-base-en-forced-colors");
        const track = await box(page, ".sgpc-track");
        const fill = await box(page, ".sgpc-fill");
        const y = Math.round(track.y + track.height / 2);
        const row = await pixelRow(page, y, Math.round(track.x), Math.round(track.x + track.width));
        const inFill = row[Math.round(fill.width / 4)];
        const empty = row[row.length - 3];
        assert.ok(contrast(inFill, empty) >= 3, `fill ${inFill.join(",")} against the empty track ${empty.join(",")}`);
        for (const selector of [".sgpc-tier-mark[data-kind=base]", ".sgpc-tier-mark[data-kind=target]", ".sgpc-expected-mark"]) {
            const mark = await box(page, selector);
            const x = Math.round(mark.x + mark.width / 2);
            const around = await pixelRow(page, y, x - 8, x + 9);
            const best = Math.max(...around.slice(5, 12).map((pixel) => contrast(pixel, around[0])));
            assert.ok(best >= 3, `${selector} at x=${x}: best contrast ${best.toFixed(2)} against ${around[0].join(",")}`);
        }
    });

    it("a count goal (E4's week, 10 new customers) shows counts, not money", async () => {
        page = await mountCard(browser, { goal: goalOf("W10") });
        await screenshot(page, "w10-count-en-desktop");

        assert.equal(await text(page, ".sgpc-amounts"), "4 of 10");
        assert.equal(await text(page, ".sgpc-expected-line"), "Expected to date: 6 · 33.33% behind");
        assert.equal(await text(page, ".sgpc-projection-line"), "Projected by Mar 8, 2026: 7 (70% of target)");
        assert.equal(await text(page, ".sgpc-status-text"), "At risk");
    });

    it("when the currency cannot be read the amounts still show, as plain numbers", async () => {
        page = await mountCard(browser, { goal: goalOf("E7"), rows: { transactioncurrency: {}, sg_metric: {} } });

        assert.equal(await text(page, ".sgpc-amounts"), "650,000.00 of 2,300,000.00");
        assert.equal(await text(page, ".sgpc-status-text"), "At risk");
    });

    it("a goal without a target says what to do instead of drawing an empty bar", async () => {
        page = await mountCard(browser, { goal: { ...goalOf("E7"), target: null as unknown as number }, languageId: 2052 });

        assert.equal(await text(page, ".sgpc-empty"), "设置目标后即可查看进度。");
        assert.equal(await page.locator(".sgpc-track").count(), 0);
    });
});
