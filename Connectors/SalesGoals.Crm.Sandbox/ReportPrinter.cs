using System;
using System.Globalization;
using System.IO;
using System.Linq;
using SalesGoals.Crm.Worker.Dataverse;

namespace SalesGoals.Crm.Sandbox;

/// <summary>Prints what the sandbox started, seeded and did, in a few lines a person can read.</summary>
public static class ReportPrinter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void PrintStart(TextWriter output, SandboxHost host)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(host);
        var seed = host.Seed;
        output.WriteLine("SalesGoals.Crm sandbox");
        // The folder name only: logs must not carry machine paths.
        output.WriteLine($"  solution        {Path.GetFileName(Path.TrimEndingDirectorySeparator(host.SolutionFolder))}/");
        output.WriteLine($"  service bus     amqp://127.0.0.1:{host.Broker.Port}  queue '{host.QueueName}'");
        output.WriteLine($"  zoho emulator   {host.Zoho.BaseUrl}");
        output.WriteLine($"  fenxiang emul.  {host.Fenxiang.BaseUrl}");
        output.WriteLine(string.Create(Invariant, $"  today           {seed.Today:yyyy-MM-dd}; goal period {seed.PeriodStart:yyyy-MM-dd} .. {seed.PeriodEnd:yyyy-MM-dd}"));
        output.WriteLine(string.Create(Invariant,
            $"  seeded          CNY base, USD at {seed.ExchangeRates["USD"]} per CNY; manager {seed.Manager.FullName}; reps {string.Join(", ", seed.Reps.Select(r => r.FullName))}"));
        output.WriteLine(string.Create(Invariant,
            $"                  goals: 1 company + {seed.RepGoalIds.Count} rep ({(seed.GoalsActivated ? "activated" : "left in Draft")}); external deals: {seed.ExternalDeals.Count}; Dataverse opportunities won: {seed.DataverseWins.Count}"));
        output.WriteLine(
            $"                  the example plan's people and teams: {string.Join(", ", ExamplePlanPeople.Extra.Select(p => p.Email))}; {string.Join(", ", ExamplePlanPeople.Teams.Select(t => $"\"{t.Team}\""))}");
        if (seed.DealsWeek is DateOnly monday)
        {
            output.WriteLine(string.Create(Invariant,
                $"  week of deals   {WeekOfDeals.Label(monday)} ({monday:yyyy-MM-dd} .. {monday.AddDays(4):yyyy-MM-dd}): {WeekOfDeals.DataverseWins.Length} Dataverse opportunities won (with product lines), {WeekOfDeals.ZohoWins.Length} Zoho and {WeekOfDeals.FenxiangWins.Length} Fenxiang deals won"));
        }

        foreach (var note in seed.Notes)
        {
            output.WriteLine("  note: " + note);
        }
    }

    public static void PrintSweep(TextWriter output, Worker.Sync.PaceSweepSummary sweep)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sweep);
        output.WriteLine();
        output.WriteLine(string.Create(Invariant,
            $"Pace sweep (sg_EvaluatePace over the queue) as of {sweep.AsOf:yyyy-MM-dd HH:mm} UTC: {sweep.Evaluated} active goal(s) in {sweep.Pages} page(s), {sweep.StatusChanged} status change(s), {sweep.AtRisk} at risk"));
    }

    public static void PrintRecalculation(TextWriter output, int slices, Worker.Dataverse.RecalculationPage last)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(last);
        output.WriteLine();
        output.WriteLine(string.Create(Invariant,
            $"Recalculation of the company goal (sg_RecalculateGoal slices over the queue): {slices} slice(s), actual {last.Actual:N2} (unchanged when the ledger was right)"));
    }

    public static void PrintCycle(TextWriter output, SandboxCycleReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        output.WriteLine();
        output.WriteLine(string.Create(Invariant, $"Cycle {report.Cycle}"));
        output.WriteLine("  system    deals  won  lost  open  deleted  upserted  refused  unmatched  problems  http  progress written/failed  goal rows stored");
        foreach (var s in report.Systems)
        {
            var p = s.Pull;
            output.WriteLine(string.Create(Invariant,
                $"  {s.System,-8}  {p.DealsRead,5}  {p.Won,3}  {p.Lost,4}  {p.Open,4}  {p.Deleted,7}  {p.Created + p.Updated + p.Written,8}  {p.Refused,7}  {p.UnresolvedOwners,9}  {p.Problems.Count + s.VerifyProblems.Count,8}  {s.HttpCalls,4}  {s.Publication.Written,14}/{s.Publication.Failed,-8}  {s.GoalRowsStored,16}"));
            foreach (var problem in s.VerifyProblems.Concat(p.Problems).Concat(s.Publication.Problems))
            {
                output.WriteLine("    problem: " + problem);
            }

            if (s.Publication.NotComputed > 0 || s.Publication.OwnerNotMapped > 0)
            {
                output.WriteLine(string.Create(Invariant,
                    $"    not published: {s.Publication.NotComputed} goal(s) not computed by the plug-ins yet, {s.Publication.OwnerNotMapped} with no owner account in {s.System}"));
            }
        }

        output.WriteLine(string.Create(Invariant, $"  sg_externalactual rows in Dataverse: {report.ExternalActualRows}"));
        output.WriteLine("  goals (CNY)                                   status   target        actual        attain%   expected      pace      tier");
        foreach (var goal in report.Goals)
        {
            output.WriteLine(GoalLine(goal));
        }

        output.WriteLine(string.Create(Invariant,
            $"  messages: sent {report.MessagesSent}, completed {report.MessagesCompleted}, dead-lettered {report.MessagesDeadLettered}, duplicates skipped {report.DuplicatesSkipped}, Dataverse events {report.DataverseEvents}"));
        output.WriteLine(string.Create(Invariant, $"  elapsed {report.Elapsed.TotalMilliseconds:0} ms"));
    }

    private static string GoalLine(GoalRecord goal) => string.Create(Invariant,
        $"  {Fit(goal.Name, 44),-44}  {goal.Status,-7}  {goal.Target,12:N2}  {Number(goal.Actual),12}  {Number(goal.AttainmentPercent),8}  {Number(goal.ExpectedToDate),12}  {goal.PaceStatus ?? "-",-8}  {goal.Tier ?? (goal.LastComputedOn is null ? "not computed" : "-")}");

    private static string Number(decimal? value) => value is decimal v ? v.ToString("N2", Invariant) : "-";

    private static string Fit(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
