using System;
using System.Text.Json.Nodes;

namespace SalesGoals.Crm.Zoho.Emulator.Coql;

/// <summary>A WHERE condition, evaluated against a field getter.</summary>
public abstract record CoqlCondition
{
    public abstract bool Matches(Func<string, JsonNode?> field);
}
