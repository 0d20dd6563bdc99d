using System;
using System.Threading;
using Amqp;
using Amqp.Framing;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Security;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Links;

/// <summary>Claims-based security: <c>put-token</c> with a SAS token or (when enabled) a JWT.</summary>
internal sealed class CbsHandler
{
    public const string SasTokenType = "servicebus.windows.net:sastoken";
    public const string JwtTokenType = "jwt";

    private readonly SasTokenValidator _sas;
    private readonly JwtAudienceValidator _jwt;

    public CbsHandler(SasTokenValidator sas, JwtAudienceValidator jwt)
    {
        _sas = sas;
        _jwt = jwt;
    }

    private int _tokensAccepted;
    private int _tokensRefused;

    public int TokensAccepted => Volatile.Read(ref _tokensAccepted);

    public int TokensRefused => Volatile.Read(ref _tokensRefused);

    public Message Handle(ConnectionGrant connection, Message request)
    {
        string? operation = request.ApplicationProperties?["operation"] as string;
        string? type = request.ApplicationProperties?["type"] as string;
        string? audience = request.ApplicationProperties?["name"] as string;
        if (operation != "put-token" || type is null || audience is null || request.Body is not string token)
        {
            Interlocked.Increment(ref _tokensRefused);
            return RequestEndpoint.Response(400, "Expected operation=put-token with type, name and a string token body.");
        }

        try
        {
            (string audiencePath, DateTimeOffset expiresAt) = type switch
            {
                SasTokenType => _sas.Validate(token, audience),
                JwtTokenType => _jwt.Validate(token, audience),
                _ => throw new TokenValidationException($"Token type '{type}' is not supported."),
            };
            connection.AddToken(audiencePath, expiresAt);
            Interlocked.Increment(ref _tokensAccepted);
            return RequestEndpoint.Response(202, "Accepted");
        }
        catch (TokenValidationException exception)
        {
            Interlocked.Increment(ref _tokensRefused);
            return RequestEndpoint.Response(401, exception.Message);
        }
    }
}
