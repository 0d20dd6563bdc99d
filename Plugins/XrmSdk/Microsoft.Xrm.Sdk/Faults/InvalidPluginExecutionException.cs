using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// Thrown by a plug-in to cancel the operation and show its message to the user.
/// <see cref="ErrorCode"/> is the exception's HResult, which a non-zero error code replaces.
/// </summary>
[Serializable]
public sealed class InvalidPluginExecutionException : Exception
{
    public InvalidPluginExecutionException()
    {
        Status = OperationStatus.Failed;
    }

    public InvalidPluginExecutionException(OperationStatus status)
        : this(status, string.Empty)
    {
    }

    public InvalidPluginExecutionException(string message)
        : base(message)
    {
        Status = OperationStatus.Failed;
    }

    public InvalidPluginExecutionException(OperationStatus status, string message)
        : this(status, 0, message)
    {
    }

    public InvalidPluginExecutionException(string message, Exception exception)
        : base(message, exception)
    {
        Status = OperationStatus.Failed;
        HttpStatus = exception is InvalidPluginExecutionException inner ? inner.HttpStatus : PluginHttpStatusCode.NotSet;
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
        : this(message)
    {
        Status = status;
        if (errorCode != 0)
        {
            HResult = errorCode;
        }
    }

    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
        : this(OperationStatus.Failed, 0, message, httpStatus)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
        : this(status, errorCode, message)
    {
        HttpStatus = httpStatus;
    }

    public OperationStatus Status { get; }

    public int ErrorCode => HResult;

    public PluginHttpStatusCode HttpStatus { get; }
}
