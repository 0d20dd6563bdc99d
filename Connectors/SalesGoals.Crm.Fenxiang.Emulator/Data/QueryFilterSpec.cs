using System.Collections.Generic;

namespace SalesGoals.Crm.Fenxiang.Emulator.Data;

/// <summary>A parsed filter (field_name, field_values, operator).</summary>
internal sealed record QueryFilterSpec(string FieldName, IReadOnlyList<string> Values, string Operator);
