using System;

namespace SalesGoals.Crm.Zoho.Emulator.Coql;

/// <summary>A query COQL rejects; <see cref="Detail"/> and <see cref="Value"/> become the error's details.</summary>
public sealed class CoqlParseException : Exception
{
    public CoqlParseException(string message, string detail, string value)
        : base(message)
    {
        Detail = detail;
        Value = value;
    }

    public CoqlParseException()
        : this("invalid query formed", "clause", string.Empty)
    {
    }

    public CoqlParseException(string message)
        : this(message, "clause", string.Empty)
    {
    }

    public CoqlParseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Detail = "clause";
        Value = string.Empty;
    }

    public string Detail { get; }

    public string Value { get; }
}
