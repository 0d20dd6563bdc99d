using System;
using System.Globalization;

namespace SalesGoals.Crm.Dataverse.WebApi.Errors;

/// <summary>Dataverse refused a request: the HTTP status, Dataverse's error code (the same hexadecimal codes the local
/// Dataverse raises, e.g. 0x80040217) and its message, with the request it refused.</summary>
public sealed class DataverseWebApiException : Exception
{
    public DataverseWebApiException(int statusCode, int errorCode, string dataverseMessage, string request)
        : base($"Dataverse refused {request}: {FormatCode(errorCode)} {dataverseMessage} (HTTP {statusCode})")
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        DataverseMessage = dataverseMessage;
        Request = request;
    }

    public DataverseWebApiException()
    {
    }

    public DataverseWebApiException(string message)
        : base(message)
    {
    }

    public DataverseWebApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int StatusCode { get; }

    /// <summary>Dataverse's error code, e.g. unchecked((int)0x80040217).</summary>
    public int ErrorCode { get; }

    /// <summary>The code as Dataverse writes it: "0x80040217".</summary>
    public string HexCode => FormatCode(ErrorCode);

    /// <summary>Dataverse's own message, as shown to the user.</summary>
    public string DataverseMessage { get; } = string.Empty;

    /// <summary>"METHOD path" of the refused request.</summary>
    public string Request { get; } = string.Empty;

    public static string FormatCode(int errorCode) => "0x" + errorCode.ToString("x8", CultureInfo.InvariantCulture);

    /// <summary>Parses "0x80040217" (or a decimal code) into the int Dataverse's SDK uses; 0 when it is neither.</summary>
    public static int ParseCode(string? code)
    {
        if (code is null)
        {
            return 0;
        }

        if (code.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && uint.TryParse(code.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex))
        {
            return unchecked((int)hex);
        }

        return int.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : 0;
    }
}
