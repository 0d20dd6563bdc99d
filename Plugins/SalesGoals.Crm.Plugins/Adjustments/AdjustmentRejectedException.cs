using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Plugins.Infrastructure;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>
/// An adjustment request breaks rules (engine rules and the plug-ins' own workflow rules).
/// <see cref="AdjustmentStepBase"/> turns it into an InvalidPluginExecutionException in the caller's
/// language, which rolls back the whole operation.
/// </summary>
[Serializable]
public sealed class AdjustmentRejectedException : Exception
{
    public AdjustmentRejectedException()
        : this(Array.Empty<LocalText>())
    {
    }

    public AdjustmentRejectedException(string message)
        : this(new[] { new LocalText(message, message) })
    {
    }

    public AdjustmentRejectedException(string message, Exception innerException)
        : base(message, innerException) => Problems = new[] { new LocalText(message, message) };

    public AdjustmentRejectedException(IEnumerable<LocalText> problems)
        : this(problems.ToList())
    {
    }

    private AdjustmentRejectedException(List<LocalText> problems)
        : base(string.Join("\n", problems.Select(p => p.English))) => Problems = problems;

    public IReadOnlyList<LocalText> Problems { get; }

    public string Render(int languageId) => string.Join("\n", Problems.Select(p => p.For(languageId)));
}
