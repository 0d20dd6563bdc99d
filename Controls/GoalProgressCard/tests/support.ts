import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The control's folder (where package.json is), from the source or the compiled tests alike. */
export const controlRoot: string = (() => {
    let dir = __dirname;
    while (!existsSync(join(dir, "pcfconfig.json"))) {
        const parent = dirname(dir);
        if (parent === dir) {
            throw new Error("pcfconfig.json not found above " + __dirname);
        }
        dir = parent;
    }
    return dir;
})();

/** The <data name> → <value> pairs of a .resx file. */
export function readResx(languageId: number): Record<string, string> {
    const xml = readFileSync(join(controlRoot, "GoalProgressCard", "strings", `GoalProgressCard.${languageId}.resx`), "utf8");
    const strings: Record<string, string> = {};
    for (const match of xml.matchAll(/<data name="([^"]+)"[^>]*>\s*<value>([^<]*)<\/value>/g)) {
        strings[match[1]] = match[2].replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    }
    return strings;
}

export type StatusName = "OnTrack" | "Behind" | "AtRisk" | "Achieved";
export type TierName = "None" | "Base" | "Target" | "Stretch";

export interface WorkedExample {
    id: string;
    input: {
        start: string;
        end: string;
        asOf: string;
        kind: "Amount" | "Count";
        precision: number;
        target: number;
        base: number | null;
        stretch: number | null;
        actual: number;
    };
    stored: {
        expectedToDate: number;
        attainmentPct: number;
        paceGapPct: number;
        paceStatus: StatusName;
        tier: TierName;
        projection: number;
    };
}

export function workedExample(id: string): WorkedExample {
    const file = JSON.parse(readFileSync(join(controlRoot, "tests", "fixtures", "worked-examples.json"), "utf8")) as { examples: WorkedExample[] };
    const example = file.examples.find((e) => e.id === id);
    if (!example) {
        throw new Error(`No worked example ${id}`);
    }
    return example;
}

/** sg_goal choice values are 100000000 + the engine enum's ordinal (GoalProgressWriter). */
export const statusValue: Record<StatusName, number> = { OnTrack: 100000000, Behind: 100000001, AtRisk: 100000002, Achieved: 100000003 };
export const tierValue: Record<TierName, number> = { None: 100000000, Base: 100000001, Target: 100000002, Stretch: 100000003 };
