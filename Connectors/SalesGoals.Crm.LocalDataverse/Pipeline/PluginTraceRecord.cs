using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.LocalDataverse.Pipeline;

/// <summary>One plug-in execution's trace, like a row of Dataverse's plug-in trace log.</summary>
public sealed record PluginTraceRecord(
    string StepName,
    string PluginTypeName,
    string MessageName,
    string PrimaryEntityName,
    int Stage,
    int Mode,
    int Depth,
    Guid CorrelationId,
    IReadOnlyList<string> Lines,
    string? ExceptionDetails)
{
    /// <summary>The trace lines joined as Dataverse shows them in the fault's TraceText.</summary>
    public string Text => string.Join(Environment.NewLine, Lines);
}
