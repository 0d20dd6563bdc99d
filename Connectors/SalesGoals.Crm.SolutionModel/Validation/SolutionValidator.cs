using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Messages;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Standard;

namespace SalesGoals.Crm.SolutionModel.Validation;

/// <summary>
/// Cross-checks a loaded solution against itself and the standard tables: steps name known
/// messages, existing tables, columns and plug-in types; alternate keys and lookups point at what
/// exists; role privileges name existing tables; names and option values carry the publisher's
/// prefixes; the manifest lists every component. Returns every problem at once.
/// </summary>
public static class SolutionValidator
{
    public static IReadOnlyList<SolutionProblem> Validate(SolutionDefinition solution)
    {
        var problems = new List<SolutionProblem>();
        TableCatalog catalog;
        try
        {
            catalog = TableCatalog.Build(solution);
        }
        catch (SolutionFormatException ex)
        {
            problems.Add(new SolutionProblem(ex.FilePath, ex.Problem));
            catalog = TableCatalog.Build(StandardTables.All, solution.Tables.Where(t => !t.IsExtensionOfStandardTable));
        }

        foreach (var table in solution.Tables)
        {
            TableChecks.Check(table, solution.Publisher, catalog, problems);
        }

        foreach (var optionSet in solution.GlobalOptionSets)
        {
            TableChecks.CheckOptionValues($"option set {optionSet.Name}", optionSet, solution.Publisher, problems);
        }

        var pluginTypes = solution.PluginAssemblies.SelectMany(a => a.Types).ToArray();
        foreach (var step in solution.Steps)
        {
            StepChecks.Check(step, solution.Publisher, catalog, pluginTypes, problems);
        }

        foreach (var api in solution.CustomApis)
        {
            CustomApiChecks.Check(api, solution.Publisher, catalog, problems);
        }

        foreach (var role in solution.Roles)
        {
            RoleChecks.Check(role, catalog, problems);
        }

        AppChecks.Check(solution, catalog, problems);
        ChartAndGridChecks.Check(solution, catalog, problems);
        ComponentChecks.Check(solution, problems);
        ManifestChecks.Check(solution, problems);
        return problems;
    }

    /// <summary>
    /// What would make a real import fail although the solution is consistent: steps whose
    /// SdkMessageId is one of <see cref="SdkMessages"/>' stand-in ids (<see cref="SdkMessage.IsIdVerified"/>
    /// false) rather than the platform's published id. Kept apart from <see cref="Validate"/> so the
    /// local Dataverse still runs them; the release must have none.
    /// </summary>
    public static IReadOnlyList<SolutionProblem> ImportBlockers(SolutionDefinition solution) =>
        solution.Steps
            .Where(step => SdkMessages.FindById(step.MessageId) is { IsPlatformMessage: true, IsIdVerified: false })
            .Select(step => new SolutionProblem($"step {step.Name} ({step.SourceFile})",
                $"SdkMessageId {step.MessageId} is this model's stand-in for {step.MessageName}, not the platform's id; Dataverse will refuse the step until it carries the real one"))
            .ToList();
}
