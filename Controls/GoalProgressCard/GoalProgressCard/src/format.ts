import { MetricUnit } from "./figures";

/** How numbers read for this user and this goal. */
export interface NumberStyle {
    /** BCP 47 tag of the user's language, e.g. "en-US" or "zh-CN". */
    locale: string;
    unit: MetricUnit;
    /** ISO 4217 code of the goal's currency (amount metrics); without it amounts show as plain numbers. */
    currencyCode?: string;
    /** Decimal places of the goal's currency; defaults to the currency's usual digits. */
    currencyPrecision?: number;
    /** The user's own separators from their Dataverse personal options, when they differ from the locale's. */
    groupSeparator?: string;
    decimalSeparator?: string;
}

/** Dataverse language ids (LCIDs) the product is translated into, and their usual neighbours. */
const localesByLanguageId: Record<number, string> = {
    1028: "zh-TW",
    1031: "de-DE",
    1033: "en-US",
    1036: "fr-FR",
    1041: "ja-JP",
    1042: "ko-KR",
    2052: "zh-CN",
    2057: "en-GB",
    3076: "zh-HK",
    4100: "zh-SG",
};

export function localeOf(languageId: number | undefined): string {
    return (languageId != null && localesByLanguageId[languageId]) || "en-US";
}

/** Chinese (any script or region) reads the 2052 strings; everything else the 1033 ones. */
export function isChinese(locale: string): boolean {
    return locale.toLowerCase().startsWith("zh");
}

function isCurrencyCode(code: string | undefined): code is string {
    if (!code || !/^[A-Za-z]{3}$/.test(code)) {
        return false;
    }
    try {
        new Intl.NumberFormat("en-US", { style: "currency", currency: code });
        return true;
    } catch {
        return false;
    }
}

function withUserSeparators(formatter: Intl.NumberFormat, value: number, style: NumberStyle): string {
    if (style.groupSeparator == null && style.decimalSeparator == null) {
        return formatter.format(value);
    }
    return formatter
        .formatToParts(value)
        .map((part) => {
            if (part.type === "group" && style.groupSeparator != null) {
                return style.groupSeparator;
            }
            if (part.type === "decimal" && style.decimalSeparator != null) {
                return style.decimalSeparator;
            }
            return part.value;
        })
        .join("");
}

/** A goal figure (actual, target, tiers, projection) in the goal's unit: money in the goal's currency. */
export function formatValue(value: number, style: NumberStyle): string {
    switch (style.unit) {
        case MetricUnit.Count:
            return withUserSeparators(new Intl.NumberFormat(style.locale, { maximumFractionDigits: 2 }), value, style);
        case MetricUnit.Percent:
            return formatPercent(value, style);
        case MetricUnit.Days:
            return withUserSeparators(
                new Intl.NumberFormat(style.locale, { style: "unit", unit: "day", unitDisplay: "long", maximumFractionDigits: 1 }),
                value,
                style,
            );
        default:
            return formatAmount(value, style);
    }
}

export function formatAmount(value: number, style: NumberStyle): string {
    if (isCurrencyCode(style.currencyCode)) {
        const options: Intl.NumberFormatOptions = { style: "currency", currency: style.currencyCode.toUpperCase() };
        if (style.currencyPrecision != null && style.currencyPrecision >= 0 && style.currencyPrecision <= 10) {
            options.minimumFractionDigits = style.currencyPrecision;
            options.maximumFractionDigits = style.currencyPrecision;
        }
        return withUserSeparators(new Intl.NumberFormat(style.locale, options), value, style);
    }
    // Currency not known (yet): the number alone, at the columns' precision (2).
    return withUserSeparators(
        new Intl.NumberFormat(style.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
        value,
        style,
    );
}

/** A stored percentage (28.26 means 28.26 %), to at most two decimals. */
export function formatPercent(percent: number, style: Pick<NumberStyle, "locale" | "groupSeparator" | "decimalSeparator">): string {
    const formatter = new Intl.NumberFormat(style.locale, { style: "percent", maximumFractionDigits: 2 });
    return withUserSeparators(formatter, percent / 100, { ...style, unit: MetricUnit.Percent });
}

/** A calendar date (the period's end) in the user's language, e.g. "Mar 31, 2026" / "2026年3月31日". */
export function formatDate(date: Date, locale: string): string {
    return new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric" }).format(date);
}

/** Fills "{0}", "{1}"… in a localized template. */
export function fill(template: string, ...args: string[]): string {
    return template.replace(/\{(\d+)\}/g, (whole, index: string) => args[Number(index)] ?? whole);
}
