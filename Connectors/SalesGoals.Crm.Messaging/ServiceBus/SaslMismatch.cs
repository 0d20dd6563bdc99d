using System;
using System.Text.RegularExpressions;
using Amqp;

namespace SalesGoals.Crm.Messaging.ServiceBus;

/// <summary>
/// AMQPNetLite reports a peer that offers none of the client's SASL mechanisms as
/// <c>amqp:not-implemented</c> with the peer's sasl-mechanisms frame as the description. It is a
/// configuration error, not a dropped connection: it must not be retried.
/// </summary>
internal static partial class SaslMismatch
{
    public static string? TryDescribe(AmqpException exception, string clientMechanism)
    {
        string description = exception.Error?.Description ?? exception.Message;
        if (exception.Error?.Condition?.ToString() != ErrorCode.NotImplemented || !description.Contains("sasl-mechanisms", StringComparison.Ordinal))
        {
            return null;
        }

        Match offered = OfferedMechanisms().Match(description);
        string list = offered.Success ? offered.Groups["list"].Value.Trim() : description;
        string hint = clientMechanism == "PLAIN"
            ? " Set ServiceBusClientOptions.UseSaslPlain = false to authenticate with SASL ANONYMOUS and a CBS token instead."
            : string.Empty;
        return $"SASL mechanism mismatch: this client authenticates with {clientMechanism}, the peer offered [{list}].{hint}";
    }

    [GeneratedRegex(@"sasl-server-mechanisms:\s*\[?(?<list>[^\]\)]*)")]
    private static partial Regex OfferedMechanisms();
}
