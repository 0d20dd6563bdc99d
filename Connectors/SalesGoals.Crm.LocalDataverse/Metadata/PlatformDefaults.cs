namespace SalesGoals.Crm.LocalDataverse.Metadata;

/// <summary>The limits Dataverse applies to number columns whose definition sets no MinValue/MaxValue
/// (DecimalAttributeMetadata/DoubleAttributeMetadata.MinSupportedValue..MaxSupportedValue,
/// MoneyAttributeMetadata's ±922,337,203,685,477).</summary>
internal static class PlatformDefaults
{
    public const decimal DecimalMin = -100_000_000_000m;
    public const decimal DecimalMax = 100_000_000_000m;
    public const decimal MoneyMin = -922_337_203_685_477m;
    public const decimal MoneyMax = 922_337_203_685_477m;
}
