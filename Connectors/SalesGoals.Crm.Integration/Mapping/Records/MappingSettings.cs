namespace SalesGoals.Crm.Integration.Mapping.Records;

/// <summary>The parts of a mapping the tables do not hold: they come from the worker's configuration per system.</summary>
public sealed record MappingSettings(UserMatchStrategy UserMatch = UserMatchStrategy.ByEmail, string DefaultCurrency = "CNY");
