namespace SalesGoals.Crm.Messaging.Dataverse;

/// <summary>Content types of a Dataverse service endpoint post, by its message format.</summary>
public static class ServiceEndpointContentTypes
{
    /// <summary>Message format 2 (JSON).</summary>
    public const string Json = "application/json";

    /// <summary>Message format 3 (XML).</summary>
    public const string Xml = "application/xml";

    /// <summary>Message format 1 (.NETBinary, WCF binary XML).</summary>
    public const string NetBinary = "application/msbin1";
}
