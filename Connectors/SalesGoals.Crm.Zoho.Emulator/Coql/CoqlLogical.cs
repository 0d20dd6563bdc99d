using System;
using System.Text.Json.Nodes;

namespace SalesGoals.Crm.Zoho.Emulator.Coql;

/// <summary><c>left AND right</c> or <c>left OR right</c>.</summary>
public sealed record CoqlLogical(bool IsAnd, CoqlCondition Left, CoqlCondition Right) : CoqlCondition
{
    public override bool Matches(Func<string, JsonNode?> field) =>
        IsAnd ? Left.Matches(field) && Right.Matches(field) : Left.Matches(field) || Right.Matches(field);
}
