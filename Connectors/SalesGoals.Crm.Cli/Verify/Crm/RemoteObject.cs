using System.Collections.Generic;

namespace SalesGoals.Crm.Cli.Verify.Crm;

/// <summary>A module or object as the vendor's metadata describes it: its fields by API name.</summary>
public sealed record RemoteObject(string ApiName, IReadOnlyDictionary<string, RemoteField> Fields);
