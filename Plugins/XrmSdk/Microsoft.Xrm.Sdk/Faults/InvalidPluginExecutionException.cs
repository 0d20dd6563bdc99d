using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Thrown by a plug-in to cancel the operation and show its message to the user.</summary>
[Serializable]
public sealed class InvalidPluginExecutionException : Exception
{
    // The platform's generic plug-in error code (ISV code aborted the operation).
    private const int GenericPluginErrorCode = -2147220891;

    public InvalidPluginExecutionException()
    {
        Status = OperationStatus.Failed;
        ErrorCode = GenericPluginErrorCode;
    }

    public InvalidPluginExecutionException(string message)
        : this(OperationStatus.Failed, GenericPluginErrorCode, message)
    {
    }

    public InvalidPluginExecutionException(string message, Exception inner)
        : base(message, inner)
    {
        Status = OperationStatus.Failed;
        ErrorCode = GenericPluginErrorCode;
    }

    public InvalidPluginExecutionException(OperationStatus status)
    {
        Status = status;
        ErrorCode = GenericPluginErrorCode;
    }

    public InvalidPluginExecutionException(OperationStatus status, string message)
        : this(status, GenericPluginErrorCode, message)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
        : base(message)
    {
        Status = status;
        ErrorCode = errorCode;
    }

    public OperationStatus Status { get; private set; }

    public int ErrorCode { get; private set; }
}
