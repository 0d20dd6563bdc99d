using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Dataverse.WebApi.Client;

namespace SalesGoals.Crm.Cli.Verify;

/// <summary>
/// The solution's environment variable <c>sg_ServiceBusEndpoint</c> says where Dataverse's service endpoint posts the
/// goal events (sb://namespace/queue). Dataverse cannot bind the endpoint to it, so the admin copies it by hand, and the
/// worker is configured separately: this check says when the value is missing or names another namespace or queue
/// than the one these commands (and the worker, configured the same way) use — events would then never be read.
/// </summary>
internal static class ServiceBusEndpointCheck
{
    public const string SchemaName = "sg_ServiceBusEndpoint";

    public static async Task<(bool Ok, string Detail)> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var client = context.Connections.DataverseClient;
        var definitions = await client.QueryAsync(
            "environmentvariabledefinitions",
            new ODataQuery(["environmentvariabledefinitionid", "defaultvalue"], $"schemaname eq '{SchemaName}'"),
            cancellationToken).ConfigureAwait(false);
        if (definitions.Count == 0)
        {
            return (false, context.T(VerifyTexts.EndpointVariableMissing));
        }

        var definition = definitions[0];

        var id = Text(definition, "environmentvariabledefinitionid");
        var values = await client.QueryAsync(
            "environmentvariablevalues",
            new ODataQuery(["value"], $"_environmentvariabledefinitionid_value eq {id} and statecode eq 0"),
            cancellationToken).ConfigureAwait(false);
        var value = values.Select(v => Text(v, "value")).FirstOrDefault(v => v.Length > 0) is { } current ? current : Text(definition, "defaultvalue");
        return Compare(context, value);
    }

    /// <summary>Compares the variable's value with the configured queue and, when a connection string is configured, its namespace.</summary>
    public static (bool Ok, string Detail) Compare(CliContext context, string value)
    {
        if (value.Length == 0)
        {
            return (false, context.T(VerifyTexts.EndpointValueMissing));
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var endpoint) || endpoint.Scheme != "sb")
        {
            return (false, context.T(VerifyTexts.EndpointValueInvalid, value));
        }

        var queue = context.Connections.QueueName;
        var namedQueue = endpoint.AbsolutePath.Trim('/');
        if (!string.Equals(namedQueue, queue, StringComparison.OrdinalIgnoreCase))
        {
            return (false, context.T(VerifyTexts.EndpointOtherQueue, value, queue));
        }

        var host = NamespaceHost(context.Connections.ServiceBusConnectionString);
        if (host is not null && !string.Equals(host, endpoint.Host, StringComparison.OrdinalIgnoreCase))
        {
            return (false, context.T(VerifyTexts.EndpointOtherNamespace, value, host));
        }

        return (true, context.T(VerifyTexts.EndpointOk, value));
    }

    // Endpoint=sb://<host>[:port]/;SharedAccessKeyName=...: only the host is compared (the key never leaves the string).
    private static string? NamespaceHost(string? connectionString) =>
        connectionString?.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[0].Trim().Equals("Endpoint", StringComparison.OrdinalIgnoreCase))
            .Select(pair => Uri.TryCreate(pair[1].Trim(), UriKind.Absolute, out var uri) ? uri.Host : null)
            .FirstOrDefault();

    private static string Text(JsonObject row, string name) => row[name]?.GetValue<string>()?.Trim() ?? string.Empty;
}
