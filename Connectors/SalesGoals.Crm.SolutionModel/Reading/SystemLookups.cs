using System.Collections.Generic;

namespace SalesGoals.Crm.SolutionModel.Reading;

/// <summary>Targets of the lookups the platform adds to every table. Exports declare them through
/// system relationships; hand-written Entity.xml files often leave those out.</summary>
internal static class SystemLookups
{
    public static IReadOnlyList<string> OwnerTargets { get; } = ["systemuser", "team"];

    public static IReadOnlyList<string> CustomerTargets { get; } = ["account", "contact"];

    public static IReadOnlyList<string> DefaultTargets(string column) => column switch
    {
        "createdby" or "modifiedby" or "createdonbehalfby" or "modifiedonbehalfby" or "owninguser" => ["systemuser"],
        "owningteam" => ["team"],
        "owningbusinessunit" => ["businessunit"],
        "organizationid" => ["organization"],
        "transactioncurrencyid" => ["transactioncurrency"],
        _ => [],
    };
}
