using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration;

namespace SalesGoals.Crm.Worker.Mapping;

/// <summary>The mapping rows of a system cannot become a mapping; <see cref="Problems"/> lists every reason. The pull
/// fails (and is retried) until ops fix the rows: deals are never read with a half-understood mapping.</summary>
public sealed class MappingNotUsableException : Exception
{
    public MappingNotUsableException(ExternalSystem system, IReadOnlyList<string> problems)
        : base($"The {system} mapping rows are not usable ({problems?.Count ?? 0} problem(s)):{string.Concat((problems ?? []).Select(p => Environment.NewLine + "  - " + p))}")
    {
        System = system;
        Problems = problems ?? [];
    }

    public MappingNotUsableException()
        : this(ExternalSystem.Zoho, [])
    {
    }

    public MappingNotUsableException(string message)
        : base(message)
    {
        Problems = [message];
    }

    public MappingNotUsableException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public ExternalSystem System { get; }

    public IReadOnlyList<string> Problems { get; }
}
