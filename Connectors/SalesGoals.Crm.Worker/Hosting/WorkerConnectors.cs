using System.Collections.Generic;
using SalesGoals.Crm.Fenxiang.Adapter;
using SalesGoals.Crm.Integration.Connectors;
using SalesGoals.Crm.Zoho.Adapter;

namespace SalesGoals.Crm.Worker.Hosting;

/// <summary>The connectors this worker executable ships: the composition root's one list. Shared code only iterates
/// it; a new CRM is a project with its own <see cref="ConnectorModule"/> added here (or passed by another host).</summary>
public static class WorkerConnectors
{
    public static IReadOnlyList<ConnectorModule> BuiltIn { get; } = [ZohoConnector.Module, FenxiangConnector.Module];
}
