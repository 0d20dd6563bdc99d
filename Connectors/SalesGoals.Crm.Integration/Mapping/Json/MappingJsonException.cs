using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesGoals.Crm.Integration.Mapping.Json;

/// <summary>A mapping file that cannot be imported; <see cref="Errors"/> lists what is wrong and where.</summary>
public sealed class MappingJsonException : Exception
{
    public MappingJsonException()
        : this([])
    {
    }

    public MappingJsonException(string message)
        : base(message)
    {
        Errors = [new MappingJsonError("$", null, message)];
    }

    public MappingJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new MappingJsonError("$", null, message)];
    }

    public MappingJsonException(IReadOnlyList<MappingJsonError> errors, Exception? innerException = null)
        : base(Describe(errors), innerException)
    {
        Errors = errors;
    }

    public IReadOnlyList<MappingJsonError> Errors { get; }

    private static string Describe(IReadOnlyList<MappingJsonError> errors) =>
        "The mapping file cannot be imported: " + string.Join("; ", errors.Select(e => e.ToString()));
}
