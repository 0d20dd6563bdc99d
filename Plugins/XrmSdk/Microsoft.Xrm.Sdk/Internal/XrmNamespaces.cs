namespace Microsoft.Xrm.Sdk;

/// <summary>The data contract namespaces the official assemblies use on the wire.</summary>
internal static class XrmNamespaces
{
    internal const string Contracts = "http://schemas.microsoft.com/xrm/2011/Contracts";
    internal const string Contracts2012 = "http://schemas.microsoft.com/xrm/2012/Contracts";
    internal const string Contracts71 = "http://schemas.microsoft.com/xrm/7.1/Contracts";
    internal const string Contracts90 = "http://schemas.microsoft.com/xrm/9.0/Contracts";
}
