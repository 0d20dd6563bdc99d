using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using SalesGoals.Crm.Fenxiang.Errors;

namespace SalesGoals.Crm.Fenxiang.Http;

/// <summary>
/// Innermost handler: errors arrive as HTTP 200, so it buffers the body, reads errorCode and traceId,
/// logs non-zero codes with their traceId, and records the code on the response for the outer handlers.
/// </summary>
public sealed partial class ResponseInspectionHandler : DelegatingHandler
{
    private readonly ILogger<ResponseInspectionHandler> _logger;

    public ResponseInspectionHandler(ILogger<ResponseInspectionHandler> logger) => _logger = logger;

    /// <summary>The body's errorCode recorded on <paramref name="response"/>, or null (not JSON, gateway page).</summary>
    public static long? ErrorCodeOf(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.TryGetValues(FenxiangHttpHeaders.ErrorCode, out var values)
            && long.TryParse(string.Join(string.Empty, values), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code)
            ? code
            : null;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var endpoint = request.RequestUri?.AbsolutePath ?? "?";
        if (response.StatusCode != HttpStatusCode.OK)
        {
            LogGatewayFailure(_logger, endpoint, (int)response.StatusCode);
            return response;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var (code, traceId) = ReadErrorCode(body);
        if (code is { } errorCode)
        {
            response.Headers.TryAddWithoutValidation(FenxiangHttpHeaders.ErrorCode, errorCode.ToString(CultureInfo.InvariantCulture));
            if (errorCode != FenxiangErrorCodes.Success)
            {
                LogErrorCode(_logger, endpoint, errorCode, FenxiangErrorClassifier.Classify(errorCode), traceId);
            }
        }

        return response;
    }

    private static (long? Code, string? TraceId) ReadErrorCode(byte[] body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return (null, null);
            }

            long? code = null;
            string? traceId = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCode = reader.ValueTextEquals("errorCode");
                var isTrace = reader.ValueTextEquals("traceId");
                reader.Read();
                if (isCode && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
                {
                    code = number;
                }
                else if (isCode && reader.TokenType == JsonTokenType.String
                    && long.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                {
                    code = parsed;
                }
                else if (isTrace && reader.TokenType == JsonTokenType.String)
                {
                    traceId = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }

            return (code, traceId);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fenxiang {Endpoint} answered errorCode {ErrorCode} ({Outcome}), traceId {TraceId}")]
    private static partial void LogErrorCode(ILogger logger, string endpoint, long errorCode, FenxiangOutcome outcome, string? traceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fenxiang gateway answered HTTP {Status} for {Endpoint}")]
    private static partial void LogGatewayFailure(ILogger logger, string endpoint, int status);
}
