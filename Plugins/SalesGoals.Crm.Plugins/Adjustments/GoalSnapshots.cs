using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.Plugins.Goals;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>Engine snapshots of goal rows with the metric's code and precision (counts have none).</summary>
public static class GoalSnapshots
{
    public static GoalSnapshot Of(Entity row, IGoalRepository goals)
    {
        var metric = row.GetAttributeValue<EntityReference>(F.MetricId);
        var code = metric == null ? null : goals.MetricCode(metric.Id);
        return GoalMapper.ToSnapshot(row, code, GoalMapper.PrecisionOf(code));
    }
}
