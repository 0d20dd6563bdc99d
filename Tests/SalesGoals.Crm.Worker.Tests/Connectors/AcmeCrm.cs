using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Integration.Goals;
using SalesGoals.Crm.Integration.Mapping.Catalog;

namespace SalesGoals.Crm.Worker.Tests.Connectors;

/// <summary>The state of a made-up third CRM ("Acme") that lives only in this test project: its deals, its users and
/// the goal rows the worker wrote to it.</summary>
internal sealed class AcmeCrm
{
    private int _verifications;

    public ConcurrentQueue<ExternalDeal> Deals { get; } = new();

    public List<ExternalUserRef> Users { get; } = [];

    public ConcurrentDictionary<System.Guid, GoalProgressRow> GoalRows { get; } = new();

    public int Verifications => Volatile.Read(ref _verifications);

    public void Verified() => Interlocked.Increment(ref _verifications);
}
