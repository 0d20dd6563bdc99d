using System.Collections.Generic;

namespace SalesGoals.Crm.Zoho.Emulator.Coql;

/// <summary>A parsed SELECT: fields, module, optional WHERE, ORDER BY, LIMIT/OFFSET.</summary>
public sealed record CoqlQuery(
    IReadOnlyList<string> Fields,
    string Module,
    CoqlCondition? Where,
    IReadOnlyList<CoqlOrder> OrderBy,
    int Limit,
    int Offset)
{
    public const int DefaultLimit = 200;
    public const int MaxLimit = 2000;
}
