using System;

namespace SalesGoals.Crm.Fenxiang.Emulator.Protocol;

/// <summary>Thrown inside an operation to answer with an errorCode (HTTP 200, as Fenxiang does).</summary>
public sealed class EmulatorException : Exception
{
    public EmulatorException(long errorCode, string message, string? description = null)
        : base(message)
    {
        ErrorCode = errorCode;
        Description = description ?? message;
    }

    public long ErrorCode { get; }

    public string Description { get; }
}
