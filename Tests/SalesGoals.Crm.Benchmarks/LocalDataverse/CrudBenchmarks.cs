using System;
using BenchmarkDotNet.Attributes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse;

namespace SalesGoals.Crm.Benchmarks.LocalDataverse;

/// <summary>Create and Retrieve through the local Dataverse's full pipeline (validation, system columns, copies), no plug-ins.</summary>
[MemoryDiagnoser]
public class CrudBenchmarks
{
    private IOrganizationService _service = null!;
    private Guid _existing;
    private int _counter;

    [GlobalSetup]
    public void Setup()
    {
        var environment = new LocalDataverseBuilder().Build();
        environment.Seed.Currency("USD", 1m);
        _service = environment.GetOrganizationService(environment.Seed.User("Bench User"));
        _existing = _service.Create(new Entity("opportunity") { ["name"] = "existing", ["estimatedvalue"] = new Money(1_000m) });
    }

    [Benchmark]
    public Guid Create() => _service.Create(new Entity("opportunity")
    {
        ["name"] = "deal " + _counter++,
        ["estimatedvalue"] = new Money(12_500m),
        ["closeprobability"] = 40,
    });

    [Benchmark]
    public Entity Retrieve() => _service.Retrieve("opportunity", _existing, new ColumnSet("name", "estimatedvalue", "ownerid"));
}
