using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Integration.Mapping.Records;

/// <summary>Mapping rows that cannot become a mapping, or a mapping that cannot be stored as rows; <see cref="Errors"/> lists every reason.</summary>
public sealed class MappingRecordsException : Exception
{
    public MappingRecordsException()
        : this([])
    {
    }

    public MappingRecordsException(string message)
        : base(message)
    {
        Errors = [message];
    }

    public MappingRecordsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public MappingRecordsException(IReadOnlyList<string> errors)
        : base("The mapping rows are not consistent: " + string.Join("; ", errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<string> Errors { get; }
}
