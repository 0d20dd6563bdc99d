using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Pipeline;

/// <summary>Collects one plug-in execution's trace lines.</summary>
internal sealed class LocalTracingService : ITracingService
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines => _lines;

    public void Trace(string format, params object[] args) =>
        _lines.Add(args is null || args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args));
}
