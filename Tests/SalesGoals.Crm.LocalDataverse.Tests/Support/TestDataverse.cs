using System;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.Tests.Support;

/// <summary>A local Dataverse with the sample tables, a fixed clock, a base currency (USD, rate 1) and one user.</summary>
public sealed class TestDataverse
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private TestDataverse(LocalDataverseEnvironment environment, FakeTimeProvider clock)
    {
        Environment = environment;
        Clock = clock;
        Usd = environment.Seed.Currency("USD", 1m, isBase: true);
        UserId = environment.Seed.User("Ada Lovelace");
        Service = environment.GetOrganizationService(UserId);
    }

    public LocalDataverseEnvironment Environment { get; }

    public FakeTimeProvider Clock { get; }

    public Guid Usd { get; }

    public Guid UserId { get; }

    public IOrganizationService Service { get; }

    public static TestDataverse Create(params StepDefinition[] steps) => Create(builder => { }, steps);

    public static TestDataverse Create(Action<LocalDataverseBuilder> configure, params StepDefinition[] steps)
    {
        var clock = new FakeTimeProvider(Start);
        var builder = new LocalDataverseBuilder()
            .WithSolution(SampleSolution.TablesOnly())
            .WithPluginAssembly(typeof(TestDataverse).Assembly)
            .WithTimeProvider(clock);
        foreach (var step in steps)
        {
            builder.WithStep(step);
        }

        configure(builder);
        return new TestDataverse(builder.Build(), clock);
    }

    public Guid CreateSample(string name, decimal? amount = null, int? count = null, string? code = null)
    {
        var sample = new Entity("sg_sample") { ["sg_name"] = name };
        if (amount is decimal value)
        {
            sample["sg_amount"] = new Money(value);
        }

        if (count is int number)
        {
            sample["sg_count"] = number;
        }

        if (code is not null)
        {
            sample["sg_code"] = code;
        }

        return Service.Create(sample);
    }
}
