using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Messaging.ServiceBus;

/// <summary>
/// A connection string as the Azure portal gives it:
/// <c>Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=…;SharedAccessKey=…[;EntityPath=…][;UseDevelopmentEmulator=true]</c>.
/// </summary>
public sealed record ServiceBusConnectionString
{
    public const int AmqpsPort = 5671;
    public const int AmqpPort = 5672;

    public required string Host { get; init; }

    /// <summary>The port from the endpoint, or 5671 (TLS) / 5672 (emulator) when it names none.</summary>
    public required int Port { get; init; }

    public string? SharedAccessKeyName { get; init; }

    public string? SharedAccessKey { get; init; }

    public string? EntityPath { get; init; }

    /// <summary>Plain AMQP without TLS, as with Azure's Service Bus emulator.</summary>
    public bool UseDevelopmentEmulator { get; init; }

    public static ServiceBusConnectionString Parse(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new FormatException("The Service Bus connection string is empty.");
        }

        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"The connection string part '{Redact(part)}' is not of the form Name=Value.");
            }

            parts[part[..equals].Trim()] = part[(equals + 1)..].Trim();
        }

        if (!parts.TryGetValue("Endpoint", out string? endpoint) || string.IsNullOrWhiteSpace(endpoint))
        {
            throw new FormatException("The connection string has no Endpoint (expected Endpoint=sb://<namespace>.servicebus.windows.net/).");
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out Uri? uri) || !string.Equals(uri.Scheme, "sb", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"The Endpoint '{endpoint}' is not an sb:// URI.");
        }

        bool emulator = parts.TryGetValue("UseDevelopmentEmulator", out string? flag) && bool.TryParse(flag, out bool on) && on;
        parts.TryGetValue("SharedAccessKeyName", out string? keyName);
        parts.TryGetValue("SharedAccessKey", out string? key);
        parts.TryGetValue("EntityPath", out string? entityPath);
        if (string.IsNullOrEmpty(keyName) != string.IsNullOrEmpty(key))
        {
            throw new FormatException("SharedAccessKeyName and SharedAccessKey must be given together.");
        }

        if (!string.IsNullOrEmpty(key) && !IsBase64(key))
        {
            throw new FormatException("SharedAccessKey is not a base64 key as Azure issues them.");
        }

        return new ServiceBusConnectionString
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? (emulator ? AmqpPort : AmqpsPort) : uri.Port,
            SharedAccessKeyName = string.IsNullOrEmpty(keyName) ? null : keyName,
            SharedAccessKey = string.IsNullOrEmpty(key) ? null : key,
            EntityPath = string.IsNullOrEmpty(entityPath) ? null : entityPath,
            UseDevelopmentEmulator = emulator,
        };
    }

    private static bool IsBase64(string value)
    {
        Span<byte> buffer = stackalloc byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out int written) && written > 0;
    }

    private static string Redact(string part) => part.Length <= 12 ? part : part[..12] + "…";
}
