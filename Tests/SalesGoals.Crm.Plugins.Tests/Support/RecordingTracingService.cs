using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>An ITracingService that keeps each line as the plug-in trace log shows it.</summary>
public sealed class RecordingTracingService : ITracingService
{
    public List<string> Lines { get; } = [];

    public void Trace(string format, params object[] args) => Lines.Add(string.Format(CultureInfo.InvariantCulture, format, args));
}
