using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using Microsoft.Extensions.Logging;

namespace SalesGoals.Crm.Worker.Logging;

/// <summary>One line per entry on the console (<c>time level category: message</c>, then the exception), every line
/// passed through <see cref="SecretRedactor"/> first. Containers and services collect stdout.</summary>
public sealed class RedactingConsoleLoggerProvider : ILoggerProvider
{
    private readonly SecretRedactor _redactor;
    private readonly TextWriter _output;
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private readonly ConcurrentDictionary<string, RedactingLogger> _loggers = new(StringComparer.Ordinal);

    public RedactingConsoleLoggerProvider(SecretRedactor redactor, TextWriter output, TimeProvider? time = null)
    {
        _redactor = redactor ?? throw new ArgumentNullException(nameof(redactor));
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _time = time ?? TimeProvider.System;
    }

    public ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, name => new RedactingLogger(this, name));

    public void Dispose() => _output.Flush();

    internal void Write(string category, LogLevel level, string message, Exception? exception)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{_time.GetUtcNow():yyyy-MM-ddTHH:mm:ss.fffZ} {Level(level)} {category}: {message}");
        if (exception is not null)
        {
            line += Environment.NewLine + exception;
        }

        line = _redactor.Redact(line);
        lock (_gate)
        {
            _output.WriteLine(line);
            _output.Flush();
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        _ => "crit",
    };

    private sealed class RedactingLogger : ILogger
    {
        private readonly RedactingConsoleLoggerProvider _provider;
        private readonly string _category;

        public RedactingLogger(RedactingConsoleLoggerProvider provider, string category)
        {
            _provider = provider;
            _category = category;
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            if (IsEnabled(logLevel))
            {
                _provider.Write(_category, logLevel, formatter(state, exception), exception);
            }
        }
    }
}
