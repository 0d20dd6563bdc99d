using System;
using BenchmarkDotNet.Attributes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse;

namespace SalesGoals.Crm.Benchmarks.LocalDataverse;

/// <summary>
/// RetrieveMultiple with two conditions over 100,000 opportunities (50 owners): the engine answers
/// from the equality index of the more selective condition instead of scanning or copying the table.
/// </summary>
[MemoryDiagnoser]
public class RetrieveMultipleBenchmarks
{
    private const int Rows = 100_000;
    private const int Owners = 50;
    private IOrganizationService _service = null!;
    private QueryExpression _ownerAndState = null!;
    private QueryExpression _ownerAndValue = null!;

    [GlobalSetup]
    public void Setup()
    {
        var environment = new LocalDataverseBuilder().Build();
        environment.Seed.Currency("USD", 1m);
        var owners = new Guid[Owners];
        for (var i = 0; i < Owners; i++)
        {
            owners[i] = environment.Seed.User($"Rep {i}");
        }

        for (var i = 0; i < Rows; i++)
        {
            environment.Seed.Row(new Entity("opportunity")
            {
                ["name"] = "deal " + i,
                ["estimatedvalue"] = new Money(i % 1000 * 100m),
                ["ownerid"] = new EntityReference("systemuser", owners[i % Owners]),
            });
        }

        _service = environment.GetOrganizationService(owners[7]);
        _ownerAndState = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name", "estimatedvalue") };
        _ownerAndState.Criteria.AddCondition("ownerid", ConditionOperator.Equal, owners[7]);
        _ownerAndState.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
        _ownerAndValue = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name", "estimatedvalue") };
        _ownerAndValue.Criteria.AddCondition("ownerid", ConditionOperator.Equal, owners[7]);
        _ownerAndValue.Criteria.AddCondition("estimatedvalue", ConditionOperator.GreaterThan, 90_000m);
        var warm = _service.RetrieveMultiple(_ownerAndState);
        if (warm.Entities.Count != Rows / Owners)
        {
            throw new InvalidOperationException($"Expected {Rows / Owners} rows, got {warm.Entities.Count}.");
        }
    }

    [Benchmark]
    public int OwnerAndState() => _service.RetrieveMultiple(_ownerAndState).Entities.Count;

    [Benchmark]
    public int OwnerAndValueRange() => _service.RetrieveMultiple(_ownerAndValue).Entities.Count;
}
