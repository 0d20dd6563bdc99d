using System;
using SalesGoals.Crm.Messaging.Consumers;

namespace SalesGoals.Crm.Messaging.Dataverse;

/// <summary>
/// Reads a service endpoint post by its content type. Formats this service cannot read raise
/// <see cref="UnprocessableMessageException"/>, which the consumer host dead-letters with the reason.
/// </summary>
public static class ServiceEndpointMessageReader
{
    public const string UnsupportedContentType = "UnsupportedContentType";
    public const string MalformedContext = "MalformedRemoteExecutionContext";

    public static RemoteContext Read(string? contentType, ReadOnlySpan<byte> body)
    {
        string media = contentType?.Split(';')[0].Trim().ToLowerInvariant() ?? string.Empty;
        switch (media)
        {
            case ServiceEndpointContentTypes.Json:
                try
                {
                    return RemoteExecutionContextJsonReader.Read(body);
                }
                catch (DataverseFormatException exception)
                {
                    throw new UnprocessableMessageException(MalformedContext, exception.Message, exception);
                }

            case ServiceEndpointContentTypes.NetBinary:
                throw new UnprocessableMessageException(UnsupportedContentType,
                    "The service endpoint posted .NETBinary (application/msbin1, message format 1), which only .NET Framework's WCF binary reader decodes; set the endpoint's message format to JSON (2).");
            case ServiceEndpointContentTypes.Xml:
                throw new UnprocessableMessageException(UnsupportedContentType,
                    "The service endpoint posted XML (application/xml, message format 3), which is not read here; set the endpoint's message format to JSON (2).");
            default:
                throw new UnprocessableMessageException(UnsupportedContentType,
                    $"Content type '{contentType}' is not a Dataverse service endpoint format (expected application/json).");
        }
    }
}
