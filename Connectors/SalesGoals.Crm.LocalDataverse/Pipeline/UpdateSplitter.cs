using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace SalesGoals.Crm.LocalDataverse.Pipeline;

/// <summary>
/// An Update that changes statecode/statuscode together with other columns runs the Update
/// pipeline twice in Dataverse: once for the other columns, once for the state change. Both
/// passes run here in one transaction, the other columns first; each pass has its own context.
/// </summary>
internal static class UpdateSplitter
{
    private static readonly string[] StateColumns = ["statecode", "statuscode"];

    public static bool TrySplit(OrganizationRequest request, [NotNullWhen(true)] out OrganizationRequest? rest, [NotNullWhen(true)] out OrganizationRequest? state)
    {
        rest = null;
        state = null;
        if (request.RequestName != "Update" || !request.Parameters.TryGetValue("Target", out var value) || value is not Entity target)
        {
            return false;
        }

        var stateKeys = target.Attributes.Keys.Where(StateColumns.Contains).ToList();
        var otherKeys = target.Attributes.Where(p => !StateColumns.Contains(p.Key) && !(p.Value is System.Guid id && id == target.Id)).Select(p => p.Key).ToList();
        if (stateKeys.Count == 0 || otherKeys.Count == 0)
        {
            return false;
        }

        var behavior = request.Parameters.TryGetValue("ConcurrencyBehavior", out var b) && b is ConcurrencyBehavior c ? c : ConcurrencyBehavior.Default;
        rest = new UpdateRequest { Target = Part(target, otherKeys), ConcurrencyBehavior = behavior };
        state = new UpdateRequest { Target = Part(target, stateKeys) };
        return true;
    }

    private static Entity Part(Entity target, System.Collections.Generic.IEnumerable<string> keys)
    {
        var part = new Entity(target.LogicalName, target.Id) { RowVersion = target.RowVersion };
        foreach (var key in target.KeyAttributes)
        {
            part.KeyAttributes[key.Key] = key.Value;
        }

        foreach (var key in keys)
        {
            part[key] = target[key];
        }

        return part;
    }
}
