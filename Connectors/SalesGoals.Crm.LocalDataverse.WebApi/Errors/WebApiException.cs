using System;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Errors;

/// <summary>A request the Web API layer itself refuses (bad URL, bad payload), answered with Dataverse's error body.</summary>
public sealed class WebApiException : Exception
{
    public WebApiException(int status, int errorCode, string message, Exception? inner = null)
        : base(message, inner)
    {
        Status = status;
        ErrorCode = errorCode;
    }

    public WebApiException()
    {
    }

    public WebApiException(string message)
        : base(message)
    {
    }

    public WebApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Status { get; } = 400;

    public int ErrorCode { get; } = WebApiErrorCodes.PayloadError;
}
