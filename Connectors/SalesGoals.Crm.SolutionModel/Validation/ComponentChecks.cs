using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Model.App;
using SalesGoals.Crm.SolutionModel.Packing;

namespace SalesGoals.Crm.SolutionModel.Validation;

/// <summary>Environment variables, code components and service endpoints: publisher prefix, a known
/// type, a default value of that type, names in every language; a service endpoint stores no key.</summary>
internal static class ComponentChecks
{
    private static readonly int[] VariableTypes = [100000000, 100000001, 100000002, 100000003, 100000004, 100000005];

    public static void Check(SolutionDefinition solution, List<SolutionProblem> problems)
    {
        var prefix = solution.Publisher.CustomizationPrefix + "_";
        foreach (var variable in solution.EnvironmentVariables)
        {
            void Report(string message) => problems.Add(new SolutionProblem($"environment variable {variable.SchemaName} ({variable.SourceFile})", message));
            if (!variable.SchemaName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                Report($"the schema name does not start with the publisher prefix {prefix}");
            }

            if (!VariableTypes.Contains(variable.Type))
            {
                Report($"type {variable.Type} is not an environment variable type (100000000 to 100000005)");
            }
            else if (variable.DefaultValue is { } value && !Fits(variable.Type, value))
            {
                Report($"default value '{value}' is not a value of type {variable.Type}");
            }

            if (variable.Type == EnvironmentVariableDefinition.Secret && variable.DefaultValue is not null)
            {
                Report("a secret carries no default value: it lives in Azure Key Vault");
            }

            foreach (var language in solution.Languages.Where(l => !variable.DisplayNames.ContainsKey(l)))
            {
                Report($"no display name in language {language}");
            }
        }

        foreach (var control in solution.CustomControls.Where(c => !c.Name.StartsWith(prefix, StringComparison.Ordinal)
            || c.FileName != $"/Controls/{c.Name}/ControlManifest.xml"))
        {
            problems.Add(new SolutionProblem(control.SourceFile,
                $"a code component is named {prefix}<namespace>.<constructor> and its manifest goes to /Controls/<name>/ControlManifest.xml (found {control.Name}, {control.FileName})"));
        }

        foreach (var endpoint in solution.ServiceEndpoints.Where(e => e.AuthType is 2 or 3 && string.IsNullOrWhiteSpace(e.NamespaceAddress)))
        {
            problems.Add(new SolutionProblem(endpoint.SourceFile, "a Service Bus endpoint needs its NamespaceAddress"));
        }
    }

    private static bool Fits(int type, string value) => type switch
    {
        EnvironmentVariableDefinition.Number => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
        EnvironmentVariableDefinition.Boolean => value is "yes" or "no" or "true" or "false",
        EnvironmentVariableDefinition.Json => value.TrimStart().StartsWith('{') || value.TrimStart().StartsWith('['),
        _ => true,
    };
}
