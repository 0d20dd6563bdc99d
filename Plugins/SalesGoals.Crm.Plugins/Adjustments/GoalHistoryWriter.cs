using System.Globalization;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;
using H = SalesGoals.Crm.Plugins.Schema.SgGoalHistory.Fields;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>
/// Writes sg_goalhistory: one row per changed tier column (old → new as invariant text), owned by
/// the goal's owner so whoever sees the goal sees its history.
/// </summary>
public sealed class GoalHistoryWriter
{
    private readonly IOrganizationService _service;

    public GoalHistoryWriter(IOrganizationService service) => _service = service;

    /// <returns>How many rows were written.</returns>
    public int Write(Entity before, Entity after, GoalHistoryEntry entry)
    {
        var written = 0;
        foreach (var column in SgGoal.TierFields)
        {
            var old = before.GetAttributeValue<decimal?>(column);
            var now = after.Attributes.ContainsKey(column) ? after.GetAttributeValue<decimal?>(column) : old;
            if (old == now)
            {
                continue;
            }

            var row = new Entity(SgGoalHistory.LogicalName)
            {
                [H.Name] = Cut((before.GetAttributeValue<string>(F.Name) ?? before.Id.ToString()) + ": " + column, 200),
                [H.GoalId] = new EntityReference(SgGoal.LogicalName, before.Id),
                [H.Field] = column,
                [H.OldValue] = Text(old),
                [H.NewValue] = Text(now),
                [H.ChangedById] = new EntityReference(PlatformTables.SystemUser, entry.ChangedBy),
                [H.ChangedOn] = entry.ChangedOnUtc,
                [H.ChangeKind] = new OptionSetValue(entry.Kind),
                [H.Reason] = entry.Reason == null ? null : Cut(entry.Reason, 2000),
                [H.AdjustmentId] = entry.AdjustmentId is { } id ? new EntityReference(SgGoalAdjustment.LogicalName, id) : null,
            };
            if (before.GetAttributeValue<EntityReference>(F.OwnerId) is { } owner)
            {
                row[F.OwnerId] = owner;
            }

            _service.Create(row);
            written++;
        }

        return written;
    }

    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Cut(string text, int length) => text.Length <= length ? text : text.Substring(0, length);
}
