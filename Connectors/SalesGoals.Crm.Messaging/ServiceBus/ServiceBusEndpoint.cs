using System;

namespace SalesGoals.Crm.Messaging.ServiceBus;

/// <summary>Where and how to connect, resolved once from validated options.</summary>
internal sealed record ServiceBusEndpoint(string Host, int Port, bool UseTls, string? KeyName, string? Key, ICbsTokenSource TokenSource)
{
    public static ServiceBusEndpoint From(ServiceBusClientOptions options)
    {
        options.Validate();
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            ServiceBusConnectionString parsed = ServiceBusConnectionString.Parse(options.ConnectionString);
            ICbsTokenSource source = options.Credential is not null
                ? new CredentialCbsTokenSource(options.Credential)
                : new SasCbsTokenSource(parsed.SharedAccessKeyName!, parsed.SharedAccessKey!, options.SasTokenLifetime, options.TimeProvider);
            return new ServiceBusEndpoint(parsed.Host, parsed.Port, !parsed.UseDevelopmentEmulator,
                options.Credential is null && options.UseSaslPlain ? parsed.SharedAccessKeyName : null,
                options.Credential is null && options.UseSaslPlain ? parsed.SharedAccessKey : null,
                source);
        }

        string fqns = options.FullyQualifiedNamespace!;
        var uri = new Uri(fqns.Contains("://", StringComparison.Ordinal) ? fqns : "sb://" + fqns);
        int port = uri.IsDefaultPort || uri.Port <= 0
            ? (options.UseDevelopmentEmulator ? ServiceBusConnectionString.AmqpPort : ServiceBusConnectionString.AmqpsPort)
            : uri.Port;
        return new ServiceBusEndpoint(uri.Host, port, !options.UseDevelopmentEmulator, null, null, new CredentialCbsTokenSource(options.Credential!));
    }

    /// <summary>The CBS audience of an entity: <c>sb://host/queue</c>.</summary>
    public string AudienceFor(string entityPath)
    {
        string entity = entityPath;
        int subQueue = entity.IndexOf("/$", StringComparison.Ordinal);
        if (subQueue >= 0)
        {
            entity = entity[..subQueue];
        }

        return $"sb://{Host}/{entity}";
    }
}
