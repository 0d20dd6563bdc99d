using System;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Cli.Hosting;

namespace SalesGoals.Crm.Cli;

/// <summary>Entry point of <c>sg</c>: everything happens in <see cref="CliApplication"/>.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        return await CliApplication.InvokeAsync(args, new CliSettings(), cancellation.Token).ConfigureAwait(false);
    }
}
