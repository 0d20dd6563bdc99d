using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Cli.Plan.Building;
using SalesGoals.Crm.GoalEngine.Goals;

namespace SalesGoals.Crm.Cli.Plan.Apply;

/// <summary>The Plan parameter of sg_ApplyGoalPlan (the plug-in's GoalPlanDocument): the tree, parents first, ids resolved.</summary>
internal static class ApplyPayload
{
    public static string Write(PlanTree tree, DataverseDirectory directory, bool removeMissing = false)
    {
        var plan = tree.Plan;
        var goals = new JsonArray();
        var parents = tree.All.SelectMany(p => p.Children.Select(c => (Child: c, Parent: p))).ToDictionary(x => x.Child, x => x.Parent);
        foreach (var node in tree.All)
        {
            var goal = node.Goal;
            var period = goal.Period!.Value;
            var row = new JsonObject
            {
                ["key"] = node.Key,
                ["name"] = goal.Name,
                ["periodType"] = period.Type.ToString(),
                ["start"] = period.Start.ToString(),
                ["end"] = period.End.ToString(),
                ["target"] = goal.Target,
                ["splitAxis"] = goal.SplitAxis.ToString(),
                ["overAssignmentPct"] = node == tree.Root ? plan.OverAssignmentPercent : 0m,
                ["locked"] = node.Locked,
            };
            if (parents.TryGetValue(node, out var parent))
            {
                row["parentKey"] = parent.Key;
            }
            else
            {
                row["strategy"] = plan.Name;
            }

            row[goal.Assignee!.Value.Kind == AssigneeKind.User ? "userId" : "teamId"] = goal.Assignee.Value.Id.ToString("D");
            if (goal.ManagerId is { } manager)
            {
                row["managerId"] = manager.ToString("D");
            }

            Dimension(row, "productLine", goal.Dimensions.ProductLine);
            Dimension(row, "region", goal.Dimensions.Region);
            Dimension(row, "segment", goal.Dimensions.Segment);
            if (goal.Base is { } b)
            {
                row["base"] = b;
            }

            if (goal.Stretch is { } s)
            {
                row["stretch"] = s;
            }

            goals.Add(row);
        }

        var document = new JsonObject
        {
            ["name"] = plan.Name,
            ["metricId"] = directory.MetricId.ToString("D"),
            ["metricCode"] = plan.Metric,
            ["currencyId"] = directory.CurrencyId.ToString("D"),
            ["activate"] = plan.Activate,
            ["goals"] = goals,
        };
        if (removeMissing)
        {
            document["removeMissing"] = true;
        }
        if (plan.Seasonality is { } seasonality)
        {
            document["seasonality"] = new JsonObject { ["name"] = seasonality.Name, ["weights"] = new JsonArray([.. seasonality.Weights.Select(w => (JsonNode)w)]) };
        }

        if (plan.Calendar is { } calendar)
        {
            document["calendar"] = new JsonObject
            {
                ["name"] = calendar.Name,
                ["weekend"] = new JsonArray([.. calendar.Weekend.Select(d => (JsonNode)(d == System.DayOfWeek.Sunday ? 7 : (int)d))]),
                ["holidays"] = new JsonArray([.. calendar.Holidays.Select(d => (JsonNode)d.ToString())]),
                ["workingDays"] = new JsonArray([.. calendar.WorkingDays.Select(d => (JsonNode)d.ToString())]),
            };
        }

        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static void Dimension(JsonObject row, string name, string? value)
    {
        if (value is not null)
        {
            row[name] = int.Parse(value, CultureInfo.InvariantCulture);
        }
    }
}
