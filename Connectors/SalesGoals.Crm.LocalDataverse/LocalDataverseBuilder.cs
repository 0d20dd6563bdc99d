using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using SalesGoals.Crm.LocalDataverse.Notifications;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Model.App;
using SalesGoals.Crm.SolutionModel.Reading;
using SalesGoals.Crm.SolutionModel.Standard;

namespace SalesGoals.Crm.LocalDataverse;

/// <summary>
/// Builds a <see cref="LocalDataverseEnvironment"/>:
/// <code>
/// var env = new LocalDataverseBuilder().WithSolutionFolder("Solution").WithPluginAssembly(typeof(MyPlugin).Assembly).Build();
/// var user = env.Seed.User("Ada Lovelace");
/// var service = env.GetOrganizationService(user);
/// </code>
/// The solution's Custom APIs (customapis/) are registered as messages whose main operation is
/// their plug-in, with their parameters enforced. Build fails with
/// <see cref="LocalDataverseConfigurationException"/> when a step or Custom API names a plug-in type
/// no registered assembly has, or a table or column that does not exist.
/// </summary>
public sealed class LocalDataverseBuilder
{
    private readonly List<TableDefinition> _tables = [];
    private readonly List<StepDefinition> _steps = [];
    private readonly List<SecurityRoleDefinition> _roles = [];
    private readonly List<Assembly> _assemblies = [];
    private readonly List<CustomApiDefinition> _customApis = [];
    private readonly List<EnvironmentVariableDefinition> _variables = [];
    private readonly LocalDataverseOptions _options = new();
    private IReadOnlyList<TableDefinition> _standardTables = StandardTables.All;
    private TimeProvider _time = TimeProvider.System;
    private IServiceEndpointSink _sink = new InMemoryServiceEndpointSink();

    public LocalDataverseBuilder WithSolution(SolutionDefinition solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        _tables.AddRange(solution.Tables);
        _steps.AddRange(solution.Steps);
        _roles.AddRange(solution.Roles);
        _customApis.AddRange(solution.CustomApis);
        _variables.AddRange(solution.EnvironmentVariables);
        return this;
    }

    /// <summary>Reads an unpacked solution folder (Other/Solution.xml, Entities/, SdkMessageProcessingSteps/ ...).</summary>
    public LocalDataverseBuilder WithSolutionFolder(string folder) => WithSolution(SolutionReader.Load(folder));

    /// <summary>Replaces the built-in standard tables (by default StandardTables.All).</summary>
    public LocalDataverseBuilder WithStandardTables(IReadOnlyList<TableDefinition> tables)
    {
        _standardTables = tables ?? throw new ArgumentNullException(nameof(tables));
        return this;
    }

    public LocalDataverseBuilder WithTable(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _tables.Add(table);
        return this;
    }

    public LocalDataverseBuilder WithStep(StepDefinition step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    public LocalDataverseBuilder WithRole(SecurityRoleDefinition role)
    {
        ArgumentNullException.ThrowIfNull(role);
        _roles.Add(role);
        return this;
    }

    /// <summary>An assembly whose plug-in types the steps name (resolved by full type name).</summary>
    public LocalDataverseBuilder WithPluginAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        _assemblies.Add(assembly);
        return this;
    }

    public LocalDataverseBuilder WithTimeProvider(TimeProvider time)
    {
        _time = time ?? throw new ArgumentNullException(nameof(time));
        return this;
    }

    public LocalDataverseBuilder WithServiceEndpointSink(IServiceEndpointSink sink)
    {
        _sink = sink ?? throw new ArgumentNullException(nameof(sink));
        return this;
    }

    public LocalDataverseBuilder WithOptions(Action<LocalDataverseOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(_options);
        return this;
    }

    /// <summary>Builds the environment; the solution's environment variable definitions become
    /// environmentvariabledefinition rows, as an import creates them (values are set afterwards, as an admin does).</summary>
    public LocalDataverseEnvironment Build()
    {
        var environment = new LocalDataverseEnvironment(_standardTables, _tables, _steps, _roles, _assemblies, _time, _options, _sink, _customApis);
        if (_variables.Count > 0 && _standardTables.Any(t => t.LogicalName == "environmentvariabledefinition"))
        {
            environment.Seed.EnvironmentVariables(_variables);
        }

        return environment;
    }
}
