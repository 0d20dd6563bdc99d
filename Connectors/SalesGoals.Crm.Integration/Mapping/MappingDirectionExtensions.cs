namespace SalesGoals.Crm.Integration.Mapping;

/// <summary>Which way a <see cref="MappingDirection"/> lets values flow.</summary>
public static class MappingDirectionExtensions
{
    /// <summary>Values are read from the external system (Inbound or Both).</summary>
    public static bool Reads(this MappingDirection direction) => direction is MappingDirection.Inbound or MappingDirection.Both;

    /// <summary>Values are written to the external system (Outbound or Both).</summary>
    public static bool Writes(this MappingDirection direction) => direction is MappingDirection.Outbound or MappingDirection.Both;
}
