using SalesGoals.Crm.Cli.Localization;

namespace SalesGoals.Crm.Cli.Plan.Model;

/// <summary>One thing wrong in a plan: where (a path such as teams[1].reps[0].capacity, or a cell such as Reps!C4) and what.</summary>
public sealed record PlanProblem(string Location, LocalText Text, object?[] Args)
{
    public string Render(CliLanguage language) => Location + ": " + Text.Format(language, Args);
}
