using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SalesGoals.Crm.Integration.Connectors;

/// <summary>
/// One connector as the worker's host sees it before the services exist: the name <c>Worker:Systems</c> uses, the
/// settings it cannot start without (checked with every other problem at once; secrets among them must come from the
/// environment), and the registration of its client and <see cref="ISystemConnector"/>. Each connector project
/// exposes one (e.g. <c>ZohoConnector.Module</c>); the host passes the ones it ships to <c>AddSalesGoalsWorker</c>.
/// </summary>
/// <param name="Register">Registers the connector's client and its <see cref="ISystemConnector"/> (e.g. <c>AddZohoConnector</c>).</param>
public sealed record ConnectorModule(
    ExternalSystem System,
    IReadOnlyList<string> RequiredSettings,
    Action<IServiceCollection, IConfiguration> Register)
{
    /// <summary>The name in <c>Worker:Systems</c> and the configuration section of the connector.</summary>
    public string Name => System.Name;
}
