using System;
using Azure.Core;

namespace SalesGoals.Crm.Messaging.ServiceBus;

/// <summary>How to reach Service Bus: a connection string, or a namespace plus an Entra ID credential.</summary>
public sealed class ServiceBusClientOptions
{
    public string? ConnectionString { get; set; }

    /// <summary>With <see cref="Credential"/>: <c>ns.servicebus.windows.net</c> (or host:port).</summary>
    public string? FullyQualifiedNamespace { get; set; }

    public TokenCredential? Credential { get; set; }

    /// <summary>Use plain AMQP on 5672 with a credential (the connection string says so itself).</summary>
    public bool UseDevelopmentEmulator { get; set; }

    /// <summary>
    /// With a SAS key: authenticate the connection with SASL PLAIN (rule name / key) as well as CBS.
    /// False uses SASL ANONYMOUS and relies on CBS put-token alone, as the Azure SDKs do.
    /// </summary>
    public bool UseSaslPlain { get; set; } = true;

    /// <summary>Lifetime of SAS tokens the client signs.</summary>
    public TimeSpan SasTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A token is put again this long before it expires.</summary>
    public TimeSpan TokenRenewalMargin { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the <c>$cbs</c> node may take to attach and to answer a put-token. A peer without a
    /// working <c>$cbs</c> node is a configuration problem, reported once this has passed (not retried).
    /// </summary>
    public TimeSpan CbsTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan RetryMinBackoff { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan RetryMaxBackoff { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts of one operation (connect, send) before its failure is reported.</summary>
    public int MaxRetries { get; set; } = 8;

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal void Validate()
    {
        bool hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        bool hasCredential = Credential is not null;
        if (!hasConnectionString && !hasCredential)
        {
            throw new ArgumentException("Service Bus options need a ConnectionString or a FullyQualifiedNamespace with a Credential.");
        }

        if (hasCredential && !hasConnectionString && string.IsNullOrWhiteSpace(FullyQualifiedNamespace))
        {
            throw new ArgumentException("FullyQualifiedNamespace is required with a Credential.");
        }

        if (hasConnectionString)
        {
            ServiceBusConnectionString parsed = ServiceBusConnectionString.Parse(ConnectionString!);
            if (!hasCredential && parsed.SharedAccessKey is null)
            {
                throw new ArgumentException("The connection string has no SharedAccessKeyName/SharedAccessKey and no Credential is set.");
            }
        }

        if (SasTokenLifetime <= TokenRenewalMargin)
        {
            throw new ArgumentException("SasTokenLifetime must be longer than TokenRenewalMargin.");
        }

        if (OperationTimeout <= TimeSpan.Zero || CbsTimeout <= TimeSpan.Zero || RetryMinBackoff <= TimeSpan.Zero || RetryMaxBackoff < RetryMinBackoff || MaxRetries < 0)
        {
            throw new ArgumentException("Timeouts and back-offs must be positive, RetryMaxBackoff ≥ RetryMinBackoff, MaxRetries ≥ 0.");
        }
    }
}
