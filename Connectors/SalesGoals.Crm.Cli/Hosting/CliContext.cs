using System;
using System.IO;
using Microsoft.Extensions.Configuration;
using SalesGoals.Crm.Cli.Localization;
using Spectre.Console;

namespace SalesGoals.Crm.Cli.Hosting;

/// <summary>What every command handler gets: the language, the console, configuration and the connections.</summary>
public sealed class CliContext
{
    internal CliContext(CliLanguage language, IAnsiConsole console, TextWriter error, IConfiguration configuration, CliConnections connections, TimeProvider time)
    {
        Language = language;
        Console = console;
        Error = error;
        Configuration = configuration;
        Connections = connections;
        Time = time;
    }

    public CliLanguage Language { get; }

    public IAnsiConsole Console { get; }

    public TextWriter Error { get; }

    public IConfiguration Configuration { get; }

    public CliConnections Connections { get; }

    public TimeProvider Time { get; }

    /// <summary>The text in the user's language, formatted with the language's culture.</summary>
    public string T(LocalText text, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(text);
        return args.Length == 0 ? text.In(Language) : text.Format(Language, args);
    }
}
