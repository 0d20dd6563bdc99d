// Lint run by `pcf-scripts build` (it stops the build on an error) and by `npm run lint`.
import eslint from "@eslint/js";
import powerApps from "@microsoft/eslint-plugin-power-apps";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
    { ignores: ["node_modules/", "out/", "**/generated/", "eslint.config.mjs"] },
    eslint.configs.recommended,
    ...tseslint.configs.recommended,
    {
        files: ["**/*.ts"],
        plugins: { "@microsoft/power-apps": powerApps },
        languageOptions: { globals: { ...globals.browser, ComponentFramework: "readonly" } },
        rules: {
            ...powerApps.configs.paCheckerHosted.rules,
        },
    },
    {
        files: ["tests/**/*.ts", "tests/**/*.mjs", "tests/**/*.js"],
        languageOptions: { globals: { ...globals.node, ...globals.browser } },
    },
);
