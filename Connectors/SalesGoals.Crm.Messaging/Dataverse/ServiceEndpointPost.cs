using System.Collections.Generic;

namespace SalesGoals.Crm.Messaging.Dataverse;

/// <summary>
/// What a (local) Dataverse hands to a queue service endpoint: the serialized context, its content type and
/// the brokered-message properties (e.g. <c>http://schemas.microsoft.com/xrm/2011/Claims/Organization</c>).
/// </summary>
public sealed record ServiceEndpointPost(string Body, string ContentType, IReadOnlyDictionary<string, object> Properties)
{
    /// <summary>Message id for duplicate detection; a new one when null.</summary>
    public string? MessageId { get; init; }
}
