using System;

namespace SalesGoals.Crm.Fenxiang.Errors;

/// <summary>Thrown when a Fenxiang call ends with a non-zero errorCode (or a gateway failure) after the retries.</summary>
public sealed class FenxiangApiException : Exception
{
    public FenxiangApiException(FenxiangError error)
        : base(error.ToString())
    {
        Error = error;
    }

    public FenxiangApiException(FenxiangError error, Exception innerException)
        : base(error.ToString(), innerException)
    {
        Error = error;
    }

    public FenxiangError Error { get; }

    public long Code => Error.Code;

    public FenxiangOutcome Outcome => Error.Outcome;
}
