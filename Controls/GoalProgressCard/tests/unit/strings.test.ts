import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { StringKeys } from "../../GoalProgressCard/src/strings";
import { controlRoot, readResx } from "../support";

const english = readResx(1033);
const chinese = readResx(2052);

describe("strings", () => {
    it("has the same keys in English and Chinese", () => {
        assert.deepEqual(Object.keys(chinese).sort(), Object.keys(english).sort());
    });

    it("has every string the card uses, in both languages, translated", () => {
        for (const key of StringKeys) {
            assert.ok(english[key], `English ${key}`);
            assert.ok(chinese[key], `Chinese ${key}`);
            assert.match(chinese[key], /[\u4e00-\u9fff]/, `Chinese ${key} is Chinese: ${chinese[key]}`);
        }
    });

    it("keeps the same placeholders in both languages", () => {
        const holes = (text: string): string[] => (text.match(/\{\d+\}/g) ?? []).sort();
        for (const key of Object.keys(english)) {
            assert.deepEqual(holes(chinese[key]), holes(english[key]), key);
        }
    });

    it("has every key the manifest names", () => {
        const manifest = readFileSync(join(controlRoot, "GoalProgressCard", "ControlManifest.Input.xml"), "utf8");
        const keys = [...manifest.matchAll(/(?:display-name|description)-key="([^"]+)"/g)].map((m) => m[1]);
        assert.ok(keys.length > 20);
        for (const key of keys) {
            assert.ok(english[key] && chinese[key], key);
        }
    });

    it("uses the solution's Chinese tier names (基础目标 / 挑战目标 / 超越目标)", () => {
        assert.deepEqual([chinese.Tier_Base, chinese.Tier_Target, chinese.Tier_Stretch], ["基础目标", "挑战目标", "超越目标"]);
    });
});
