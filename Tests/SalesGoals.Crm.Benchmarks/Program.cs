using System.Threading.Tasks;
using BenchmarkDotNet.Running;

namespace SalesGoals.Crm.Benchmarks;

/// <summary>On-demand benchmarks; pass BenchmarkDotNet's usual arguments (e.g. --filter *Engine*), or
/// <c>dataverse-webapi</c> for the gateway's HTTP figures (requests and time per 1,000 deals / goals);
/// <c>recalc --goals N --records M</c> for the recalculation bench command; <c>wins --count N [--reps R]</c> for
/// N wins in a row (requests per win, time, memory); <c>plan-apply --reps N [--depth week]</c> for <c>sg plan apply</c> of a
/// generated plan (requests, time, memory); <c>faults --cycles N --deals M</c> for the fault suite's figures;
/// <c>worker-cycle --deals N</c> for the deployed worker's memory and time through one cycle of N won deals.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "dataverse-webapi")
        {
            await DataverseWebApi.GatewayBench.RunAsync(System.Console.Out);
            return 0;
        }

        if (args.Length > 0 && args[0] == "recalc")
        {
            return Recalculation.RecalculationBench.Run(args);
        }

        if (args.Length > 0 && args[0] == "plan-apply")
        {
            return await Planning.PlanApplyBench.RunAsync(args);
        }

        if (args.Length > 0 && args[0] == "faults")
        {
            return await Faults.FaultsBench.RunAsync(args);
        }

        if (args.Length > 0 && args[0] == "worker-cycle")
        {
            return await WorkerCycle.WorkerCycleBench.RunAsync(args);
        }

        if (args.Length > 0 && args[0] == "wins")
        {
            return Load.WinsBench.Run(args);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
