using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Fenxiang.Api;
using SalesGoals.Crm.Fenxiang.Client;
using SalesGoals.Crm.Fenxiang.Errors;
using SalesGoals.Crm.Integration.Goals;

namespace SalesGoals.Crm.Fenxiang.Adapter;

/// <summary>
/// Optional: monthly person targets into Fenxiang's goal module (GoalValueObj: goal_type 2 = person,
/// check_object_id, goal_rule_id, fiscal_year, january_value … december_value). Whether GoalValueObj is
/// writable through the OpenAPI is not documented (unverified): tenants switch this on after trying it.
/// One query per person and year, then one create or update each.
/// </summary>
internal sealed class GoalValueWriter
{
    public const string ObjectApiName = "GoalValueObj";

    private static readonly string[] MonthFields =
    [
        "january_value", "february_value", "march_value", "april_value", "may_value", "june_value",
        "july_value", "august_value", "september_value", "october_value", "november_value", "december_value",
    ];

    private readonly IFenxiangClient _client;
    private readonly FenxiangAdapterOptions _options;

    public GoalValueWriter(IFenxiangClient client, FenxiangAdapterOptions options)
    {
        _client = client;
        _options = options;
    }

    public async Task<IReadOnlyList<GoalProgressWriteResult>> WriteAsync(
        IReadOnlyList<GoalProgressRow> rows, IReadOnlyList<GoalProgressWriteResult> results, CancellationToken cancellationToken)
    {
        var outcome = results.ToDictionary(r => r.GoalId);
        var monthly = rows.Where(r => string.Equals(r.PeriodType, "Month", StringComparison.OrdinalIgnoreCase));
        foreach (var group in monthly.GroupBy(r => (r.OwnerExternalId, r.PeriodStart.Year)))
        {
            try
            {
                await WritePersonYearAsync(group.Key.OwnerExternalId, group.Key.Year, group.ToList(), cancellationToken).ConfigureAwait(false);
            }
            catch (FenxiangApiException ex)
            {
                foreach (var row in group)
                {
                    outcome[row.GoalId] = outcome[row.GoalId] with
                    {
                        Succeeded = false,
                        ErrorCode = ex.Code.ToString(CultureInfo.InvariantCulture),
                        Message = $"{ObjectApiName} monthly target not written: {ex.Outcome}: {ex.Error.Message} (traceId {ex.Error.TraceId ?? "none"})",
                    };
                }
            }
        }

        return results.Select(r => outcome[r.GoalId]).ToList();
    }

    private async Task WritePersonYearAsync(string owner, int year, List<GoalProgressRow> rows, CancellationToken cancellationToken)
    {
        var ruleId = _options.GoalRuleId ?? throw new InvalidOperationException("Fenxiang:Adapter:GoalRuleId is required to write GoalValueObj.");
        var fields = new JsonObject();
        foreach (var row in rows)
        {
            fields[MonthFields[row.PeriodStart.Month - 1]] = row.Target.ToString(CultureInfo.InvariantCulture);
        }

        QueryFilter[] filters =
        [
            new("goal_type", ["2"], QueryOperators.Equal),
            new("goal_rule_id", [ruleId], QueryOperators.Equal),
            new("check_object_id", [owner], QueryOperators.Equal),
            new("fiscal_year", [year.ToString(CultureInfo.InvariantCulture)], QueryOperators.Equal),
        ];
        var page = await _client.QueryPageAsync(ObjectApiName, new SearchQueryInfo { Limit = 1, Filters = filters, FieldProjection = ["_id"] }, includeTotal: false, cancellationToken).ConfigureAwait(false);
        if (page.Records() is [var existing, ..] && FenxiangRecords.Text(existing, "_id") is { } id)
        {
            await _client.UpdateAsync(ObjectApiName, id, fields, cancellationToken).ConfigureAwait(false);
            return;
        }

        fields["name"] = $"{owner} {year}";
        fields["owner"] = new JsonArray(owner);
        fields["goal_type"] = "2";
        fields["goal_rule_id"] = ruleId;
        fields["check_object_id"] = owner;
        fields["fiscal_year"] = year.ToString(CultureInfo.InvariantCulture);
        await _client.CreateAsync(ObjectApiName, fields, cancellationToken).ConfigureAwait(false);
    }
}
