using System.Collections.Generic;

namespace SalesGoals.Crm.Integration.Mapping.Records;

/// <summary>The rows of the three mapping tables (for one or several systems).</summary>
public sealed record MappingRowSet(
    IReadOnlyList<FieldMappingRow> FieldRows,
    IReadOnlyList<ValueMappingRow> ValueRows,
    IReadOnlyList<UserMappingRow> UserRows);
