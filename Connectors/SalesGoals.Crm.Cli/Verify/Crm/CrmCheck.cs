using System.Collections.Generic;
using SalesGoals.Crm.Integration;

namespace SalesGoals.Crm.Cli.Verify.Crm;

/// <summary>The outcome of checking one CRM: what an admin must create, or why the check could not run.</summary>
public sealed record CrmCheck(ExternalSystem System, IReadOnlyList<CrmGap> Gaps, int ObjectCount, int FieldCount, string? Error)
{
    public bool Ok => Error is null && Gaps.Count == 0;
}
