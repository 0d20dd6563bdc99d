using System;

namespace SalesGoals.Crm.Zoho.Errors;

/// <summary>A Zoho call failed as a whole; <see cref="Error"/> carries the typed outcome.</summary>
public sealed class ZohoApiException : Exception
{
    public ZohoApiException(ZohoError error)
        : base(error.ToString()) => Error = error;

    public ZohoApiException(ZohoError error, Exception innerException)
        : base(error.ToString(), innerException) => Error = error;

    public ZohoApiException()
        : this(new ZohoError(ZohoErrorKind.Unknown, "UNKNOWN", null, 0))
    {
    }

    public ZohoApiException(string message)
        : base(message) => Error = new ZohoError(ZohoErrorKind.Unknown, "UNKNOWN", message, 0);

    public ZohoApiException(string message, Exception innerException)
        : base(message, innerException) => Error = new ZohoError(ZohoErrorKind.Unknown, "UNKNOWN", message, 0);

    public ZohoError Error { get; }

    public ZohoErrorKind Kind => Error.Kind;
}
