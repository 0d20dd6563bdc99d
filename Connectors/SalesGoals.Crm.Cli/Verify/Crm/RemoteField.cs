namespace SalesGoals.Crm.Cli.Verify.Crm;

/// <summary>A field as the vendor's metadata describes it: API name, the vendor's type name, whether it refuses duplicates.</summary>
public sealed record RemoteField(string ApiName, string VendorType, bool Unique);
