using System.Linq;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Cli.Plan.Model;
using SalesGoals.Crm.GoalEngine.Goals;

namespace SalesGoals.Crm.Cli.Plan.Reading;

/// <summary>A checked plan back as a document of the YAML/JSON shape (what <see cref="PlanParser"/> reads).</summary>
public static class PlanDocumentWriter
{
    public static JsonObject ToDocument(PlanDefinition plan)
    {
        System.ArgumentNullException.ThrowIfNull(plan);
        var document = new JsonObject
        {
            ["name"] = plan.Name,
            ["metric"] = plan.Metric,
            ["currency"] = plan.Currency,
            ["year"] = plan.Year,
            ["fiscalStartMonth"] = plan.FiscalStartMonth,
            ["target"] = plan.Target,
        };
        if (plan.Base is { } b)
        {
            document["base"] = b;
        }

        if (plan.Stretch is { } s)
        {
            document["stretch"] = s;
        }

        document["overAssignmentPercent"] = plan.OverAssignmentPercent;
        document["status"] = plan.Activate ? "active" : "draft";
        document["depth"] = plan.Depth.ToString().ToLowerInvariant();
        document["lockedLevels"] = new JsonArray([.. plan.LockedLevels.Select(l => (JsonNode)l.ToString().ToLowerInvariant())]);
        if (plan.Manager is not null)
        {
            document["manager"] = plan.Manager;
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
                ["weekend"] = new JsonArray([.. calendar.Weekend.Select(d => (JsonNode)d.ToString().ToLowerInvariant())]),
                ["holidays"] = new JsonArray([.. calendar.Holidays.Select(d => (JsonNode)d.ToString())]),
                ["workingDays"] = new JsonArray([.. calendar.WorkingDays.Select(d => (JsonNode)d.ToString())]),
            };
        }

        if (plan.Ramp.Count > 0)
        {
            document["ramp"] = new JsonArray([.. plan.Ramp.Select(r => (JsonNode)r)]);
        }

        if (plan.Splits.Count > 0)
        {
            document["splits"] = new JsonArray([.. plan.Splits.Select(split => (JsonNode)new JsonObject
            {
                ["dimension"] = split.Dimension switch { DimensionKind.ProductLine => "productLine", DimensionKind.Region => "region", _ => "segment" },
                ["shares"] = new JsonObject(split.Shares.Select(v => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(v.Label, v.Share))),
            })]);
        }

        document["teams"] = new JsonArray([.. plan.Teams.Select(team =>
        {
            var node = new JsonObject { ["name"] = team.Name };
            if (team.Share is { } share)
            {
                node["share"] = share;
            }

            if (team.Manager is not null)
            {
                node["manager"] = team.Manager;
            }

            node["reps"] = new JsonArray([.. team.Reps.Select(rep =>
            {
                var r = new JsonObject { ["user"] = rep.User, ["capacity"] = rep.Capacity };
                if (rep.HireDate is { } hire)
                {
                    r["hireDate"] = hire.ToString();
                }

                return (JsonNode)r;
            })]);
            return (JsonNode)node;
        })]);
        return document;
    }
}
