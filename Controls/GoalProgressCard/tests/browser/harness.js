// A fake Power Apps context around the built control (out/controls/GoalProgressCard/bundle.js).
// Outside Power Apps the bundle puts the control on the SalesGoals global. The test calls
// window.mountCard({ goal, languageId, strings, rows, numberFormattingInfo }).
(function () {
    "use strict";
    let control = null;
    let current = null;

    function numberParameter(value) {
        return { raw: value == null ? null : value, formatted: value == null ? "" : String(value), type: "Decimal", attributes: {} };
    }

    function lookup(id, entityType) {
        return { raw: id ? [{ id: id, name: id, entityType: entityType }] : [], type: "Lookup.Simple" };
    }

    function dateOnly(isoDate) {
        if (!isoDate) {
            return { raw: null, type: "DateAndTime.DateOnly" };
        }
        const parts = isoDate.split("-").map(Number);
        return { raw: new Date(parts[0], parts[1] - 1, parts[2]), type: "DateAndTime.DateOnly" };
    }

    function contextFor(options) {
        const goal = options.goal;
        const rows = options.rows || {};
        return {
            parameters: {
                actual: numberParameter(goal.actual),
                target: numberParameter(goal.target),
                expectedToDate: numberParameter(goal.expectedToDate),
                attainmentPct: numberParameter(goal.attainmentPct),
                paceGapPct: numberParameter(goal.paceGapPct),
                paceStatus: { raw: goal.paceStatus == null ? null : goal.paceStatus, type: "OptionSet" },
                tier: { raw: goal.tier == null ? null : goal.tier, type: "OptionSet" },
                baseValue: numberParameter(goal.base),
                stretchValue: numberParameter(goal.stretch),
                projection: numberParameter(goal.projection),
                periodEnd: dateOnly(goal.periodEnd),
                currency: lookup(goal.currencyId, "transactioncurrency"),
                metric: lookup(goal.metricId, "sg_metric"),
            },
            userSettings: {
                languageId: options.languageId,
                isRTL: false,
                numberFormattingInfo: options.numberFormattingInfo || {},
                userId: "{00000000-0000-0000-0000-000000000001}",
                userName: "Test User",
                securityRoles: [],
                getTimeZoneOffsetMinutes: function () { return 480; },
            },
            resources: {
                getString: function (key) { return Object.prototype.hasOwnProperty.call(options.strings, key) ? options.strings[key] : key; },
            },
            mode: {
                allocatedHeight: -1,
                allocatedWidth: -1,
                isControlDisabled: true,
                isVisible: true,
                label: "Actual",
                setControlState: function () { return true; },
                setFullScreen: function () {},
                trackContainerResize: function () {},
            },
            webAPI: {
                retrieveRecord: function (entityType, id, query) {
                    window.harnessCalls.push({ entityType: entityType, id: id, query: query });
                    const row = rows[entityType] && rows[entityType][id];
                    return row ? Promise.resolve(Object.assign({}, row)) : Promise.reject(new Error("Record not found: " + entityType + " " + id));
                },
            },
        };
    }

    window.harnessCalls = [];

    window.mountCard = function (options) {
        const container = document.getElementById("form-field");
        current = contextFor(options);
        control = new window.SalesGoals.GoalProgressCard();
        control.init(current, function () {}, {}, container);
        control.updateView(current);
    };

    // What the platform does when a bound column changes on the form.
    window.updateCard = function (options) {
        current = contextFor(options);
        control.updateView(current);
    };

    window.destroyCard = function () {
        control.destroy();
    };
})();
