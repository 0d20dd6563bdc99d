import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MetricUnit } from "../../GoalProgressCard/src/figures";
import { fill, formatAmount, formatDate, formatPercent, formatValue, isChinese, localeOf } from "../../GoalProgressCard/src/format";

// Intl puts a narrow no-break space in some locales; compare what a person reads.
const plain = (text: string): string => text.replace(/[\u00A0\u202F]/g, " ");

describe("formatAmount", () => {
    it("writes yuan the Chinese way for a Chinese user", () => {
        assert.equal(formatAmount(650000, { locale: "zh-CN", unit: MetricUnit.Amount, currencyCode: "CNY" }), "¥650,000.00");
    });

    it("marks yuan as CN¥ for an English user, so it is not read as yen or dollars", () => {
        assert.equal(formatAmount(2300000, { locale: "en-US", unit: MetricUnit.Amount, currencyCode: "CNY" }), "CN¥2,300,000.00");
    });

    it("uses the goal's currency, not the user's: dollars for a Chinese user", () => {
        assert.equal(formatAmount(1758823.53, { locale: "zh-CN", unit: MetricUnit.Amount, currencyCode: "USD" }), "US$1,758,823.53");
    });

    it("rounds to the currency's precision from Dataverse", () => {
        assert.equal(formatAmount(1234.5, { locale: "en-US", unit: MetricUnit.Amount, currencyCode: "JPY", currencyPrecision: 0 }), "¥1,235");
        assert.equal(formatAmount(1234.5, { locale: "en-US", unit: MetricUnit.Amount, currencyCode: "usd", currencyPrecision: 3 }), "$1,234.500");
    });

    it("applies the user's own separators from their personal options", () => {
        const style = { locale: "en-US", unit: MetricUnit.Amount, currencyCode: "EUR", groupSeparator: ".", decimalSeparator: "," };
        assert.equal(formatAmount(650000.5, style), "€650.000,50");
    });

    it("writes a plain number at two decimals while the currency is unknown or not a currency", () => {
        assert.equal(formatAmount(850000, { locale: "en-US", unit: MetricUnit.Amount }), "850,000.00");
        assert.equal(formatAmount(850000, { locale: "en-US", unit: MetricUnit.Amount, currencyCode: "XX" }), "850,000.00");
        assert.equal(formatAmount(850000, { locale: "en-US", unit: MetricUnit.Amount, currencyCode: "ZZZ1" }), "850,000.00");
    });

    it("keeps the sign of a negative amount (a reversal can take an actual below zero)", () => {
        assert.equal(formatAmount(-80000, { locale: "en-US", unit: MetricUnit.Amount, currencyCode: "USD" }), "-$80,000.00");
    });
});

describe("formatValue", () => {
    it("writes counts without currency or forced decimals", () => {
        assert.equal(formatValue(4, { locale: "en-US", unit: MetricUnit.Count, currencyCode: "CNY" }), "4");
        assert.equal(formatValue(1250, { locale: "zh-CN", unit: MetricUnit.Count }), "1,250");
    });

    it("writes days in the user's language", () => {
        assert.equal(plain(formatValue(12.5, { locale: "en-US", unit: MetricUnit.Days })), "12.5 days");
        assert.equal(formatValue(12.5, { locale: "zh-CN", unit: MetricUnit.Days }), "12.5天");
    });

    it("writes a percent metric (win rate) as a percentage", () => {
        assert.equal(formatValue(35, { locale: "en-US", unit: MetricUnit.Percent }), "35%");
    });
});

describe("formatPercent", () => {
    for (const [stored, expected] of [
        [28.26, "28.26%"],
        [23.53, "23.53%"],
        [100, "100%"],
        [76.470588, "76.47%"],
        [0, "0%"],
    ] as const) {
        it(`shows stored ${stored} as ${expected}`, () => {
            assert.equal(formatPercent(stored, { locale: "en-US" }), expected);
        });
    }

    it("uses the user's decimal separator", () => {
        assert.equal(formatPercent(28.26, { locale: "en-US", decimalSeparator: "," }), "28,26%");
    });
});

describe("languages", () => {
    it("maps Dataverse language ids to locales, English when unknown", () => {
        assert.equal(localeOf(1033), "en-US");
        assert.equal(localeOf(2052), "zh-CN");
        assert.equal(localeOf(1028), "zh-TW");
        assert.equal(localeOf(9999), "en-US");
        assert.equal(localeOf(undefined), "en-US");
    });

    it("recognises Chinese in any region", () => {
        assert.ok(isChinese("zh-CN") && isChinese("zh-TW"));
        assert.ok(!isChinese("en-US"));
    });

    it("writes the period's end as a date a person reads", () => {
        assert.equal(formatDate(new Date(2026, 2, 31), "en-US"), "Mar 31, 2026");
        assert.equal(formatDate(new Date(2026, 2, 31), "zh-CN"), "2026年3月31日");
    });

    it("fills numbered placeholders and leaves unknown ones", () => {
        assert.equal(fill("{0} of {1}", "a", "b"), "a of b");
        assert.equal(fill("已完成 {0}，目标 {1}（{2}）", "¥1", "¥2"), "已完成 ¥1，目标 ¥2（{2}）");
    });
});
