using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using SalesGoals.Crm.Cli.Localization;
using SalesGoals.Crm.Dataverse.WebApi.Errors;
using Spectre.Console;

namespace SalesGoals.Crm.Cli.Hosting;

/// <summary>
/// The command pipeline: picks the language, builds the command tree (help texts in that language), parses, runs the
/// command and turns every outcome into an exit code (<see cref="ExitCodes"/>) and one clear line, never a stack trace.
/// Tests call <see cref="InvokeAsync"/> with their own console and connections; <c>Program</c> calls it with the real ones.
/// </summary>
public static class CliApplication
{
    /// <summary>Every top-level command; a new feature adds its factory here.</summary>
    private static readonly IReadOnlyList<Func<CliContext, Command>> Commands =
    [
        Plan.PlanCommand.Create,
        Mappings.MappingsCommand.Create,
        DeadLetters.DlqCommand.Create,
        Verify.VerifyCommand.Create,
        Report.ReportCommand.Create,
    ];

    public static async Task<int> InvokeAsync(IReadOnlyList<string> args, CliSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(settings);
        var language = CliLanguages.Resolve(args, settings.Culture);
        var console = settings.Console ?? AnsiConsole.Console;
        var error = settings.Error ?? System.Console.Error;
        var (configuration, sandbox) = settings.Configuration is { } given ? (given, null) : DefaultConfiguration();
        if (sandbox is not null)
        {
            await error.WriteLineAsync(CliTexts.UsingSandbox.Format(language, sandbox)).ConfigureAwait(false);
        }

        await using var connections = new CliConnections(configuration, settings, language);
        var context = new CliContext(language, console, error, configuration, connections, settings.Time);
        var root = BuildRoot(context);

        var parsed = root.Parse(args.ToArray());
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync(problem.Message).ConfigureAwait(false);
            }

            await error.WriteLineAsync(CliTexts.UsageHint.In(language)).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        try
        {
            var output = new StringWriter();
            var code = await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken).ConfigureAwait(false);
            if (output.GetStringBuilder().Length > 0)
            {
                // Help and other built-in output: through the same console as everything else.
                console.Profile.Out.Writer.Write(output.ToString());
            }

            return code;
        }
        catch (CliUsageException exception)
        {
            await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (CliFailureException exception)
        {
            await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (DataverseWebApiException exception)
        {
            await error.WriteLineAsync(CliTexts.DataverseRefused.Format(language, exception.StatusCode, exception.Message)).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (HttpRequestException exception)
        {
            await error.WriteLineAsync(CliTexts.DataverseUnreachable.Format(language, connections.DataverseUrl, exception.Message)).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync(CliTexts.Cancelled.In(language)).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
#pragma warning disable CA1031 // the last line of defence: any failure becomes one line and exit code 1, never a stack trace
        catch (Exception exception)
#pragma warning restore CA1031
        {
            await error.WriteLineAsync(CliTexts.Unexpected.Format(language, exception.GetBaseException().Message)).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }

    internal static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(context.T(CliTexts.RootDescription) + Environment.NewLine + context.T(CliTexts.ExitCodesHelp));
        var lang = new Option<string?>(CliLanguages.OptionName) { Description = context.T(CliTexts.LangDescription), Recursive = true };
        lang.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !CliLanguages.TryParse(value, out _))
            {
                result.AddError(context.T(CliTexts.LangInvalid, value));
            }
        });
        root.Options.Add(lang);
        foreach (var create in Commands)
        {
            root.Subcommands.Add(create(context));
        }

        // Every command's and subcommand's own --help states the exit codes, not only the root's.
        var exitCodes = context.T(CliTexts.ExitCodesHelp);
        var pending = new Stack<Command>(root.Subcommands);
        while (pending.Count > 0)
        {
            var command = pending.Pop();
            if (command.Description?.Contains(exitCodes, StringComparison.Ordinal) != true)
            {
                command.Description = (command.Description ?? "") + Environment.NewLine + exitCodes;
            }

            foreach (var child in command.Subcommands)
            {
                pending.Push(child);
            }
        }

        return root;
    }

    /// <summary>appsettings.json in the working folder, then the environment (as <c>run</c>); when neither names a
    /// Dataverse, a running local sandbox's servers (<see cref="SandboxConnection"/>) underneath. Returns the sandbox's
    /// Dataverse URL when it is used.</summary>
    private static (IConfiguration Configuration, string? Sandbox) DefaultConfiguration()
    {
        IConfiguration configured = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        if (!string.IsNullOrWhiteSpace(configured["Dataverse:Url"]) || SandboxConnection.TryLoad(SandboxConnection.DefaultPath) is not { } sandbox)
        {
            return (configured, null);
        }

        // The sandbox signs its callers in as a managed identity (App Service's variables), which Azure.Identity reads
        // from the process environment; variables already set are left alone.
        foreach (var variable in sandbox.Environment.Where(v => System.Environment.GetEnvironmentVariable(v.Key) is null))
        {
            System.Environment.SetEnvironmentVariable(variable.Key, variable.Value);
        }

        return (new ConfigurationBuilder().AddInMemoryCollection(sandbox.Settings).AddConfiguration(configured).Build(), sandbox.Settings["Dataverse:Url"]);
    }
}
